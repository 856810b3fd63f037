"""A phrase the book only uses to describe something: "X is a potent vasoconstrictor" is said of X, it names no term.

Why: "Angiotensin II is a potent vasoconstrictor that ..." and "Endothelins are potent vasoconstrictors" (audit round
16) made "potent vasoconstrictor" a term by recurrence alone (two sections), though every time the book writes it, it
is the predicate nominal of a copula ("X is a/the ADJ N"): an adjective and a noun that characterise X.  A phrase the
book also writes anywhere else -- as a subject, an object, after a preposition ("skeletal muscle", "connective tissue",
"This shallow depression articulates with ...") -- is the book's own name of a thing and stays; so does one it
defines, lists in its glossary, heads a section with, names or abbreviates (those are vouched for before this is
read), and one whose first word is no adjective in the dictionary ("peptide hormone": a classifying noun).

Measured on every non-held-out chapter of anatomy, chemistry, sociology and political science prose (the ADJ+N noun
chunks that are terms by recurrence alone, 4,366 of them): 4 phrases are written only after a copula ("medical
emergencies", "complex interplay", "social necessity", "legal requirement"), all descriptions.

A fronted "As a/an ..." counts as a copula (session 17): "As an extremely potent vasoconstrictor, angiotensin II
functions ..." kept "potent vasoconstrictor" a term on development KB anatomy 17/22/25.  Only at a sentence's start:
any "as a" after a verb would have refused 11 adjective-noun pairs written twice in the four books' non-held-out
chapters, 9 of them descriptions but "topical analgesic" ("used as a ...") and "waste product" ("released as a ...")
names of a class; the fronted form refuses one, "potent vasoconstrictor".
"""

from __future__ import annotations

from proda.ids import singular
from proda.ingest.extract.lexdata import words
from proda.ingest.termhood import _TOKEN, VOUCHING



def candidate(name: str, c: dict) -> bool:
    """A lower-case name of two or three words opened by a dictionary adjective, with no evidence but recurrence."""
    from lemminflect import getAllLemmas

    ws = name.split()
    return 2 <= len(ws) <= 3 and name.islower() and all(w.isalpha() for w in ws) and \
        "ADJ" in getAllLemmas(ws[0]) and not any(c.get(k) for k in VOUCHING)


def _adverb_check():
    """What may stand between a copula or "as a" and the phrase: degree words, hedging and judging adverbs, "not",
    and any longer "-ly" word (one predicate for both readers below, so they skip the same words)."""
    skip = words("hedges.degree") | words("hedges.adverbs") | words("terms.judging_adverbs") | {"not"}
    return lambda t: t in skip or (t.endswith("ly") and len(t) > 4)


def _after_copula(toks: list[str], i: int) -> bool:
    """The phrase at ``toks[i]`` follows a form of "be" (``terms.copula_forms``), an article and adverbs between
    ("is a potent", "are also potent", "is the very"), and the "be" is no existential "there is/are"."""
    adverb = _adverb_check()
    j = i - 1
    while j >= 0 and adverb(toks[j]):
        j -= 1
    if j >= 0 and toks[j] in ("a", "an", "the"):
        j -= 1
    while j >= 0 and adverb(toks[j]):
        j -= 1
    if j < 0 or toks[j] not in words("terms.copula_forms"):
        return False
    j -= 1
    while j >= 0 and (adverb(toks[j]) or toks[j] in words("terms.existential_auxiliaries")):
        j -= 1  # "there will be", "there may have been" (review R20)
    return j < 0 or toks[j] != "there"  # "there are free radicals in ...": an existential names the thing (review R19)


_SENTENCE_ENDS = (".", "!", "?", ":", ";")


def _after_fronted_as(toks: list[str], i: int) -> bool:
    """The phrase at ``toks[i]`` follows an "As a/an" that opens its sentence, adverbs between ("As an extremely
    potent vasoconstrictor, angiotensin II functions ..."): a fronted predicative says the phrase of the clause's
    subject as a copula's complement does.  An "as" after a verb is left alone: "used as a topical analgesic",
    "released as a waste product" name a class of thing the object belongs to (a sweep of the four books' non-held-out
    chapters found those two among 11 phrases "as a" would have refused), and "such as a" lists examples."""
    adverb = _adverb_check()
    j = i - 1
    while j >= 0 and adverb(toks[j]):
        j -= 1
    if j < 1 or toks[j] not in ("a", "an") or toks[j - 1] != "as":
        return False
    return j == 1 or toks[j - 2] in _SENTENCE_ENDS


def described_only(names: dict[str, str], texts: list[str]) -> set[str]:
    """Ids (of ``names``: id -> name) whose every occurrence in ``texts`` follows a copula or a fronted "As a", and
    that occur at all."""
    from proda.ingest.termhood_definitions import _fold

    by_first: dict[str, list[tuple[str, list[str]]]] = {}
    for cid, name in names.items():
        ws = name.lower().split()
        by_first.setdefault(ws[0], []).append((cid, ws))
    pred: set[str] = set()
    other: set[str] = set()
    for text in texts:
        toks = _TOKEN.findall(_fold(text or ""))
        for i, t in enumerate(toks):
            for cid, ws in by_first.get(t, ()):
                n = len(ws)
                if toks[i:i + n - 1] == ws[:-1] and i + n <= len(toks) and \
                        singular(toks[i + n - 1]) == singular(ws[-1]):
                    (pred if _after_copula(toks, i) or _after_fronted_as(toks, i) else other).add(cid)
    return pred - other


def undescribed(rows: list[dict], concepts: list[dict], chunks: list[dict]) -> list[dict]:
    """``rows`` of :func:`proda.ingest.termhood.termhood_rows` where a term by recurrence alone that the book writes
    only as a copula's predicate nominal is no term (ingest calls both in turn)."""
    by_id = {c["id"]: c for c in concepts}
    names = {r["id"]: by_id[r["id"]]["name"] for r in rows
             if r["term"] and r["id"] in by_id and candidate(by_id[r["id"]]["name"], by_id[r["id"]])}
    gone = described_only(names, [ch.get("text") or "" for ch in chunks]) if names else set()
    return [{**r, "term": False} if r["id"] in gone else r for r in rows]
