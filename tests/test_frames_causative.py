"""A causative's object complement carries the sign (issue 11, s24-E): "X stimulates Y to reduce Z" says X lowers Z.

The parser often hangs the infinitive on the verb as a purpose clause (advcl) rather than as its complement; after a
verb of ``verbs.clausal`` right behind the object, the infinitive is the event caused, and the frame's object keeps
it ("hypothalamus to reduce the production of GnRH"), never the bare object ("stimulates | hypothalamus")."""

from __future__ import annotations

import pytest

from proda.ingest.extract.frames import frames
from proda.ingest.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def objects(nlp, text: str, verb: str) -> set[str]:
    doc = nlp(text)
    return {f.object for s in doc.sents for f in frames(s) if verb in f.predicate}


def test_infinitive_after_the_object_of_a_causative_is_kept(nlp):
    # parsed with "to lower" as an advcl of "stimulates": the bare object was the frame (a sign inverted)
    got = objects(nlp, "Rising cortisol stimulates the liver to lower the uptake of amino acids.", "stimulates")
    assert got and all("to lower" in o for o in got), got


def test_conjoined_objects_keep_the_complement(nlp):
    # "the thyroid and adrenal glands to reduce ...": each conjunct alone was an object
    got = objects(nlp, "High levels of thyroxine will stimulate the thyroid and adrenal glands to reduce the production "
                       "of TSH and ACTH.", "stimulate")
    assert got and all("to reduce" in o for o in got), got


def test_a_raising_event_leaves_the_bare_object(nlp):
    # "to secrete": the object alone says no wrong sign, and the long complement read worse on the sweep
    assert objects(nlp, "Rising cortisol stimulates the liver to secrete more bile.", "stimulates") == {"liver"}


def test_purpose_clause_of_another_verb_is_left_alone(nlp):
    # "filters the blood to remove urea": a purpose (advcl), the verb is no causative; the object stays bare
    assert objects(nlp, "The kidney filters the blood to remove urea.", "filters") == {"blood"}
