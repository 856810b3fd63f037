"""Chains mined from the graph: signed causal statements of one document joined on the same concept.

Why: a book states a mechanism across several sentences and paragraphs
("A inhibits B" ... "B stimulates C" ... "C produces D") without ever marking it
as a sequence, so no chunk-level rule sees it.  In the graph it is a path:
the object of each statement is the subject of the next.  Each step of a mined
chain is one statement (its event, backed by its verbatim quote), and the
chain's ``sign`` is the product of the links' signs, so "A inhibits B,
B stimulates C" reads as "A decreases C" (a decrease word on an argument flips its link: "A lowers B, low B
stimulates C" reads as "A increases C").

The named query ``mine_doc_statements`` gives each document's causal statements
(``mine_statements`` where each is read); they are joined here on the thing the
one makes and the next is about (:func:`_joins`: the same quantity, or the next
subject a kind the object was named more narrowly, "the neurotransmitter
dopamine" ... "dopamine", or what was released, "the release of X" ... "X"),
stitched into simple paths of three statements or more (no concept twice),
longest first, each statement in at most one mined chain, at most
``MAX_PER_DOC`` chains per document.  The join is made here, not on the
statements' concept nodes, because one thing written two ways is two nodes.
Everything is written with MERGE on content-hash ids, so mining the same
documents again adds nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from proda.ids import chain_id, normalize_name, singular, step_id
from proda.lexicon import family_of, polarity_of

# families whose statements make a signed causal link (not is_a / part_of / describe ...): the chain states a net
# effect, so "A requires B" (B comes first), "A regulates B" (no sign) and "A carries B" (B is moved, not made) are
# no links -- the families of the benchmark's statement paths (proda.evaluate.bench_paths.PATH_FAMILIES)
FAMILIES = ("cause", "increase", "stimulate", "decrease", "inhibit", "produce", "convert", "remove")
# wordfreq Zipf below which one word names one thing ("oxytocin" 2.8, "hypoxia" 2.8, "socialization" 3.0), not a
# class that statements about different members share ("hormones" 3.8, "enzymes" 3.6, "ions" 3.5, "cells" 4.8)
TECHNICAL_ZIPF = 3.5
MAX_LEN = 6  # statements per mined chain
MAX_PER_DOC = 12
MAX_STATEMENTS = 2000  # causal statements per document joined: a hub-heavy document cannot make the search explode
# words that close a premodifier: a name narrowed by a phrase ("base of the hand") is no kind of its last word
_NOT_MODIFIER = frozenset({"of", "in", "to", "and", "or", "for", "with", "by", "on", "at", "from", "as", "into"})

Progress = Callable[[str, int, int], None]
_NEG = frozenset({"not", "no", "never", "cannot"})


def _lemma(row: dict) -> tuple[str, bool]:
    """Predicate lemma and negation: stored by the extractor, else read from the surface predicate (older graphs:
    "inhibits" -> "inhibit", "is_part_of" -> "be_part_of", "does_not_cross" -> ("cross", negated))."""
    if row.get("lemma"):
        return row["lemma"], False
    from lemminflect import getLemma

    words = (row.get("predicate") or "").replace("_", " ").lower().split()
    negated = any(w in _NEG for w in words)
    words = [w for w in words if w not in _NEG and w not in ("do", "does", "did")]
    if not words:
        return "", negated
    first = (getLemma(words[0], upos="VERB") or (words[0],))[0]
    return "_".join([first] + words[1:]), negated


def _family(row: dict) -> str:
    return row.get("family") or family_of(_lemma(row)[0])


def _polarity(row: dict) -> int:
    if row.get("polarity") is not None:
        return -1 if int(row["polarity"]) < 0 else 1
    lemma, negated = _lemma(row)
    return polarity_of(lemma) * (-1 if negated else 1)


@lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    """The quantity a statement argument names: "increased Y", "higher Y levels", "the level of Y" and "Y" are one
    key (change words and, beside other words, measure nouns dropped; the lists are the chain cues'
    ``[shared]`` data); every other word must match."""
    from proda.ingest.extract.chain_events import concept_name
    from proda.ingest.extract.chain_rules import rules

    r = rules()["shared"]
    words = normalize_name(concept_name(text or "")).split()
    while len(words) > 1 and words[0].endswith("ly"):
        words = words[1:]  # "chronically elevated glucocorticoids": the adverb qualifies the change word
    words = [w for w in words if w not in r["change_words"]]
    measure = {m for n in r["measure_nouns"] for m in (n, n + "s", n[:-1] + "ies" if n.endswith("y") else n + "s")}
    kept = [w for w in words if w not in measure]
    while kept and kept[0] in ("of", "in"):
        kept = kept[1:]
    return " ".join(kept or words)


def _step_ok(row: dict) -> bool:
    """Subject and object read as terms (no "any increases", "which hormone", "same type of receptor"), and the
    statement says that something happens: a negated one ("cannot move across", "does not stimulate") is stored
    with its sign flipped, but saying that A does not raise B is no claim that A lowers it."""
    from proda.ingest.extract.terms import is_term

    if row.get("negated") or _lemma(dict(row, lemma=None))[1]:
        return False
    return all(is_term(_bare(row[k] or "")) for k in ("subject", "object"))


def specific(name: str) -> bool:
    """A concept a chain may pass through: several words, a name or symbol ("ADH", "Ca2+"), or one word rarer than
    ordinary vocabulary ("oxytocin"), never a lone common or class noun such as "cells", "response" or "hormones",
    through which any two statements connect."""
    from proda.ingest.extract.terms import zipf

    n = (name or "").strip()
    if len(n.split()) >= 2 or any(c.isupper() or c.isdigit() for c in n):
        return True
    return bool(n) and n.isalpha() and zipf(n) < TECHNICAL_ZIPF


def _bare(text: str) -> str:
    """An argument without the change words leading it ("increased blood glucose" reads as the term "blood glucose")."""
    from proda.ingest.extract.chain_rules import rules

    words = _strip(text).split()
    while len(words) > 1 and words[0].lower() in rules()["shared"]["change_words"]:
        words = words[1:]
    return " ".join(words)


def _strip(text: str) -> str:
    from proda.ingest.extract.chain_events import concept_name

    return concept_name(text)


def _place(row: dict) -> tuple[int, int]:
    """(chunk order, offset of the quote in the chunk): where the statement is read."""
    pos = (row.get("chunk_text") or "").find(row.get("quote") or "\0")
    return (row.get("ord") or 0, pos if pos >= 0 else 0)


def _links(a: dict, b: dict) -> bool:
    """Does statement ``b`` continue ``a``?  ``b``'s subject is what ``a`` made or changed (``_joins``: not merely the
    same resolved concept), moved the way ``a`` moved it, the event ``a``'s sentence sends its object on to
    (``_within_complement``), within one section, in one chunk or the next."""
    if not _joins(a["object"], b["subject"]):
        return False
    if (a.get("heading") or "") != (b.get("heading") or ""):
        return False
    moved = _direction(b["subject"])
    if moved and moved != _polarity(a) * (_direction(a["object"]) or 1):
        return False  # "insulin reduces blood glucose" is not continued by "rising blood glucose ..."
    if not _within_complement(a, b):
        return False
    # one section, in one chunk or the next either way: a passage may state the effect before its cause ("Like X, Y
    # also enhances Z. ... W secretes X, which increases Y"), across a chunk's end too
    pa, pb = _place(a), _place(b)
    return abs(pb[0] - pa[0]) <= 1


_COMPLEMENT = r"\b{}((?:\s+(?:and|or)\s+(?:the\s+)?[\w-]+){{0,2}})\s+to\s+([a-z]+)\b(.*)"


@lru_cache(maxsize=1 << 14)
def _complement(obj: str, quote: str) -> tuple[str, str] | None:
    """The "to V ..." the quote goes on with after the statement's object (its verb and the rest of the sentence):
    "GnRH stimulates the anterior pituitary to secrete LH" is stored as "GnRH | stimulates | anterior pituitary"."""
    import re

    from lemminflect import getAllLemmas

    words = _strip(obj).split()
    if not words:
        return None
    m = re.search(_COMPLEMENT.format(re.escape(words[-1])), quote, re.I)
    if not m:
        return None
    verb = m.group(2).lower()
    lemmas = getAllLemmas(verb).get("VERB", ())
    return (verb, m.group(3)) if lemmas and lemmas[0] == verb else None


def _within_complement(a: dict, b: dict) -> bool:
    """A statement whose object the sentence sends on to do something ("falling glucose levels trigger the pancreas
    to release glucagon", stored as "... trigger | pancreas") made only that happen: it is continued by that event
    ("pancreas releases glucagon"), never by anything else its object does ("pancreas releases insulin", what it
    does when glucose rises)."""
    comp = _complement(a.get("object") or "", a.get("quote") or "")
    if comp is None:
        return True
    verb, rest = comp
    if _lemma(b)[0].split("_")[0] != verb:
        return False
    said = {singular(w) for w in normalize_name(rest).replace(",", " ").split()}
    return all(singular(w) in said for w in _core(b["object"]).split())


@lru_cache(maxsize=1 << 16)
def _core(text: str) -> str:
    """``_key`` without a noun of making ("release of X", "X secretion" -> "x"; ``[shared] product_nouns``)."""
    from proda.ingest.extract.chain_rules import rules

    nouns = set(rules()["shared"]["product_nouns"])
    words = _key(text).split()
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in nouns and len(words) > 1 and (words[i + 1:i + 2] == ["of"] or i == len(words) - 1):
            i += 2 if words[i + 1:i + 2] == ["of"] else 1
            continue
        out.append(words[i])
        i += 1
    return " ".join(out or words)


def _joins(obj: str, subj: str) -> bool:
    """Is the next statement's subject the thing the statement before made or changed?  The same quantity ("blood
    glucose levels" / "increased blood glucose", ``_key``), counting what was released or secreted as the thing
    itself ("the release of GnRH" / "GnRH", ``_core``), a specific one (``specific``: never a lone class noun);
    or the subject is the object without its premodifiers ("the neurotransmitter dopamine" / "dopamine",
    "obstructive sleep apnea" / "sleep apnea"): what is said of the kind holds of the thing named more narrowly,
    never the other way ("alkalosis" is not continued by "respiratory alkalosis": another kind)."""
    k, kb = _key(obj), _key(subj)
    if k and k == kb:
        return specific(k) or specific(_strip(subj))
    a, b = _core(obj).split(), _core(subj).split()
    if not a or not b or not specific(" ".join(b)):
        return False
    if a == b:
        return True
    extra = a[:len(a) - len(b)]
    return len(a) > len(b) and a[len(a) - len(b):] == b and not _NOT_MODIFIER.intersection(extra)


def _direction(text: str) -> int:
    from proda.ingest.extract.chain_cascades import direction

    return direction((text or "").split())


def _sign(row: dict) -> int:
    """The link's sign between quantities: "low Y stimulates Z" says Y inhibits Z (-1), so a decrease word on the
    subject or the object flips the stated polarity; the chain's sign is the product of these."""
    return _polarity(row) * (-1 if _direction(row["subject"]) < 0 else 1) * (-1 if _direction(row["object"]) < 0 else 1)


def _paths(nxt: dict[str, list[str]], info: dict[str, dict]) -> list[list[str]]:
    """Maximal simple paths (>= 3 statements) over the links ``nxt``, longest first, disjoint in statements."""
    has_prev = {b for bs in nxt.values() for b in bs}
    starts = sorted(s for s in nxt if nxt[s] and s not in has_prev) or sorted(s for s in nxt if nxt[s])
    found: list[list[str]] = []

    def walk(path: list[str], concepts: set[str]) -> None:
        ext = False
        if len(path) < MAX_LEN:
            for b in sorted(nxt.get(path[-1], ())):
                o = info[b]["object_id"]
                if b in path or o in concepts:
                    continue  # no cycle, no concept twice
                ext = True
                walk(path + [b], concepts | {o})
                if len(found) > 5000:
                    return
        if not ext and len(path) >= 3:
            found.append(path)

    for s in starts:
        walk([s], {info[s]["subject_id"], info[s]["object_id"]})
    # longest first; of paths as long, the one whose links are read closest together (a path joined inside one
    # sentence before one that joins two sections' statements on a shared name)
    found.sort(key=lambda p: (-len(p), _spread([info[s] for s in p]), p))
    used: set[str] = set()
    out: list[list[str]] = []
    for p in found:
        if used.isdisjoint(p):
            out.append(p)
            used.update(p)
        if len(out) >= MAX_PER_DOC:
            break
    return out


def _next(info: dict[str, dict]) -> dict[str, list[str]]:
    """The statements that continue each (``_links``).  Every join ends on the same word (``_joins``: the next
    subject is the object itself or its last words), so only statements whose subject ends on the object's last word
    are tried."""
    by_last: dict[str, list[str]] = defaultdict(list)
    for sid, r in info.items():
        words = _core(r["subject"]).split()
        if words:
            by_last[words[-1]].append(sid)
    out = {}
    for a, r in info.items():
        words = _core(r["object"]).split()
        out[a] = [b for b in by_last.get(words[-1], []) if b != a and _links(r, info[b])] if words else []
    return out


def _spread(rows: list[dict]) -> tuple[int, int]:
    """How far apart a path's links are read: chunks crossed, then characters between quotes in one chunk."""
    places = [_place(r) for r in rows]
    return (sum(abs(b[0] - a[0]) for a, b in zip(places, places[1:])),
            sum(abs(b[1] - a[1]) for a, b in zip(places, places[1:]) if a[0] == b[0]))


def _text(row: dict) -> str:
    return " ".join(f"{row['subject']} {(row['predicate'] or '').replace('_', ' ')} {row['object']}".split())


def mine_chains(store, doc_ids: list[str], domain: str = "", progress: Progress | None = None) -> int:
    """Find, name and write the mined chains of ``doc_ids``; returns how many chains the documents have."""
    if not doc_ids:
        return 0
    if progress:
        progress("mine chains", 0, 1)
    ids = sorted({(r["doc"], r["id"]) for r in store.read("mine_doc_statements", docs=sorted(doc_ids),
                                                                families=list(FAMILIES))})
    rows = store.read("mine_statements", rows=[{"doc": d, "id": s} for d, s in ids]) if ids else []
    info: dict[tuple[str, str], dict] = {}
    for r in sorted(rows, key=lambda r: (r["ord"] if r["ord"] is not None else 0, r["chunk"])):
        info.setdefault((r["doc"], r["id"]), r)  # the statement's first chunk in the document
    by_doc: dict[str, dict[str, dict]] = defaultdict(dict)
    for (doc, sid), r in sorted(info.items()):
        if _family(r) in FAMILIES and _step_ok(r) and len(by_doc[doc]) < MAX_STATEMENTS:
            by_doc[doc][sid] = r
    chains, steps, mentions, trans, chain_src, step_src = [], [], [], [], [], []
    names: set[str] = set()
    for doc in sorted(by_doc):
        dinfo = by_doc[doc]
        nxt = _next(dinfo)
        for path in _paths(nxt, dinfo):
            st = [dinfo[s] for s in path]
            sign = 1
            for r in st:
                sign *= _sign(r)
            place = st[0]["heading"] or st[0]["title"] or ""
            name = f"{st[0]['subject']} → {st[-1]['object']}" + (f" ({place})" if place else "")
            base, n = name, 2
            while name.lower() in names:
                name, n = f"{base} #{n}", n + 1
            names.add(name.lower())
            texts = [_text(r) for r in st]
            cid = chain_id(name, texts)
            effect = "increases / enables" if sign > 0 else "decreases / prevents"
            chains.append({"id": cid, "name": name, "domain": domain, "length": len(st), "sign": sign,
                           "about": st[0]["subject_id"],
                           "summary": "; ".join(texts) + f". Net: {st[0]['subject']} {effect} {st[-1]['object']}."})
            chain_src.append({"unit": cid, "chunk": st[0]["chunk"], "quote": st[0]["quote"] or "", "how": "mined"})
            for pos, r in enumerate(st, 1):
                sid = step_id(cid, pos)
                steps.append({"id": sid, "chain_id": cid, "position": pos, "text": texts[pos - 1],
                              "prev": step_id(cid, pos - 1) if pos > 1 else None, "subject": r["subject"],
                              "predicate": (r["predicate"] or "").replace("_", " "), "object": r["object"],
                              "polarity": _polarity(r), "family": _family(r)})
                step_src.append({"unit": sid, "chunk": r["chunk"], "quote": r["quote"] or "", "how": "mined"})
                mentions += [{"step": sid, "concept": c} for c in dict.fromkeys([r["subject_id"], r["object_id"]])]
                if pos > 1:  # the transition into step pos is the statement of step pos (what step pos-1's outcome does)
                    trans.append({"statement": r["id"], "from_step": step_id(cid, pos - 1), "to_step": sid})
    from proda.graphdb.store import write_phase

    write_phase(store, "mine_chains", chains, "mine chains", progress)
    write_phase(store, "mine_steps", steps, "mine chains", progress)
    write_phase(store, "ingest_next_steps", [s for s in steps if s["prev"]], "mine chains", progress)
    write_phase(store, "ingest_step_mentions", mentions, "mine chains", progress)
    write_phase(store, "ingest_statement_steps", trans, "mine chains", progress)
    write_phase(store, "ingest_chain_sources", chain_src, "mine chains", progress)
    write_phase(store, "ingest_step_sources", step_src, "mine chains", progress)
    if progress:
        progress("mine chains", 1, 1)
    return len(chains)
