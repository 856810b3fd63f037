"""The reading aids refuse the latest blind round's chapters unless --allow-held-out (review R16 finding 9): a
reading aid must not open the chapters the independent audit is kept for.  The list is read from the round's
``chapters.txt`` (benchmarks/held_out.py), so it cannot go stale as the hand-written lists did (session 25)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import held_out as ho  # noqa: E402


@pytest.fixture
def rounds(tmp_path: Path) -> Path:
    for n, lines in ((9, ["anatomy anatomy/corpus/05-x"]),
                     (12, ["# a comment line", "anatomy anatomy/corpus/07-a", "soc sociology/corpus-prose/12-b",
                           "pol political-science/corpus-prose/16-c", "chem chemistry/corpus/01-d"])):
        (tmp_path / f"round{n}").mkdir()
        (tmp_path / f"round{n}" / "chapters.txt").write_text("\n".join(lines) + "\n")
    return tmp_path


def test_the_highest_numbered_round_is_read_not_the_last_by_name(rounds):
    assert ho.latest_round(rounds).name == "round12"


@pytest.mark.parametrize("book,chapter", [("anatomy", "07"), ("anatomy", "7"), ("chemistry", "01"),
                                          ("sociology", "12"), ("sociology-prose", "12"), ("political-science", "16"),
                                          ("anatomy/corpus", "07")])
def test_the_rounds_chapters_are_held_out(rounds, book, chapter):
    assert ho.held_out(book, chapter, rounds)


@pytest.mark.parametrize("book,chapter", [("anatomy", "05"), ("chemistry", "07"), ("sociology", "14"),
                                          ("political-science", "11"), ("astronomy", "stars")])
def test_other_chapters_are_not(rounds, book, chapter):
    assert not ho.held_out(book, chapter, rounds)


def test_a_newer_round_without_its_list_stops_the_guard(rounds):
    (rounds / "round13").mkdir()  # rounds 18-20 wrote their chapters into build.sh: such a round must not pass silently
    with pytest.raises(SystemExit, match="round13"):
        ho.held_out("anatomy", "07", rounds)


def test_no_round_at_all_stops_the_guard(tmp_path):
    with pytest.raises(SystemExit, match="no chapters.txt"):
        ho.chapters(tmp_path)


def test_every_chapter_line_of_the_committed_latest_round_is_read():
    """Every ``name book/corpus/NN-title`` line of the newest round counts (round 26 names books outside the shared
    corpora, read from its own fetch.sh: the guard must not depend on which books a round draws)."""
    lines = [ln.split()[1].split("/") for ln in (ho.latest_round() / "chapters.txt").read_text().splitlines()
             if ln.strip() and not ln.startswith("#")]
    want = {(s[0], s[2][:2]) for s in lines}
    assert want and {(b, c) for b, cs in ho.chapters().items() for c in cs} == want


def test_a_held_out_chapter_is_refused_before_anything_is_read():
    book, chs = sorted(ho.chapters().items())[0]
    held = sorted(chs)[0]
    free = next(f"{n:02d}" for n in range(1, 30) if f"{n:02d}" not in chs)
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "chain_recall.py"),
                        "--chapters", f"{book}:{free},{book}:{held}", "--cache", ""],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode != 0 and f"{book}:{held}" in r.stderr and f"{book}:{free}" not in r.stderr, r.stderr


def test_extract_dump_refuses_a_held_out_chapter_too(tmp_path):
    book, chs = sorted(ho.chapters().items())[0]
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract_dump.py"), str(tmp_path / "x.json"),
                        "--chapters", f"{book}:{sorted(chs)[0]}", "--cache", ""], capture_output=True, text=True, timeout=120)
    assert r.returncode != 0 and "refused: held-out" in r.stderr and not (tmp_path / "x.json").exists(), r.stderr
