"""An order item's step texts read alone: no word of order and no pronoun pointing back to another step.

Why (round 26, a new discipline's judge): the options of an order item are sequences of the chain's step texts, and
texts such as "X first does A", "Finally, B is posted", "After that, C ..." or "The program is loaded into it" tell
the order by their wording, not by knowledge of the process: a step that says "first" goes first, one that says "it"
about a thing named in no other part of its own sentence cannot.  ``bench_clauses.unfollow`` already drops an inner
"then"/"in turn"; this module does the same for the order words of ``chains.toml`` [counted] order_words (one list with
the extractor's, less [bench] not_order_words), wherever they stand, and refuses what it cannot rewrite for certain:

* ``placeless``: the text without its order words where each is an adverb of a verb (or a preposition with its
  object, "after that", "at first"), set off by commas or by none, and what is left is one sentence with the same
  main verb, subject, object and negation; None where a word stays (an adjective, "the first step"; a word that
  heads a phrase of its own; a comma splice) -- the item is then refused, not rewritten.  A word in another sense
  is no order word and stays (``_other_sense``, review finding 10 of s27: "once per second", "first-order",
  "next to the kidney", "in later stages", "a second messenger" refused whole order items);
* ``dangling_pronoun``: a third-person pronoun ([bench] back_pronouns) with no noun before it in its own text that
  could be what it stands for.  A noun that is the subject of the pronoun's own clause cannot be ("The program is
  loaded into it": "it" is not the program, as "him" in "John saw him" is not John; nor the subject a verb of the
  clause shares, "Dpkg will refuse to install it"), unless the pronoun is a
  possessive ("The bank sends its customers ...").  Number must agree ("it" a singular noun, "they" a plural one
  or a coordination).  An "it" that stands for a clause after it ("It is necessary to ...", "makes it easy to ...")
  points forward.  s27-F5 (issue 12): nor the object of the verb whose prepositional phrase holds the pronoun ("The
  loader copies the code into it": that would be "itself"); "this"/"these" standing alone count too ("The clerk files
  these with ..."; "this" may stand for a clause of its own text before it); a pronoun in a clause that opens the
  text may stand for the next clause's subject ("Once it starts, the server ..."), not after "does so".
"""

from __future__ import annotations

import re
from functools import lru_cache

from proda.evaluate.bench_clauses import CORE, claim, parse, alternation


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, frozenset, frozenset, frozenset, frozenset]:
    from proda.ingest.extract.chain_rules import rules

    r = rules()["bench"]
    order = [w for w in rules()["counted"]["order_words"] if w not in r["not_order_words"]]
    return (re.compile(r"\b(?:" + alternation(order) + r")\b", re.I),
            frozenset(r["back_pronouns"]),
            frozenset(r["singular_pronouns"]) | {"this"}, frozenset(r["possessive_pronouns"]),
            frozenset(r["demonstrative_pronouns"]))


def _unit(doc, start: int, end: int) -> list:
    return [x for x in doc if x.idx >= start and x.idx + len(x.text) <= end]


def _other_sense(doc, toks) -> bool:
    """One word of order used in a sense that places no step: a noun or a preposition's object (a unit of time, "once
    per second", "for a second"); a piece of a hyphenated word ("first-order", "second-hand"); a word of place with
    "to" after it ("next to the kidney"); a part of a name ("the Second Amendment"); an adjective on a noun with no
    "the" or possessive before it ("in later stages", "in a later chapter"), where "the first stage", "the next
    council", "its final step" pick a place in a sequence and stay order words.  An ordinal ("first", "third") on a
    noun with no "the" still counts a place ("first phase of glycolysis", "a third institution"), unless a compound
    noun stands between: it then names a kind ("second row elements"; not under "the": "the first cell division")."""
    if len(toks) != 1:
        return False
    w = toks[0]
    nxt = doc[w.i + 1] if w.i + 1 < len(doc) else None
    if w.pos_ in ("NOUN", "PROPN") or w.dep_ in ("pobj", "compound"):
        return True
    if (nxt is not None and nxt.text == "-" and not w.whitespace_) or (w.i and doc[w.i - 1].text == "-"
                                                                     and not doc[w.i - 1].whitespace_):
        return True
    if nxt is not None and nxt.lower_ == "to" and nxt.head.i == w.i:
        return True
    if w.dep_ != "amod" or w.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if w.like_num and not any(c.dep_ == "compound" and w.i < c.i < w.head.i for c in w.head.children):
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in w.head.children)


def placeless(text: str, nlp) -> str | None:
    """``text`` without its order words (see the module doc), ``text`` itself where it has none or ``nlp`` is None,
    None where one cannot be left out for certain."""
    t = " ".join(text.split())
    hits = list(_rules()[0].finditer(t))
    if not hits or nlp is None:
        return t
    doc = parse(nlp, t)
    cut: set[int] = set()
    other = 0
    for m in hits:
        toks = _unit(doc, m.start(), m.end())
        if not toks:
            return None  # inside a token ("first-in"): not a word of its own
        if _other_sense(doc, toks):
            other += 1
            continue
        head, unit = toks[0], {x.i for x in toks}
        if any(c.i not in unit for x in toks for c in x.children) or any(x.head.i not in unit for x in toks[1:]):
            return None  # the word heads a phrase of its own ("after that date")
        if head.head.pos_ not in ("VERB", "AUX") or head.head.i in unit:
            return None  # not on a verb: "the first step", "the next account"
        if len(toks) == 1 and head.dep_ != "advmod":
            return None  # "since then", an adjective, a noun
        if len(toks) > 1 and not (head.dep_ in ("prep", "advmod") and toks[-1].dep_ in ("pobj", "npadvmod", "advmod",
                                                                                          "pcomp", "amod")):
            return None
        span = set(unit)
        lo, hi = min(span), max(span)
        before = doc[lo - 1] if lo else None
        after = doc[hi + 1] if hi + 1 < len(doc) else None
        if before is None:
            if after is not None and after.text == ",":
                span.add(after.i)  # "Finally, the balance is posted" -> "The balance is posted"
        elif before.text == ",":
            if after is None or after.text != ",":
                return None  # "X rises, then Y falls": without it, two sentences spliced by a comma
            span |= {before.i, after.i}
        elif after is not None and after.text == ",":
            return None
        cut |= span
    if not cut:
        return t  # every one in another sense
    out = "".join(x.text + (x.whitespace_ or (" " if x.i + 1 in cut else "")) for x in doc if x.i not in cut)
    out = " ".join(out.replace(" ,", ",").split())
    root = next(iter(doc.sents)).root
    if claim(doc, cut) is None or any(c.i in cut for c in root.children if c.dep_ in CORE):
        return None
    if len(_rules()[0].findall(out)) > other:
        return None
    return out[:1].upper() + out[1:]


def _clause(tok):
    """The verb whose clause holds ``tok`` (the root where none is above it)."""
    x = tok.head
    while x.pos_ not in ("VERB", "AUX") and x.head.i != x.i:
        x = x.head
    return x


def _forward_it(tok) -> bool:
    """"It is necessary to file ...", "It follows that ...": "it" stands for the clause after it; so does the "it" of
    a small clause with an infinitive after it ("The bank makes it easy to pay bills")."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass", "expl"):
        return False
    head = tok.head
    if any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > tok.i for c in head.children):
        return True
    return head.pos_ in ("ADJ", "NOUN") and head.i > tok.i and any(
        c.i > head.i and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children) for c in head.children)


def _pronoun(tok) -> bool:
    """A back pronoun ([bench] back_pronouns), or a demonstrative standing alone (not "these invoices")."""
    _, pronouns, _, _, demonstrative = _rules()
    return tok.lower_ in pronouns or (tok.lower_ in demonstrative and tok.dep_ != "det" and tok.pos_ == "PRON")


def _does_so(verb) -> bool:
    """"As it does so, water follows": "do so" repeats a clause of another sentence, and so does its subject."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return verb.lemma_ == "do" and nxt is not None and nxt.lower_ == "so"


def _coargument(n, p, verb) -> bool:
    """``n`` the object of the verb whose prepositional phrase holds ``p`` ("The loader copies the code into it"):
    "it" is not the code, which would be "itself"."""
    return n.dep_ == "dobj" and n.head.i == verb.i and p.dep_ == "pobj" and p.head.dep_ == "prep" \
        and p.head.head.i == verb.i


def _agrees(noun, pron: str) -> bool:
    single = pron in _rules()[2]
    plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
    return plural != single


def dangling_pronoun(text: str, nlp) -> bool:
    """A third-person pronoun of ``text`` with no noun before it in the text that it could stand for (module doc);
    False without a parser."""
    _, pronouns, _, possessive, demonstrative = _rules()
    if nlp is None or not any(w.lower().strip(".,;:") in pronouns | demonstrative for w in text.split()):
        return False
    doc = parse(nlp, " ".join(text.split()))
    for p in doc:
        w = p.lower_
        if not _pronoun(p) or p.dep_ == "expl" or _forward_it(p):
            continue
        own = _clause(p)
        if w == "this" and any(v.pos_ in ("VERB", "AUX") and v.i != own.i for v in doc[:p.i]):
            continue  # "The cell copies its DNA, and this takes hours": the clause before
        if own.dep_ == "advcl" and own.i < own.head.i and not _does_so(own) and any(
                n.pos_ in ("NOUN", "PROPN") and n.dep_ in ("nsubj", "nsubjpass") and n.head.i == own.head.i
                and n.i > p.i and _agrees(n, w) for n in doc):
            continue  # "Once it starts, the server loads ...": the subject of the clause it opens
        verb, local = own, {own.i}  # the clause's own subject, or the one it shares ("Dpkg will refuse to install it")
        while own.dep_ in ("xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in own.children):
            own = own.head
            local.add(own.i)
        found = False
        for n in doc[:p.i]:
            if n.pos_ not in ("NOUN", "PROPN") or not _agrees(n, w):
                continue
            if w not in possessive and ((n.dep_ in ("nsubj", "nsubjpass") and n.head.i in local)
                                        or _coargument(n, p, verb)):
                continue  # "The program is loaded into it": not the program itself
            found = True
            break
        if not found:
            return True
    return False


__all__ = ["placeless", "dangling_pronoun"]
