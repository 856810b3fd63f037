"""Where training items die, per chapter: for every statement, which item types were tried, which gate or generator
refused each (named by its function), and which items were kept; for every defined concept, the same for its
definition item.

Why (task S17-G): judges accept 95-97 % of training items, but a chapter of a social science gave 11 items from 42
statements, all clozes.  The table says at which gate each untaught statement stops, so a change aims at the gate that
loses the most right statements.  Read-only: it reads each KB through the review filter (as `proda build train` does),
builds the candidates in memory at the project's [build] settings and writes nothing.

    python benchmarks/train_funnel.py /tmp/kb-anatomy /tmp/kb-sociology [--json] [--untaught]

Per statement the first refusing gate of each generator is named: ``supported:<part>`` (``KB.supported``, split into
its parts), ``askable:<part>`` (``generators.askable``), ``open:...`` / ``relation:...`` (no open template asks it; ``relations.voice``),
``single_choice:wrong_objects=<n>`` (fewer than three verified distractors), ``true_false:...``, ``multi_select:...``
and ``cloze:<gate>`` (``cloze._cloze`` in its order).  ``--untaught`` lists every statement that gives no item with
its reasons, to read.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def supported_why(kb, s: dict) -> str:
    """The first part of ``KB.supported`` that fails, in its order; "" when the statement is supported."""
    from proda.train.items import kb as K
    from proda.train.items.phrases import complete_np, loose_which, passive_subject
    from proda.train.items.words import _BOUNDARY, _keys, content_words, find_phrase, head_noun, mentions

    if kb.supported(s):
        return ""
    q = s.get("quote") or ""
    if not q:
        return "supported:no_quote"
    if s["subject"].split(" ", 1)[0].lower() in K._NOT_SUBJECT:
        return "supported:pronoun_subject"
    if K._POINTING.search(s["subject"]):
        return "supported:pointing_subject"
    plain = getattr(K, "without_articles", lambda x: x)  # (a tree before S17-G: words as written)
    boundary = getattr(K, "_BOUNDARY_KEYS", _BOUNDARY)
    bare = q if mentions(q, s["object"]) else plain(q)
    if not mentions(bare, s["object"]):
        return "supported:object_not_in_quote"
    if not (mentions(q, s["subject"]) or mentions(plain(q), s["subject"]) or head_noun(s["subject"]) in _keys(q)):
        return "supported:subject_not_in_quote"
    words, offs, n = _keys(bare), find_phrase(s["object"], bare), len(_keys(s["object"]))
    if not any(o + n >= len(words) or words[o + n] in boundary for o in offs):
        return "supported:object_cut_short"
    if not any((o + n >= len(words) or words[o + n] in boundary)
               and not (s["fam"] in K.CAUSAL and "to" in words[o + n: o + n + 4]) for o in offs):
        return "supported:causative_clause_object"
    if not s["neg"] and s.get("polarity") is None and K._NEGATION.search(q):
        return "supported:negation_cue"
    v = s["lemma"].split("_", 1)[0]
    if not complete_np(s["subject"], q, "subject", v):
        return "supported:complete_np(subject)"
    if not complete_np(s["object"], q, "object", v):
        return "supported:complete_np(object)"
    if K._FRAGMENT.match(q.lstrip("\"'“‘(")):
        return "supported:fragment"
    if loose_which(q, v):
        return "supported:loose_which"
    if not s["lemma"].startswith("be_") and passive_subject(s["subject"], q, v):
        return "supported:passive_subject"
    if content_words(s["subject"]) and content_words(s["subject"]) <= content_words(s["object"]):
        return "supported:subject_in_object"
    if re.search(rf"\b(may|might|can|could|cannot)\s+(\w+\s+)?{re.escape(v[:4])}", q, re.I):
        return "supported:modal"
    return "supported:?"


def scope_why(s: dict) -> str:
    from proda.train.items.gates import dropped_qualifier, garbled_formula, heading, spliced

    q = s.get("quote") or ""
    if dropped_qualifier(q, s["lemma"], s["subject"], s["object"]):
        return "keeps_scope:dropped_qualifier"
    if spliced(q, s["subject"]):
        return "keeps_scope:spliced"
    if heading(q):
        return "keeps_scope:heading"
    if garbled_formula(f"{s['subject']} {s['object']} {q}"):
        return "keeps_scope:garbled_formula"
    return ""


def askable_why(kb, s: dict, open_question: bool = True) -> str:
    """The first part of ``generators.askable`` that fails; "" when the statement is askable."""
    from proda.train.items.gates import keeps_scope, passive_agent
    from proda.train.items.phrases import general_word
    from proda.train.items.render import past
    from proda.lexicon.inflect import is_plural

    why = supported_why(kb, s)
    if why:
        return why
    if s["neg"]:
        return "askable:negated"
    if not keeps_scope(s):
        return scope_why(s)
    if past(s):
        return "askable:past"
    if not open_question:
        return ""
    if general_word(s["subject"]) and is_plural(s["subject"]):
        return "askable:general_plural_subject"
    if kb.is_class(s):
        return "askable:class_subject"
    if len(s["subject"].split()) == 1 and passive_agent(s.get("quote") or "", s["lemma"], s["subject"]):
        return "askable:passive_agent"
    from proda.train.items.generators import askable

    return "" if askable(kb, s) else "askable:general_beside_specific"


def open_why(kb, s: dict) -> str:
    from proda.train.items.generators import EFFECT_VERBS, FUNCTION, MECHANISM, NECESSITY

    why = askable_why(kb, s)
    if why:
        return why
    fam, lemma = s["fam"], s["lemma"]
    if fam in FUNCTION and lemma in EFFECT_VERBS or fam in ("connect", "convert") and kb.direct_object(s):
        return "open:function_circular_or_grouped"
    if fam in MECHANISM and lemma in EFFECT_VERBS:
        return "open:mechanism_not_direct_or_circular"
    if fam == "require" and lemma in NECESSITY:
        return "open:requires_circular"
    if fam == "is_a":
        return "open:is_a_not_definition"
    if lemma in ("be", "be_a_kind_of"):
        return f"open:copula_not_is_a({fam})"
    try:
        from proda.train.items.relations import voice
    except ImportError:
        return f"open:no_template_for_family({fam})"

    if s.get("subject_term", True) is False:
        return "relation:subject_no_term"
    return "relation:voice" if not voice(s)[0] else "relation:circular"


def choice_why(kb, s: dict, seed: int) -> str:
    from proda.train.items.render import _rng

    why = askable_why(kb, s, open_question=False)
    if why:
        return why
    if s["fam"] == "is_a" and not kb.grammatical_subject(s):
        return "single_choice:is_a_not_grammatical_subject"
    n = len(kb.wrong_objects(s, _rng(seed, s["id"], "sc"), 3, same_verb=True))
    return f"single_choice:wrong_objects={n}" if n < 3 else "single_choice:?"


def tf_why(kb, s: dict, seed: int) -> str:
    from proda.train.items.claims import claim
    from proda.train.items.render import _rng

    rng = _rng(seed, s["id"], "tf")
    if s["neg"]:
        return "true_false:negated_not_keyable" if not claim(kb, s, True, True, rng) else "true_false:negated_unpaired"
    if not kb.polarity_known(s):
        return supported_why(kb, s) or f"true_false:polarity_unknown({s['fam']})"
    if not kb.wrong_objects(s, random.Random(0), 1):
        return "true_false:no_wrong_object"
    if not claim(kb, s, True, False, rng):
        return "true_false:claim_true_refused"
    if not claim(kb, s, False, False, rng):
        return "true_false:claim_false_refused"
    return "true_false:?"


def ms_why(kb, s: dict) -> str:
    if not kb.usable(s):
        return "multi_select:not_usable"
    return "multi_select:fewer_than_2_usable_or_options"


def cloze_why(kb, s: dict, quotes, docs, concepts, by_quote) -> str:
    """``cloze._cloze``'s refusals in its order, and the chain-neighbourhood and one-per-sentence rules of
    ``cloze_items``."""
    from proda.datasets import normalize_text
    from proda.ingest.extract.definition_unsaid import lost_reference
    from proda.ingest.extract.lexdata import words
    from proda.train.items import cloze as C
    from proda.train.items.cloze_context import _leans_on_context, open_set, swallowed_verb
    from proda.train.items.cloze_lists import cut_list
    from proda.train.items.cloze_referent import leans_on_paragraph
    from proda.train.items.cloze_slots import agent_blank, tail_blank
    from proda.train.items.cloze_stem import broad_class, collection_key, denied, given_measure, thin_stem
    from proda.train.items.phrases import parse
    from proda.train.items.words import content_words

    key = normalize_text(s.get("quote") or "")
    if (s.get("document") or "") in docs or any({t["subject_id"], t["object_id"]} & concepts for t in by_quote[key]):
        return "cloze:near_chains"
    q = (s.get("quote") or "").strip()
    if not q or s.get("chains") or s.get("held_out"):
        return "cloze:chain_or_held_out"
    if not C.sentence_ok(q):
        return "cloze:sentence_ok"
    if not C.whole_in_chunk(kb, s, q):
        return "cloze:whole_in_chunk"
    doc = parse(q)
    chunk = kb.chunks.get(s.get("chunk") or "", "")
    if C._about_elsewhere(doc, chunk, quotes):
        return "cloze:_about_elsewhere"
    if C._dangling_preposition(doc) or lost_reference(q):
        return "cloze:lost_reference"
    got, about = C.blank_span(q, s["object"]), s["subject"]
    if got is None:
        got, about = agent_blank(q, s, C.blank_span), s["object"]
    if got is None:
        got, about = tail_blank(q, s, C.blank_span), s["subject"]
    if got is None:
        return "cloze:blank_span"
    a, b = got
    span = doc[a:b]
    if all(t.pos_ in ("PRON", "DET") or t.is_stop for t in span):
        return "cloze:stopwords_blank"
    if span[0].text.lower() in words("cloze.pointing_openers") or C._points_back(span):
        return "cloze:_points_back"
    if _leans_on_context(doc, span):
        return "cloze:_leans_on_context"
    if leans_on_paragraph(doc, span, chunk, q):
        return "cloze:leans_on_paragraph"
    if thin_stem(doc, span, about, kb.concepts, quotes.count):
        return "cloze:thin_stem"
    for f in (denied, broad_class, collection_key):
        if f(span):
            return f"cloze:{f.__name__}"
    if given_measure(doc, span):
        return "cloze:given_measure"
    if b < len(doc) and (doc[b].tag_ == "POS" or doc[b].lower_ in words("cloze.possessive_markers")):
        return "cloze:possessive_after"
    if open_set(doc, b):
        return "cloze:open_set"
    if swallowed_verb(doc, span):
        return "cloze:swallowed_verb"
    if cut_list(doc, span):
        return "cloze:cut_list"
    got = C._cloze(kb, s, quotes)
    if got is None:
        before, after = doc[:a].text_with_ws if a else "", doc[b:].text if b < len(doc) else ""
        rest = (before + C.BLANK + " " + after)
        mine, theirs = content_words(span.text), content_words(rest)
        if not mine or mine <= theirs:
            return "cloze:answer_in_prompt"
        return "cloze:head_repeated_or_subject_swallowed"
    return "cloze:other_statement_of_sentence_or_one_key"


def definition_why(kb, c: dict, text: str, book, names, taught: set[str]) -> str:
    """The first gate of ``definitions.definition_items`` that refuses concept ``c``'s definition."""
    from proda.ingest.extract.definition_gates import open_ended
    from proda.ingest.extract.definition_unsaid import lost_reference
    from proda.train.items import definitions as D

    if c["id"] in taught:
        return ""
    d, name = (c.get("definition") or "").strip(), (c.get("name") or "").strip()
    if len(d) < 15 or not name:
        return "definition:short"
    if c.get("term") is False:
        return "definition:not_a_term"
    if d.lower().startswith(D._NOT_DEFINITION):
        return "definition:_NOT_DEFINITION"
    if open_ended(d) or lost_reference(d):
        return "definition:open_ended_or_lost_reference"
    if D.clause_name(name):
        return "definition:clause_name"
    if D.gloss_of_term(name, d) is not None:
        return "definition:gloss_refused"
    if d[:1].islower() and D.glossary_entry(d):
        return "definition:glossary_contradicted_or_variant"
    if not D.defines_term(name, d):
        return "definition:defines_term"
    if D.is_remark(name, d):
        return "definition:is_remark"
    if not D.defines(name, d):
        return "definition:defines(genus+differentia)"
    if D.everyday_plural(name):
        return "definition:everyday_plural"
    return "definition:everyday_word/no_term/described/owned_part/garbled or near-duplicate"


def funnel(kb, seed: int, per_statement: int, max_items: int, mix: dict, dedupe: float) -> dict:
    """Per statement and per defined concept of ``kb``: kept items, candidates and refusals (see the module doc)."""
    from proda.datasets import normalize_text
    from proda.train import synth
    from proda.train.items import cloze as C
    from proda.train.items import definitions as D
    from proda.train.items.claims import multi_select, true_false
    from proda.train.items.definitions import definition_items
    from proda.train.items.generators import open_items, single_choice
    try:
        from proda.train.items.relations import relation_items
    except ImportError:  # a tree before S17-G, for a before/after table
        def relation_items(kb, seed):
            return []
    from proda.train.items.render import prepare

    prepare(kb)
    pools = {"definition": definition_items(kb, seed), "open": open_items(kb, seed),
             "relation": relation_items(kb, seed), "cloze": C.cloze_items(kb, seed),
             "single_choice": single_choice(kb, seed), "multi_select": multi_select(kb, seed),
             "true_false": true_false(kb, seed)}
    cand: dict[str, Counter] = defaultdict(Counter)
    for name, drafts in pools.items():
        for d in drafts:
            for sid in d.statement_ids:
                cand[sid][f"{d.type}/{d.subtype}"] += 1
    items, rep = synth.generate(kb, per_statement=per_statement, max_items=max_items, type_mix=mix, seed=seed,
                                dedupe=dedupe)
    kept: dict[str, Counter] = defaultdict(Counter)
    kept_concepts: dict[str, Counter] = defaultdict(Counter)
    for i in items:
        for sid in i.statement_ids:
            kept[sid][f"{i.type}/{i.subtype}"] += 1
        for cid in i.concept_ids:
            kept_concepts[cid][f"{i.type}/{i.subtype}"] += 1
    docs, concepts = C.near_chains(kb)
    quotes = C.Quotes(kb.statements)
    by_quote: dict[str, list[dict]] = defaultdict(list)
    for s in kb.statements:
        by_quote[normalize_text(s.get("quote") or "")].append(s)
    rows = []
    for s in kb.statements:
        r = {"id": s["id"], "chapter": s["chapter"], "triple": f"{s['subject']} | {s['predicate']} | {s['object']}",
             "family": s["fam"], "quote": s.get("quote") or "", "kept": dict(kept.get(s["id"], {})),
             "candidates": dict(cand.get(s["id"], {})), "why": {}}
        tried = {t.split("/")[0] for t in r["candidates"]} | {t.split("/")[0] for t in r["kept"]}
        subtypes = set(r["candidates"])
        if "open_qa/cloze" not in subtypes:
            r["why"]["cloze"] = cloze_why(kb, s, quotes, docs, concepts, by_quote)
        if not subtypes - {"open_qa/cloze"} - {t for t in subtypes if not t.startswith("open_qa")}:
            r["why"]["open"] = open_why(kb, s)
        if "single_choice" not in tried:
            r["why"]["single_choice"] = choice_why(kb, s, seed)
        if "true_false" not in tried:
            r["why"]["true_false"] = tf_why(kb, s, seed)
        if "multi_select" not in tried:
            r["why"]["multi_select"] = ms_why(kb, s)
        if r["candidates"] and not r["kept"]:
            r["why"]["select"] = "select:capped_or_near_duplicate"
        rows.append(r)
    text = " ".join(kb.chunks.values()).lower()
    book = D.sentences("\n".join(kb.chunks.values()))
    names = {(c["name"] or "").strip().lower() for c in kb.concepts}
    defined = []
    taught_defs = {cid for d in pools["definition"] for cid in d.concept_ids[:1]}
    for c in kb.concepts:
        if not (c.get("definition") or "").strip():
            continue
        defined.append({"id": c["id"], "name": c["name"], "definition": c["definition"],
                        "kept": dict(kept_concepts.get(c["id"], {})),
                        "why": definition_why(kb, c, text, book, names, taught_defs)})
    return {"statements": rows, "defined": defined, "report": {"items": rep.items, "types": rep.types,
                                                               "subtypes": rep.subtypes}}


def load(project: Path):
    """The KB as `proda build train` reads it (review verdicts applied), and the project's [build] settings."""
    from proda.config import load_config
    from proda.graphdb.store import open_store
    from proda.review import filter as review_filter
    from proda.train.items.kb import load_kb

    cfg = load_config(project)
    with open_store(cfg) as store:
        kb = load_kb(review_filter.reviewed(store))
    bc = cfg.build
    return kb, dict(seed=bc.seed, per_statement=bc.per_statement, max_items=bc.max_items, mix=dict(bc.type_mix),
                    dedupe=bc.dedupe_jaccard)


def table(res: dict) -> list[str]:
    """Per chapter: statements, taught, items kept by type, and the refusals of the untaught statements per
    generator (the most frequent first)."""
    out = []
    by_ch: dict[str, list[dict]] = defaultdict(list)
    for r in res["statements"]:
        by_ch[r["chapter"]].append(r)
    for ch, rows in sorted(by_ch.items()):
        taught = [r for r in rows if r["kept"]]
        types = Counter(t.split("/")[0] for r in rows for t, n in r["kept"].items() for _ in range(n))
        out.append(f"  {ch}: {len(rows)} statements, {len(taught)} taught "
                   f"({', '.join(f'{k} {v}' for k, v in sorted(types.items())) or '-'} statement-item links)")
        untaught = [r for r in rows if not r["kept"]]
        for gen in ("open", "cloze", "single_choice", "true_false", "multi_select", "select"):
            c = Counter(r["why"][gen] for r in untaught if gen in r["why"])
            if c:
                out.append(f"    {gen:<13} " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    d = res["defined"]
    c = Counter(x["why"] or "taught" for x in d)
    out.append(f"  defined concepts: {len(d)}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kbs", nargs="+", type=Path)
    ap.add_argument("--json", action="store_true", help="every statement's and defined concept's record")
    ap.add_argument("--untaught", action="store_true", help="list the statements that give no item, with reasons")
    a = ap.parse_args(argv)
    res = []
    for p in a.kbs:
        kb, kw = load(p)
        res.append((p, funnel(kb, **kw)))
    if a.json:
        print(json.dumps({str(p): r for p, r in res}, indent=1, default=str))
        return 0
    for p, r in res:
        rows = r["statements"]
        print(f"== {p}: {r['report']['items']} items {r['report']['types']}; {len(rows)} statements, "
              f"{sum(1 for x in rows if x['kept'])} taught")
        print("\n".join(table(r)))
        if a.untaught:
            for x in rows:
                if not x["kept"]:
                    print(f"    - {x['triple']}  [{'; '.join(x['why'].values())}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
