"""Headings that name no term (audit round 17, applied mathematics: heading concepts are the book's largest kind;
"logical maneuver" from "A logical maneuver" and "temperament" from "Remarks › Temperament" judged no terms).

* A heading opening with "a"/"an" presents one instance the section works through, not the term it is about
  (``heading_topics.instance_heading``); a bare or definite heading still names its term.
* A heading under the writer's remarks or his address to the reader ([sections] asides) names what he talks about;
  the same heading in a chapter of the subject still names its term.
Headings and text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from proda.ingest.extract.nlp import load_nlp  # noqa: E402
from proda.ingest.extract.offline import OfflineExtractor  # noqa: E402
from proda.ingest.extract.terms import heading_term  # noqa: E402
from proda.models import Chunk  # noqa: E402


@pytest.mark.parametrize("heading", ["A useful shortcut", "An awkward case", "A clever substitution"])
def test_a_heading_with_an_indefinite_article_names_no_term(heading):
    assert heading_term(load_nlp()(heading)) == ""


@pytest.mark.parametrize("heading, name", [("The cross product", "cross product"), ("Parity", "parity"),
                                           ("Eigenvalues", "eigenvalues")])
def test_a_bare_or_definite_heading_still_names_its_term(heading, name):
    assert heading_term(load_nlp()(heading)) == name


_TEXT = ("Patience matters more than talent. Patience lets a student stay with a hard proof for a week, and patience "
         "is what the older students in the seminar most often lacked when they were young.")


def _headings(path: list[str]) -> set[str]:
    ch = Chunk(id="chk_t", doc_id="doc_t", ord=0, text=_TEXT, start=0, end=len(_TEXT), heading_path=path)
    got = OfflineExtractor().extract(ch, "test")
    return {c.name.lower() for c in got.concepts if c.how == "heading"}


def test_a_heading_under_the_writers_remarks_names_no_term():
    assert "patience" not in _headings(["Part IV", "Remarks", "Patience"])
    assert "patience" not in _headings(["Preface", "Patience"])


def test_the_same_heading_in_a_chapter_of_the_subject_stays():
    assert "patience" in _headings(["Part IV", "Study habits", "Patience"])


def test_only_the_remarks_section_and_its_children_are_asides():
    """A heading deeper under "Remarks" (an outline misread: round 17's PDF nested its appendices there) keeps its
    term."""
    assert "patience" in _headings(["Part IV", "Remarks", "Afterthoughts", "Appendices", "Patience"])
