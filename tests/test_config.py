"""Issue 15, item 7 (config): unknown keys, ranges, and errors that name where the bad value came from."""

from __future__ import annotations

import pytest

from conftest import make_project, run_proda
from proda.config import DEFAULT_TOML, ConfigError, load_config


def _err(tmp_path, toml: str, env: dict | None = None) -> str:
    d = tmp_path / "kb"
    d.mkdir(exist_ok=True)
    (d / "proda.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(d, env=env or {})
    return str(e.value)


def test_default_config_is_valid(tmp_path):
    cfg = load_config(make_project(tmp_path / "kb"), env={})
    assert cfg.store.batch_size == 1000


def test_unknown_key_and_section_name_the_closest_known(tmp_path):
    msg = _err(tmp_path, DEFAULT_TOML.replace("chunk_size = 2000", "chunk_sise = 2000"))
    assert "proda.toml" in msg and "chunk_sise" in msg and "did you mean 'chunk_size'" in msg
    msg = _err(tmp_path, DEFAULT_TOML + "\n[ingets]\nextractor = 'offline'\n")
    assert "unknown section" in msg and "did you mean 'ingest'" in msg


@pytest.mark.parametrize("env, var", [
    ({"PRODA_STORE_BATCH_SIZE": "0"}, "PRODA_STORE_BATCH_SIZE"),
    ({"PRODA_STORE_HEAP": "banana"}, "PRODA_STORE_HEAP"),
    ({"PRODA_STORE_HEAP": "8m"}, "PRODA_STORE_HEAP"),
    ({"PRODA_LLM_CONCURRENCY": "-3"}, "PRODA_LLM_CONCURRENCY"),
    ({"PRODA_RESOLUTION_THRESHOLD": "7"}, "PRODA_RESOLUTION_THRESHOLD"),
])
def test_environment_errors_blame_the_variable_not_the_file(tmp_path, env, var):
    msg = _err(tmp_path, DEFAULT_TOML, env)
    assert msg.startswith(f"environment variable {var}") and "proda.toml" not in msg


def test_file_ranges_blame_the_file(tmp_path):
    msg = _err(tmp_path, DEFAULT_TOML.replace("threshold = 0.93", "threshold = 7"))
    assert "proda.toml" in msg and "[resolution] threshold" in msg and "less than or equal to 1" in msg


def test_cli_prints_one_line(tmp_path):
    d = make_project(tmp_path / "kb")
    p = run_proda("kb", "stats", project=d, env={"PRODA_STORE_BATCH_SIZE": "0"}, timeout=120)
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1 and "PRODA_STORE_BATCH_SIZE" in p.stderr
