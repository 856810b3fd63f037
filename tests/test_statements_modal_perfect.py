"""A modal before perfect "have" says what possibly, by inference or counterfactually happened, never what did:
"While the design of the family may have changed in recent years, ..." was stored "design of family | may have
changed in | recent years" (session 31's fresh sample, a fragment).  ``hedges.modal_perfect`` refuses such a
frame; a modal on a plain verb ("may cause") and a perfect without a modal ("has changed") keep theirs."""

from __future__ import annotations

from tests.statements_util import triples


def test_a_modal_perfect_gives_no_statement():
    assert triples("The design of the family may have changed in recent years.") == []
    assert triples("The Thirteenth Amendment may have ended slavery.") == []
    assert triples("The glacier must have carved the valley.") == []
    assert triples("The merger might have been approved by the regulators.") == []


def test_plain_modals_and_perfects_keep_their_frames():
    assert ("glacier", "has carved", "valley") in triples("The glacier has carved the valley.")
    assert ("stress", "may cause", "headaches") in triples("Stress may cause headaches.")
    assert triples("By the third day, the embryo will have formed a hollow ball of cells.")
