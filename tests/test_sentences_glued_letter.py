"""Sentence bounds (audit round 17, chemistry 16): a symbol that ends on one capital letter glued to what stands
before it ("the rated flow, Q°P. Rated flows reflect ...", "bonds such as C–C. Using ...") -- the tokenizer keeps
"P." whole, as it keeps an initial ("J. Smith"), so the parser ran the two sentences into one and the next statement's
subject carried the symbol ("Q°P. Rated flows | reflect | ...").  A letter glued to a symbol is no initial: the word
after it opens a sentence (``nlp._block_breaks``).  Kept siblings: an initial before a name ("by J. Smith",
"“H. Ross Perot" and a footnote's "control.R. Claire Snyder") stays inside its sentence."""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


def _sents(nlp, text):
    return [s.text for s in nlp(text).sents]


def test_a_glued_capital_letter_ends_its_sentence(nlp):
    text = ("When the pump runs at full load, its output is the rated flow, Q°P. Rated flows reflect the size of the "
            "pump, with larger pumps giving larger Q°P values.")
    assert _sents(nlp, text)[-1].startswith("Rated flows reflect"), _sents(nlp, text)
    subjects = [s for s, _, _ in triples(text)]
    assert not any("Q°P" in s for s in subjects), triples(text)


def test_a_dash_bond_letter_ends_its_sentence(nlp):
    text = "The chain holds bonds such as C–H and C–C. Using the table, we can compare their lengths."
    assert _sents(nlp, text)[-1].startswith("Using the table"), _sents(nlp, text)


@pytest.mark.parametrize("text, second", [
    # (review R21, finding 10: the first two cases were "... vitamin D. The body stores ..." and "... 0.84 M. What
    # volume ...", which the parser split on the parent already; these two it ran together)
    ("Milk is often fortified with vitamin D. It helps the gut absorb calcium.", "It helps"),
    ("The concentration of the base was 0.10 M. After dilution, it fell tenfold.", "After dilution"),
    ("The ratio is written as the quotient, Q. For a mixture at rest, the ratio is constant.", "For a mixture"),
])
def test_a_letter_standing_apart_before_a_function_word_ends_its_sentence(nlp, text, second):
    sents = _sents(nlp, text)
    assert len(sents) == 2 and sents[1].startswith(second), sents


def test_an_initial_stays_inside_its_sentence(nlp):
    for text in ("The survey was run in 1990 by J. Smith and his colleagues at the institute.",
                 "The party was led by “H. Ross Perot, a wealthy founder,” as the paper wrote.",
                 "The norms of self-control.R. Claire Snyder wrote about them at length.",
                 "Patterson, Thomas E. The Vanishing Voter. New York: Knopf, 2002."):
        sents = _sents(nlp, text)
        assert not any(s.startswith(("Smith", "Ross", "Claire", "The Vanishing")) for s in sents), sents
