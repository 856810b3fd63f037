"""A coordinated list that a proportion or a collective predicate takes as one is not split into one claim each.

Why (independent audit round 16, anatomy; round 15, astronomy): "Most water is recovered in the PCT, loop of Henle,
and DCT" was stored "most water | is_recovered_in | loop of Henle" -- false alone: "most" is measured over the whole
list, not over each place; "Some aberrations are common for both lenses and mirrors" was stored "... |
are_common_for | mirrors", which reads "frequent in mirrors" where the book says "shared by both".  A list is taken
as one when

* the clause's subject is a share of a mass ("most water", "the majority/bulk/half of the sodium", "80 percent of
  the budget": lexical shared_lists.proportion_heads; not of individuals, "most cells", each of which holds the
  claim) and the list is the verb's object or agent;
* the list is the object of a preposition that joins its members ("between A and B": collective_preps) or of an
  adjective of joint holding ("common to/for A and B", "mutual": collective_adjectives);
* the verb is one of joint holding ("shared by A and B", "A and B share X": collective_verbs) and the list is its
  agent or subject;
* an adverb makes the list act as one ("A and B together remove X", "signed jointly by A and B",
  "A and B combined": collective_adverbs, subject_adverbs).

Then :func:`frame_args._split` reads the list whole (:func:`coordinations.joined_object`, an object) or gives no
argument (a subject or an agent), as for any coordination that cannot be split.  A plain list ("The skull protects
the brain and the eyes") still gives one claim per conjunct.
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words


def _subject(v: Token) -> Token | None:
    """The subject of verb ``v``, or of the verb it is coordinated under ("is filtered and then recovered in")."""
    while True:
        s = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if s is not None or v.dep_ != "conj" or v.head == v:
            return s
        v = v.head


def _proportion(s: Token | None) -> bool:
    """"most water", "the majority of hypothalamic output", "half of the glucose", "eighty percent of the budget": a
    subject that names a share of a mass by its size.  A share of individuals ("most cells", "the majority of people")
    is left: each of them holds the claim, so "Most cells contain a nucleus and a membrane" says each is in most
    cells, while a share of a mass is divided among the list ("most water is recovered in A, B, and C").  Not "the
    most common cells" ("most" grades the adjective)."""
    if s is None:
        return False
    if s.lower_ in words("shared_lists.proportion_heads"):
        of = next((c for c in s.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return whole is not None and _mass(whole)
    return _mass(s) and any(c.lower_ == "most" and c.dep_ in ("amod", "det", "advmod", "nummod") and c.i < s.i
                            and not any(d.dep_ == "det" for d in s.children if d.i < c.i) for c in s.children)


def _mass(t: Token) -> bool:
    """A singular common noun ("water", "output", "the budget"): a mass or a whole, not a set of individuals."""
    return t.tag_ == "NN" and not t.conjuncts


def _acts_as_one(v: Token, members: list[Token], subject: bool) -> bool:
    """A collective adverb ("jointly", "combined") on the verb or on a member of the list; "together" on a member
    or, for a subject list, on the verb ("A and B together remove X"; not "are held together by A and B")."""
    every, own = words("shared_lists.collective_adverbs"), words("shared_lists.subject_adverbs")
    both = every | own
    return any(c.lower_ in both and c.dep_ in ("advmod", "npadvmod", "amod", "acl", "acomp", "conj")
               and (t.i != v.i or c.lower_ in every or subject) for t in [v, *members] for c in t.children)


def shared_over_list(h: Token) -> bool:
    """The coordination headed by ``h`` is taken as one by its clause: splitting it would change the claim."""
    members = [h, *h.conjuncts]
    if len(members) < 2:
        return False
    if _one_and_the_other(members):
        return True
    if h.dep_ == "pobj" and h.head.dep_ in ("prep", "agent"):
        prep, host = h.head, h.head.head
        if prep.lower_ in words("shared_lists.collective_preps"):
            return True  # "between A and B"
        if host.pos_ == "ADJ" and host.lemma_.lower() in words("shared_lists.collective_adjectives"):
            return True  # "common to A and B"
        v = host.head if host.pos_ == "ADJ" and host.dep_ in ("acomp", "amod", "oprd") else host
        if prep.dep_ == "agent" and v.lemma_.lower() in words("shared_lists.collective_verbs"):
            return True  # "shared by A and B"
    elif h.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        v = h.head
        if h.dep_ == "nsubj" and v.lemma_.lower() in words("shared_lists.collective_verbs"):
            return True  # "A and B share X"
    else:
        return False
    if v.pos_ not in ("VERB", "AUX"):
        return False
    if _acts_as_one(v, members, h.dep_ == "nsubj"):
        return True
    return h.dep_ not in ("nsubj", "nsubjpass") and _proportion(_subject(v))


def _one_and_the_other(members: list[Token]) -> bool:
    """"characterized by a partial positive charge on one atom and a partial negative charge on the other": the
    members say where each is by "one ... the other", a pair; split, "a partial negative charge on the other" names
    nothing (session 46's chemistry sample: "partial negative charge | characterize | polar covalent bond")."""
    ones = [m for m in members if any(t.lower_ == "one" for t in m.subtree)]
    others = [m for m in members if any(t.lower_ == "other" and any(d.lower_ == "the" for d in t.children)
                                        or t.lower_ == "other" and t.i > 0 and t.doc[t.i - 1].lower_ == "the"
                                        for t in m.subtree)]
    return bool(ones) and bool(others) and set(ones) != set(others)
