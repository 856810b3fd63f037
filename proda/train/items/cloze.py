"""Cloze items: a sentence of the book with one noun phrase blanked, answered by the book's own words.

Why (round 8): items that restate a statement's triple need the triple to be right, so nine in ten statements
(a subject or object cut short, a condition the book limits the claim to, a past event) taught nothing; anatomy
taught 20 of its 456 statements, chemistry none.  A cloze shows the quote itself, so its scope, hedge, tense,
negation and view holder stay in the prompt, and its answer is a span of the quote: nothing is presupposed that
the book does not say.  The triple only points at the blank: its object, grown by the parse to the whole noun
phrase that fills the verb's or preposition's slot ("the experiences of individuals", not the extractor's cut
"experiences"), so the answer is a constituent, never part of one.

Refused (each a reason a teacher would mark the item wrong or useless): a quote that is no whole sentence (a
fragment, a heading, no final stop, cut off), a sentence held out for the benchmark or a chain's transition, a
sentence whose subject is a pronoun or a "this ..." phrase (what it is about lies in another sentence), a blank
that is the subject, a pronoun, longer than ``MAX_BLANK`` words, or one whose words all stay in the prompt (it
answers itself), a blank that points back ("the other formed elements", "the remaining formed elements", "both
classes", "the latter", "the cells of this tissue": the answer names something only in relation to the sentences
before, ``_points_back``), and a formula that lost its layout. Round 11: a blank right before a possessive ("_____’s
and Einstein’s ideas"), inside an unclosed quotation, one of an open set ("_____, and all other courses"), or
holding a verb the parse took for a noun ("[the membrane and articulates with the incus]"); a subject that is an
anaphoric word alone ("The same is true for") or a labelled part of the book ("Part III moves to"); and one prompt
the book fills two ways ("The principal ... defines _____." twice, ``one_key``). The gates that read the sentence
around the blank live in ``cloze_context``, those on its subject in ``cloze_subject``; their words in
``patterns/lexical.toml`` [cloze]. Audit round 10: a
subject or key the paragraph completes ("The crystals are ...", "The products formed ...", "Zone D holds", "also
utilized _____.", "some compounds", "described in _____") is refused by ``cloze_referent``.  Read-back 2026-11-30: a
stem with nothing besides its subject ("The forearm is _____.", "The world is filled with _____.") by
``cloze_stem``; round 15: a copula genus placed only in a field or a group ("Luminosity is _____." -> "a very
fundamental quantity in Astronomy", ``cloze_stem._scope_only``) and an exercise's step ("The Sun is now much lower in
_____.", ``cloze_context.deictic_comparison``); round 16: a blank that stops inside a list, its rest or a bracket
glossing its last word left outside ("seek _____ (breaking away from a state), or irredentism", ``cloze_lists``), a
subject with a light verb of having or doing alone ("ASEAN has _____.", "MNCs do exert _____.") and a key that is a
collection of general things ("a common sequence of events", ``cloze_stem.collection_key``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

from proda.datasets import ngrams, normalize_text
from proda.ingest.extract.clause_claims import numbered_instance
from proda.ingest.extract.definition_unsaid import lost_reference
from proda.ingest.extract.lexdata import words
from proda.train.items.cloze_context import JUDGED, _leans_on_context, open_set, swallowed_verb  # noqa: F401 (JUDGED:
# re-exported for callers of ``cloze.JUDGED``)
from proda.train.items.cloze_lists import cut_list
from proda.train.items.cloze_referent import leans_on_paragraph
from proda.train.items.cloze_repeats import Openings, stem_repeated
from proda.train.items.cloze_rest import bare_requirement, dangling_rest
from proda.train.items.cloze_slots import agent_blank, tail_blank
from proda.train.items.cloze_stem import (acronym_given, broad_class, collection_key, denied, given_measure,
                                          head_named_after, head_repeated, thin_stem)
from proda.train.items.cloze_subject import about_elsewhere
from proda.train.items.draft import Draft
from proda.train.items.gates import garbled_formula, heading
from proda.train.items.kb import _SENT, KB
from proda.train.items.phrases import grown_roots, parse, spans
from proda.train.items.render import _rng
from proda.train.items.words import content_words

MAX_BLANK = 12  # words; a longer blank is a clause, and recalling a clause verbatim teaches wording, not a fact
MIN_WORDS, MAX_WORDS = 6, 60  # a sentence shorter says too little to fix its blank, a longer one is a paragraph
BLANK = "_____"
STEMS = ["Fill in the blank with the words of the text: \"{s}\"",
         "Complete this sentence from the text: \"{s}\""]
# the slots a noun phrase fills as the thing said of the subject: direct object, object of a preposition,
# complement of a copula, passive subject's agent phrase object; a subject or a modifier is no answer
_SLOTS = {"dobj", "pobj", "attr", "oprd", "dative"}
# a long blank loses only a trailing relative clause or apposition ("a galvanic cell [that has been specially
# designed ...]"): what stays after the blank reads as the book's clause about it; a cut coordination ("a force
# after X [and until Y]") or participle ("the process of antigen [binding ...]", attached by the parse to the wrong
# noun) would leave half a constituent behind
_TRIM = {"relcl", "appos"}
_RELATIVE = words("cloze.relatives")
# the word before a blank that starts a noun phrase: a verb, a preposition, a comma ("the right and left [hip bones,
# the sacrum ...]" starts inside one, the parse having left "the right and left" outside the noun's subtree)
_BEFORE = {"VERB", "AUX", "ADP", "PUNCT", "ADV", "PART", "SCONJ"}
_LAST = {"NOUN", "PROPN", "NUM", "X"}  # "neutrophils from the blood by chemotaxis and": a blank ends with its noun
_PREPOSITIONS = words("cloze.prepositions")  # a dropped reference: "Results of the calculations in have shown"


def sentence_ok(quote: str) -> bool:
    """A whole sentence of the book: opens with a capital, ends with a stop, not a heading or a garbled formula, its
    brackets closed (a sentence split inside one, "Insert/update DS records in the parent zone (dnssec.example.",
    blind round 34, made a malformed item)."""
    q = quote.strip()
    words = q.split()
    return (MIN_WORDS <= len(words) <= MAX_WORDS and q[:1].isupper() and q.endswith((".", "?", "!"))
            and q.count("(") == q.count(")") and q.count("[") == q.count("]")
            and not heading(q) and not garbled_formula(q) and "\n" not in q and len(_SENT.split(q)) == 1)


def _dangling_preposition(doc) -> bool:
    """A preposition with no object inside the sentence ("Results of the calculations in have just shown ..."): a
    reference to a figure or an equation was dropped when the page became text, so the sentence is broken."""
    return any(t.tag_ in ("IN", "RB", "RP") and t.text.lower() in _PREPOSITIONS and not list(t.children)
               and t.head.pos_ in ("NOUN", "PROPN") and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("VERB", "AUX")
               for t in doc)


class Quotes:
    """The KB's quotes, lower-cased and indexed by their words: how many hold a phrase, without scanning every quote
    of a book for each candidate.  Built from the statements as they are when items are drawn (a repair loop changes
    them), never cached on the KB."""

    def __init__(self, statements: list[dict]):
        self.quotes = sorted({(t.get("quote") or "").lower() for t in statements})
        self.index: dict[str, set[int]] = defaultdict(set)
        for k, q in enumerate(self.quotes):
            for w in set(re.findall(r"\w+", q)):
                self.index[w].add(k)
        self.vocab = sorted(self.index)

    def count(self, phrase: str) -> int:
        """The quotes that hold ``phrase`` (lower case) as a substring.  The phrase's inner words are whole words
        of such a quote and its last word starts one (a space or a sign precedes it), so only the quotes that
        have them are scanned."""
        ws = re.findall(r"\w+", phrase)
        if len(ws) < 2:
            return sum(phrase in q for q in self.quotes)
        last: set[int] = set()
        k = bisect_left(self.vocab, ws[-1])
        while k < len(self.vocab) and self.vocab[k].startswith(ws[-1]):
            last |= self.index[self.vocab[k]]
            k += 1
        found = last.intersection(*(self.index.get(w, ()) for w in ws[1:-1]))
        return sum(phrase in self.quotes[k] for k in found)


def _whole(text: str) -> bool:
    """The blank reads as a noun phrase: its brackets and quotation marks closed ("a word that means “small stone"
    opens a quotation the prompt closes), no comparison or equation sign ("HF < HCl < HBr",
    "an increase in entropy (ΔS > 0"): a formula cut by the parse is no answer."""
    return (text.count("(") == text.count(")") and text.count("[") == text.count("]")
            and text.count("“") == text.count("”") and text.count('"') % 2 == 0
            and not re.search(r"[<>=≤≥]", text))


def blank_span(quote: str, obj: str) -> tuple[int, int] | None:
    """Token span [a, b) of the noun phrase that holds ``obj`` in ``quote`` and fills an object slot, or None."""
    doc = parse(quote)
    found = list(grown_roots(doc, obj, quote, nouns_only=True))  # "blood" of "blood flow": the slot holds it
    # else a possessive the extractor dropped: "chief of [their] water board" (the blank keeps the book's words)
    for a, b, t in found or grown_roots(doc, obj, quote, nouns_only=True, possessives=True):
        if t.dep_ not in _SLOTS or t.pos_ not in ("NOUN", "PROPN"):
            continue
        lo, hi = t.left_edge.i, t.right_edge.i + 1
        if hi - lo > MAX_BLANK:
            cut = [c for c in t.rights if c.dep_ in _TRIM]
            first = cut[0].left_edge if cut else None
            later = [c for c in t.rights if cut and c.i > cut[0].i and c.dep_ not in _TRIM | {"punct"}]
            if first is not None and not later and (first.text.lower() in _RELATIVE or doc[first.i - 1].text == ","):
                hi = first.i  # the trailing relative clause or apposition stays in the prompt
            hi = _examples_cut(doc, lo, hi, b)
        while hi > lo and doc[hi - 1].is_punct:
            hi -= 1
        governed = t.head.i < lo and all(doc[k].pos_ in ("ADV", "PART", "PUNCT", "AUX")
                                         for k in range(t.head.i + 1, lo))
        if (0 < hi - lo <= MAX_BLANK and lo > 0 and governed and _whole(doc[lo:hi].text) and doc[lo - 1].pos_ in _BEFORE
                and (doc[hi - 1].pos_ in _LAST or doc[hi - 1].text == ")")):
            return lo, hi
    return None


def _examples_cut(doc, lo: int, hi: int, end: int) -> int:
    """The blank's end before a trailing "such as" list of examples ("free health services for pregnant women, such
    as blood tests, vaccinations and ..."), which stays in the prompt, where the statement's object (ending at
    ``end``) lies before the list and what remains is within the limit; else ``hi`` (S15-K, J's funnel)."""
    if hi - lo <= MAX_BLANK:
        return hi
    for t in doc[lo:hi]:
        such = doc[t.i - 1] if t.i > lo else None
        if not (t.lower_ == "as" and t.dep_ == "prep" and such is not None and such.lower_ == "such"
                and t.right_edge.i + 1 >= hi and lo <= t.head.i < t.i):
            continue
        cut = such.i - 1 if such.i > lo and doc[such.i - 1].text == "," else such.i
        if end <= cut and 0 < cut - lo <= MAX_BLANK:
            return cut
    return hi


def whole_in_chunk(kb: KB, s: dict, quote: str) -> bool:
    """The quote is a whole sentence of its source chunk: a sentence end, a line break or the chunk's start before
    it ("Amendment guarantees ..." is the tail of "The Fourteenth Amendment guarantees ...")."""
    text = kb.chunks.get(s.get("chunk") or "", "")
    at = text.find(quote)
    if at < 0:
        return False
    before = text[:at].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", ":", '"', "”"))


def _points_back(span) -> bool:
    """The blank names its thing only in relation to what was said before: a modifier of the shared list
    (``args.anaphoric_modifiers``: "the other formed elements", "the remaining formed elements", "both classes",
    "the latter") or a demonstrative ("the cells of this tissue") anywhere in it.  Not "both A and B" or "either A
    or B" (a coordination names both) nor "the same pattern as nerve development" (the comparison is inside)."""
    bad = words("args.anaphoric_modifiers")
    for t in span:
        w = t.lower_
        if t.dep_ == "det" and w in words("cloze.demonstratives"):
            return True
        later = {u.lower_ for u in span if u.i > t.i}
        if w not in bad or t.dep_ == "preconj" or {"both": "and", "either": "or", "neither": "nor"}.get(w) in later:
            continue  # "both the sympathetic and parasympathetic divisions": the coordination names both
        if w == "same" and "as" in later or w == "such" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "as":
            continue  # "the same pattern as X", "responses, such as those related to homeostasis"
        if t.dep_ in ("det", "amod", "predet", "advmod", "nummod") or t.head.i not in range(span.start, span.end) \
                or t.head.i == t.i:
            return True
    return False


def cloze(kb: KB, s: dict) -> tuple[str, str] | None:
    """(sentence with the blank, the blanked words) for statement ``s``, or None where no right cloze exists."""
    got = _cloze(kb, s, Quotes(kb.statements))
    return got[:2] if got else None


def _cloze(kb: KB, s: dict, quotes: Quotes) -> tuple[str, str, int, int] | None:
    got = blank_or_refusal(kb, s, quotes)
    return None if isinstance(got, str) else got


def blank_or_refusal(kb: KB, s: dict, quotes: Quotes) -> tuple[str, str, int, int] | str:
    """(prompt, answer, blank start, blank end) of ``s``'s cloze, or the name of the first gate that refuses it
    ("cloze:thin_stem"): one order of the gates, which ``benchmarks/train_funnel.py`` reports rather than copies."""
    q = (s.get("quote") or "").strip()
    if not q or s.get("chains") or s.get("held_out"):
        return "cloze:chain_or_held_out"
    if not sentence_ok(q):
        return "cloze:sentence_ok"
    if not whole_in_chunk(kb, s, q):
        return "cloze:whole_in_chunk"
    doc = parse(q)
    if about_elsewhere(doc, kb.chunks.get(s.get("chunk") or "", ""), quotes):
        return "cloze:_about_elsewhere"
    if _dangling_preposition(doc) or lost_reference(q):
        return "cloze:lost_reference"  # "... is readily visible in .", "(see , step 5)": a figure reference lost
    if numbered_instance(doc[:]):
        return "cloze:numbered_instance"  # "Since it is also a child process of #4374, ... bash then connects its
        # standard input to _____": one run of the page's worked example (round 38, post at s40's code)
    got, about = blank_span(q, s["object"]), s["subject"]
    if got is None:  # "The frame is formed by [thick bands of cartilage]": the object is the passive's subject
        got, about = agent_blank(q, s, blank_span), s["object"]
    if got is None:  # "supplies blood [to the kidney]": the object ends with the verb's own preposition
        got, about = tail_blank(q, s, blank_span), s["subject"]
    if got is None:
        return "cloze:blank_span"
    a, b = got
    span = doc[a:b]
    answer = span.text
    if all(t.pos_ in ("PRON", "DET") or t.is_stop for t in span):
        return "cloze:stopwords_blank"  # "them", "this one": nothing of the book's content
    if span[0].text.lower() in words("cloze.pointing_openers") or _points_back(span):
        return "cloze:_points_back"  # "this attraction", "both classes": it points elsewhere in the text
    if _leans_on_context(doc, span):
        return "cloze:_leans_on_context"
    if leans_on_paragraph(doc, span, kb.chunks.get(s.get("chunk") or "", ""), q):
        return "cloze:leans_on_paragraph"  # "The crystals are ...", "Zone D holds", "also utilized", "described in"
    if thin_stem(doc, span, about, kb.concepts, quotes.count):
        return "cloze:thin_stem"  # "The forearm is _____.", "The world is filled with _____.": the whole predicate
    # "Taco Bell is not _____.", "Classical liberalism is _____ that ..." -> "a system of thought"; "can achieve _____
    # up to 1900 °C." -> "temperatures": the number says what is measured; "follows _____." -> "a common sequence of
    # events": a collection of general things
    if denied(span):
        return "cloze:denied"
    if broad_class(span):
        return "cloze:broad_class"
    if given_measure(doc, span):
        return "cloze:given_measure"
    if collection_key(span):
        return "cloze:collection_key"
    if b < len(doc) and (doc[b].tag_ == "POS" or doc[b].lower_ in words("cloze.possessive_markers")):
        return "cloze:possessive_after"  # "_____’s and Einstein’s ideas"
    if open_set(doc, b):
        return "cloze:open_set"  # "_____, and all other sciences"
    if swallowed_verb(doc, span):
        return "cloze:swallowed_verb"  # "[X and articulates with Y]"
    if cut_list(doc, span):
        return "cloze:cut_list"  # "seek _____ (breaking away from a state), or irredentism": its gloss outside
    if dangling_rest(doc, a, b):
        return "cloze:dangling_rest"  # "stored in _____ alpha and beta": a piece of the blanked phrase left outside
    if bare_requirement(doc):
        return "cloze:bare_requirement"  # "The query must reference _____.": which query, the stem does not say
    before, after = doc[:a].text_with_ws if a else "", doc[b:].text if b < len(doc) else ""
    rest = (before + BLANK + (" " if doc[b - 1].whitespace_ else "") + after).strip()
    mine, theirs = content_words(answer), content_words(rest)
    if not mine or mine <= theirs:
        return "cloze:answer_in_prompt"  # the prompt already holds every word of the answer
    if head_repeated(span, rest.split(BLANK, 1)[-1]):
        return "cloze:head_repeated"  # "did not reinstate _____ until 1988 and has rarely imposed the death penalty"
    if head_named_after(span) or acronym_given(span, rest):
        return "cloze:head_named_after"  # "grouped into _____; each batch matches one customer", "KVM ... for _____"
    subj = content_words(about)
    if subj and subj <= mine and not subj <= theirs:
        return "cloze:subject_swallowed"  # the sentence no longer says what it is about
    return rest, answer, a, b


def _mates(s: dict, group: list[dict], prompt: str, a: int, b: int) -> list[str]:
    """Statements of the same sentence that the cloze teaches too: their object lies inside the blank and their
    subject is named in the prompt ("opposed big government, [high taxes], and political corruption")."""
    q, words = s["quote"].strip(), content_words(prompt)
    return [t["id"] for t in group if t is not s
            and any(a <= x and y <= b for x, y in spans(t["object"], q))
            and content_words(t["subject"]) and content_words(t["subject"]) <= words]


def near_chains(kb: KB) -> tuple[set[str], set[str]]:
    """The documents (one per section of the book) that hold a step or a transition of a chain, and the concepts
    of the chains' steps and transitions.  The benchmark draws its wrong options from the other sentences of a
    chain's section, then from its chapter's sentences about the chain's concepts (``evaluate.bench_chains``),
    while the right ones, the steps, are never taught: a cloze of such a sentence would make "seen in training" mark
    an option wrong (anatomy round 8: 8 of 12 benchmark items shared a sentence with a cloze, 2 before)."""
    inside = [s for s in kb.statements if s.get("chains") or s.get("held_out")]
    docs = {s.get("document") or "" for s in inside}
    if kb.held_grams:
        for s in kb.statements:
            doc = s.get("document") or ""
            if doc not in docs and ngrams(kb.chunks.get(s.get("chunk") or "", ""), 8) & kb.held_grams:
                docs.add(doc)
    steps = getattr(kb, "chain_steps", [])
    docs |= {d for r in steps for d in r.get("documents") or []}
    docs.discard("")
    return docs, {c for s in inside for c in (s["subject_id"], s["object_id"])} | {
        c for r in steps for c in r.get("concepts") or []}


def cloze_items(kb: KB, seed: int) -> list[Draft]:
    """One cloze per sentence of the book (the first statement, by id, whose object gives a right blank)."""
    out, seen, keyed = [], set(), []
    docs, concepts = near_chains(kb)
    quotes = Quotes(kb.statements)
    by_quote: dict[str, list[dict]] = defaultdict(list)
    for s in sorted(kb.statements, key=lambda x: x["id"]):
        by_quote[normalize_text(s.get("quote") or "")].append(s)
    for s in sorted(kb.statements, key=lambda x: x["id"]):
        key = normalize_text(s.get("quote") or "")
        if key in seen or (s.get("document") or "") in docs or any(
                {t["subject_id"], t["object_id"]} & concepts for t in by_quote[key]):
            continue  # a sentence the benchmark may show as a wrong option
        got = _cloze(kb, s, quotes)
        if got is None:
            continue
        seen.add(key)
        prompt, answer, a, b = got
        mates = [t for t in by_quote[key] if t["id"] in _mates(s, by_quote[key], prompt, a, b)]
        stem = _rng(seed, s["id"], "cloze").choice(STEMS).format(s=prompt)
        keyed.append((prompt, answer))
        q = s["quote"].strip()
        out.append(Draft("open_qa", "cloze", stem, f"{answer}. The full sentence: \"{q}\"",
                         concept_ids=[s["subject_id"], s["object_id"]] + [t["object_id"] for t in mates],
                         statement_ids=[s["id"]] + [t["id"] for t in mates]))
    out, keyed = stem_repeated(out, keyed, Openings(kb.chunks), BLANK)
    return one_key(out, keyed)


def one_key(drafts: list[Draft], keyed: list[tuple[str, str]]) -> list[Draft]:
    """Drop the clozes whose prompt another cloze shares with a different key ("The first rule defines _____."
    answered "the size of the board" by one sentence, "the number of players" by another, round 11): the book
    fills the blank more than one way, so no one answer is right.  ``keyed``: (prompt, answer) per draft."""
    keys: dict[str, set[str]] = defaultdict(set)
    for prompt, answer in keyed:
        keys[normalize_text(prompt)].add(normalize_text(answer))
    return [d for d, (prompt, _) in zip(drafts, keyed) if len(keys[normalize_text(prompt)]) == 1]


__all__ = ["cloze", "cloze_items", "blank_span", "sentence_ok", "MAX_BLANK"]
