"""A clause the sentence does not assert because what it hangs on is denied.

Why: round 20's sociology judge rejected "social standing | was based on | merit" from "... because no society has
ever existed where social standing was based entirely on merit" (polarity inverted): the "where" clause describes a
society that the sentence says never existed, and the frame stated it as a fact.  The same holds of "there is no
country in which the army obeys ...", "it is not true that X", "it is not the case that X": the clause is what the
sentence denies, not what it teaches.  Refused, not negated: "social standing was never based on merit" is not what
the book says either ("entirely", and only across all societies).

The shape is read from the parse alone, general English: walking up from the frame's verb, a clause link (an
adverbial, relative, complement or participial clause, after its head and opened by a relative or wh-word or "that")
whose head is denied --

* a verb whose subject is quantified by "no" ("no society has existed where ...", "no one has shown that ...") or is
  "nobody", "nothing", "none";
* an existential "there" verb whose noun has "no" ("there is no country in which ...") or that is negated itself
  ("there has never been a state where ...");
* a noun with "no" that the clause restricts ("no society in which ...");
* a negated "true" / "the case" ("it is not true that ..."; "it is true that" asserts its clause), or another
  adjective that would assert the clause only when affirmed (``denied.unasserting_adjectives``: "It is not
  necessary that the function definition is textually enclosed in the class definition", blind round 39, judged a
  polarity inversion; "it is not clear that X"); not an adjective of attitude ("it is not surprising that X" says
  X is so).

A noun whose denial asserts its clause ("there is no doubt that X", "no question that X": ``denied.asserting_nouns``
in ``patterns/lexical.toml``) is no denied head; nor is a verb that presupposes its clause ("no one knew that X":
``denied.presupposing_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words

_CLAUSE_LINKS = ("advcl", "relcl", "acl", "ccomp", "csubj", "pcomp")


def _no(n: Token) -> bool:
    """A noun quantified by "no" ("no society", "no one"), or a denying pronoun."""
    return (n.lower_ in words("denied.nobody") or any(c.dep_ == "det" and c.lower_ == "no" for c in n.children)) \
        and n.lemma_.lower() not in words("denied.asserting_nouns")  # "there is no doubt that X": X is so


def _negated(v: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in v.children)


def _denied_head(h: Token) -> bool:
    """Whether head ``h`` of a clause is denied (the module docstring)."""
    if h.pos_ in ("NOUN", "PRON", "PROPN"):
        return _no(h)
    kids = list(h.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") and _no(c) for c in kids):
        return h.lemma_.lower() not in words("denied.presupposing_verbs")  # "no one knew that X": X is so
    if any(c.dep_ == "expl" for c in kids):  # "there is no X", "there has never been an X"
        return _negated(h) or any(c.dep_ in ("attr", "nsubj", "dobj") and _no(c) for c in kids)
    return h.lemma_ == "be" and _negated(h) and any(
        (c.dep_ == "acomp" and c.lower_ in words("denied.unasserting_adjectives"))
        or (c.dep_ == "attr" and c.lower_ == "case") for c in kids)


def _restricts(w: Token) -> bool:
    """Clause ``w`` comes after its head and opens with a relative or wh-word or "that" ("where social standing
    ...", "in which the army ...", "that vaccines ..."): it says what the denied thing would be.  A clause before its
    head ("While X is akin to Y, there is no clear sign ...") or joined without one ("X is located on the right;
    there is no such artery on the left") is asserted beside the denial (the sweep: three right units lost)."""
    left = w.left_edge
    return w.i > w.head.i and (left.tag_ in ("WRB", "WDT", "WP", "WP$") or left.lower_ == "that" or (
        left.dep_ == "prep" and any(c.tag_ in ("WDT", "WP") for c in left.children)))


def negated_focus(v: Token) -> bool:
    """A negation of a focus word, not of the act: "Exception handlers do not handle only exceptions that occur
    immediately in the try clause, but also those that occur inside functions ..." (blind round 39, judged a
    polarity inversion: stored "do not handle | only exceptions ..."): the handlers handle those and more.  Read
    on verb ``v`` negated by its own "not", whose first word after it (a particle or punctuation skipped) is an
    exclusive focus word (``args.antecedent_focus``: "only", "merely", "just" ...), as in "do not handle only A",
    "do not rule only on B".  Refused: "X does not handle A" would deny what the book affirms, "X handles only A"
    would limit it.  ("X not only V A but also
    ...", which the parser reads "not" as a preconjunct of the verb, is no negation and stays.)"""
    if not any(c.dep_ == "neg" for c in v.children):
        return False
    focus = words("args.antecedent_focus")
    after = [t for t in v.subtree if t.i > v.i]
    first = next((t for t in after if t.dep_ not in ("prt", "punct")), None)
    return first is not None and first.lower_ in focus


def denied_clause(v: Token) -> bool:
    """Whether verb ``v`` lies inside a clause whose head the sentence denies ("no society has existed where ...")."""
    w = v
    while w.head != w:
        if w.dep_ in _CLAUSE_LINKS and _restricts(w) and _denied_head(w.head):
            return True
        w = w.head
    return False
