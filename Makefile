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

demo: setup
	$(PRODA) init $(KB)
	$(PRODA) -p $(KB) ingest $(CORPORA)/astronomy/corpus --domain astronomy
	$(PRODA) -p $(KB) kb stats
	$(PRODA) -p $(KB) kb show ecliptic

test: setup
	$(PY) -m pytest -m "slow or not slow" -q

test-fast: setup
	$(PY) -m pytest -q

bench-ingest: setup
	$(PY) benchmarks/ingest.py

clean:
	rm -rf $(KB) .pytest_cache build *.egg-info
