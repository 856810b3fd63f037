"""Patches: targeted training items for exactly the units a run's diagnoses blame, mixed with replay.

``concept_gap`` -> knowledge injection for each gap concept (and each failed
prerequisite): definition recall, attribute application (its statements),
relational contrast ("why X and not Y"), what it is and is not.
``chain_break`` at step k -> scaffolding across the broken transition: the next
step, the step before, a walk through steps k-1..k+2, the contrast with the
skipped step ("does k+2 follow k directly?"), the transition statement.

Replay: original items of the parent version that share no statement with the
patch (so the patch's units are taught by the patch items alone, and the old
items that failed to teach them are not repeated), ``replay_ratio`` per patch
item (0 = all of them).  The result is a new training dataset version whose
parent is the old one, a ``Patch`` node (FROM_RUN, PRODUCED the version, FIXES
the diagnoses, TARGETS the units) and a JSON manifest failure -> items -> units
under ``.proda/patches/``.

``control='random'`` builds a patch of the same size for units drawn at random
from the whole KB (concepts with a definition, steps with a next step; the same
concept/step mix as the targeted patch, blamed or not), with the same
generators and replay rule: the baseline that measures the value of targeting.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel, Field

from proda.datasets import create_version, load_train_items, resolve_version
from proda.ids import digest, normalize_name
from proda.models import TrainItem
from proda.train.synth import base_verb, cap, sentence, verb

PATCH_DIR = ".proda/patches"
RANDOM_RULE = "random-all-units"  # part of a random patch's id: the rule it drew its units by
CONTROLS = ("targeted", "random")


class PatchError(Exception):
    """A user-facing problem (no diagnoses, nothing to patch, ...): one line."""


class PatchResult(BaseModel):
    id: str
    kind: str
    run: str
    parent: str
    version: str
    version_name: str
    items: int  # patch items
    replay: int
    units: dict[str, int]  # concept / step -> number of units taught
    diagnoses: int
    manifest: str
    existed: bool = False
    by_generator: dict[str, int] = Field(default_factory=dict)


def _item(kind: str, prompt: str, answer: str, *, concepts=(), statements=(), steps=(), seed: int = 0) -> TrainItem:
    return TrainItem(id="ti_" + digest("open_qa", prompt, answer), type="open_qa", subtype=kind, prompt=prompt,
                     answer=answer, concept_ids=sorted(set(concepts)), statement_ids=sorted(set(statements)),
                     step_ids=sorted(set(steps)), generator=f"patch:{kind}", seed=seed)


def _def_sentence(name: str, definition: str) -> str:
    d = definition.strip().rstrip(".")
    if normalize_name(name) in normalize_name(d):
        return cap(d) + "."
    return f"{cap(name)}: {d}."


# ----------------------------------------------------------------------------- generators
def concept_items(c: dict, per_unit: int, seed: int) -> list[TrainItem]:
    """Knowledge injection for one concept row of ``probe_concepts``."""
    rng = random.Random(f"{seed}:patch:{c['id']}")
    name, defn = (c.get("name") or "").strip(), (c.get("definition") or "").strip()
    out: list[TrainItem] = []
    cid = c["id"]
    related = [r for r in c.get("related") or [] if r.get("definition") and normalize_name(r["name"]) != normalize_name(name)]
    rng.shuffle(related)
    if defn:
        ds = _def_sentence(name, defn)
        out.append(_item("definition", rng.choice([f"What is {name}?", f"Define {name}.",
                                                    f"Explain the term \"{name}\"."]), ds, concepts=[cid], seed=seed))
        out.append(_item("definition", f"Which term is described here: \"{defn.rstrip('.')}\"?",
                         f"{cap(name)}. {ds}", concepts=[cid], seed=seed))
    stmts = list(c.get("as_subject") or []) + list(c.get("as_object") or [])
    rng.shuffle(stmts)
    for s in stmts[:2]:  # two phrasings each: the patch replaces the original items that taught these statements
        fact = sentence(s["subject"], s["predicate"], s["object"])
        ids = dict(concepts=[s["subject_id"], s["object_id"]], statements=[s["id"]], seed=seed)
        q = (f"What does {s['subject']} {base_verb(s['predicate'])}?" if not verb(s["predicate"]).startswith("is ")
             else f"Complete the statement: {s['subject']} {verb(s['predicate'])} ...")
        out.append(_item("attribute", q, f"{fact}.", **ids))
        out.append(_item("attribute", f"What does the text say about {s['subject']} and {s['object']}?",
                         f"{fact}. So {s['object']} is what {s['subject']} {verb(s['predicate'])}"
                         if not verb(s["predicate"]).startswith("is ") else f"{fact}.", **ids))
    if defn and related:
        r = related[0]
        rs = _def_sentence(r["name"], r["definition"])
        out.append(_item("contrast", f"Why is \"{defn.rstrip('.')}\" a description of {name} and not of {r['name']}?",
                         f"Because that is what {name} is. {_def_sentence(name, defn)} {r['name']} is something else: {rs}",
                         concepts=[cid, r["id"]], seed=seed))
        out.append(_item("is_not", f"What is {name}, and what is it not?",
                         f"{_def_sentence(name, defn)} It is not {r['name']}: {rs}", concepts=[cid, r["id"]], seed=seed))
    return _dedupe(out)[:per_unit]


def step_items(s: dict, per_unit: int, seed: int) -> list[TrainItem]:
    """Scaffolding across the transition from step k to k+1 for one step row of ``probe_steps``."""
    steps = sorted(s.get("steps") or [], key=lambda x: x["position"])
    by_pos = {x["position"]: x for x in steps}
    k = s["position"]
    cur, nxt = by_pos.get(k), by_pos.get(k + 1)
    if not cur or not nxt:
        return []
    chain = s.get("chain") or "this process"
    sid = [cur["id"], nxt["id"]]
    trans = [t for t in s.get("transitions") or [] if t.get("to") == nxt["id"]]
    tids = [t["id"] for t in trans]
    because = (" This is because " + sentence(trans[0]["subject"], trans[0]["predicate"], trans[0]["object"]).lower()[:1]
               + sentence(trans[0]["subject"], trans[0]["predicate"], trans[0]["object"])[1:] + ".") if trans else ""
    ct, nt = cur["text"].strip().rstrip("."), nxt["text"].strip().rstrip(".")
    out = [
        _item("next_step", f"In \"{chain}\", what happens right after this step: {ct}?", f"{cap(nt)}.{because}",
              statements=tids, steps=sid, seed=seed),
        _item("previous_step", f"In \"{chain}\", what has to happen just before this step: {nt}?", f"{cap(ct)}.",
              statements=tids, steps=sid, seed=seed),
    ]
    window = [by_pos[p] for p in range(k - 1, k + 3) if p in by_pos]
    walk = "\n".join(f"{i + 1}. {cap(x['text'].strip().rstrip('.'))}." for i, x in enumerate(window))
    out.append(_item("walk", f"Walk through \"{chain}\" step by step, starting at: {window[0]['text'].strip().rstrip('.')}.",
                     walk, statements=tids, steps=[x["id"] for x in window], seed=seed))
    skip = by_pos.get(k + 2)
    if skip:
        st = skip["text"].strip().rstrip(".")
        out.append(_item("skipped_step", f"In \"{chain}\", does this step follow directly after \"{ct}\": {st}?",
                         f"No. Right after \"{ct}\" comes: {nt}. Only then: {st}.", statements=tids,
                         steps=[*sid, skip["id"]], seed=seed))
    for t in trans[:1]:
        out.append(_item("transition", f"In \"{chain}\", how does the step \"{ct}\" lead to the next one?",
                         f"{sentence(t['subject'], t['predicate'], t['object'])}, so next: {nt}.",
                         statements=[t["id"]], steps=sid, seed=seed))
    return _dedupe(out)[:per_unit]


def _dedupe(items: Sequence[TrainItem]) -> list[TrainItem]:
    seen, out = set(), []
    for i in items:
        if i.id not in seen:
            seen.add(i.id)
            out.append(i)
    return out


def unit_items(store, concepts: Sequence[str], steps: Sequence[str], per_unit: int, seed: int) -> dict[str, list[TrainItem]]:
    out: dict[str, list[TrainItem]] = {}
    for i in range(0, len(concepts), 500):
        for row in store.read("probe_concepts", ids=list(concepts[i : i + 500])):
            out[row["id"]] = concept_items(row, per_unit, seed)
    for i in range(0, len(steps), 500):
        for row in store.read("probe_steps", ids=list(steps[i : i + 500])):
            out[row["id"]] = step_items(row, per_unit, seed)
    return out


# ----------------------------------------------------------------------------- replay
def replay_items(original: Sequence[TrainItem], patch: Sequence[TrainItem], ratio: float, seed: int) -> list[TrainItem]:
    """Original items sharing no statement with the patch (and not already in it): all, or ``ratio`` per patch item."""
    taught = {s for i in patch for s in i.statement_ids}
    ids = {i.id for i in patch}
    eligible = [i for i in original if i.id not in ids and not (set(i.statement_ids) & taught)]
    if ratio > 0:
        n = min(len(eligible), int(round(ratio * len(patch))))
        eligible = random.Random(f"{seed}:replay").sample(eligible, n)
    return eligible


# ----------------------------------------------------------------------------- workflow
def parent_version(store, run_row: dict) -> str:
    """The training version of the run's model (``proda train`` records it), else the latest one."""
    return resolve_version(store, "train", run_row.get("dataset_version") or None).id


def make_patch(store, project_dir: Path, run: str, *, control: str = "targeted", per_unit: int = 6,
               replay_ratio: float = 0.0, seed: int = 0, size: int | None = None, force: bool = False) -> PatchResult:
    """Build (or find, when it exists) the patch of ``run``; ``size`` fixes the patch item count (random control)."""
    from proda.repair.diagnose import read_diagnoses, run_info

    if control not in CONTROLS:
        raise PatchError(f"unknown control {control!r} ({' | '.join(CONTROLS)})")
    info = run_info(store, run)
    diags = read_diagnoses(store, run)
    if not diags:
        raise PatchError(f"run {run} has no diagnoses: run `proda diagnose --run {run}` first")
    parent = parent_version(store, info)
    pid = "pt_" + digest(run, control if control == "targeted" else RANDOM_RULE, per_unit, replay_ratio, seed,
                         size or 0, parent)
    found = store.read("patch_find", id=pid)
    if found and not force:
        f = found[0]
        m = json.loads(Path(f["manifest"]).read_text()) if f["manifest"] and Path(f["manifest"]).is_file() else {}
        return PatchResult(id=pid, kind=control, run=run, parent=parent, version=f["version"],
                           version_name=f["version_name"], items=f["items"], replay=f["replay"],
                           units=m.get("units_count", {}), diagnoses=len(m.get("failures", [])), manifest=f["manifest"],
                           existed=True, by_generator=m.get("by_generator", {}))
    blamed_c, blamed_s = [], []
    for d in diags:  # gap concepts (and failed prerequisites) and broken transitions, whatever the class
        blamed_c += [c["id"] for c in d["concepts"]]
        blamed_s += [s["id"] for s in d["steps"]]
    blamed_c, blamed_s = list(dict.fromkeys(blamed_c)), list(dict.fromkeys(blamed_s))
    if not blamed_c and not blamed_s:
        raise PatchError(f"run {run}: no diagnosis blames a unit (all {len(diags)} unexplained): nothing to patch")
    targeted = unit_items(store, blamed_c, blamed_s, per_unit, seed)
    target_n = size if size is not None else len(_dedupe([i for v in targeted.values() for i in v]))
    if control == "targeted":
        by_unit, step_units = targeted, set(blamed_s)
    else:
        by_unit, step_units = _random_units(store, len(blamed_c), len(blamed_s), target_n, per_unit, seed)
    items = _dedupe([i for u in by_unit for i in by_unit[u]])
    if control == "random" or size is not None:
        items = items[:target_n]
    if not items:
        raise PatchError(f"run {run}: the KB gives nothing to teach the blamed units (no definitions, statements or next steps)")
    original = load_train_items(store, parent)
    replay = replay_items(original, items, replay_ratio, seed)
    by_gen = defaultdict(int)
    for i in items:
        by_gen[i.generator] += 1
    counts = {"items": len(items) + len(replay), "patch": len(items), "replay": len(replay),
              "by_generator": dict(by_gen)}
    v = create_version(store, "train", items + replay, counts,
                       {"patch": pid, "control": control, "run": run, "per_unit": per_unit,
                        "replay_ratio": replay_ratio, "seed": seed}, parent=parent)
    kept = {i.id for i in items}
    units_taught = {u: [i.id for i in by_unit[u] if i.id in kept] for u in by_unit}
    failures = []
    for d in diags:
        units = [c["id"] for c in d["concepts"]] + [s["id"] for s in d["steps"]]
        failures.append({"diagnosis": d["id"], "item": d["item"], "class": d["class"], "units": units,
                         "items": sorted({i for u in units for i in units_taught.get(u, [])}) if control == "targeted" else []})
    manifest_path = Path(project_dir) / PATCH_DIR / f"{pid}.json"
    manifest_path.parent.mkdir(parents=True, exist_ok=True)
    taught_c = [u for u in units_taught if units_taught[u] and u not in step_units]
    taught_s = [u for u in units_taught if units_taught[u] and u in step_units]
    units_count = {"concept": len(taught_c), "step": len(taught_s)}
    manifest = {"patch": pid, "kind": control, "run": run, "parent_version": parent, "version": v.id,
                "version_name": v.name, "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "patch_items": len(items), "replay_items": len(replay), "replay_ratio": replay_ratio,
                "by_generator": dict(by_gen), "units_count": units_count, "failures": failures,
                "units": {u: ids for u, ids in units_taught.items() if ids}}
    manifest_path.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    store.write("patch_write", id=pid, run=run, version=v.id, props={
        "kind": control, "run": run, "version": v.id, "parent": parent, "items": len(items), "replay": len(replay),
        "created": manifest["created"], "manifest": str(manifest_path), "caption": f"{control} patch ({len(items)} items)"})
    if control == "targeted":
        store.write("patch_fixes", id=pid, ids=[d["id"] for d in diags if d["class"] != "unexplained"])
    if taught_c:
        store.write("patch_targets_concept", id=pid, ids=taught_c)
    if taught_s:
        store.write("patch_targets_step", id=pid, ids=taught_s)
    return PatchResult(id=pid, kind=control, run=run, parent=parent, version=v.id, version_name=v.name,
                       items=len(items), replay=len(replay), units={"concept": len(taught_c), "step": len(taught_s)},
                       diagnoses=sum(d["class"] != "unexplained" for d in diags), manifest=str(manifest_path),
                       by_generator=dict(by_gen))


def _random_units(store, n_concepts: int, n_steps: int, target_n: int, per_unit: int,
                  seed: int) -> tuple[dict[str, list[TrainItem]], set[str]]:
    """Units drawn at random from the whole KB, blamed or not (the same concept/step mix as the targeted
    patch), until ``target_n`` items are made: choosing by diagnosis is compared with choosing blindly."""
    rng = random.Random(f"{seed}:random-control")
    concepts = [r["id"] for r in store.read("patch_candidate_concepts")]
    steps = [r["id"] for r in store.read("patch_candidate_steps")]
    rng.shuffle(concepts)
    rng.shuffle(steps)
    share = n_steps / max(1, n_concepts + n_steps)
    out: dict[str, list[TrainItem]] = {}
    chosen_steps: set[str] = set()
    seen: set[str] = set()
    made = 0
    ci = si = 0
    while made < target_n and (ci < len(concepts) or si < len(steps)):
        want_step = (si < len(steps)) and (ci >= len(concepts) or rng.random() < share)
        batch_c, batch_s = [], []
        for _ in range(16):
            if want_step and si < len(steps):
                batch_s.append(steps[si])
                si += 1
            elif ci < len(concepts):
                batch_c.append(concepts[ci])
                ci += 1
        got = unit_items(store, batch_c, batch_s, per_unit, seed)
        for u in batch_c + batch_s:
            new = [i for i in got.get(u, []) if i.id not in seen]  # units share items (a statement's two concepts)
            if new and made < target_n:
                out[u] = new
                seen.update(i.id for i in new)
                made += len(new)
        chosen_steps.update(u for u in batch_s if u in out)
    return out, chosen_steps
