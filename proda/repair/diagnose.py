"""Diagnosis: every failed benchmark item of a run -> concept gap, chain break or unexplained, with culprit units.

For each failure: localise its subgraph (:mod:`proda.repair.localise`), probe the
model on every concept (the item's own and its prerequisites up to
``repair.depth``) and every step of it (:mod:`proda.repair.probes`), then:

``concept_gap``
    one or more concepts of the subgraph fail their probes; the diagnosis blames
    them (role ``gap``; ``prerequisite_gap`` for a prerequisite), and also any
    step whose transition fails (role ``break``), so the patch covers both;
``chain_break``
    every concept passes but the transition at step k fails its probes; the
    diagnosis blames step k (role ``break``) and the transition statements
    from step k to k+1;
``unexplained``
    every probe passes (or nothing could be probed): for human review, e.g. an
    ambiguous item.

A gap takes precedence over a break: a model that does not know a concept cannot
be blamed for the reasoning that uses it.  Each diagnosis is a ``Diagnosis`` node
``FOR_RUN`` the run, ``FOR_ITEM`` the item, ``BLAMES`` the culprit units; its id
comes from (run, item), so diagnosing a run again replaces its diagnoses.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime, timezone

from pydantic import BaseModel, Field

from proda.ids import digest
from proda.repair.localise import Subgraph, localise
from proda.repair.probes import Verdict, probe_units

CLASSES = ("concept_gap", "chain_break", "unexplained")


class DiagnosisError(Exception):
    """A user-facing problem (unknown run, run without results, ...): one line."""


class Diagnosis(BaseModel):
    id: str
    run: str
    item: str
    category: str  # concept_gap | chain_break | unexplained (stored as the node's ``class``)
    gaps: list[str] = Field(default_factory=list)  # concept ids, the item's own first
    prerequisite_gaps: list[str] = Field(default_factory=list)
    broken_steps: list[str] = Field(default_factory=list)  # step ids (transition k -> k+1 fails)
    broken_statements: list[str] = Field(default_factory=list)  # transition statements of the broken steps
    failing_probes: list[str] = Field(default_factory=list)
    explanation: str = ""
    judge: str | None = None  # the LLM judge's class (``--judge``)
    domain: str = ""
    document: str = ""


def diagnosis_id(run: str, item: str) -> str:
    return "dg_" + digest(run, item)


def classify(run: str, sub: Subgraph, verdicts: dict[str, Verdict]) -> Diagnosis:
    """The class of one failure from its subgraph and the model's verdicts on its units."""
    def failed(u: str) -> bool:
        v = verdicts.get(u)
        return v is not None and v.known is False

    own = [c for c in sub.concepts if failed(c.id)]
    own.sort(key=lambda c: (not c.tested, c.id))
    pre = [p for p in sub.prerequisites if failed(p.id)]
    broken = [s for s in sub.steps if failed(s.id)]
    by_pos = {(s.chain_id, s.position): s for s in sub.steps}
    trans = [x.id for x in sub.statements] if broken else []  # the transitions among the item's steps
    probes = [p for u in [*own, *pre, *broken] for p in verdicts[u.id].failing]
    d = Diagnosis(id=diagnosis_id(run, sub.item_id), run=run, item=sub.item_id, category="unexplained",
                  failing_probes=probes)
    # broken transitions are recorded whatever the class (a gap failure may also have them): the patch
    # scaffolds every transition the probes showed broken, the class says what failed first
    d.broken_steps = [s.id for s in broken]
    d.broken_statements = trans
    if own or pre:
        d.category = "concept_gap"
        d.gaps = [c.id for c in own]
        d.prerequisite_gaps = [p.id for p in pre]
        names = [c.name for c in own] + [f"{p.name} (prerequisite)" for p in pre]
        d.explanation = "fails the probes of " + ", ".join(names[:6]) + ("…" if len(names) > 6 else "")
        if broken:
            d.explanation += f"; also {len(broken)} broken transition(s)"
    elif broken:
        d.category = "chain_break"
        first = broken[0]
        nxt = by_pos.get((first.chain_id, first.position + 1))
        d.explanation = (f"knows the concepts but not the transition at step {first.position}"
                         + (f" -> {nxt.position}" if nxt else "") + f": \"{first.text[:80]}\"")
    else:
        probed = [u for u in sub.unit_ids() if u in verdicts and verdicts[u].known is not None]
        d.explanation = ("every probe of its " + str(len(probed)) + " units passes: review the item"
                         if probed else "nothing in its subgraph could be probed: review the item")
    return d


# ----------------------------------------------------------------------------- store
def write_diagnoses(store, run: str, diags: Sequence[Diagnosis], items: dict[str, dict]) -> None:
    if not diags:
        return
    created = datetime.now(timezone.utc).isoformat(timespec="seconds")
    store.write("diagnosis_clear_blames", ids=[d.id for d in diags])
    rows = [{"id": d.id, "item": d.item, "props": {
        "class": d.category, "run": run, "item": d.item, "explanation": d.explanation,
        "failing_probes": d.failing_probes, "judge": d.judge, "created": created,
        "domain": items.get(d.item, {}).get("domain") or "", "document": items.get(d.item, {}).get("document") or "",
        "caption": d.category.replace("_", " ")}} for d in diags]
    store.write_rows("diagnosis_write", rows, run=run)
    blames: dict[str, list[dict]] = defaultdict(list)
    for d in diags:
        blames["concept"] += [{"diagnosis": d.id, "unit": u, "role": "gap"} for u in d.gaps]
        blames["concept"] += [{"diagnosis": d.id, "unit": u, "role": "prerequisite_gap"} for u in d.prerequisite_gaps]
        blames["step"] += [{"diagnosis": d.id, "unit": u, "role": "break"} for u in d.broken_steps]  # any class
        blames["statement"] += [{"diagnosis": d.id, "unit": u, "role": "transition"} for u in d.broken_statements]
    for kind, rows in blames.items():
        if rows:
            store.write_rows(f"diagnosis_blames_{kind}", rows)


def read_diagnoses(store, run: str) -> list[dict]:
    return store.read("diagnosis_read", run=run)


def run_info(store, run: str) -> dict:
    rows = store.read("run_model", id=run)
    if not rows:
        raise DiagnosisError(f"no run {run!r} (see `proda report` or the ids printed by `proda test`)")
    r = rows[0]
    if r.get("kind") and r["kind"] != "bench":
        raise DiagnosisError(f"run {run} is on an external questions file; only benchmark runs can be diagnosed")
    return r


# ----------------------------------------------------------------------------- workflow
class DiagnoseReport(BaseModel):
    run: str
    model: str
    n: int
    failed: int
    classes: dict[str, int]
    top_gaps: list[dict]  # {id, name, failures, degree}
    broken_steps: list[dict]  # {id, chain, position, text, failures}
    by_domain: dict[str, dict]
    probe_stats: dict
    judge_agreement: float | None = None
    judge_classes: dict[str, int] | None = None
    diagnoses: list[Diagnosis] = Field(default_factory=list)


def diagnose_run(store, run: str, lm, *, depth: int = 1, fanout: int = 10, orders: int = 2, pass_share: float = 0.67,
                 margin: float = 0.15, per_unit: int = 3, seed: int = 0, fresh: bool = False, judge=None,
                 method: str = "auto",
                 progress: Callable[[str, int, int], None] | None = None) -> DiagnoseReport:
    """Diagnose every failed **dev** item of ``run`` with ``lm`` (the model the run tested); writes Diagnosis nodes.

    Items held out as ``test`` are filtered out by the query itself (``run_dev_results``): they are never
    localised, probed, blamed or patched, so the test split measures whether a repair generalised."""
    info = run_info(store, run)
    results = store.read("run_dev_results", id=run)
    if not results:
        raise DiagnosisError(f"run {run} has no per-item results on dev items")
    items = {r["item"]: r for r in results}
    failed = [r["item"] for r in results if not r["passed"]]
    subs = localise(store, failed, depth=depth, fanout=fanout)
    concepts: dict[str, str] = {}
    steps: dict[str, str] = {}
    for s in subs.values():
        for c in [*s.concepts, *s.prerequisites]:
            concepts.setdefault(c.id, c.name)
        for st in s.steps:
            steps.setdefault(st.id, f"step {st.position}: {st.text[:60]}")
    verdicts, stats = probe_units(store, lm, info["model"], list(concepts), list(steps), orders=orders,
                                  pass_share=pass_share, margin=margin, per_unit=per_unit, seed=seed, fresh=fresh,
                                  method=method,
                                  names={**concepts, **steps},
                                  progress=(lambda d, t: progress("probe", d, t)) if progress else None)
    diags = [classify(run, subs[i], verdicts) for i in failed if i in subs]
    judge_agree = judge_classes = None
    if judge is not None and diags:
        verdict_by = judge.classify([(store_item(store, d.item), subs[d.item], items[d.item]) for d in diags])
        for d, j in zip(diags, verdict_by):
            d.judge = j
        judged = [d for d in diags if d.judge]
        judge_classes = dict(Counter(d.judge for d in judged))
        judge_agree = round(sum(d.judge == d.category for d in judged) / len(judged), 4) if judged else None
    for d in diags:
        d.domain = items[d.item].get("domain") or ""
        d.document = items[d.item].get("document") or ""
    write_diagnoses(store, run, diags, items)
    return DiagnoseReport(run=run, model=info["model"], n=len(results), failed=len(failed),
                          classes={c: sum(d.category == c for d in diags) for c in CLASSES},
                          top_gaps=rank_gaps(store, diags, concepts), broken_steps=rank_breaks(diags, subs),
                          by_domain=_by_domain(results, info.get("chance") is not None), probe_stats=stats, judge_agreement=judge_agree,
                          judge_classes=judge_classes, diagnoses=diags)


def store_item(store, item: str) -> dict:
    rows = store.read("bench_item_show", id=item)
    return rows[0] if rows else {"id": item}


def rank_gaps(store, diags: Sequence[Diagnosis], names: dict[str, str], limit: int = 15) -> list[dict]:
    """Gap concepts by failures explained, then graph centrality (PREREQUISITE degree)."""
    count = Counter(u for d in diags for u in {*d.gaps, *d.prerequisite_gaps})
    if not count:
        return []
    deg = {r["id"]: r["degree"] for r in store.read("concept_degree", ids=list(count))}
    ranked = sorted(count, key=lambda u: (-count[u], -deg.get(u, 0), names.get(u, u)))
    return [{"id": u, "name": names.get(u, u), "failures": count[u], "degree": deg.get(u, 0)} for u in ranked[:limit]]


def rank_breaks(diags: Sequence[Diagnosis], subs: dict[str, Subgraph], limit: int = 15) -> list[dict]:
    count = Counter(u for d in diags for u in d.broken_steps)
    info = {}
    for s in subs.values():
        for st in s.steps:
            info[st.id] = {"chain": s.chain.name if s.chain else "", "position": st.position, "text": st.text}
    return [{"id": u, **info.get(u, {}), "failures": n} for u, n in count.most_common(limit)]


def _by_domain(results: Sequence[dict], stated: bool = True) -> dict[str, dict]:
    """Dev accuracy per domain beside its chance level: the mean over the items of what a guesser of the stated
    number of answers passes (``asking.chance``, options counted by the result's scores); None for a run stored
    before prompts stated the count (``stated`` False) or a row without scores."""
    from proda.evaluate.asking import chance

    g: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        g[r.get("domain") or "-"].append(r)

    def level(rows: list[dict]) -> float | None:
        if not stated or not all(r.get("scores") and r.get("correct") for r in rows):
            return None
        return round(sum(chance(len(r["scores"]), len(r["correct"])) for r in rows) / len(rows), 4)

    return {k: {"n": len(v), "passed": sum(bool(r["passed"]) for r in v),
                "accuracy": round(sum(bool(r["passed"]) for r in v) / len(v), 4), "chance": level(v)}
            for k, v in sorted(g.items())}


# ----------------------------------------------------------------------------- --explain
def explain(store, run: str, item: str, depth: int = 1, fanout: int = 10) -> dict:
    """Everything about one diagnosed failure: item, subgraph, failing probes, patch items, later results."""
    info = run_info(store, run)
    shown = store_item(store, item)
    if "question" not in shown:
        raise DiagnosisError(f"no benchmark item {item!r}")
    if (shown.get("split") or "dev") == "test":
        raise DiagnosisError(f"item {item} is held out as test: it is never diagnosed (see its results with "
                             f"`proda blame` or the run's per-split accuracy)")
    sub = localise(store, [item], depth=depth, fanout=fanout).get(item)
    diag = next((d for d in read_diagnoses(store, run) if d["item"] == item), None)
    units = sorted(sub.unit_ids()) if sub else []
    answers = store.read("probe_answers_read", model=info["model"], units=units) if units else []
    did = diagnosis_id(run, item)
    patch_items = store.read("diagnosis_patch_items", id=did, limit=12)
    history = store.read("item_results", item=item)
    runs = [h["run"] for h in history]
    later = history[runs.index(run) + 1:] if run in runs else []
    return {"run": run, "model": info["model"], "item": shown, "subgraph": sub.model_dump() if sub else None,
            "diagnosis": diag, "probes": answers, "failing_probes": [a for a in answers if not a["passed"]],
            "patch_items": patch_items, "history": history, "later": later,
            "fixed_later": any(h["passed"] for h in later) if later else None}


def report_json(rep: DiagnoseReport) -> str:
    return json.dumps(rep.model_dump(), indent=1, default=str)
