"""More arguments whose phrase goes on past them in the sentence, so that the triple says something else (session 24,
A: the shapes blind round 23 rejected that :mod:`argument_rests` did not catch on the book's own parse; invented
shapes in ``tests/test_argument_rests_more.py``).  Each check refuses the frame: the whole phrase is not one the
argument builder can take, and the shapes are rare enough that a refusal costs little.

* a bare noun read alone where it premodifies the head after "and" (:func:`premodifier_cut`): "ASEAN has both
  security and economic priorities" gave "ASEAN | has | security", "comprised of Na+ and C2O42− ions" gave "Na+",
  "development, humanitarian, or disaster aid is funneled ..." gave the subject "development";
* a "being" / "having" clause right after the argument that the parser hung on the verb or the preposition instead
  of the noun (:func:`being_after`): "determined by the probability of another electron [being between the electron
  and the nucleus]" gave "probability of another electron";
* a participle phrase right after the argument, on a noun inside it, left out (:func:`participle_left`): "the
  formulas for some ionic compounds [containing polyatomic ions] are not empirical formulas" is false of the others;
* an adjective right before the argument that the parser made its head ("shows [wavelike] behavior, which can be
  characterized by a frequency": "wavelike" an ``xcomp`` of "shows", "behavior" its object) gave "frequency | can
  characterize | behavior" (:func:`adjective_above`);
* a verb's tail phrase inside a parenthesis that opens after the object ("levied sanctions (e.g., in 2006 against
  Iran ...)" gave "sanctions in 2006"): the bracket holds an example, not the object's phrase (:func:`bracketed_tail`,
  called where ``frame_complements`` joins the tail; the frame is refused);
* a phrasal predicate that skips a phrase of its verb which is part of what the verb says (:func:`skipped_phrase`,
  called in ``claims.sentence_frames``): "blood drains [out of the head and neck] through the jugular veins" gave
  "blood | drains through | jugular veins", "soft tissues show up [as gray] on the plate" gave "show up on".
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words

_EDGE = ("cc", "conj", "punct", "preconj")


def _bare(t: Token) -> bool:
    """A singular noun (or an adjective the tagger put in a noun list) with nothing of its own but the list's marks."""
    return t.tag_ in ("NN", "NNP", "JJ") and not any(c.dep_ not in _EDGE for c in t.children)


def premodifier_cut(toks: set[Token], head: Token) -> bool:
    """The argument is a bare singular noun that ends where "and" / "or" goes on to premodifiers and their head
    ("security [and economic priorities]", "Na+ [and C2O42− ions]", "development, [humanitarian, or disaster aid]"):
    the bare words are premodifiers of that head, and the argument names only one of them.  Read so when the
    sentence says it, not when a plain list of things would read the same ("water and essential nutrients",
    "government and private actors", "water and other molecules" stay):

    * two members, the second a plural whose first premodifier is a noun ("Na+ and C2O42− ions") or the first
      member opened by "both" / "either" ("both security and economic priorities");
    * a longer list with a bare adjective among its members ("development, humanitarian, or disaster aid"): an
      adjective coordinated with nouns modifies what follows.
    A premodifier of ``rests.class_adjectives`` ("and other small molecules") names a class the argument belongs to."""
    doc = head.doc
    if max(t.i for t in toks) != head.i or head.pos_ not in ("NOUN", "PROPN", "ADJ") or not _bare(head):
        return False
    items, k = [], head.i + 1
    while k < len(doc) and not (doc[k].dep_ == "cc" and doc[k].lower_ in ("and", "or")):
        if doc[k].text != ",":
            if not _bare(doc[k]) or doc[k].dep_ not in ("conj", "compound", "amod", "nmod"):
                return False
            items.append(doc[k])
        k += 1
    if k + 1 >= len(doc):
        return False
    p = doc[k + 1]
    h = p.head
    if p.dep_ not in ("amod", "compound", "nmod") or h.i <= p.i or h.pos_ not in ("NOUN", "PROPN") \
            or any(doc[x].head != h or doc[x].dep_ not in ("amod", "compound", "nmod") for x in range(p.i, h.i)) \
            or p.lower_ in words("rests.class_adjectives"):
        return False
    if any(t.pos_ == "ADJ" or t.tag_ == "JJ" for t in [head, *items]):
        return True  # "development, humanitarian, or disaster aid"
    if items or h.tag_ not in ("NNS", "NNPS"):
        return False
    return p.dep_ == "compound" or p.tag_ in ("NN", "NNP") or any(c.dep_ == "preconj" for c in head.children)


def being_after(toks: set[Token]) -> bool:
    """The word right after the argument opens a "being" / "having" clause that the parser hung on the argument's verb
    or preposition ("the probability of another electron [being between ...]", "the chance of a nucleus [being in an
    excited state]"): the phrase names the event that clause states, the argument only the clause's subject."""
    last = max(t.i for t in toks)
    doc = next(iter(toks)).doc
    if last + 1 >= len(doc):
        return False
    g = doc[last + 1]
    if g.tag_ != "VBG" or g.lower_ not in ("being", "having") or g in toks or g.dep_ in ("aux", "auxpass"):
        return False  # ("Africans [being] kidnapped and shipped to ...": the argument's own passive)
    heads = set(toks)
    for t in toks:
        heads.update(t.ancestors)
    return g.head in heads


def participle_left(toks: set[Token]) -> bool:
    """A participle phrase right after the argument, with no comma, hung on a noun inside it and left out ("the
    formulas for some salts [containing metal ions]", "the rates of reactions [involving gases]"): it restricts that
    noun, and the argument without it says the claim of every such thing."""
    last = max(t.i for t in toks)
    for t in toks:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        for c in t.children:
            if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i == last + 1 and c not in toks:
                return True
    return False


def adjective_above(toks: set[Token], head: Token) -> bool:
    """The argument's head hangs on an adjective right before the argument, outside it ("shows [wavelike] behavior":
    "behavior" the object of "wavelike"): the adjective is the noun's own premodifier, and the argument without it
    names the bare kind."""
    a = head.head
    return a.i != head.i and a.pos_ == "ADJ" and a not in toks and a.i == min(t.i for t in toks) - 1


def bracketed_tail(doc, a: int, b: int) -> bool:
    """A bracket opens in doc[a:b], between the object and the verb's tail, and is not closed there: the tail is
    inside it ("sanctions [(e.g., in 2006] against Iran ...)")."""
    depth = 0
    for t in doc[a:b]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def skipped_phrase(v: Token, predicate: str) -> bool:
    """The phrasal predicate's preposition comes after another phrase of the verb, with no comma between, that is
    part of what the verb says rather than an adjunct of place, time or means ("drains [out of the head and neck]
    through the veins", "show up [as gray] on the plate", "pucker [in] with the movement", "originate [along the
    forearm and insert] into the hand"): a particle or a preposition without its own object ("out", "in"), an "as"
    phrase (what the thing is or shows as), or a phrase that holds a verb (the parser's splice of a second clause).
    An adjunct with its object ("drain [at the corner of the eye] into the canal", "travels [outside the body
    cavity] to the testes") is skipped as before."""
    words_ = predicate.lower().split()
    if len(words_) < 2:
        return False
    p = next((c for c in v.children if c.dep_ == "prep" and c.i > v.i and c.lower_ == words_[-1]), None)
    if p is None or any(t.text == "," for t in v.doc[v.i + 1:p.i]):
        return False  # (across a comma: narrative.far_preposition)
    for m in v.children:
        if not v.i < m.i < p.i or m.dep_ not in ("prep", "prt") or m.lower_ in words_:
            continue
        if m.dep_ == "prt" or m.lower_ == "as" or not any(c.dep_ in ("pobj", "pcomp") for c in m.children) \
                or any(t.pos_ in ("VERB", "AUX") for t in m.subtree if t.i != m.i):
            return True
    return False
