"""A hedge with a negation in parentheses on the verb (independent audit round 16, political science: "..., which can
(but does not always) provide relative stability ... and avoid contentious trade wars" was stored "oil supply |
can_avoid | contentious trade wars"; the bracket's "always" even went into the predicate: "can always provide").
Arguments and predicates leave bracketed words out, so the frame states the claim without "but does not always":
refused (left_out.bracketed_negation).  Invented sentences; each with a kept sibling that is right.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_a_bracketed_negation_on_the_verb_is_refused():
    got = triples("Exercise can (but does not always) lower the blood pressure of adults.")
    assert not any(s == "exercise" for s, _, _ in got)


def test_a_bracketed_negation_reaches_the_coordinated_verbs():
    got = triples("The council helps its members coordinate prices, which can (but does not always) bring stability "
                  "to the market and avoid costly disputes.")
    assert not any(p.startswith("can") for _, p, _ in got)


def test_the_clause_without_the_bracket_is_kept():
    assert ("exercise", "can lower", "blood pressure of adults") in \
        triples("Exercise can lower the blood pressure of adults.")


def test_a_bracketed_negation_on_a_noun_is_not_this_check():
    # "(not the liver)" contrasts the subject; the claim about the kidneys is whole
    assert ("kidneys", "filter", "blood") in triples("The kidneys (not the liver) filter the blood.")


def test_a_comment_adverb_in_brackets_denies_nothing():
    """Review R20: "(not surprisingly)" comments on the claim; it does not deny it."""
    assert ("larger parties", "can raise", "more money") in triples("Larger parties can (not surprisingly) raise more money.")


def test_a_clause_of_its_own_after_the_hedged_verb_is_kept():
    """Review R20: the coordinated clause with its own subject is not under the bracket."""
    got = triples("The drug can (but does not always) lower blood pressure, and the kidneys remove the drug from the blood.")
    assert ("kidneys", "remove", "drug from the blood") in got
    assert not any(s == "drug" for s, _, _ in got)


def test_not_before_an_extent_word_denies():
    assert triples("The council can (not always) settle disputes.") == []
