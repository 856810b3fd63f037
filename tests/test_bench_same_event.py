"""An outside statement that tells a step's own event of another agent is no wrong option (``bench_truth.same_event``).

Session 24 B (issue 12): "The adrenal glands mediate a long-term stress response" was offered as *not* following from
the second step of a chain whose first step reads "The long-term stress response is mediated by the secretion of
CRH ...": the chain is an account of that response, so the statement names the process itself, neither before nor
after a step.  Same verb lemma and same object name as a step: refused; another verb on the same thing, or the same
verb on another thing, is judged as before.  Every sentence here is invented (a village fair)."""

from __future__ import annotations

from proda.evaluate.bench_truth import same_event
from tests.test_bench_truth import PATH, _offered, _step, _stmt

FAIR = {"id": "fair", "name": "The autumn fair", "kind": "cascade", "path": PATH, "about": [], "transitions": [],
        "steps": [dict(_step("fair", 1, "The autumn fair is produced by the village council", ["council", "fair"],
                             "village council", "autumn fair"), predicate="produces"),
                  dict(_step("fair", 2, "The council then hires a brass band", ["council", "band"], "council",
                             "brass band"), predicate="hires"),
                  dict(_step("fair", 3, "The band plays in the square all evening", ["band", "square"], "band",
                             "square"), predicate="plays")]}


def test_the_same_verb_on_a_steps_object_is_that_steps_event():
    row = _stmt("x", "townspeople", "produce", "autumn fair", "The townspeople produce the autumn fair")
    assert same_event(row, FAIR["steps"])
    assert not same_event(dict(row, object_name="spring market"), FAIR["steps"])  # another thing
    assert not same_event(dict(row, predicate_lemma="attend", predicate="attend"), FAIR["steps"])  # another verb


def test_a_statement_telling_the_process_of_another_agent_is_not_offered():
    whole = "The townspeople produce the autumn fair every year"
    other = "The townspeople increase the autumn fair budget each year"
    links = [_stmt("w1", "townspeople", "produce", "autumn fair", whole),
             _stmt("w2", "townspeople", "increase", "autumn fair", other)]
    got = _offered(FAIR, links, 2)
    assert whole not in got
    assert other in got  # the same object with another verb is still judged as before


def test_a_sentence_holding_two_statements_is_refused_when_either_is_the_steps_event():
    both = "The townspeople produce the spring market and the autumn fair"
    links = [_stmt("b1", "townspeople", "produce", "spring market", both),
             _stmt("b2", "townspeople", "produce", "autumn fair", both)]
    assert both not in _offered(FAIR, links, 2)


def test_a_passage_sentence_on_no_concept_nor_noun_of_the_chain_is_not_offered():
    """Session 25 (issue 12): a statement of the chain's passage that shares neither a concept nor a noun with the
    chain is another topic, ruled out without knowing the process (``bench_unlinked.on_topic``)."""
    far = "The miners produce copper ore in the hills"
    near = "The townspeople increase the budget of the village"
    links = [_stmt("m1", "miners", "produce", "copper ore", far),  # "produce" is step 1's verb too: no topic
             _stmt("m2", "townspeople", "increase", "budget of the village", near)]
    got = _offered(FAIR, links, 2)
    assert far not in got
    assert near in got  # a noun of a step ("village") keeps it on the chain's topic
