"""Definition-list entries that are a manual's notes on controls or settings, not glossary entries
(:mod:`proda.ingest.extract.definition_entries`, session 26 engineer K), and the glossary shapes that must stay.

Entries invented, in several disciplines and kinds of book (a lab instrument's manual, a field guide, a statistics
package, a climate glossary, a music-theory glossary); none is from a book.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from proda.ids import normalize_name  # noqa: E402
from proda.ingest.extract.definition_entries import entry_defines  # noqa: E402
from proda.ingest.extract.nlp import load_nlp  # noqa: E402
from proda.ingest.extract.offline import OfflineExtractor  # noqa: E402
from proda.models import Chunk, Definition  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("term, text", [
    ("Sample Rate", "Sets how often the logger reads the probe."),  # a note on what a control does
    ("Auto-zero", "Check this box if the balance should tare itself before each reading."),  # imperative
    ("Stop Button", "Clicking this button ends the current run and saves the partial trace."),  # gerund subject
    ("Threshold", "This field should be filled with the lowest count the detector reports."),  # instruction
    ("Smoothing", "This option allows you to average neighbouring points before the fit."),  # you, object
    ("Weighted Fit", "You enter the weights in the second column and the fit uses them."),  # you, subject
    ("Overwrite", "If enabled, will replace the stored curve without asking."),  # subjectless, modal
    ("Older releases", "have been known to run on tape drives."),  # the term's own sentence run on
    ("Version 3", "Unix, Windows (XP and later) and macOS."),  # a list of names
    ("Beaufort scale", "See Wind force."),  # a cross-reference
])
def test_notes_on_controls_do_not_define(nlp, term, text):
    assert not entry_defines(text, nlp)


@pytest.mark.parametrize("term, text", [
    ("isohyet", "line on a map joining places that receive equal rainfall"),  # a noun-phrase gloss
    ("cadence", "progression of chords that closes a phrase; also called a close"),
    ("tributary", "stream that flows into a larger river and does not reach the sea itself"),
    ("delta", "develops where a river deposits sediment faster than the sea removes it"),  # fragment, lower case
    ("Median", "The middle value of a sample ordered from least to greatest."),  # capitalised gloss
    ("Aquifer", "An aquifer is a layer of rock that holds water you can pump to the surface."),  # 'you' deeper
    ("Quorum", "Stands for the least number of members who must be present to decide."),  # defining verb
    ("Drought", "Occurs when rainfall stays well below its average for months."),
    ("Degree of freedom", "This is the number of values in a calculation that are free to vary."),  # demonstrative
    ("Sonnet", "A sonnet can be read as an argument in fourteen lines."),  # modal, the term as subject
    ("Statement Date", "The date of the statement you will be checking against."),  # 'you' in a relative clause
])
def test_glosses_define(nlp, term, text):
    assert entry_defines(text, nlp)


def test_extraction_keeps_glossary_entries_and_leaves_out_notes():
    text = ("Sample Rate: Sets how often the logger reads the probe.\n"
            "isohyet: line on a map joining places that receive equal rainfall\n"
            "The logger reads each probe in turn and stores the isohyet values.")
    ch = Chunk(id="chk_entries", doc_id="doc_entries", ord=0, text=text, start=0, end=len(text),
               heading_path=["Settings"],
               definitions=[Definition(term="Sample Rate", definition="Sets how often the logger reads the probe."),
                            Definition(term="isohyet",
                                       definition="line on a map joining places that receive equal rainfall")])
    ex = OfflineExtractor().extract(ch, "test")
    by = {normalize_name(c.name): c for c in ex.concepts}
    assert by["isohyet"].how == "definition_list" and by["isohyet"].definition.startswith("line on a map")
    assert "sample rate" not in by or not by["sample rate"].definition
