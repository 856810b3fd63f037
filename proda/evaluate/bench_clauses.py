"""An outside distractor's own clause: the main clause of a book sentence that states the statement it was verified
for, without the clauses and asides around it, as a second wording of that option.

Why: chain steps are clauses ("Hyperparathyroidism can significantly decrease bone density", 43 characters), the
section statements used as on-topic distractors whole sentences (84-241 characters), so the length control
(``bench_options.realise``) found no four options of one length for most questions of a three-step chain (on a
three-chapter anatomy KB 54 of 143 refused candidates; the steps' short form beside long sentences would also tell
keys from distractors).  The clause keeps the sentence's main verb with its subject, objects, negation and
modifiers (words of the book, in its order); only a subordinate clause (advcl), a coordinated clause with its own
verb, a parenthetical, a non-restrictive relative clause or an apposition after a comma is left out.  It is used
only when it still holds the statement that ``Chains.external`` verified (its subject's and object's words and its
predicate's verb as the root), so the option names the same concepts that were checked not to follow.
"""

from __future__ import annotations

import re
from functools import lru_cache

from proda.evaluate.bench_events import PLACEHOLDERS
from proda.evaluate.bench_paths import content_lemmas

MIN_WORDS = 4  # a shorter clause ("Blood flows back") says too little to be judged as an option


def _dropped(root) -> set[int]:
    """Token indices of what hangs on the main verb but is not its clause: subordinate and coordinated clauses,
    parentheticals; and, anywhere in the clause, a relative clause or apposition set off by a comma."""
    out: set[int] = set()
    for c in root.children:
        if c.dep_ in ("advcl", "parataxis", "mark") or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
            out |= {t.i for t in c.subtree}
        elif c.dep_ == "cc" and any(x.dep_ == "conj" and x.pos_ in ("VERB", "AUX") for x in root.children):
            out.add(c.i)
    for t in root.subtree:
        if t.dep_ in ("relcl", "appos") and t.i not in out:
            first = min(x.i for x in t.subtree)
            if first > 0 and t.doc[first - 1].text == ",":
                out |= {x.i for x in t.subtree} | {first - 1}
                last = max(x.i for x in t.subtree)
                if last + 1 < len(t.doc) and t.doc[last + 1].text == ",":
                    out.add(last + 1)
    return out


def main_clause(doc, row: dict) -> str | None:
    """The main clause of a one-sentence ``doc`` that still states ``row`` (a statement: subject, object and
    predicate lemma), shorter than the sentence; None when the parse is not that shape."""
    sents = list(doc.sents)
    if len(sents) != 1:
        return None
    root = sents[0].root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1 or subj[0].pos_ == "PRON" or subj[0].lower_ in PLACEHOLDERS:
        return None
    verbs = set((row.get("predicate_lemma") or row.get("predicate") or "").lower().replace("_", " ").split())
    if root.lemma_.lower() not in verbs and root.lower_ not in verbs:
        return None  # the statement is another clause's: the verified claim would be cut away
    drop = _dropped(root)
    keep = [t for t in doc if t.i not in drop and not t.is_space]
    while keep and (keep[0].is_punct or keep[0].dep_ == "cc"):
        keep = keep[1:]
    while keep and keep[-1].is_punct and keep[-1].text != ")":
        keep = keep[:-1]
    if not keep or keep[0].i not in (0, subj[0].left_edge.i) or keep[0].dep_ == "mark":
        return None  # "Earlier, ..." left of "As noted earlier, ...", or a subordinate clause the parse kept
    if any(t.head.i in drop for t in keep if t.head.i != t.i):
        return None  # a word whose head was left out ("... rhythms also"): the parse is not the shape we read
    if any(b.i != a.i + 1 for a, b in zip(keep, keep[1:])):
        return None  # an aside cut from the middle ("the catabolism of glycogen the catabolism of ..."): one run only
    before = doc[keep[0].i - 1] if keep[0].i else None
    after = doc[keep[-1].i + 1] if keep[-1].i + 1 < len(doc) else None
    if (before is not None and before.text != ",") or (after is not None and after.text not in (",", ";", "—", ".")):
        return None  # what is left out is set off by punctuation, or the parse cut a phrase ("Because blood is")
    if [t.lower_ for t in keep[:2]] == ["not", "only"] or any(
            t.dep_ in ("ccomp", "conj") and t.pos_ in ("VERB", "AUX") and t.head.i == root.i
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in keep):
        return None  # "Not only do T cells ..." (its "but also" cut), or a second clause with its own subject
    runs = [keep]
    text = " ".join("".join(t.text + t.whitespace_ for t in r).strip() for r in runs).rstrip(" ,;:.")
    text = " ".join(text.replace(" ,", ",").split())
    if not text or len(text.split()) < MIN_WORDS or len(text) >= len(doc.text.strip().rstrip(".")) - 3:
        return None
    if text.count("(") != text.count(")") or text.endswith((" and", " or", " but")):
        return None
    have = content_lemmas(text)
    for side in ("subject", "object"):
        want = content_lemmas(row.get(f"{side}_name") or row.get(side) or "")
        if not want or not want & have:
            return None
    return text[:1].upper() + text[1:]


def alternation(phrases) -> str:
    """A regex alternation of ``phrases``, longest first (so "in turn" wins over "in"), any run of spaces matching
    the space between two words; shared by the [bench] word lists read here and in ``bench_candidates``."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _openers() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Detachable and bound openers (``chains.toml`` [bench]; lexical continuers not detachable are bound), each as a
    sentence opener ending in a comma and as an aside set off by two commas, longest phrase first."""
    from proda.ingest.extract.chain_rules import rules
    from proda.ingest.extract.lexdata import words

    r = rules()["bench"]
    free = set(r["detachable_openers"])
    bound = (set(r["bound_openers"]) | set(words("cloze.continuers"))) - free
    alt = alternation
    return (re.compile(rf"^\W*(?:{alt(free)})\s*,\s*", re.I), re.compile(rf"\s*,\s*(?:{alt(free)})\s*,", re.I),
            re.compile(rf"^\W*(?:(?:{alt(bound)})\s*,|(?:{alt(set(r['bound_bare']))})\b)", re.I), re.compile(rf",\s*(?:{alt(bound)})\s*,", re.I))


def detach(text: str) -> str | None:
    """An outside option without its example/contrast opener ("For example, alcohol inhibits ADH" -> "Alcohol
    inhibits ADH", "Alcohol, for example, inhibits ADH" -> the same): the opener is a cue only a sentence taken from
    the book's running text carries, and its claim is the same without it.  None when the sentence opens on (or sets
    off) a word that ties it to a sentence not shown ("In response, ...", "..., in turn, ..."): without it, it is
    not the claim the book makes; also None when what is left opens on a pronoun ("However, it binds ...": no
    sentence of its own).  Text without either comes back as it was."""
    free, free_aside, bound, bound_aside = _openers()
    t = " ".join(text.split())
    cut = free.sub("", t, count=1)
    cut = free_aside.sub("", cut)
    if bound.match(cut) or bound_aside.search(cut):
        return None
    if cut == t:
        return t
    if not any(ch.isupper() for ch in cut.split()[0][1:] if cut.split()):  # "pH falls" stays as the book has it
        cut = cut[:1].upper() + cut[1:]
    first = cut.split()[0].strip(",;:").lower() if cut.split() else ""  # what is left must be a sentence
    if not first or first in PLACEHOLDERS or first in _POINTING:
        return None
    return cut


_POINTING = frozenset("this these that those it its they their them such here there he she his her".split())


# dependents of the main verb that make its claim: who does what to what, negated or not
CORE = frozenset("nsubj nsubjpass dobj neg attr acomp aux auxpass agent dative prt".split())
_PARSED: dict[tuple[int, str], object] = {}


@lru_cache(maxsize=1)
def _inner() -> re.Pattern:
    """The follows-words read inside an option (``chains.toml`` [bench] inner_follows), longest first."""
    from proda.ingest.extract.chain_rules import rules

    return re.compile(r"\b(?:" + alternation(rules()["bench"]["inner_follows"]) + r")\b", re.I)


def parse(nlp, text: str):
    key = (id(nlp), text)
    if key not in _PARSED:
        _PARSED[key] = nlp(text)
    return _PARSED[key]


def claim(doc, skip: set[int]) -> tuple | None:
    """Main verb and the words of its core dependents (``skip``: token indices left out); None: not one sentence."""
    sents = list(doc.sents)
    if len(sents) != 1 or sents[0].root.pos_ not in ("VERB", "AUX") or sents[0].root.i in skip:
        return None
    root = sents[0].root
    core = sorted((c.dep_, " ".join(t.lower_ for t in c.subtree if t.i not in skip))
                  for c in root.children if c.dep_ in CORE and c.i not in skip)
    return root.lemma_.lower(), tuple(core)


def unfollow(text: str, nlp) -> str | None:
    """``text`` without a follows-word inside it ("Calcitriol then stimulates X" -> "Calcitriol stimulates X", "The
    farmers, in turn, raise Y" -> "The farmers raise Y"): chain steps (keys and the chain's own distractors) carry
    such words far more often than outside sentences, so the word tells keys from distractors (review R14).  Only
    where the word is an adverb of a verb and what is left is one sentence with the same main verb, subject, object
    and negation; else None (the option is refused: "since then", "X rises, then Y falls").  A word opening the
    text is ``detach``'s and ``fragment``'s to judge, so such text comes back as it was; so does all text when
    ``nlp`` is None (no parser: the items are built from the texts as they are)."""
    t = " ".join(text.split())
    hits = [m for m in _inner().finditer(t) if t[:m.start()].strip(" ,;:")]
    if not hits or nlp is None:
        return t
    doc = parse(nlp, t)
    cut: set[int] = set()
    for m in hits:
        toks = [x for x in doc if x.idx >= m.start() and x.idx + len(x.text) <= m.end()]
        if not toks:
            return None
        head, unit = toks[0], {x.i for x in toks}
        if any(c.i not in unit for x in toks for c in x.children) or any(x.head.i not in unit for x in toks[1:]):
            return None  # the word heads a phrase of its own: not a follows-word alone
        if len(toks) == 1 and head.dep_ != "advmod":
            return None  # "since then", "the then ruler": not an adverb that places the event
        if len(toks) > 1 and not (head.dep_ in ("prep", "advmod") and toks[-1].dep_ in ("pobj", "npadvmod", "advmod")):
            return None  # "in turn" as a phrase of its own (the parse may hang it on the subject; it is still one)
        span = {x.i for x in toks}
        before = doc[min(span) - 1] if min(span) else None
        after = doc[max(span) + 1] if max(span) + 1 < len(doc) else None
        if before is not None and before.text == ",":
            if after is None or after.text != ",":
                return None  # "X rises, then Y falls": without it, two sentences spliced by a comma
            span |= {before.i, after.i}
        elif after is not None and after.text == "," and before is not None:
            return None  # "X in turn, Y": the parse is not the shape read here
        cut |= span
    out = "".join(x.text + (x.whitespace_ or (" " if x.i + 1 in cut else "")) for x in doc if x.i not in cut)
    out = " ".join(out.replace(" ,", ",").split())
    root = next(iter(doc.sents)).root
    if claim(doc, cut) is None or any(c.i in cut for c in root.children if c.dep_ in CORE):
        return None  # no one sentence with a main verb, or the word was its subject, object or negation
    return out[:1].upper() + out[1:]


def uniform(c, nlp):
    """A candidate whose options carry no follows-word inside (``unfollow`` on every wording of every option but an
    order item's sequences, which all hold the same steps); a distractor left without a wording is dropped; None when
    a key is (its meaning is never changed: the question is not asked)."""
    from dataclasses import replace

    def fix(o):
        if o.form == "sequence":
            return o
        ps = [p for p in (unfollow(x, nlp) for x in o.phrasings) if p]
        return replace(o, phrasings=list(dict.fromkeys(ps))) if ps else None

    keys = [fix(o) for o in c.correct]
    if any(k is None for k in keys):
        return None
    return replace(c, correct=keys, distractors=[d for d in map(fix, c.distractors) if d is not None])
