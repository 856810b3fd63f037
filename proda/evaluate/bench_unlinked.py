"""Outside options from the chapter's other processes (split from ``bench_chains.py``, S16-B).

Why a module of its own: ``Chains.external`` draws on-topic outside options (the chain's section, its chapter's
statements, other chains sharing a concept); this is the last tier, steps of chains that share nothing with the
chain, and what makes such a step safe to offer as a wrong answer is a rule of its own (see ``unlinked_steps``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from proda.datasets import normalize_text
from proda.evaluate.bench_clauses import detach
from proda.evaluate.bench_paths import content_lemmas, overlaps

if TYPE_CHECKING:
    from proda.evaluate.bench_chains import Chains


def _form(kind: str) -> str:
    """The form a chain's steps are written in: a procedure's imperatives ("Add the acid"), a mined chain's or a
    statement path's bare statements ("A inhibits B"), or the events of a cascade or of named stages."""
    return "imperative" if kind == "procedure" else "statement" if kind in ("mined", "path") else "event"


def unlinked_steps(self: Chains, chain: dict, mine: set[str], texts: list[str], restates, seen: set[str],
                   room: int) -> list[tuple[str, str]]:
    """Steps of the chapter's other chains written in the same form (``_form``) that are another process as a whole: no step of that
    chain names a concept of ``chain``, one the KB links to them in either direction (within ``bench_paths.HOPS``
    links), or a noun of its steps.  Verified neither to follow from the chain nor to lead into it; last in the
    pool, after everything on the chain's topic.

    Why (S16-B, issue 12): a three-step chain in a section with few event statements had one or two own steps
    per question and outside sentences three times a step's length; most chemistry candidates died as "few
    distractors" or "lengths".  Another chain's step is a step like the key (its length, its form: a procedure's
    imperative beside a procedure's), and the realiser still wants one of the chain's own steps in every item,
    so where an option comes from does not give the key away.  Judged per chain, not per step: on dev anatomy 22
    "The kidneys are stimulated to produce EPO" shares nothing with "less oxygen crosses the respiratory
    membrane", but its chain (acclimatization: low oxygen -> EPO) tells what follows from it.  A step the KB knows
    no concept of (most chemistry steps) is judged by its chain's nouns alone."""
    if room <= 0:
        return []
    linked = self.reach.downstream(mine) | self.reach.upstream(mine)
    said = set().union(*(content_lemmas(t) for t in texts + [s.get("event") or "" for s in chain["steps"]]))
    pool = self.by_chapter.get(chain.get("chapter") or "", [])
    near_ours: set[str] = set()  # chains with a step on our concepts, their reach or our nouns
    for j in pool:
        cid, text, _, concepts = self.steps[j]
        if cid != chain["id"] and (concepts & (mine | linked) or content_lemmas(text) & said):
            near_ours.add(cid)
    out: list[tuple[str, str]] = []
    for j in pool:
        cid, text, _, _ = self.steps[j]
        if len(out) >= room:
            break
        if cid == chain["id"] or cid in near_ours or _form(self.kind.get(cid, "")) != _form(chain.get("kind", "")):
            continue
        text = detach(text)
        if text is None or overlaps(text, texts) or restates(text):
            continue
        n = normalize_text(text)
        if n not in seen:
            seen.add(n)
            out.append((text, "other_chain"))
    return out
