"""Names that are no term, so get no definition item even where a sentence says what they are (audit round 10).

Why: the judges refused "Define September number." (a footnote's "The September number is an average of two
Gallup polls ...": a dated figure of one table, not a term) and "What does the term "pure sulfuric acid" mean?" ("Pure
sulfuric acid is a colorless, oily liquid that freezes at 10.5 °C": an everyday modifier on a name the book treats
without it; the sentence gives properties of the substance in one state).  The calendar words are data
(``patterns/lexical.toml`` [cloze] calendar_words)."""

from __future__ import annotations

from proda.ingest.extract.lexdata import words
from proda.train.items.phrases import general_word, parse

REST_USES = 5  # the name without its modifier, said this often by the book, is the book's term


def dated(name: str) -> bool:
    """A name of several words one of which is a month or a day ("the September number", "March figure")."""
    ws = name.lower().split()
    return len(ws) > 1 and bool(set(ws) & words("cloze.calendar_words"))


def modified(name: str, names: set[str], text: str = "") -> bool:
    """An everyday adjective before a name the book treats without it ("pure" + "sulfuric acid"): a concept of its
    own in ``names`` (lower case), or a name the book's ``text`` (lower case) says at least ``REST_USES`` times
    while it says the whole name at most twice.  The state or degree of the thing, whose term is the name without
    it.  Not "red blood cell" (the book says it often), nor a rare adjective that makes a kind ("covalent bond")."""
    ws = name.split()
    rest = " ".join(ws[1:]).lower()
    if len(ws) < 3 or not (rest in names or text.count(rest) >= REST_USES and text.count(name.lower()) <= 2):
        return False
    first = parse(f"It is very {ws[0].lower()}.")[3]  # a frame that reads an adjective as one (the name's own parse
    # takes "Clean river water" for a proper name)
    return first.tag_ == "JJ" and general_word(first.text)


def no_term(name: str, names: set[str], text: str = "") -> bool:
    return dated(name) or modified(name, names, text)


__all__ = ["dated", "modified", "no_term"]
