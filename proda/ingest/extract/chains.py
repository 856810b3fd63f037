"""L3 chains of one chunk: explicit procedures and causal cascades, each step an event.

Entry point: :func:`find_chains` (``doc`` is the spaCy parse of ``chunk.text``).

Why these sources and no others: a chain is taught and tested as an ordered
process, so a wrong order or a spliced-on sentence is worse than no chain.
Steps therefore come only from what the text marks as ordered or causal:

- procedures: a block ending in ":" whose introduction names steps / stages /
  a sequence, followed by list blocks of any length (readers lay list items out
  as separate blocks); inline "(Step n)" markers; "Step n:" openings;
  first / then / next / finally sequences (with at least one temporal marker,
  so "First, ... Second, ..." lists of reasons are not processes);
  "the first / second / final stage" sentences;
- cascades inside one paragraph: clauses linked by an explicit causal
  connective ("as a result", "in turn", ", which leads to", ", causing",
  "This causes ..."), never by a shared word or a pronoun alone.

Every cue list is data (``patterns/chains.toml``).  Each step carries a
:class:`~proda.models.StepEvent` (``chain_events.py``) with its polarity, and
the transition statement from step i to step i+1 is the event of step i+1
(what the outcome of step i goes on to do), quoted from its sentence.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from proda.ingest.extract.chain_events import Event, concept_name, event_of
from proda.lexicon import family_of
from proda.models import ChainDraft, Chunk, StatementDraft, StepEvent

__all__ = ["find_chains", "rules"]


@lru_cache(maxsize=1)
def rules() -> dict:
    """The cue lists of ``patterns/chains.toml`` (phrases lower-cased, sorted longest first)."""
    pkg = __package__ or "proda.ingest.extract"
    data = tomllib.loads(resources.files(pkg).joinpath("patterns", "chains.toml").read_text(encoding="utf-8"))
    for sec in data.values():
        for k, v in list(sec.items()):
            if isinstance(v, list):
                sec[k] = sorted({w.lower() for w in v}, key=lambda w: (-len(w), w))
    data["inline_step"]["paren_re"] = re.compile(data["inline_step"]["paren"], re.I)
    data["inline_step"]["leading_re"] = re.compile(data["inline_step"]["leading"], re.I)
    return data


@dataclass
class _Sent:
    start: int  # char offsets in the chunk text
    end: int
    block: int
    span: object  # spaCy Span
    text: str


@dataclass
class _Step:
    text: str
    span: object  # the step's tokens
    sent: _Sent  # the sentence they lie in


@dataclass
class _Found:
    kind: str  # procedure | cascade
    steps: list[_Step]
    process: str = ""
    summary: str = ""
    sent_ids: set[int] = field(default_factory=set)


# ----------------------------------------------------------------------------- layout


def _blocks(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in text.split("\n\n"):
        if part.strip():
            lead = len(part) - len(part.lstrip())
            out.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 2
    return out


def _sentences(doc, blocks: list[tuple[int, int]]) -> list[_Sent]:
    """spaCy sentences cut at block boundaries (a list item never runs into the next block)."""
    out: list[_Sent] = []
    text = doc.text
    for s in doc.sents:
        for bi, (b0, b1) in enumerate(blocks):
            a, z = max(s.start_char, b0), min(s.end_char, b1)
            if z <= a or not text[a:z].strip():
                continue
            sp = doc.char_span(a, z, alignment_mode="contract")
            if sp is None or not len(sp):
                continue
            out.append(_Sent(sp.start_char, sp.end_char, bi, sp, sp.text))
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


def _inline(text: str, sents: list[_Sent]) -> list[_Found]:
    """ "(Step 1) ... (Step 2) ..." inside running text, and "Step 1: ..." openings."""
    r = rules()["inline_step"]
    out: list[_Found] = []
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
            steps.append(_Step(seg, sp, s))
            ids.add(k)
            prev_end = z
        if len(steps) == len(run):
            out.append(_Found("procedure", steps, sent_ids=ids))
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
            steps.append(_Step(body.strip(), sp, s))
            ids.add(i)
        if steps:
            out.append(_Found("procedure", steps, sent_ids=ids))
    return out


def _lists(sents: list[_Sent], chunk: Chunk) -> list[_Found]:
    """An introduction ending in ":" that names steps / a sequence, then list blocks of any length."""
    r, lim = rules()["list"], rules()["limits"]
    by_block: dict[int, list[int]] = {}
    for i, s in enumerate(sents):
        by_block.setdefault(s.block, []).append(i)
    out = []
    for b, ids in sorted(by_block.items()):
        intro = sents[ids[-1]]
        low = intro.text.lower()
        if not intro.text.rstrip().endswith(":") or any(p in low for p in r["reject_phrases"]):
            continue
        if not (any(t.lemma_.lower() in r["intro_lemmas"] for t in intro.span) or any(p in low for p in r["intro_phrases"])):
            continue
        steps, used = [], set()
        nb = b + 1
        while nb in by_block and len(steps) < lim["max_steps"]:
            item = [sents[i] for i in by_block[nb]]
            chars = item[-1].end - item[0].start
            if len(item) > lim["max_item_sents"] or chars > lim["max_item_chars"]:
                break
            if item[-1].text.rstrip().endswith(":") or _heading_like(item[0].text, chunk):
                break
            if not _has_verb(item[0].span):
                break
            words, txt = 0, []
            for s in item:
                if words and words + len(s.text.split()) > lim["max_step_words"]:
                    break
                txt.append(s)
                words += len(s.text.split())
            step_text = _short(chunk.text[txt[0].start:txt[-1].end], lim["max_step_words"])
            steps.append(_Step(step_text, item[0].span, item[0]))
            used |= set(by_block[nb])
            nb += 1
        if len(steps) >= lim["min_steps"]:
            out.append(_Found("procedure", steps, process=_intro_process(intro.span), summary=intro.text, sent_ids=used))
    return out


def _intro_process(span) -> str:
    """The process an introduction names: "the steps of X", "the steps outline X", "X occurs in three stages"."""
    cue = rules()["list"]["intro_lemmas"]
    for t in span:
        if t.lemma_.lower() not in cue or t.pos_ != "NOUN":
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in", "for"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return concept_name(" ".join(x.text for x in pobj.subtree))
        v = t.head
        if t.dep_ in ("nsubj", "nsubjpass"):
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return concept_name(" ".join(x.text for x in obj.subtree))
        if t.dep_ == "pobj" and v.head.pos_ in ("VERB", "AUX"):
            subj = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ != "PRON":
                return concept_name(" ".join(x.text for x in subj.subtree))
    return ""


def _ordinal(sents: list[_Sent]) -> list[_Found]:
    """ "First, ... Then ... Finally, ...": at least three marked sentences, one marker temporal."""
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
        temporal = any(marks[n][1] in r["temporal"] for n in idx[1:])
        if len(idx) >= lim["min_steps"] and temporal and all(_has_verb(sents[n].span) for n in idx):
            steps = [_Step(_short(_strip_marker(sents[n].text, marks[n][1]), lim["max_step_words"]),
                           sents[n].span, sents[n]) for n in idx]
            out.append(_Found("procedure", steps, sent_ids=set(idx)))
            i = idx[-1] + 1
        else:
            i += 1
    return out


def _strip_marker(text: str, marker: str) -> str:
    return text[len(marker):].lstrip(" ,") if marker and text.lower().startswith(marker) else text


def _stages(sents: list[_Sent]) -> list[_Found]:
    """Sentences opening with "the first / second / final stage (phase, step)": three or more, in order."""
    r, lim = rules()["stage"], rules()["limits"]
    order = {w: n for n, w in enumerate(r["ordinals"])}
    hits: list[tuple[int, int]] = []
    for i, s in enumerate(sents):
        toks = [t for t in list(s.span)[:6]]
        for a, b in zip(toks, toks[1:]):
            if a.lower_ in order and b.lemma_.lower() in r["nouns"]:
                hits.append((i, order[a.lower_]))
                break
    if len(hits) < lim["min_steps"]:
        return []
    seq = [hits[0]]
    for h in hits[1:]:
        if h[1] > seq[-1][1] or h[1] == order.get("next", -1):
            seq.append(h)
    if len(seq) < lim["min_steps"]:
        return []
    steps = [_Step(_short(sents[i].text, lim["max_step_words"]), sents[i].span, sents[i]) for i, _ in seq]
    return [_Found("procedure", steps, sent_ids={i for i, _ in seq})]


# ----------------------------------------------------------------------------- cascades


def _verb_family(t) -> str:
    lemma = t.lemma_.lower()
    prep = next((c.lower_ for c in t.children if c.dep_ in ("prep", "prt") and c.i > t.i), "")
    fam = family_of(f"{lemma}_{prep}") if prep else ""
    return fam if fam and fam != f"{lemma}_{prep}" else family_of(lemma)


def _inner_splits(s: _Sent) -> list[int]:
    """Token indices where a clause opened by a causal verb after a comma starts (", which in turn causes")."""
    r = rules()["cascade"]
    out = []
    for t in s.span:
        if t.pos_ != "VERB" or t.dep_ not in ("relcl", "advcl", "conj", "acl") or t.i <= s.span.start + 2:
            continue
        if _verb_family(t) not in r["families"]:
            continue
        k = t.i - 1
        while k > s.span.start and t.doc[k].lower_ in r["inner_lead"] and t.doc[k].text not in ",;":
            k -= 1
        if t.doc[k].text in ",;":
            out.append(k + 1)
    return out


def _cascades(sents: list[_Sent], used: set[int]) -> list[_Found]:
    r, lim = rules()["cascade"], rules()["limits"]
    segs: list[tuple[int, int, int, bool]] = []  # (sentence index, token start, token end, linked to previous)
    for i, s in enumerate(sents):
        low = s.text.lower()
        linked = bool(_starts_with(low, r["initial"]))
        if not linked:
            root = s.span.root
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            linked = (subj is not None and subj.left_edge.lower_ in r["demonstratives"] and subj.left_edge.i == s.span.start
                      and _verb_family(root) in r["families"])
        cuts = [s.span.start] + _inner_splits(s) + [s.span.end]
        for n, (a, z) in enumerate(zip(cuts, cuts[1:])):
            segs.append((i, a, z, linked if n == 0 else True))
    out: list[_Found] = []
    run: list[tuple[int, int, int, bool]] = []

    def close() -> None:
        if len(run) >= lim["min_steps"] and not {x[0] for x in run} & used:
            steps = []
            for i, a, z, linked in run[: lim["max_steps"]]:
                s = sents[i]
                sp = s.span.doc[a:z]
                lead = _starts_with(sp.text.lower(), r["initial"]) if a == s.span.start else ""
                steps.append(_Step(_short(_strip_marker(sp.text, lead).strip(" ,;"), lim["max_step_words"]), sp, s))
            out.append(_Found("cascade", steps, sent_ids={x[0] for x in run}))

    for seg in segs:
        i = seg[0]
        if run and seg[3] and sents[i].block == sents[run[-1][0]].block and i - run[-1][0] <= 1:
            run.append(seg)
        else:
            close()
            run = [seg]
    close()
    return out


# ----------------------------------------------------------------------------- assembly


def _heading(chunk: Chunk) -> str:
    return " ".join(chunk.heading_path[-1].split()) if chunk.heading_path else ""


def _name(f: _Found, events: list[Event | None], chunk: Chunk, taken: set[str]) -> str:
    """Section heading + process; without a named process, first subject -> last object."""
    head = _heading(chunk)
    proc = f.process
    if not proc:
        evs = [e for e in events if e]
        first = next((e.subject_term or concept_name(e.step.subject) for e in evs if e.step.subject), "")
        last = next((e.object_term or concept_name(e.step.object) or e.subject_term for e in reversed(evs)), "")
        proc = f"{first} → {last}" if first and last and first.lower() != last.lower() else (first or last or f.steps[0].text.split(",")[0])
    proc = " ".join(proc.split()[:12])
    name = f"{proc[:1].upper()}{proc[1:]} ({head})" if head and head.lower() not in proc.lower() else proc[:1].upper() + proc[1:]
    base, n = name, 2
    while name.lower() in taken:
        name, n = f"{base} #{n}", n + 1
    taken.add(name.lower())
    return name


def _concepts(ev: Event | None, max_words: int) -> list[str]:
    out: list[str] = []
    for arg in (ev.subject_term or concept_name(ev.step.subject), ev.object_term or concept_name(ev.step.object)) if ev else ():
        if arg and len(arg.split()) <= max_words and arg.lower() not in {x.lower() for x in out} and any(c.isalpha() for c in arg):
            out.append(arg)
    return out


def find_chains(doc, chunk: Chunk) -> tuple[list[ChainDraft], list[StatementDraft]]:
    """Chains of one chunk and their transition statements (``chain_index``/``step_index`` set).

    ``doc`` must be the parse of ``chunk.text`` (character offsets agree).
    """
    lim = rules()["limits"]
    sents = _sentences(doc, _blocks(chunk.text))
    found: list[_Found] = []
    used: set[int] = set()
    for rule in (lambda: _inline(chunk.text, sents), lambda: _lists(sents, chunk), lambda: _stages(sents),
                 lambda: _ordinal(sents), lambda: _cascades(sents, used)):
        for f in rule():
            if f.sent_ids & used:
                continue
            found.append(f)
            used |= f.sent_ids
    chains: list[ChainDraft] = []
    stmts: list[StatementDraft] = []
    taken: set[str] = set()
    cache: dict = {}
    for f in found:
        events = [event_of(s.span, s.sent.span, cache) for s in f.steps]
        ci = len(chains)
        chains.append(ChainDraft(
            name=_name(f, events, chunk, taken), summary=f.summary or f.steps[0].sent.text,
            steps=[s.text for s in f.steps], step_concepts=[_concepts(e, lim["max_arg_words"]) for e in events],
            source_quote=f.summary or f.steps[0].sent.text, kind=f.kind,
            events=[e.step if e else StepEvent(sentence=s.sent.text) for e, s in zip(events, f.steps)]))
        for n in range(len(events) - 1):
            ev = events[n + 1]
            if ev is None or not ev.step.subject or not ev.step.object:
                continue
            st = ev.step
            if st.subject.lower() == st.object.lower() or max(len(st.subject.split()), len(st.object.split())) > lim["max_arg_words"]:
                continue
            lemma = ev.lemma or st.predicate.lower().replace(" ", "_")
            stmts.append(StatementDraft(
                subject=st.subject, predicate=st.predicate, object=st.object, source_quote=st.sentence, chain_index=ci,
                step_index=n, predicate_lemma=lemma, family=st.family or family_of(lemma), polarity=st.polarity,
                negated=ev.negated, quantity=ev.quantity, rule=f"chain_{f.kind}"))
    return chains, stmts
