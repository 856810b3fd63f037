"""example_lists.opens_examples: the one look at "such as X" / "like X" / "including X" that argument_cuts.gap_words,
possession._examples and vacuous._examples / _example_as share, with the differences each keeps as parameters."""

from proda.ingest.extract.example_lists import opens_examples, word_before
from proda.ingest.extract.nlp import load_nlp


def _tok(text: str, word: str, nth: int = 0):
    return [t for t in load_nlp()(text) if t.lower_ == word][nth]


def test_such_as_opens_examples_for_any_list():
    t = _tok("Shrubs need minerals such as zinc to grow.", "as")
    assert opens_examples(t, ()) and opens_examples(t, ("like",))


def test_as_alone_is_a_role_not_examples_even_when_listed():
    t = _tok("The pond serves as a shelter for frogs.", "as")
    assert not opens_examples(t, ("as", "like", "including"), such_child=True)


def test_listed_words_open_examples_and_others_do_not():
    t = _tok("Towns offer services including libraries and parks.", "including")
    assert opens_examples(t, ("including",)) and not opens_examples(t, ("like",))


def test_such_itself_counts_only_where_listed():
    t = _tok("Shrubs need minerals such as zinc to grow.", "such")
    assert opens_examples(t, ("including", "such")) and not opens_examples(t, ("including",))


def test_as_well_as_is_an_addition_only_when_asked():
    t = _tok("Farmers grow wheat as well as barley.", "as", 1)
    assert opens_examples(t, (), addition=True) and not opens_examples(t, ("as",))
    first = _tok("Farmers grow wheat as well as barley.", "as", 0)  # ("as" before "well")
    assert opens_examples(first, (), addition=True) and not opens_examples(first, ())


def test_word_before():
    t = _tok("Shrubs need minerals such as zinc.", "as")
    assert word_before(t, "such") and not word_before(t, "well")
    assert not word_before(_tok("As a rule, shrubs grow.", "as"), "such")
