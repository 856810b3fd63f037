"""Ordered sentences without a temporal marker, read as a sequence only when the text announces one (gold rows soc5,
pol8 of docs/audits/dev-2026-11-30).

Why an announcement is required: "First, ... Second, ... Finally, ..." is how reasons and factors are listed too, so
the ordinal rule (``chain_rules.ordinal``) wants a temporal marker ("then", "next").  Two announcements say order:

- **announced periods**: a sentence announces a number of periods / stages / phases ("occurring in three distinct
  periods"), and exactly that many sentences follow, opened in order by "First," / "Second," / "The second period" /
  "Next," / "Finally,"; the count must match, and reasons, factors or types (``enumeration.list_nouns``) are never
  announced periods;
- **one actor's process**: a sentence whose subject is a process and which says it is a series ("The process is a
  series of hearings ...", "The procedure consists of ..."; ``series_nouns`` / ``series_verbs``), then
  sentences whose subject is one and the same actor ("The judge crafts ... Typically, the judge questions ...
  Finally, the judge determines ..."), the last opened by "Finally," / "Lastly,"; a sentence about another actor, or
  one adding "also" / "another", ends the run (roles or duties listed, not steps); a sentence stating what the actor
  is or has (``not_event``, ``state_verbs``: "The committee has nine members") refuses the whole run.

Cues are data (``patterns/chains.toml``, section ``ordered``).  Entry point :func:`ordered`, called from
``chain_stages.named_stages``.
"""

from __future__ import annotations

from proda.ingest.extract.chain_rules import Found, Sent, Step, _parallel, _short, _starts_with, announces_list, rules
from proda.ingest.extract.chain_text import not_event


def _cfg() -> dict:
    return rules()["ordered"]


def _announced(s: Sent) -> tuple[int, str, str] | None:
    """(count, noun lemma, noun phrase) of "three distinct periods" in the sentence, or None."""
    counts = _cfg()["counts"].split()
    for t in s.span:
        if t.pos_ != "NOUN" or t.tag_ != "NNS" or t.lemma_.lower() not in _cfg()["nouns"]:
            continue
        num = next((c for c in t.children if c.dep_ == "nummod"), None)
        if num is None:
            continue
        n = int(num.text) if num.text.isdigit() else (counts.index(num.lower_) + 2 if num.lower_ in counts else 0)
        if n:
            return n, t.lemma_.lower(), _whole(t) or s.span.doc[num.i:t.i + 1].text
    return None


def _whole(noun) -> str:
    """What the announced periods are periods of: going up from "three periods", the first verb's object, else its
    subject ("we can view globalization as occurring in three distinct periods" -> "globalization"; "The revolution
    unfolded in three phases" -> "revolution"); never a pronoun ("we")."""
    from proda.ingest.extract.chain_events import concept_name

    for a in noun.ancestors:
        if a.pos_ not in ("VERB", "AUX"):
            continue
        for dep in (("dobj",), ("nsubj", "nsubjpass")):
            arg = next((c for c in a.children if c.dep_ in dep and c.pos_ in ("NOUN", "PROPN")), None)
            if arg is not None:
                words = " ".join(x.text for x in arg.subtree)
                return concept_name(words) if len(words.split()) <= rules()["limits"]["max_arg_words"] else ""
    return ""


def _place(s: Sent, noun: str) -> tuple[str, str]:
    """(kind, marker) of a sentence's opening: ("1".."n", marker) for "First," / "Second," / "The second period",
    ("next", marker) for "Next," / "Then,", ("end", marker) for "Finally," / "Lastly,", ("", "") for none."""
    c = _cfg()
    low = s.text.lower()
    for n, words in enumerate(c["ordinals"].split(), 1):
        for w in words.split("|"):
            if (p := _starts_with(low, [w])) and low[len(p):].lstrip()[:1] in (",", ""):
                return str(n), p
    if p := _starts_with(low, c["next"]):
        return "next", p
    if p := _starts_with(low, c["end"]):
        return "end", p
    toks = [t for t in s.span][:6]
    if toks and toks[0].lower_ == "the":  # "The second (shorter) period ..."
        ords = [w.split("|")[0] for w in c["ordinals"].split()]
        for k, t in enumerate(toks[1:3], 1):
            if t.lower_ in ords and any(x.lemma_.lower() == noun for x in toks[k + 1:k + 4]):
                return str(ords.index(t.lower_) + 1), ""
    return "", ""


def _strip(text: str, marker: str) -> str:
    return text[len(marker):].lstrip(" ,") if marker and text.lower().startswith(marker) else text


def announced_periods(sents: list[Sent], used: set[int]) -> list[Found]:
    lim = rules()["limits"]
    out: list[Found] = []
    for i, s in enumerate(sents):
        if i in used or (got := _announced(s)) is None or announces_list(s.span):
            continue
        n, noun, phrase = got
        if not (lim["min_steps"] <= n <= lim["max_steps"]):
            continue
        idx, marks, k, gap = [], [], i + 1, 0
        while k < len(sents) and gap <= lim["max_gap"] and len(idx) < n:
            kind, mark = _place(sents[k], noun)
            want = str(len(idx) + 1)
            if k in used or sents[k].block - sents[idx[-1] if idx else i].block > 1:
                break
            if kind == want or (idx and kind == "next") or (len(idx) == n - 1 and kind == "end"):
                idx.append(k)
                marks.append(mark)
                gap = 0
            elif kind:
                break  # an ordinal out of place: not this sequence
            else:
                gap += 1
            k += 1
        if len(idx) == n and not any(_parallel(sents[x].span) for x in idx[1:]):
            steps = [Step(_short(_strip(sents[x].text, m), lim["max_step_words"]), sents[x].span, sents[x])
                     for x, m in zip(idx, marks)]
            out.append(Found("sequence", steps, process=phrase, summary=s.text, sent_ids={i, *idx}))
    return out


def _subject(s: Sent):
    root = s.span.root
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _announces_series(s: Sent, subj) -> bool:
    """Whether the process lead says the process is a series ("is a series of hearings", "consists of several
    hearings", "begins with ..."): a process only mentioned ("The procedure has a long history") announces no steps
    (review R16)."""
    c = _cfg()
    root = s.span.root
    if subj.head.i != root.i:
        return False
    if root.lemma_.lower() in c["series_verbs"]:
        return True
    return root.lemma_ == "be" and any(x.dep_ == "attr" and x.lemma_.lower() in c["series_nouns"] for x in root.children)


def _state(s: Sent) -> bool:
    """A sentence stating what the actor is or has ("The committee has nine members"), not what it does: no step."""
    return not_event(s.span) or s.span.root.lemma_.lower() in _cfg()["state_verbs"]


def actor_process(sents: list[Sent], used: set[int]) -> list[Found]:
    c, lim = _cfg(), rules()["limits"]
    out: list[Found] = []
    for i, s in enumerate(sents):
        subj = _subject(s)
        if i in used or subj is None or subj.lemma_.lower() not in c["process_nouns"] or not _announces_series(s, subj):
            continue
        idx, marks, actor = [], [], None
        for k in range(i + 1, min(len(sents), i + 1 + lim["max_steps"])):
            t = _subject(sents[k])
            if k in used or sents[k].block != s.block or t is None or t.pos_ not in ("NOUN", "PROPN"):
                break
            if actor is None:
                actor = t.lemma_.lower()
            if t.lemma_.lower() != actor or _parallel(sents[k].span) or _state(sents[k]):
                idx = []
                break
            kind, mark = _place(sents[k], "")
            idx.append(k)
            marks.append(mark)
            if kind == "end":
                break
        else:
            idx = []
        if len(idx) >= lim["min_steps"] and _place(sents[idx[-1]], "")[0] == "end":
            steps = [Step(_short(_strip(sents[x].text, m), lim["max_step_words"]), sents[x].span, sents[x])
                     for x, m in zip(idx, marks)]
            out.append(Found("procedure", steps, summary=s.text, sent_ids=set(idx)))
    return out


def ordered(sents: list[Sent], used: set[int]) -> list[Found]:
    """Both readings (see the module docstring); announced periods first."""
    found = announced_periods(sents, used)
    taken = set(used).union(*(f.sent_ids for f in found)) if found else set(used)
    return found + actor_process(sents, taken)
