"""The quote and question gates name what refuses a statement (``KB.unsupported``, ``generators.unaskable``,
``gates.scope_lost``), and the yes/no checks the generators use are those names read as a verdict: the training funnel
(``benchmarks/train_funnel.py``) asks the gates themselves, so its table cannot drift from what the generators do."""

import importlib.util
import sys
from pathlib import Path

from proda.ids import concept_id, statement_id
from proda.train import synth
from proda.train.items.gates import keeps_scope, scope_lost
from proda.train.items.generators import askable, unaskable

ROOT = Path(__file__).resolve().parents[1]


def _kb(quotes: dict[str, str], subject="pressure differential", predicate="causes", obj="blood"):
    rows = [{"id": statement_id(concept_id(subject), predicate, concept_id(obj)) + name, "subject": subject,
             "predicate": predicate, "object": obj, "quote": q, "subject_id": concept_id(subject),
             "object_id": concept_id(obj), "chains": [], "chunk": "k1", "document": "corpus/01-ch/a.html"}
            for name, q in quotes.items()]
    return synth.KB(rows, [], [], {"k1": " ".join(quotes.values())})


QUOTES = {"cut": "A pressure differential causes blood flow.",
          "clause": "A pressure differential causes blood to move.",
          "negated": "A pressure differential does not cause blood.",
          "none": "",
          "plain": "A pressure differential causes blood.",
          "ok": "A pressure differential causes blood, as the text explains."}


def test_unsupported_names_the_first_part_that_fails_and_supported_agrees():
    kb = _kb(QUOTES)
    got = {s["quote"]: kb.unsupported(s) for s in kb.statements}
    assert got == {QUOTES["cut"]: "supported:object_cut_short", QUOTES["clause"]: "supported:causative_clause_object",
                   QUOTES["negated"]: "supported:negation_cue", "": "supported:no_quote",
                   QUOTES["plain"]: "", QUOTES["ok"]: ""}
    for s in kb.statements:
        assert kb.supported(s) is (kb.unsupported(s) == "")


def test_a_pointing_subject_is_named():
    kb = _kb({"p": "These vessels carry blood."}, subject="these vessels", predicate="carry")
    assert kb.unsupported(kb.statements[0]) == "supported:pronoun_subject"
    kb = _kb({"p": "The walls of such vessels carry blood."}, subject="walls of such vessels", predicate="carry")
    assert kb.unsupported(kb.statements[0]) == "supported:pointing_subject"


def test_unaskable_names_the_gate_and_askable_agrees():
    kb = _kb({"ok": QUOTES["ok"], "cut": QUOTES["cut"]})
    ok, cut = kb.statements
    assert unaskable(kb, cut) == "supported:object_cut_short" and not askable(kb, cut)
    ok["neg"] = True
    assert unaskable(kb, ok) == "askable:negated" and not askable(kb, ok)
    ok["neg"] = False
    assert askable(kb, ok, open_question=False) is (unaskable(kb, ok, open_question=False) == "")
    assert scope_lost(ok) == "" and keeps_scope(ok)


def test_the_funnel_script_loads_its_refusals_module_by_path():
    spec = importlib.util.spec_from_file_location("bench_script_train_funnel", ROOT / "benchmarks" / "train_funnel.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    assert mod.open_why.__module__ == "train_refusals" and callable(mod.funnel)


def test_the_cloze_names_the_gate_that_refuses_it_and_cloze_agrees():
    from proda.train.items import cloze as C

    rows = {"good": ("insulin", "lowers", "blood glucose", "Insulin lowers blood glucose after a meal."),
            "pronoun": ("it", "lowers", "glucose", "It lowers glucose.")}
    kb = synth.KB([{"id": name, "subject": s, "predicate": p, "object": o, "quote": q, "subject_id": concept_id(s),
                    "object_id": concept_id(o), "chains": [], "chunk": "k1", "document": "corpus/01-ch/a.html"}
                   for name, (s, p, o, q) in rows.items()], [], [], {"k1": " ".join(r[3] for r in rows.values())})
    quotes = C.Quotes(kb.statements)
    good, pronoun = kb.statements
    assert C.blank_or_refusal(kb, good, quotes) == C._cloze(kb, good, quotes) == ("Insulin lowers _____.",
                                                                                 "blood glucose after a meal", 2, 7)
    assert C.blank_or_refusal(kb, pronoun, quotes) == "cloze:sentence_ok" and C._cloze(kb, pronoun, quotes) is None
    good["chains"] = ["ch1"]
    assert C.blank_or_refusal(kb, good, quotes) == "cloze:chain_or_held_out"


def test_a_definition_names_the_gate_that_refuses_it_and_definition_items_agree():
    from proda.train.items.definitions import definition_answer, definition_items
    from proda.train.items.gloss_check import sentences
    from tests.items_util import kb_of

    osmosis = "Osmosis is the movement of water across a selectively permeable membrane."
    concepts = [{"id": concept_id("osmosis"), "name": "osmosis", "definition": osmosis, "term": True},
                {"id": concept_id("diffusion"), "name": "diffusion", "definition": "too short", "term": True},
                {"id": concept_id("water"), "name": "water", "definition": osmosis, "term": False}]
    kb = kb_of([("osmosis", "be", "movement of water across a selectively permeable membrane", osmosis)],
               concepts=concepts)
    text = " ".join(kb.chunks.values()).lower()
    book, names = sentences("\n".join(kb.chunks.values())), {c["name"] for c in concepts}
    got = {c["name"]: definition_answer(kb, c, text, book, names) for c in kb.concepts}
    assert got == {"osmosis": (osmosis, ""), "diffusion": (None, "definition:short"),
                   "water": (None, "definition:not_a_term")}
    assert [(d.concept_ids, d.explanation) for d in definition_items(kb, 0)] == [([concept_id("osmosis")], osmosis)]
