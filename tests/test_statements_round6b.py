"""Statements rejected in audit round 6 (docs/audits/independent-2026-11-29/round6/*-statements.csv) for a subject
taken from an appositive or a complement, a holder named in another sentence, a condition or a limiting phrase
dropped, or a modal lost on a coordinated verb; each with a sibling sentence whose claim must still come out."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def test_a_relative_clause_on_an_appositive_gives_no_subject(claims):
    got = claims("Antigens are nonself molecules, usually large proteins, which provoke an immune response.")
    assert not any("proteins" in s for s, _, _ in got), got
    # a relative clause on the subject itself still gives its claim
    got = claims("Aldosterone, which is produced by the adrenal cortex, increases sodium reabsorption.")
    assert any(s.lower().startswith("aldosterone") and "reabsorption" in o for s, _, o in got), got


def test_a_view_reported_by_a_pronoun_has_no_holder_and_is_dropped(claims):
    got = claims("He does not deny the existence or impact of premarital or extramarital sex, but states that the "
                 "family offers a socially legitimate sexual outlet for adults.")
    assert not any(s == "family" for s, _, _ in got), got


def test_a_that_clause_the_parser_hangs_off_a_noun_is_dropped(claims):
    got = claims("European University Institute and Trinity College Professor Mark N. Franklin, in his analysis of "
                 "European and American voters, found that political salience, or the ability of voters to connect "
                 "their actions (voting) with a political outcome, affected voter turnout and that both the United "
                 "States and those European countries with lower voter turnout, such as Switzerland, exhibited low "
                 "political salience.")
    assert not any("salience" in o and "States" in s for s, _, o in got), got


def test_a_subject_described_by_an_appositive_is_not_stated_without_it(claims):
    got = claims("Each judge, a specialist in the religious sharia text, makes their interpretation of the law and "
                 "is not bound by any precedent.")
    assert not any("judge" in o for _, _, o in got) and not any("judge" in s for s, _, _ in got), got


def test_a_fronted_condition_drops_the_claim(claims):
    assert claims("With a failing liver, bilirubin cannot be removed effectively from circulation.") == []
    assert claims("Bilirubin is removed from circulation by the liver.")  # without the condition the claim stands


def test_a_fronted_scope_with_a_relative_clause_is_not_taken_for_the_case_at_hand(claims):
    got = claims("For example, in a political system that prioritizes civil rights and liberties, the judiciary "
                 "working within the judicial branch checks government action and protects individual rights and "
                 "liberties.")
    assert not any("judiciary" in s and "in a political system" not in s for s, _, _ in got), got


def test_a_contrasted_clause_does_not_take_the_first_clauses_scope(claims):
    got = claims("In the past, the voice of minority groups was nearly imperceptible in elections, but recent "
                 "trends have shown increased voter turnout across many minority races and ethnicities.")
    assert not any("recent trends in the past" in s for s, _, _ in got), got


def test_a_coordinated_verb_keeps_the_shared_modal(claims):
    got = claims("The legislature may change or repeal any law.")
    assert ("legislature", "may repeal", "any law") in got, got
