"""The appositive readers of definitions: "X, also called Y," / "X (also known as Y)" (another name of X, and X's
definition when the sentence goes on "..., is a ...") and "X, or Y that ..." / "X—that is, Y" / "X, the Y of ..." (a
restricted noun phrase right after X glosses X).  Split from :mod:`proda.ingest.extract.definitions` (review R21:
that file had passed 400 lines); :func:`definitions.definitions_in` runs their token matcher (``patterns/aliases.json``,
built by :func:`lexdata.matcher`) and calls these two."""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.antecedents import _antecedent
from proda.ingest.extract.arguments import term_of
from proda.ingest.extract.definition_clauses import Found, gloss_text
from proda.ingest.extract.definition_gates import (DEMONSTRATIVES, _exact, _named_thing, _opens, _restricts,
                                                   clause_genus, compared, genus_defines, names_itself)
from proda.ingest.extract.definition_setting import (_clause_ends, _closes_sentence, _lost_subject, _runs_into_verb,
                                                     _told, in_list, list_follows, of_object)
from proda.ingest.extract.definition_shapes import bare_gloss
from proda.ingest.extract.definition_unsaid import inner_object, judges_clause, names_the_gloss
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.nlp import noun_chunk_roots
from proda.ingest.extract.terms import bare_verb, is_term


def _chunk_root(doc, i: int, ends_before: bool) -> Token | None:
    """The root of the noun chunk that ends at token ``i`` (``ends_before``) or starts at it."""
    by_start, by_end = noun_chunk_roots(doc)  # read once per parse, not once per match
    return (by_end if ends_before else by_start).get(i)


def _alias(doc, sent: Span, a: int, b: int) -> Found | None:
    """"X, also called Y," / "X (also known as Y)": Y is another name of X; when the sentence goes on
    "..., is a ...", it also defines X.  ``a``/``b``: the matched cue's token range."""
    x = _chunk_root(doc, a - 1, True) if a > sent.start else None
    y = _chunk_root(doc, b, False) if b < sent.end else None
    if x is None or y is None:
        return None
    nxt = doc[y.i + 1] if y.i + 1 < sent.end else None
    if _in_outer_phrase(x):  # "molecules with unpaired electrons, called free radicals,": Y names the whole phrase
        alias = term_of(y)
        named = nxt is not None and nxt.text in (",", ")", ".", ";") and is_term(alias) and _exact(y, alias)
        return Found(alias, "", sent.text, "also_called") if named else None
    if nxt is None or nxt.text not in (",", ")", ".", ";"):
        return None
    name, alias = term_of(x), term_of(y)
    if not (is_term(name) and is_term(alias) and _exact(x, name) and _exact(y, alias)):
        return None
    after = doc[nxt.i + 1] if nxt.i + 1 < sent.end else None
    defines = after is not None and after.lemma_ == "be" and after.dep_ not in ("aux", "auxpass") and _opens(sent, x)
    # "The medial region, called the isthmus, is flanked by ...": a passive auxiliary is no copula
    dets = {c.lower_ for c in x.children if c.dep_ == "det"}
    if not defines and not any(t.lower_ == "also" for t in doc[a:b]):  # "a homogeneous mixture, also called a
        # solution," gives a second name of a term
        if dets & ({"a", "an"} | DEMONSTRATIVES):
            return Found(alias, "", sent.text, "also_called")  # "to create a testable proposition, called a
            # hypothesis,", "this expression, called the Henderson-Hasselbalch equation,": the description or pointer
            # introduces the name, it is not a term renamed (round 22)
        if "the" in dets and y.pos_ == "PROPN" and y.is_title and name == name.lower():
            return None  # "the national parliament, called the Knesset,": one country's body, not the class's name
    return Found(name, sent.text if defines else "", sent.text, "is_a" if defines else "also_called", [alias])


def _in_outer_phrase(x: Token) -> bool:
    """X is the object of a preposition inside another noun's phrase ("The first exam during training, called the
    entrance test, ..."): the name after the comma names that whole phrase (the exam), and read as X's other name it
    would merge two concepts (audit round 11: a "puberty" linked to "menarche" by one such sentence, whose glossary
    definitions then mixed)."""
    return x.dep_ == "pobj" and x.head.dep_ == "prep" and x.head.head.pos_ in ("NOUN", "PROPN", "PRON")


_GLOSS_NEXT = {"of", "for", "that", "which", "who", "whom", "in", "by", "with", "where", "when", "to", "from",
               "between", "among", "used", "done", "made", "based", "held", "involving", "through"}


def _gloss(doc, sent: Span, a: int, b: int, rule: str = "gloss") -> Found | None:
    """"X, or Y that ..." / "X—that is, Y" / "X, the Y of ...": a restricted noun phrase right after X explains X
    (not a list: X must not itself follow a comma)."""
    if rule in ("appos_gloss", "bare_gloss"):
        b = b - 1  # the article (or the bare gloss's first word) belongs to Y's noun chunk
    x = _chunk_root(doc, a - 1, True) if a > sent.start else None
    y = _chunk_root(doc, b, False) if b < sent.end else None
    if x is None or y is None or (rule == "appos_gloss" and doc[b].head != y):
        return None  # "X, an administrator's refusal": the article is not Y's own
    if rule == "gloss" and any(t.lower_ == "either" and t.i < x.i for t in sent):
        return None  # "there exists either a clear specification of how to handle gamma, or an official
        # recommendation ...": the "or" of "either ... or" joins two alternatives (blind round 45), it glosses nothing
    if inner_object(x, 3 if rule == "gloss" else 2):
        return None  # "A, B meant to ... by means other than X, or Y", "the A in X, the B in C, and ...": Y is the
        # list's next item (rounds 19, 20)
    if rule == "bare_gloss":
        if not bare_gloss(doc, sent, x, y):
            return None
        rule = "appos_gloss"
    nxt = next((t for t in doc[y.i + 1:sent.end] if t not in set(y.subtree) or t.dep_ in ("prep", "relcl", "acl")), None)
    if any(c.dep_ == "conj" for c in y.children) or y.dep_ in ("nsubj", "nsubjpass") or \
            any(t.dep_ == "cc" and doc[t.i - 1].text == "," for t in y.subtree if t.i > y.i):
        return None  # "X, Y, and Z": a list; "at the shoulder joint, the head of the humerus articulates": a clause
    if any(c.dep_ in ("amod", "det") and c.lower_ in words("precision.list_continuers") for c in y.children if c.i < y.i):
        return None  # "roofs that are slate, or other roofs that ...": the next item of a list, not X's gloss
    restricted = any(_restricts(c) for c in y.children) or \
        (nxt is not None and nxt.lower_ in _GLOSS_NEXT and nxt.i == y.i + 1)
    if not restricted or (not (rule == "gloss" and names_the_gloss(y)) and judges_clause(y)) or \
            (y.lemma_.lower() in words("terms.generic_heads") and
             (not clause_genus(y) or of_object(x) or in_list(x, y))):
        return None  # "..., a claim that goes back to Aristotle": a remark on the clause, not what X is (before the
        # verb, "The pension, a benefit paid to ..., rose", it can judge no clause yet: a gloss, review R22); after
        # ", or the" / "—that is, the" it is X's gloss wherever it stands ("places emphasis on intersectionality, or
        # the belief that individuals may ...", issue 11); "as a gift, or a risk that ..." is another reading
        # (names_the_gloss)
    if y.dep_ == "appos" and y.head.i < x.i and y.head != _antecedent(x) and not _closes_sentence(sent, x, y, a):
        return None  # "at the shoulder joint, the head of the humerus articulates": Y belongs to an earlier word
    x = x if y.head == x else (_antecedent(x) or x)  # the parse hangs Y on the noun it explains
    first = min(t.i for t in doc[x.left_edge.i:x.i + 1] if t in set(x.subtree))
    if first > sent.start and doc[first - 1].text == ",":
        return None
    name = term_of(x)
    if x.dep_ == "conj" and x.head.pos_ == "VERB" and bare_verb(name.split()[0].lower()):
        return None  # "They generate and excrete sebum, a mixture of lipids, ...": a verb read as the noun's adjective
        # and the noun coordinated with a verb, "excrete sebum" is a verb phrase, no term (round 22)
    if any(c.lower_ in DEMONSTRATIVES for c in x.children if c.i < x.i) or not is_term(name) or \
            not _exact(x, name) or any(c.dep_ == "conj" and c != y for c in x.children) or \
            (x.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in x.head.children)) or \
            not genus_defines(None, y):
        return None  # "its 'specific heat'", "Addison's disease", "include X, Y, or Z": not X's own gloss
    if _told(sent, x, y) or compared(x) or names_itself(y) or _runs_into_verb(x, y) or y.pos_ == "PRON" or \
            _named_thing(x) or _lost_subject(sent, x) or \
            _clause_ends(sent, x) or (rule == "appos_gloss" and list_follows(x, y)) or \
            (x.lemma_.lower() in words("terms.generic_heads") and any(c.lower_ == "of" for c in x.children)):
        return None  # "members of the proletariat, or those who ...", "F. A. Hayek, The Road to Serfdom",
        # "the use of cookies, or blocks of data that ...": Y glosses no term of X's own (whole chapters, round 4 KBs)
    return Found(name, g, sent.text, rule) if (g := gloss_text(sent, x, y)) else None  # "": Y cut inside its phrase
