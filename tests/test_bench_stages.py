"""Benchmark order items over stage NAMES (issue 12, task H5): a sequence of named stages whose sentences cannot stand
as order options ("This is followed by the harvest stage, ..." says it is not first; "The final stage, ..." says it
is last) is still asked for its order, with options of one form and one length: "The sowing stage → the growing stage
→ the harvest stage" and its permutations.  Names built on one another ("prewriting", "writing", "postwriting") or
numbered stages give their order by their form: no such item.  Every sentence here is invented."""

from __future__ import annotations

from proda.evaluate import bench
from proda.evaluate.bench_order import kendall
from proda.evaluate.bench_stages import stage_names

ARROW = " → "


def _row(cid: str, name: str, texts: list[str]) -> dict:
    return {"id": cid, "name": name, "kind": "sequence", "domain": "d", "document": "doc",
            "path": f"b/ch3/{cid}.html", "about": [], "transitions": [],
            "steps": [{"id": f"{cid}{p}", "position": p, "text": t, "concepts": []} for p, t in enumerate(texts, 1)]}


FARM = _row("farm", "The sowing, growing and harvest stages (Farming Year)", [
    "During the sowing stage, farmers plough the fields and put the seed into the wet soil",
    "This is followed by the growing stage, during which the young plants need water and weeding",
    "During the harvest stage, whole families cut the grain and carry it to the barns"])


def _orders(items):
    return [i for i in items if i.kind == "order"]


def test_stage_names_are_read_from_the_chain_name_and_found_in_their_steps():
    assert stage_names(FARM) == ["the sowing stage", "the growing stage", "the harvest stage"]


def test_a_three_stage_sequence_whose_sentences_cannot_be_ordered_is_ordered_by_its_names():
    """Before: step 2 opens on "This is followed by", so no order item, and every other question failed on form:
    the chain gave nothing.  Now one order item over the names: four distinct orders of equal length, the book's
    order keyed, no rotation of it offered as wrong (a rotation is the same order of a cycle)."""
    items, rep = bench.generate([FARM], per_chain=50, seed=0, fallback_tolerance=0.6)
    orders = _orders(items)
    assert len(orders) == 1, rep.chain_table
    i = orders[0]
    key = [i.options[k] for k in i.correct]
    assert key == ["The sowing stage → the growing stage → the harvest stage"]
    assert len(set(i.options)) == 4 and len({len(o) for o in i.options}) == 1
    assert i.option_forms == ["sequence"] * 4
    assert all(set(o.lower().split(ARROW)) == {"the sowing stage", "the growing stage", "the harvest stage"}
               for o in i.options)
    assert "sowing, growing" not in i.question and "farmers" not in i.question


def test_clean_sentences_keep_their_own_order_item():
    """Kept sibling: where the sentences themselves can be ordered, the order item shows them (one order item, not
    the same question twice in two wordings)."""
    row = _row("mill", "The grinding, sifting and baking stages (The Mill)", [
        "During the grinding stage, the miller crushes the grain between two heavy stones",
        "In the sifting stage, the workers shake the coarse flour through fine linen cloths",
        "During the baking stage, the baker shapes the dough and puts it into the hot oven"])
    orders = _orders(bench.generate([row], per_chain=50, seed=0, fallback_tolerance=0.6)[0])
    assert len(orders) == 1
    assert "miller crushes the grain" in orders[0].options[orders[0].correct[0]]


def test_names_that_give_their_order_by_their_form_are_not_asked():
    """ "prewriting → writing → postwriting" is ordered by reading the prefixes; numbered stages by their numbers."""
    built_on = _row("essay", "The prewriting, writing and postwriting stages (Essays)", [
        "During the prewriting stage, students gather notes and sketch a plan for the essay",
        "This is followed by the writing stage, during which students draft every paragraph",
        "The final stage, called postwriting, is when students revise the draft and check it"])
    numbered = _row("town", "Stages 1 to 3 (Town Growth)", [
        "In Stage 1, the village has a market and a few streets around the church",
        "As trade grows, it enters Stage 2, where the town builds walls and a town hall",
        "Stage 3 occurs once factories arrive; the town spreads far beyond its walls"])
    assert stage_names(built_on) is None and stage_names(numbered) is None
    items, _ = bench.generate([built_on, numbered], per_chain=50, seed=0, fallback_tolerance=0.6)
    assert not _orders(items)


def test_a_name_missing_from_its_step_or_found_in_two_steps_gives_no_names():
    """The names must each stand in their own step, else which step a name stands for is not known."""
    lost = _row("lost", "The sowing, growing and harvest stages (Farming Year)", [
        "During the sowing stage, farmers plough the fields and put the seed into the wet soil",
        "The young plants then need water and weeding for many weeks of the summer",
        "During the harvest stage, whole families cut the grain and carry it to the barns"])
    twice = _row("twice", "The sowing, growing and harvest stages (Farming Year)", [
        "During the sowing stage, farmers plough the fields before the growing stage",
        "This is followed by the growing stage, during which the young plants need water and weeding",
        "During the harvest stage, whole families cut the grain and carry it to the barns"])
    cascade = dict(FARM, id="cascade", kind="cascade")  # only a sequence of stages has stage names
    assert stage_names(lost) is None and stage_names(twice) is None and stage_names(cascade) is None


GRIEF = _row("river", "The thaw, flood, ebb, silt and sowing stages (River Year)", [
    "The river's first change each spring is the thaw: ice on the upper valley melts in the sun",
    "The second stage is the flood, when the water rises over the banks and covers the low fields",
    "The villagers then wait through the third stage, the ebb: the water slowly returns to its bed",
    "The fourth stage, silt, leaves a layer of dark mud over the fields that the water covered",
    "In the final stage, farmers walk the drying mud and begin sowing barley in long rows"])


def test_a_name_stands_in_its_step_without_the_noun():
    assert stage_names(GRIEF) == ["the thaw stage", "the flood stage", "the ebb stage", "the silt stage",
                                  "the sowing stage"]


def test_five_named_stages_whose_sentences_say_their_place_are_asked_by_name():
    """Before: every step says its place ("The second stage is ...", "In the final stage"), so no item quoted or
    keyed one, and the chain gave nothing.  Now "which stage comes directly after / before the flood stage?" with the
    other four stage names as options (the asked one never among them), and the order of the names."""
    items, rep = bench.generate([GRIEF], per_chain=50, seed=0, fallback_tolerance=0.6, per_chain_names=50)
    names = ["the thaw stage", "the flood stage", "the ebb stage", "the silt stage", "the sowing stage"]
    asked = [i for i in items if i.kind in ("next_step", "cause")]
    assert len(asked) == 8 and len(_orders(items)) == 1, rep.chain_table
    for i in asked:
        q = next(n for n in names if n in i.question)
        k = names.index(q) + (1 if i.kind == "next_step" else -1)
        assert ("directly after" in i.question) == (i.kind == "next_step")
        assert [i.options[c].lower() for c in i.correct] == [names[k]]
        assert {o.lower() for o in i.options} == set(names) - {q}
        assert "second" not in i.question and "final" not in i.question


def test_the_stage_name_questions_of_one_chain_are_capped_and_spread():
    """Review of round 15: 9 of a KB's 17 items asked one chain's stage names (8 "directly after / before" and the
    order), the chapter minimum pulling them all in.  Now at most ``per_chain_names`` ([build], 3) per chain: the
    order first, then questions on links spread over the sequence (the first and the last link, alternately after
    and before), never two on one link."""
    items, rep = bench.generate([GRIEF], per_chain=50, seed=0, fallback_tolerance=0.6, min_per_chapter=10)
    names = ["the thaw stage", "the flood stage", "the ebb stage", "the silt stage", "the sowing stage"]
    asked = [i for i in items if i.kind in ("next_step", "cause")]
    assert len(_orders(items)) == 1 and len(asked) == 2, rep.chain_table
    links = set()
    for i in asked:
        q = names.index(next(n for n in names if n in i.question))
        links.add(q if i.kind == "next_step" else q - 1)
    assert links == {0, 3}
    assert {i.kind for i in asked} == {"next_step", "cause"}
    one, _ = bench.generate([GRIEF], per_chain=50, seed=0, fallback_tolerance=0.6, per_chain_names=1)
    assert [i.kind for i in one] == ["order"]


def test_four_named_stages_give_no_which_stage_item():
    """Kept sibling of the above: four stages leave three other names, too few options; the order is still asked."""
    four = dict(GRIEF, id="four", name="The thaw, flood, ebb and silt stages (River Year)", steps=GRIEF["steps"][:4])
    items, _ = bench.generate([four], per_chain=50, seed=0, fallback_tolerance=0.6)
    assert [i.kind for i in items] == ["order"]


def test_wrong_orders_of_names_are_near_misses():
    """A random permutation of five stages often puts the last one first, ruled out by sense alone ("acceptance"
    before "denial"): the four orders offered lie near one another, every two at most three swaps of neighbouring
    stages apart, and with five stages the last is never first.  (Neighbour swaps alone made the key the "centre" of
    the options, review of round 15: ``bench_order``.)"""
    four = dict(GRIEF, id="four", name="The thaw, flood, ebb and silt stages (River Year)", steps=GRIEF["steps"][:4])
    for row in (four, GRIEF):
        (i,) = _orders(bench.generate([row], per_chain=50, seed=0, fallback_tolerance=0.6)[0])
        key = i.options[i.correct[0]].lower().split(ARROW)
        orders = [tuple(key.index(s) for s in o.lower().split(ARROW)) for o in i.options]
        assert max(kendall(a, b) for a in orders for b in orders) <= 3, i.options
        if len(key) == 5:
            assert all(o[0] != 4 for o in orders)
        for p, kind in zip(orders, i.distractor_kinds):
            assert (kind == "reversed_causality") == (list(p) == list(range(len(key)))[::-1]) or not kind
