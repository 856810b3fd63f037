"""The wider length spread a single-key item may take only with its key at the rank the set's rotation asks for
(``bench._frugal``, ``[build] option_tolerance_ranked``; session 12, issue 12 item 2): invented options."""

import random

import pytest

from proda.evaluate import bench
from proda.evaluate.bench_options import Candidate, Option
from tests.bench_util import chain, step


def _short_key() -> Candidate:
    """A key of 30 characters beside distractors of 62-75 (spread 0.6): no four options within 0.5 of each other."""
    row = chain("dam", [step(1, "x"), step(2, "y"), step(3, "z")])
    c = Candidate("next_step", "In the process \"Town dam\", what does \"x\" directly lead to?",
                  [Option(["The river floods the low fields"], True)],
                  [Option(["The farmers move their cattle to the higher pastures in the spring"], False, "wrong_order"),
                   Option(["The town council builds a new stone bridge over the narrow channel"], False,
                          "same_section"),
                   Option(["The old mill grinds the grain of the valley for the whole of the winter"], False,
                          "same_section")], [1, 2], row)
    return c


def test_a_wider_spread_is_taken_only_at_the_rotations_key_rank():
    """Session 12: most candidate questions of a short-stepped chain died as "lengths" (a 25-character step beside
    section sentences of 60-240).  Beyond the fallback spread an item is made only when its key stands at the rank the
    set's rotation asks for (here the shortest, rank 0), so length still tells nothing over the set: on eleven
    development KBs 96 -> 110 items, length AUC 0.587 -> 0.563, option-only AUC 0.560 -> 0.457."""
    got = bench._frugal(_short_key(), 0.2, 0.5, random.Random(0), set(), 0, ranked=0.7)
    assert got is not None
    texts, flags = got[0], got[1]
    key = texts[flags.index(True)]
    assert all(len(key) < len(t) for t, f in zip(texts, flags) if not f)


@pytest.mark.parametrize("target", [1, 2, 3])
def test_a_wider_spread_at_another_rank_is_refused(target):
    """Kept sibling: the same options where the rotation asks for the key at rank 1-3 make no item (it would be the
    shortest again), and without the ranked tier none at all."""
    assert bench._frugal(_short_key(), 0.2, 0.5, random.Random(0), set(), target, ranked=0.7) is None
    assert bench._frugal(_short_key(), 0.2, 0.5, random.Random(0), set(), 0, ranked=0.0) is None


def test_a_procedure_gets_no_wider_spread():
    """Session 12 reading: the wider tier gave a procedure "which step comes directly after 'Add OH- ions ...'?" with
    "The aluminum hydroxide tends to cause constipation ..." beside its instructions, a sentence that is no step and
    rules itself out.  A procedure keeps the spreads it had; a cascade's item is made (sibling above)."""
    c = _short_key()
    c.chain = dict(c.chain, kind="procedure")
    assert bench._frugal(c, 0.2, 0.5, random.Random(0), set(), 0, ranked=0.7) is None
