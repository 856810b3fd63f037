"""Two ways an outside option can be true that the concept-level checks of ``Chains.external`` miss (E8, round 22).

Head nouns (``head_key``, ``generic_of``): the KB's reach is a set of concept ids, and a statement about "valves"
names another concept than a chain's "atrioventricular valves", so nothing links them; yet it says what the
chain's valves do.  A statement whose subject or object is the head of a name the
reach (or a step on that side) gives, or that name itself, is treated as reached: a shorter name is the general
word for the longer one.  Only that direction: a longer outside name ("semilunar valves") beside a shorter one of
the chain is another thing of that kind.  A name "N of X" names its complement X too ("backflow of blood" is about
the chain's blood; ``keys_of``); a complement with one of its own ("flexibility of the valve") names nothing.

Result clause (``result_lemmas``): an anchor step may state its own result ("an overproduction of PTH that results
in excessive calcium reabsorption from bone"); a sentence restating that result ("PTH ... causes the release of
calcium from the bones") follows from the anchor.  Only what comes after its last verb of causing or producing counts,
never the anchor's subject: the whole anchor (round 22, E1's experiment F) refused right options that only share
the anchor's topic words ("Abnormally low blood calcium levels ... hypoparathyroidism" beside "Abnormally high
activity of the parathyroid gland ...").  Families come from ``proda.lexicon`` (data), not a word list here.

Another agent of a step's own event (``same_event``): "The adrenal glands mediate a long-term stress response" beside
the chain's "The long-term stress response is mediated by the secretion of CRH ..." tells, from further off, the very
event the chain is an account of, so it neither comes before nor after any step (session 24 B: offered as not
following from "ACTH is triggered", while the chain *is* that response).  The statement's predicate lemma and its
object's name are a step's; what acts differs, and that is what makes it the same event told of its whole.
"""

from __future__ import annotations

from functools import lru_cache

from proda.datasets import normalize_text
from proda.evaluate.bench_paths import _stop, content_lemmas
from proda.lexicon import family_of
from proda.lexicon.inflect import lemma_phrase

# families of verbs after which a step names what it brings about (lexicon families, not words); a decrease or an
# inhibition is left out: its object restated ("Y rises") is the opposite of what follows, a fair wrong option
RESULT_FAMILIES = frozenset({"cause", "produce", "increase", "stimulate", "convert", "result", "lead"})


def head_key(name: str, bare: bool = False) -> tuple[str, ...]:
    """The lemmas of a noun phrase's words up to its first function word, leading ones skipped: "the pressure in
    the atria" -> ("pressure",), "atrioventricular valves" -> ("atrioventricular", "valve").  ``bare``: () when a
    complement follows ("activity of osteoclasts" is no general word for "activity of the parathyroid gland")."""
    from lemminflect import getLemma

    out: list[str] = []
    ws = normalize_text(name or "").split()
    for i, w in enumerate(ws):
        if w in _stop() or len(w) <= 1:
            if out:
                if bare and any(x not in _stop() and len(x) > 1 for x in ws[i:]):
                    return ()
                break
            continue
        out.append((getLemma(w, "NOUN") or (w,))[0])
    return tuple(out)


def generic_of(names) -> frozenset[tuple[str, ...]]:
    """Every head of the given names (each trailing run of ``head_key``'s lemmas): a name equal to one of them is
    the name itself or a more general word for it."""
    out = set()
    for n in names:
        k = head_key(n)
        out.update(k[i:] for i in range(len(k)))
    return frozenset(out)


def _result_verb(w: str) -> bool:
    from lemminflect import getLemma

    lem = getLemma(w, "VERB")
    return family_of(lem[0] if lem else w) in RESULT_FAMILIES


def result_lemmas(text: str) -> set[str]:
    """The content lemmas of what a step says it brings about in the end: the words after its last verb of a
    ``RESULT_FAMILIES`` family that is not its first word (the step's event itself) and not a passive "caused by"
    (what follows "by" is a cause), those verbs left out (they are no topic two sentences share); empty when it
    names none."""
    ws = normalize_text(text or "").split()
    at = None
    for i, w in enumerate(ws[1:], 1):
        if w not in _stop() and _result_verb(w) and (i + 1 >= len(ws) or ws[i + 1] != "by"):
            at = i
    if at is None:
        return set()
    return {w for w in content_lemmas(" ".join(ws[at + 1:])) if not _result_verb(w)}


@lru_cache(maxsize=65536)
def keys_of(name: str) -> frozenset[tuple[str, ...]]:
    """What a statement's concept name names for the head check: the name when it is bare ("valves"), and the
    bare complement of "N of X" ("backflow of blood" names blood: dev anatomy 19, "The valves prevent backflow of
    blood" beside the chain's "blood flows toward the atria" and the first heart sound, the valves' closing).
    Cached: ``Chains.external`` asks it of every statement of a section again for each anchor of each chain."""
    out = {head_key(name, True)}
    ws = normalize_text(name or "").split()
    if "of" in ws:
        out.add(head_key(" ".join(ws[ws.index("of") + 1:]), True))
    return frozenset(out - {()})


def _phrase(row: dict) -> str:
    """The lemma phrase of a statement's or a step's predicate, read as :mod:`proda.evaluate.bench_paths` reads it
    ("can activate" -> "activate", "is mediated by" -> "be_mediated_by", "leads to" -> "lead_to"); a stored
    ``predicate_lemma`` wins.  Both sides of :func:`same_event` read it so (code review, session 25: the first word
    of the step's verb phrase, "can" / "be", never met a statement's "lead_to")."""
    return lemma_phrase(row.get("predicate") or "", row.get("predicate_lemma") or "")[0]


def same_event(row: dict, steps: list[dict]) -> bool:
    """Whether statement ``row`` (a KB link: ``predicate_lemma``/``predicate``, ``object_name``) tells the relation
    of one of ``steps`` on the same thing: its verb's lemma phrase and its object's name are that step's
    (``subject`` may differ), so it is the step's event said of another agent (module doc)."""
    verb = _phrase(row) if (row.get("predicate") or row.get("predicate_lemma")) else ""
    obj = normalize_text(row.get("object_name") or row.get("object") or "")
    return bool(verb and obj) and any((s.get("predicate") or s.get("predicate_lemma")) and _phrase(s) == verb and
                                      normalize_text(s.get("object") or "") == obj for s in steps)
