"""Predicate surface forms of a frame: the verb as the book says it ("often leads to", "may change"), and a passive
turned active ("is not secreted by" -> "does not secrete").

Why a module of its own: how a predicate reads is independent of which arguments a frame finds (:mod:`frames`);
lemminflect gives the verb forms, so no inflection is hand-written.
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words
from proda.lexicon.inflect import inflect, third_person  # one inflection for the extractor and the items


def _negated(v: Token) -> bool:
    """"is not secreted"; also a "not" the parser hangs on the auxiliary ("that were not yet flushed": "not" under
    "were"), which lost the negation of a statement (session 36's sample: "any transactions | were flushed to |
    disk" for "... that were not yet flushed to disk")."""
    return any(c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in c.children))
               for c in v.children)


# a contraction's pieces as spaCy splits them ("don't" -> "do" "n't", "can’t" -> "ca" "n’t", "won't" -> "wo" "n't"),
# written out in a predicate: "do n’t exist in" read as no negation downstream and taught "exist in" as true (blind
# round 39, a curly apostrophe: the training item "... exist in Python. -- True" for "... don’t exist in Python")
_CONTRACTED_MODALS = {"ca": "can", "wo": "will", "sha": "shall"}


def spelled(t: Token) -> str:
    """The word ``t`` stands for in a predicate: "n't" / "n’t" -> "not", "ca" / "wo" / "sha" (a modal split off a
    contraction) -> "can" / "will" / "shall"; else its lower case (a proper noun as written)."""
    low = t.lower_.replace("’", "'")
    if low == "n't":
        return "not"
    if t.tag_ == "MD" and low in _CONTRACTED_MODALS:
        return _CONTRACTED_MODALS[low]
    return t.lower_ if t.pos_ != "PROPN" else t.text


def _leading(t: Token) -> bool:
    """``t`` is a verb of tendency ("tend") or of aim ("seek", "aim": lexical ``verbs.aims``) whose infinitive carries
    the claim, or a present passive of function ("Checksums are used to ensure the integrity of data": lexical
    ``verbs.passive_function``; round 37's missed facts), the passive form of session 38's "X uses Y to V"."""
    if t.pos_ == "VERB" and t.lemma_.lower() in words("verbs.tendency") | words("verbs.aims"):
        return True
    return passive_function(t)


def function_prep(v: Token, p: Token) -> bool:
    """``p`` is the "for / in / as" phrase of a present passive of function (:func:`passive_function`): "Checksums
    are used for error detection", "Copper is used in electrical wiring", "Aspirin is used as an anticoagulant" say
    what the subject serves for, where or as what.  Not with an infinitive on the verb ("is used in sociology to
    describe ...": the phrase is a setting, the infinitive the function)."""
    return p.lower_ in words("verbs.function_preps") and passive_function(v) and not any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in v.children)


def passive_function(t: Token) -> bool:
    """``t`` is "is / are used" (lexical ``verbs.passive_function``) in the present, with no other auxiliary: what
    the subject serves to do is its infinitive.  "were used to" tells a past event, "can be used to" a possibility."""
    if t.tag_ != "VBN" or t.lemma_.lower() not in words("verbs.passive_function"):
        return False
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")


def aim_of(v: Token) -> Token | None:
    """The verb of aim ("seeks to explain") whose infinitive ``v`` is, else None: its frame keeps the aim in the
    predicate's lemma too ("seek_to_explain"), as an item must not teach the aim as done."""
    t = tendency_of(v)
    return t if t is not None and t.lemma_.lower() in words("verbs.aims") else None


def aim_conjunct(v: Token) -> bool:
    """``v`` is a verb coordinated onto the infinitive of an aim past that infinitive's own object, with no "to" of its
    own: "Candidates aim to control the narrative and spend time and money" -- whether the aim reaches the second
    verb ("aim to spend") or the subject's own act ("spend") is the parser's guess, and either reading can be wrong
    ("Grand theories attempt to explain X and answer Y" do not answer Y): no frame.  Sharing one object is read
    ("sought to protect and increase their markets")."""
    if v.dep_ != "conj" or any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in v.children):
        return False
    w = v
    while w.dep_ == "conj" and w.head.i != w.i:
        w = w.head
    return w.dep_ == "xcomp" and w.head.pos_ == "VERB" and w.head.lemma_.lower() in words("verbs.aims") \
        and any(c.dep_ == "dobj" and c.i < v.i for c in w.children)


def tendency_of(v: Token) -> Token | None:
    """The "tend" (or verb of aim, :func:`_leading`) whose infinitive ``v`` is (or is coordinated into: "tend to cut X
    and decrease Y"), else None."""
    w = v
    while w.dep_ == "conj" and w.head.i != w.i:
        h = w.head
        if _leading(h) and v.tag_ in ("VB", "VBP") \
                and any(c.dep_ == "xcomp" and c.i < w.i for c in h.children) \
                and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in v.children):
            return h  # "tend to cut welfare expenses, spend less, and thus decrease the size": parsed onto "tend"
        w = h
    if w.dep_ == "xcomp" and _leading(w.head) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in w.children):
        return w.head
    return None


def particles(v: Token) -> list[Token]:
    """The particles of a phrasal verb: a "prt" child, or an adverb of place the parser hangs as advmod
    (lexical verbs.particle_adverbs: "were held together by", "kept apart", "pushed back") with nothing of its own
    under it ("out of the cell" is a phrase).  Without it the predicate says another thing: "X held the villages"
    for "the villages were held together by X" (audit round 13).  Not on a copula: "is a pair of centrioles
    together" (the pair's)."""
    return [c for c in v.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and v.pos_ == "VERB" and c.i > v.i and c.lower_ in words("verbs.particle_adverbs") and not any(c.children))]


def _shared_modals(v: Token) -> list[Token]:
    """The modals of the verb ``v`` is coordinated under, which ``v`` shares when it has no auxiliary or subject of
    its own ("may change or repeal"); not into a clause with its own subject ("The king cannot veto laws, and the
    parliament elects ..." gave "parliament | can elects": review of round 15)."""
    if _bare_conjunct(v):
        return [c for c in v.head.children if c.dep_ == "aux" and c.tag_ == "MD"]
    return []


def _bare_conjunct(v: Token) -> bool:
    """``v`` is a verb coordinated under another with no auxiliary or subject of its own: it shares the other's."""
    return v.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children)


def _shared_passive(v: Token) -> list[Token]:
    """The auxiliaries of the passive verb the participle ``v`` is coordinated under, with no auxiliary or subject
    of its own: "are dissolved and transported in water" gave "chemicals | transported in | water", read as an act
    of the chemicals (session 42's sweep).  For a predicate kept in the passive only; a passive turned active takes
    its own form (:func:`_active_surface`)."""
    if v.tag_ == "VBN" and _bare_conjunct(v) and any(c.dep_ == "auxpass" for c in v.head.children):
        aux = [c for c in v.head.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "MD"]
        return [] if any(c.tag_ == "VBG" for c in aux) else aux  # ("with X being kidnapped and shipped to":
        # an absolute phrase's participle, no predicate of its own to share)
    return []


def _next_to(v: Token, adv: Token) -> bool:
    """The adverb stands before the verb or right after it (past its particles): "can transition directly into" reads
    as a predicate, "binds the receptor directly" would put it before the object."""
    return adv.i < v.i or all(t.dep_ == "prt" or t in particles(v) for t in v.doc[v.i + 1:adv.i])


def _surface(v: Token, extra: list[str]) -> str:
    hedges = words("hedges.adverbs")  # "often leads to": a frequency adverb is part of the claim (hedges.py)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)
    # "may only rely on": with a modal, "only" turns a permission into a restriction (audit round 11)
    limiting = words("remainders.limiting")  # "dissolves only slightly in": a limited degree is part of the claim
    toks = [c for c in v.children if c.dep_ in ("aux", "auxpass", "neg") or c in particles(v)
            or (c.dep_ == "advmod" and (c.lower_ in hedges or c.lower_ in limiting
                                        or (c.lower_ in words("hedges.exclusive") and (modal or _next_to(v, c)))
                                        or (c.lower_ in words("hedges.route") and _next_to(v, c))
                                        or (c.lower_ in words("hedges.relational") and _before_preposition(v, c, extra))))] + [v]
    toks += [g for c in toks if c.lower_ in limiting for g in c.children if g.dep_ == "advmod"]  # "only slightly"
    toks += [g for c in toks if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ == "neg"]  # "were not"
    toks += _shared_modals(v) + _shared_passive(v)
    toks = [t for t in toks if t.lower_ != "to"]
    tend = tendency_of(v)
    if tend is not None:  # "tends to favor", "often tend to spend": the tendency is part of the claim
        # (its hedges before it: one the parser hung on it past the infinitive's object is another phrase's, "seek to
        # authorize their power in ...—most often in the form of a constitution" read "often seek often to authorize")
        lead = [c for c in tend.children if (c.dep_ == "advmod" and c.lower_ in hedges or c.dep_ in ("auxpass", "neg"))
                and c.i < tend.i] + [tend]  # ("are used to ensure": the passive's auxiliary, and a "not")
        return " ".join([spelled(t) for t in sorted(lead, key=lambda t: t.i)] + ["to"]
                        + [spelled(t) for t in sorted(toks, key=lambda t: t.i) if t.tag_ != "MD"] + extra)
    return " ".join([spelled(t) for t in sorted(toks, key=lambda t: t.i)]
                    + _limit_on_preposition(v, extra) + extra)


def _limit_on_preposition(v: Token, extra: list[str]) -> list[str]:
    """An exclusive word right before the verb's preposition, hung on it ("are intended only for special cases",
    "exists only in solution"): part of the predicate, as "only" before the verb is; dropped, the limit was lost
    (session 37, blind round 34)."""
    if not extra:
        return []
    kept = words("hedges.exclusive") | words("hedges.relational")  # "lies deep to": the relation, on the preposition
    return [g.lower_ for p in v.children if p.dep_ in ("prep", "agent") and p.lower_ == extra[0]
            for g in p.children if g.dep_ == "advmod" and g.i == p.i - 1 and g.lower_ in kept]


def _before_preposition(v: Token, c: Token, extra: list[str]) -> bool:
    """``c`` stands right before the verb's preposition ``extra[0]`` ("passes posterior to the dens")."""
    return bool(extra) and any(p.dep_ == "prep" and p.lower_ == extra[0] and p.i == c.i + 1 for p in v.children)


def _active_surface(v: Token, plural: bool, negated: bool, lemma: str, extra: list[str]) -> str:
    """The predicate of a passive turned active: "is not secreted by" -> "does not secrete"."""
    # "must be vetted and approved by the council": the second participle shares the first one's modal; without it
    # "the council approves all candidates" says every candidate is approved (audit round 19)
    modal = [spelled(c) for c in v.children if c.dep_ == "aux" and c.tag_ == "MD"] \
        or [spelled(c) for c in _shared_modals(v)]
    past = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in v.children)
    # "is indirectly stimulated by the hormone": the route stays with the verb, "the hormone indirectly stimulates"
    # (dropped, it taught a direct effect the book denies; [hedges] route)
    route = [c.lower_ for c in v.children if c.dep_ == "advmod" and c.lower_ in words("hedges.route") and _next_to(v, c)]
    if modal:
        words_ = [modal[0]] + (["not"] if negated else []) + route + [lemma]
    elif negated:
        words_ = ["did" if past else ("do" if plural else "does"), "not"] + route + [lemma]
    else:
        words_ = route + [inflect(lemma, "VBD") if past else third_person(lemma, plural)]
    return " ".join(words_ + extra)
