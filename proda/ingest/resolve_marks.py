"""Symbols that a mark tells apart, in entity resolution (:mod:`proda.ingest.resolve`).

Why: a book writes a quantity and its standard-state or primed or charged form with one symbol and a mark --
"E°cell" / "Ecell", "ΔH°" / "ΔH", "K′" / "K", "Na+" / "Na".  The exact pass keys names by ``normalize_name`` (which
drops a mark at the edge: "ΔH°" -> "δh") and links spellings by a key without any non-word character (which drops
every mark: "e°cell" -> "ecell"), so two glossary terms -- "cell potential (Ecell)" and "standard cell potential
(E°cell)" -- became one concept, shown with the name of one and the definition of the other (audit round 17, a wrong
fact).  A marked symbol keys by its marked form and links no spelling variant: it joins only the same marked symbol.
The asterisk is such a mark on a symbol ("σ*", "π*": the antibonding partner of "σ", audit round 20, where "σ* bonding
orbital" became an alias of "σ bonding orbital" and lent it its definition); a multi-word name whose symbol carries a
mark ("σ* bonding orbital", "Na+ ion") links no spelling variant either (:func:`carries_mark`).
"""

from __future__ import annotations

import re

from proda.ids import normalize_name

# a mark that makes another quantity of a symbol: degree sign (standard state), primes, double dagger, a charge
_MARKS = "°′″‴‡⁺⁻*"
_CHARGE_END = re.compile(r"\w[+\-−]$")
_MAX_SYMBOL_CHARS = 10
_MAX_WORD_SYMBOL_CHARS = 4  # a symbol inside a longer name: "σ*", "E°", "Na+" (not "photosynthesis*", a footnote)


def marked_symbol(text: str) -> bool:
    """A short, one-word symbol that carries a mark ("E°cell", "ΔH°", "K′", "Na+", "Cl−"), not a word with a hyphen."""
    s = text.strip()
    if not s or " " in s or len(s) > _MAX_SYMBOL_CHARS:
        return False
    if any(m in s for m in _MARKS):
        return True
    return bool(_CHARGE_END.search(s)) and any(ch.isupper() or ch.isdigit() for ch in s)


def carries_mark(text: str) -> bool:
    """A marked symbol, or a name with a short marked symbol among its words ("σ* bonding orbital"): its spelling
    variants (marks dropped) name another thing, so it links none."""
    return bool(mark_words(text))


def mark_words(text: str) -> tuple[str, ...]:
    """The marked symbols a name holds, for the embedding pass's guard: "σ* bonding orbital" and "σ bonding orbital"
    embed almost alike and differ only here, so they are two things."""
    words = text.split()
    if len(words) <= 1:
        return (text.strip(),) if marked_symbol(text) else ()
    return tuple(sorted(w for w in words if len(w) <= _MAX_WORD_SYMBOL_CHARS and marked_symbol(w)))


def name_key(text: str) -> str:
    """The exact-pass key of a name or alias: ``normalize_name``, but a marked symbol keeps its marks ("δh°", not
    "δh")."""
    if marked_symbol(text):
        return "".join(text.lower().split())
    return normalize_name(text)
