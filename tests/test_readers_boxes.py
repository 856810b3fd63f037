"""A worked example's title flattened into its first paragraph is dropped; box labels and capitalised names are kept."""

from __future__ import annotations

from proda.ingest.readers import read_document
from proda.ingest.readers_boxes import split_title


def _paragraphs(tmp_path, body: str) -> list[str]:
    f = tmp_path / "page.html"
    f.write_text(f"<html><body><h2>Interest</h2>{body}</body></html>", encoding="utf-8")
    return [b.text for b in read_document(f).blocks if b.kind == "paragraph"]


def test_a_glued_title_is_dropped_and_the_box_labels_stay(tmp_path):
    paras = _paragraphs(tmp_path, (
        "<p>Simple interest grows in proportion to time.</p>"
        "<p>Computing Interest for a Savings Account Savings accounts are deposits that earn interest each year. "
        "How much does 200 dollars earn in two years at 3 percent?</p>"
        "<p>Solution The interest is the principal times the rate times the time.</p>"
        "<p>Check Your Learning What does 500 dollars earn in one year at 2 percent?</p>"
        "<p>Using a Rate Table to Find Growth The bank publishes its rates monthly.</p>"
        "<p>Solution Read the rate from the table first.</p>"))
    assert paras == [
        "Simple interest grows in proportion to time.",
        "Savings accounts are deposits that earn interest each year. How much does 200 dollars earn in two years "
        "at 3 percent?",
        "Solution The interest is the principal times the rate times the time.",
        "Check Your Learning What does 500 dollars earn in one year at 2 percent?",
        "The bank publishes its rates monthly.",
        "Solution Read the rate from the table first.",
    ]


def test_sentences_opening_with_names_are_kept(tmp_path):
    kept = [
        "United Nations Peacekeeping Forces were sent to the border in the spring.",
        "Thomas Hobbes argued that people give up some freedom for security.",
        "The Supreme Court of the United States Decided the case in one day.",
    ]
    # no "Solution" follows: capitals alone are never a title
    assert _paragraphs(tmp_path, "".join(f"<p>{t}</p>" for t in kept)) == kept
    # a box does follow, but the sentence opens with a name after a possessive or an acronym, or the title was cut
    # short (a name of two plain words, "Royal Navy ships ...", after a title is not told apart: see the module)
    boxed = ["Estimating Costs of a Voyage Magellan’s Victoria sailed with supplies for two years.",
             "Comparing Budgets of Cities UN Habitat spends more per head than its neighbours.",
             "Estimating Growth Rates using Simple Interest Tables Savings grow each year."]
    for t in boxed:
        assert _paragraphs(tmp_path, f"<p>{t}</p><p>Solution The answer is below.</p>")[0] == t
    plain = "Solution A is more concentrated than solution B."
    assert _paragraphs(tmp_path, f"<p>{plain}</p>")[0] == plain


def test_a_title_that_asks_a_question_or_lost_its_space():
    assert split_title("Will Prices Rise Again? The index rose for three months.") == (
        "Will Prices Rise Again?", "The index rose for three months.")
    assert split_title("Comparing Two Loans Interest is charged on the balance.") == (
        "Comparing Two Loans", "Interest is charged on the balance.")


def test_a_title_ends_before_a_capitalised_word_set_off_by_a_comma(tmp_path):
    """ "... Concentrations Caffeine, C8H10N4O2 is a weak base" (round 19): a title carries no appositive, so a plain
    capitalised word followed by a comma and no further plain capitalised word is the sentence's first word."""
    glued = [
        ("Estimating the Yield of a Wheat Field Barley, a cereal grass, is grown in cooler climates.",
         "Barley, a cereal grass, is grown in cooler climates."),
        ("Measuring Flow in Open Channels Silt, SiO2, settles where the current slows.",
         "Silt, SiO2, settles where the current slows."),
    ]
    for text, sentence in glued:
        assert _paragraphs(tmp_path, f"<p>{text}</p><p>Solution The answer is below.</p>")[0] == sentence
    # a comma inside the title's own list, or a comma word after an inner word, starts no sentence (the cut falls
    # where it fell before: at the run's last word that reads as a sentence's first, or nowhere)
    assert split_title("Comparing Budgets of Paris, London and Rome Cities spend more each year.") == (
        "Comparing Budgets of Paris, London and Rome", "Cities spend more each year.")
    assert split_title("Comparing Wages of the North, GDP per head rose in the decade.") is None


def test_a_name_set_off_by_a_comma_is_no_title_end(tmp_path):
    """Review R3 of 57ca34e: a box paragraph that opens with a name of several capitalised words set off by a comma
    ("The United States, for example, ...") is a sentence, not a title; a worked example's title has a lower-case
    inner word ("Calculation of Ksp from ...") before the subject it is glued to, a name of plain capitals has none."""
    for text in ("The United States, for example, uses more energy than any other nation.",
                 "New York City, the largest city, consumes much water.",
                 "Pure Liquid Water, a polar solvent, dissolves many ionic compounds."):
        assert split_title(text) is None
        assert _paragraphs(tmp_path, f"<p>{text}</p><p>Solution The answer is below.</p>")[0] == text
    # kept: a title with an inner word before a subject set off by a comma is still cut
    assert split_title("Reaction of Gases Propane, C3H8, burns in grills.") == (
        "Reaction of Gases", "Propane, C3H8, burns in grills.")
