"""Outside options from the chain's passage (split from ``bench_chains.py``, S16-B): the steps of another process
told there, and where an outside option may come from when it shares no concept with the chain (``in_passage``).

Why a module of its own: ``Chains.external`` draws on-topic outside options (the chain's section, its chapter's
statements, other chains sharing a concept); this is the last tier, steps of chains that share nothing with the
chain, and what makes such a step safe to offer as a wrong answer is a rule of its own (see ``unlinked_steps``).

Why the passage (round 19, issue 12): an option that shares nothing with the chain and comes from another passage is
ruled out without knowing anything.  "... must already have happened for 'H2CO3 is produced'?" (the blood buffer)
offered two steps of the chapter's titration process ("The pH is well above the upper limit and the solution will
appear yellow"); the judge rejected the item as a cue.  Such an option is offered only from the chain's own passage
(its document, under a heading of the chain's chunks), where the reader meets it beside the process.

Why it must still share a word with the chain (session 25, issue 12): the passage is a heading's worth of text, and a
statement of it on nothing of the chain ("The breakdown of amino acids produces ammonia" beside "blood pressure
increases -> more action potentials are sent to the central nervous system", dev anatomy 25) is still another topic,
ruled out without knowing the process; a passage statement sharing no concept is offered only when it shares a noun
or a symbol with a step or with the chain's name (``on_topic``; the lead's decision, reversing round 19).  A shared
noun is a coarse proxy: on 9 dev KBs it refused 1 off-topic sentence and 4 on-topic ones that no item drew
(docs/audits/dev-2026-12-03/s25-B.md, section s25-B2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from proda.datasets import normalize_text
from proda.evaluate.bench_clauses import detach
from proda.evaluate.bench_paths import BACKWARD, FORWARD, _symbols, content_lemmas, overlaps
from proda.lexicon import family_of

if TYPE_CHECKING:
    from proda.evaluate.bench_chains import Chains


def _form(kind: str) -> str:
    """The form a chain's steps are written in: a procedure's imperatives ("Add the acid"), a mined chain's or a
    statement path's bare statements ("A inhibits B"), or the events of a cascade or of named stages."""
    return "imperative" if kind == "procedure" else "statement" if kind in ("mined", "path") else "event"


def passage(row: dict) -> tuple[str, frozenset[str] | None]:
    """Where a chain is told: its document and the headings of the chunks it was read from (None where the KB gives
    none, as on graphs before ``bench_chains.cypher`` returned them: then the document alone says it)."""
    heads = row.get("headings")
    return row.get("path") or "", (frozenset(h or "" for h in heads) if heads else None)


def in_passage(where: tuple[str, frozenset[str] | None], path: str, headings: frozenset[str] | None) -> bool:
    """Whether text of document ``path`` under ``headings`` is told in the passage ``where`` (``passage``): the same
    document and a shared heading (the document alone where either side's headings are unknown)."""
    return bool(path) and path == where[0] and (where[1] is None or headings is None or bool(where[1] & headings))


def _topic(text: str) -> set[str]:
    """``content_lemmas`` (nouns, adjectives and verbs alike) less the verbs of an event family ("produce", "increase":
    what two sentences on different things share; the families are ``proda.lexicon``'s data), with the symbols a
    lemma list leaves out ("GH", "CO2"); not a bare number ("3 bridges", "3 laws": a count says no topic)."""
    from lemminflect import getLemma

    light = FORWARD | BACKWARD
    words = {w for w in content_lemmas(text) if family_of((getLemma(w, "VERB") or (w,))[0]) not in light}
    return {w for w in words | _symbols(text) if not w.isdigit()}


def on_topic(text: str, steps: list[dict], name: str = "") -> bool:
    """Whether an outside sentence shares a content lemma (a noun, an adjective, or a verb not of an event family) or a
    symbol ("GH", "CO2"; not a bare number) with a step of the chain (its text or its event) or with the chain's name,
    which names its two ends and the heading it is told under ("GH -> glucose (Growth Hormone)"; "Congress creates
    bureaucracies" is on the topic of a chain of policy stages under "How Bureaucracies Function ...", dev political
    science 10)."""
    told = set().union(_topic(name), *(_topic(s["text"]) | _topic(s.get("event") or "") for s in steps))
    return bool(_topic(text) & told)


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
    no concept of (most chemistry steps) is judged by its chain's nouns alone.  Only a chain told in the same passage
    (``in_passage``): one of another section is a topic the question never raised (round 19, see the module doc)."""
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
    here = passage(chain)
    for j in pool:
        cid, text, _, _ = self.steps[j]
        if len(out) >= room:
            break
        if cid == chain["id"] or cid in near_ours or _form(self.kind.get(cid, "")) != _form(chain.get("kind", "")) \
                or not in_passage(here, *self.where.get(cid, ("", None))):
            continue
        text = detach(text)
        if text is None or overlaps(text, texts) or restates(text):
            continue
        n = normalize_text(text)
        if n not in seen:
            seen.add(n)
            out.append((text, "other_chain"))
    return out
