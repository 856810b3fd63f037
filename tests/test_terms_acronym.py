"""An acronym written in capitals is a name, not the function word it spells ("US Constitution" is no "us"; S12-C2
found 8 political-science frames dropped by it).  Lower-case pronouns and determiners still end no term."""

from proda.ingest.extract.terms import is_term


def test_acronym_spelling_a_pronoun_heads_a_term():
    assert is_term("US Constitution")
    assert is_term("US Supreme Court")
    assert is_term("IT department")


def test_pronouns_and_determiners_in_lower_case_still_refused():
    assert not is_term("us")
    assert not is_term("them")
    assert not is_term("some molecules")
    assert not is_term("the")


def test_a_single_capital_letter_is_not_taken_for_an_acronym():
    assert not is_term("A")
