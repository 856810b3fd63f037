"""An outside option that shares no concept with the chain comes from the chain's own passage, else not at all
(round 19, issue 12: the blood-buffer item offered two steps of the chapter's titration process, a topic the question
never raised, and the judge rejected it as a cue).  The passage is the chain's document under a heading of the
chunks it was read from (``bench_chains.cypher`` returns them as ``headings``).  Every sentence here is invented
general English."""

from __future__ import annotations

import random
from collections import Counter

from proda.evaluate import bench
from tests.bench_util import PATH, chain as _chain, step as _step

try:
    from test_bench import _stmt
except ImportError:  # pragma: no cover
    from tests.test_bench import _stmt

OTHER = "w/ch1/b.html"  # another section of the same chapter


def _bakery(headings=("Baking bread",)) -> dict:
    return dict(_chain("a", [_step(1, "The baker kneads the dough", ["baker", "dough"]),
                             _step(2, "The dough rises in the warm room", ["dough", "room"]),
                             _step(3, "The risen dough is baked in the oven", ["dough", "oven"])]),
                headings=list(headings))


def _mill(cid: str = "m", path: str = OTHER, headings=("Grinding grain",)) -> dict:
    return dict(_chain(cid, [_step(1, "The river turns the wheel", ["river", "wheel"]),
                             _step(2, "The wheel drives the millstone", ["wheel", "millstone"]),
                             _step(3, "The millstone grinds the grain", ["millstone", "grain"])]),
                path=path, headings=list(headings))


def _offered(rows, links=()) -> list[str]:
    chains = bench.Chains(rows, list(links))
    a = next(c for c in chains.usable if c["id"] == "a")
    cands = bench.candidates(a, chains, random.Random(0), Counter())
    return sorted({o.phrasings[0] for c in cands if c.kind == "next_step" for o in c.distractors
                   if o.kind not in bench.OWN})


def _said(sid: str, s: str, o: str, quote: str, heading: str, path: str = PATH) -> dict:
    return dict(_stmt(sid, s, "causes", o, path, quote), heading=heading)


def test_a_step_of_another_sections_process_is_no_option():
    """Before: a chain of another section sharing nothing with ours (the mill) gave its steps as wrong answers to a
    question on the bakery; a reader rules them out without knowing how bread is made."""
    got = _offered([_bakery(), _mill()])
    assert not {"The river turns the wheel", "The wheel drives the millstone"} & set(got)


def test_a_process_told_in_the_same_passage_is_still_offered():
    """Kept: another process told under the chain's own heading is read beside it; its steps stay options."""
    got = _offered([_bakery(), _mill(path=PATH, headings=("Baking bread",))])
    assert "The wheel drives the millstone" in got
    # the same document under another heading is another passage
    assert "The wheel drives the millstone" not in _offered([_bakery(), _mill(path=PATH)])


def test_a_statement_of_another_passage_on_nothing_of_ours_is_no_option():
    """Before: any event statement of the chain's document was offered, also one under another heading that names
    nothing of the chain ("Heavy rain causes floods in the valley" beside the bakery)."""
    far = _said("z1", "rain", "flood", "Heavy rain causes floods in the valley", "Weather")
    assert "Heavy rain causes floods in the valley" not in _offered([_bakery()], [far])


def test_a_statement_of_the_passage_on_our_nouns_or_on_our_concepts_is_still_offered():
    """Kept: a statement under the chain's heading that names a noun of a step (the oven), and one under another
    heading that names a concept of the chain (the baker), both verified not to follow as before."""
    here = _said("z2", "smoke", "cough", "Thick smoke from the oven causes a cough", "Baking bread")
    ours = _said("z3", "baker", "apron", "The baker causes a stain on the apron", "Weather")
    got = _offered([_bakery()], [here, ours])
    assert "Thick smoke from the oven causes a cough" in got
    assert "The baker causes a stain on the apron" in got


def test_a_statement_of_the_passage_on_nothing_of_ours_is_no_option():
    """Session 25 (issue 12), reversing round 19: a statement under the chain's own heading that shares neither a
    concept nor a noun with the chain ("Thick smoke causes a cough in the kitchen" beside the kneading, rising and
    baking of dough) is another topic of the passage, ruled out without knowing how bread is made; only the verb of
    an event family ("causes") would be shared, which is no topic (``bench_unlinked.on_topic``)."""
    far = _said("z2", "smoke", "cough", "Thick smoke causes a cough in the kitchen", "Baking bread")
    near = _said("z4", "smoke", "cough", "Thick smoke causes a cough in the room", "Baking bread")
    got = _offered([_bakery()], [far, near])
    assert "Thick smoke causes a cough in the kitchen" not in got
    assert "Thick smoke causes a cough in the room" in got  # "room": a noun of step 2


def test_a_chain_without_headings_reads_its_document_as_the_passage():
    """Kept (graphs before ``headings``): a statement of the chain's document is offered as before (it names the
    oven, a noun of step 3: on the chain's topic, ``bench_unlinked.on_topic``); under another heading it is not."""
    far = _said("z1", "rain", "flood", "Heavy rain causes floods near the oven", "Weather")
    assert "Heavy rain causes floods near the oven" in _offered([_bakery(headings=())], [far])
    assert "Heavy rain causes floods near the oven" not in _offered([_bakery()], [far])
