"""Names that are no term, so get no definition item even where a sentence says what they are (audit round 10).

Why: the judges refused "Define September number." (a footnote's "The September number is an average of two
Gallup polls ...": a dated figure of one table, not a term) and "What does the term "pure sulfuric acid" mean?" ("Pure
sulfuric acid is a colorless, oily liquid that freezes at 10.5 °C": an everyday modifier on a name the book treats
without it; the sentence gives properties of the substance in one state).  The calendar words are data
(``patterns/lexical.toml`` [cloze] calendar_words)."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from proda.datasets import normalize_text
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


def enumerated(name: str, text="") -> bool:
    """An ordinal and a noun ("fifth condition", "second step") where the book's ``text`` (lower case) counts off the
    same noun with another ordinal ("The fourth condition is ..."): one item of a list, named by its place, not a
    term (read-back 2026-11-30: "What does the term "fifth condition" mean?").  Not a name whose "of" phrase says
    which series ("third law of motion") nor one the text never counts ("second messenger").  ``text`` is the
    term's own document (or a function giving it, read only for an ordinal name): another chapter's "first ...
    messenger" says nothing of this one's "second messenger" (reviewer, 2026-11-30).  Ordinals are data
    (``patterns/lexical.toml`` [cloze] ordinals)."""
    ws = normalize_text(name).split()
    ordinals = words("cloze.ordinals")
    if len(ws) < 2 or ws[0] not in ordinals or "of" in ws:
        return False
    rest = re.escape(" ".join(ws[1:]))
    text = (text() if callable(text) else text) or ""
    return any(m.group(1) != ws[0] for m in re.finditer(rf"\b({'|'.join(sorted(ordinals))})\s+{rest}\b", text))


def clause_name(name: str) -> bool:
    """A name of three or more words that is a clause: an inner lower-case "-s" word of six letters or more that
    English has only as a verb (lemminflect: "stimulates", "erodes"; not "swells", "functions", nouns too, nor a Latin
    "pars", lemminflect's verb "par").  Read-back 2026-11-30 dev KBs: "physical exertion stimulates proprioceptors",
    stored from "..., which are receptors ...", was asked "Define physical exertion stimulates proprioceptors."; the
    small parser takes "stimulates" for a noun even in the book's sentence, so the word is read, not its parse (a
    parse check lost a judged glossary entry, "substantia nigra pars reticulata")."""
    ws = name.split()
    return len(ws) >= 3 and any(w.islower() and w.endswith("s") and len(w) >= 6 and set(getAllLemmas(w)) == {"VERB"}
                                for w in ws[1:-1])


def no_term(name: str, names: set[str], text: str = "", own=None) -> bool:
    """A dated, modified or enumerated name; ``own()`` gives the term's own document for ``enumerated``."""
    return dated(name) or modified(name, names, text) or enumerated(name, own or text)


# a one-word everyday term that the book says fewer times than this is no topic of the book (``everyday_word``)
EVERYDAY_TIMES = 3


def everyday_word(name: str, text_of) -> bool:
    """A one-word everyday word ("wage") that the book's ``text`` (lower case) says fewer than ``EVERYDAY_TIMES``
    times: a sentence that says what it "is" there is an analogy or an aside ("A wage is a rate ..." in a chapter on
    reaction rates, round 12 review), not the word's meaning in the field.  A word the book keeps using is its own
    term and keeps its item.  ``text_of()`` gives the text, read only for an everyday word.  Measured on seven dev
    KBs: the plain gate of ``everyday_plural`` on singulars also lost "salt", "sex" and "speed"; said fewer than 3
    times by the defining document, it loses only "wage"."""
    if len(name.split()) != 1 or not general_word(name):
        return False
    n = re.escape(normalize_text(name))
    text = text_of()
    return text is not None and len(re.findall(rf"\b{n}(?:s|es)?\b", text)) < EVERYDAY_TIMES


def own_text(kb, definition: str, text: str) -> str | None:
    """The lower-case text of the document whose chunk holds ``definition`` (chunks are tied to documents through
    their statements); the whole ``text`` where that is not known; None where no chunk holds it (nothing to count).  A KB may mix books: "wage" is said often by a
    sociology chapter and once by the chemistry chapter that likens a rate to it."""
    docs = {s.get("chunk"): s.get("document") for s in kb.statements if s.get("chunk") and s.get("document")}
    key = definition.lower()[:60]
    held = [k for k, v in kb.chunks.items() if key in (v or "").lower()]
    if not held:
        return None
    doc = next((docs[k] for k in held if k in docs), None)
    if doc is None:
        return text
    return " ".join(v for k, v in kb.chunks.items() if docs.get(k) == doc).lower()


__all__ = ["dated", "modified", "enumerated", "clause_name", "no_term", "everyday_word", "own_text",
           "EVERYDAY_TIMES"]
