"""A heading's name keeps the case the text gives it (round 19: "Morocco: An Example of ..." became the concept
"morocco").

``heading_term`` lowers every title-case word, since a title's capitals say nothing about proper nouns; the
chunk's own text does.  A name the text writes capitalised wherever no sentence starts, and never in lower case,
is a proper noun ("Atlantis", "the Northern League") and keeps its capitals, so that termhood can read it as a
place or a person; a name the text writes in lower case, or capitalises only at a sentence's start, stays lower
case.  The concept key (``normalize_name``) is the same either way, so the heading merges with the name's
mentions.  Headings and text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from proda.ids import normalize_name  # noqa: E402
from proda.ingest.extract.offline import OfflineExtractor  # noqa: E402
from proda.ingest.extract.terms import text_cased  # noqa: E402
from proda.models import Chunk  # noqa: E402


def _heading_names(heading: str, text: str) -> set[str]:
    ch = Chunk(id="chk_t", doc_id="doc_t", ord=0, text=text, start=0, end=len(text), heading_path=["Rule", heading])
    got = OfflineExtractor().extract(ch, "test")
    return {c.name for c in got.concepts if c.how == "heading"}


_ISLAND = ("For centuries the island of Atlantis was ruled by one family. Since 1920, Atlantis has held elections "
           "for an assembly, but the ruling family of Atlantis still appoints the ministers.")


def test_a_proper_noun_heading_keeps_its_capital():
    names = _heading_names("Atlantis: An Example of Island Rule", _ISLAND)
    assert "Atlantis" in names and "atlantis" not in names


@pytest.mark.parametrize("name, text, want", [
    ("atlantis", _ISLAND, "Atlantis"),
    ("northern league", "Members of the Northern League met in May. The Northern League then split.", "Northern League"),
    ("DNA replication", "In every dividing cell, DNA replication copies the genome.", "DNA replication"),
])
def test_the_text_capitalised_mid_sentence_gives_the_case(name, text, want):
    assert text_cased(name, text) == want


@pytest.mark.parametrize("name, text", [
    ("glaciers", "Glaciers move slowly. Over a winter, glaciers grow as snow falls on them."),  # lower case too
    ("glaciers", "Glaciers move slowly. Glaciers grow as snow falls on them."),  # only sentence starts
    ("patience", "A student needs patience. Patience lets him stay with a proof."),
    ("tundra", "Little grows there."),  # not in the text at all
    ("tidal bore", "The Tidal Bore\nFigure 2 The Tidal Bore\nTidal Bore waves are rare."),  # title lines only
    ("tidal effects", "Lunar and Tidal Effects of the Seasons\nTides rise twice a day."),  # a caption's small words
])
def test_a_common_noun_stays_lower_case(name, text):
    assert text_cased(name, text) == name


def test_the_key_still_merges_the_heading_with_its_mentions():
    assert normalize_name(text_cased("atlantis", _ISLAND)) == normalize_name("atlantis") == normalize_name("Atlantis")



def test_word_with_capitals_inside_keeps_them():
    """Round 37: "TCP ACKed unseen segment" became the concept "TCP aCKed unseen segment"; only a word written in
    title case is lowered, one with capitals inside ("ACKed", "mRNA") is written so on purpose."""
    from proda.ingest.extract.nlp import load_nlp
    from proda.ingest.extract.terms import heading_term

    nlp = load_nlp()
    assert heading_term(nlp("TCP ACKed Unseen Segment")) == "TCP ACKed unseen segment"
    assert heading_term(nlp("The Thyroid Gland")) == "thyroid gland"
