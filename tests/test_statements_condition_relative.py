"""A clause that describes a case, not a fact (independent audit round 16, political science: "In cases like these,
in which a government violates an international law within its own borders, the international community may be
unwilling ..." was stored "government | violates | international law within its own borders" as a bare fact).  A
frame whose clause is an "in which" / "where" / "when" relative clause on a noun of a case or a situation (lexical
[left_out] condition_nouns) states the case's condition: refused (left_out.condition_relative), whether the parser
hangs the clause on the noun or, after a fronted phrase, on the main verb.  Invented sentences; each with a kept
sibling that is right.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_in_which_clause_of_a_fronted_case_phrase_is_refused():
    got = triples("In cases like these, in which a government violates international law, the community may be "
                  "unable to act.")
    assert not any(s == "government" for s, _, _ in got)


def test_where_clause_of_a_situation_is_refused():
    got = triples("The court steps in only in situations where a landlord withholds the deposit of a tenant.")
    assert not any(s == "landlord" for s, _, _ in got)


def test_in_which_clause_of_a_condition_is_refused():
    got = triples("Anemia is a condition in which the blood carries too little oxygen to the tissues.")
    assert not any(s == "blood" for s, _, _ in got)


def test_in_which_clause_of_a_process_is_kept():
    # a process or a place: the clause tells what happens in it, true of it
    got = triples("The tissue develops into bone through the process of ossification, in which stem cells "
                  "differentiate into bone cells.")
    assert ("stem cells", "differentiate into", "bone cells") in got


def test_the_same_clause_as_a_sentence_is_kept():
    assert ("government", "violates", "international law") in triples("The government violates international law.")


def test_a_case_noun_ending_the_sentence_before_is_not_read():
    """Review R19: the noun the relative word follows is looked for in its own sentence only."""
    text = "Kidney stones are a painful condition. Where the ureter enters the bladder, a valve blocks the backflow of urine."
    assert ("ureter", "enters", "bladder") in triples(text)
