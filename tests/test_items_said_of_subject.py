"""Issue 12 (blind round 23): a wrong option, or the object that replaces the key in a true/false claim keyed False,
must not be said of the item's subject anywhere in the chapter.  "The cerebral aqueduct passes through the
diencephalon" was keyed False: the key's chunk does not name the diencephalon beside the aqueduct, but another chunk
says "the diencephalon, which opens into the cerebral aqueduct".  Invented sentences, anatomy and political science."""

import random

from proda.ids import concept_id, statement_id
from proda.train import synth
from proda.train.items.said_of import said_of_subject


def _kb(chunks):
    """Several chunks of one chapter: {chunk id: [(subject, predicate, object, quote), ...]}; a row with subject None
    is a sentence of the chunk that gave no statement."""
    out, texts = [], {}
    for k, rows in chunks.items():
        texts[k] = " ".join(r[3] for r in rows)
        for s, p, o, q in rows:
            if s:
                out.append({"id": statement_id(concept_id(s), p, concept_id(o)), "subject": s, "predicate": p,
                            "object": o, "quote": q, "subject_id": concept_id(s), "object_id": concept_id(o),
                            "chains": [], "chunk": k, "document": "corpus/01-ch/a.html"})
    return synth.KB(out, [], [], texts)


def _wrong(kb, obj):
    key = next(s for s in kb.statements if s["object"] == obj)
    return {t for _, t in kb.wrong_objects(key, random.Random(0), 10, same_verb=True)}


CANAL = {"k1": [("central canal", "passes through", "the pons and medulla",
                 "The central canal opens below the roof plate and passes through the pons and medulla."),
                ("optic tract", "passes through", "the forebrain", "The optic tract passes through the forebrain."),
                ("spinal nerves", "pass through", "the vertebral foramina",
                 "The spinal nerves pass through the vertebral foramina.")],
         "k2": [("forebrain", "opens into", "the central canal that passes through the pons and medulla",
                 "The forebrain is hollow, and it opens into the central canal that passes through the pons and "
                 "medulla.")]}


def test_a_statement_elsewhere_in_the_chapter_relating_the_two_refuses_the_option():
    """Another chunk's statement links the candidate and the subject (either way round, any verb)."""
    wrong = _wrong(_kb(CANAL), "the pons and medulla")
    assert "the forebrain" not in wrong
    assert "the vertebral foramina" in wrong  # unrelated to the canal anywhere: a fair wrong option


def test_a_sentence_elsewhere_naming_both_refuses_the_option():
    """Political science: a sentence of another chunk that gave no statement ("the annual budget is debated at the
    national convention") names both: the budget may be approved there too, so it is no sure wrong option."""
    kb = _kb({"k1": [("national convention", "approves", "the party platform",
                      "The national convention approves the party platform."),
                     ("state legislature", "approves", "the annual budget",
                      "The state legislature approves the annual budget."),
                     ("supreme court", "approves", "the rules of procedure",
                      "The supreme court approves the rules of procedure.")],
              "k2": [("primary ballot", "names", "the delegates", "The primary ballot names the delegates."),
                     (None, "", "", "In some years the annual budget is debated at the national convention too.")]})
    wrong = _wrong(kb, "the party platform")
    assert "the annual budget" not in wrong
    assert "the rules of procedure" in wrong


def test_a_sentence_that_sets_the_two_against_each_other_ties_nothing():
    """"Unlike the national convention, the state legislature approves the annual budget": the budget is what the
    convention does not approve, a fair wrong option (the named tie would refuse it without the contrast guard)."""
    kb = _kb({"k1": [("national convention", "approves", "the party platform",
                      "The national convention approves the party platform."),
                     ("state legislature", "approves", "the annual budget",
                      "The state legislature approves the annual budget.")],
              "k2": [("primary ballot", "names", "the delegates",
                      "Unlike the national convention, the governor signs the annual budget each spring.")]})
    s = next(t for t in kb.statements if t["object"] == "the party platform")
    assert said_of_subject(kb, s, "the annual budget") == ""
    assert "the annual budget" in _wrong(kb, "the party platform")


def test_an_also_continuation_in_another_sentence_of_the_subject_refuses_the_option():
    """"The parietal lobe also has regions vital for memory" (another chunk) makes "neurons important in memory"
    maybe true of the parietal lobe."""
    kb = _kb({"k1": [("parietal lobe", "contains", "the somatosensory cortex for touch",
                      "The parietal lobe contains the somatosensory cortex for touch."),
                     ("hippocampus", "contains", "neurons that are important in memory",
                      "The hippocampus contains neurons that are important in memory."),
                     ("brainstem", "contains", "nuclei of the cranial nerve pairs",
                      "The brainstem contains nuclei of the cranial nerve pairs.")],
              "k2": [("parietal lobe", "receives", "input from the thalamus",
                      "The parietal lobe receives input from the thalamus and also has regions vital for memory.")]})
    wrong = _wrong(kb, "the somatosensory cortex for touch")
    assert "neurons that are important in memory" not in wrong
    assert "nuclei of the cranial nerve pairs" in wrong


def test_a_table_row_naming_both_ties_nothing():
    """A table names things side by side ("Forebrain | Pons | ..."): no relation of the two is stated."""
    kb = _kb({"k1": CANAL["k1"],
              "k2": [("neural plate", "forms", "the neural tube", "The neural plate forms the neural tube."),
                     (None, "", "", "Region | Central canal | Vertebral foramina\nAdult | Pons | Spine")]})
    s = next(t for t in kb.statements if t["object"] == "the pons and medulla")
    assert said_of_subject(kb, s, "the vertebral foramina") == ""
    assert "the vertebral foramina" in _wrong(kb, "the pons and medulla")


def test_the_false_claim_of_the_round23_shape_is_not_built():
    """The true/false claim keyed False draws its replacement through the same check: "The cerebral aqueduct passes
    through the diencephalon" is not built where another chunk says the diencephalon opens into the aqueduct."""
    from proda.train.items.claims import claim
    from proda.train.items.render import prepare

    rows = {"k1": [("cerebral aqueduct", "passes through", "mesencephalon",
                    "The cerebral aqueduct opens below the roof plate and passes through the mesencephalon."),
                   ("optic tract", "passes through", "diencephalon", "The optic tract passes through the diencephalon.")],
            "k2": [("diencephalon", "opens into", "cerebral aqueduct",
                    "The diencephalon is hollow, and it opens into the cerebral aqueduct.")]}
    kb = _kb(rows)
    prepare(kb)
    s = next(t for t in kb.statements if t["object"] == "mesencephalon")
    got = {claim(kb, s, False, False, random.Random(seed)) for seed in range(5)}
    assert got == {None}
    del rows["k2"]  # nothing elsewhere ties them: the replacement is drawn (the test can fail)
    kb = _kb(rows)
    prepare(kb)
    s = next(t for t in kb.statements if t["object"] == "mesencephalon")
    assert claim(kb, s, False, False, random.Random(0)) == (
        "The cerebral aqueduct passes through the diencephalon", "object_replacement")
