"""Benchmark items that compose two taught units: a concept named only by its definition, asked about one of its
statements ("bridge" items).

Why: the chain items need L3 chains, and most chapters outside anatomy have none (issue 12: a chapter with
statements and definitions got no test at all, and `proda build bench` failed on a KB without chains).  Training
teaches "X is D" (a definition item) and "X secretes Y" (a statement item) separately; the bridge item asks "Which
of the following does the D secrete?".  It repeats no training item (the question never names X), and a model
answers it only by joining what it was taught: what the benchmark is for (tests of use, not of recall).

Why not transitive composition over structural families ("A is part of B; B is part of C"): on four development KBs
(anatomy 17/22/25, chemistry 13/17/20, sociology and political science prose, three chapters each; 2026-12-02) 27
pairs of statements of one structural family (is_a, part_of, contain, protect, connect) share a concept, object of
one and subject of the next; 4 have both statements past the training gates, and none is a transitive chain: the
``is_a`` family holds every "be + X" predicate ("laryngopharynx is inferior to oropharynx" + "oropharynx is a
passageway for air and food", "ascending loop is impervious to water" + "most water is recovered in ...").

What makes a bridge valid (each gate below is one way a bridge was read wrong or could be):

* the definition is the one the training data teaches (``definitions.definition_items``: a sentence or glossary
  entry that says what X is), written as a noun phrase "the D" (its asides in brackets dropped, no ";" second
  clause), and it does not contain X's name;
* it identifies X: at least ``MIN_WORDS`` content words, and no other concept of the KB has a definition of nearly
  the same words (two concepts described alike would make the question ambiguous);
* the statement is about X itself (its subject is X's name, not "X used in medicine"), it is askable as a training
  statement question (``generators.askable``: supported, affirmative, in scope, not about a class, not past) and
  of a family that says something beyond what X is (not ``is_a``: a second classification of X beside its
  definition reads as a paraphrase of it, and ``describe`` verbs report what a text says);
* the definition gives nothing away: it shares no content word with the key or with any distractor;
* distractors come from ``KB.wrong_objects`` as the training single-choice items do (the same chapter, the same
  verb, the same kind of thing, false for X under every predicate of the family, not named beside X in the source
  chunk), drawn with the bridge's own seed, and lengths fitted the same way; where the verb has fewer than three,
  objects of the same family, except for verbs of open-ended effect (``_wrong``).

Measured (2026-12-02, the four development KBs above, `[build] bridge_items = true`): 0 items.  Of 407 taught
definitions 320 give an identifying phrase; their concepts are the subject of 233 statements, of which 81 are
``is_a`` and 56 have a narrower subject ("ADH at high levels"), 71 fail the training gates (a list member, a
passive, a modal), 12 hold the key in the definition, and the 13 left have fewer than three verified wrong objects
(with any family's objects two had three: one read right, one offered "blood pressure" as what the adrenal cortex
does not influence).  So the setting is off: it builds what it can (a KB without chains gets a benchmark where a bridge
stands), and it says what it refused (``BridgeReport.refused``, shown by `proda build bench`).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field

from proda.datasets import jaccard
from proda.evaluate.bench_place import place_bridges
from proda.ingest.extract.lexdata import words
from proda.lexicon.inflect import base, conjugate, is_plural
from proda.models import BenchItem
from proda.train.items.definitions import definition_items
from proda.train.items.generators import askable
from proda.train.items.kb import KB
from proda.train.items.phrases import parse
from proda.train.items.text import cap
from proda.train.items.words import _contains, _keys, content_words, shares_content_word

MIN_WORDS = 3  # content words a definition needs to single out its concept
NEAR = 0.75  # two definitions sharing this share of their content words describe alike (ambiguous)
PER_CONCEPT = 2  # at most this many bridge items about one concept (one concept does not fill a chapter)
SKIP_FAMILIES = ("is_a", "describe")
_LEAD = re.compile(r"^(?:(?:the|a|an)\s+)?(?P<name>.+?)\s+(?:is|are|refers to|refer to|means|mean|denotes|denote)\s+"
                   r"(?:(?:a|an|the)\s+)?(?P<rest>.+)$", re.I | re.S)
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9+-]{1,6}s?")
_BRACKETS = re.compile(r"\s*\([^()]*\)")


@dataclass
class BridgeReport:
    definitions: int = 0  # concepts with a definition the training data teaches
    phrases: int = 0  # ... written as a noun phrase that identifies the concept
    statements: int = 0  # statements about such a concept looked at
    items: int = 0
    refused: dict = field(default_factory=dict)  # why a candidate gave no item
    per_chapter: dict = field(default_factory=dict)


def phrase_of(name: str, answer: str) -> str | None:
    """The definition item's answer as the noun phrase "the D", or None when it is of no form read here.
    ``answer`` is "Name: gloss." (a glossary entry) or "Name is/are (a) D." (a sentence that defines the name)."""
    head = f"{cap(name)}: "
    if answer.startswith(head):
        d = answer[len(head):]
    else:
        m = _LEAD.match(answer)
        if not m or _keys(m.group("name")) != _keys(name):
            return None
        d = m.group("rest")
    d = _BRACKETS.sub("", d).strip().rstrip(".").strip()
    d = re.sub(r"^(?:the|a|an)\s+", "", d, flags=re.I)
    if not d or ";" in d or ":" in d or "(" in d or ")" in d:
        return None  # "skeletal muscle; must be relaxed ...": a second clause, no noun phrase
    return "the " + d


def phrases(kb: KB, seed: int, rep: BridgeReport) -> dict[str, str]:
    """Concept id -> "the D" for each concept whose taught definition identifies it (see the module docstring)."""
    names = {c["id"]: c["name"] for c in kb.concepts}
    got: dict[str, str] = {}
    for d in definition_items(kb, seed):
        cid = d.concept_ids[0] if d.concept_ids else ""
        if cid not in names or cid in got:
            continue
        rep.definitions += 1
        p = phrase_of(names[cid], d.explanation)
        if p is None:
            _refuse(rep, "definition_form")
        elif _contains(_keys(p), _keys(names[cid])):
            _refuse(rep, "definition_names_term")
        elif len(content_words(p)) < MIN_WORDS:
            _refuse(rep, "definition_short")
        else:
            got[cid] = p
    words = {cid: content_words(p) for cid, p in got.items()}
    alike = {a for a in got for b in got if a != b and _keys(names[a]) != _keys(names[b])
             and jaccard(words[a], words[b]) >= NEAR}
    for cid in alike:  # two concepts described alike: neither definition singles out its concept
        _refuse(rep, "definition_ambiguous")
        del got[cid]
    rep.phrases = len(got)
    return got


def _refuse(rep: BridgeReport, why: str) -> None:
    rep.refused[why] = rep.refused.get(why, 0) + 1


def _same_name(subject: str, name: str) -> bool:
    """The statement is about the concept itself: its subject is the concept's name (number aside) or, the
    extractor having linked it to this concept, its abbreviation alone ("ACTH" for "adrenocorticotropic hormone");
    not the name with a phrase narrowing it ("ADH at high levels", "radioisotopes used in medicine")."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", subject.strip(), flags=re.I)
    return _keys(bare) == _keys(name) or bool(_ABBREVIATION.fullmatch(bare))


def plural(np_: str) -> bool:
    """The number of "the D" as its head noun says (parsed: "the peptide hormone produced and secreted by the
    glands" is singular, "the cells, tissues, and organs that secrete ..." plural), for the verb's agreement."""
    chunks = list(parse(np_).noun_chunks)
    root = chunks[0].root if chunks else None
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return is_plural(np_)
    return root.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in root.children)


def question(np_: str, lemma: str) -> str:
    """"Which of the following does the D secrete?" (as the training single-choice stem, the term replaced by "the
    D"); a "be" predicate: "According to the text, the D is <predicate> which of these?"."""
    many = plural(np_)
    if lemma == "be" or lemma.startswith("be_"):
        return cap(f"according to the text, {np_} {conjugate(lemma, many)} which of these?")
    return f"Which of the following {'do' if many else 'does'} {np_} {base(lemma)}?"


def generate(kb: KB, *, seed: int = 0, titles: dict[str, str] | None = None, domain: str = "",
             per_concept: int = PER_CONCEPT) -> tuple[list[BenchItem], BridgeReport]:
    """Bridge items from a training KB (``proda.train.items.kb.load_kb``); ``titles``: statement id -> its
    document's title (for per-chapter results, as chain items store it).  Deterministic for a seed."""
    rep = BridgeReport()
    np_of = phrases(kb, seed, rep)
    names = {c["id"]: c["name"] for c in kb.concepts}
    chosen: list[tuple[dict, str, list[str]]] = []
    per: Counter = Counter()
    for cid in sorted(np_of):
        p = np_of[cid]
        stmts = sorted((s for s in kb.by_concept.get(cid, []) if s["subject_id"] == cid), key=lambda s: s["id"])
        random.Random(f"{seed}:bridge:{cid}").shuffle(stmts)
        for s in stmts:
            if per[cid] >= per_concept:
                break
            rep.statements += 1
            why = _gate(kb, s, names[cid], p)
            if why:
                _refuse(rep, why)
                continue
            rng = random.Random(f"{seed}:bridge:{s['id']}")
            wrong = _wrong(kb, s, p, rng)
            if len(wrong) < 3:
                _refuse(rep, "few_distractors")
                continue
            chosen.append((s, question(p, s["lemma"]), [s["object"]] + [w for _, w in wrong]))
            per[cid] += 1
    items = place_bridges(chosen, seed, titles or {}, domain)
    rep.items = len(items)
    rep.per_chapter = dict(sorted(Counter(s["chapter"] for s, _, _ in chosen).items()))
    return items, rep


def _wrong(kb: KB, s: dict, p: str, rng: random.Random) -> list[tuple[str, str]]:
    """Three wrong objects: objects of the same verb first (as the training single-choice items), then of the same
    family (``KB.wrong_objects`` verifies each false under every predicate of the family), none sharing a content
    word with the definition phrase (it would point at or away from an option).  Not of the same family for a verb
    of open-ended effect ("influences", "inhibits"): a KB never lists all a thing affects, so another effect it
    does not state is no sure wrong option (read on the development KBs: "blood pressure" offered as what the adrenal
    cortex does not influence)."""
    out = [w for w in kb.wrong_objects(s, rng, 6, same_verb=True) if not shares_content_word(w[1], p)][:3]
    if len(out) < 3 and s["fam"] not in _open_families():
        more = kb.wrong_objects(s, rng, 8, exclude={k for k, _ in out})
        out += [w for w in more if not shares_content_word(w[1], p) and w[1] not in {t for _, t in out}]
    return out[:3]


def _open_families() -> set[str]:
    """Families of open-ended effect: the cloze's list, and "control" ("influence", "affect", "regulate")."""
    return set(words("cloze.open_effect_families")) | {"control"}


def _gate(kb: KB, s: dict, name: str, p: str) -> str:
    """Why statement ``s`` of the concept named ``name`` (defined as ``p``) gives no bridge item, or ""."""
    if not _same_name(s["subject"], name):
        return "subject_not_term"  # "radioisotopes used in medicine" is no "isotope that is unstable ..."
    if s["fam"] in SKIP_FAMILIES:
        return "family_" + s["fam"]
    if not askable(kb, s, open_question=False) or kb.is_class(s):
        return "not_askable"  # as the training single-choice items; a class ("hormones") has members the
        # statement need not hold for
    if shares_content_word(s["object"], p):
        return "key_in_definition"  # "the cell type that produces insulin" asked what it produces
    return ""


def extend(store, items: list[BenchItem], rep, links: list[dict], seed: int):
    """``bench.build``'s hook: the store's bridge items added to the chain items and to the report (``rep`` a
    ``bench.BenchReport``: its counts, positions and per-chapter figures then cover both; ``rep.bridges`` says what
    the bridges gave and why the rest was refused, so a KB that gives none says so)."""
    from proda.evaluate.bench import tally
    from proda.train.items.kb import load_kb

    titles = {r["id"]: r.get("document") or "" for r in links}
    new, br = generate(load_kb(store), seed=seed, titles=titles)
    items = sorted(items + new, key=lambda i: i.id)
    tally(rep, items)
    per = Counter(rep.per_chapter)
    per.update(br.per_chapter)
    rep.per_chapter = dict(sorted(per.items()))
    rep.bridges = br.__dict__
    return items, rep


__all__ = ["generate", "extend", "phrases", "phrase_of", "question", "BridgeReport"]
