"""Why each training-item generator refused a statement or a defined concept: the first gate, named, that
``benchmarks/train_funnel.py`` tables.

Why a module of its own: the funnel collects and tables (``train_funnel``); this names refusals.  The quote and
question gates name their own refusals (``KB.unsupported``, ``generators.unaskable``, ``gates.scope_lost``), so they
are asked, not copied here; the rest of each generator's order is walked here, gate by gate, because the generators
answer only with an item or nothing.
"""

from __future__ import annotations

import random

from proda.train.items.generators import unaskable


def open_why(kb, s: dict) -> str:
    from proda.train.items.generators import EFFECT_VERBS, FUNCTION, MECHANISM, NECESSITY

    why = unaskable(kb, s)
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

    why = unaskable(kb, s, open_question=False)
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
        return kb.unsupported(s) or f"true_false:polarity_unknown({s['fam']})"
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
