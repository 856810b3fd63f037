"""A template item before rendering, the generation report, and the selection of drafts under the budget."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field

from proda.datasets import LETTERS, NearDup
from proda.ids import digest
from proda.models import TrainItem

CHOICE_TAIL = "Answer with the letter of the correct option."
# open items that ask what a sentence says of its subject, answered by its object: a cloze of the sentence and a
# "what does X <verb>?" / "What kind of thing is X?" of the same statements ask one question twice (round 21,
# chemistry rows 17 and 30: "What are postulates of collision theory accommodated by?" beside "... are nicely
# accommodated by _____.", both keyed "the Arrhenius equation"; their wording differs, so ``NearDup`` keeps both).
# The cloze is kept: it shows the book's sentence with its scope and hedges, and is never reworded by the llm
# generator.  A mechanism item ("How does X affect Y?") asks the direction, another question.
ASKS_OBJECT = {"cloze", "relation", "function", "definition", "application"}
MULTI_TAIL = "Answer with the letters of all correct options."


@dataclass
class Draft:
    """A template item before rendering: the LLM generator rewrites ``stem`` and ``explanation`` only."""

    type: str
    subtype: str
    stem: str
    explanation: str
    options: list[str] = field(default_factory=list)
    correct: list[int] = field(default_factory=list)
    concept_ids: list[str] = field(default_factory=list)
    statement_ids: list[str] = field(default_factory=list)
    verdict: str = ""  # true_false: "True" / "False"
    generator: str = "template"
    option_forms: list[str] = field(default_factory=list)  # per option (true_false: of the claim), for the audit

    def render(self, seed: int) -> TrainItem:
        if self.type in ("single_choice", "multi_select"):
            tail = CHOICE_TAIL if self.type == "single_choice" else MULTI_TAIL
            prompt = "\n".join([self.stem] + [f"{LETTERS[k]}. {o}" for k, o in enumerate(self.options)] + [tail])
            letters = ", ".join(LETTERS[k] for k in self.correct)
            answer = f"{letters}. {self.explanation}"
        elif self.type == "true_false":
            prompt, answer = self.stem, f"{self.verdict}. {self.explanation}"
        else:
            prompt, answer = self.stem, self.explanation
        return TrainItem(id="ti_" + digest(self.type, prompt, answer), type=self.type, subtype=self.subtype,
                         prompt=prompt, answer=answer, options=list(self.options), correct=list(self.correct),
                         concept_ids=sorted(set(self.concept_ids)), statement_ids=sorted(set(self.statement_ids)),
                         option_forms=list(self.option_forms), generator=self.generator, seed=seed)


@dataclass
class SynthReport:
    statements: int = 0
    concepts: int = 0
    statements_supported: int = 0  # statements whose source quote supports them (only these are taught)
    candidates: dict = field(default_factory=dict)
    items: int = 0
    types: dict = field(default_factory=dict)
    subtypes: dict = field(default_factory=dict)
    near_duplicates: int = 0
    capped: int = 0
    llm_rewritten: int = 0
    llm_failed: int = 0
    seconds: float = 0.0


def select(pools: dict[str, list[Draft]], mix: dict[str, float], total: int, per_statement: int,
           seed: int, dedupe: float, report: SynthReport) -> list[Draft]:
    """Pick up to ``total`` drafts following ``mix`` as far as the pools allow, at most ``per_statement``
    per statement (and per concept for concept-only items), dropping near-duplicates."""
    pools = {t: p[:] for t, p in pools.items() if p}
    for t, p in pools.items():
        random.Random(f"{seed}:select:{t}").shuffle(p)
    weights = {t: max(0.0, float(mix.get(t, 0.0))) for t in pools}
    if not any(weights.values()):
        weights = {t: 1.0 for t in pools}
    wsum = sum(weights.values())
    chosen: list[Draft] = []
    count: dict[str, int] = defaultdict(int)
    used: dict[str, int] = defaultdict(int)
    dup = NearDup(dedupe)
    asked: set[frozenset[str]] = {frozenset(d.statement_ids) for d in pools.get("open_qa", [])
                                  if d.subtype == "cloze" and d.statement_ids}  # the sets an item asks or will ask
    while len(chosen) < total:
        live = [t for t in pools if pools[t] and weights[t] > 0]
        if not live:
            break
        n = len(chosen) + 1
        t = max(live, key=lambda x: (weights[x] / wsum * n - count[x], x))
        d = pools[t].pop()
        units = d.statement_ids or d.concept_ids[:1]
        if any(used[u] >= per_statement for u in units):
            report.capped += 1
            continue
        same = frozenset(d.statement_ids) if d.type == "open_qa" and d.subtype in ASKS_OBJECT else frozenset()
        if same and same in asked and d.subtype != "cloze":
            report.near_duplicates += 1
            continue
        if not dup.add(d.stem + "\n" + "\n".join(d.options) + "\n" + d.explanation):
            report.near_duplicates += 1
            continue
        if same:
            asked.add(same)
        for u in units:
            used[u] += 1
        count[t] += 1
        chosen.append(d)
    return chosen
