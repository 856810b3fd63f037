"""A statement of the chain's own passage that shares no concept with the chain is a wrong option only when it shares
a noun with a step (session 25, issue 12; ``bench_unlinked.on_topic``).  A blind judge rejected an item whose wrong
option was another topic of the same passage ("The breakdown of amino acids produces ammonia" beside a blood-pressure
chain): nobody picks it, so a four-option item reads as a three-option one.  A verb of an event family ("causes",
"increases") is shared by sentences on anything and does not count.  Invented chains of two disciplines: a
laboratory procedure and a town's traffic law; every sentence is invented general English."""

from __future__ import annotations

from proda.evaluate.bench_unlinked import on_topic
from tests.bench_util import chain as _chain, step as _step

try:
    from test_bench_passage import _offered, _said
except ImportError:  # pragma: no cover
    from tests.test_bench_passage import _offered, _said


def _lab() -> dict:
    return dict(_chain("a", [_step(1, "The student heats the salt solution over the burner", ["student", "solution"]),
                             _step(2, "The water evaporates from the beaker", ["solution", "water"]),
                             _step(3, "White crystals form on the glass", ["water", "crystal"])]),
                headings=["Growing crystals"])


def _traffic() -> dict:
    return dict(_chain("a", [_step(1, "The council passes a law against speeding", ["council", "law"]),
                             _step(2, "The police fine the drivers who speed", ["law", "driver"]),
                             _step(3, "Fewer accidents happen near the schools", ["driver", "accident"])]),
                headings=["Local laws"])


def test_the_shared_verb_of_an_event_family_is_no_topic():
    steps = _traffic()["steps"]
    assert not on_topic("The festival increases the income of the hotels", steps)
    assert on_topic("The festival increases the number of drivers in the town", steps)  # "driver"
    # a step's event counts as its text does
    assert on_topic("Rain causes floods in the harbour", [dict(steps[0], event="the harbour floods")])
    assert not on_topic("Rain causes floods in the harbour", steps)


def test_an_off_topic_statement_of_a_lab_passage_is_refused_and_an_on_topic_one_kept():
    far = _said("z1", "catalyst", "rate", "A catalyst causes a faster rate of digestion in the stomach",
                "Growing crystals")
    near = _said("z2", "dust", "cloudiness", "Dust in the beaker causes cloudiness", "Growing crystals")
    got = _offered([_lab()], [far, near])
    assert "A catalyst causes a faster rate of digestion in the stomach" not in got
    assert "Dust in the beaker causes cloudiness" in got


def test_an_off_topic_statement_of_a_civics_passage_is_refused_and_an_on_topic_one_kept():
    far = _said("z1", "festival", "income", "The summer festival causes higher income for the hotels", "Local laws")
    near = _said("z2", "festival", "crowd", "The summer festival causes crowds at the schools", "Local laws")
    ours = _said("z3", "council", "budget", "The council causes a deficit in the budget", "Local laws")
    got = _offered([_traffic()], [far, near, ours])
    assert "The summer festival causes higher income for the hotels" not in got
    assert "The summer festival causes crowds at the schools" in got  # "school": a noun of step 3
    assert "The council causes a deficit in the budget" in got  # a concept of the chain: judged as before


def test_a_symbol_or_a_word_of_the_chains_name_keeps_a_statement_on_topic():
    """A two-letter symbol is no lemma ("UN"; dev anatomy 17: "GH levels are controlled by ..." beside a chain of GH's
    effects was refused without it), and the chain's name carries its heading ("... (How Town Boards Work)": a
    statement on town boards is on the topic of a chain of the board's steps)."""
    steps = [{"text": "The UN sends aid to the region"}, {"text": "The region rebuilds its roads"}]
    assert on_topic("The UN meets every month", steps)
    assert not on_topic("The committee meets every month", steps)
    plan = [{"text": "the council drafts a plan"}, {"text": "the builders follow the plan"}]
    assert not on_topic("The mayor appoints new inspectors", plan)
    assert on_topic("The mayor appoints new inspectors", plan, "Plan -> building (How Inspectors Work)")


def test_a_bare_number_is_no_shared_topic():
    # code review 2 of session 25, fix 6: a count ("3") is shared by sentences on anything; a symbol with a digit
    # ("CO2") still counts
    steps = [_step(1, "The council passes 3 laws", ["council", "law"])]
    assert not on_topic("The city built 3 bridges", steps)
    assert on_topic("The city built bridges for the council", steps)
    assert on_topic("Trees absorb CO2 from the air", [_step(1, "Factories release CO2", ["factory", "gas"])])
