"""A list of stages flattened into one paragraph, each item opened by a label ("Voir dire: In this stage, ...
Opening statements: The attorneys ...") -- gold row pol7 of docs/audits/dev-2026-11-30.

Why a rule of its own: readers lay a list out as one block per item (``chain_lists``), but a list nested inside an
item, or one the source wrote as a paragraph, arrives as one block whose items are only marked by "Label:" openings.
Such a list is a sequence only when a sentence of the paragraph before its first item announces steps / stages / a
process (``chain_rules.announces_process``) and announces no parallel members ("several types", ``announces_list``);
the first item must follow the announcement at once, and every later "Label:" sentence opens the next item; no label
may be a worked example's apparatus ("Solution:", "Answer:") and not all may be proper names (``_meta_or_names``)
(unlabelled sentences between them belong to the item before).  A step is the label with the first sentence after
it (the item's own name and what happens in it), cut at the word limit.  Label shape: ``[labels]`` in
``patterns/chains.toml``.  Entry point :func:`flat_labels`, called from ``chain_lists.lists``.
"""

from __future__ import annotations

import re

from proda.ingest.extract.chain_events import concept_name
from proda.ingest.extract.chain_rules import Found, Sent, Step, _short, announces_list, announces_process, rules

_LABEL = re.compile(r"^([A-Z][^:.;,()?!]*?):\s+(?=[A-Z“\"(])")
_ALONE = re.compile(r"^([A-Z][^:.;,()?!]*?):\s*$")


def _label(s: Sent) -> str:
    """The label opening the sentence ("Opening statements"), or "": a few words with no finite verb.  The parser
    may cut the label off as a sentence of its own ("Intake:"): that sentence is the label alone."""
    m = _LABEL.match(s.text) or _ALONE.match(s.text)
    if not m or len(m.group(1).split()) > rules()["labels"]["max_words"]:
        return ""
    toks = [t for t in s.span if t.idx < s.start + m.end(1)]
    return "" if any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") and _english_verb(t) for t in toks) else m.group(1)


def _english_verb(t) -> bool:
    """A word tagged as a finite verb that is one ("is", "said"), not a foreign word the tagger read as one ("Voir
    dire": "dire" tagged VBP)."""
    from lemminflect import getAllLemmas

    return t.tag_ == "MD" or bool(getAllLemmas(t.lower_, upos="VERB")) or t.lower_ in ("is", "are", "was", "were", "has", "had")


def _after_label(s: Sent) -> object:
    """The sentence's span past its label ("The trial: There are several stages ..." -> "There are ...")."""
    m = _LABEL.match(s.text)
    if not m:
        return s.span
    sp = s.span.doc.char_span(s.start + m.end(), s.end, alignment_mode="contract")
    return sp if sp is not None and len(sp) else s.span


def _process(span) -> str:
    """ "several stages to the actual trial" -> "actual trial": what the announced stages belong to."""
    cue = rules()["list"]["intro_lemmas"]
    for t in span:
        if t.lemma_.lower() in cue and t.pos_ == "NOUN":
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "in", "for", "to"):
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return concept_name(" ".join(x.text for x in pobj.subtree))
    return ""


def _cut(text: str, max_words: int) -> str:
    """``_short``, but a sentence with no comma late enough is cut before its last relative word or infinitive in the
    second half ("... questioned to see if they have any biases | that would prevent ..."), never mid-phrase."""
    words = text.split()
    if len(words) <= max_words:
        return text.strip()
    short = _short(text, max_words)
    if short.endswith((",", ";", ":")) or len(short.split()) < max_words:
        return short.rstrip(",;:")
    k = max((n for n, w in enumerate(words[:max_words]) if w.lower() in _CLAUSE_WORDS and n > max_words // 2), default=0)
    return " ".join(words[:k]) if k else short


_CLAUSE_WORDS = frozenset("that which who whom whose where when because so to".split())


def _meta_or_names(sents: list[Sent], items: list[int]) -> bool:
    """Labels of a worked example's apparatus ("Solution:", "Answer:", "Note:", ``[labels] not_labels``) say what a
    passage is, not a stage; labels that are all proper names ("Paris:", "Rome:") name places or people visited, not
    stages (review R16).  Either refuses the list."""
    meta = set(rules()["labels"]["not_labels"])
    names = 0
    for x in items:
        lab = _label(sents[x])
        if " ".join(lab.lower().split()) in meta:
            return True
        toks = [t for t in sents[x].span if t.idx < sents[x].start + len(lab) and t.is_alpha]
        names += bool(toks) and all(t.pos_ == "PROPN" for t in toks)
    return names == len(items)


def _step(sents: list[Sent], x: int, max_words: int) -> Step:
    """The label and the first sentence after it; a label the parser cut off ("Intake:") takes the next sentence."""
    s = sents[x]
    if _ALONE.match(s.text):
        nxt = sents[x + 1]
        return Step(_cut(s.span.doc.text[s.start:nxt.end], max_words), nxt.span, nxt)
    return Step(_cut(s.text, max_words), s.span, s)


def flat_labels(sents: list[Sent]) -> list[Found]:
    lim = rules()["limits"]
    out: list[Found] = []
    i = 0
    while i < len(sents):
        s = sents[i]
        body = _after_label(s)
        if s.text.rstrip().endswith(":") or not announces_process(body) or announces_list(body):
            i += 1
            continue
        items: list[int] = []
        k = i + 1
        while k < len(sents) and sents[k].block == s.block:
            if _label(sents[k]):
                items.append(k)
            elif not items:
                break  # the first item must follow the announcement at once
            k += 1
        if items and _ALONE.match(sents[items[-1]].text) and (items[-1] + 1 >= k):
            items.pop()  # a label with nothing after it in the paragraph names no stage
        if lim["min_steps"] <= len(items) <= lim["max_steps"] and not _meta_or_names(sents, items):
            steps = [_step(sents, x, lim["max_step_words"]) for x in items]
            out.append(Found("sequence", steps, process=_process(body) or _label(s), summary=s.text,
                             sent_ids={i, *items}))
            i = k
        else:
            i += 1
    return out
