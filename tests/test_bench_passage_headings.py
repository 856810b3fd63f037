"""A statement told under several headings (the same sentence in a passage and in its section's review, merged into one
statement) is in each of those passages (review R1 of 9f01449).  ``bench_statement_paths.cypher`` gave one heading,
``min(k.heading)``, picked alphabetically and apart from ``min(d.path)``: "Chapter Review" sorts before most headings, so a
sentence of the chain's own passage that the review repeats was read as another passage's and, naming nothing of the
chain, was never offered.  The query now returns all its ``headings`` and the passage test reads them all.  Every
sentence here is invented general English."""

from __future__ import annotations

import random
from collections import Counter

from proda.evaluate import bench
from tests.bench_util import PATH

try:
    from test_bench_passage import _bakery, _said
except ImportError:  # pragma: no cover
    from tests.test_bench_passage import _bakery, _said


def _offered(links) -> list[str]:
    chains = bench.Chains([_bakery()], list(links))
    a = next(c for c in chains.usable if c["id"] == "a")
    cands = bench.candidates(a, chains, random.Random(0), Counter())
    return sorted({o.phrasings[0] for c in cands if c.kind == "next_step" for o in c.distractors
                   if o.kind not in bench.OWN})


def test_a_statement_also_told_in_the_review_is_still_in_the_passage():
    """Before: its one heading was the review's ("Afterword" sorts first), so it was dropped beside the bakery."""
    both = dict(_said("z2", "smoke", "cough", "Thick smoke from the oven causes a cough", "Afterword"),
                headings=["Afterword", "Baking bread"])  # "oven": a noun of the chain (bench_unlinked.on_topic)
    assert "Thick smoke from the oven causes a cough" in _offered([both])
    assert "Thick smoke from the oven causes a cough" not in _offered([dict(both, headings=["Afterword"])])


def test_a_statement_told_only_under_other_headings_stays_out():
    """Kept: every heading it is told under is another passage, and it names nothing of the chain."""
    far = dict(_said("z1", "rain", "flood", "Heavy rain causes floods in the valley", "Afterword"),
               headings=["Afterword", "Weather"])
    assert "Heavy rain causes floods in the valley" not in _offered([far])


def test_a_row_without_headings_reads_its_one_heading():
    """Kept (rows from before the ``headings`` column): the one ``heading`` decides, as in 9f01449."""
    here = _said("z2", "smoke", "cough", "Thick smoke from the oven causes a cough", "Baking bread")
    far = _said("z1", "rain", "flood", "Heavy rain causes floods near the oven", "Weather")  # both on the oven
    got = _offered([here, far])
    assert "Thick smoke from the oven causes a cough" in got
    assert "Heavy rain causes floods near the oven" not in got
    assert PATH  # both in the chain's document: only the heading tells the passages apart
