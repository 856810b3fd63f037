"""'X means something ...' says that X has a sense, not which one (audit round 17, applied mathematics: "radians: Also
beware: an expression like sin{[2π/4] radians} = ... means something sensible whereas ..." was stored as a definition
and judged a wrong fact).  The "means" rule refuses a verb whose object is an indefinite pronoun ("something",
"nothing", "anything", "much").  Sentences invented."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


def test_means_something_defines_nothing(nlp):
    s = ("Also beware: a quantity like log{[100] metres} = log[100] = 2 means something sensible whereas a quantity "
         "like log{[100] apples} = ??")
    assert "quantity" not in defined(s, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("Homeostasis means the maintenance of a stable internal environment.", "homeostasis"),
    ("Hypoxia means a shortage of oxygen in the tissues.", "hypoxia"),
])
def test_means_with_a_sense_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)
