"""Review 11: a chain must be a sequence or a cascade the text states.  Each rule with the reviewer's counter-example
(which gave a chain before) and a positive sibling that must keep its chain."""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of, find

pytest.importorskip("spacy")

SERIES = "Voters study the candidates, compare their positions, and then vote."


@pytest.mark.parametrize("text", [
    "Students in the control group did not read the chapter, take notes, and then answer the questions.",
    "Most voters do not study the candidates, compare their positions, and then vote.",
    "No cell grows, divides, and then dies in this tissue.",
    "Few voters study the candidates, compare their positions, and then vote.",
    "Voters rarely study the candidates, compare their positions, and then vote.",
    "According to Downs, voters study the candidates, compare their positions, and then vote.",
    "Ideally, a rational voter would study the candidates, compare their positions, and then vote.",
    "Voters should study the candidates, compare their positions, and then vote.",
])
def test_a_series_under_a_negation_hedge_modal_or_view_is_no_chain(nlp, text):
    """Before: a sequence chain whose later steps lost the sign over the first verb ("students in control group |
    answer | questions" from "did not read ..., take notes, and then answer"); chain_series._unstated."""
    chains, statements = find(nlp, text)
    assert chains == [] and statements == []


def test_the_plain_series_keeps_its_chain(nlp):
    """Positive siblings: the same series stated plainly, and a procedure done "typically" (the usual way)."""
    for text in (SERIES, "The cell grows, divides, and then dies.",
                 "The precipitate is typically isolated from the reaction mixture by filtration, carefully dried, and then weighed."):
        chains = chains_of(nlp, text)
        assert len(chains) == 1 and chains[0].kind == "sequence" and len(chains[0].steps) == 3


@pytest.mark.parametrize("text", [
    "Aspirin inhibits the enzymes that produce prostaglandins, which in turn cause inflammation.",
    "The drug blocks the receptors that trigger pain, which leads to relief.",
    "The hormone suppresses the cells that release acid, causing the stomach to heal.",
    "Calcitonin inhibits the osteoclasts that break down bone, which lowers blood calcium.",
])
def test_a_relative_clause_under_a_blocking_verb_is_no_next_step(nlp, text):
    """Before: "Aspirin inhibits the enzymes" -> "that produce prostaglandins" -> "which in turn cause inflammation",
    the blocked event keyed as what follows (chain_cascades._restrictive_result)."""
    for chain in chains_of(nlp, text):
        assert not any(s.startswith("that ") for s in chain.steps), chain.steps


def test_a_relative_clause_under_a_causal_verb_is_still_the_next_step(nlp):
    """Positive sibling: the outcry the arrest triggered is what led to the boycott."""
    chains = chains_of(nlp, "Her arrest triggered a public outcry that led to the famous Montgomery bus boycott, "
                            "turning the movement into a national campaign.")
    assert len(chains) == 1 and chains[0].steps[1].startswith("that led to")


def _chains_of_html(nlp, tmp_path, body: str):
    """The chains of each chunk of an HTML section, read and chunked as ``proda ingest`` does."""
    from proda.ingest.chunking import chunk_document
    from proda.ingest.extract.chains import find_chains
    from proda.ingest.readers import read_document

    f = tmp_path / "section.html"
    f.write_text(f"<html><body><h1>Chapter</h1>{body}</body></html>", encoding="utf-8")
    return [c for ch in chunk_document(read_document(f), "d") for c in find_chains(nlp(ch.text), ch)[0]]


VIRUS = ("<p>The virus damages liver cells, causing the release of bilirubin into the blood, which causes jaundice "
         "in adults.</p>")
PRECIPITATE = ("<p>Also common are gravimetric techniques in which the analyte is subjected to a precipitation reaction. "
               "The precipitate is typically isolated from the reaction mixture by filtration, carefully dried, and then "
               "weighed.</p>")


def test_a_box_label_paragraph_does_not_name_the_chain(nlp, tmp_path):
    """Before: 'Virus → jaundice (Everyday Connection)', a feature box's label taken for a section heading because it
    was a short title-case block; only a heading the reader marked names the chain (chains._heading)."""
    chains = _chains_of_html(nlp, tmp_path, "<h2>Calcium Balance</h2><p>Everyday Connection</p>" + VIRUS)
    assert len(chains) == 1
    assert "Everyday Connection" not in chains[0].name and "Calcium Balance" in chains[0].name


def test_a_marked_heading_inside_the_chunk_names_the_chain_below_it(nlp, tmp_path):
    """Positive sibling: a short section merged into the next chunk; the chain below the second heading is named
    after it, not after the section the chunk began in."""
    chains = _chains_of_html(nlp, tmp_path, "<h2>Titration</h2><p>A short note.</p><h2>Gravimetric Analysis</h2>"
                             + PRECIPITATE)
    assert len(chains) == 1
    assert "Gravimetric Analysis" in chains[0].name and "Titration" not in chains[0].name
