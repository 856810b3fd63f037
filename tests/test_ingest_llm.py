"""`proda ingest --extractor llm` end to end: the CLI, a real local OpenAI-compatible server, the embedded store."""

from __future__ import annotations

import json

from conftest import make_project, run_proda
from fake_openai import FakeOpenAI
from test_llm_extract import TEXT, tea_responder


def test_llm_ingest_dry_run_then_real_then_cached(tmp_path):
    src = tmp_path / "tea.txt"
    src.write_text(TEXT.replace("\n", "\n\n"), encoding="utf-8")
    d = make_project(tmp_path / "kb")
    with FakeOpenAI(tea_responder, model="test-model").start() as srv:
        env = {"PRODA_LLM_BASE_URL": srv.base_url, "PRODA_LLM_MODEL": "test-model",
               "PRODA_RESOLUTION_ENABLED": "false"}
        dry = run_proda("ingest", str(src), "--extractor", "llm", "--dry-run", "--domain", "tea", project=d, env=env)
        assert dry.returncode == 0, dry.stderr
        assert "calls to make" in dry.stdout and len(srv.requests) == 0  # a dry run spends nothing
        real = run_proda("ingest", str(src), "--extractor", "llm", "--domain", "tea", project=d, env=env)
        assert real.returncode == 0, real.stderr
        calls = len(srv.requests)
        assert calls >= 1
        stats = json.loads(run_proda("kb", "stats", "--json", project=d, check=True).stdout)
        assert stats["chains"] == 1 and stats["statements"] >= 2 and stats["concepts"] >= 3
        # a second KB from the same files re-uses the cached responses: zero new calls
        d2 = make_project(tmp_path / "kb2")
        (d2 / "proda.toml").write_text((d / "proda.toml").read_text() + f'\n', encoding="utf-8")
        env2 = {**env, "PRODA_LLM_CACHE_DIR": str(d / ".proda" / "llm-cache")}
        again = run_proda("ingest", str(src), "--extractor", "llm", "--domain", "tea", project=d2, env=env2)
        assert again.returncode == 0, again.stderr
        assert len(srv.requests) == calls


def test_llm_endpoint_down_is_one_line(tmp_path):
    src = tmp_path / "tea.txt"
    src.write_text(TEXT, encoding="utf-8")
    d = make_project(tmp_path / "kb")
    p = run_proda("ingest", str(src), "--extractor", "llm", project=d,
                  env={"PRODA_LLM_BASE_URL": "http://127.0.0.1:9/v1", "PRODA_LLM_MAX_RETRIES": "0"})
    assert p.returncode == 1
    assert "Traceback" not in p.stderr and "127.0.0.1:9" in p.stderr


def _llm_cfg(store, srv, tmp_path):
    cfg = store.cfg.model_copy(deep=True)
    cfg.llm.base_url, cfg.llm.model, cfg.llm.api_key_env = srv.base_url, "test-model", "PRODA_TEST_NO_KEY"
    cfg.llm.cache_dir, cfg.llm.max_retries, cfg.llm.timeout_s = str(tmp_path / "cache"), 1, 5
    cfg.resolution.enabled = False
    return cfg


def _run(store, cfg, paths):
    from proda.ingest.extract.llm import LLMExtractor
    from proda.ingest.pipeline import ingest

    ex = LLMExtractor(cfg.llm, cfg.path(cfg.llm.cache_dir))
    try:
        return ingest(store, cfg, paths, "tea", extractor=ex), ex
    finally:
        ex.close()


def test_failed_chunk_is_asked_again_and_only_it(store, tmp_path, monkeypatch):
    """Issue 15, item 2: a chunk whose replies never validated leaves its document incomplete."""
    import proda.llm.client as client_mod

    monkeypatch.setattr(client_mod, "BACKOFF_S", 0.01)
    good, bad = tmp_path / "tea.txt", tmp_path / "pot.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad.write_text("BAD " + TEXT, encoding="utf-8")
    broken = {"on": True}

    def responder(body):
        if broken["on"] and "BAD" in body["messages"][1]["content"]:
            return "no JSON here"
        return tea_responder(body)

    with FakeOpenAI(responder, model="test-model").start() as srv:
        cfg = _llm_cfg(store, srv, tmp_path)
        r1, ex1 = _run(store, cfg, [good, bad])
        assert r1.extraction_failures == 1 and len(ex1.failures) == 1
        assert len(store.read("documents_complete")) == 1  # the failed chunk's document is not done
        broken["on"] = False
        n = len(srv.requests)
        r2, ex2 = _run(store, cfg, [good, bad])
        assert r2.documents_new == 1 and r2.documents_skipped == 1 and ex2.failures == []
        assert len(srv.requests) - n == 3  # chains, statements, concepts for the one failed chunk only
        assert r2.statements > 0 and r2.chains == 1  # the re-asked chunk's units are written
        assert len(store.read("documents_complete")) == 2
        n = len(srv.requests)
        r3, _ = _run(store, cfg, [good, bad])
        assert r3.documents_new == 0 and len(srv.requests) == n


def test_endpoint_failing_every_call_stops_early(store, tmp_path, monkeypatch):
    """Issue 15, item 2: an endpoint answering 500 to everything is fatal, with one line, and nothing is done."""
    import proda.llm.client as client_mod
    from proda.llm import LLMError

    monkeypatch.setattr(client_mod, "BACKOFF_S", 0.01)
    paths = []
    for i in range(8):
        p = tmp_path / f"doc{i}.txt"
        p.write_text(f"Document {i}. " + TEXT, encoding="utf-8")
        paths.append(p)
    with FakeOpenAI(tea_responder, model="test-model").start() as srv:
        srv.fail_status = [500] * 10_000
        cfg = _llm_cfg(store, srv, tmp_path)
        cfg.llm.concurrency = 1
        try:
            _run(store, cfg, paths)
            raise AssertionError("a dead endpoint did not stop the run")
        except LLMError as e:
            msg = str(e)
        assert "failed every request" in msg and "\n" not in msg and "HTTP 500" in msg
        # stopped after 3 chunks (+1 already running in the one worker), 2 attempts each, not after all 8
        assert len(srv.requests) <= 4 * 2
        assert store.read("documents_complete") == []
