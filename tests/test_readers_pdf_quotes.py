"""PDF block quotations: a passage set off from the text ("X once said," then the quoted lines, then a bracketed
citation "[93]") lost its indentation in the text layer, and its sentences were read as the book's own claims
(audit round 17: a long quotation of another author gave statements without "according to").  The reader puts the
passage in quotation marks so the extractor sees a quotation."""

from __future__ import annotations

from tests.test_readers import make_pdf, write

from proda.ingest.readers import read_document

BODY = "The opening paragraph of the invented chapter runs across the full width of"


def _text(tmp_path, lines):
    d = read_document(write(tmp_path, "quotes.pdf", make_pdf([["Chapter 1", "Rigor", BODY] + lines])))
    return " ".join(b.text for b in d.blocks if b.kind == "paragraph")


def test_a_block_quotation_closed_by_a_citation_is_quoted(tmp_path):
    text = _text(tmp_path, [
        "the page, and the engineer Ada Example once wrote,",
        "Rigor is the discipline of the careful mind and it is",
        "seldom a source of new results. [12, chapter 3]",
        "The invented book goes on in its own voice with a sentence.",
    ])
    assert "once wrote, “Rigor is the discipline of the careful mind and it is seldom a source of new results.” " \
           "[12, chapter 3] The invented book" in text


def test_a_colon_before_a_list_with_a_citation_later_is_no_quotation(tmp_path):
    """Kept sibling: a line ending in a colon before the book's own sentences; no citation closes them."""
    text = _text(tmp_path, [
        "the page, and the method has two steps:",
        "First the vector is normalized to unit length by the method.",
        "Then the next vector is projected onto it and subtracted.",
    ])
    assert "“" not in text and "two steps: First the vector" in text


def test_a_wrapped_line_ending_in_a_comma_opens_no_quotation(tmp_path):
    """Review R21 (finding 4): in a text layer a line ending in "," is mostly a line wrap; the book's own prose that
    a citation closes is no quotation unless a verb of saying or writing stands before the mark."""
    text = _text(tmp_path, [
        "the page, and the first guess of the method is close,",
        "Halley noticed, to the true root. The same holds for the",
        "secant variant of the invented derivative. [12]",
    ])
    assert "“" not in text and "close, Halley noticed" in text


def test_a_colon_after_for_example_opens_no_quotation(tmp_path):
    text = _text(tmp_path, [
        "the page, and many such results are known, for example:",
        "Every bounded increasing sequence of reals converges. [4, p. 12]",
    ])
    assert "“" not in text


def test_a_noun_that_spells_a_verb_of_saying_opens_no_quotation():
    """Review R22 (finding 7): "States" in a name and "remarks" after a determiner are nouns, no verb of saying; the
    kept siblings are the verbs ("Hamming warns,", "once wrote,", "as one reviewer remarks,")."""
    from proda.ingest.readers_pdf_quotes import _opens_quote

    assert not _opens_quote("Steel output in the United States,")
    assert not _opens_quote("in one of his remarks,")
    assert _opens_quote("Hamming warns,") and _opens_quote("the engineer Ada Example once wrote,")
    assert _opens_quote("as one reviewer remarks,") and _opens_quote("as Weyl put it,")
