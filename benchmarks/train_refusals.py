"""Why each training-item generator refused a statement or a defined concept: the first gate, named, that
``benchmarks/train_funnel.py`` tables.

Why a module of its own: the funnel collects and tables (``train_funnel``); this names refusals.  The quote and
question gates, the cloze and the definition items name their own refusals (``KB.unsupported``,
``generators.unaskable``, ``gates.scope_lost``, ``cloze.blank_or_refusal``, ``definitions.definition_answer``), so
they are asked, not copied here; the rest of each generator's order is walked here, gate by gate, because those
generators answer only with an item or nothing.
"""

from __future__ import annotations

import random

from proda.train.items.generators import unaskable


def open_why(kb, s: dict) -> str:
    """Which open template would ask ``s`` (a function, mechanism or requirement question, a definition of an is-a
    statement) and so refused it, else why ``relations`` gave no relation question."""
    from proda.train.items.generators import EFFECT_VERBS, FUNCTION, MECHANISM, NECESSITY
    from proda.train.items.relations import voice

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
    """The gate of ``definitions.definition_answer`` that refuses concept ``c``'s definition; "" when taught."""
    from proda.train.items.definitions import definition_answer

    if c["id"] in taught:
        return ""
    return definition_answer(kb, c, text, book, names)[1] or "definition:answered_not_drafted"
