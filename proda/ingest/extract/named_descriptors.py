"""Coordinated descriptors of one named person: "English author and social critic Charles Dickens places ...",
"Economist and sociologist Max Weber studied ...", "American poet and activist Audre Lorde wrote ...".

Why: the parser reads such a phrase as a coordination ("author" and "Dickens" conjoined, or "poet" and "activist"
with the name in apposition), and the extractor split it into one argument per conjunct: blind round 24 was given
"english author | places | ..." and "social critic | places | ...", the name dropped and each descriptor taught as a
kind of person that does the thing.  The descriptors are one person's titles; the name is the argument.

Only clear cases: every conjunct but the name is a singular common noun with no determiner of its own (a title, not
a kind: "Doctors and nurse Mary Seacole" still splits), and the coordination ends in a proper name written right
after the last descriptor -- the last conjunct itself, a name with a common-noun title before it ("social critic
Charles Dickens"), or a name in apposition directly after the last conjunct ("activist Audre Lorde").  Names side by
side ("Marx and Engels") are no descriptors and are left as they were.
"""

from __future__ import annotations

from spacy.tokens import Token


def _title(t: Token) -> bool:
    """A singular common noun with no determiner, possessive or number of its own: "author", "social critic"."""
    return t.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in t.children if c.i < t.i)


def _name_start(n: Token) -> int:
    """The first token of the proper name ``n`` ends: its run of proper-noun compounds ("Charles Dickens")."""
    i = n.i
    while i > 0 and n.doc[i - 1].tag_ in ("NNP", "NNPS") and n.doc[i - 1].dep_ == "compound" \
            and n.doc[i - 1].head.i in range(i, n.i + 1):
        i -= 1
    return i


def described_name(h: Token, conjuncts: list[Token]) -> tuple[int, int] | None:
    """(start, end) doc indices of the name a coordination of titles (``conjuncts``, headed by ``h``) describes,
    or ``None`` when the coordination is no such phrase."""
    if len(conjuncts) < 2:
        return None
    last = conjuncts[-1]
    if last.tag_ == "NNP" and all(_title(c) for c in conjuncts[:-1]):
        start = _name_start(last)
        if start < last.i and start > 0 and last.doc[start - 1].tag_ == "NN" \
                and last.doc[start - 1].head.i == last.i:  # "social critic Charles Dickens": a title, then the name
            return start, last.i + 1
        return None
    if not all(_title(c) for c in conjuncts):
        return None
    for n in h.children:  # "American poet and activist Audre Lorde": the name in apposition to the coordination
        if n.dep_ == "appos" and n.tag_ == "NNP" and _name_start(n) == max(t.i for t in last.subtree) + 1:
            return _name_start(n), n.i + 1
    return None
