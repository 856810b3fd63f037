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
