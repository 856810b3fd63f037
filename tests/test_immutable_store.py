"""Issue 15, defect 6: a fully immutable store gives one line and a clean exit, not a traceback or a JVM that stays.

"Immutable" as root can only be made with the file attribute (``chattr +i``): permission bits do not stop root.
The test is skipped where the filesystem or the user cannot set it.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import make_project, run_proda


def _chattr(flag: str, path) -> bool:
    if not shutil.which("chattr"):
        return False
    return subprocess.run(["chattr", "-R", flag, str(path)], capture_output=True).returncode == 0


@pytest.mark.slow
def test_fully_immutable_store_gives_one_line_and_exits(tmp_path):
    kb = make_project(tmp_path / "kb")
    run_proda("kb", "stats", project=kb, check=True)  # creates the embedded store
    store = kb / ".proda" / "store"
    assert store.is_dir()
    if not _chattr("+i", kb):
        pytest.skip("chattr +i is not available here")
    try:
        for args in (["kb", "stats"], ["query", "MATCH (n) RETURN count(n) AS n"]):
            p = run_proda(*args, project=kb, timeout=120)
            lines = [ln for ln in p.stderr.splitlines() if ln.strip()]
            assert p.returncode != 0, (args, p.stdout, p.stderr)
            assert len(lines) == 1 and "Traceback" not in p.stderr, (args, p.stderr)
            assert "store" in lines[0] and "writable" in lines[0], lines
        ps = subprocess.run(["pgrep", "-f", str(store)], capture_output=True, text=True)
        assert not ps.stdout.strip(), "a process still holds the immutable store"
    finally:
        _chattr("-i", kb)
