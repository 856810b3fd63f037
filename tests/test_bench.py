"""Benchmark items from L3 chains: right answers right, distractors wrong, controls, TESTS edges."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from proda.datasets import create_version, load_bench_items
from proda.evaluate import bench

try:
    from test_synth import build_kb
except ImportError:  # pragma: no cover
    from tests.test_synth import build_kb

ARROW = bench.ARROW


@pytest.fixture
def chains(store):
    build_kb(store)
    return store, bench.load_chains(store)


def steps_in(option: str, chain: dict) -> set[int]:
    return {s["position"] for s in chain["steps"] if s["text"].rstrip(".").lower() in option.lower()}


def expected(item, chain: dict) -> tuple[int, set[int]]:
    named = re.search(r'"([^"]+)"(?!.*")', item.question.split('", ', 1)[1]) if item.kind != "order" else None
    if item.kind == "order":
        return 0, set()
    pos = next(s["position"] for s in chain["steps"] if s["text"].rstrip(".") == named.group(1))
    n = len(chain["steps"])
    return pos, {
        "next_step": {pos + 1}, "cause": {pos - 1},
        "consequence": set(range(pos + 1, min(n, pos + 4) + 1)),
        "missing_step": set(range(pos + 1, min(n, pos + 4) + 1)),
        "precondition": set(range(max(1, pos - 4), pos)),
    }[item.kind]


def check_item(item, by_id: dict, all_steps: dict[str, set[str]]) -> None:
    chain = by_id[item.chain_id]
    assert len(item.options) == 4 and len(set(item.options)) == 4 and 1 <= len(item.correct) <= 4
    assert item.correct == sorted(item.correct)
    assert [k for k, d in enumerate(item.distractor_kinds) if not d] == item.correct
    assert bench.spread(item.options) <= 0.5 + 1e-9  # option_tolerance, else the fallback
    if item.kind == "order":
        right = ARROW.join(bench.cap(s["text"]) for s in chain["steps"])
        assert [item.options[k] for k in item.correct] == [right]
        return
    _, want = expected(item, chain)
    got = set()
    for k, o in enumerate(item.options):
        mine = steps_in(o, chain)
        if k in item.correct:
            assert len(mine) == 1, (o, item)
            got |= mine
        else:
            kind = item.distractor_kinds[k]
            if kind in ("reversed_causality", "wrong_order"):
                assert len(mine) == 1 and not (mine & want), (o, item)
            elif kind == "other_chain":
                assert not mine and any(t.rstrip(".").lower() in o.lower()  # an option opens upper-case (``cap``)
                                        for cid, ts in all_steps.items() if cid != chain["id"] for t in ts)
            elif kind in ("upstream", "downstream", "same_section", "same_chapter"):  # a statement of its section or chapter
                assert not mine, (o, item)
            else:
                assert kind == "opposite_sign" and not (mine & want)
    assert got == want, (item.question, item.options, item.correct)


def _on_platelets(store) -> None:
    """A statement of the KB's one section on a noun of the hemostasis chain ("platelet"): an outside option on the
    chain's topic (the section's statements on the other chains' topics are no options, ``bench_unlinked.on_topic``)."""
    from proda.ids import concept_id, statement_id

    s, p, o, quote = "aspirin", "decreases", "fever", "Aspirin decreases fever but also weakens the platelets."
    store.write_rows("ingest_concepts", [{"id": concept_id(n), "name": n, "key": n, "aliases": [], "alias_keys": [],
                                          "aliases_text": "", "definition": "", "type": "term", "domain": "physiology"}
                                         for n in (s, o)])
    row = {"id": statement_id(concept_id(s), p, concept_id(o)), "subject": s, "predicate": p, "object": o,
           "subject_id": concept_id(s), "object_id": concept_id(o), "source_quote": quote, "domain": "physiology"}
    store.write_rows("ingest_statements", [row])
    store.write_rows("ingest_statement_sources", [{"unit": row["id"], "chunk": "chk_test", "quote": quote,
                                                   "how": "statement"}])


def test_items_correct_and_distractors_wrong(chains):
    store, rows = chains
    _on_platelets(store)
    items, rep = bench.generate(rows, per_chain=50, seed=0, links=bench.load_links(store), paths=True)
    by_id = {r["id"]: dict(r, steps=sorted(r["steps"], key=lambda s: s["position"])) for r in rows}
    all_steps = {r["id"]: {s["text"] for s in r["steps"]} for r in rows}
    assert rep.chains_usable - rep.statement_paths == 3 and rep.lists_refused == 0
    items = [i for i in items if i.chain_id in by_id]  # statement-path items: tested below
    # (10 before audit round 8; static facts are no outside options now and no question is asked twice)
    assert len(items) >= 6
    # "what follows from k" and "if k did not happen, what would no longer follow" with one key set: one of them
    assert set(rep.kinds) >= {"next_step", "cause", "precondition", "order"}, rep.kinds
    assert set(rep.kinds) & {"consequence", "missing_step"}, rep.kinds
    assert max(Counter(len(i.correct) for i in items)) >= 2  # some items have several correct options
    for it in items:
        check_item(it, by_id, all_steps)
    kinds = Counter(k for i in items for k in i.distractor_kinds if k)
    assert {"reversed_causality", "wrong_order"} <= set(kinds) and set(kinds) & {"upstream", "downstream", "same_section"}
    # never separable by origin: every item keeps at least one distractor of its own chain
    assert all(set(i.distractor_kinds) & bench.OWN for i in items)
    # every option is a step's own text (or a sequence of them): no stock phrase, no wrapper
    assert {f for i in items for f in i.option_forms} <= {"step", "sequence"}


def test_positions_balanced_and_per_chain(chains):
    store, rows = chains
    items, rep = bench.generate(rows, per_chain=4, seed=0, links=bench.load_links(store))
    assert len(items) >= 6 and all(v <= 4 for v in Counter(i.chain_id for i in items).values())
    h = rep.positions
    assert max(h.values()) - min(h.values()) <= 1, h
    assert rep.max_length_spread <= 0.5


def test_deterministic(chains):
    _, rows = chains
    a, _ = bench.generate(rows, per_chain=3, seed=7)
    b, _ = bench.generate(rows, per_chain=3, seed=7)
    assert [i.model_dump() for i in a] == [i.model_dump() for i in b]


def test_max_items(chains):
    store, rows = chains
    links = bench.load_links(store)
    a, rep = bench.generate(rows, per_chain=4, seed=3, max_items=5, links=links)
    b, _ = bench.generate(rows, per_chain=4, seed=3, max_items=5, links=links)
    assert len(a) == 5 and [i.model_dump() for i in a] == [i.model_dump() for i in b]
    full, _ = bench.generate(rows, per_chain=4, seed=3, links=links)
    assert len(full) > 5


def test_foreign_steps_same_chapter_sharing_concepts_verified():
    rows = [{"id": f"ch{c}", "name": f"chain {c}", "domain": "d", "document": f"doc{c % 3}",
             "path": f"corpus/ch{c % 3}/s{c}.html", "about": [f"a{c}"],
             "steps": [{"id": f"s{c}_{p}", "position": p, "text": f"event{c}x{p} of chain{c}", "concepts": [f"k{c}_{p}"]}
                       for p in range(1, 4)]} for c in range(300)]
    rows[3]["steps"][0]["concepts"] = ["k0_1"]  # shares a concept with chain 0 (same chapter): offered first
    rows[6]["steps"][1]["concepts"] = ["k0_2", "x6"]  # shares one, but the KB says chain 0 acts on x6: never offered
    links = [{"subject_id": "k0_3", "object_id": "x6", "predicate": "causes"}]
    ch = bench.Chains(rows, links)
    import random
    out = ch.foreign_steps(ch.usable[0], random.Random(1), 8)
    assert len(out) == 8 and len(set(out)) == 8
    assert out[0] == "event3x1 of chain3"
    assert "event6x2 of chain6" not in out
    assert all(int(t.rsplit("chain", 1)[1]) % 3 == 0 and "of chain0" not in t for t in out)  # same chapter only
    assert out == ch.foreign_steps(ch.usable[0], random.Random(1), 8)


def test_inhibiting_link_is_not_keyed_as_leads_to():
    """"Alcohol inhibits ADH release": without ADH release, water reabsorption would no longer follow, but
    dehydration would increase; the old generator keyed dehydration as "would no longer follow"."""
    steps = ["alcohol intake", "ADH release", "water reabsorption in the kidneys", "dehydration of the body"]
    row = {"id": "adh", "name": "Alcohol and ADH", "domain": "d", "document": "doc", "path": "c/ch1/a.html",
           "about": [], "steps": [{"id": f"s{p}", "position": p, "text": t, "concepts": []}
                                  for p, t in enumerate(steps, 1)],
           "transitions": [{"id": "t1", "from": 1, "to": 2, "predicate": "inhibits"},
                           {"id": "t2", "from": 2, "to": 3, "predicate": "stimulates"},
                           {"id": "t3", "from": 3, "to": 4, "predicate": "prevents"}]}
    other = {"id": "gas", "name": "Gas exchange", "domain": "d", "document": "doc2", "path": "c/ch1/b.html",
             "about": [], "transitions": [],
             "steps": [{"id": f"g{p}", "position": p, "text": t, "concepts": []} for p, t in
                       enumerate(["oxygen diffuses into capillaries", "hemoglobin binds oxygen",
                                  "oxygen delivered to tissues", "carbon dioxide exhaled"], 1)]}
    section = [_stmt(f"z{k}", f"s{k}", "stimulates", f"o{k}", row["path"], q) for k, q in enumerate(
        ["The kidneys filter the plasma", "Sweating removes water from the body", "Thirst prompts drinking"])]
    items, rep = bench.generate([row, other], per_chain=50, seed=0, fallback_tolerance=1.0, links=section)
    items = [i for i in items if i.chain_id == "adh"]
    assert rep.negative_links == 2
    by_kind = {}
    for i in items:
        by_kind.setdefault(i.kind, []).append(i)
    # the keys of every question the chain supports (which of them survive the option controls depends on the draw)
    import random

    chains = bench.Chains([dict(row), dict(other)], section)
    cands = bench.candidates(next(c for c in chains.usable if c["id"] == "adh"), chains, random.Random(0))
    kinds = {c.kind for c in cands}
    assert {"missing_step", "missing_more", "reduced"} <= kinds, kinds
    for c in cands:
        keys = {o.phrasings[0] for o in c.correct}
        if c.kind in ("missing_step", "missing_more") and '"ADH release"' in c.question:
            if c.kind == "missing_step":
                assert keys == {"water reabsorption in the kidneys"}, (c.question, keys)
            else:
                assert keys == {"dehydration of the body"}, (c.question, keys)
    for i in by_kind.get("missing_step", []) + by_kind.get("missing_more", []):
        keys = {i.options[k] for k in i.correct}
        if "ADH release" in i.question.split(",", 1)[1]:
            assert keys == ({"Water reabsorption in the kidneys"} if i.kind == "missing_step"
                            else {"Dehydration of the body"}), (i.question, keys)
    for i in by_kind.get("next_step", []):
        if '"alcohol intake"' in i.question:
            assert "inhibit or reduce" in i.question and i.options[i.correct[0]] == "ADH release"
    assert bench.composed({1: -1, 2: 1, 3: -1}, 1, 4) == 1 and bench.composed({1: -1, 2: 1, 3: -1}, 2, 4) == -1


def test_chain_names_are_unique():
    rows = [{"id": f"c{k}", "name": "Step 1 → step 3 (Sec)", "document": "doc", "path": "c/ch/a.html", "about": [],
             "steps": [{"id": f"c{k}s{p}", "position": p, "text": f"step {p} {k}", "concepts": []} for p in (1, 2, 3)]}
            for k in range(3)]
    labels = [c["label"] for c in bench.Chains(rows).usable]
    # named by their section, never by first → last step (that gave the order away); three in one section quote
    # their first step, and no label carries a later step
    assert len(set(labels)) == 3 and all(lab.startswith('described in "Sec"') for lab in labels)
    assert not any("step 3" in lab or "step 2" in lab for lab in labels)
    named = [dict(r, id=f"n{k}", name="Hemostasis" if k else "Clotting") for k, r in enumerate(rows[:2])]
    assert [c["label"] for c in bench.Chains(named).usable] == ['"Clotting"', '"Hemostasis"']


def test_option_length_control():
    long, short = bench.Option(["a very long option text that cannot be shortened at all"], True), \
        bench.Option(bench.phrasings("TSH"), False)
    assert bench.fit_lengths([long, short, short, short], 0.2) is None  # the item would be dropped
    assert bench.phrasings("  the  TSH. ") == ["the TSH"]  # one wording: the step's own text, never wrapped
    opts = [bench.Option(bench.phrasings(t), k == 0) for k, t in
            enumerate(["thyroid gland", "adrenal gland", "pituitary", "pancreatic islet"])]
    texts = bench.fit_lengths(opts, 0.5)
    assert texts and bench.spread(texts) <= 0.5


def test_tests_edges(chains):
    store, rows = chains
    items, _ = bench.generate(rows, per_chain=3, seed=0, links=bench.load_links(store))
    v = create_version(store, "bench", items, {"items": len(items)}, {})
    loaded = load_bench_items(store, v.id)
    assert [i.model_dump() for i in loaded] == [i.model_dump() for i in items]
    got = store.read("MATCH (b:BenchItem)-[e:TESTS]->(u) RETURN b.id AS b, e.role AS role, u.id AS u")
    edges: dict[str, set] = {}
    for r in got:
        edges.setdefault(r["b"], set()).add((r["role"], r["u"]))
    transitions = {t["id"]: r["id"] for r in rows for t in r["transitions"] if t}
    for i in items:
        want = {("chain", i.chain_id)} | {("step", s) for s in i.step_ids} | \
               {("statement", s) for s in i.statement_ids} | {("concept", c) for c in i.concept_ids}
        assert edges[i.id] == want
        assert i.step_ids and i.concept_ids
        assert all(transitions[s] == i.chain_id for s in i.statement_ids)
    assert any(i.statement_ids for i in items)


def test_no_chains(store):
    items, rep = bench.generate(bench.load_chains(store))
    assert items == [] and rep.chains == 0


def test_mined_chain_link_sign_is_the_acting_steps_own():
    """Mined chains (issue 11): step i is a statement and step i+1 acts on its object, so "A inhibits B" reduces
    "B stimulates C" whatever the sign of the next statement."""
    from proda.evaluate.bench_chains import link_signs

    steps = [{"position": 1, "text": "alcohol inhibits ADH release", "polarity": -1},
             {"position": 2, "text": "ADH release increases water reabsorption", "polarity": 1},
             {"position": 3, "text": "water reabsorption prevents dehydration", "polarity": -1}]
    trans = [{"from": 1, "to": 2, "predicate": "increases"}, {"from": 2, "to": 3, "predicate": "prevents"}]
    assert link_signs({"kind": "mined", "steps": steps, "transitions": trans}) == {1: -1, 2: 1}
    bare = [dict(x, text=t) for x, t in zip(steps, ["alcohol intake", "ADH release", "dehydration"])]
    assert link_signs({"kind": "cascade", "steps": bare, "transitions": trans}) == {1: 1, 2: -1}
    # a step that itself states the decrease is led to: "reducing the conductivity" follows "smoke impedes ions"
    state = [dict(x, text=t) for x, t in zip(steps, ["smoke enters", "ions impeded", "reducing the conductivity"])]
    assert link_signs({"kind": "cascade", "steps": state, "transitions": trans}) == {1: 1, 2: 1}


def _step(cid: str, p: int, text: str, concepts: list[str]) -> dict:
    return {"id": f"{cid}{p}", "position": p, "text": text, "concepts": concepts}


def _stmt(sid: str, s: str, pred: str, o: str, path: str, quote: str, pol: int = 1) -> dict:
    from proda.lexicon import family_of
    from proda.lexicon.inflect import lemma_phrase

    lemma = lemma_phrase(pred)[0]
    return {"id": sid, "subject": s, "predicate": pred, "object": o, "subject_id": s, "object_id": o,
            "subject_name": s, "object_name": o, "predicate_lemma": lemma, "family": family_of(lemma),
            "polarity": pol, "negated": False, "quote": quote, "path": path, "document": path, "heading": ""}


AXIS = {"id": "axis", "name": "Thyroid axis", "kind": "cascade", "path": "b/ch1/thyroid.html", "about": [],
        "transitions": [], "steps": [
            _step("axis", 1, "the hypothalamus releases TRH into the portal blood", ["hypothalamus", "TRH"]),
            _step("axis", 2, "which triggers secretion of TSH from the anterior pituitary", ["TRH", "TSH"]),
            _step("axis", 3, "TSH then stimulates the thyroid gland to secrete T3", ["TSH", "T3"]),
            _step("axis", 4, "T3 then raises the basal metabolic rate of most cells", ["T3", "metabolic rate"])]}
VALVES = {"id": "valves", "name": "Valve closure", "kind": "cascade", "path": "b/ch1/heart.html", "about": [],
          "transitions": [], "steps": [
              _step("valves", 1, "the papillary muscles contract during ventricular systole", ["papillary muscle"]),
              _step("valves", 2, "generating tension on the chordae tendineae of each cusp", ["chordae tendineae"]),
              _step("valves", 3, "this keeps the cusps of the valves from everting into the atria", ["cusp"]),
              _step("valves", 4, "this prevents any backflow of blood from ventricles into the atria", ["backflow"])]}
SECTION = [  # statements of the thyroid section: on-topic, some of them follow from the chain
    _stmt("x1", "iodine deficiency", "causes", "goiter", AXIS["path"],
          "Iodine deficiency in the diet causes an enlarged thyroid gland called a goiter in many adults"),
    _stmt("x2", "cold exposure", "stimulates", "hypothalamus", AXIS["path"],
          "Exposure to cold temperatures stimulates the hypothalamus to release its hormone"),
    _stmt("x3", "TSH", "activates", "cAMP", AXIS["path"],
          "TSH binding activates the cAMP second messenger system in follicle cells of the gland"),
    _stmt("x4", "cAMP", "activates", "protein kinase", AXIS["path"],
          "The second messenger cAMP activates protein kinases that phosphorylate many proteins"),
    _stmt("x5", "parafollicular cells", "produce", "calcitonin", AXIS["path"],
          "Parafollicular cells of the thyroid produce calcitonin that lowers the blood calcium"),
    _stmt("x6", "somatostatin", "inhibits", "TSH", AXIS["path"],
          "Somatostatin from the hypothalamus inhibits TSH secretion by the anterior pituitary"),
]


def _axis_items(links):
    from proda.evaluate.bench_events import renderer

    items, rep = bench.generate([AXIS, VALVES], per_chain=50, seed=0, links=links, fallback_tolerance=0.6,
                                events=renderer())  # "which triggers secretion of TSH ..." asked as its event
    return [i for i in items if i.chain_id == "axis"], rep


def test_topic_cue_no_item_with_all_distractors_from_an_unrelated_chain():
    """Audit round 2: "the key is the only option about the chain's topic; all distractors come from another
    process".  The valve chain shares no concept with the thyroid axis: its steps are never a thyroid item's
    distractors, and no item's distractors all come from outside its chain."""
    items, _ = _axis_items(SECTION)
    assert len(items) >= 4
    valve_texts = {s["text"] for s in VALVES["steps"]}
    for i in items:
        ds = [(o, k) for o, k in zip(i.options, i.distractor_kinds) if k]
        assert not {o.lower() for o, _ in ds} & {t.lower() for t in valve_texts}, i.options
        assert any(k in bench.OWN for _, k in ds), (i.question, i.distractor_kinds)
    outside = {k for i in items for k in i.distractor_kinds} - bench.OWN - {""}
    assert outside and outside <= {"upstream", "downstream", "same_section"}


def test_a_distractor_the_kb_makes_true_is_never_offered():
    """"TSH uses cAMP, so the kinase cascade also follows from TSH binding": x3/x4 follow from step 3 (TSH) by the
    KB's links and are no distractor of a question about what follows from TSH or earlier; x2 (cold stimulates the
    hypothalamus) leads into step 1 and is no distractor of what step 2 or later needs."""
    items, _ = _axis_items(SECTION)
    kb_true = {SECTION[2]["quote"], SECTION[3]["quote"]}
    into = SECTION[1]["quote"]
    forward = ("next_step", "consequence", "reduced", "missing_step", "missing_more")
    seen = Counter()
    for i in items:
        opts = {o for o, k in zip(i.options, i.distractor_kinds) if k}
        if i.kind in forward:
            assert not opts & kb_true, (i.question, i.options)
            seen["forward"] += 1
        if i.kind in ("cause", "precondition"):
            assert into not in opts, (i.question, i.options)
            seen["backward"] += 1
    assert seen["forward"] and seen["backward"]
    # and they were candidates: without the links that make them true, they are offered
    bare = [dict(t, subject_id=f"u{k}", object_id=f"v{k}") for k, t in enumerate(SECTION)]
    loose, _ = _axis_items(bare)
    assert any(o in kb_true for i in loose for o, k in zip(i.options, i.distractor_kinds) if k)


def test_a_list_is_refused_a_process_is_not():
    """Sociology, round 2: three parallel reasons ("First ... Second ... Finally") read as a chain."""
    from proda.evaluate.bench_paths import is_list

    reasons = {"id": "l", "kind": "procedure", "name": "Reasons", "steps": [
        _step("l", 1, "technological increases in food production have increased the amount of calories", ["a"]),
        _step("l", 2, "human ingenuity has developed new medicine to curtail death from disease", ["b"]),
        _step("l", 3, "the development and use of contraception have decreased the speed of growth", ["c"])]}
    assert is_list(reasons)
    assert not is_list(AXIS) and not is_list(VALVES)  # shared concepts, "which", "then", a participle, "this"
    recipe = {"id": "r", "kind": "procedure", "name": "Solve", "steps": [
        _step("r", 1, "Identify the direction of the reaction", []), _step("r", 2, "Develop an ICE table", []),
        _step("r", 3, "Calculate the equilibrium concentrations", [])]}
    assert not is_list(recipe)  # imperative steps: the book numbers them
    items, rep = bench.generate([reasons, AXIS], per_chain=5, seed=0)
    # the list is refused, the process is kept (its items may all fall to the one-form rule: no distractors here)
    assert rep.lists_refused == 1 and rep.chains_usable == 1 and {i.chain_id for i in items} <= {"axis"}


def test_statement_path_items_follow_the_composed_sign():
    """A -> B, B -> C in one section: "alcohol inhibits ADH", "ADH increases water reabsorption", "water
    reabsorption reduces urine volume": from alcohol, reabsorption is reduced and urine volume follows (- * + * -)."""
    from proda.evaluate.bench_paths import statement_paths

    sec = "b/ch2/kidney.html"
    path = [_stmt("p1", "alcohol", "inhibits", "ADH", sec, "Alcohol inhibits the release of ADH from the pituitary", -1),
            _stmt("p2", "ADH", "increases", "water reabsorption", sec,
                  "ADH increases water reabsorption in the collecting ducts of the kidney"),
            _stmt("p3", "water reabsorption", "decreases", "urine volume", sec,
                  "Greater water reabsorption decreases the urine volume the kidneys excrete", -1)]
    other = [_stmt("o1", "aldosterone", "stimulates", "sodium reabsorption", sec,
                   "Aldosterone stimulates sodium reabsorption in the distal tubule of the nephron"),
             _stmt("o2", "renin", "produces", "angiotensin I", sec,
                   "Renin from the kidney converts angiotensinogen to angiotensin I in the plasma"),
             _stmt("o3", "thirst", "stimulates", "drinking", sec, "Thirst stimulates the drinking of water when the "
                   "plasma is too concentrated")]  # each names a noun of the path (bench_unlinked.on_topic)
    paths = statement_paths(path + other)
    assert [[s["statement_id"] for s in p["steps"]] for p in paths] == [["p1", "p2", "p3"]]
    items, rep = bench.generate([], per_chain=20, seed=0, links=path + other, fallback_tolerance=0.8, paths=True)
    assert rep.statement_paths == 1 and items
    q = {s["statement_id"]: s["text"] for s in paths[0]["steps"]}
    by_kind = {}
    for i in items:
        keys = {i.options[k] for k in i.correct}
        by_kind.setdefault(i.kind, []).append(keys)
        assert i.statement_ids and not i.step_ids and "alcohol" in i.concept_ids + ["alcohol"]
        if i.kind in ("consequence", "reduced") and q["p1"] in i.question:
            # from alcohol: - to p2 (reduced), - * + = - to p3 (reduced): both keyed as reduced, none as following
            assert i.kind == "reduced" and keys == {q["p2"], q["p3"]}, (i.question, keys)
        if i.kind in ("consequence", "reduced") and q["p2"] in i.question:
            assert i.kind == "consequence" and keys == {q["p3"]}
        for o, k in zip(i.options, i.distractor_kinds):
            assert k or o in q.values()
    assert set(by_kind) & {"reduced", "next_step", "cause"}


def test_options_share_one_form_no_case_or_fragment_cue():
    """Audit round 3: the key was the only lower-case clause cut from a sentence ("which in turn stimulates ...",
    "generating tension on ...") among whole sentences.  Every option starts upper-case, and within an item either
    every option or none continues a sentence."""
    items, _ = bench.generate([AXIS, VALVES], per_chain=50, seed=0, links=SECTION, fallback_tolerance=0.6)
    assert items
    for i in items:
        assert all(o[:1].isupper() for o in i.options), i.options
        if i.kind != "order":
            assert len({bench.fragment(o[:1].lower() + o[1:]) for o in i.options}) == 1, i.options
    assert bench.fragment("which triggers secretion of TSH") and bench.fragment("generating tension on the cusps")
    assert not bench.fragment("TSH then stimulates the thyroid gland")


def test_named_stages_are_asked_as_an_order_never_as_causes():
    """A sequence of named stages (chain_stages.py) has no causes: "what follows / comes before / the order" only,
    and its name, which lists the stages in order, never labels a question."""
    texts = ["During the preparatory stage, children imitate the people around them",
             "the play stage, during which children take on the role of one other person",
             "During the game stage, children consider several roles at the same time",
             "In the generalized other stage, children take on the expectations of society",
             "In the adult stage, people revise the roles they learned as children"]
    row = {"id": "mead", "name": "The preparatory, play, game, generalized other and adult stages (Self)", "kind": "sequence",
           "domain": "d", "document": "doc", "path": "c/ch1/a.html", "about": [], "transitions": [],
           "steps": [{"id": f"m{p}", "position": p, "text": t, "concepts": []} for p, t in enumerate(texts, 1)]}
    items, rep = bench.generate([row], per_chain=50, seed=0, fallback_tolerance=1.0)
    assert rep.chains_usable == 1 and items
    assert {i.kind for i in items} <= {"next_step", "cause", "order"}
    after_first = [i for i in items if i.kind == "next_step" and "preparatory stage" in i.question]
    assert after_first and "order" in {i.kind for i in items}
    for i in items:
        assert "preparatory, play" not in i.question and "lead to" not in i.question
    for i in after_first:
        assert [i.options[k] for k in i.correct] == ["The play stage, during which children take on the role of one "
                                                     "other person"]


def _sequence(cid: str, name: str, path: str, steps: list[str]) -> dict:
    """A chain row of named stages, one concept per step."""
    return {"id": cid, "name": name, "kind": "sequence", "path": path, "about": [], "transitions": [],
            "steps": [_step(cid, p, t, [f"{cid[0]}{p}"]) for p, t in enumerate(steps, 1)]}


def test_a_step_that_names_its_place_is_never_asked_keyed_or_offered():
    """ "The second stage is anger ... In the final stage, a person reaches acceptance": a step whose own words give
    its place in the sequence is ordered by reading, so no item quotes it, keys it, shows it in an order, or offers it
    as a distractor (it would rule itself out). Steps without such words still give items."""
    path = "b/ch2/guilds.html"
    steps = ["During the charter period, merchants of one trade meet in a hall to agree on common prices",
             "In the expansion period, the guilds win privileges from the towns and admit many apprentices",
             "During the rigidity period, the masters close entry to newcomers and fix the wages of journeymen",
             "In the final period, the guilds lose their privileges to free trade and most of them dissolve"]
    chain = _sequence("guild", "Guild periods", path, steps)
    section = [_stmt(f"s{k}", f"x{k}", "causes", f"y{k}", path, q) for k, q in enumerate([
        "In the apprentice stage, a boy lived in the house of his master for seven years of training",
        "During the journeyman stage, a craftsman travelled between towns for several years of work",
        "The master stage required a masterpiece judged by the elders of the guild in their hall",
        "In the merchant stage, a family firm lent money to guilds of distant towns against their goods"])]
    items, _ = bench.generate([chain], per_chain=50, seed=0, links=section, fallback_tolerance=0.6)
    assert items  # the uncued steps are still asked
    cued = steps[3].lower()
    for i in items:
        assert i.kind != "order", i.options
        assert cued not in i.question.lower(), i.question
        assert cued not in {o.lower() for o in i.options}, i.options


def test_an_outside_option_of_a_stage_question_names_a_stage():
    """ "Which stage comes directly before the coalescence stage?" with "We know that movements can occur on the
    global stage" or "Weak ties limit the level of risk" as options: a sentence that names no stage rules itself out
    (sociology dev, this session). Outside options of a sequence item each name a stage ("the apprentice stage")."""
    path = "b/ch3/movements.html"
    steps = ["In the preliminary stage, people become aware of an issue and leaders emerge among them",
             "During the coalescence stage, people join together and organize to publicize the issue",
             "In the institutionalization stage, the movement becomes an organization with a paid staff",
             "In the decline stage, people fall away from the movement or its goal has been reached"]
    chain = _sequence("mov", "Movement stages", path, steps)
    unnamed = ["We know that social movements can occur on the local, national, or even global stage",
               "Weak ties are important for our social structure, but they limit the level of risk we take",
               "Since the war the country has acted more and more boldly on the global stage of politics"]
    named = ["In the bureaucratic stage of a party, rules replace the charisma of its founders entirely",
             "During the protest phase of a campaign, marches draw the attention of newspapers and voters"]
    section = [_stmt(f"s{k}", f"x{k}", "causes", f"y{k}", path, q) for k, q in enumerate(unnamed + named)]
    items, _ = bench.generate([chain], per_chain=50, seed=0, links=section, fallback_tolerance=0.6)
    outside = [o for i in items for o, k in zip(i.options, i.distractor_kinds) if k and k not in bench.OWN]
    assert outside and set(outside) <= set(named), outside


@pytest.mark.parametrize("text,cue", [
    ("The second stage is anger, when loss of life is seen as unfair", True),
    ("In the final stage, a person adjusts to the idea of death", True),
    ("Finally, the guilds lose their privileges to free trade", True),
    ("In stage 3, the masters close entry to newcomers", True),
    # an ordinal that names a thing, not a place in the sequence
    ("Second messengers such as cAMP activate protein kinases", False),
    ("First-degree burns heal within a week without scarring", False),
    ("TSH binding activates the second messenger system of the cell", False),
    ("The first law of thermodynamics holds for every process", False),
])
def test_a_place_cue_is_an_ordinal_of_a_stage_or_an_opening_ordinal_with_its_comma(text, cue):
    from proda.evaluate.bench_options import position_cue

    assert position_cue(text) is cue


def test_a_short_chapter_takes_more_items_from_the_chains_that_have_them():
    """Audit round 5: the heart chapter stopped at 6 benchmark items, short of ``min_per_chapter`` (10), because
    each chain had a fixed share and one chain could not fill its own while another had items to spare.  Here the
    chapter's two chains share 5 items: the valve chain gives 1, so the thyroid axis gives the other 4."""
    from proda.evaluate.bench_events import renderer

    items, rep = bench.generate([AXIS, VALVES], per_chain=1, seed=0, links=SECTION, fallback_tolerance=0.6,
                                min_per_chapter=5, events=renderer())
    by_chain = Counter(i.chain_id for i in items)
    assert by_chain["valves"] >= 1 and len(items) == 5 and rep.per_chapter == {"ch1": 5}
    fewer, _ = bench.generate([AXIS, VALVES], per_chain=1, seed=0, links=SECTION, fallback_tolerance=0.6,
                              min_per_chapter=0, events=renderer())
    assert len(fewer) == 2  # without a chapter minimum, one per chain
    # a chapter whose one chain gives no item (a step nobody can identify, "it relaxes", and nothing else in its
    # section to offer) shows as 0
    lone = {"id": "lone", "name": "Lone process", "kind": "cascade", "path": "b/ch2/lone.html", "about": [],
            "transitions": [], "steps": [_step("lone", 1, "the gland releases the first hormone", ["gland"]),
                                         _step("lone", 2, "it relaxes", ["kidney"]),
                                         _step("lone", 3, "the kidney then retains more water", ["water"])]}
    _, rep = bench.generate([AXIS, VALVES, lone], per_chain=1, seed=0, links=SECTION, fallback_tolerance=0.6,
                            min_per_chapter=5, events=renderer())
    assert rep.per_chapter == {"ch1": 5, "ch2": 0}


def test_an_outside_option_that_restates_a_step_on_the_true_side_is_never_offered():
    """Dev build of anatomy 22 before audit round 8: "As the diaphragm relaxes, air passively leaves the lungs" was
    offered as wrong for "what does 'the thoracic cavity and lungs decrease in volume' directly lead to?" — it is the
    chain's own last step ("... causes air to leave the lungs") in other words, so it follows.  An outside option
    sharing two content words with a step on the true side of the question (after the anchor for what follows,
    before it for what leads to it) is not offered."""
    path = "b/ch1/vent.html"
    vent = {"id": "vent", "name": "Expiration", "kind": "cascade", "path": path, "about": [], "transitions": [],
            "steps": [_step("vent", 1, "The thoracic cavity and lungs decrease in volume", ["thoracic cavity", "volume"]),
                      _step("vent", 2, "The intrapulmonary pressure rises above atmospheric pressure",
                            ["volume", "intrapulmonary pressure"]),
                      _step("vent", 3, "A pressure gradient causes air to leave the lungs",
                            ["intrapulmonary pressure", "pressure gradient"])]}
    section = [_stmt("d1", "diaphragm", "relaxes", "air", path, "As the diaphragm relaxes, air passively leaves the lungs"),
               _stmt("d2", "surface tension", "prevents", "collapse of alveoli", path,
                     "Surface tension within the pleural cavity prevents the collapse of the alveoli"),
               _stmt("d3", "pleura", "secretes", "pleural fluid", path,
                     "The visceral pleura secretes a thin film of pleural fluid between the membranes"),
               _stmt("d4", "nose", "warms", "inhaled air", path, "The nose warms and moistens the inhaled air"),
               _stmt("d5", "conchae", "trap", "water", path, "The conchae trap water during exhalation")]
    chains = bench.Chains([vent], section)
    forward = [t for t, _k in chains.external(chains.usable[0], 1, True, 24)]
    assert "As the diaphragm relaxes, air passively leaves the lungs" not in forward
    assert "Surface tension within the pleural cavity prevents the collapse of the alveoli" in forward
    # audit round 8: a static fact beside the steps of a process is ruled out without knowing the process
    static = section + [_stmt("d6", "scapula", "is", "flat bone", path, "The scapula is a flat bone on the posterior side")]
    chains = bench.Chains([vent], static)
    assert "The scapula is a flat bone on the posterior side" not in [t for t, _k in chains.external(chains.usable[0], 1, True, 24)]


def test_one_chain_never_asks_the_same_question_twice():
    """Audit round 8: "which of the following follow from 'Compression of the nerve is produced'?" and "if
    'Compression of the nerve is produced' did not happen, which would no longer follow?" had the same key: one
    question twice.  Items of one chain from the same anchor never share their key set."""
    from proda.evaluate.bench_events import renderer

    items, _ = bench.generate([AXIS, VALVES], per_chain=50, seed=0, links=SECTION, fallback_tolerance=0.6,
                              min_per_chapter=50, events=renderer())
    seen = set()
    for it in items:
        keys = tuple(sorted(it.options[k] for k in it.correct))
        anchor = min(int(x[-1]) for x in it.step_ids) if it.step_ids else 0
        assert (it.chain_id, anchor, keys) not in seen, it.question
        seen.add((it.chain_id, anchor, keys))


def test_a_section_short_of_outside_options_borrows_from_its_chapter_on_topic_only():
    """Round-8 chemistry and round-7 anatomy: a chain's section had one event statement besides the chain, and 9 of
    10 candidate items were dropped for want of distractors.  Statements of the chapter's other sections fill the
    pool (``same_chapter``), but only those about one of the chain's concepts (so they stay on its topic) and never
    one the KB makes follow from the anchor."""
    from proda.evaluate.bench_chains import Chains

    other = "b/ch1/thyroid-disorders.html"
    links = [
        # another section, about TRH (a concept of the chain before the anchor, TSH): on topic, does not follow
        _stmt("c1", "TRH", "stimulates", "prolactin", other,
              "TRH also stimulates the release of prolactin from the anterior pituitary gland"),
        # another section, about T3 (downstream of the anchor): it could follow from TSH, never offered
        _stmt("c2", "T3", "increases", "heart rate", other, "Excess T3 increases the heart rate and the body temperature"),
        # another section, about nothing in the chain: off topic, never offered
        _stmt("c3", "insulin", "stimulates", "glucose uptake", "b/ch1/pancreas.html",
              "Insulin stimulates the uptake of glucose by skeletal muscle cells"),
        # another chapter: never offered
        _stmt("c4", "TRH", "stimulates", "TSH release", "b/ch2/other.html", "TRH stimulates TSH release in the fetus"),
    ]
    chains = Chains([AXIS, VALVES], links, paths=False)
    axis = next(c for c in chains.usable if c["id"] == "axis")
    got = dict(chains.external(axis, anchor=3, forward=True))
    assert got.get(links[0]["quote"]) == "same_chapter"
    assert links[1]["quote"] not in got and links[2]["quote"] not in got and links[3]["quote"] not in got
    # review: a statement naming the chain's `about` concept is no safe wrong option (T3 is thyroid hormone, and the
    # KB need not link them): never borrowed; nor one acting from the anchor's own concept
    about = dict(AXIS, about=["thyroid hormone"])
    hot = _stmt("c5", "thyroid hormone", "increases", "body temperature", other,
                "Thyroid hormone increases body temperature by speeding up cellular metabolism")
    from_anchor = _stmt("c6", "TSH", "stimulates", "thyroid growth", other, "TSH also stimulates the growth of the thyroid")
    ch = Chains([about, VALVES], links + [hot, from_anchor], paths=False)
    got = dict(ch.external(next(c for c in ch.usable if c["id"] == "axis"), anchor=3, forward=True))
    assert hot["quote"] not in got and from_anchor["quote"] not in got and got.get(links[0]["quote"]) == "same_chapter"
    # the chain's own section still comes first where it has statements
    both = Chains([AXIS, VALVES], links + SECTION[:1], paths=False)
    ranked = both.external(next(c for c in both.usable if c["id"] == "axis"), anchor=3, forward=True)
    assert ranked[0] == (SECTION[0]["quote"], "same_section") and (links[0]["quote"], "same_chapter") in ranked


def test_no_order_item_where_a_later_step_says_it_comes_after_another():
    """Audit round 9 (anatomy 23): "There, the micelles release ..." and "The fats are then reassembled ..." cannot
    come first, so the order item was solved by reading.  Such a chain asks no order item; its other kinds stay, and a
    chain whose steps each stand alone is still asked its order."""
    steps = ["With the help of bile salts and lecithin, the dietary fats are emulsified to form micelles",
             "There, the micelles release their fats to diffuse across the cell membrane",
             "The fats are then reassembled into triglycerides and mixed with other lipids into chylomicrons"]
    fats = {"id": "fats", "name": "Micelles → triglycerides", "kind": "cascade", "path": "b/ch23/fat.html",
            "about": [], "transitions": [],
            "steps": [_step("fats", p, t, [c]) for p, (t, c) in
                      enumerate(zip(steps, ["micelle", "fat", "chylomicron"]), 1)]}
    assert bench.points_back(steps[1]) and bench.points_back(steps[2]) and not bench.points_back(steps[0])
    plain = {"id": "plain", "name": "Clotting", "kind": "cascade", "path": "b/ch23/clot.html", "about": [],
             "transitions": [], "steps": [
                 _step("plain", 1, "Damaged vessel walls expose collagen fibers to the blood", ["collagen"]),
                 _step("plain", 2, "Platelets adhere to the exposed collagen fibers of the wall", ["platelet"]),
                 _step("plain", 3, "Adhering platelets release chemicals that attract more platelets", ["chemical"])]}
    chains = bench.Chains([fats, plain], [], paths=False)
    kinds = {c["id"]: {k.kind for k in bench.candidates(c, chains, __import__("random").Random(0))}
             for c in chains.usable}
    assert "order" not in kinds["fats"] and kinds["fats"]
    assert "order" in kinds["plain"]
