"""A trailing "such as" list of examples after the object (S15-K, J's funnel on development chapters,
docs/audits/dev-2026-12-01/untaught-funnel.md): the object's noun phrase grew over the blank's limit with its
examples and no cloze was made.  Where the statement's object ends before the list, the blank is the object and the
list stays in the prompt (a hint, not the key).  Sentences invented."""

from __future__ import annotations

from tests.items_util import one


def test_a_long_blank_leaves_its_such_as_list_in_the_prompt():
    row = ("rural health clinics", "offer", "wide range of free preventive health services",
           "Rural health clinics offer a wide range of free preventive health services, such as routine "
           "blood tests, vaccinations and nutrition counselling.")
    assert one(row) == ("Rural health clinics offer _____, such as routine blood tests, vaccinations and "
                        "nutrition counselling.", "a wide range of free preventive health services")


def test_a_short_blank_with_its_examples_is_unchanged():
    """Kept sibling: a blank within the limit keeps its short list, as before."""
    row = ("regional clinic", "provide", "basic services",
           "The regional clinic in the valley provides basic services such as vaccinations and blood tests.")
    assert one(row) == ("The regional clinic in the valley provides _____.",
                        "basic services such as vaccinations and blood tests")


def test_an_object_holding_the_list_is_not_cut():
    """Kept refusal: the statement's object runs into the list; what would remain is not the whole object."""
    row = ("rural health clinics", "offer", "wide range of free preventive health services such as routine blood tests",
           "Rural health clinics offer a wide range of free preventive health services, such as routine "
           "blood tests, vaccinations and nutrition counselling.")
    assert one(row) is None
