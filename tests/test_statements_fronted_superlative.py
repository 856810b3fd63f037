"""Two shapes of session 32's chemistry sample: a superlative with no set of its own ("Zinc is the most reactive in
group 12, and mercury is the least reactive" stored "mercury | is | least reactive", the set is in the other clause)
and a sentence-opening adjective cut off its noun ("Hot, concentrated sulfuric acid is an oxidizing agent" stored
"concentrated sulfuric acid | is | oxidizing agent": the acid must be hot)."""

from __future__ import annotations

from tests.statements_util import triples


def test_a_superlative_without_its_set_is_no_statement():
    assert triples("Zinc is the most reactive in group 12, and mercury is the least reactive.") == []
    assert triples("Iodine is the least reactive of the halogens.") == [
        ("iodine", "is", "least reactive of the halogens")]
    assert triples("Bone is the hardest connective tissue.") == [("bone", "is", "hardest connective tissue")]


def test_an_opening_adjective_stays_with_its_noun_or_nothing():
    assert triples("Hot, concentrated sulfuric acid is an oxidizing agent.") == []
    assert triples("Rapid, alternating movements are part of speech as well.") == []
    assert triples("Concentrated sulfuric acid is an oxidizing agent.") == [
        ("concentrated sulfuric acid", "is", "oxidizing agent")]
    assert ("neural mechanisms", "affect", "blood flow") in triples(
        "Neural, endocrine, and autoregulatory mechanisms affect blood flow.")
    assert triples("Second, the stomach releases the hormone gastrin.") == [("stomach", "releases", "hormone gastrin")]


def test_a_superlative_with_its_owner_or_after_a_hedge_stays():
    assert triples("The Scottish National Party (SNP) is Scotland’s largest political party.") == [
        ("Scottish National Party", "is", "Scotland’s largest political party")]
    assert ("power to persuade", "is connected to", "president’s approval ratings") in triples(
        "The power to persuade is most likely the greatest power a president has and is connected to the president’s "
        "approval ratings.")
