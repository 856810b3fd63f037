"""Outside options that are true although no concept link reaches them (E8, round 22; ``bench_truth``).

Dev anatomy 19: "The valves prevent backflow of blood" was offered as not following beside the cardiac cycle, whose
passage names the atrioventricular valves: "valves" and "atrioventricular valves" are two concepts.  Dev anatomy 17:
an anchor stating its own result ("... that results in excessive calcium reabsorption from bone") admitted a
sentence saying that result as not following.  The chains below are invented (a river, a central bank)."""

from __future__ import annotations

from proda.evaluate import bench

PATH = "h/ch1/flood.html"


def _step(cid: str, p: int, text: str, concepts: list[str], subject: str = "", obj: str = "") -> dict:
    return {"id": f"{cid}{p}", "position": p, "text": text, "concepts": concepts, "subject": subject, "object": obj}


def _stmt(sid: str, s: str, pred: str, o: str, quote: str, path: str = PATH) -> dict:
    from proda.lexicon import family_of
    from proda.lexicon.inflect import lemma_phrase

    lemma = lemma_phrase(pred)[0]
    return {"id": sid, "subject": s, "predicate": pred, "object": o, "subject_id": s, "object_id": o,
            "subject_name": s, "object_name": o, "predicate_lemma": lemma, "family": family_of(lemma),
            "polarity": 1, "negated": False, "quote": quote, "path": path, "document": path, "heading": ""}


def _offered(chain: dict, links: list[dict], anchor: int) -> list[str]:
    chains = bench.Chains([chain], links, paths=False)
    return [t for t, _k in chains.external(chains.usable[0], anchor, True, 24)]


FLOOD = {"id": "flood", "name": "Flood control", "kind": "cascade", "path": PATH, "about": [], "transitions": [],
         "steps": [_step("flood", 1, "Heavy rain falls on the upper valley", ["heavy rain", "river"], "heavy rain", "upper valley"),
                   _step("flood", 2, "The river rises above the warning mark", ["river", "sluice gates"], "river", "warning mark"),
                   _step("flood", 3, "The sluice gates close", ["sluice gates"], "sluice gates", "")]}


def test_a_statement_on_the_head_of_a_reached_name_is_not_offered_as_not_following():
    """"The gates hold back the water" is about the chain's sluice gates by their general name: it follows."""
    links = [_stmt("g1", "gates", "stop", "water", "The gates stop the water from reaching the town"),
             _stmt("g2", "farmers", "produce", "grain", "Farmers produce grain on the terraces above the valley")]
    got = _offered(FLOOD, links, 1)
    assert "The gates stop the water from reaching the town" not in got
    assert "Farmers produce grain on the terraces above the valley" in got  # the check refuses only the head


def test_a_longer_name_of_the_same_head_is_still_offered():
    """Only the general word counts: "tidal gates" beside the chain's "sluice gates" is another kind of gate."""
    links = [_stmt("g1", "tidal gates", "stop", "seawater", "Tidal gates stop seawater at the estuary mouth")]
    assert "Tidal gates stop seawater at the estuary mouth" in _offered(FLOOD, links, 1)


BANK = {"id": "bank", "name": "Credit boom", "kind": "cascade", "path": PATH, "about": [], "transitions": [],
        "steps": [_step("bank", 1, "The central bank cuts its lending rate", ["central bank", "credit"]),
                  _step("bank", 2, "An expansion of credit that results in rising asset prices across the economy",
                        ["credit", "households"]),
                  _step("bank", 3, "Households borrow against their homes", ["households"])]}


def test_an_outside_sentence_restating_the_anchors_own_result_is_not_offered():
    links = [_stmt("b1", "speculators", "increase", "valuations",
                   "Speculators increase asset prices during a boom"),
             # shares the anchor's subject words (expansion, credit), not its result: it is offered (E1's F refused
             # two right options that only shared the anchor's topic)
             _stmt("b2", "regulators", "limit", "lending",
                   "Regulators limit the expansion of credit by raising reserve requirements")]
    got = _offered(BANK, links, 2)
    assert "Speculators increase asset prices during a boom" not in got
    assert "Regulators limit the expansion of credit by raising reserve requirements" in got


def test_an_anchor_without_a_result_verb_adds_nothing():
    """"The central bank cuts its lending rate" states no result clause: a sentence sharing its words is judged by
    the later steps alone."""
    links = [_stmt("b3", "commercial banks", "raise", "deposit rates",
                   "Commercial banks raise the rate on central bank deposits")]
    assert "Commercial banks raise the rate on central bank deposits" in _offered(BANK, links, 1)


def test_a_statement_on_an_of_complement_that_the_chain_names_is_not_offered():
    """Dev anatomy 19: "The valves prevent backflow of blood" (object "backflow of blood") was the wrong option of
    "what does 'ventricular pressure rises above the pressure in the atria' directly lead to?" beside "blood flows
    toward the atria": the valves closing follows.  "overflow of river" names the chain's river."""
    links = [_stmt("r1", "levees", "stop", "overflow of river", "Levees stop the overflow of the river onto the fields"),
             # "valley" (a noun of step 1) keeps the control on the chain's topic (bench_unlinked.on_topic, session 25)
             _stmt("r2", "canals", "carry", "overflow of reservoir", "Canals carry the overflow of the reservoir to the valley")]
    got = _offered(FLOOD, links, 1)
    assert "Levees stop the overflow of the river onto the fields" not in got
    assert "Canals carry the overflow of the reservoir to the valley" in got
