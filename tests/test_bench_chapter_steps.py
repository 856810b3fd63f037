"""Outside options from the steps of the chapter's other processes (S16-B, issue 12: chemistry and sociology chapters
gave one benchmark item or none, most candidates refused for want of distractors or of ones near the key's length).
A step of another chain of the same chapter and kind, when that chain as a whole shares no concept, no linked
concept and no noun with this one, is verified not to follow and not to lead to it, and it is a step like the key
(short, of one form).  Since round 19 only a chain told in the same passage (``tests/test_bench_passage.py``): here
both chains are told in one document, whose headings the rows do not give.  Every sentence here is invented general
English."""

from __future__ import annotations

import random
from collections import Counter

from proda.evaluate import bench
from tests.bench_util import PATH, chain as _chain, step as _step

try:
    from test_bench import _stmt
except ImportError:  # pragma: no cover
    from tests.test_bench import _stmt

OTHER = PATH  # the same document: another process of the chain's passage (test_bench_passage: another section's is not)


def _bakery() -> dict:
    return _chain("a", [_step(1, "The baker kneads the dough", ["baker", "dough"]),
                        _step(2, "The dough rises in the warm room", ["dough", "room"]),
                        _step(3, "The risen dough is baked in the oven", ["dough", "oven"])])


def _mill(cid: str = "m", **swap) -> dict:
    steps = {1: ("The river turns the wheel", ["river", "wheel"]),
             2: ("The wheel drives the millstone", ["wheel", "millstone"]),
             3: ("The millstone grinds the grain", ["millstone", "grain"])}
    steps.update(swap.get("steps", {}))
    return dict(_chain(cid, [_step(p, t, c) for p, (t, c) in sorted(steps.items())]), path=OTHER,
                kind=swap.get("kind", "cascade"))


def _by(chains, cid: str) -> dict:
    return next(c for c in chains.usable if c["id"] == cid)


def _offered(rows, links=()) -> list[tuple[str, str]]:
    chains = bench.Chains(rows, list(links))
    cands = bench.candidates(_by(chains, "a"), chains, random.Random(0), Counter())
    return [(o.phrasings[0], o.kind) for c in cands if c.kind == "next_step" for o in c.distractors]


def test_an_unlinked_step_of_another_chain_of_the_passage_is_an_option():
    """Before: an other chain's step was offered only when it shared a concept with the chain, so a three-step chain
    in a section with no event statement had one own step per question and no item."""
    assert ("The wheel drives the millstone", "other_chain") in _offered([_bakery(), _mill()])
    # and an item is made: four options, one key, at least one own distractor
    items, _ = bench.generate([_bakery(), _mill()], per_chain=4, seed=0, links=[])
    baked = [i for i in items if i.chain_id == "a" and i.kind != "order"]
    assert baked and all(set(i.distractor_kinds) & bench.OWN for i in baked)


def test_a_chain_the_kb_links_to_ours_stays_out():
    """Kept refused: a chain one of whose concepts the KB says ours acts on (the oven's heat cracks the millstone)
    may follow from ours, all its steps; an unlinked chain beside it is still offered."""
    links = [_stmt("z1", "oven", "causes", "millstone", OTHER, "The heat of the oven causes cracks in the millstone.")]
    ferry = _mill("f", steps={1: ("The ferry leaves the harbour", ["ferry", "harbour"]),
                              2: ("The ferry reaches the island", ["ferry", "island"]),
                              3: ("The island market opens", ["island", "market"])})
    got = [t for t, _ in _offered([_bakery(), _mill(), ferry], links)]
    assert not {"The river turns the wheel", "The wheel drives the millstone"} & set(got)
    assert "The ferry reaches the island" in got


def test_a_chain_naming_a_noun_of_ours_stays_out():
    """Kept refused: a chain that names a noun of our steps under another concept (the KB sees no link) may tell our
    process again in other words, even in its steps that do not name it."""
    mill = _mill(steps={3: ("The millstone warms the room", ["millstone", "hall"])})
    got = [t for t, _ in _offered([_bakery(), mill])]
    assert not {"The river turns the wheel", "The millstone warms the room"} & set(got)


def test_a_chain_of_another_form_stays_out():
    """Kept refused: a procedure's imperatives beside a cascade's events are options of another form.  A step the
    KB knows no concept of is judged by its chain's nouns: offered when they are foreign."""
    assert "The wheel drives the millstone" not in [t for t, _ in _offered([_bakery(), _mill(kind="procedure")])]
    blank = _mill(steps={1: ("The river turns the wheel", [])})
    assert "The river turns the wheel" in [t for t, _ in _offered([_bakery(), blank])]
    assert "The wheel drives the millstone" in [t for t, _ in _offered([_bakery(), _mill(kind="sequence")])]
