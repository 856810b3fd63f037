"""Termhood: which Concept nodes are L1 concepts (``term = true``) and which are only argument phrases.

Why: every statement endpoint must be a node (statements and chains need both ends), but a teacher accepts as a
concept only what the book treats as a term: an entry of its glossary, a phrase it really defines, a heading that
is a noun phrase, an abbreviation it expands, or a specific phrase that recurs across sections.  An argument
phrase found once ("limited movement", "forceful blow", "George Floyd") stays a node without ``term``; item
generators and the review sample read ``term`` (older graphs without it: ``coalesce(c.term, true)``).

The evidence is stored on the node (``glossary``, ``defined``, ``heading``, ``abbreviation``, ``named``,
``person`` accumulate over ingests; ``chunks``, ``sections``, ``docs`` are recounted over the whole KB's text on
every ingest), so a phrase that recurs in a later document becomes a term and a re-run changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from proda.ids import normalize_name, singular
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.l1_terms import l1_term
from proda.ingest.extract.terms import COMMON_ZIPF, zipf
from proda.ingest.termhood_case import common_nouns
from proda.ingest.termhood_definitions import (DEFINING, NAMING, _fold, full_nlp, name_spans,  # noqa: F401  (re-exported)
                                              valid_definitions)
from proda.models import ConceptDraft

_MAX_NGRAM = 6

# ----------------------------------------------------------------------------- people


def _proper_candidate(name: str) -> bool:
    """A name with a capitalised word that is not an acronym ("George Floyd", "Psychologist Erik Erikson")."""
    return any(w[:1].isupper() and not w.isupper() for w in name.split())


def people(drafts: Iterable[tuple[str, ConceptDraft]], texts: dict[str, str]) -> set[str]:
    """Normalised names that spaCy NER reads as a person (PERSON entity overlapping the name), or as a country,
    place or nation covering the whole name (:func:`_place_or_nation`), in the sentence they
    came from, or, for lower-cased heading names ("mario j. molina"), in the name written in title case."""
    nlp = full_nlp()
    if nlp is None:
        return set()
    jobs: dict[str, str] = {}
    for chunk, d in drafts:
        key = normalize_name(d.name)
        if not key or key in jobs:
            continue
        if _proper_candidate(d.name):
            ctx = d.source_quote if d.name in (d.source_quote or "") else ""
            if not ctx:
                text = texts.get(chunk, "")
                at = text.find(d.name)
                ctx = text[max(0, at - 150):at + len(d.name) + 150] if at >= 0 else d.name
            jobs[key] = ctx
        elif d.how == "heading" and len(d.name.split()) >= 2:
            jobs[key] = d.name.title()
    found = set()
    for (key, _), doc in zip(jobs.items(), nlp.pipe(jobs.values(), batch_size=64)):
        for sp in name_spans(doc, key):
            if _person_named(doc, sp) or _place_or_nation(doc, sp):
                found.add(key)
                break
    return found


def _person_named(doc, sp) -> bool:
    """The name ``sp`` names a person: a PERSON entity holds its head word (the span's root in the parse) or closes
    it after a title ("German chemist Fritz Haber"), and is not a common phrase the sentence capitalised.
    Why: a name with a person in a modifier is an
    eponym, a term of the subject ("Krebs cycle", "Boyle's law", "node of Ranvier", "Schwann cell"); and the small
    model reads a sentence-initial capital as a person ("Spinal cord", "Muscle contraction", "Metabolic acidosis"):
    an entity opening its sentence whose other words are lower case is no person's name, which capitalises each
    word ("Psychologist Erik Erikson" is one).  A one-word name opening its sentence ("Glucose is ...") stays
    undecided here; termhood's count of its lower-case uses decides (:mod:`proda.ingest.termhood_case`)."""
    head = sp.root  # "node of Ranvier": node; "University of Essex professor Paul Whiteley": Whiteley
    for e in doc.ents:
        if e.label_ != "PERSON" or e.end <= sp.start or e.start >= sp.end:
            continue
        # the person closes the name, not inside an "of" phrase ("German chemist Fritz Haber", parsed with the
        # person in apposition to "chemist"; "node of Ranvier" is a node)
        last = e.end >= sp.end and e.start > sp.start and doc[e.start - 1].lower_ != "of"
        if not (e.start <= head.i < e.end or last):
            continue
        rest = [t for t in e if t.i != t.sent.start and t.is_alpha]
        if e.start == e.sent.start and rest and all(t.is_lower for t in rest):
            continue  # "Spinal cord is ...": the sentence's capital, not a name's
        return True
    return False


def _place_or_nation(doc, sp) -> bool:
    """The whole name is a country, place or nationality (spaCy GPE, LOC, NORP): "North Korea is an example of a
    modern state ...", "Native Americans are ... victims": a named example of the prose, not a term (round-3
    audit); a name only partly inside such an entity ("Korean War") stays.  The capital must be the name's own: a
    later word of it capitalised ("North Korea") or the name capitalised inside its sentence, not a common noun
    opening one ("Bursitis is the inflammation of a bursa", which the small model reads as a place)."""
    own = any(t.is_title or t.is_upper for t in sp[1:]) or (sp.start > sp.sent.start and sp[0].is_title)
    doctrine = sp[-1].lower_.endswith(("ism", "ity"))  # "Christianity", "Marxism": a belief the model labels NORP,
    # not a people (review R4 of 33286fd, which gave headings their prose's capitals)
    if own and any((e.label_ in ("GPE", "LOC") or e.label_ == "NORP" and not doctrine) and e.start <= sp.start and
                   sp.end <= e.end for e in doc.ents):
        return True
    return _group_of_nation(doc, sp)


def _group_of_nation(doc, sp) -> bool:
    """A nation's or place's people or things named as examples ("Native American tribes", "Chinese immigrants":
    the entity and one lower-case plural noun after it; audit round 11): the prose's example group, not a term."""
    last = sp[-1]
    if sp.start == sp.sent.start or not sp[0].is_title or not doc[sp.start - 1].is_alpha:
        return False  # "...: Enthalpy changes depend ...": a capital the sentence gave, not the name's (read as a place)
    return len(sp) >= 2 and last.tag_ == "NNS" and last.is_lower and \
        any(e.label_ in ("GPE", "LOC", "NORP") and e.start == sp.start and e.end == sp.end - 1 and
            all(zipf(t.text) >= COMMON_ZIPF - 0.5 for t in e) for e in doc.ents)  # not an eponym: "Purkinje fibers"


# ----------------------------------------------------------------------------- evidence


def evidence_flags(drafts: list[ConceptDraft]) -> dict[str, bool]:
    """The stored evidence one concept's drafts of this run give (OR-ed into the node's flags)."""
    hows = {d.how for d in drafts}
    return {"glossary": "definition_list" in hows,
            "defined": any(d.definition and d.how in DEFINING for d in drafts),
            "heading": "heading" in hows,
            "abbreviation": "abbreviation" in hows,
            "named": bool(hows & NAMING) or any(d.how in ("called", "known_as") and d.aliases for d in drafts)}


_TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-]*|[^\sa-z0-9]")
# an en dash between two letters joins a compound as a hyphen does ("renin–angiotensin–aldosterone system"); names are
# keyed with a hyphen there (ids.normalize_name), so the text is read the same way
_JOINED = re.compile(r"(?<=[^\W\d_])–(?=[^\W\d_])")
VOUCHING = ("glossary", "defined", "heading", "abbreviation", "named", "person")  # evidence beyond recurrence


def _free(toks: list[str], i: int, j: int) -> bool:
    """The phrase ``toks[i:j]`` stands as a noun phrase of its own: no content word right before or after it ("the
    node", "node." are free; "SA node", "node cells" are a longer name of which it is a part).  A word that only
    recurs inside longer names is no term of its own (audit round 5: "node" cut from "sinoatrial (SA) node")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    def bound(t: str | None) -> bool:
        return t is None or not t[0].isalnum() or t in STOP_WORDS or t.isdigit() or t.endswith("'s")

    # "sinoatrial (SA) node": a name goes on past its abbreviation
    return bound(toks[i - 1] if i else None) and (not i or toks[i - 1] != ")") and \
        bound(toks[j] if j < len(toks) else None)


def recurrence(concepts: list[dict], chunks: list[dict]) -> dict[str, dict]:
    """Per concept id: ``chunks``, ``sections`` (distinct document + heading) and ``docs`` whose text names it
    (its name or an alias; the last word in any number).  One pass of word n-grams over every chunk."""
    by_key: dict[str, set[str]] = {}
    for c in concepts:
        for n in [c["name"], *(c.get("aliases") or [])]:
            k = normalize_name(n)
            if k:
                by_key.setdefault(k, set()).add(c["id"])
    hits: dict[str, dict[str, set]] = {c["id"]: {"chunks": set(), "sections": set(), "docs": set(), "free": set()}
                                       for c in concepts}
    for ch in chunks:
        # words and punctuation (for _free); a word after an en dash inside a compound is part of it, not the start of
        # a name: "aldosterone system" cut from "renin–angiotensin–aldosterone system" was a term by recurrence
        # (development KB anatomy 17/22/25, session 17)
        every = _TOKEN.findall(_fold(_JOINED.sub("-", ch.get("text") or "")))
        at = [n for n, t in enumerate(every) if t[0].isalnum()]
        toks = [every[n] for n in at]
        sing = [singular(t) for t in toks]
        seen: set[str] = set()
        for i in range(len(toks)):
            for j in range(i + 1, min(i + _MAX_NGRAM, len(toks)) + 1):
                k = " ".join(toks[i:j - 1] + [sing[j - 1]])
                if k in by_key:
                    seen |= by_key[k]
                    if _free(every, at[i], at[j - 1] + 1):
                        for cid in by_key[k]:
                            hits[cid]["free"].add(ch["id"])
        section = (ch.get("doc_id") or "", ch.get("heading") or "")
        for cid in seen:
            h = hits[cid]
            h["chunks"].add(ch["id"])
            h["sections"].add(section)
            h["docs"].add(section[0])
    return {cid: {k: len(v) for k, v in h.items()} for cid, h in hits.items()}


_FRAMES = ("It is {}.", "It was very {}.", "They are {} and small.", "These {} things are here.")


def adjectives(names: Iterable[str]) -> set[str]:
    """The one-word lower-case names that are an adjective, not a noun: with an adjective's ending
    (``precision.adjective_suffixes``) and tagged an adjective in every frame of :data:`_FRAMES`, where a noun turns
    noun in one of them ("glass", "puberty", "catalyst"; "acid", "solid" lack the ending).  A term is a noun phrase;
    a bare adjective ("ionic", cut from "bonds vary from ionic to covalent", audit round 11) names a property of
    another term."""
    ends = tuple(words("precision.adjective_suffixes"))
    todo = sorted({n for n in names if n.isalpha() and n.islower() and n.endswith(ends)})
    nlp = full_nlp()
    if not todo or nlp is None:
        return set()
    docs = nlp.pipe([f.format(n) for n in todo for f in _FRAMES], batch_size=256)
    tags: dict[str, list[str]] = {}
    for (n, _), doc in zip([(n, f) for n in todo for f in _FRAMES], docs):
        tags.setdefault(n, []).extend(t.tag_ for t in doc if t.text == n)
    return {n for n, ts in tags.items() if len(ts) == len(_FRAMES) and all(t == "JJ" for t in ts)}


def adjective_in_use(name: str, n: dict) -> bool:
    """Whether the frames' verdict of :func:`adjectives` holds: a word the dictionary (lemminflect) knows as an
    adjective ("neural", "lateral") is one; for any other the book's use must agree, the word standing alone in
    under a fifth of the chunks naming it ("ionic" of "ionic bonds").  Why: the small tagger reads a noun it does not
    know, with an adjective's ending, as an adjective in every frame ("phenylephrine", "acetylcholine", "purine"),
    and a noun the dictionary knows ("intestine", "mandible") as well; a noun of the subject stands alone
    ("phenylephrine is ...", "the mandible")."""
    from lemminflect import getAllLemmas

    return "ADJ" in getAllLemmas(name) or int(n.get("free") or 0) * 5 < int(n.get("chunks") or 0)


def modifier_word(name: str, n: dict) -> bool:
    """A one-word lower-case name with an adjective's ending (``precision.adjective_suffixes``,
    ``used_adjective_suffixes``) that stands alone
    in under a fifth of the chunks naming it (``free``, :func:`_free`): the book uses it inside longer names
    ("covalent bonds", "lumbar vertebrae"), it is their modifier, not a term.  Why beside :func:`adjectives`: the
    small tagger reads an adjective it does not know as a noun in every frame ("covalent", "thoracic": audit round
    13), and ``l1_term``'s own standing-alone test is for everyday words only (Zipf >= 3.5).  A rare noun with such
    an ending stands alone ("glutamine is ...", "the capillary") and stays; so does a word the dictionary (lemminflect)
    knows only as a noun, whatever its use ("filament", found by the sweep)."""
    from lemminflect import getAllLemmas

    ends = tuple(words("precision.adjective_suffixes") | words("precision.used_adjective_suffixes"))
    if not (name.isalpha() and name.islower() and name.endswith(ends)):
        return False
    pos = getAllLemmas(name)
    if "NOUN" in pos and "ADJ" not in pos:
        return False  # "filament" (of "thin filament", "intermediate filament"): the dictionary knows only a noun
    return int(n.get("free") or 0) * 5 < int(n.get("chunks") or 0)


def termhood_rows(concepts: list[dict], chunks: list[dict]) -> list[dict]:
    """``{id, name, term, chunks, sections, docs}`` for every concept (see :func:`proda.ingest.extract.l1_terms.l1_term`);
    ``name`` is the node's name, in lower case where only a sentence start capitalised one word
    (:mod:`proda.ingest.termhood_case`); a bare adjective (:func:`adjectives`, :func:`modifier_word`) is no term
    unless the book's glossary lists it or a sentence defines it."""
    counts = recurrence(concepts, chunks)
    common = common_nouns(concepts, chunks)  # "Glucose" named from a sentence start: "glucose", no person
    names = {c["id"]: common.get(c["id"], c["name"]) for c in concepts}
    adj = adjectives(names[c["id"]] for c in concepts if not (c.get("glossary") or c.get("defined")))
    rows = []
    for c in concepts:
        name = names[c["id"]]
        n = counts.get(c["id"], {"chunks": 0, "sections": 0, "docs": 0})
        ev = {k: bool(c.get(k)) for k in VOUCHING}
        ev.update(n)
        ev["person"] = ev["person"] and c["id"] not in common
        bare = (name in adj and adjective_in_use(name, n)) or modifier_word(name, n)
        term = l1_term(name, ev) and (not bare or ev["glossary"] or ev["defined"])
        rows.append({"id": c["id"], "name": name, "term": term, **n})
    return rows
