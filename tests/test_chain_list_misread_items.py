"""A manual's procedure kept whole (session 30, GRASS GIS development page r.cost: "Multiple directions can be solved
... with the following steps:" and six imperative items; the chain was kept cut after the fourth, named after the
section heading "OPTIONS").

- an item whose verb the parse read as a noun's modifier ("Use" nmod in "Use thise negative distances as ...") or as
  the subject of a plural noun read as its verb ("Extract paths again with ...": "paths" VBZ) is one more
  instruction -- ``chain_lists._verb_read_as_noun``, ``chain_lists.instruction``;
- the process a passive introduction names is the verb's act on its subject: "Solving multiple directions", not the
  heading alone -- ``chain_lists._intro_process``.
Siblings: an item with a finite verb of its own still ends the list ("Baking takes about an hour" in
test_chains_round15), and a verb-first item with a real verb after its noun ("Plant cells divide ...") is none."""

from __future__ import annotations

import pytest

from proda.ingest.extract.chain_lists import instruction
from tests.chains_util import chains_of

pytest.importorskip("spacy")

GRASS = ("Multiple directions can be solved as in the above example with the following steps:\n\n"
         "Create multiple directions with r.cost/r.walk using the -b flag\n\n"
         "Extract paths using r.path format=bitmask\n\n"
         "Calculate the distance from NULL cells to paths using r.grow.distance -n input=<paths from r.path>\n\n"
         "Invert the sign of the distances with r.mapcalc because for the solver smaller is better, and here we want "
         "to get the center of an area with multiple directions\n\n"
         "Use thise negative distances as solver for a second pass of r.cost\n\n"
         "Extract paths again with r.path to get a geometrically optimized solution")


def test_a_procedure_with_misread_imperatives_is_kept_whole_and_named_by_its_intro(nlp):
    chains = [c for c in chains_of(nlp, GRASS, "OPTIONS") if c.kind == "procedure"]
    assert len(chains) == 1, [c.steps for c in chains]
    assert len(chains[0].steps) == 6 and chains[0].steps[-1].startswith("Extract paths again"), chains[0].steps
    assert chains[0].name.startswith("Solving multiple directions"), chains[0].name


def test_a_noun_subject_with_its_own_verb_is_no_instruction(nlp):
    assert not instruction(next(nlp("Plant cells divide by mitosis.").sents))
    assert not instruction(next(nlp("Balance is kept by the kidneys.").sents))
