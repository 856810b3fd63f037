"""A section labelled as a worked example states the example's particulars, not facts of the subject: under
"EXAMPLES › Landsat TM7 example › Preparation", "As a first step, the original DN pixel values must be converted to
reflectance" was stored as a general requirement, "the metadata file is included in the downloaded scene" of one
scene, "The mean elevation is stored in mean" of one variable (session 30's fresh sample on the GRASS manual's
development pages: 2 wrong, 1 fragment; 6 of the section's 10 statements were wrong or fragments).

``worked_examples.worked_example`` reads [sections] worked_examples: a heading that is only such a label, or the label
with a number ("Example 3.2", "Example 3.2: Molar mass") or a colon; a topic heading that merely starts with the
word ("Examples of International Law", "Exercise and Bone Tissue") is no example.  Concepts and definitions of
such a section stay; its statements are not stored.  Invented text."""

from __future__ import annotations

import pytest

from proda.ingest.extract.offline import OfflineExtractor
from proda.ingest.extract.worked_examples import worked_example
from proda.models import Chunk

_TEXT = ("Radiance depends on the gain of the sensor. The gain of the sensor affects radiance. Reflectance depends on "
         "radiance.")


def _statements(heading: list[str]):
    ch = Chunk(id="chk_test", doc_id="doc_test", ord=0, text=_TEXT, start=0, end=len(_TEXT), heading_path=heading)
    return OfflineExtractor().extract(ch, "test").statements


@pytest.mark.parametrize("path", [["EXAMPLES", "Atmospheric correction of a band"], ["Example"],
                                  ["Chapter 3", "Example 3.2: Converting values"], ["Worked examples"],
                                  ["Sample Problem 4"], ["Exercises"]])
def test_a_worked_example_section_gives_no_statements(path):
    assert worked_example(path)
    assert _statements(path) == []


@pytest.mark.parametrize("path", [["Examples of International Law"], ["Exercise and Bone Tissue"],
                                  ["Image processing", "Reflectance"]])
def test_a_topic_heading_is_no_example(path):
    assert not worked_example(path)
    assert _statements(path)
