"""Benchmark fixes from the fresh-context review of round 12: a cyclic process's own steps are no wrong answer to
the direction-free questions; an outside sentence's main clause is checked against the steps of each chain that
offers it, not only the first.  Every sentence here is invented general English."""

from __future__ import annotations

import random
from collections import Counter

from proda.evaluate import bench
from proda.evaluate.bench_cycles import cyclic, says_cycle
from tests.bench_util import PATH, chain as _chain, step as _step

try:
    from test_bench import _stmt
except ImportError:  # pragma: no cover
    from tests.test_bench import _stmt


HEAT = ("The heater warms the air in the room until the thermostat reaches its set point. At this point, the "
        "thermostat switches the heater off and the warm air rises toward the ceiling. The room cools slowly "
        "until the thermostat switches the heater on, and the warming phase begins again.")


def _thermostat(source: str) -> dict:
    return {"id": "heat", "name": "Thermostat (Heating)", "kind": "cascade", "path": "h/ch1/a.html",
            "document": "doc", "about": [], "transitions": [], "sources": [source],
            "steps": [_step(1, "The heater warms the air in the room until the thermostat reaches its set point.",
                            ["heater", "thermostat"]),
                      _step(2, "the thermostat switches the heater off and the warm air rises toward the ceiling.",
                            ["thermostat", "heater", "air"]),
                      _step(3, "The room cools slowly until the thermostat switches the heater on",
                            ["room", "thermostat", "heater"])]}


def test_a_process_the_text_says_starts_over_is_cyclic():
    assert cyclic(_thermostat(HEAT))
    # a cue a sentence or two after the last step still closes the cycle ("... The pause lasts a minute. ... repeats")
    plain = HEAT.replace(", and the warming phase begins again.", ".")
    assert cyclic(_thermostat(plain + " The pause lasts about a minute. After that the whole cycle repeats."))
    assert cyclic(_thermostat(plain + " The whole process then starts over."))  # the process itself starts over
    assert cyclic(_thermostat(plain + " The thermostat repeats this every hour."))  # a word of the steps beside it
    # the same process without a cue, with it far after the last step, about another thing, or a cycle named in
    # passing, is no cycle
    assert not cyclic(_thermostat(plain))
    assert not cyclic(_thermostat(plain + " The owners pay the bill. They read the meter. They call the shop. The "
                                          "shop repeats the offer."))
    assert not cyclic(_thermostat(plain + " At the age of ten, the house begins to sink again."))
    assert not cyclic(_thermostat(plain + " In the yearly cycle of the seasons, winter is the longest."))
    assert not cyclic(dict(_thermostat(HEAT), sources=[]))  # nothing to read
    # "Again," opening a sentence says "as said before", not a second round; "once more" inside one does
    assert not says_cycle("Again, the owners pay the bill.") and says_cycle("The room cools once more.")
    assert not says_cycle("The room cools once more.", named=lambda s: False)  # unless it names nothing of the chain


def _own(cands, kind: str) -> list[tuple[list[str], list[str]]]:
    """(own distractor kinds, key texts) of each candidate of ``kind``."""
    return [([o.kind for o in c.distractors if o.kind in bench.OWN], [o.phrasings[0] for o in c.correct])
            for c in cands if c.kind == kind]


def test_a_cyclic_chain_offers_no_own_step_to_direction_free_questions():
    """Before: "which follow, directly or indirectly, from 'the thermostat switches the heater off ...'?" offered
    step 1 as reversed causality, while the text says the warming phase begins again (so it follows too)."""
    cyc = bench.Chains([_thermostat(HEAT)], [])
    lin = bench.Chains([_thermostat(HEAT.replace(", and the warming phase begins again.", "."))], [])
    c_cands = bench.candidates(cyc.usable[0], cyc, random.Random(0), Counter())
    l_cands = bench.candidates(lin.usable[0], lin, random.Random(0), Counter())
    for kind in ("consequence", "precondition", "missing_step"):
        assert _own(l_cands, kind) and any("reversed_causality" in ks for ks, _ in _own(l_cands, kind))  # sibling
        assert _own(c_cands, kind) and all("reversed_causality" not in ks for ks, _ in _own(c_cands, kind)), kind
    # the keys stay what the chain says (later steps follow, earlier ones must have happened)
    assert _own(c_cands, "consequence") == [([], ["the thermostat switches the heater off and the warm air rises "
                                                  "toward the ceiling", "The room cools slowly until the "
                                                  "thermostat switches the heater on"]),
                                            ([], ["The room cools slowly until the thermostat switches the "
                                                  "heater on"])]
    # "directly" questions keep their own steps: the one link a cycle adds (last -> first) is never asked about
    assert _own(c_cands, "next_step") == _own(l_cands, "next_step")
    assert _own(c_cands, "cause") == _own(l_cands, "cause")
    assert any(ks for ks, _ in _own(c_cands, "next_step"))
    # three steps of a cycle: without rotations only the neighbour swaps are left, whose centre is the key (review of
    # round 15): no order item; the same three steps of a process that is no cycle are asked their order
    assert [c.kind for c in c_cands].count("order") == 0 and [c.kind for c in l_cands].count("order") == 1
    # the report says which chains were read as cycles
    assert [r["cyclic"] for r in bench.generate([_thermostat(HEAT)], per_chain=50)[1].chain_table] == [True]
    assert [r["cyclic"] for r in bench.generate([lin.usable[0]], per_chain=50)[1].chain_table] == [False]


RAIN = ("Heavy rain produces deep puddles on the roads, although the sun dries most of them within a day after the "
        "storm has passed over the harbour")  # "harbour": on the ferry's topic (bench_unlinked.on_topic)


def test_an_outside_clause_is_checked_against_each_chains_steps(nlp):
    """Before: the main clause of an outside sentence was checked (overlaps, restates) against the steps of the first
    chain that offered the sentence and then cached by its text, so a second chain of the section offered "Heavy rain
    produces deep puddles on the roads" beside its own step about the same puddles."""
    ferry = _chain("a", [_step(1, "The ferry leaves the harbour at dawn", ["ferry", "harbour"]),
                         _step(2, "The ferry reaches the island before noon", ["ferry", "island"]),
                         _step(3, "The island market opens for the passengers", ["island", "market"])])
    road = _chain("b", [_step(1, "The deep puddles on the roads after heavy rain slow the morning traffic and keep "
                                 "the children at home", ["puddle", "traffic"]),
                        _step(2, "The traffic jam delays the buses", ["traffic", "bus"]),
                        _step(3, "The buses miss the morning train at the station", ["bus", "train"])])
    links = [_stmt("z1", "heavy rain", "produces", "deep puddles", PATH, RAIN + ".")]
    chains = bench.Chains([ferry, road], links)
    chains.nlp = nlp

    def wordings(chain: dict) -> list[list[str]]:
        cands = bench.candidates(chain, chains, random.Random(0), Counter())
        return [o.phrasings for c in cands for o in c.distractors if o.phrasings[0] == RAIN]

    a, b = chains.usable
    got_a, got_b = wordings(a), wordings(b)
    assert got_a and all(p == [RAIN, "Heavy rain produces deep puddles on the roads"] for p in got_a)  # sibling
    assert got_b and all(p == [RAIN] for p in got_b)  # the sentence stays; its clause repeats step 1 of "b"
    # the other order of the chains gives the same options
    chains = bench.Chains([road, ferry], links)
    chains.nlp = nlp
    b, a = chains.usable
    assert wordings(b) == got_b and wordings(a) == got_a


BOTH = ("Heavy rain raises the river level in the valley, and the cold wind lowers the lake level by the mill and "
        "the pier during the long nights of the winter")  # "mill", "pier": a noun of each chain (on_topic)


def test_an_outside_clause_is_the_statement_it_was_verified_for(nlp):
    """One sentence states two statements ("rain raises the river level, and wind lowers the lake level").  Its main
    clause was cached by the sentence's text, so a chain that the river-level statement may not be offered to (its
    river level is a later step's concept) got "Heavy rain raises the river level" as the shorter wording of the
    sentence verified through the lake-level statement."""
    ships = _chain("s", [_step(1, "The harbour master opens the lock gates", ["gate"]),
                         _step(2, "The barges enter the upper basin", ["gate", "barge"]),
                         _step(3, "The barges float higher at the pier", ["river level", "barge"])])
    mills = _chain("m", [_step(1, "The miller opens the sluice of the mill", ["sluice"]),
                         _step(2, "The wheel of the mill turns faster", ["sluice", "wheel"]),
                         _step(3, "The stones grind more grain each hour", ["wheel", "grain"])])
    links = [_stmt("z1", "heavy rain", "raises", "river level", PATH, BOTH + "."),
             _stmt("z2", "cold wind", "lowers", "lake level", PATH, BOTH + ".")]
    chains = bench.Chains([mills, ships], links)
    chains.nlp = nlp
    seen_m, seen_s = {}, {}
    assert BOTH in [t for t, _ in chains.external(chains.usable[0], 1, True, 24, seen_m)]
    assert seen_m[BOTH] == ["Heavy rain raises the river level in the valley"]  # sibling: verified via z1
    assert BOTH in [t for t, _ in chains.external(chains.usable[1], 2, True, 24, seen_s)]
    assert seen_s[BOTH] == []  # offered through z2: its clause is z1's, never verified for this chain
