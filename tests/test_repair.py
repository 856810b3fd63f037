"""Debug and repair on a hand-built KB: probes, classification, Diagnosis nodes, patches, replay, diff, CLI.

The model is an *oracle* language model: it reads the probe (or benchmark) prompt,
looks up the right option and gives it all the probability, except on the probes
of units it is told to fail, where it prefers a wrong option.  So the expected
diagnosis of every failure is known exactly.
"""

from __future__ import annotations

import json
import re

import pytest

from proda.datasets import create_version, load_train_items
from proda.evaluate.results import save_run
from proda.evaluate.scoring import LETTERS, ItemResult
from proda.models import TrainItem
from proda.repair.diagnose import classify, diagnose_run, explain, read_diagnoses
from proda.repair.localise import localise
from proda.repair.loop import diff_results, diff_runs
from proda.repair.patch import PatchError, make_patch, replay_items
from proda.repair.probes import ProbeBuilder, probe_units

from conftest import run_proda

CONCEPTS = {
    "heart": "The heart is the muscular organ that pumps blood through the body",
    "blood": "Blood is the fluid tissue that carries oxygen and nutrients",
    "artery": "An artery is a vessel that carries blood away from the heart",
    "vein": "A vein is a vessel that returns blood to the heart",
    "capillary": "A capillary is the smallest vessel, where exchange with tissue happens",
    "oxygen": "Oxygen is the gas that cells use to release energy",
    "lung": "The lung is the organ where air and blood exchange gases",
    "hemoglobin": "Hemoglobin is the protein in red cells that binds oxygen",
    "plasma": "Plasma is the liquid part of blood",
    "valve": "A valve is a flap that keeps blood flowing one way",
    "tissue": "A tissue is a group of similar cells working together",
}
STATEMENTS = [  # id, subject, predicate, object
    ("t_heart_blood", "heart", "pumps", "blood"), ("t_artery_capillary", "artery", "leads_to", "capillary"),
    ("t_capillary_oxygen", "capillary", "releases", "oxygen"), ("t_lung_oxygen", "lung", "absorbs", "oxygen"),
    ("t_hemo_oxygen", "hemoglobin", "binds_to", "oxygen"), ("t_vein_heart", "vein", "leads_to", "heart"),
    ("t_valve_blood", "valve", "regulates", "blood"), ("t_plasma_blood", "plasma", "part_of", "blood"),
    ("t_oxygen_tissue", "oxygen", "supplies", "tissue"), ("t_blood_artery", "blood", "enters", "artery"),
]
CHAINS = {
    "ch_circ": ("circulation", [("the heart contracts", ["heart"]), ("blood is pushed into the artery", ["blood", "artery"]),
                                ("blood reaches the capillary bed", ["capillary"]), ("oxygen passes into the tissue", ["oxygen", "tissue"])]),
    "ch_breath": ("breathing", [("air fills the lung", ["lung"]), ("oxygen binds to hemoglobin", ["hemoglobin", "oxygen"]),
                                ("plasma carries the rest of the blood", ["plasma"])]),
}
TRANSITIONS = {"t_heart_blood": ("ch_circ", 1), "t_capillary_oxygen": ("ch_circ", 3), "t_hemo_oxygen": ("ch_breath", 2)}
PREREQS = [("artery", "blood"), ("capillary", "artery"), ("vein", "blood"), ("hemoglobin", "oxygen"), ("plasma", "blood"),
           ("heart", "valve")]
BENCH = {  # item -> tested units (role, id); the model fails the first three
    "b_heart": [("chain", "ch_circ"), ("step", "ch_circ_1"), ("step", "ch_circ_2"), ("statement", "t_heart_blood")],
    "b_capillary": [("chain", "ch_circ"), ("step", "ch_circ_3"), ("step", "ch_circ_4")],
    "b_breath": [("chain", "ch_breath"), ("step", "ch_breath_1"), ("step", "ch_breath_2")],
    "b_pass": [("chain", "ch_breath"), ("step", "ch_breath_2"), ("step", "ch_breath_3")],
}
_LABEL = {"chain": "Chain", "step": "Step", "statement": "Statement", "concept": "Concept"}


def build_kb(store) -> None:
    w = store.write_rows
    w("ingest_documents", [{"id": "doc", "path": "p.md", "title": "Blood", "format": "md", "sha256": "0", "chars": 10,
                            "domain": "physiology"}])
    w("ingest_chunks", [{"id": "k1", "doc_id": "doc", "ord": 0, "text": "text", "start": 0, "end": 4,
                         "heading_path": [], "heading": "Blood", "caption": "Blood #0"}])
    w("ingest_concepts", [{"id": c, "name": c, "key": c, "aliases": [], "alias_keys": [], "aliases_text": "",
                           "definition": d, "type": "term", "domain": "physiology"} for c, d in CONCEPTS.items()])
    w("ingest_statements", [{"id": i, "subject": s, "predicate": p, "object": o, "subject_id": s, "object_id": o,
                             "source_quote": f"{s} {p} {o}", "domain": "physiology"} for i, s, p, o in STATEMENTS])
    w("ingest_chains", [{"id": ch, "name": name, "summary": "", "preconditions": [], "negative_constraints": [],
                         "domain": "physiology", "length": len(steps), "about": None}
                        for ch, (name, steps) in CHAINS.items()])
    steps = [{"id": f"{ch}_{k}", "chain_id": ch, "position": k, "text": t, "prev": f"{ch}_{k - 1}" if k > 1 else None}
             for ch, (_, st) in CHAINS.items() for k, (t, _) in enumerate(st, 1)]
    w("ingest_steps", steps)
    w("ingest_next_steps", [s for s in steps if s["prev"]])
    w("ingest_step_mentions", [{"step": f"{ch}_{k}", "concept": c} for ch, (_, st) in CHAINS.items()
                               for k, (_, cs) in enumerate(st, 1) for c in cs])
    w("ingest_statement_steps", [{"statement": t, "from_step": f"{ch}_{k}", "to_step": f"{ch}_{k + 1}"}
                                 for t, (ch, k) in TRANSITIONS.items()])
    w("ingest_prerequisites", [{"dependent": b, "prerequisite": a, "how": "definition"} for b, a in PREREQS])
    store.write("UNWIND $ids AS id MERGE (b:BenchItem {id: id}) SET b.kind = 'next_step', b.domain = 'physiology', "
                "b.document = 'Blood', b.question = 'Q ' + id, b.options = ['w', 'x', 'y', 'z'], b.correct = [0]",
                ids=list(BENCH))
    for role, label in _LABEL.items():
        store.write(f"UNWIND $rows AS r MATCH (b:BenchItem {{id: r.item}}), (u:{label} {{id: r.unit}}) "
                    "MERGE (b)-[t:TESTS]->(u) SET t.role = r.role",
                    rows=[{"item": i, "unit": u, "role": role} for i, ts in BENCH.items() for r, u in ts if r == role])


class OracleLM:
    """Knows every probe's answer; on the probes of ``fail_units`` it prefers the first wrong option."""

    supports_loglikelihood = True

    def __init__(self, probes, fail_units=()):
        self.choice, self.cloze = {}, {}
        for p in probes:
            fail = p.unit in set(fail_units)
            self.choice[(p.question, tuple(sorted(p.options)))] = (p.options[p.correct], fail)
            self.cloze[(p.ask, tuple(sorted(p.answers)))] = (p.answers[p.correct], fail)
        self.prompts = 0

    def format_prompt(self, user: str) -> str:
        return user

    @staticmethod
    def _pick(options, right, fail):
        pick = options.index(right)
        return next(i for i in range(len(options)) if i != pick) if fail else pick

    def loglikelihood(self, requests):
        out, i = [], 0
        while i < len(requests):
            ctx = requests[i][0]
            if "\nA. " in ctx:  # a lettered (choice) probe: one request per letter
                question, _, rest = ctx.partition("\nA. ")
                opts = re.findall(r"^[A-J]\. (.*)$", "A. " + rest.split("\n\n")[0], re.M)
                pick = self._pick(opts, *self.choice[(question, tuple(sorted(opts)))])
                out.append(0.0 if requests[i][1] == LETTERS[pick] else -8.0)
                i += 1
            else:  # a cloze probe: its answers are consecutive requests with the same context
                j = i
                while j < len(requests) and requests[j][0] == ctx:
                    j += 1
                answers = [c for _, c in requests[i:j]]
                pick = self._pick(answers, *self.cloze[(ctx, tuple(sorted(answers)))])
                out += [0.0 if k == pick else -8.0 for k in range(len(answers))]
                i = j
            self.prompts += 1
        return out

    def generate(self, prompts, max_new_tokens=16):
        raise NotImplementedError


def all_probes(store, seed=0):
    concepts = list(CONCEPTS)
    steps = [f"{ch}_{k}" for ch, (_, st) in CHAINS.items() for k in range(1, len(st) + 1)]
    made = ProbeBuilder(store, seed=seed, per_unit=3).build(concepts, steps)
    return [p for ps in made.values() for p in ps]


def make_run(store, tmp_path, passed: dict[str, bool], model="mdl_oracle", version=None) -> str:
    if version:
        store.write("model_upsert", id=model, props={"base": "oracle", "path": "", "dataset_version": version})
    results = [ItemResult(i, [0] if ok else [1], [0], [0.9, 0.1, 0, 0] if ok else [0.1, 0.9, 0, 0], ok,
                          "physiology", "Blood", 4) for i, ok in passed.items()]
    return save_run(store, tmp_path, model={"id": model, "base": "oracle", "path": ""}, results=results)["id"]


def train_v1(store):
    items = [TrainItem(id=f"ti_{sid}", type="open_qa", prompt=f"What about {s}?", answer=f"{s} {p} {o}.",
                       concept_ids=[s, o], statement_ids=[sid]) for sid, s, p, o in STATEMENTS]
    items.append(TrainItem(id="ti_def_heart", type="open_qa", prompt="What is the heart?", answer=CONCEPTS["heart"],
                           concept_ids=["heart"]))
    return create_version(store, "train", items, {"items": len(items)}, {})


@pytest.fixture
def kb(store):
    build_kb(store)
    return store


FAILED = {"b_heart": False, "b_capillary": False, "b_breath": False, "b_pass": True}


# ----------------------------------------------------------------------------- probes
def test_probes_have_one_right_option_and_mask_their_term(kb):
    probes = all_probes(kb)
    kinds = {p.kind for p in probes}
    assert {"definition", "term", "statement", "next_step"} <= kinds
    for p in probes:
        assert 3 <= len(p.options) <= 4 and 0 <= p.correct < len(p.options)
        assert len(set(p.options)) == len(p.options)
        if p.kind == "definition":
            assert p.unit.lower() not in p.options[p.correct].lower()  # the option does not name its own term
    nxt = [p for p in probes if p.kind == "next_step" and p.unit == "ch_circ_1"][0]
    assert nxt.options[nxt.correct] == "blood is pushed into the artery"
    assert "blood reaches the capillary bed" in nxt.options  # the skipped step is a distractor
    # deterministic for a seed
    assert [p.id for p in all_probes(kb)] == [p.id for p in probes]


def test_verdicts_are_cached_per_model_and_unit(kb):
    probes = all_probes(kb)
    lm = OracleLM(probes)
    v1, s1 = probe_units(kb, lm, "mdl_a", ["heart", "blood"], ["ch_circ_1"])
    # the Model node must exist for the cache edges
    kb.write("model_upsert", id="mdl_a", props={"base": "x"})
    v1, s1 = probe_units(kb, lm, "mdl_a", ["heart", "blood"], ["ch_circ_1"])
    assert s1["probes"] > 0 and all(v.known for v in v1.values())
    n = lm.prompts
    v2, s2 = probe_units(kb, lm, "mdl_a", ["heart", "blood"], ["ch_circ_1"])
    assert s2 == {"cached_units": 3, "probed_units": 0, "probes": 0, "method": "cloze"} and lm.prompts == n
    assert {u: v.known for u, v in v2.items()} == {u: v.known for u, v in v1.items()}
    kb.write("model_upsert", id="mdl_b", props={"base": "x"})
    _, s3 = probe_units(kb, lm, "mdl_b", ["heart"], [])
    assert s3["probed_units"] == 1  # another model is probed afresh


class AlwaysA:
    """A position-biased model: always answers A (right 1 time in 4 by luck)."""

    supports_loglikelihood = True

    def format_prompt(self, user):
        return user

    def loglikelihood(self, requests):
        return [0.0 if c == "A" else -8.0 for _, c in requests]


def test_a_lucky_position_bias_does_not_make_a_unit_known(kb):
    kb.write("model_upsert", id="mdl_biased", props={"base": "x"})
    v, _ = probe_units(kb, AlwaysA(), "mdl_biased", list(CONCEPTS), ["ch_circ_1", "ch_circ_2", "ch_breath_1"],
                       method="choice")
    probed = [x for x in v.values() if x.known is not None]
    assert len(probed) >= 10
    assert not any(x.known for x in probed)


# ----------------------------------------------------------------------------- held-out split
class SpyStore:
    """The real store, recording the text of every row any query returned (what the caller could read)."""

    def __init__(self, store):
        self._store, self.seen = store, []

    def __getattr__(self, name):
        return getattr(self._store, name)

    def read(self, name, **params):
        rows = self._store.read(name, **params)
        self.seen.append((name, json.dumps(rows, default=str)))
        return rows

    def read_only(self, query, params=None):
        rows = self._store.read_only(query, params)
        self.seen.append((query, json.dumps(rows, default=str)))
        return rows


def test_a_dev_only_diagnosis_never_reads_a_test_item(kb, tmp_path):
    kb.write("MATCH (b:BenchItem {id: 'b_capillary'}) SET b.split = 'test'")
    kb.write("model_upsert", id="mdl_oracle", props={"base": "oracle"})
    run = make_run(kb, tmp_path, FAILED)  # b_capillary failed, like b_heart and b_breath
    spy = SpyStore(kb)
    rep = diagnose_run(spy, run, OracleLM(all_probes(kb), ["heart", "hemoglobin"]), depth=1)
    assert rep.n == 3 and rep.failed == 2  # the dev items only
    assert not [name for name, text in spy.seen if "b_capillary" in text]  # no query handed it over
    assert {d["item"] for d in read_diagnoses(kb, run)} == {"b_heart", "b_breath"}
    # ch_circ_4 is a step only the held-out item depends on: never probed
    assert not kb.read_only("MATCH (:Model {id: 'mdl_oracle'})-[:PROBED]->(s:Step {id: 'ch_circ_4'}) RETURN s.id")
    with pytest.raises(Exception, match="held out as test"):
        explain(kb, run, "b_capillary")
    # a Diagnosis node for a test item (from an older proda) is not patched either
    kb.write("MATCH (r:Run {id: $run}), (b:BenchItem {id: 'b_capillary'}) MERGE (d:Diagnosis {id: 'dg_old'}) "
             "SET d.class = 'concept_gap' MERGE (d)-[:FOR_RUN]->(r) MERGE (d)-[:FOR_ITEM]->(b)", run=run)
    assert "b_capillary" not in {d["item"] for d in read_diagnoses(kb, run)}


def test_split_is_seeded_stratified_by_chain_and_kind():
    from proda.evaluate.split import assign_split, split_counts
    from proda.models import BenchItem

    items = [BenchItem(id=f"bi_{c}_{k}", question="q", options=list("abcd"), correct=[0], chain_id=f"ch{c}",
                       kind=("next_step", "order", "precondition")[(c + k) % 3]) for c in range(40) for k in range(2)]
    a = assign_split(items, 0.5, seed=1)
    assert a == assign_split(items, 0.5, seed=1) and a != assign_split(items, 0.5, seed=2)
    assert split_counts(a) == {"dev": 40, "test": 40}
    by_chain = {}
    for i in a:
        by_chain.setdefault(i.chain_id, []).append(i.split)
    assert all(sorted(v) == ["dev", "test"] for v in by_chain.values())  # every chain on both sides
    for kind in ("next_step", "order", "precondition"):
        ks = [i.split for i in a if i.kind == kind]
        assert abs(ks.count("test") / len(ks) - 0.5) < 0.15
    b = assign_split(items, 0.3, seed=0)
    assert 20 <= split_counts(b)["test"] <= 28
    with pytest.raises(ValueError):
        assign_split(items, 1.0)


# ----------------------------------------------------------------------------- classification
def _diagnose(kb, tmp_path, fail_units, **kw):
    kb.write("model_upsert", id="mdl_oracle", props={"base": "oracle"})
    run = make_run(kb, tmp_path, FAILED)
    lm = OracleLM(all_probes(kb), fail_units)
    return run, diagnose_run(kb, run, lm, depth=1, **kw)


@pytest.mark.parametrize("method", ["cloze", "choice"])
def test_failed_concept_probe_is_a_gap_on_that_concept(kb, tmp_path, method):
    run, rep = _diagnose(kb, tmp_path, ["heart"], method=method)
    by_item = {d.item: d for d in rep.diagnoses}
    assert set(by_item) == {"b_heart", "b_capillary", "b_breath"}  # only failures are diagnosed
    assert by_item["b_heart"].category == "concept_gap" and by_item["b_heart"].gaps == ["heart"]
    assert by_item["b_capillary"].category == "unexplained"  # every probe of its units passes
    assert by_item["b_breath"].category == "unexplained"
    assert rep.classes == {"concept_gap": 1, "chain_break": 0, "unexplained": 2}
    assert rep.top_gaps[0]["name"] == "heart"
    stored = {d["item"]: d for d in read_diagnoses(kb, run)}
    assert stored["b_heart"]["class"] == "concept_gap"
    assert [(c["name"], c["role"]) for c in stored["b_heart"]["concepts"]] == [("heart", "gap")]


def test_failed_prerequisite_is_named_as_a_prerequisite_gap(kb, tmp_path):
    # b_capillary mentions capillary, oxygen, tissue; capillary needs artery (depth 1)
    _, rep = _diagnose(kb, tmp_path, ["artery"])
    d = {d.item: d for d in rep.diagnoses}["b_capillary"]
    assert d.category == "concept_gap" and d.gaps == [] and d.prerequisite_gaps == ["artery"]


@pytest.mark.parametrize("method", ["cloze", "choice"])
def test_failed_transition_with_known_concepts_is_a_chain_break(kb, tmp_path, method):
    run, rep = _diagnose(kb, tmp_path, ["ch_circ_3"], method=method)
    d = {d.item: d for d in rep.diagnoses}
    assert d["b_capillary"].category == "chain_break" and d["b_capillary"].broken_steps == ["ch_circ_3"]
    assert d["b_heart"].category == "unexplained"
    assert rep.broken_steps[0]["id"] == "ch_circ_3" and rep.broken_steps[0]["position"] == 3
    stored = {x["item"]: x for x in read_diagnoses(kb, run)}
    assert [s["id"] for s in stored["b_capillary"]["steps"]] == ["ch_circ_3"]


def test_gap_takes_precedence_and_rediagnosis_replaces(kb, tmp_path):
    run, rep = _diagnose(kb, tmp_path, ["heart", "ch_circ_1"])
    d = {d.item: d for d in rep.diagnoses}["b_heart"]
    assert d.category == "concept_gap" and d.gaps == ["heart"]
    assert d.broken_steps == ["ch_circ_1"]  # recorded too, so the patch scaffolds it as well
    stored = {x["item"]: x for x in read_diagnoses(kb, run)}["b_heart"]
    assert {(u["id"], u["role"]) for u in stored["concepts"] + stored["steps"]} == {("heart", "gap"), ("ch_circ_1", "break")}
    # diagnosing the same run again (another model state, fresh probes) replaces, not duplicates
    lm = OracleLM(all_probes(kb), ["oxygen"])
    diagnose_run(kb, run, lm, depth=1, fresh=True)
    stored = read_diagnoses(kb, run)
    assert len(stored) == 3
    blamed = {d["item"]: sorted(c["name"] for c in d["concepts"]) for d in stored}
    assert blamed["b_heart"] == [] and "oxygen" in blamed["b_capillary"]
    n = kb.read_only("MATCH (d:Diagnosis)-[:FOR_RUN]->(:Run {id: $r}) RETURN count(d) AS n", {"r": run})[0]["n"]
    assert n == 3


def test_classify_with_nothing_probed_is_unexplained(kb):
    sub = localise(kb, ["b_heart"], depth=0)["b_heart"]
    d = classify("run_x", sub, {})
    assert d.category == "unexplained" and "nothing" in d.explanation


# ----------------------------------------------------------------------------- patches and replay
def test_replay_excludes_items_sharing_statements_with_the_patch():
    orig = [TrainItem(id=f"o{i}", type="open_qa", prompt=f"p{i}", answer="a", statement_ids=s)
            for i, s in enumerate([["s1"], ["s2"], ["s1", "s3"], [], ["s4"]])]
    patch = [TrainItem(id="p1", type="open_qa", prompt="x", answer="y", statement_ids=["s1"]),
             TrainItem(id="p2", type="open_qa", prompt="z", answer="y", statement_ids=["s4"], generator="patch:x")]
    assert [i.id for i in replay_items(orig, patch, 0, 0)] == ["o1", "o3"]
    assert len(replay_items(orig, patch, 0.5, 0)) == 1  # ratio: 0.5 per patch item
    assert {i.id for i in replay_items(orig, patch, 10, 0)} == {"o1", "o3"}  # never more than eligible


def test_targeted_patch_and_random_control(kb, tmp_path):
    v1 = train_v1(kb)
    kb.write("model_upsert", id="mdl_oracle", props={"base": "oracle", "dataset_version": v1.id})
    run = make_run(kb, tmp_path, FAILED)
    diagnose_run(kb, run, OracleLM(all_probes(kb), ["heart", "ch_circ_3"]), depth=1)
    p = make_patch(kb, tmp_path, run, per_unit=6)
    assert p.parent == v1.id and p.units == {"concept": 1, "step": 1}
    items = load_train_items(kb, p.version)
    patch = [i for i in items if i.generator.startswith("patch:")]
    replay = [i for i in items if not i.generator.startswith("patch:")]
    assert len(patch) == p.items and len(replay) == p.replay
    assert all("heart" in i.concept_ids or "ch_circ_3" in i.step_ids for i in patch)
    assert {i.generator for i in patch} >= {"patch:definition", "patch:next_step", "patch:walk"}
    taught = {s for i in patch for s in i.statement_ids}
    assert taught and not any(set(i.statement_ids) & taught for i in replay)
    assert {i.id for i in replay} <= {i.id for i in load_train_items(kb, v1.id)}
    nxt = [i for i in patch if i.generator == "patch:next_step"][0]
    assert "oxygen passes into the tissue" in nxt.answer.lower()
    manifest = json.loads(open(p.manifest).read())
    f = {x["item"]: x for x in manifest["failures"]}
    assert f["b_heart"]["class"] == "concept_gap" and f["b_heart"]["items"]
    assert set(f["b_heart"]["items"]) <= {i.id for i in patch}
    # the graph: Patch FROM_RUN, PRODUCED the version (parent v1), FIXES diagnoses, TARGETS units
    g = kb.read_only("MATCH (p:Patch {id: $id})-[:PRODUCED]->(v:DatasetVersion) "
                     "RETURN v.parent AS parent, [(p)-[:TARGETS]->(u) | u.id] AS targets, "
                     "size([(p)-[:FIXES]->(:Diagnosis) | 1]) AS fixes", {"id": p.id})[0]
    assert g["parent"] == v1.id and sorted(g["targets"]) == ["ch_circ_3", "heart"] and g["fixes"] == 2
    # re-running finds the patch instead of writing a second version
    again = make_patch(kb, tmp_path, run, per_unit=6)
    assert again.existed and again.version == p.version
    # random control: same size, units drawn from the whole KB
    r = make_patch(kb, tmp_path, run, control="random", per_unit=6)
    assert r.items == p.items and r.version != p.version and r.id != p.id
    rnd = [i for i in load_train_items(kb, r.version) if i.generator.startswith("patch:")]
    assert len(rnd) == p.items and r.units["concept"] + r.units["step"] >= 2
    # explain: the patch items made for the failure are listed
    ex = explain(kb, run, "b_heart")
    assert ex["diagnosis"]["class"] == "concept_gap" and ex["patch_items"]
    assert ex["failing_probes"] and all(a["unit"] == "heart" for a in ex["failing_probes"])


def test_patch_needs_diagnoses(kb, tmp_path):
    train_v1(kb)
    kb.write("model_upsert", id="mdl_oracle", props={"base": "oracle"})
    run = make_run(kb, tmp_path, FAILED)
    with pytest.raises(PatchError, match="no diagnoses"):
        make_patch(kb, tmp_path, run)


# ----------------------------------------------------------------------------- diff
def test_diff_counts():
    a = {"i1": True, "i2": False, "i3": False, "i4": True, "i5": True}
    b = {"i1": True, "i2": True, "i3": False, "i4": False, "i6": False}
    d = diff_results("A", "B", a, b)
    assert d.counts() == {"fixed": 1, "still_failing": 1, "newly_broken": 1, "still_passing": 1, "only_a": 1,
                          "only_b": 1}
    assert (d.fixed, d.newly_broken, d.still_failing) == (["i2"], ["i4"], ["i3"])
    assert d.accuracy_a == 0.6 and d.accuracy_b == 0.4  # 2 of 5


def test_diff_stored_runs(kb, tmp_path):
    kb.write("model_upsert", id="mdl_oracle", props={"base": "oracle"})
    a = make_run(kb, tmp_path, FAILED)
    b = make_run(kb, tmp_path, {"b_heart": True, "b_capillary": False, "b_breath": True, "b_pass": False})
    d = diff_runs(kb, a, b)
    assert (d.fixed, d.still_failing, d.newly_broken, d.still_passing) == (
        ["b_breath", "b_heart"], ["b_capillary"], ["b_pass"], [])


# ----------------------------------------------------------------------------- judge
def test_judge_agreement(kb, tmp_path, fake_openai):
    from proda.config import LLMConfig
    from proda.repair.judge import LLMJudge

    fake_openai.responder = lambda body: {"class": "concept_gap", "unit": "heart", "reason": "r"}
    judge = LLMJudge(LLMConfig(base_url=fake_openai.base_url, model="test-model", max_retries=0), tmp_path / "cache")
    _, rep = _diagnose(kb, tmp_path, ["heart"], judge=judge)
    assert rep.judge_classes == {"concept_gap": 3}
    assert rep.judge_agreement == pytest.approx(1 / 3, abs=1e-3)
    sent = " ".join(json.dumps(r) for r in fake_openai.requests)
    assert "Q b_heart" in sent and "the heart contracts" in sent  # item and subgraph reach the judge


# ----------------------------------------------------------------------------- CLI
def test_cli_errors_are_one_line(project):
    for args, needle in [(["diagnose", "--run", "run_nope"], "no run 'run_nope'"),
                         (["repair", "--run", "run_nope"], "no run 'run_nope'"),
                         (["diff", "run_a", "run_b"], "run 'run_a'"),
                         (["diagnose", "--run", "x", "--depth", "7"], "--depth")]:
        r = run_proda(*args, project=project)
        assert r.returncode == 1, r.stderr
        lines = [x for x in r.stderr.strip().splitlines() if x.strip()]
        assert len(lines) == 1 and needle in lines[0], r.stderr


try:  # the fake OpenAI server fixture
    from fake_openai import fake_openai  # noqa: F401,E402
except ImportError:  # pragma: no cover
    pass


def test_cloze_probes_ask_openly_and_score_full_answers(kb):
    probes = all_probes(kb)
    d = [p for p in probes if p.kind == "definition" and p.unit == "artery"][0]
    assert d.ask == "What is artery?" and len(d.answers) == len(d.options)
    assert d.answers[d.correct].startswith("An ___ is a vessel that carries blood away")
    from proda.train.synth import sentence

    facts = {i: (a, b, c) for i, a, b, c in STATEMENTS}
    stmt = [p for p in probes if p.kind == "statement"]
    assert stmt
    for p in stmt:  # the right answer is the KB's sentence, the others the same sentence with another object
        assert p.answers[p.correct] == sentence(*facts[p.statement_id]) + "."
        subj = sentence(*facts[p.statement_id]).rsplit(" ", 1)[0]
        assert all(a.startswith(subj.split(" ")[0]) for a in p.answers)
    n = [p for p in probes if p.kind == "next_step" and p.unit == "ch_circ_2"][0]
    assert n.ask == 'In "circulation", what happens right after this step: blood is pushed into the artery?'
    assert n.answers[n.correct] == "Blood reaches the capillary bed."


def test_loop_reuses_only_a_round_trained_on_the_same_version_and_parameters(tmp_path):
    from proda.config import TrainConfig
    from proda.repair.loop import _trained

    tc = TrainConfig(base="/models/tiny", epochs=5, lr=1e-3, rank=0)
    meta = {"id": "mdl_x", "base": "/models/tiny", "dataset_version": "dv_train_2",
            "params": {**tc.model_dump(), "base": "/models/tiny"}}
    (tmp_path / "proda_model.json").write_text(json.dumps(meta))
    assert _trained(tmp_path, "dv_train_2", tc)["id"] == "mdl_x"
    assert _trained(tmp_path, "dv_train_3", tc) is None  # another version
    assert _trained(tmp_path, "dv_train_2", tc.model_copy(update={"lr": 2e-4})) is None  # other parameters
    assert _trained(tmp_path / "missing", "dv_train_2", tc) is None


def test_the_loop_builds_missing_train_and_bench_versions_once(kb, tmp_path):
    from proda.config import Config
    from proda.datasets import list_versions, load_bench_items
    from proda.repair.autobuild import ensure_versions

    cfg = Config(project_dir=tmp_path)
    said = []
    built = ensure_versions(kb, cfg, log=said.append)
    assert built["train"].startswith("built train-v1 (") and built["bench"].startswith("built bench-v1 (")
    assert "dev /" in built["bench"] and f"test_share {cfg.build.test_share}" in built["bench"]
    assert len(said) == 2
    assert [v.name for v in list_versions(kb, "train")] == ["train-v1"]
    items = load_bench_items(kb)
    assert items and {i.split for i in items} <= {"dev", "test"}
    assert ensure_versions(kb, cfg) == {}  # nothing missing: nothing built
