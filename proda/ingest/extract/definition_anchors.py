"""Where a definition pattern may match: the sentences :func:`definitions.definitions_in` runs the matcher on.

Why a module of its own: the ``DependencyMatcher`` is the costly part of reading definitions, so it runs only on
sentences with a word a pattern hangs on; testing that word per ``Token`` (Python attribute look-ups on every
token of every chunk) was itself a twentieth of extraction (profile, 2026-11-30), so the test reads the parse's
arrays once per doc and each lemma's string once.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import DEP, LEMMA, LOWER

from proda.ingest.extract.lexdata import rules

_ANCHOR_DEPS = ("ROOT", "conj", "acl", "relcl", "ccomp", "advcl")


def anchors(doc) -> list[bool]:
    """Per token of ``doc``: a word a definition pattern may hang on -- a trigger lemma (:func:`triggers`) heading
    a clause (a copula only with an attribute or a when-clause), an apposition, or "which" as a prepositional object."""
    strings, trig = doc.vocab.strings, triggers()
    ok_deps = {strings[d] for d in _ANCHOR_DEPS}
    be, appos, which, pobj = strings["be"], strings["appos"], strings["which"], strings["pobj"]
    is_trigger: dict[int, bool] = {}
    out = []
    for i, (lem, dep, low) in enumerate(doc.to_array([LEMMA, DEP, LOWER]).tolist()):
        t = is_trigger.get(lem)
        if t is None:
            t = is_trigger[lem] = strings[lem].lower() in trig
        out.append(t and dep in ok_deps and
                   (lem != be or any(c.dep_ == "attr" or _when_clause(c) for c in doc[i].children))
                   or dep == appos or (low == which and dep == pobj))
    return out


def _when_clause(tok) -> bool:
    """A when-clause hung on a copula ("Cohabitation is when two people ..."), the complement of the is_when pattern."""
    return tok.dep_ == "advcl" and any(c.lower_ == "when" for c in tok.children)


@lru_cache(maxsize=1)
def triggers() -> frozenset[str]:
    """The lemmas the verb node of a definition pattern may have (read from the patterns themselves)."""
    out = set()
    for pats in rules("definitions.json").values():
        for pat in pats:
            for node in pat:
                lem = node["RIGHT_ATTRS"].get("LEMMA")
                if lem:
                    out |= {lem} if isinstance(lem, str) else set(lem["IN"])
    return frozenset(out)
