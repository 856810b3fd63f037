"""A sentence opening "Both X and Y" is about X and Y, named right there (cloze._about_elsewhere): "both" was read
as a pronoun subject ("Both are ...": what it is about lies in the sentence before), so "Both marriage and family
create status roles ..." and "Both respiratory rate and depth are controlled by the respiratory centers of the
brain" gave no cloze (S14-I funnel, 5 statements of the first 12 development chapters).  Sentences invented."""

from __future__ import annotations

from tests.items_util import one


def test_both_opening_a_coordination_names_what_the_sentence_is_about():
    row = ("schools and churches", "teach", "shared values",
           "Both schools and churches teach shared values to young members.")
    assert one(row) == ("Both schools and churches teach _____ to young members.", "shared values")
    row = ("the kidney", "regulate", "blood volume",
           "Both blood volume and blood pressure are regulated by the kidney.")
    assert one(row) == ("Both blood volume and blood pressure are regulated by _____.", "the kidney")


def test_both_as_the_subject_itself_still_points_back():
    """Kept refusal: 'Both' alone is the subject ('Both are regulated by ...'), or 'both of them'."""
    assert one(("the kidney", "regulate", "both", "Both are regulated by the kidney in most mammals.")) is None
    assert one(("both of them", "teach", "shared values", "Both of them teach shared values to young members.")) is None
