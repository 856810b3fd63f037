"""Coordinated arguments taken together, a gerund over a list: no claim per conjunct (joint_arguments.py); a gerund
complement ("allows adding X") read whole as the verb's object (gerund_objects.gerund_complement).  Issue 11,
sessions 26-27.

Invented sentences of several disciplines.  Each refusal test has a sibling that must still split or be kept, so a
rule that refuses everything fails.
"""

from __future__ import annotations

from tests.statements_util import triples


def _objects(text: str) -> set[str]:
    return {o for _, _, o in triples(text)}


def test_a_joint_passive_agent_is_not_split():
    for text in ("Profit is determined by revenue and cost.",
                 "The speed of the wave is determined by the tension and the density of the string."):
        got = triples(text)
        assert not any(s in ("revenue", "cost", "tension") for s, _, _ in got), got


def test_an_agent_each_acts_alone_is_split_as_before():
    got = triples("The hormone is secreted by the pituitary gland and the placenta.")
    assert {s for s, _, _ in got} >= {"pituitary gland", "placenta"}, got
    got = triples("Erythropoietin is made by the kidneys and the liver.")  # a verb of making: each makes it
    assert {s for s, _, _ in got} >= {"kidneys", "liver"}, got


def test_a_relational_verb_reads_its_object_whole():
    assert ("culture", "connects", "individuals and groups") in triples("Culture connects individuals and groups.")
    got = _objects("The historian compares wages and prices.")
    assert "wages" not in got and "prices" not in got


def test_a_shared_gerund_keeps_the_whole_list():
    got = _objects("The tools allow manipulating tables, chains and rules.")
    assert "chains" not in got and "rules" not in got
    assert "manipulating tables, chains and rules" in got


def test_an_adjective_before_a_list_splits_as_before():
    got = _objects("Farmers grow red apples and pears.")
    assert {"red apples", "pears"} <= got, got
    got = _objects("The pancreas secretes insulin and glucagon.")
    assert {"insulin", "glucagon"} <= got, got


def test_a_gerund_complement_is_the_object_whole():
    # sysadmin dev book, s27-E: the parser hangs the gerund as an xcomp and no frame was made
    got = triples("LVM allows adding physical volumes to existing volume groups.")
    assert any(p == "allows" and o == "adding physical volumes to existing volume groups" for _, p, o in got), got
    got = triples("The virtinst package provides virt-install, which allows creating virtual machines from the "
                  "command line.")
    assert any(o == "creating virtual machines from the command line" for _, _, o in got), got


def test_a_gerund_complement_is_refused_as_after_a_preposition():
    for text in ("The method involves heating the sample and cooling it slowly.",  # two acts, not one
                 "The rule allows not paying the fee."):  # negated
        assert not any(o.startswith(("heating", "paying", "not")) for _, _, o in triples(text)), text
    assert not triples("The students enjoy reading novels.")  # not a verb of gerund_verbs


def test_a_participle_adjective_before_a_list_splits_as_before():
    # review findings 3 (s27): an adjectival -ing word (amod, or in gerunds.toml participle_adjectives) governs
    # its own noun, not the list: each conjunct is a claim as before
    got = triples("The law is enforced by existing courts and police.")
    assert {s for s, _, _ in got} >= {"existing courts", "police"}, got
    got = triples("The tax is paid by working adults and retirees.")
    assert {s for s, _, _ in got} >= {"working adults", "retirees"}, got
    got = _objects("The kidney filters circulating hormones, salts and water.")
    assert "circulating hormones, salts and water" not in got and {"salts", "water"} <= got, got
