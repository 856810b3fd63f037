# proda: `make demo` sets up from nothing and runs the main job on the embedded store;
# `make test` runs the test suite (what CI runs).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PRODA := $(VENV)/bin/proda
CORPORA ?= ../shared/corpora
KB ?= kb

.PHONY: setup demo test test-fast bench-ingest clean

setup: $(VENV)/.proda-installed

# torch first, pinned: a bare `torch` requirement would pull GBs of CUDA wheels.
$(VENV)/.proda-installed: pyproject.toml constraints.txt scripts/setup.sh
	PYTHON=$(PYTHON) VENV=$(VENV) bash scripts/setup.sh
	touch $@

# Chapter 22 (the respiratory system): since 9f01449 (benchmark options only from the chain's own passage) chapter 19
# gives one benchmark item, 22 gives ten (7 dev / 3 test) and 32 exam questions.
# The mission on a small slice of a shared book (DEMO_BOOK, DEMO_CHAPTERS): ingest -> build -> train -> test ->
# diagnose -> repair -> retrain -> re-test -> report.html, with a GPT-2-shaped model trained from scratch.
DEMO_BOOK ?= anatomy
DEMO_CHAPTERS ?= 22
DEMO_KB ?= kb-demo
demo: setup
	OMP_NUM_THREADS=$${OMP_NUM_THREADS:-2} PRODA_THREADS=$${PRODA_THREADS:-2} $(PY) scripts/demo.py \
		--corpora $(CORPORA) --book $(DEMO_BOOK) --chapters $(DEMO_CHAPTERS) --kb $(DEMO_KB)

test: setup
	$(PY) -m pytest -m "slow or not slow" -q --durations=15

test-fast: setup
	$(PY) -m pytest -q

bench-ingest: setup
	$(PY) benchmarks/ingest.py

clean:
	rm -rf $(KB) $(DEMO_KB) .pytest_cache build *.egg-info
