"""Why each training-item generator refused a statement or a defined concept: the first gate, named, that
``benchmarks/train_funnel.py`` tables.

Why a module of its own: the funnel collects and tables (``train_funnel``); this names refusals.  The quote and
question gates and the cloze name their own refusals (``KB.unsupported``, ``generators.unaskable``,
``gates.scope_lost``, ``cloze.blank_or_refusal``), so they are asked, not copied here; the rest of each generator's
order is walked here, gate by gate, because those generators answer only with an item or nothing.
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
    """The chain-neighbourhood rule of ``cloze.cloze_items``, then the gate of ``cloze.blank_or_refusal`` that
    refuses the statement's cloze; a cloze that exists but was not kept lost to another statement of its sentence
    (one cloze per sentence) or to ``cloze.one_key``."""
    from proda.datasets import normalize_text
    from proda.train.items import cloze as C

    key = normalize_text(s.get("quote") or "")
    if (s.get("document") or "") in docs or any({t["subject_id"], t["object_id"]} & concepts for t in by_quote[key]):
        return "cloze:near_chains"
    got = C.blank_or_refusal(kb, s, quotes)
    return got if isinstance(got, str) else "cloze:other_statement_of_sentence_or_one_key"


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
