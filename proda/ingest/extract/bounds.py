"""Bounds a claim takes from words its frame leaves out: a superlative's domain, a spliced clause's scope, a time
phrase that a ", which" clause does not refer to, the set a floated "all" counts.

Why a module of its own (audit round 13, fresh judges): three rejected statements were true only within a bound
that sat outside the frame, in places the other limit checks do not look --

* a superlative is true only within its domain: "Heart diseases are the most common causes of admission in the
  U.S. (Agency 2019)" stored without "in the U.S." (the parser hangs the parenthesis inside the place phrase, and
  the object text stops before it),
  "Tourism is the largest employer in the region today" without "today": the most/largest/leading one somewhere
  or at some time is not the most/largest/leading one everywhere;
* a clause spliced to another by a bare comma takes its scope from it: "The rule is also true at night, guards
  must lock the gate" gave "guards | must lock | gate", which holds at night only;
* ", which" after a time phrase ("in a short time, which can result in ...") takes up the whole clause before it;
  the parser hangs it on the time noun, and "short time | can result in | high temperature" says nothing true;
* "The orbitals are all similar in energy" (the orbitals of a worked example): a quantifier floated after a bare
  "the Xs" counts a set the paragraph set up (measured, item 6: :func:`floating_set`).

Each check reads the parse and word lists of ``patterns/lexical.toml`` (this module's own classes in its [bounds]
table); when one fires the frame is dropped.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.conjuncts import first_conjunct
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.scope import idiom_tail


def _superlative(t: Token) -> bool:
    """"largest", "most common", "the leading": a superlative degree (not the quantifier "most cells")."""
    if t.lower_ in words("bounds.superlatives"):
        return t.dep_ == "amod"
    if t.tag_ == "JJS":
        return t.lower_ not in ("most", "least") and t.dep_ == "amod"
    return t.tag_ == "RBS" and t.lower_ in ("most", "least") and t.dep_ == "advmod" and t.head.pos_ == "ADJ" \
        and t.head.dep_ == "amod"


def _limits(h: Token, fr) -> bool:
    """A phrase on noun ``h`` (or inside its "of" complement) or a bounding adverb that the frame's words leave out:
    a preposition other than "of" (its complement, "the longest bone [of the body]"), an idiom or a comparison."""
    for c in h.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            o = next((x for x in c.children if x.dep_ == "pobj"), None)
            if o is not None and _limits(o, fr):
                return True
            continue
        if c.dep_ == "prep" and not idiom_tail(c) and not _unbounding(c) and not _carried(c, fr):
            return True
    return False


def _unbounding(p: Token) -> bool:
    """A phrase that bounds nothing: a comparison or a list of examples ("such as ...", "including ..."), or the
    whole world ("the largest number of any nation [in the world]": ``bounds.universal_domains``)."""
    if p.lower_ in words("hedges.unrestricting_preps") | words("possession.example_preps") | words("remainders.example_preps"):
        return True
    o = next((c for c in p.children if c.dep_ == "pobj"), None)
    return o is not None and o.lemma_.lower() in words("bounds.universal_domains")


def _carried(p: Token, fr) -> bool:
    """The words of phrase ``p`` stand in the frame's object (its text, which may reach past ``fr.end``; articles
    and possessives dropped), leaving out a list of examples inside it ("calls for help[, such as for aid]")."""
    said = set(fr.object.lower().split())
    skip = {x.i for q in p.subtree if q.dep_ == "prep" and q.i != p.i and _unbounding(q) for x in q.subtree}
    skip |= {q.i for q in p.subtree if q.dep_ == "amod" and q.lower_ == "such" and q.head.i in skip}
    return all(t.lower_ in said for t in p.subtree
               if t.i not in skip and not t.is_punct and t.dep_ not in ("det", "poss", "predet"))


def superlative_unbounded(sent: Span, fr) -> bool:
    """Frame ``fr``'s object holds a superlative ("the most common cause", "the largest employer", "the leading
    source") whose domain -- a place, time or group phrase on the object noun, or on the verb after it, or a bounding
    adverb ("today", "worldwide") -- lies outside the frame: without it the claim says "everywhere, always".  A domain
    the object carries ("the leading source of energy in Asia") or a complement ("the longest bone of the body")
    leaves it whole; a fronted domain is the subject's to carry (:func:`scope_limits.fronted_scope`)."""
    doc, v = sent.doc, sent.doc[fr.verb]
    nouns = [t for t in doc[max(fr.verb + 1, fr.start):fr.end] if t.pos_ in ("NOUN", "PROPN")
             and any(_superlative(c) or any(_superlative(g) for g in c.children) for c in t.children if c.i < t.i)]
    if not nouns:
        return False
    if any(_limits(n, fr) for n in nouns):
        return True
    for c in v.children:
        if c.i <= nouns[0].i:
            continue
        if c.dep_ == "prep" and not idiom_tail(c) and not _unbounding(c) \
                and c.lower_ not in fr.predicate_lemma.split("_") and not _carried(c, fr):
            return True  # "is the largest employer [in the region]" hung on the verb
        if c.dep_ in ("npadvmod", "advmod") and c.lower_ in words("bounds.bounding_adverbs"):
            return True  # "... today", "... worldwide"
    return False


def _spliced(c: Token, v: Token) -> bool:
    """Clause ``c`` (with a subject of its own, no subordinator) is joined to ``v``'s clause by a bare comma."""
    if c.dep_ not in ("ccomp", "parataxis") or not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children):
        return False
    if any(x.dep_ == "mark" or x.tag_ in ("WDT", "WP", "WRB") for x in c.subtree if x.i < c.i) \
            or any(x.dep_ in ("cc", "conj") for x in [*c.children, *v.children]):
        return False  # "while X is Y, ...": subordinate; "A does X, B does Y, and C does Z": a list of clauses
    doc = v.doc
    if c.i < v.i:  # "X is also true on descent, divers must ...": the comma right after the first clause
        nxt = c.right_edge.i + 1
        if nxt >= len(doc) or doc[nxt].text != ",":
            return False
        subj = [x for x in v.children if x.dep_ in ("nsubj", "nsubjpass")]
        return bool(subj) and min(t.i for t in subj[0].subtree) == nxt + 1 and nxt + 1 > v.sent.start
    return c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","  # "divers must add air, this is true on descent"


def spliced_scope(v: Token) -> bool:
    """A clause spliced by a bare comma to a clause that carries a phrase of scope ("The rule is also true [at
    night], guards must lock the gate"): the second clause restates the first for that scope, which its frame drops.
    A reporting verb's clause ("Prices rise, economists say") is attribution's; clauses joined by "and"/"but" are
    coordinated, each a claim of its own."""
    w = v
    while w.dep_ in ("conj", "xcomp") and w.head.i != w.i:
        w = w.head
    if w.lemma_.lower() in words("verbs.reporting") | words("attribution.verbs"):
        return False
    for c in w.children:
        if not _spliced(c, w) or c.lemma_.lower() in words("verbs.reporting") | words("attribution.verbs"):
            continue
        heads = [c] + [x for x in c.children if x.dep_ in ("acomp", "attr")]
        if any(x.dep_ == "prep" and x.lower_ != "of" and not idiom_tail(x) for h in heads for x in h.children):
            return True
    return False


def time_which(v: Token) -> bool:
    """A ", which" clause on a time noun that is an adverbial of duration or frequency ("in a short time, which can
    result in ...", "over a long period, which ...", "each year, which ..."): it takes up the clause before it, not
    the time, so its frame's subject is wrong.  A named period ("during the Cretaceous period, which ended with a
    mass extinction": "the" and a modifier) is what the clause is about, and stays."""
    w = first_conjunct(v)
    if w.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" for c in w.children):
        return False
    n = w.head
    if n.lemma_.lower() not in words("hedges.time_nouns") or w.left_edge.i == 0 or w.doc[w.left_edge.i - 1].text != ",":
        return False
    adverbial = n.dep_ in ("npadvmod", "advmod") or (n.dep_ == "pobj" and n.head.head.pos_ in ("VERB", "AUX"))
    definite = any(c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
                   for c in n.children)
    return adverbial and not definite


def floating_set(v: Token) -> bool:
    """"The tablets are all similar in mass", "The bond moments all point toward ...": a quantifier floated after a
    bare definite plural ("the Xs" with nothing of its own to say which: no phrase, clause, possessor or conjunct)
    counts the members of a set the paragraph set up -- the orbitals of a worked example, the molecules of a figure
    -- so the claim is about that set, not the kind (round 13 fresh judges, item 6).  A subject that says which
    ("The bones of the skull are all joined by sutures") or names its members ("A and B are both ...") stays."""
    w = first_conjunct(v, stop_at_own_subject=True)
    subj = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
            or any(c.dep_ in ("prep", "relcl", "acl", "poss", "conj", "appos") for c in subj.children):
        return False
    return any(c.lower_ in words("bounds.floating_quantifiers") and subj.right_edge.i < c.i <= w.i + 1
               and c.dep_ in ("advmod", "det", "dep", "appos", "predet") for c in w.children)


def described_before(v: Token) -> bool:
    """"Propagation, as described above, applies to unmyelinated axons": an "as described / defined / outlined ...
    above / earlier / previously" clause hung on the subject makes it the variant the paragraph described (continuous
    propagation), not the kind (audit round 11, judged wrong).  The clause opening the sentence ("As described above,
    X ...") restates the claim, and "as noted earlier" on the subject restates it too: both stay."""
    w = first_conjunct(v, stop_at_own_subject=True)
    subj = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    # between the subject and its verb, whichever of the two the parser hung it on
    return any(c.dep_ in ("advcl", "acl") and subj.i < c.left_edge.i and c.i < w.i
               and c.lemma_.lower() in words("bounds.describing_verbs")
               and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
               and any(a.dep_ == "advmod" and a.lower_ in words("bounds.back_adverbs") for a in c.children)
               for c in [*subj.children, *w.children])
