"""Stable content-hash ids and name normalisation.

Ids are hashes of content, never counters, so that ingesting the same file
twice (or after a crash) MERGEs onto the same nodes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")
_PUNCT_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


def digest(*parts: object, n: int = 16) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(str(p).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:n]


def normalize_name(name: str) -> str:
    """Lower-cased, accent-folded, whitespace-collapsed, edge punctuation stripped, crude singular."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("’", "'").replace("–", "-").replace("—", "-").lower()
    s = _WS.sub(" ", s).strip()
    s = _PUNCT_EDGES.sub("", s)
    return singular(s)


_KEEP_S = ("ss", "us", "is", "sis", "ics", "ous", "as")


def singular(phrase: str) -> str:
    """Singularise the last word of a phrase, conservatively (``joints`` -> ``joint``, not ``pelvis`` -> ``pelvi``)."""
    if not phrase:
        return phrase
    head, _, last = phrase.rpartition(" ")
    w = last
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("ches", "shes", "xes", "sses")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(_KEEP_S):
        w = w[:-1]
    return f"{head} {w}" if head else w


def document_id(sha256: str) -> str:
    return "doc_" + sha256[:16]


def chunk_id(doc_id: str, start: int, end: int) -> str:
    return "chk_" + digest(doc_id, start, end)


def concept_id(name: str) -> str:
    return "con_" + digest(normalize_name(name))


def statement_id(subject: str, predicate: str, obj: str) -> str:
    return "st_" + digest(normalize_name(subject), predicate.strip().lower(), normalize_name(obj))


def chain_id(name: str, steps: list[str]) -> str:
    return "ch_" + digest(normalize_name(name), *[_WS.sub(" ", s.strip().lower()) for s in steps])


def step_id(chain: str, position: int) -> str:
    return f"sp_{chain[3:]}_{position}"
