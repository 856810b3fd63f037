""""X is the origin / site / source of Y" says where X stands to Y, not what X is (blind check, session 17: "palm: The
palm is the origin of the intrinsic muscles of the hand" stored as the palm's definition).  The same noun with an
article and a clause of its own, or a class noun of [cloze] class_genera, still defines.  Invented sentences."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("The delta is the origin of the river's three channels.", "delta"),
    ("The capital is the seat of the national government.", "capital"),
    ("The marketplace is the site of most trade in the town.", "marketplace"),
])
def test_where_x_stands_to_y_is_no_definition(nlp, sentence, name):
    assert name not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("A harbour is a place where ships shelter from storms.", "harbour"),
    ("The dock is the site where ships unload their cargo.", "dock"),
    ("A tariff is a tax on imported goods.", "tariff"),
])
def test_a_class_noun_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)
