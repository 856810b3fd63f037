"""Training items ("source code") from L1 concepts and L2 statements: the entry point.

Units are read by the named queries ``train_statements``, ``train_concepts``, ``train_chunks`` and
``train_step_texts`` (``proda.train.items.kb.load_kb``).  Every item says which concepts and statements it teaches.
What may be taught is verified (``proda/train/items``): keys only from statements their source quote supports;
distractors false for the subject under every predicate of the key's family, not named beside the subject in the
source chunk, of the same kind as the key from the same chapter, sharing no content word with it, and never from a
hedged or open-list sentence; a negated claim is keyed True only where the book states the negation, and false
denials (of certain facts) are drawn as often; definitions only where the term is the definition's subject and the
sentence says what it is; requirement questions only from necessity verbs; verb forms from lemminflect; a cloze
(``items.cloze``) blanks a noun phrase of a whole sentence of the book, so it teaches the sentence with its scope,
hedge and view holder even where the statement's triple lost them; a statement of any other verb that its sentence
says plainly (active, present or perfect, main clause, the object its whole slot) is asked "what does X <verb>?" in
the book's words (``items.relations``).  Each option carries a ``form`` label that ``proda data audit`` checks for cues.

Generators: ``template`` (deterministic for a seed, offline) and ``llm`` (rewrites the wording of template items
with an OpenAI-compatible endpoint, keeping their options and correct answers).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable

from proda.models import TrainItem
from proda.perf import gc_paused
from proda.train.items.cloze import cloze_items
from proda.train.items.draft import CHOICE_TAIL, MULTI_TAIL, Draft, SynthReport, select
from proda.train.items.generators import (OPEN_TEMPLATES, definition_items, multi_select, open_items, single_choice,
                                          true_false)
from proda.train.items.kb import KB, load_kb
from proda.train.items.llm import rewrite_llm
from proda.train.items.relations import relation_items
from proda.train.items.text import base_verb, cap, negated, sentence, verb

TYPES = ("open_qa", "single_choice", "multi_select", "true_false")


@gc_paused()
def generate(kb: KB, *, per_statement: int = 3, max_items: int = 0, type_mix: dict[str, float] | None = None,
             seed: int = 0, dedupe: float = 0.8, generator: str = "template", client=None,
             progress: Callable[[str, int, int], None] | None = None) -> tuple[list[TrainItem], SynthReport]:
    """Training items from ``kb``; deterministic for a given seed with the template generator."""
    t0 = time.time()
    rep = SynthReport(statements=len(kb.statements), concepts=len(kb.concepts))
    mix = type_mix or {"open_qa": 0.4, "single_choice": 0.2, "multi_select": 0.2, "true_false": 0.2}
    unknown = set(mix) - set(TYPES)
    if unknown:
        raise ValueError(f"unknown item types in type_mix: {', '.join(sorted(unknown))} ({' | '.join(TYPES)})")
    rep.statements_supported = sum(1 for s in kb.statements if kb.supported(s))
    steps = [("open_qa", lambda: definition_items(kb, seed) + open_items(kb, seed) + relation_items(kb, seed)
                                + cloze_items(kb, seed)),
             ("single_choice", lambda: single_choice(kb, seed)),
             ("multi_select", lambda: multi_select(kb, seed)),
             ("true_false", lambda: true_false(kb, seed))]
    pools: dict[str, list[Draft]] = {}
    for i, (t, fn) in enumerate(steps, 1):
        pools[t] = fn() if mix.get(t, 0) > 0 else []
        if progress:
            progress("candidates", i, len(steps))
    rep.candidates = {t: len(p) for t, p in pools.items()}
    budget = per_statement * max(1, len(kb.statements) or len(kb.concepts))  # on average N items per statement
    total = min(budget, max_items) if max_items else budget
    drafts = select(pools, mix, total, per_statement, seed, dedupe, rep)
    if generator == "llm":
        if client is None:
            raise ValueError("the llm generator needs a ChatClient")
        drafts = rewrite_llm(drafts, kb, client, rep)
    elif generator != "template":
        raise ValueError(f"unknown generator {generator!r} (template | llm)")
    items, seen = [], set()
    for d in drafts:
        it = d.render(seed)
        if it.id not in seen:
            seen.add(it.id)
            items.append(it)
    items.sort(key=lambda i: i.id)
    rep.items = len(items)
    rep.types = {t: sum(1 for i in items if i.type == t) for t in TYPES}
    sub: dict[str, int] = defaultdict(int)
    for i in items:
        sub[f"{i.type}/{i.subtype}"] += 1
    rep.subtypes = dict(sorted(sub.items()))
    rep.seconds = time.time() - t0
    return items, rep


__all__ = ["generate", "load_kb", "KB", "Draft", "SynthReport", "TYPES", "OPEN_TEMPLATES", "CHOICE_TAIL",
           "MULTI_TAIL", "select", "sentence", "verb", "base_verb", "negated", "cap"]
