"""Series framed as a sequence: coordinated verb phrases under one subject, joined by a bare "and", read in the order
written only when the text frames them as a process (gold rows chem3, soc1 of docs/audits/dev-2026-11-30).

Why a frame is required: "She reads novels, writes poems, and sings songs" lists parallel doings; "The job involves
reading, writing, and teaching" lists parallel duties.  Only the frame tells an order:

- a gerund series as what a process consists of ("X involves A-ing, B-ing, and then C-ing"): under a verb of content
  (``framed_series.content_verbs``), ordered by an order word on its last item ("and then") or, with a bare "and",
  by a subject that names a procedure (``ordered_subjects``: "The procedure involves washing ..., rinsing ..., and
  drying ..."); "The process of schooling involves learning ..., adopting ..., and forming ..." lists parts, and
  include / comprise / require list parts, never an order (review R16);
- a finite series within ``limits.max_gap`` sentences after a sentence (same paragraph) that names a series: calls
  something a cycle / sequence ("... is referred to as the family life cycle. ... most people will grow up, establish
  families, ..., and come to the end of their lives") or says a whole has stages ("The farming cycle has four
  stages"), ``_named_series``; a frame noun only mentioned ("Each step of the cycle is short") frames nothing; the
  frame noun may not be the series' own subject ("The process wastes money, delays
  decisions, and angers citizens" lists effects of a process, not its steps).

The verb phrases are found on the surface (items between commas opening with a verb of the first one's form), because
the parser hangs such items anywhere (an adverbial clause, a verb tagged as an adjective): the parse only has to say
that the first item is a verb with a subject or under a verb of content.  Cues are data (``patterns/chains.toml``,
section ``framed_series``).  Entry point :func:`framed_series`, called from ``chain_series.series``.
"""

from __future__ import annotations

from proda.ingest.extract.chain_events import concept_name, negated
from proda.ingest.extract.chain_rules import Found, Sent, Step, _short, rules
from proda.ingest.extract.chain_text import not_event
from proda.ingest.extract.lexdata import words

_QUOTES = frozenset('“”"')
_NONE_DETS = frozenset("no few little neither".split())
_NEGATIVE_ADVERBS = frozenset("never seldom rarely hardly barely scarcely".split())


def _verb_form(tok, tag: str) -> bool:
    """Whether ``tok`` is a verb in the form ``tag`` (VB, VBG, ...): by its tag, or, where the parser read it as an
    adjective or adverb ("rear and launch"), by the word being that form of a verb."""
    if tok.pos_ in ("VERB", "AUX") and tok.tag_ == tag:
        return True
    if tok.pos_ in ("NOUN", "PROPN", "PRON", "DET", "NUM", "ADP", "CCONJ", "PUNCT") or not tok.is_alpha:
        return False
    from lemminflect import getAllInflections, getAllLemmas

    return any(tok.lower_ in getAllInflections(lem, upos="VERB").get(tag, ())
               for lem in getAllLemmas(tok.lower_, upos="VERB").get("VERB", ()))


def _pieces(doc, a: int, z: int) -> list[tuple[int, int]]:
    """Token ranges of ``doc[a:z]`` between commas outside brackets and quotes."""
    out, depth, quote, start = [], 0, False, a
    for t in doc[a:z]:
        depth += t.text in ("(", "[")
        depth -= t.text in (")", "]")
        quote = quote != (t.text in _QUOTES)
        if t.text == "," and depth <= 0 and not quote:
            out.append((start, t.i))
            start = t.i + 1
    out.append((start, z))
    return [(x, y) for x, y in out if y > x]


def _items(doc, first: int, z: int, tag: str) -> list[tuple[int, int]] | None:
    """The series' items from ``first`` (the first item's first word) to ``z``: each later item opens with "and" (the
    last one) or with a verb of form ``tag`` after adverbs; anything else between commas belongs to the item before.
    None without a last item opened by "and", or with "or" / "but" opening an item (alternatives, a contrast)."""
    items: list[list[int]] = []
    closed = False
    for x, y in _pieces(doc, first, z):
        toks = [t for t in doc[x:y]]
        if not items:
            items.append([x, y])
            continue
        lead = toks[0].lower_
        if lead in ("or", "but", "nor"):
            return None
        body = toks[1:] if lead == "and" else toks
        verb = next((t for t in body if t.pos_ != "ADV"), None)
        if not closed and verb is not None and _verb_form(verb, tag):
            items.append([x, y])
            closed = lead == "and"
        else:
            items[-1][1] = y  # ", based on ...", ", which ...": part of the item before
    return [(x, y) for x, y in items] if closed else None


def _unstated(toks, allow: set[str]) -> bool:
    """Negation, a hedge, a modal other than ``allow`` ("will" of a model's stages), or a subject that is nobody: the
    events are not stated as happening."""
    hedged = (words("hedges.adverbs") | words("hedges.sign") | _NEGATIVE_ADVERBS) - set(rules()["series"]["usual"])
    for t in toks:
        if t.pos_ in ("VERB", "AUX") and negated(t):
            return True
        if t.tag_ == "MD" and t.lower_ not in allow:
            return True
        if t.dep_ in ("advmod", "neg") and t.lower_ in hedged:
            return True
        if t.dep_ in ("det", "amod") and t.lower_ in _NONE_DETS and t.head.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _noun_phrase(noun) -> str:
    """ "the family life cycle" -> "family life cycle": the noun with the compounds and adjectives before it, and
    theirs ("family" hangs on "life", not on "cycle")."""
    start, doc = noun.i, noun.doc
    while start > 0 and doc[start - 1].dep_ in ("compound", "amod", "nmod") \
            and start <= doc[start - 1].head.i <= noun.i:  # contiguous modifiers only, nearest first
        start -= 1
    return concept_name(noun.doc[start:noun.i + 1].text)


def _steps(s: Sent, items: list[tuple[int, int]], max_words: int) -> list[Step]:
    doc, out = s.span.doc, []
    for x, y in items:
        span = doc[x:y]
        while len(span) and (span[0].is_punct or span[0].lower_ == "and" or span[0].dep_ == "mark"):
            span = span[1:]
        while len(span) and span[-1].is_punct:
            span = span[:-1]
        text = span.text.strip(" ,;.")
        if not text:
            return []
        out.append(Step(_short(text, max_words), span, s))
    return out


def _gerunds(s: Sent, anchor, r: dict, lim: dict) -> Found | None:
    """ "X involves A-ing, B-ing, and then C-ing" (see the module docstring)."""
    gov = anchor.head.head if anchor.dep_ == "pobj" or anchor.dep_ == "pcomp" else anchor.head
    if anchor.tag_ != "VBG" or anchor.dep_ not in ("xcomp", "dobj", "pcomp", "pobj", "ccomp", "attr") \
            or gov.lemma_.lower() not in r["content_verbs"]:
        return None
    subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    items = _items(s.span.doc, anchor.i, s.span.end, "VBG")
    if not items or not (lim["min_steps"] <= len(items) <= lim["max_steps"]):
        return None
    last = [t.lower_ for t in s.span.doc[items[-1][0]:items[-1][1]] if not t.is_punct][:2]
    ordered = len(last) == 2 and last[1] in rules()["series"]["last"]
    if not ordered and subj.lemma_.lower() not in r["ordered_subjects"]:
        return None
    if _unstated(list(s.span), set()):
        return None
    steps = _steps(s, items, lim["max_step_words"])
    return Found("sequence", steps, process=_noun_phrase(subj)) if len(steps) == len(items) else None


def _named_series(lead: Sent, r: dict):
    """The frame noun of a sentence that names a series, or None: the noun is what the sentence calls something ("...
    is called / referred to as the family life cycle", ``naming_verbs``), or a whole said to have or consist of
    stages ("The farming cycle has four stages").  A frame noun only mentioned ("Each step of the cycle is short")
    names no series the next sentence's verbs could be (review R16)."""
    for t in lead.span:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in r["lead_nouns"] or t.tag_ == "NNS":
            continue
        gov = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "as" else t.head
        if t.dep_ in ("attr", "oprd", "pobj") and gov.lemma_.lower() in r["naming_verbs"]:
            return t
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in r["has_parts_verbs"] and any(
                p.lemma_.lower() in r["lead_nouns"] and p.tag_ == "NNS" for p in t.head.subtree):
            return t
    return None


def _finite(s: Sent, leads: list[Sent], anchor, r: dict, lim: dict) -> Found | None:
    """ "... the family life cycle. ... most people will grow up, establish families, ..., and come to ..." """
    if anchor.pos_ not in ("VERB", "AUX") or anchor.tag_ not in ("VB", "VBP", "VBZ", "VBD") \
            or anchor.dep_ not in ("ROOT", "ccomp"):
        return None
    subj = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.lemma_.lower() in r["lead_nouns"] + r["subject_nouns"]:
        return None
    frame = next((f for x in leads if (f := _named_series(x, r)) is not None), None)
    if frame is None:
        return None
    items = _items(s.span.doc, subj.left_edge.i, s.span.end, anchor.tag_)
    if not items or not (lim["min_steps"] <= len(items) <= lim["max_steps"]) or items[0][1] <= anchor.i:
        return None
    if _unstated(list(s.span.doc[subj.left_edge.i:s.span.end]), set(r["modals"])):
        return None
    steps = _steps(s, items, lim["max_step_words"])
    return Found("sequence", steps, process=_noun_phrase(frame)) if len(steps) == len(items) else None


def framed_series(sents: list[Sent], used: set[int]) -> list[Found]:
    """One chain per sentence holding a framed series (see the module docstring)."""
    r, lim = rules()["framed_series"], rules()["limits"]
    out: list[Found] = []
    for i, s in enumerate(sents):
        if i in used or not_event(s.span, terms=True) or any(
                t.lower_ in ("if", "whether") and t.dep_ == "mark" for t in s.span):
            continue  # a condition or a question is no series of events
        leads = [sents[k] for k in range(i - 1, max(-1, i - 1 - lim["max_gap"]), -1) if sents[k].block == s.block]
        for anchor in s.span:
            f = _gerunds(s, anchor, r, lim) or _finite(s, leads, anchor, r, lim)
            if f is not None:
                f.sent_ids = {i}
                out.append(f)
                break
    return out
