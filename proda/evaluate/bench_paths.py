"""What keeps a benchmark item honest beyond its own chain: the KB's causal reach (to verify that a distractor does
not in fact follow), the statements of the chain's own section (on-topic distractors), the refusal of chains that
are lists, and items from paths of causal statements (A -> B, B -> C in one section).

Why (independent audit, round 2): most rejected anatomy items had distractors from another process, so the key
was "the only option about the chain's topic"; one had a distractor the book makes true ("TSH uses cAMP, so the
kinase cascade also follows"); every sociology item came from an enumeration ("First ... Second ... Finally")
read as a chain.  Everything here is general English (dependency-free word lists, lemmas), never a book's words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from proda.datasets import normalize_text
from proda.lexicon import family_of, polarity_of
from proda.lexicon.inflect import lemma_phrase

# families whose statements say that the subject acts on the object (the object is downstream)
FORWARD = {"cause", "increase", "stimulate", "decrease", "inhibit", "produce", "convert", "remove", "transport",
           "control"}
BACKWARD = {"require"}  # "A requires B": B comes first
# families strict enough to build a statement path from (a path item keys what the composed link says)
PATH_FAMILIES = {"cause", "increase", "stimulate", "decrease", "inhibit", "produce", "convert", "remove"}
EVERYDAY = 4.6  # wordfreq Zipf at and above which a shared word is everyday English, no link between two steps
HOPS = 3  # how far the KB's reach is followed when verifying a distractor

# general English words that open a clause continuing the previous one (anaphora, result, sequence); "finally",
# "first", "second", "also" are left out on purpose: they open the items of an enumeration
CONNECTIVES = {"which", "this", "these", "that", "it", "they", "then", "thus", "therefore", "hence", "so",
               "consequently", "subsequently", "next", "afterwards", "after", "once", "eventually", "in turn",
               "as a result", "as a consequence", "in response", "there"}


def family(row: dict) -> str:
    lemma = row.get("predicate_lemma") or lemma_phrase(row.get("predicate") or "")[0]
    return row.get("family") or family_of(lemma)


def sign(row: dict) -> int:
    """+1 / -1 of a statement: its stored polarity, else the lexicon's on its predicate, flipped when negated."""
    if row.get("polarity") is not None:
        return 1 if int(row["polarity"]) >= 0 else -1
    phrase, neg = lemma_phrase(row.get("predicate") or "", row.get("predicate_lemma") or "")
    s = polarity_of(phrase)
    return -s if (neg or row.get("negated")) else s


class Reach:
    """The KB's causal links between concepts, followed up to ``HOPS`` links in either direction."""

    def __init__(self, links: list[dict] | None):
        self.fwd: dict[str, set[str]] = defaultdict(set)
        self.back: dict[str, set[str]] = defaultdict(set)
        for t in links or []:
            a, b, f = t.get("subject_id"), t.get("object_id"), family(t)
            if not (a and b) or a == b:
                continue
            if f in BACKWARD:
                a, b = b, a
            elif f not in FORWARD:
                continue
            self.fwd[a].add(b)
            self.back[b].add(a)

    def _walk(self, graph: dict[str, set[str]], start: set[str]) -> set[str]:
        seen, frontier = set(start), set(start)
        for _ in range(HOPS):
            frontier = {n for c in frontier for n in graph.get(c, ())} - seen
            if not frontier:
                break
            seen |= frontier
        return seen

    def downstream(self, concepts: set[str]) -> set[str]:
        """The concepts themselves and every concept they act on within ``HOPS`` links."""
        return self._walk(self.fwd, concepts)

    def upstream(self, concepts: set[str]) -> set[str]:
        return self._walk(self.back, concepts)


def words(text: str) -> set[str]:
    return {w for w in normalize_text(text).split() if len(w) > 2}


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def content_lemmas(text: str) -> set[str]:
    """Noun lemmas of a step's content words (stop words out): what two steps share when they talk about the same
    thing ("ions" ~ "ion").  A verb and its noun ("developed" / "development") do not count: a list of reasons
    shares its verbs' themes, not its arguments."""
    from lemminflect import getLemma

    out = set()
    for w in normalize_text(text).split():
        if len(w) <= 2 or w in _stop() or w.isdigit():
            continue
        out.add((getLemma(w, "NOUN") or (w,))[0])
    return out


def _opens_continuation(text: str) -> bool:
    t = normalize_text(text)
    first = t.split()[0] if t.split() else ""
    if any(t == c or t.startswith(c + " ") for c in CONNECTIVES):
        return True
    return len(first) > 4 and first.endswith("ing")  # a participial clause: "releasing fatty acids into the blood"


def _imperative(text: str) -> bool:
    """A procedure step ("Identify the direction", "Develop an ICE table"): it opens with a verb's base form."""
    from lemminflect import getAllLemmas

    first = (text.strip().split() or [""])[0].strip(".,;:()").lower()
    lemmas = getAllLemmas(first)
    return bool(first) and "VERB" in lemmas and first in lemmas["VERB"] and "NOUN" not in lemmas


def _specific_word(w: str) -> bool:
    """A word rarer than everyday English (wordfreq Zipf < ``EVERYDAY``): "iodine", "balloon", not "land", "use"."""
    from wordfreq import zipf_frequency

    return zipf_frequency(w, "en") < EVERYDAY


def _symbols(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w+-]+", text) if any(c.isdigit() for c in w) or any(c.isupper() for c in w[1:])}


def linked(a: dict, b: dict, transitions: list[dict], words_count: bool = True) -> bool:
    """Do steps ``a`` and ``b`` form a link of a process: a transition statement from a concept of ``a`` to one of
    ``b``, a shared concept or a shared specific noun (topic words that the items of a list share, "land", "use",
    are no link), or ``b`` opening as a continuation (which, this, then, a participle)?"""
    ca, cb = set(a.get("concepts") or []), set(b.get("concepts") or [])
    for t in transitions:  # a statement between them, unless it is the event of one of the two steps alone
        ends = {t.get("subject_id"), t.get("object_id")}
        if t and t.get("from") == a["position"] and not (ends <= ca or ends <= cb):
            return True
    if not words_count:
        return False
    if ca & cb or any(_specific_word(w) for w in content_lemmas(a["text"]) & content_lemmas(b["text"])):
        return True
    if _symbols(a["text"]) & _symbols(b["text"]):  # "cAMP", "Ca2+", "TSH": names whatever their frequency
        return True
    head = " ".join(normalize_text(b["text"]).split()[:6])
    return _opens_continuation(b["text"]) or any(f" {w} " in f" {head} " for w in ("then", "in turn", "as a result"))


@lru_cache(maxsize=1)
def _leads() -> tuple[str, str]:
    """The cascade rules' temporal and change leads ("when", "once", "as": they open the clause of the event before)
    and their sentence-opening connectives ("as a result", "after this"): one alternation each."""
    from proda.ingest.extract.chain_rules import rules

    c = rules()["cascade"]
    return ("|".join(re.escape(w) for w in c["temporal_leads"] + c["change_leads"]),
            "|".join(re.escape(w) for w in c["initial"] + c["back_leads"]))


def _flat(text: str) -> str:
    return " ".join((text or "").split()).strip().rstrip(".,;:")


def led(a: dict, b: dict, sources: list[str] | None) -> bool:
    """Does the book's own sentence link step ``a`` to step ``b``: "When A, B" (a temporal lead opens A's clause and
    B is the main clause after it) or "A. As a result, B" (B's sentence opens with a connective that the chain
    extractor strips)?  Why: "When pressure within the ventricles drops below ..., blood flows back toward the heart"
    shares no specific word between its two clauses, so ``linked`` read the cascade as a list and refused it (5 of 20
    chains of a three-chapter anatomy KB), while its grammar says that the second event follows the first."""
    ta, tb = _flat(a.get("text") or ""), " ".join(_flat(b.get("text") or "").split()[:6])
    if not sources or not ta or not tb:
        return False
    within, across = _leads()
    pa, pb = r"\s+".join(map(re.escape, ta.split())), r"\s+".join(map(re.escape, tb.split()))
    pat = re.compile(rf"(?:^|[.!?:]\s+)(?:{within})\s+{pa}\s*,\s*(?:then\s+)?{pb}"
                     rf"|{pa}\s*[.!?]\s+(?:{across})\s*,?\s*{pb}", re.I)
    return any(pat.search(" ".join(s.split())) for s in sources if s)


_POINTERS = frozenset("it its this these they their such".split())


def said_next(text: str, sources: list[str] | None) -> str:
    """The sentence right after ``text`` in the chain's source text when it opens on a pronoun or demonstrative that
    points back at it ("Its secretion is prompted when CRH ... triggers ACTH release"), else "": what that sentence
    says is said of ``text``'s subject, though no statement of the KB links them."""
    flat = r"\s+".join(map(re.escape, _flat(text).split()))
    if not flat or not sources:
        return ""
    for src in sources:
        m = re.search(flat + r"[^.!?]*[.!?]\s+(\S+)([^.!?]*[.!?])", " ".join((src or "").split()), re.I)
        if m and m.group(1).lower().strip(",") in _POINTERS:
            return m.group(1) + m.group(2)
    return ""


def names_any(text: str, lemmas: set[str]) -> bool:
    """Whether ``text`` names one of ``lemmas`` by a specific word (rarer than everyday English) or a symbol."""
    mine = content_lemmas(text)
    return any(_specific_word(w) for w in mine & lemmas) or bool(_symbols(text) & lemmas)


def is_list(chain: dict) -> bool:
    """A chain whose neighbouring steps are unlinked is an enumeration, not a process: refused (issue 12).  A
    procedure of imperative steps is ordered by the book's numbering, so it stands, and so does a chain that a
    transition statement links somewhere."""
    steps = chain["steps"]
    if chain.get("kind") in ("path", "mined", "sequence"):
        return False  # built from linked statements, or named stages the text puts in order (chain_stages.py)
    if all(_imperative(s["text"]) for s in steps):
        return False
    trans = [t for t in chain.get("transitions") or [] if t]
    src = chain.get("sources") or []
    if all(linked(a, b, trans) or led(a, b, src) for a, b in zip(steps, steps[1:])):
        return False
    # an unlinked pair in a chain that the KB links elsewhere (a link statement rejected in review, a step the
    # extractor cut short) is a gap, not a list
    return not any(linked(a, b, trans, words_count=False) for a, b in zip(steps, steps[1:]) if trans)


def overlaps(text: str, others: list[str]) -> bool:
    """``text`` repeats (most of) one of ``others`` or is repeated by it: a step's own sentence, or a clause of it."""
    w = words(text)
    for o in others:
        v = words(o)
        if not w or not v:
            continue
        inter = len(w & v)
        if inter / min(len(w), len(v)) >= 0.6:
            return True
    return False


def render(row: dict) -> str:
    """A statement as a sentence: the words of its subject, predicate and object."""
    pred = (row.get("predicate") or "").replace("_", " ")
    return " ".join(f"{row.get('subject') or ''} {pred} {row.get('object') or ''}".split())


def specific(name: str) -> bool:
    """A concept a path may pass through: several words, a name or symbol, or one word rarer than ordinary vocabulary
    ("hypoxia"); never a lone common or class noun such as "heat", "response" or "hormones", through which any two
    statements connect.  The same test as mined chains' (``proda.ingest.mine.specific``)."""
    from proda.ingest.mine import specific as one_thing

    return one_thing(name)


def statement_paths(links: list[dict], max_len: int = 3, per_section: int = 6) -> list[dict]:
    """Chains of kind ``path`` from causal statements of one section (document, under one heading) joined on a
    specific concept: A -> B, B -> C (and C -> D), no concept twice, each statement in one path at most.  Each step
    is a statement (its text the book's sentence, a different one per step; its sign the statement's polarity), so
    the composed sign follows ``link_signs`` for mined chains."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for t in links:
        if t.get("path") and t.get("subject_id") and t.get("object_id") and t["subject_id"] != t["object_id"] \
                and family(t) in PATH_FAMILIES and not t.get("negated") and t.get("subject") and t.get("object") \
                and 20 <= len(t.get("quote") or "") <= 250:
            by_doc[t["path"]].append(t)
    out = []
    for path, rows in sorted(by_doc.items()):
        rows = sorted({r["id"]: r for r in rows}.values(), key=lambda r: r["id"])
        by_subject: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            by_subject[r["subject_id"]].append(r)
        used: set[str] = set()
        found: list[list[dict]] = []

        def walk(p: list[dict], seen: set[str]) -> None:
            ext = False
            if len(p) < max_len:
                for nxt in by_subject.get(p[-1]["object_id"], []):
                    if nxt["id"] in used or nxt["object_id"] in seen or not specific(p[-1].get("object_name") or
                                                                                      p[-1].get("object") or ""):
                        continue
                    if overlaps(nxt.get("quote") or "", [x.get("quote") or "" for x in p]):
                        continue  # each step its own sentence
                    if (nxt.get("heading") or "") != (p[-1].get("heading") or ""):
                        continue  # another heading of the page can be another mechanism (as in mined chains)
                    ext = True
                    walk(p + [nxt], seen | {nxt["object_id"]})
            if not ext and len(p) >= 2:
                found.append(p)

        for r in rows:
            walk([r], {r["subject_id"], r["object_id"]})
        found.sort(key=lambda p: (-len(p), [x["id"] for x in p]))
        kept = 0
        for p in found:
            if kept >= per_section or any(x["id"] in used for x in p):
                continue
            used |= {x["id"] for x in p}
            kept += 1
            from proda.ids import digest

            cid = "path_" + digest(*[x["id"] for x in p])
            out.append({"id": cid, "name": p[0].get("document") or path, "kind": "path", "path": path,
                        "document": p[0].get("document") or "", "domain": "", "about": [], "transitions": [],
                        "steps": [{"id": x["id"], "position": k, "text": " ".join(x["quote"].split()).rstrip("."),
                                   "statement_id": x["id"],
                                   "concepts": [x["subject_id"], x["object_id"]], "polarity": sign(x),
                                   "subject_id": x["subject_id"], "object_id": x["object_id"]}
                                  for k, x in enumerate(p, 1)]})
    return out
