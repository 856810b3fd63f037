"""Counted stages listed in one sentence: "The process had five distinct stages: denial, anger, bargaining,
depression, and acceptance."

Why: a book often names a process's stages or steps once, in order, after a colon, and describes them nowhere else in
the chunk (or in a figure the reader leaves out).  ``chain_stages.announced`` keeps such a list only when a describing
sentence follows for every name; without one the sequence the book spells out was lost (development chapters:
sociology's stages of dying, political science's policy stages, chemistry's steps of metal production, anatomy's
stages of transcription and of childbirth).

Strict, because a wrong order taught or tested is worse than no chain.  The sentence must say how many there are, and
the list must hold exactly that many items:

- a plural noun of ``[counted] nouns`` ("stages", "steps": words that by their meaning are parts of a sequence; not
  "phases", which are also states of matter, nor "levels", which are also ranks) with a number on it, before the
  colon;
- after the colon only the list, to the sentence's end: no finite verb there ("..., and coagulation, in which
  clotting factors promote ..." holds a clause, not an item), no "or" (alternatives), each item a short phrase;
- the lead-in neither denies nor blurs the order (a negation, "in any order", "at the same time", ...);
- no clause of its own stands between the counted noun and the colon ("After three stages of voting, the assembly
  elected three consuls: A, B, and C": the list is the consuls, not the stages);
- no steps taken or proposed as measures ("The bank took three steps: ..."; ``_measures``);
- an order adverb opening an item ("..., then rinsing, and finally drying") is left out of the step;
- the item count equals the number ("three steps: A, B, and C"), from ``limits.min_steps`` to ``limits.max_steps``.

A step is the item as written ("denial", "policy formation"); the chain's name lists the items before the noun, as
the other stage rules write it ("the denial, anger, ... and acceptance stages"), so the benchmark can ask their order.
A list another rule of the chunk already reads as described stages (two or more of its names in one found chain's
steps) is left to that chain.
"""

from __future__ import annotations

import re

from proda.ingest.extract.chain_rules import Found, Sent, Step, rules

_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_FINITE = ("VBZ", "VBD", "VBP", "MD")


def _cfg() -> dict:
    return rules()["counted"]


def _count(noun) -> int:
    """The number on ``noun`` ("five distinct stages": 5), 0 when none is said."""
    numbers = _cfg()["numbers"]
    for c in noun.children:
        if c.dep_ == "nummod":
            return int(c.lower_) if c.lower_.isdigit() else numbers.get(c.lower_, 0)
    return 0


def _items(sent: Sent, colon) -> list[tuple[str, int, int]] | None:
    """(text, start, end) of each item after the colon (char offsets in the doc), or None when what follows the colon
    is no plain list (a finite verb, an "or", an item too long or not opening on a word)."""
    span = sent.span
    after = [t for t in span if t.i > colon.i]
    if not after or any(t.tag_ in _FINITE for t in after) or any(t.lower_ in ("or", "nor", ":", ";") for t in after):
        return None
    doc = span.doc
    start, end = colon.idx + 1, span.end_char
    raw = doc.text[start:end]
    body = _ASIDE.sub(lambda m: " " * len(m.group(0)), raw).rstrip()  # asides blanked, offsets kept
    body = body[:-1] if body.endswith(".") else body
    out, at = [], 0
    for piece in _SPLIT.split(body):
        if not piece.strip():
            continue
        k = body.index(piece, at)
        at = k + len(piece)
        text = piece.strip()
        lead = len(piece) - len(piece.lstrip())
        if not text[:1].isalpha() or len(text.split()) > _cfg()["max_item_words"]:
            return None
        a, b = start + k + lead, start + k + lead + len(text)
        toks = doc.char_span(a, b, alignment_mode="expand")
        if toks is not None and len(toks) > 1 and toks[0].pos_ == "ADV" and toks[0].lower_ in _cfg()["order_words"]:
            a = toks[1].idx  # "then rinsing": the adverb orders the step, it is no part of it (review R2)
            text = doc.text[a:b]
        out.append((text, a, b))
    return out


def _unordered(span, colon) -> bool:
    """The lead-in denies or blurs the order: a negation ("The three steps need not come in order:"), or a word of
    ``[counted] unordered`` ("in any order", "at the same time", "overlapping", "simultaneously")."""
    lead = [t for t in span if t.i < colon.i]
    low = " " + " ".join(t.lower_ for t in lead) + " "
    return any(t.dep_ == "neg" or t.lower_ in ("no", "never") for t in lead) \
        or any(f" {w} " in low for w in _cfg()["unordered"])


def _other_clause(span, head, colon) -> bool:
    """A clause of its own stands between the counted noun and the colon, so the list is that clause's: "After
    three stages of voting, the assembly elected three consuls: A, B, and C" (a finite verb there whose subject is
    not the counted noun; "The three stages, in order, were:" keeps its list).  Review R2 of d2adda3: the first
    counted noun anywhere before the colon was taken as the list's."""
    inner = {t.i for t in head.subtree}
    return any(t.tag_ in _FINITE and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != head.i for c in t.children)
               for t in span if head.i < t.i < colon.i and t.i not in inner)


def _measures(head) -> bool:
    """"The bank took three steps: lowering rates, buying bonds, ...": steps someone takes or proposes are measures,
    a list of actions with no order said.  ``[counted] measure_nouns`` as the object of a ``measure_verbs`` verb,
    passive too ("Three steps were proposed:"); "take" only where it is not in the present ("Tanning a hide takes
    three steps": what a process requires)."""
    cfg, verb = _cfg(), head.head
    if head.lemma_.lower() not in cfg["measure_nouns"] or head.dep_ not in ("dobj", "nsubjpass"):
        return False
    if verb.lemma_.lower() not in cfg["measure_verbs"]:
        return False
    if verb.lemma_.lower() != "take" and head.dep_ == "dobj" and not any(c.dep_ == "nsubj" for c in verb.children):
        return False  # "Consider the four steps of a lawsuit: ...": the reader is asked to look, no one proposes
    return verb.lemma_.lower() != "take" or verb.tag_ not in ("VBZ", "VBP")


def _has(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I) is not None


def _name(span) -> str:
    """The item as a stage's name: leading articles dropped, lower case except proper nouns ("the Directory" ->
    "Directory", not "directory": the benchmark asks "the Directory stage"; review R2)."""
    toks, depth = [], 0
    for t in span:  # an aside in parentheses is no part of the name (``_items`` blanks it in the step)
        depth += t.text == "("
        if not depth:
            toks.append(t)
        depth -= t.text == ")" and depth > 0
    while toks and toks[0].lower_ in ("the", "a", "an"):
        toks = toks[1:]
    return "".join((t.text if t.pos_ == "PROPN" else t.lower_) + t.whitespace_ for t in toks).strip()


def _common_noun(names: list[str], noun: str) -> tuple[list[str], str]:
    """ "three stages: the voluntary phase, the pharyngeal phase, and the esophageal phase": every item ends on the
    same stage noun, so the names are the words before it and the noun is the items' own ("the voluntary,
    pharyngeal and esophageal phases", not "the voluntary phase, ... phase stages")."""
    last = {n.split()[-1] for n in names}
    nouns = set(rules()["named_stage"]["nouns"]) | set(_cfg()["nouns"])
    if len(last) == 1 and (w := last.pop().lower()) in nouns and all(len(n.split()) > 1 for n in names):
        return [n.rsplit(" ", 1)[0] for n in names], w
    return names, noun


def counted(sents: list[Sent], used: set[int], found: list[Found]) -> list[Found]:
    """Sequences of counted stages listed after a colon (see the module doc)."""
    lim = rules()["limits"]
    out: list[Found] = []
    for i, s in enumerate(sents):
        if i in used:
            continue
        colons = [t for t in s.span if t.text == ":"]
        if len(colons) != 1 or s.text.rstrip().endswith("?"):
            continue
        colon = colons[0]
        head = next((t for t in s.span if t.i < colon.i and t.tag_ == "NNS" and t.lemma_.lower() in _cfg()["nouns"]
                     and _count(t)), None)
        if head is None or _unordered(s.span, colon) or _other_clause(s.span, head, colon) or _measures(head):
            continue
        items = _items(s, colon)
        if not items or len(items) != _count(head) or not lim["min_steps"] <= len(items) <= lim["max_steps"]:
            continue
        doc = s.span.doc
        names = [_name(doc.char_span(a, b, alignment_mode="expand") or ()) for _, a, b in items]
        if len(set(names)) != len(names):
            continue
        if any(sum(any(_has(st.text, n) for st in f.steps) for n in names) >= 2 for f in found):
            continue  # described stage by stage: the chain that reads their descriptions holds them
        steps = [Step(t, doc.char_span(a, b, alignment_mode="expand"), s) for t, a, b in items]
        if any(st.span is None or not len(st.span) for st in steps):
            continue
        noun = head.lemma_.lower()
        names, noun = _common_noun(names, noun)
        process = f"the {', '.join(names[:-1])} and {names[-1]} {noun}s"
        out.append(Found("sequence", steps, process=process, summary=s.text, sent_ids={i}))
    return out
