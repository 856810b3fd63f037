"""The chain rules of one chunk: where ordered procedures and causal cascades are in the text.

Split from ``chains.py`` (which turns what these rules find into drafts): each
rule returns :class:`Found` groups of step spans; the cues are data in
``patterns/chains.toml``.  Announced list procedures are ``chain_lists.py``.  See ``chains.py`` for why these sources and no others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from proda.ingest.extract.lexdata import toml_table
from proda.models import Chunk

@lru_cache(maxsize=1)
def rules() -> dict:
    """The cue lists of ``patterns/chains.toml`` (phrases lower-cased, sorted longest first)."""
    data = toml_table("chains.toml")
    for sec in data.values():
        for k, v in list(sec.items()):
            if isinstance(v, list):
                sec[k] = sorted({w.lower() for w in v}, key=lambda w: (-len(w), w))
    data["inline_step"]["paren_re"] = re.compile(data["inline_step"]["paren"], re.I)
    data["inline_step"]["leading_re"] = re.compile(data["inline_step"]["leading"], re.I)
    data["list"]["item_marker_re"] = re.compile(data["list"]["item_marker"])
    return data


@dataclass
class Sent:
    start: int  # char offsets in the chunk text
    end: int
    block: int
    span: object  # spaCy Span
    text: str


@dataclass
class Step:
    text: str
    span: object  # the step's tokens
    sent: Sent  # the sentence they lie in


@dataclass
class Found:
    kind: str  # procedure | cascade
    steps: list[Step]
    process: str = ""
    summary: str = ""
    sent_ids: set[int] = field(default_factory=set)
    # steps (0-based) the book links to the step before only in time ("X then Y" with no causal verb): a cascade
    # holding one is asked about that link's order, never about what caused what across it (``bench_chains``)
    after: set[int] = field(default_factory=set)
    # the first step is a causal sentence's subject, cut from its verb (``chain_causes``): the transitions are that
    # sentence's and the next clause's own frames, which the sentence reading gives with their terms; none is made here,
    # and no step names a concept (read from the steps' arguments they were clauses and bits: "can to burst", dev sweep)
    cut: bool = False


# ----------------------------------------------------------------------------- layout


def blocks(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in text.split("\n\n"):
        if part.strip():
            lead = len(part) - len(part.lstrip())
            out.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 2
    return out


def sentences(doc, blocks: list[tuple[int, int]]) -> list[Sent]:
    """spaCy sentences cut at block boundaries (a list item never runs into the next block)."""
    out: list[Sent] = []
    text = doc.text
    for s in doc.sents:
        for bi, (b0, b1) in enumerate(blocks):
            a, z = max(s.start_char, b0), min(s.end_char, b1)
            if z <= a or not text[a:z].strip():
                continue
            sp = doc.char_span(a, z, alignment_mode="contract")
            if sp is None or not len(sp):
                continue
            out.append(Sent(sp.start_char, sp.end_char, bi, sp, sp.text))
    return out


def _starts_with(low: str, phrases: list[str]) -> str:
    for p in phrases:
        if low.startswith(p) and (len(low) == len(p) or not low[len(p)].isalnum()):
            return p
    return ""


def _short(text: str, max_words: int) -> str:
    """At most ``max_words`` words, cut at a clause boundary where one is near (stays a verbatim prefix)."""
    words = text.split()
    if len(words) <= max_words:
        return text.strip()
    cut = text[: len(" ".join(words[:max_words])) + (len(text) - len(text.lstrip()))]
    m = max(cut.rfind(","), cut.rfind(";"), cut.rfind(":"))
    return (cut[:m] if m > len(cut) // 3 else cut).strip()


def _heading_like(text: str, chunk: Chunk) -> bool:
    t = " ".join(text.split())
    if t in {" ".join(h.split()) for h in chunk.heading_path}:
        return True
    words = t.split()
    if not words or t[-1:] in ".!?:;" or len(words) > 10:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 2 and caps / len(words) >= 0.6


def _has_verb(span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in span)


# ----------------------------------------------------------------------------- procedures


def inline(text: str, sents: list[Sent]) -> list[Found]:
    """ "(Step 1) ... (Step 2) ..." inside running text, and "Step 1: ..." openings."""
    r = rules()["inline_step"]
    out: list[Found] = []
    marks = [(int(m.group(1)), m.start(), m.end()) for m in r["paren_re"].finditer(text)]
    runs: list[list[tuple[int, int, int]]] = []
    for mk in marks:
        if runs and mk[0] == runs[-1][-1][0] + 1:
            runs[-1].append(mk)
        else:
            runs.append([mk])
    for run in runs:
        steps, ids = [], set()
        prev_end = None
        for _, a, z in run:
            k = next((i for i, s in enumerate(sents) if s.start <= a < s.end + 1), None)
            if k is None:
                break
            s = sents[k]
            if ids and s.block - sents[max(ids)].block > 1:
                break
            seg_a = s.start if prev_end is None or prev_end < s.start else prev_end
            seg = text[seg_a:a].strip(" ,;.")
            sp = s.span.doc.char_span(seg_a, a, alignment_mode="contract")
            if not seg or sp is None or not _has_verb(sp):
                break
            steps.append(Step(seg, sp, s))
            ids.add(k)
            prev_end = z
        if len(steps) == len(run):
            out.append(Found("procedure", steps, sent_ids=ids))
    # "Step 1: ..." opening sentences
    lead = [i for i, s in enumerate(sents) if r["leading_re"].match(s.text)]
    if len(lead) >= 2:
        steps, ids = [], set()
        for n, i in enumerate(lead):
            s = sents[i]
            m = r["leading_re"].match(s.text)
            body = s.text[m.end():]
            sp = s.span.doc.char_span(s.start + m.end(), s.end, alignment_mode="contract")
            if sp is None or not _has_verb(sp) or sum(ch.isalpha() for ch in body) < 0.6 * len(body):
                steps = []
                break
            steps.append(Step(body.strip(), sp, s))
            ids.add(i)
        if steps:
            out.append(Found("procedure", steps, sent_ids=ids))
    return out


_QUANT = {"several", "many", "various", "few", "following", "another", "other", "different", "some", "main", "major",
          "key", "multiple", "numerous", "these", "those", "both", "two", "three", "four", "five"}


def announces_list(span, subject_only: bool = False) -> bool:
    """ "three reasons", "several factors", "another way", "the following types": parallel members announced.
    ``subject_only``: only where the noun is what the clause is about ("One factor is ..."), so an item saying
    "platelets release clotting factors" announces nothing."""
    nouns = rules()["enumeration"]["list_nouns"]
    for t in span:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in nouns:
            continue
        if subject_only and t.dep_ not in ("nsubj", "nsubjpass", "attr"):
            continue
        if t.tag_ == "NNS" or any(c.dep_ == "nummod" or c.lower_ in _QUANT for c in t.children):
            return True
    return False


def announces_process(span) -> bool:
    """ "the following steps", "occurs in three stages", "the process of ...": the lead-in promises a sequence."""
    r = rules()["list"]
    low = span.text.lower()
    return any(t.lemma_.lower() in r["intro_lemmas"] and t.pos_ != "VERB" for t in span) or any(p in low for p in r["intro_phrases"])


def _nouns(toks) -> set[str]:
    gen = rules()["enumeration"]["generic_nouns"]
    return {t.lemma_.lower() for t in toks if t.pos_ in ("NOUN", "PROPN") and not t.is_stop and t.lemma_.lower() not in gen}


def _result_side(span) -> set[str]:
    """Nouns of what an item brings about: everything after its main verb (objects, results, places reached)."""
    root = span.root
    return _nouns(t for t in span if t.i > root.i)


def _parallel(span) -> bool:
    low = " " + " ".join(t.lower_ for t in span) + " "
    return any(f" {p} " in low for p in rules()["enumeration"]["parallel"])


def depends_on(prev, item, marker: str) -> bool:
    """Does ``item`` happen after ``prev`` (not merely come after it in a list)?  A temporal or causal marker
    ("then", "next", "as a result"), "then" inside the clause, or an argument of ``item`` that ``prev`` produced."""
    r = rules()["ordinal"]
    if marker in r["temporal"] or _starts_with(item.text.lower(), r["temporal"]):
        return True
    if any(t.lower_ == "then" and t.dep_ == "advmod" for t in item):
        return True
    return bool(_nouns(item) & _result_side(prev))


def is_process(lead, items: list, markers: list[str]) -> bool:
    """List vs process: an enumeration is a process only when its items are events that depend on each other.

    ``lead`` is the sentence introducing the enumeration (or None), ``items`` the item spans, ``markers`` the
    opening marker of each item ("first", "then", "finally", "" ...).  The lead-in (or the first item) announcing
    reasons / factors / ways / types, or an item adding "another" / "also", makes a list.  Otherwise a lead-in
    announcing steps, stages or a process makes a process; else every item after the first must depend on the
    one before (``depends_on``), a closing "Finally," only after an earlier item was marked temporal.
    """
    r = rules()["ordinal"]
    if (lead is not None and announces_list(lead)) or announces_list(items[0], subject_only=True):
        return False
    if any(_parallel(s) for s in items[1:]):
        return False
    if lead is not None and announces_process(lead):
        return True
    timed = False
    for n in range(1, len(items)):
        if markers[n] in r["weak_end"] and timed and n == len(items) - 1:
            continue
        if not depends_on(items[n - 1], items[n], markers[n]):
            return False
        timed = timed or markers[n] in r["temporal"]
    return True


def ordinal(sents: list[Sent]) -> list[Found]:
    """ "First, ... Then ... Finally, ...": at least three marked sentences that make a process (``is_process``)."""
    r, lim = rules()["ordinal"], rules()["limits"]
    out, i = [], 0
    marks = []
    for s in sents:
        low = s.text.lower()
        marks.append(("start", p) if (p := _starts_with(low, r["start"])) else ("end", p) if (p := _starts_with(low, r["end"]))
                     else ("next", p) if (p := _starts_with(low, r["next"])) else ("", ""))
    while i < len(sents):
        implicit = (marks[i][0] == "" and i + 2 < len(sents) and marks[i + 1][0] == "next" and marks[i + 2][0] in ("next", "end")
                    and marks[i + 1][1] in r["temporal"] and sents[i + 2].block == sents[i].block)
        if marks[i][0] != "start" and not implicit:
            i += 1
            continue
        idx, k, gap = [i], i + 1, 0
        while k < len(sents) and gap <= lim["max_gap"] and len(idx) < lim["max_steps"]:
            kind = marks[k][0]
            if kind == "start":
                break
            if kind in ("next", "end") and sents[k].block - sents[idx[-1]].block <= 1:
                idx.append(k)
                gap = 0
                if kind == "end":
                    break
            else:
                gap += 1
            k += 1
        lead = sents[i - 1].span if i > 0 and sents[i].block - sents[i - 1].block <= 1 else None
        ok = (len(idx) >= lim["min_steps"] and all(_has_verb(sents[n].span) for n in idx)
              and is_process(lead, [sents[n].span for n in idx], [marks[n][1] for n in idx]))
        if ok:
            steps = [Step(_short(_strip_marker(sents[n].text, marks[n][1]), lim["max_step_words"]),
                           sents[n].span, sents[n]) for n in idx]
            out.append(Found("procedure", steps, sent_ids=set(idx)))
            i = idx[-1] + 1
        else:
            i += 1
    return out


def _strip_marker(text: str, marker: str) -> str:
    return text[len(marker):].lstrip(" ,") if marker and text.lower().startswith(marker.lower()) else text


def stages(sents: list[Sent]) -> list[Found]:
    """Sentences opening with "the first / second / final stage (phase, step)": three or more, in order, each within
    ``[stage] max_gap`` sentences of the one before, from "first" on, no place skipped ("first ... third" leaves a
    stage out that the text names otherwise: an order item would key the third as directly after the first).

    The places are read from ``[stage] places`` (a string, in order): ``rules()`` sorts every list longest word
    first, and ranked by that order "second" came before "first" and "final" before "third", so "The first stage ...
    The second stage ... The third stage ... The final stage" gave no chain (session 15)."""
    r, lim = rules()["stage"], rules()["limits"]
    order = {w: n for n, words in enumerate(r["places"].split(), 1) for w in words.split("|")}
    final = max(order.values())  # "final" / "last" closes a sequence whatever its length; no other place is skipped
    hits: list[tuple[int, int]] = []  # (sentence, place; 0 for "next": the place after the one before)
    for i, s in enumerate(sents):
        toks = [t for t in list(s.span)[:6]]
        for a, b in zip(toks, toks[1:]):
            if (a.lower_ in order or a.lower_ in r["next"]) and b.lemma_.lower() in r["nouns"]:
                hits.append((i, order.get(a.lower_, 0)))
                break
    out: list[Found] = []
    seq: list[tuple[int, int]] = []

    def close() -> None:
        if len(seq) >= lim["min_steps"]:
            steps = [Step(_short(sents[i].text, lim["max_step_words"]), sents[i].span, sents[i]) for i, _ in seq]
            out.append(Found("procedure", steps, sent_ids={i for i, _ in seq}))

    for i, place in hits:
        last = seq[-1][1] if seq else -1
        if seq and i - seq[-1][0] - 1 <= r["max_gap"] and (place in (0, last + 1) or place == final > last):
            seq.append((i, place or seq[-1][1] + 1))
            continue
        close()
        seq = [(i, place)] if place == 1 else []
    close()
    return out
