"""L1 termhood: whether a Concept node is a term a teacher accepts, given the evidence stored on it (glossary,
definition, heading, abbreviation, another name, recurrence across documents and sections), and the kinds of name
the prose talks about that are no term of the subject (a people, a practitioner, a body, a proper name named in
passing or lowered by a heading).

Why apart from :mod:`terms`: :mod:`terms` reads a phrase in one chunk while extracting (is it a term at all, a
heading's term, an abbreviation); these rules run later, on the whole book's counts (:mod:`proda.ingest.termhood`),
and together the two had reached the project's 400 lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from proda.ingest.extract.lexdata import words
from proda.ingest.extract.nonterms import (book_apparatus, code_identifier, letter_label, practising_person, shouted,
                                           symbol)
from proda.ingest.extract.terms import COMMON_ZIPF, _singular, common_phrase, is_term, zipf


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    """Heads too general to name an L1 term: ``terms.generic_heads`` and ``terms.change_heads`` (not for
    :func:`is_term`: "decrease" stays a statement's argument phrase)."""
    return words("terms.generic_heads") | words("terms.change_heads")


def evaluative(word: str) -> bool:
    """A degree or evaluative adjective ("forceful", "deep", "limited"): listed in ``terms.degree_adjectives`` or
    ``terms.vague_modifiers``, or an adjective whose synthetic comparative is everyday English ("deeper", "larger":
    Zipf >= 3 in wordfreq, so the adjective is gradable and describes rather than classifies)."""
    w = word.lower()
    if w in words("terms.degree_adjectives") or w in words("terms.vague_modifiers"):
        return True
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(w)
    if w.endswith("ing") and set(lemmas) == {"VERB"}:
        return True  # "changing family", "growing concern": a participle describes a state, it does not classify
    if "ADJ" not in lemmas or "NOUN" in lemmas:
        return False
    return any(f.endswith("er") and zipf(f) >= 3.0 for f in getInflection(w, "JJR"))


def recurring_term(name: str, docs: int, sections: int = 0) -> bool:
    """Whether a phrase that only occurs as a statement argument is a term by recurrence alone.

    Never a prepositional description ("tension on the chordae tendineae", "levels of calcium ions", "left of
    sternum"), never a phrase opened by a degree adjective ("rapid weight gain") or headed by a general-purpose
    noun ("lateral side", "concentration changes", "societal issues"), never a bare everyday noun ("data",
    "device", "value"); otherwise the text must name a phrase with rare vocabulary in two documents (sections of a
    book) or under three headings, and a phrase of everyday words in three documents ("city centers" in one
    example stays an argument).
    Measured on the round-2 audit sheets (benchmarks/termhood_dev.py): recurrence under one section's headings
    kept "signaling" and "lateral side" as terms; documents are the book's own sections.
    """
    low = [w.lower() for w in name.split()]
    if not low or any(w in ("of", "on", "in", "at", "to", "for", "from", "with", "by") for w in low):
        return False
    if not plain_name(name):
        return False
    if all(w[:1].isupper() for w in name.split()) and not name.isupper():
        return False  # "United States", "Lydia Bean": a proper name recurs because the story goes on
    if population(name):
        return False
    if len(low) == 1 and (_singular(low[0]) in words("terms.people_nouns") or practitioner(low[0])):
        return False  # "husbands", "sociologists": the people the prose talks about (audit round 6)
    if common_phrase(name):
        return docs >= 3 or (docs >= 2 and sections >= 3)
    if len(low) == 1 and zipf(name) >= COMMON_ZIPF - 0.5 and not name.isupper():
        # a single word is everyday from Zipf 3.5 (as for ``free`` in :func:`l1_term`) and needs three headings:
        # "visibility", "sensitivity", "adolescents", "nickel" named in two sections were rejected (audits rounds
        # 4-6); "migrants" under three headings of one document, "dependence" in three documents kept
        return docs >= 3 or sections >= 3
    return docs >= 2 or sections >= 3


def population(name: str) -> bool:
    """A people named by a capitalised origin or creed and a noun of members ("Native American tribes", "Catholic
    voters", "Asian American women"; ``terms.population_heads``, ``terms.people_nouns``): the
    prose describes a group in its examples, a teacher does not take it for a term of the subject (audit round 10).
    "Schwann cells", "Lewis acids" are not people."""
    ws = name.split()
    head = _singular(ws[-1].lower(), irregular=True) if ws else ""
    return len(ws) > 1 and ws[-1].islower() and all(w[:1].isupper() for w in ws[:-1]) and \
        (head in words("terms.population_heads") or head in words("terms.people_nouns"))


# a discipline's combining form before "-er" naming its practitioner ("astronomer"/"astronomy", "geographer"); other
# "-er" nouns map to nonsense ("counter" -> "county") and an instrument in "-meter" is a thing ("spectrometer")
_PRACTICE_ER = ("grapher", "nomer", "sopher", "loger")


def practitioner(word: str) -> str:
    """The discipline or doctrine whose practitioners or adherents ``word`` names ("sociologists" -> "sociology",
    "libertarians" -> "libertarianism", "astronomers" -> "astronomy"), found by wordfreq; "" for other words ("wrist",
    "catalyst", "dentist").
    The term a teacher accepts is the discipline or doctrine; its people recur because the prose cites them."""
    w = word.lower()
    s = w[:-1] if w.endswith("s") else w
    if len(s) < 6 or not s.isalpha():
        return ""
    if len(s) < 7:  # a stem of three letters makes a word of anything: "median" -> "medics" (review)
        return ""
    stems = [s[:-3] + x for x in ("ism", "y", "ics")] if s.endswith("ist") else \
        [s + "ism", s[:-3] + "y", s[:-3] + "ics"] if s.endswith("ian") else \
        [s[:-2] + "y"] if s.endswith(_PRACTICE_ER) else []  # "astronomers" -> "astronomy" (audit round 15)
    return next((c for c in stems if zipf(c) >= 2.0), "")


def plain_name(name: str) -> bool:
    """Not a bare everyday noun ("data", "drugs"), not opened by a degree adjective ("rapid weight gain"), not a
    general-purpose head with one plain modifier ("lateral side", "societal issues"; "fight-or-flight response"
    and "long-term stress response" are names), not a look and a form of matter ("colorless liquid"), not a position
    and a part noun ("inner surface", "lateral wall": a place on something else), not one instance of a thing
    ("single axon", "isolated atoms")."""
    low = [w.lower() for w in name.split()]
    if not low:
        return False
    if len(low) > 1 and evaluative(low[0]):
        return False
    if len(low) == 2 and "-" not in low[0] and _singular(low[-1], irregular=True) in _generic():
        return False
    if len(low) == 1 and _singular(low[0]) in words("terms.change_heads"):
        return False  # "decreases": a direction of change, however often the prose names one
    if len(low) > 1 and low[0] in words("terms.instance_adjectives"):
        return False  # "single axon", "isolated atoms": one instance of a thing, not a kind (audit rounds 11, 13)
    if len(low) == 2 and low[0] in words("terms.position_adjectives") and \
            _singular(low[1]) in words("terms.part_nouns"):
        return False  # "inner surface", "lateral wall": a place on something else (audit round 12)
    if len(low) == 2 and low[0] in words("terms.appearance_adjectives") and \
            _singular(low[1]) in words("terms.matter_forms"):
        return False  # "colorless liquid", "white powder": how a substance looks (audit round 10), not its name
    if "of" in low[1:] and _singular(low[low.index("of") - 1]) in words("terms.generic_heads") | {"cause"}:
        return False  # "causes of collective dilemmas", "effect of temperature": a relation, not a name
    return not (len(low) == 1 and zipf(low[0]) >= COMMON_ZIPF and not name.isupper())


def praised(name: str) -> bool:
    """A name of two or more words opened by a word that praises, eases or points (``terms.praise_name_words``:
    "handy buttons", "relevant messages", "incorrect operations"): the prose commends or picks out a thing, no kind
    of the subject is named, even where a sentence glosses it (session 27, issue 11)."""
    ws = name.split()
    return len(ws) > 1 and ws[0].lower() in words("terms.praise_name_words")


def company_named(name: str) -> bool:
    """A name holding a company's legal form (``terms.company_forms``: "Falcot Corp administrators", "Acme Inc."):
    one firm, or its staff or things, named as the book's example; no term of the subject (session 27, issue 11)."""
    return any(w.lower() in words("terms.company_forms") for w in name.split()[1:])


_ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XX)$")


def lowered_proper(name: str) -> bool:
    """A proper name whose capitals a heading lost: a Roman numeral or dotted initials beside lower-case words
    ("world war II veterans", "u.s. healthcare", audits rounds 5-6) is an event's or a country's people or things,
    a named example, not a term (and its lower-cased spelling is wrong)."""
    ws = name.split()
    # "type II diabetes", "photosystem II", "factor VIII": names; the lexicon's frozenset, not a copy per call
    numbered = words("terms.numbered_nouns")
    return len(ws) > 1 and any((_ROMAN.match(w) and not (k and ws[k - 1].lower() in numbered))
                               or re.fullmatch(r"(?:[a-z]\.){2,}", w) for k, w in enumerate(ws)) and \
        any(w.islower() for w in ws)


def named_body(name: str) -> bool:
    """A capitalised name of one organisation or programme ("World Health Organization", "Population Reference
    Bureau"; ``precision.institution_heads``): the prose names it as an example or a source, it is no term of the
    subject (audit round 11 reading; "Liberal Party" in an earlier hand-read), even where it gives an abbreviation.
    ``l1_term`` applies it only to names the text neither defines nor lists in its glossary (review R13): a body the
    book defines ("Electoral College", "National Security Council") is one of its terms; round 9's judges accepted
    "Liberal Party" with its defining "is called" sentence."""
    ws = [w for w in name.split() if w.lower() not in ("of", "for", "and", "the", "on", "in", "to")]
    return len(ws) >= 2 and all(w[:1].isupper() for w in ws) and \
        _singular(ws[-1].lower()) in words("precision.institution_heads")


def named_in_passing(name: str, ev: dict) -> bool:
    """A proper name of two or more words, every content word capitalised ("Kentucky Fried Chicken", "TACO PAC",
    "Southern Christian Leadership Conference"), that the book names under one heading only (``sections``; judged
    only where the counts were made): a company, group or programme the prose names as an example, however it
    gives an abbreviation or another name for it (audit rounds 11 and 13).  The caller lets a definition, the
    glossary or a heading keep it; one named across sections ("European Union", "Voting Rights Act") is left to the
    other rules."""
    if "sections" not in ev or int(ev.get("sections") or 0) > 1:
        return False
    ws = [w for w in name.split() if w.lower() not in ("of", "for", "and", "the", "on", "in", "to", "&")]
    return len(ws) >= 2 and all(w[:1].isupper() for w in ws)


def l1_term(name: str, ev: dict) -> bool:
    """Whether a Concept node is an L1 concept (a term a teacher accepts) given its stored evidence ``ev``.

    ``ev``: ``glossary``, ``defined`` (a sentence defines it), ``heading``, ``abbreviation``, ``named`` (the text
    gives it another name), ``person`` (spaCy NER: a person's name is never a concept), ``docs`` (how many
    documents name it) and ``free`` (chunks where it stands alone, not inside a longer name: an everyday single
    word, Zipf >= 3.5, that stands alone in under a fifth of its chunks is not a term by recurrence).
    """
    if ev.get("person") or code_identifier(name) or letter_label(name) or shouted(name):
        return False  # a person's name; a library's parameter, even where a list of them glosses it ("coef_: ...");
        # an option's letter ("L: indicates that ..."), a heading in capitals ("OUTPUT FORMAT"; round 33)
    if ev.get("glossary"):
        return True
    if book_apparatus(name) or symbol(name):
        return False  # "preface", "the present subsection", "x3", "time t" (audit round 17, nonterms.py)
    if not is_term(name, named=bool(ev.get("defined"))) or (named_body(name) and not ev.get("defined")):
        return False  # a body the text defines ("Electoral College" with its definition) is one of its terms
    if named_in_passing(name, ev) and not ev.get("defined") and not ev.get("heading"):
        return False  # "Kentucky Fried Chicken (KFC)" in one feature box: an example, not a term
    if praised(name) or company_named(name):
        return False  # "handy buttons", "Falcot Corp administrators": praise or the book's example firm (session 27)
    if ev.get("defined") or ev.get("abbreviation"):
        # "essential norm—a generally accepted rule ...": the sentence defines "norm", the degree word is the prose's
        return not (len(name.split()) > 1 and name.split()[0].lower() in words("terms.judging_name_words"))
    if lowered_proper(name) or practising_person(name):
        return False  # "applied mathematician" named in passing: a person, no term (round 17, nonterms.py)
    if ev.get("heading") and plain_name(name):  # "Changing Family" heads a section about families
        return True
    if ev.get("named") and plain_name(name):  # "drugs, also called ACE inhibitors" names the inhibitors
        return True
    if len(name.split()) == 1 and ev.get("free") is not None and zipf(name) >= COMMON_ZIPF - 0.5 and \
            int(ev.get("free") or 0) * 5 < int(ev.get("chunks") or 0):
        return False  # "node" stands in "SA node", "AV node"; "signaling" in "signaling molecules" (audit round 5);
        # a phrase may take modifiers ("public approval rating", "resting cardiac output") and stays one; a rare word
        # ("defibrillator" of "automated external defibrillator", "arteries") is the subject's own (anatomy ch. 19)
    return recurring_term(name, int(ev.get("docs") or 0), int(ev.get("sections") or 0))
