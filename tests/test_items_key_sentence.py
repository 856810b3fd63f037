"""Issue 12: a wrong option that the key's own sentence makes true.  "The temporal lobe contains the auditory cortex,
but also has regions crucial for memory formation" keys "auditory cortex"; "nuclei important in learning and memory"
(another subject's object) is then true of the temporal lobe by the same sentence, so it is never offered as wrong."""

import random

from proda.ids import concept_id, statement_id
from proda.train import synth
from proda.train.items.words import echoes


def _kb(rows):
    """One chunk, one chapter: each row (subject, predicate, object, quote)."""
    out = [{"id": statement_id(concept_id(s), p, concept_id(o)), "subject": s, "predicate": p, "object": o,
            "quote": q, "subject_id": concept_id(s), "object_id": concept_id(o), "chains": [], "chunk": "k1",
            "document": "corpus/01-ch/a.html"} for s, p, o, q in rows]
    return synth.KB(out, [], [], {"k1": " ".join(r["quote"] for r in out)})


def _wrong(kb, obj):
    key = next(s for s in kb.statements if s["object"] == obj)
    return {t for _, t in kb.wrong_objects(key, random.Random(0), 10)}


BRAIN = [("parietal lobe", "contains", "the somatosensory cortex for touch",
          "The parietal lobe contains the somatosensory cortex for touch, but also has regions vital for memory."),
         ("hippocampus", "contains", "neurons that are important in memory",
          "The hippocampus contains neurons that are important in memory."),
         ("occipital lobe", "contains", "the primary visual cortex area",
          "The occipital lobe contains the primary visual cortex area."),
         ("cerebellum", "contains", "the Purkinje neurons of the cortex",
          "The cerebellum contains the Purkinje neurons of the cortex."),
         ("brainstem", "contains", "nuclei of the cranial nerve pairs",
          "The brainstem contains nuclei of the cranial nerve pairs.")]

PARTIES = [("county caucus", "selects", "candidates for the state legislature",
            "The county caucus selects candidates for the state legislature, and it also drafts the platform."),
           ("national convention", "selects", "the platform of the national party",
            "The national convention selects the platform of the national party."),
           ("primary election", "selects", "nominees for the general ballot",
            "The primary election selects nominees for the general ballot."),
           ("electoral college", "selects", "the president of the republic",
            "The electoral college selects the president of the republic.")]


def test_an_option_the_keys_sentence_says_of_the_subject_is_not_offered():
    """Anatomy: "regions vital for memory" in the key's sentence makes the hippocampus's object true of it."""
    wrong = _wrong(_kb(BRAIN), "the somatosensory cortex for touch")
    assert "neurons that are important in memory" not in wrong
    assert "nuclei of the cranial nerve pairs" in wrong  # an option the sentence does not touch stays


def test_the_same_in_a_second_discipline():
    """Political science: "it also drafts the platform" makes "the platform of the national party" maybe true."""
    wrong = _wrong(_kb(PARTIES), "candidates for the state legislature")
    assert "the platform of the national party" not in wrong
    assert "the president of the republic" in wrong


def test_the_keys_own_words_and_common_words_tie_nothing():
    """Words of the key's subject and object, stop words and very common words ("important") are no echo."""
    q = "The parietal lobe contains the somatosensory cortex, which is important."
    assert echoes("nuclei important in learning and memory", q, ["parietal lobe", "somatosensory cortex"]) == set()
    assert echoes("the motor cortex", q, ["parietal lobe", "somatosensory cortex", "contains"]) == set()
    assert echoes("regions for memory", q + " It also has memory regions.", ["parietal lobe"]) == {"memory", "regions"}


def test_a_shared_noun_of_an_earlier_clause_does_not_refuse_a_fair_option():
    """"supports the ankle joint and also resists eversion": the key is what follows "also"; "joint" before it says
    nothing of "friction between bones of the joint", which stays a fair wrong option."""
    kb = _kb([("deltoid ligament", "resists", "excessive eversion of the foot",
               "The deltoid ligament supports the ankle joint and also resists excessive eversion of the foot."),
              ("articular cartilage", "resists", "friction between bones of the joint",
               "The articular cartilage resists friction between bones of the joint."),
              ("quadriceps tendon", "resists", "hyperextension of the knee",
               "The quadriceps tendon resists hyperextension of the knee.")])
    assert "friction between bones of the joint" in _wrong(kb, "excessive eversion of the foot")
