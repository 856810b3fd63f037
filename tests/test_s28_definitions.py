"""Session 28, engineer D: a glossary entry whose text is a clause about something else, a task named as a term, and a
"refers to" that points at a mention (:mod:`proda.ingest.extract.definition_offtopic`).

The kept and refused sentences marked "dev" are from the development books (sysadmin, databases, imaging, accounting
manuals; the anatomy, chemistry, sociology, political-science and astronomy books and glossaries); an off-topic entry
pairs a term of a dev manual's list with a sibling entry's text (no dev entry shows the shape itself).  Unmarked: the
blind judges' shapes and the four terms of the session-28 review (item 2).
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from proda.ingest.extract.definition_offtopic import entry_off_topic, task_term  # noqa: E402
from proda.ingest.extract.definitions import definitions  # noqa: E402
from proda.ingest.termhood_definitions import full_nlp, valid_definitions  # noqa: E402
from proda.models import ConceptDraft  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    n = full_nlp()
    if n is None:
        pytest.skip("no spaCy model")
    return n


@pytest.mark.parametrize("term, text", [  # dev: an entry's term with a sibling entry's text, the shape blind judges
    # rejected (a list of kinds whose entries describe something else)
    ("GBR", "The .vbr format is used for parametric brushes, i. e., brushes created using the Brush Editor."),  # imaging
    ("Compounding", "The future value of the loan, i.e., the amount owed after all payment periods are over."),  # acc. 03
    ("Liquidity", "Dividends are cash payments a company makes to shareholders. The amount of this payment is usually "
                  "determined as some amount of the profits of the company."),  # accounting:11
])
def test_clause_about_something_else_is_no_gloss(nlp, term, text):
    assert entry_off_topic(term, text, nlp)


@pytest.mark.parametrize("term, text", [
    ("Range Partitioning", "The table is partitioned into “ranges” defined by a key column or set of columns, with no "
                           "overlap between the ranges of values assigned to different partitions."),  # dev
    ("RAID-5", "RAID-5 addresses the asymmetry issue of RAID-4: parity blocks are spread over all of the N+1 disks, "
               "with no single disk having a particular role."),  # dev
    ("RAID-0", "This level doesn't provide any redundancy either, but disks aren't simply stuck on end one after "
               "another."),  # dev
    ("Image hoses / Image pipes", "Brushes in this category can make more than one kind of mark on an image."),  # dev
    ("PAT", "The .pat format is used for patterns which were created specifically for GIMP."),  # dev
    ("SELECT", "Allows SELECT from any column, or specific column(s), of a table, view, materialized view, or other "
               "table-like object."),  # dev
    ("tableoid", "The OID of the table containing this row."),  # dev
    ("Compounding", "Two interest compounding methods exist, discrete or continuous."),  # dev
    ("Hund’s rule", "every orbital in a subshell is singly occupied with one electron before any one orbital is "
                    "doubly occupied"),  # dev glossary
    ("Law of mass action", "When a reversible reaction has attained equilibrium at a given temperature, the reaction "
                           "quotient remains constant."),  # dev glossary, capitalised
    ("economy", "the social institution through which a society’s resources (goods and services) are managed"),
    ("diastole", "period of time when the heart muscle is relaxed and the chambers fill with blood"),  # dev glossary
])
def test_glosses_stay(nlp, term, text):
    assert not entry_off_topic(term, text, nlp)


def test_task_named_as_term(nlp):
    assert task_term(nlp("Closing the image"))
    assert task_term(nlp("Saving to a file"))
    assert not task_term(nlp("Starting Balance"))  # dev: an -ing modifier of a noun
    assert not task_term(nlp("Compounding"))
    assert not task_term(nlp("Sharing of resources"))


def test_valid_definitions_drops_the_entry_keeps_the_gloss(nlp):
    off = ConceptDraft(name="Liquidity", how="definition_list",
                       definition="Dividends are cash payments a company makes to shareholders.")  # dev, sibling's text
    ok = ConceptDraft(name="List Partitioning", how="definition_list",
                      definition="The table is partitioned by explicitly listing which key value(s) appear in each "
                                 "partition.")  # dev
    out = valid_definitions([off, ok])
    assert (out[0].definition, out[0].how) == ("", "mention")
    assert out[1] == ok


def _defined(nlp, text):
    return {(f.name.lower(), f.how) for f in definitions(next(nlp(text).sents))}


@pytest.mark.parametrize("text", [
    "The sources.list examples in this chapter refer to package repositories hosted on deb.debian.org.",  # dev
    "Thus, the /home/rmas/Desktop/hello.txt name refers to a file named hello.txt stored in the Desktop subdirectory "
    "of the rmas subdirectory of the home directory present in the root.",  # dev
    "But there's a problem: the WHERE clause refers to success which is not available yet.",  # blind judges' shape
    "However, the variable name refers to the column defined earlier.",
    "The title of the first chapter of Walter Lippmann’s Public Opinion, “The World Outside and the Pictures in Our "
    "Heads,” refers to the idea that our opinions depend a great deal on the worldview we assemble for "
    "ourselves.",
    # dev (political-science 05): what a chapter's title alludes to
    "However, this misses an important point: somatic refers to a functional division, whereas peripheral refers to "
    "an anatomic division.",  # dev (anatomy 14): the stored text opens on "this misses", pointing back; kept refused
])
def test_refers_to_a_mention_defines_nothing(nlp, text):
    assert not any(how == "refers_to" for _, how in _defined(nlp, text))


@pytest.mark.parametrize("text, name", [
    ("Partitioning refers to splitting what is logically one large table into smaller physical pieces.",
     "Partitioning"),  # dev
    ("Cultural relativism refers to the practice of assessing a culture by its own standards.",
     "Cultural relativism"),
    ("So, GNI refers to productive output and PPP refers to buying power.", "GNI"),  # dev: a summary's "So"
    ("Prejudice refers to thoughts and feelings, while discrimination refers to action.", "discrimination"),  # dev
    ("While stratification in the United States refers to the unequal distribution of resources among individuals, "
     "global stratification refers to this unequal distribution among nations.", "global stratification"),  # dev
    ("Referential integrity refers to the rule that every value of a foreign key must match a key in another table.",
     "Referential integrity"),
    ("The name Milky Way refers to a band of very faint stars in the sky.", "Milky Way"),  # dev (astronomy)
    ("The knowledge gap refers to an effect of the digital divide: the lack of knowledge or information that keeps "
     "those who were not exposed to technology from gaining marketable skills", "knowledge gap"),  # dev (sociology)
])
def test_defining_refers_to_stays(nlp, text, name):
    assert (name.lower(), "refers_to") in _defined(nlp, text)


@pytest.mark.parametrize("text, name", [  # review of session 28, item 2: a head word that can name a piece of text
    # ("index", "statement", "number") under a modifier that names a kind is a term
    ("The body mass index refers to a person's weight in kilograms divided by the square of the height in meters.",
     "body mass index"),
    ("The Gini index refers to a measure of income inequality within a population.", "Gini index"),
    ("The income statement refers to the financial statement that reports revenues and expenses over a period.",
     "income statement"),
    ("The Reynolds number refers to the ratio of inertial forces to viscous forces in a flowing fluid.",
     "Reynolds number"),
])
def test_term_with_a_mention_head_word_stays(nlp, text, name):
    assert (name.lower(), "refers_to") in _defined(nlp, text)
