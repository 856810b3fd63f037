"""Probes: short multiple-choice questions generated from the KB for one unit each, run on the model itself.

A benchmark failure says *that* a model went wrong; probes say *where*.  For every
unit of a failing subgraph proda asks the same model a few questions that need
only that unit:

concept ``definition``
    "Which of the following describes X?" -- X's definition among definitions of
    related concepts (PREREQUISITE neighbours, then a pool of defined concepts);
    every option has its own term masked, so no option gives itself away.
concept ``term``
    the reverse: "Which term is defined as ...?" -- X among related names.
concept ``statement``
    "According to the text, S <verb> which of these?" -- the KB's object among
    names the KB does not assert for that subject and predicate.
step ``next_step``
    "In the process P, which step comes right after: <step i>?" -- step i+1 among
    the skipped step (i+2), the previous step and steps of other chains.
step ``transition``
    the statement linking step i to step i+1, asked like a concept statement.

A probe has one correct option among up to four.  Where the runner gives
log-likelihoods it is scored *cloze* style: the question asked openly, each
option's full answer sentence scored by its length-normalised log-likelihood
(no letters, so no position bias, and no need for the model to have learned a
multiple-choice format).  Chat endpoints get the lettered options in several
orders (stored, reversed, shuffled).  Either way the right option must beat the
best wrong one by a margin to pass.  A unit is *known* only when at least
``pass_share`` of its probes pick the right option **and** its mean probability
of the right option is ``margin`` above chance: one lucky pass on a 4-option
question (25 % by luck) does not make a unit known.  Verdicts are cached per
(model, unit) in the graph as ``(:Model)-[:PROBED]->(unit)`` edges, each probe's
answer as ``(:Model)-[:ANSWERED]->(:Probe)``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence

from pydantic import BaseModel, Field

from proda.evaluate.scoring import MCQ
from proda.ids import digest, normalize_name
from proda.repair.probe_answers import (METHODS, TIE, ProbeAnswer, Verdict,  # noqa: F401  (re-exported)
                                        answer_probes, verdict)
from proda.train.synth import base_verb, cap, sentence, verb

POOL = 2000  # defined concepts / steps loaded as a distractor pool
CHUNK = 500  # ids per probe query


class Probe(BaseModel):
    id: str
    unit: str
    unit_kind: str  # concept | step
    kind: str  # definition | term | statement | next_step | transition
    question: str  # the multiple-choice stem (options shown as A-D)
    options: list[str]
    correct: int
    ask: str = ""  # the same question asked openly (cloze scoring)
    answers: list[str] = Field(default_factory=list)  # per option: the full answer a model would give (cloze scoring)
    statement_id: str = ""

    def mcq(self) -> MCQ:
        return MCQ(id=self.id, question=self.question, options=list(self.options), correct=[self.correct], multi=False)


# ----------------------------------------------------------------------------- generation
def _mask(text: str, name: str) -> str:
    """``text`` with ``name`` (and its plural) replaced by ``___``: the option must not name its own term."""
    name = name.strip()
    if not name:
        return text
    pat = re.compile(r"\b" + re.escape(name) + r"(?:e?s)?\b", re.IGNORECASE)
    return pat.sub("___", text)


def _short(text: str, n: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


def _sentence_end(text: str) -> str:
    t = text.strip()
    return cap(t) if t.endswith((".", "!", "?", "…")) else cap(t) + "."


def _probe(unit: str, unit_kind: str, kind: str, question: str, correct_text: str, wrong: Sequence[str],
           rng: random.Random, statement_id: str = "", ask: str = "",
           render: Callable[[str], str] = _sentence_end) -> Probe | None:
    opts = [correct_text] + list(wrong)
    if len(opts) < 3 or len({normalize_name(o) for o in opts}) < len(opts):
        return None
    order = list(range(len(opts)))
    rng.shuffle(order)
    options = [opts[i] for i in order]
    return Probe(id="pr_" + digest(kind, unit, question, *options), unit=unit, unit_kind=unit_kind, kind=kind,
                 question=question, options=options, correct=order.index(0), statement_id=statement_id,
                 ask=ask or question, answers=[render(o) for o in options])


class ProbeBuilder:
    """Makes probes for concept and step units from the store (queries ``probe_*``)."""

    def __init__(self, store, seed: int = 0, per_unit: int = 3):
        self.store, self.seed, self.per_unit = store, seed, per_unit
        self._concept_pool: list[dict] | None = None
        self._step_pool: list[dict] | None = None

    def concept_pool(self) -> list[dict]:
        if self._concept_pool is None:
            self._concept_pool = self.store.read("probe_concept_pool", limit=POOL)
        return self._concept_pool

    def step_pool(self) -> list[dict]:
        if self._step_pool is None:
            self._step_pool = self.store.read("probe_step_pool", limit=POOL)
        return self._step_pool

    def build(self, concepts: Iterable[str] = (), steps: Iterable[str] = ()) -> dict[str, list[Probe]]:
        """Probes per unit id (a unit with nothing to ask maps to an empty list)."""
        out: dict[str, list[Probe]] = {}
        cids, sids = list(dict.fromkeys(concepts)), list(dict.fromkeys(steps))
        for i in range(0, len(cids), CHUNK):
            for row in self.store.read("probe_concepts", ids=cids[i : i + CHUNK]):
                out[row["id"]] = self.concept_probes(row)
        for i in range(0, len(sids), CHUNK):
            for row in self.store.read("probe_steps", ids=sids[i : i + CHUNK]):
                out[row["id"]] = self.step_probes(row)
        for u in [*cids, *sids]:
            out.setdefault(u, [])
        return out

    # -- concepts --------------------------------------------------------------------
    def concept_probes(self, c: dict) -> list[Probe]:
        rng = random.Random(f"{self.seed}:{c['id']}")
        name = (c["name"] or "").strip()
        probes: list[Probe] = []
        related = [r for r in c.get("related") or [] if r.get("name")]
        pool = [p for p in self.concept_pool() if p["id"] != c["id"]]
        defn = (c.get("definition") or "").strip()
        if defn and name:
            defs = [r for r in related if r["definition"]]
            defs += rng.sample(pool, min(len(pool), 12))
            wrong, seen = [], {normalize_name(name)}
            for r in defs:
                key = normalize_name(r["name"])
                if key in seen or not r["definition"]:
                    continue
                seen.add(key)
                wrong.append(_short(_mask(r["definition"], r["name"])))
                if len(wrong) == 3:
                    break
            p = _probe(c["id"], "concept", "definition", f"Which of the following describes {name}?",
                       _short(_mask(defn, name)), wrong, rng, ask=f"What is {name}?")
            if p:
                probes.append(p)
            names = [r["name"] for r in related] + [r["name"] for r in rng.sample(pool, min(len(pool), 12))]
            wrong_names = _distinct(names, exclude={normalize_name(name)}, k=3)
            q = f'Which term is defined as follows? "{_short(_mask(defn, name))}"'
            p = _probe(c["id"], "concept", "term", q, name, wrong_names, rng,
                       ask=f'Which term is described here: "{_short(_mask(defn, name))}"?')
            if p:
                probes.append(p)
        stmts = list(c.get("as_subject") or []) + list(c.get("as_object") or [])
        rng.shuffle(stmts)
        asserted = {(s["subject_id"], s["predicate"], normalize_name(s["object"])) for s in stmts}
        candidates = [r["name"] for r in related] + [s["object"] for s in stmts] + [s["subject"] for s in stmts]
        for s in stmts:
            if len(probes) >= self.per_unit:
                break
            p = self.statement_probe(s, c["id"], "concept", "statement", candidates, pool, asserted, rng)
            if p:
                probes.append(p)
        return probes[: self.per_unit]

    def statement_probe(self, s: dict, unit: str, unit_kind: str, kind: str, candidates: list[str],
                        pool: list[dict], asserted: set, rng: random.Random) -> Probe | None:
        cands = list(candidates) + [p["name"] for p in rng.sample(pool, min(len(pool), 20))]
        rng.shuffle(cands)
        exclude = {normalize_name(s["object"]), normalize_name(s["subject"])}
        wrong = [w for w in _distinct(cands, exclude=exclude, k=12)
                 if (s["subject_id"], s["predicate"], normalize_name(w)) not in asserted][:3]
        v = verb(s["predicate"])
        q = (f"According to the text, {s['subject']} {v} which of these?" if v.startswith("is ")
             else f"According to the text, what does {s['subject']} {base_verb(s['predicate'])}?")
        ask = (f"Complete the statement: {s['subject']} {v} ..." if v.startswith("is ")
               else f"What does {s['subject']} {base_verb(s['predicate'])}?")
        return _probe(unit, unit_kind, kind, q, s["object"], wrong, rng, statement_id=s["id"], ask=ask,
                      render=lambda o: sentence(s["subject"], s["predicate"], o) + ".")

    # -- steps -----------------------------------------------------------------------
    def step_probes(self, s: dict) -> list[Probe]:
        rng = random.Random(f"{self.seed}:{s['id']}")
        steps = sorted(s.get("steps") or [], key=lambda x: x["position"])
        by_pos = {x["position"]: x for x in steps}
        nxt = by_pos.get(s["position"] + 1)
        probes: list[Probe] = []
        if nxt is None:
            return probes  # the last step has no transition to probe
        own = {normalize_name(x["text"]) for x in steps}
        wrong = [x["text"] for x in (by_pos.get(s["position"] + 2), by_pos.get(s["position"] - 1)) if x]
        wrong += [x["text"] for x in steps if x["position"] not in (s["position"], s["position"] + 1)
                  and x["text"] not in wrong]
        foreign = [p["text"] for p in rng.sample(self.step_pool(), min(len(self.step_pool()), 20))
                   if p.get("chain_id") != s["chain_id"] and normalize_name(p["text"]) not in own]
        wrong = _distinct(wrong + foreign, exclude={normalize_name(nxt["text"]), normalize_name(s["text"])}, k=3)
        chain = s.get("chain") or "this process"
        q = f'In the process "{chain}", which step comes right after this one: "{_short(s["text"])}"?'
        ask = f'In "{chain}", what happens right after this step: {s["text"].strip().rstrip(".")}?'
        p = _probe(s["id"], "step", "next_step", q, _short(nxt["text"]), [_short(w) for w in wrong], rng, ask=ask)
        if p:
            probes.append(p)
        prev_wrong = _distinct([x["text"] for x in steps if x["position"] not in (s["position"], s["position"] + 1)]
                               + foreign, exclude={normalize_name(s["text"]), normalize_name(nxt["text"])}, k=3)
        q = f'In the process "{chain}", which step comes right before this one: "{_short(nxt["text"])}"?'
        ask = f'In "{chain}", what has to happen just before this step: {nxt["text"].strip().rstrip(".")}?'
        p = _probe(s["id"], "step", "previous_step", q, _short(s["text"]), [_short(w) for w in prev_wrong], rng,
                   ask=ask)
        if p:
            probes.append(p)
        pool = self.concept_pool()
        for t in s.get("transitions") or []:
            if len(probes) >= self.per_unit or t.get("to") != nxt["id"]:
                continue
            t = {**t, "subject_id": t["subject"], "object_id": t["object"]}
            p = self.statement_probe(t, s["id"], "step", "transition", [], pool,
                                     {(t["subject_id"], t["predicate"], normalize_name(t["object"]))}, rng)
            if p:
                probes.append(p)
        return probes[: self.per_unit]


def _distinct(texts: Iterable[str], exclude: set[str], k: int) -> list[str]:
    out, seen = [], set(exclude)
    for t in texts:
        n = normalize_name(t or "")
        if not n or n in seen:
            continue
        seen.add(n)
        out.append(t)
        if len(out) == k:
            break
    return out


# ----------------------------------------------------------------------------- cache + workflow
def probe_units(store, lm, model_id: str, concepts: Iterable[str], steps: Iterable[str], *, orders: int = 2,
                pass_share: float = 0.67, margin: float = 0.15, per_unit: int = 3, seed: int = 0, method: str = "auto",
                fresh: bool = False, names: dict[str, str] | None = None,
                progress: Callable[[int, int], None] | None = None) -> tuple[dict[str, Verdict], dict]:
    """Verdicts for every unit (cached per model and unit; ``fresh`` ignores the cache).

    Returns ``(verdicts, stats)``; stats counts cached units, probed units and probes run.
    """
    concepts, steps = list(dict.fromkeys(concepts)), list(dict.fromkeys(steps))
    names = names or {}
    units = concepts + steps
    cached: dict[str, Verdict] = {}
    if not fresh and units:
        for i in range(0, len(units), CHUNK):
            for r in store.read("probe_verdicts_read", model=model_id, ids=units[i : i + CHUNK]):
                cached[r["unit"]] = Verdict(unit=r["unit"], kind=r["kind"] or "", name=r["name"] or "",
                                            known=r["known"], confidence=r["confidence"] or 0.0,
                                            probes=r["probes"] or 0, passed=r["passed"] or 0,
                                            failing=list(r["failing"] or []))
    todo_c = [u for u in concepts if u not in cached]
    todo_s = [u for u in steps if u not in cached]
    builder = ProbeBuilder(store, seed=seed, per_unit=per_unit)
    made = builder.build(todo_c, todo_s)
    probes = [p for ps in made.values() for p in ps]
    answers = answer_probes(lm, probes, orders=orders, seed=seed, method=method, progress=progress)
    _write_probes(store, model_id, probes, answers)
    fresh_v: dict[str, Verdict] = {}
    for u in todo_c + todo_s:
        kind = "concept" if u in set(todo_c) else "step"
        fresh_v[u] = verdict(u, kind, names.get(u, ""), made.get(u, []), answers, pass_share, margin)
    for kind, label in (("concept", "concept"), ("step", "step")):
        rows = [{"unit": v.unit, "props": {"known": v.known, "confidence": v.confidence, "probes": v.probes,
                                            "passed": v.passed, "failing": v.failing, "kind": v.kind}}
                for v in fresh_v.values() if v.kind == kind]
        if rows:
            store.write_rows(f"probe_verdicts_write_{label}", rows, model=model_id)
    return {**cached, **fresh_v}, {"cached_units": len(cached), "probed_units": len(fresh_v), "probes": len(probes),
                                   "method": method if method != "auto" else
                                   ("cloze" if getattr(lm, "supports_loglikelihood", True) else "choice")}


def _write_probes(store, model_id: str, probes: Sequence[Probe], answers: dict[str, ProbeAnswer]) -> None:
    if not probes:
        return
    store.write_rows("probes_write", [{"id": p.id, "unit": p.unit, "unit_kind": p.unit_kind, "kind": p.kind,
                                       "question": p.question, "options": p.options, "correct": p.correct}
                                      for p in probes])
    for kind in ("concept", "step"):
        rows = [{"probe": p.id, "unit": p.unit} for p in probes if p.unit_kind == kind]
        if rows:
            store.write_rows(f"probes_link_{kind}", rows)
    rows = [{"probe": a.probe, "p_correct": a.p_correct, "predicted": a.predicted, "passed": a.passed}
            for a in answers.values()]
    if rows:
        store.write_rows("probe_answers_write", rows, model=model_id)
