"""The chapters held out from engineers now: those of the latest blind audit round.

Why one place: each reading aid kept its own list, written in by hand, and the lists went stale (session 25: the
chain-recall guard still named an earlier session's chapters, refused chemistry 16, a development chapter, and let
the new round's four through).  The round's ``chapters.txt`` (``docs/audits/independent-2026-11-29/roundN/``, lines
``name book/corpus-dir/NN-title``, written by the round's ``pick.py``) is what the judges read, so it is the list.

A chapter is named as the tools name it: ``book`` is the corpus folder's book ("anatomy", "political-science"; a
suffix such as "sociology-prose" or "anatomy/corpus" counts as its book) and ``chapter`` its two-digit number.
"""

from __future__ import annotations

import re
from pathlib import Path

ROUNDS = Path(__file__).resolve().parents[1] / "docs" / "audits" / "independent-2026-11-29"


def _numbered(rounds: Path) -> list[tuple[int, Path]]:
    """The ``roundN`` folders under ``rounds`` with their numbers, lowest first (read by both functions below)."""
    return sorted((int(m.group(1)), d) for d in rounds.glob("round*") if (m := re.fullmatch(r"round(\d+)", d.name)))


def latest_round(rounds: Path = ROUNDS) -> Path | None:
    """The folder of the highest-numbered round that has a ``chapters.txt``."""
    return next((d for _, d in reversed(_numbered(rounds)) if (d / "chapters.txt").exists()), None)


def chapters(rounds: Path = ROUNDS) -> dict[str, set[str]]:
    """book -> the two-digit chapters of the latest round.  Stops with an error where no list can be read, or where a
    later round folder has none (a round that wrote its chapters elsewhere would leave the guard on the round before,
    silently: the staleness this module is for)."""
    out: dict[str, set[str]] = {}
    d = latest_round(rounds)
    numbered = _numbered(rounds)
    if d is None or d != numbered[-1][1]:
        newest = numbered[-1][0] if numbered else None
        raise SystemExit(f"held-out guard: no chapters.txt in the newest round folder under {rounds} "
                         f"(newest round{newest}); write the round's chapters.txt (see its pick.py)")
    for line in (d / "chapters.txt").read_text().splitlines():
        parts = line.split()
        if len(parts) != 2 or line.startswith("#"):
            continue
        segs = parts[1].split("/")
        if len(segs) >= 3 and segs[2][:2].isdigit():
            out.setdefault(segs[0], set()).add(segs[2][:2])
    if not out:
        raise SystemExit(f"held-out guard: {d / 'chapters.txt'} names no chapter")
    return out


def held_out(book: str, chapter: str, rounds: Path = ROUNDS) -> bool:
    """Whether ``book:chapter`` is a chapter of the latest round (book names with a suffix count as their book)."""
    held = chapters(rounds)
    base = next((b for b in held if book == b or book.startswith(b + "-") or book.startswith(b + "/")), None)
    return base is not None and chapter.zfill(2) in held[base]
