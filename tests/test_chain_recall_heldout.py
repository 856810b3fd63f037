"""benchmarks/chain_recall.py refuses this session's held-out audit chapters unless --allow-held-out (review R16
finding 9): a reading aid must not open the chapters the independent audit is kept for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from chain_recall import held_out  # noqa: E402


@pytest.mark.parametrize("book,chapter", [("anatomy", "07"), ("anatomy", "7"), ("chemistry", "01"),
                                          ("sociology", "08"), ("sociology-prose", "12"), ("political-science", "16")])
def test_held_out_chapters_are_known(book, chapter):
    assert held_out(book, chapter)


@pytest.mark.parametrize("book,chapter", [("anatomy", "20"), ("chemistry", "07"), ("sociology", "14"),
                                          ("political-science", "11"), ("astronomy", "stars")])
def test_development_chapters_are_not_held_out(book, chapter):
    assert not held_out(book, chapter)


def test_a_held_out_chapter_is_refused_before_anything_is_read():
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "chain_recall.py"), "--chapters", "chemistry:07,chemistry:02",
                        "--cache", ""], capture_output=True, text=True, timeout=120)
    assert r.returncode != 0 and "chemistry:02" in r.stderr and "chemistry:07" not in r.stderr, r.stderr
