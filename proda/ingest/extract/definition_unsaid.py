"""A naming or gloss that says nothing about its term (split from ``definition_gates.py``, which outgrew 400 lines).

Why: "Spontaneous gatherings such as these are called flash mobs", "The rest of the process is called glycolysis",
"One of the outcomes ... is something he called social anomie" name a term whose meaning lies in another sentence;
stored as its definition they teach a pointer, not what the term is (audit rounds 7-9, review of 2026-11-30).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from proda.ingest.extract.definition_antecedent import points_to_sentence_before
from proda.ingest.extract.lexdata import words

_UNBOUND = {"their", "they", "them"}
_ANYONE = {"a", "an", "each", "every", "any"}  # "a person", "each student": anyone, whom a singular "their" may own
_REMAINDER = {"rest", "remainder"}  # the noun of anaphoric "remaining": what is left of a thing told before


def _subject_points_back(verb: Token, term: Token) -> bool:
    """The naming's subject is picked out by another sentence (review 11): a demonstrative pronoun inside it with no
    clause of its own ("gatherings such as these", "the second of these"), an anaphoric modifier ("the remaining
    process", ``args.anaphoric_modifiers``), or what remains of something ("the rest of the process"). The subject
    of "is what Weber calls X" is the copula's. A "where"-type clause on the term says what it is by itself ("the first of
    these is what he calls traditional legitimacy, where the regime embraces ...") and keeps the definition."""
    if any(c.dep_ == "relcl" and any(g.tag_ == "WRB" for g in c.children) for c in term.children):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "ccomp" and any(c.tag_ == "WP" for c in verb.children):
        subj += [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and verb.head.dep_ == "attr":  # "X is something he called Y": X is the subject
        subj += [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    mods = words("args.anaphoric_modifiers")
    return any(h.lower_ in mods or h.lemma_.lower() in _REMAINDER or
               (h.lower_ == "one" and any(c.lower_ == "of" for c in h.children)) or  # "One of the outcomes of ..."
               any(c.dep_ in ("amod", "det", "predet") and c.lower_ in mods for c in h.lefts) or
               any(t.pos_ == "PRON" and t.tag_ == "DT" and t.lower_ in ("this", "that", "these", "those") and
                   not any(c.dep_ in ("relcl", "acl") for c in t.children) for t in h.subtree)
               for h in subj)


def _anyone(t: Token) -> bool:
    """A singular person noun with an indefinite or universal determiner ("An individual's complete genetic makeup
    is referred to as their genotype", session 15): a singular "their" after it is that person's (singular they),
    not people of another sentence.  Person nouns: ``terms.population_heads``, ``terms.people_nouns``; "the
    soldier" (one told before) and "a sample" (no person) bind nothing."""
    return t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in _ANYONE for c in t.children) and \
        (t.lemma_.lower() in words("terms.population_heads") or t.lemma_.lower() in words("terms.people_nouns"))


_NAMING = {"call", "term", "name", "label", "know", "refer", "dub"}
_SELF_CONTAINED = {"appos_def", "appos_gloss", "gloss", "which_is", "in_which", "which_means"}


def _unbound_do_so(sent: Span) -> bool:
    """"do so" with no lexical verb before it in the sentence ("Digital tribalism, then, is the tendency to do so
    online ...", audit round 12): what it does is told in another sentence.  "... to form groups and to do so
    against outsiders" has its verb."""
    doc = sent.doc
    return any(t.lower_ == "so" and t.i - 1 >= sent.start and doc[t.i - 1].lemma_.lower() == "do" and
               not any(v.pos_ == "VERB" and v.i < t.i - 1 for v in sent) for t in sent)


_LOST = re.compile(r"(?<![\w-])(\w+)[ \t]+[.,;:)](?=\s|$)(?![ \t]*\.)")


def lost_reference(text: str) -> bool:
    """A figure or table reference lost when the page became text (round 14, fresh judges: "... and the reddish
    vapor is readily visible in .", "(see , step 3)", "shown in , the ..."): a preposition or a word that leads a
    reference ([cloze] prepositions, reference_leads) followed by a space and a bare stop, comma or bracket.  The
    sentence is broken, so no definition, statement or item is drawn from it.  An ellipsis ("shall . . . deny") and
    a stranded preposition written against its stop ("what they are made of.") are left."""
    leads = words("cloze.prepositions") | words("cloze.reference_leads")
    return any(m.group(1).lower() in leads for m in _LOST.finditer(text))


def unsaid(span: Span, how: str) -> bool:
    """Whether the sentence names or glosses the term at ``span`` without saying, by itself, what it is (audit
    rounds 7-8): the thing named is told in another sentence ("Their efforts are referred to as voter suppression",
    "The Prize was a recognition of their work": "their" with no plural noun before it in the sentence); a gloss
    that only restates ("the probability—the predictability—that ...") or is the next phrase after a comma-set
    insertion holding the term ("there is, underlying the news, a picture of ..."), or a remark on the clause
    ("has resulted in homogeneous content, a move away from ...", ``terms.remark_heads``); a definite genus tied to one
    named place or body ("Anglicanism ... is the official religion of England": a status, not what it is); a word's
    history ("The term ecclesia, originally referring to ..., now refers to a congregation"); a "do so" that stands for
    a verb of another sentence (:func:`_unbound_do_so`)."""
    doc, sent = span.doc, span.sent
    if _unbound_do_so(sent) or lost_reference(sent.text):
        return True
    plural_before = False
    subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNS", "NNPS")]
    for t in sent if how not in _SELF_CONTAINED else ():  # a gloss or a "which is" clause says it by itself
        if t.lower_ in _UNBOUND and not plural_before and \
                not any(t.i < c.left_edge.i for c in subj):  # "Outside of their surfaces, the bones are ..."
            return True
        plural_before = plural_before or t.tag_ in ("NNS", "NNPS") or t.dep_ == "conj" or _anyone(t)
    if any(t.lower_ in ("originally", "formerly") and t.head.lemma_.lower() in ("refer", "mean", "use", "call", "name")
           for t in sent):
        return True
    if how in ("called", "known_as") and any(a.dep_ == "aux" and a.tag_ == "MD" for a in span.root.head.children) \
            and span.root.head.lemma_.lower() in ("call", "term", "name", "label", "know", "dub"):
        return True  # "a girl who wishes to take karate ... may be called a tomboy": what one may be called
    if how in ("called", "known_as") and _no_term_name(span):
        return True
    if how == "gloss" and inner_object(span.root):
        return True
    if how in ("called", "known_as") and points_to_sentence_before(span):
        return False  # "X moves out into Y. This process is called Z": the sentence before is in the definition
    if how in ("called", "known_as") and any(t.pos_ == "PRON" and t.lower_ in ("this", "that", "these", "those")
                                             and t.dep_ == "pobj" and t.head.lower_ == "like"
                                             for t in sent if t.i < span.start):
        return True  # "Spontaneous gatherings like this are called flash mobs": the thing is in another sentence
    verb = span.root.head.head if span.root.head.lower_ == "as" else span.root.head  # "referred to as X"
    verb = verb.head if verb.lower_ == "to" and verb.dep_ == "prep" else verb
    if how in ("called", "known_as") and verb.lemma_.lower() in _NAMING and \
            any(c.dep_ == "nsubjpass" and [g.lower_ for g in c.children] == ["the"] and c.pos_ == "NOUN" and
                not any(t.lemma_ == c.lemma_ for t in sent if t.i < c.i) for c in verb.children):
        return True  # "More recently, the standard is referred to as ...": "the standard" of the sentence before
    if how in ("called", "known_as") and verb.lemma_.lower() in _NAMING and _subject_points_back(verb, span.root):
        return True
    if how in ("appos_def", "appos_gloss", "gloss"):
        k = span.end + 1 + (span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "or")
        if span.end < len(doc) and doc[span.end].text in (",", "—", "–", "(") and k + 2 < len(doc) and \
                doc[k].pos_ == "DET" and doc[k + 1].pos_ == "NOUN" and doc[k + 2].text in (",", "—", "–", ")"):
            return True  # "the probability—the predictability—that ...": a second name, not what it is
        y = next((t for t in doc[k:k + 4] if t.pos_ not in ("DET", "ADJ", "ADV")), None)
        if span.end < len(doc) and doc[span.end].text in (",", "—", "–") and y is not None and \
                judges_clause(y) and not (span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "or" and
                                          names_the_gloss(y)):
            return True  # "homogeneous content, a move away from local news": a remark on the clause (not one
            # before the verb, which judges no clause yet: "The pension, a benefit paid to ..., rose", review R22;
            # nor "or the ...", which announces X's gloss: "intersectionality, or the belief that ...", issue 11)
        i = span.start - 1
        while i > sent.start and doc[i].pos_ in ("DET", "ADJ"):
            i -= 1
        if i > sent.start and doc[i].tag_ in ("VBG", "VBN", "IN") and doc[i - 1].text == "," and \
                span.end < len(doc) and doc[span.end].text == ",":
            return True
    if how == "is_a":
        attrs = [c for c in sent.root.children if c.dep_ == "attr"]
        return any(any(d.lower_ == "the" for d in a.children) and
                   any(p.lower_ == "of" and any(o.ent_type_ in ("GPE", "LOC", "NORP") for o in p.children)
                       for p in a.children)
                   for a in attrs)
    return False


def _no_term_name(span: Span) -> bool:
    """The name a naming gives is no term: a lone adjective ("Metals that crack without bending are called 'brittle'":
    a quality; the term is the adjective with its noun) or a proper name with "the" given to a thing the sentence
    picks out by a bare role ("the national assembly, called the Diet", "the center-right party is called the
    Liberal Party"): one body's name, and the role says nothing of which body (round 19, judged wrong).  A thing
    told by a phrase or clause after its noun is defined by it ("The first ten amendments to the Constitution are
    known as the Bill of Rights", "The body that elects the president is called the Electoral College")."""
    root = span.root
    if len(span) == 1 and root.pos_ == "ADJ":
        return True
    return root.pos_ == "PROPN" and root.text[:1].isupper() and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in root.children) and \
        not _named_thing_told(root)  # "called a Leviathan": a kind


def _named_thing_told(name: Token) -> bool:
    """The thing a naming names ("X is called N", "X, called N,") has a phrase or clause after its noun."""
    verb = name.head.head if name.head.dep_ == "prep" else name.head  # "known as N"
    things = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or \
        ([verb.head] if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN") else [])
    return any(c.dep_ in ("prep", "relcl", "acl") and c.i > t.i and c.i != verb.i for t in things for c in t.children)


def inner_object(x: Token, gap: int = 3) -> bool:
    """"the thorns of roses, the stinging hairs of nettles, or bitter compounds in leaves": X is the object of
    a preposition inside an item of a list, so ", or Y" after it is the list's next item, not X's gloss (round 19,
    judged wrong).  Outside a list the object keeps its gloss ("places emphasis on intersectionality, or the belief
    that ...", issue 11).  The item may hold X deeper, under a second preposition or a participle clause
    ("propaganda, usually defined as statements and depictions meant to persuade by means other than rational
    engagement, or subtle control over ...", round 19): every noun up to the clause's own verb is asked.  ``gap``:
    the tokens from X's last word to where Y opens, 3 after ", or", 2 after a bare comma (an apposition: "the sand
    in the upper valley, the clay in the lower plain, and ...", round 20, judged wrong)."""
    doc, y = x.doc, x.right_edge.i + gap  # where Y opens
    while x.dep_ == "conj" and x.head.i < x.i and _joined(x):
        x = x.head  # "damage to the roots and/or the stems, or a lack of ...": X is the last of the preposition's
        # objects; the item holding them is asked as for one object (round 20, judged wrong)
    if x.dep_ != "pobj" or x.head.dep_ != "prep":
        return False
    t = x.head.head
    while True:
        after_comma = t.left_edge.i > t.sent.start and doc[t.left_edge.i - 1].text == ","
        items = [c for c in t.children if c.dep_ == "conj" and (c.left_edge.i != y or t == x.head.head)]
        # above the noun holding X's preposition the parse may hang Y itself ("the system associated with olfaction,
        # or the sense of smell"): Y alone makes no list there
        if t.pos_ in ("NOUN", "PROPN", "NUM") and (t.dep_ == "conj" or items or after_comma):
            return True
        if t.head == t or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "xcomp", "pcomp"):
            return False  # the clause's own verb: X's phrase is an argument of the clause, no list item's
        t = t.head


def _joined(x: Token) -> bool:
    """X is joined to the noun before it by a bare "and"/"or" ("the roots and/or the stems"), so both are objects of
    one preposition.  After a comma (", as well as the population pyramid, a picture of ...") the parse may hang the
    outer list's next item on the last word of the item before: X is no object of that preposition, and its
    apposition stays a gloss (sociology dev chapter 20, right)."""
    i = x.left_edge.i - 1
    return i > x.sent.start and x.doc[i].dep_ == "cc" and x.doc[i].lower_ in ("and", "or", "and/or") and \
        x.doc[i - 1].text != ","


def judges_clause(y) -> bool:
    """An apposition headed by a remark noun ("a move away from ...", "a definite advantage for ...") after the verb
    judges the clause before it; one before the verb ("The pension, a benefit paid to ..., rose") can judge no clause
    yet and glosses its noun (review R22).  Asked here and by :mod:`definition_glosses` (each had a copy)."""
    return y.lemma_.lower() in words("terms.remark_heads") and y.i > y.sent.root.i


def names_the_gloss(y) -> bool:
    """A remark noun after "or" glosses X only under "the" ("intersectionality, or the belief that ..."): that is
    the one belief X names.  "as a gift, or a risk that will swell the debt" offers another reading of the clause's
    noun (review R2 of 59fafce, which took any noun after "or" for X's gloss).  Asked by :mod:`definition_glosses`
    too."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in y.children)
