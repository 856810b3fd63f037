"""Statements rejected in audit round 5 and its re-judging after fixes (docs/audits/independent-2026-11-29/round5/,
round5/after-fixes/) for a dropped limiting phrase, a cut name or a cut complement, each with a sibling sentence
whose claim must still come out."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def test_a_fronted_place_is_carried_in_the_subject(claims):
    got = claims("Indeed, in Brazil the government is the largest employer.")
    assert got and all(s.endswith("in Brazil") for s, _, _ in got), got


def test_a_fronted_kind_scopes_both_coordinated_clauses(claims):
    got = claims("In a parliamentary regime, cabinets are integral to the legislative process, and cabinet "
                 "ministers have close relationships with their prime ministers.")
    assert got and all("in a parliamentary regime" in s for s, _, _ in got), got


def test_a_contrast_with_an_unnamed_setting_gives_no_statement(claims):
    assert claims("Unlike in parliamentary regimes, however, the president usually appoints the prime minister.") == []
    assert claims("The president usually appoints the prime minister.")  # without the contrast the claim stands


def test_a_dated_event_keeps_its_subject_and_a_dated_general_claim_is_dropped(claims):
    got = claims("In June 2021, a coalition in the Israeli Knesset reached a deal to oust the prime minister.")
    assert any(s == "coalition in Israeli Knesset in June 2021" for s, _, _ in got), got  # dated since session 42
    assert claims("In the 1990s, most households own a television.") == []


def test_a_name_cut_from_its_apposition_gives_no_statement(claims):
    text = ("While no-confidence votes are rare, in June 2021, Stefan Löfven (Sweden) lost a no-confidence vote and "
            "was forced to resign.")
    assert not [c for c in claims(text) if c[0] == "Stefan"], claims(text)
    text = ("The French sociologist Émile Durkheim (1858–1917), who established the academic discipline of "
            "sociology, characterized schools as socialization agencies.")
    assert not [c for c in claims(text) if c[0] == "French sociologist"], claims(text)


@pytest.mark.parametrize("text,subject", [
    ("During the incident, Wilson directed Brown and his friend to walk on the sidewalk instead of in the street.",
     "Wilson"),
    ("The Philippine Constitution at the time allowed the president, in his role as Commander in Chief, to declare "
     "an emergency and to use emergency powers.", "Philippine Constitution"),
    ("They therefore ensure that they will have healthcare coverage, while simultaneously ensuring that subordinate "
     "groups stay subordinate through lack of access.", "subordinate groups"),
])
def test_a_complement_left_out_gives_no_statement(claims, text, subject):
    assert not [c for c in claims(text) if c[0] == subject], claims(text)


def test_a_complement_kept_in_the_object_still_gives_a_statement(claims):
    got = claims("Competitive elections encourage voters to make electoral decisions.")
    assert any(o.startswith("voters to make") for _, _, o in got), got


def test_a_bare_plural_subject_cut_from_its_restriction_gives_no_statement(claims):
    text = ("Children from families of lower socioeconomic status often enter school with learning deficits they "
            "struggle to overcome throughout their educational tenure.")
    assert not [c for c in claims(text) if c[0].lower() == "children"], claims(text)
    assert claims("Children often enter school with learning deficits.")  # unrestricted, the claim stands


def test_a_clause_under_whether_gives_no_statement(claims):
    text = ("Whether this policy or similar policies will help the government to reign in organized criminal "
            "violence and to therefore enhance government legitimacy remains to be seen.")
    assert not [c for c in claims(text) if c[2] == "government legitimacy"], claims(text)


def test_a_claim_in_name_only_gives_no_statement(claims):
    text = ("Thailand is technically a constitutional monarchy, with the king subordinate to the parliament, prime "
            "minister, and the national court system.")
    assert claims(text) == []
    assert claims("Thailand is a constitutional monarchy.")


def test_not_directly_denies_only_part(claims):
    assert claims("In contrast, the North didn’t directly benefit economically from slavery.") == []


@pytest.mark.parametrize("text", [
    "A traditional approach to describing the relationship is the iron triangle.",
    "An alternative concept is issue networks.",
])
def test_a_specificational_copula_gives_no_statement(claims, text):
    assert claims(text) == []


@pytest.mark.parametrize("text,subject", [
    ("A tendon is the dense connective tissue structure that attaches a muscle to bone.", "tendon"),
    ("A common experimental approach to the determination of rate laws is the method of initial rates.",
     "common experimental approach to determination of rate laws"),
])
def test_a_definition_or_a_whole_subject_still_gives_a_statement(claims, text, subject):
    assert any(s.lower() == subject for s, _, _ in claims(text)), claims(text)


def test_a_passive_read_without_its_hedge_gives_no_statement(claims):
    assert claims("Quality is partially indicated by access and cost.") == []
    assert claims("Quality is indicated by access and cost.")


def test_a_purpose_infinitive_does_not_drop_the_claim(claims):
    got = claims("The system will experience a temporary net reaction in the forward direction to re-establish "
                 "equilibrium (the equilibrium will shift right).")
    assert any(s == "system" for s, _, _ in got), got


def test_a_phrase_after_a_coordinated_verb_is_no_fronted_scope(claims):
    text = ("Typically, in either a presidential or a parliamentary regime, cabinet members work largely in the "
            "background, but political events may heighten their visibility.")
    got = claims(text)
    # (audit round 10 rejected "political events | may heighten | visibility": "their" is the cabinet members', so
    # the frame is now refused whole, remainders.owner_elsewhere; what this test guards is that none is scoped wrong)
    assert not [s for s, _, _ in got if "background" in s], got


def test_an_idiom_inside_a_fronted_scope_is_not_carried(claims):
    got = claims("In Germany in particular, bureaucrats are highly respected for their expertise and professionalism.")
    assert got and all(s.endswith("in Germany") for s, _, _ in got), got
