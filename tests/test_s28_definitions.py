"""Session 28, engineer D: a glossary entry whose text is a clause about something else, a task named as a term, and a
"refers to" that points at a mention (:mod:`proda.ingest.extract.definition_offtopic`).

The kept and refused sentences marked "dev" are from the development books (sysadmin, databases, imaging, accounting
manuals; the anatomy, chemistry, sociology and political-science glossaries); the others are invented in the shape
blind judges rejected (a manual's list of index kinds whose entries describe locking).
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


@pytest.mark.parametrize("term, text", [
    ("Hash indexes", "Share/exclusive page-level locks are used for read/write access. Locks are released after "
                     "each row is fetched."),
    ("Blue widgets", "Short-term exclusive locks are held until the end of the transaction."),
    ("Mirror pools", "The server keeps a second copy of every block it writes."),
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
    off = ConceptDraft(name="Hash indexes", how="definition_list",
                       definition="Share/exclusive page-level locks are used for read/write access.")
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
    "But there's a problem: the WHERE clause refers to success which is not available yet.",
    "However, the variable name refers to the column defined earlier.",
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
])
def test_defining_refers_to_stays(nlp, text, name):
    assert (name.lower(), "refers_to") in _defined(nlp, text)
