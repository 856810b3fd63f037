"""Shared fixtures.  Store tests run against the real embedded Bolt server, never a mock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


def corpora_dir() -> Path:
    return Path(os.environ.get("PRODA_CORPORA") or ROOT.parent / "shared" / "corpora")


@pytest.fixture(scope="session", autouse=True)
def _pin_threads():
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:  # pragma: no cover
        pass


@pytest.fixture
def corpora() -> Path:
    d = corpora_dir()
    if not d.is_dir():
        pytest.skip(f"corpora not found at {d}")
    return d


def make_project(path: Path, extra: str = "") -> Path:
    from proda.config import DEFAULT_TOML

    path.mkdir(parents=True, exist_ok=True)
    (path / "proda.toml").write_text(DEFAULT_TOML + "\n" + extra, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project(tmp_path / "kb")


@pytest.fixture(scope="session")
def session_store(tmp_path_factory):
    """One embedded store for the session (starting one costs seconds); tests clear it."""
    from proda.config import load_config
    from proda.graphdb.store import open_store

    d = make_project(tmp_path_factory.mktemp("store"))
    cfg = load_config(d, env={})
    store = open_store(cfg)
    store.cfg = cfg  # tests that run the pipeline need the project's config too
    yield store
    store.close()


@pytest.fixture
def store(session_store):
    session_store.write("MATCH (n) DETACH DELETE n")
    return session_store


def run_proda(*args: str, project: Path | None = None, timeout: float = 300, env: dict | None = None,
              check: bool = False) -> subprocess.CompletedProcess:
    """The real ``proda`` command in a child process (for attach, kill and exit-code tests)."""
    e = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PRODA_"))}
    e.update(env or {})
    cmd = [sys.executable, "-m", "proda.cli"] + (["-p", str(project)] if project else []) + list(args)
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=e)
    if check and p.returncode != 0:
        raise AssertionError(f"proda {' '.join(args)} failed ({p.returncode}):\n{p.stdout}\n{p.stderr}")
    return p


def pytest_sessionfinish(session, exitstatus):
    session.config._proda_exitstatus = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave without the JVM teardown, which can crash after the summary (see embedded.exit_process)."""
    code = getattr(config, "_proda_exitstatus", None)
    from proda.graphdb.embedded import exit_process, jvm_started

    if code is not None and jvm_started():
        exit_process(code)


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline, loaded once for the whole run; tests that parse skip where none is installed."""
    from proda.ingest.extract.nlp import NLPUnavailable, load_nlp

    try:
        return load_nlp()
    except NLPUnavailable as e:  # pragma: no cover
        pytest.skip(str(e))


@pytest.fixture(scope="session")
def events(nlp):
    """The benchmark's step-to-event renderer (``bench_events.renderer``) on the shared pipeline: the event tests
    read steps through it."""
    from proda.evaluate.bench_events import renderer

    run = renderer()
    if run is None:  # pragma: no cover
        pytest.skip("no spaCy pipeline")
    return run


@pytest.fixture(scope="session")
def claims(nlp):
    """(subject, predicate, object) of every statement frame the offline extractor reads in a text: the statement
    tests of each audit round check their sentences through it."""
    from proda.ingest.extract.offline import sentence_frames

    def run(text: str) -> list[tuple[str, str, str]]:
        return [(f.subject, f.predicate, f.object) for s in nlp(text).sents for f, _ in sentence_frames(s)]

    return run
