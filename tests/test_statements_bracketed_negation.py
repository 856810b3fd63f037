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
