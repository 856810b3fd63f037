"""Headings of a manual that name no term (blind round 28: "available drivers" from "Available drivers" and "analogy"
from "Analogy: mathematical expressions" judged fragments; on the development pages "Available commands" and
"WARNING" were heading concepts too).

* A heading opening with a word of what there is ("Available", "Supported", "Useful": [terms]
  heading_list_adjectives) lists things the section offers; it names no kind.
* A heading that is one label word ("WARNING", "Note"), or whose part before a colon is one ("Analogy: ..."), names
  the kind of passage ([terms] heading_labels).
Siblings: the same nouns under a term's heading still name it."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from proda.ingest.extract.nlp import load_nlp  # noqa: E402
from proda.ingest.extract.terms import heading_term  # noqa: E402


@pytest.mark.parametrize("heading", ["Available drivers", "Available commands", "Supported formats",
                                     "Useful functions", "WARNING", "Note", "Analogy: mathematical expressions",
                                     "Example: a simple pendulum"])
def test_a_list_or_label_heading_names_no_term(heading):
    assert heading_term(load_nlp()(heading)) == ""


@pytest.mark.parametrize("heading, name", [("Database drivers", "database drivers"),
                                           ("Vector networks: Linear referencing system", "vector networks"),
                                           ("Raster compression", "raster compression"),
                                           ("Ledger lines", "ledger lines"), ("Optical spacing", "optical spacing")])
def test_a_terms_heading_still_names_it(heading, name):
    assert heading_term(load_nlp()(heading)) == name
