"""An apposition read after a fronted clause whose main clause the parse lost glosses nothing (audit round 11:
"In this case, as tension is released from the biceps brachii, the angle of the elbow joint increases" stored
"biceps brachii, the angle of the elbow joint increases" as a definition).  The small parser takes "increases" for a
noun, so the sentence's root is the "as" clause's verb (it carries the "as" mark) and the main clause's subject hangs
on the last noun of the fronted clause as its apposition.  Invented sentences."""

from tests.definitions_util import defined


def test_a_main_clause_subject_read_as_apposition_is_no_gloss():
    got = defined("In this case, as tension is released from the triceps brachii, the angle of the knee joint "
                  "increases.")
    assert "triceps brachii" not in got


def test_a_gloss_in_a_sentence_whose_main_clause_is_parsed_is_kept():
    got = defined("The stapes, the smallest bone of the body, transmits vibrations to the inner ear.")
    assert "stapes" in got
    got = defined("When the heart contracts, the ventricles, the lower chambers of the heart, push blood into the "
                  "arteries.")
    assert "ventricles" in got
