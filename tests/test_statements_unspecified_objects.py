"""An object that is only "some N" or "certain N" names no thing a reader can check: "Bacteria in the colon produce
certain vitamins" was stored "bacteria in colon | produce | certain vitamins" (session 32's chemistry sample had the
like of it, "certain compounds").  ``frame_args.unspecified`` refuses it; a quantifier with more to the noun, "many"
or "any", and "some/certain" on a subject stay as they were."""

from __future__ import annotations

from tests.statements_util import triples


def test_some_or_certain_alone_is_no_object():
    assert triples("Bacteria in the colon produce certain vitamins.") == []
    assert triples("Sulfur reacts with some metals.") == []
    assert triples("Certain hormones are secreted by the pituitary gland.") == []


def test_more_than_the_quantifier_stays():
    assert ("pituitary gland", "secretes", "some hormones of stress response") in triples(
        "The pituitary gland secretes some hormones of the stress response.")
    assert triples("Water dissolves many ionic compounds.") == [("water", "dissolves", "many ionic compounds")]
    assert triples("The liver does not store any glucose.") == [("liver", "does not store", "any glucose")]
    assert ("some bacteria", "produce", "vitamin K") in triples("Vitamin K is produced by some bacteria.")
