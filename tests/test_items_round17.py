"""Training items, reviewer R15 (2026-11-30): a relation genus that names a class when an indefinite article and its
own restricting clause come with it ("A polling place is a place where ..."), and cloze stems whose "the" subject is
a relation or evaluative noun ("The function of the heart is _____.").  Invented sentences; each refusal has a kept
sibling."""

from __future__ import annotations

from proda.ids import concept_id
from tests.test_items_round13 import answers


# --- 1: "a place where ...", "a member of X who ...": a class noun with its own restriction defines ----------------

def test_an_indefinite_relation_genus_with_its_own_restriction_defines():
    """6848ecc merged the relation genera and lost "A polling place is a place where voters cast their ballots",
    "A senator is a member of the Senate who represents a state", "The Doppler effect is an effect in which ...",
    "A node is a center of electrical activity in the heart": an indefinite class noun narrowed by its own clause or
    phrase says what X is."""
    got = answers({"name": "voting booth", "definition": "A voting booth is a place where citizens mark their "
                   "ballots in private."},
                  {"name": "bazaar", "definition": "A bazaar is a place where traders and shoppers meet."},
                  {"name": "councillor", "definition": "A councillor is a member of the city council who represents "
                   "a ward."},
                  {"name": "placebo effect", "definition": "The placebo effect is an effect in which a patient "
                   "improves after a sham treatment."},
                  {"name": "ganglion", "definition": "A ganglion is a center of nerve cell bodies outside the "
                   "spinal cord."})
    assert set(got) == {concept_id(n) for n in ("voting booth", "bazaar", "councillor", "placebo effect",
                                                  "ganglion")}


def test_a_definite_relation_genus_still_relates_and_defines_nothing():
    """The refused siblings (9f41220, 6848ecc): "The palm is the origin of ...", "the home of", "one of", and the
    definite "the center of the solar system" relate X to one other thing; an indefinite genus with nothing after it
    ("an effect") and a barred genus outside the class list ("an example of ...") still give no item."""
    got = answers({"name": "elbow", "definition": "The elbow is the origin of the long tendons of the wrist."},
                  {"name": "harbour", "definition": "The harbour is the home of the northern fishing fleet."},
                  {"name": "senate", "definition": "The senate is one of the two chambers of the national assembly."},
                  {"name": "sun", "definition": "The sun is the center of the solar system."},
                  {"name": "monarchy", "definition": "Monarchy is the subject of a long debate among historians."},
                  {"name": "drought", "definition": "A drought is an example of a slow natural disaster."})
    assert got == {}
