"""Subordinate clauses that give no frame: a clause opened by a subordinator of condition, time, concession or
question ("if", "when", "although", "whether"), and a main clause restricted by a condition ("When X, Y"; "as long
as X"; "provided that X") or whose change is tied to an "as"-clause of change ("As X gets bigger, Y needs more time":
a proportion, :func:`_proportional`).

Why a module of its own: :func:`frames.frames` asks these of every verb before it reads any argument, and they
look only at the clause's subordinators, never at the frame's subject or object; kept apart, frames.py keeps to
reading the arguments (it had grown past 400 lines).
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.lexicon import family_of

# subordinators whose clause gives no frame of its own (a condition, a time, a concession, a question)
SKIP_MARKS = {"if", "unless", "whether", "although", "though", "whereas", "when", "whenever", "wherever", "as", "once",
               "until", "before", "after"}
# subordinators of a condition or time: a main clause under such a clause holds only under it ("When X, Y"),
# so neither clause is a fact on its own and both are dropped
_CONDITION_MARKS = {"if", "unless", "when", "whenever", "wherever", "once", "until",
                    "with", "without"}  # the absolute "With the parameter set to zero, the surface passes ..." (s36)
# words before "where" that make its clause a condition ("only where", "except where")
_LIMITED_WHERE = ("only", "except", "even")


def _marked(clause: Token) -> bool:
    """A clause opened by a condition/time subordinator (the parser labels "when" mark or advmod)."""
    return any(m.dep_ in ("mark", "advmod") and m.lower_ in _CONDITION_MARKS and m.i < clause.i for m in clause.children) \
        or _where_condition(clause)


def _where_condition(clause: Token) -> bool:
    """An adverbial "where" clause that is a condition, not a place: limited ("contains zero bytes only where they
    represent the null character", blind round 39: "bytes | represent | null character" stored as a fact; "except
    where"), or fronted before a main clause that holds under it with a modal ("Where there is broad public
    support, regimes may ... reauthorize states of emergency", "Where the government recognizes the right ..., it
    will seek ...").  A "where" of place presupposes its clause and stays: "fingerprints form where the cells of
    the stratum basale meet the papillae", "Where the axon emerges from the cell body, there is ...", "A fibrous
    joint is where the adjacent bones are united by ...", a formula's "where ΔH is the enthalpy of ..." (the
    development sweep: nine right units lost to a first version that read every "where" as a condition)."""
    if clause.dep_ != "advcl":
        return False
    where = next((m for m in clause.children if m.dep_ == "advmod" and m.lower_ == "where" and m.i < clause.i), None)
    if where is None:
        return False
    if any(g.lower_ in _LIMITED_WHERE for g in where.children) or (
            where.i > 0 and clause.doc[where.i - 1].lower_ in _LIMITED_WHERE):
        return True
    head = clause.head
    return clause.i < head.i and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def conditional(v: Token) -> bool:
    """Whether clause ``v`` is itself under "if/when/unless ...", or is restricted by such a clause (its own or
    that of the clause it is conjoined to): "Gout occurs when the body makes ...", "When X, Y is secreted"."""
    chain = [v]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    for w in chain:
        if w.dep_ == "advcl" and _marked(w):
            return True
        if any(c.dep_ == "advcl" and _marked(c) or _proportional(w, c) or condition_phrase(c) for c in w.children):
            return True
    return fronted_condition(chain[-1])


def fronted_condition(v: Token) -> bool:
    """A main clause ``v`` (the root) after an "if" / "unless" clause the parser hung elsewhere: "For example, if you
    load a capture file with nanosecond resolution and store ... Wireshark obviously must reduce the precision"
    (round 37, judged wrong: the condition dropped) had "if ... load" under "For example" as a preposition.  Read
    on the words: the subordinator's clause ends before the main verb's subject, so the main clause is its
    consequence."""
    if v.dep_ != "ROOT":
        return False
    edge = min([c.left_edge.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")] + [v.i])
    for m in v.sent:
        if m.i >= edge:
            break
        if m.dep_ == "mark" and m.lower_ in ("if", "unless") and m.head.i != v.i and m.head.dep_ != "advcl" \
                and max(t.i for t in m.head.subtree) < edge:
            return True
    return False


def condition_phrase(c: Token) -> bool:
    """A condition the parser hangs on the verb by a word other than a subordinator: "(so / as) long as X" ("long"
    an adverb over the clause), "provided (that) X", "providing X" (a preposition over it).  "As long as the paint
    remains intact, the iron is protected from corrosion" holds only while it does (audit round 8)."""
    under = [g for g in c.children if g.dep_ in ("advcl", "ccomp", "pcomp")]
    if c.dep_ == "advmod" and c.lower_ == "long":
        return any(any(m.dep_ == "mark" and m.lower_ == "as" for m in g.children) for g in under)
    return c.dep_ in ("prep", "advcl") and c.lower_ in ("provided", "providing") and bool(under)


# a change of amount: a word of the increase/decrease families (proda/lexicon/families.toml) or a comparative
_CHANGE_FAMILIES = ("increase", "decrease")
_COMPARATIVE_WORDS = ("more", "less", "fewer")
# the dependencies that open a clause of its own: what is said inside it is not the main clause's change
_CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "csubj")


def _changed(t: Token) -> bool:
    return family_of(t.lemma_.lower()) in _CHANGE_FAMILIES


def _comparative(t: Token) -> bool:
    return t.tag_ in ("JJR", "RBR") or t.lower_ in _COMPARATIVE_WORDS


def _own_words(w: Token):
    """The words of clause ``w`` outside the clauses it holds (a relative clause, an infinitive, a conjunct)."""
    yield w
    for c in w.children:
        if c.dep_ not in _CLAUSE_DEPS:
            yield from c.subtree


# the verbs of a change of state that a comparative completes ("gets longer", "becomes more crowded", "grows warmer")
_BECOMING = ("get", "become", "grow", "turn")
# comparatives of time, which place a clause ("As we learned earlier") and change nothing in it
_TIME_COMPARATIVES = ("early", "late", "soon")


def _clause_changes(c: Token) -> bool:
    """The "as"-clause ``c`` itself changes: its own verb is of the change families ("As the load rises"), or carries
    a comparative complement ("As the pipe gets longer", "As you go higher"; after a verb of becoming, the word right
    after it, which the parser may hang elsewhere, "grew more crowded"), or its object an amount ("imports more
    goods"); or the clause ends, before its comma, on a word of the change families the parser read as a noun ("As
    forces acting on a joint increase,").  A comparative elsewhere in the clause is no change of it: an adverb of
    time ("As we learned earlier", "later"), an adjective on a noun ("As more recent studies show") -- such a clause
    points to what was said, and the main clause holds alone (code review, session 25)."""
    if _changed(c):
        return True
    if c.lemma_.lower() in _BECOMING:
        nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
        if nxt is not None and _comparative(nxt):
            return True
    if any(_comparative(t) and t.lemma_.lower() not in _TIME_COMPARATIVES for t in c.children
           if t.i > c.i and t.dep_ in ("acomp", "advmod", "npadvmod", "attr", "oprd")):
        return True  # "As you go higher", "As the pipe gets longer"; not "As we learned earlier"
    if any(a.lower_ in _COMPARATIVE_WORDS and a.dep_ in ("amod", "det") for o in c.children if o.dep_ == "dobj"
           for a in o.children):
        return True  # an amount of its object: "As the country imports more goods"
    last = c.right_edge
    return _changed(last) and last.i + 1 < len(last.doc) and last.doc[last.i + 1].text == ","


def _as_clause(w: Token, c: Token) -> bool:
    """Child ``c`` of ``w`` is an "as"-clause of change: a clause opened by "as", with a subject, whose own verb
    states a change (:func:`_clause_changes`; "As will be explained in more detail later" has neither a subject nor
    a change: it points to a page); or a fronted "as" the parser took for a preposition because it read the clause's
    verb as a plural noun ("As the load increases," with "increases" an NNS): the phrase then ends, before its comma,
    on a word of the change families in a verb's third-person form."""
    if c.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ == "as" and m.i < c.i for m in c.children) \
            and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.subtree) \
            and _clause_changes(c)
    if c.dep_ != "prep" or c.lower_ != "as" or c.i > w.i:
        return False
    last = c.right_edge
    return last.tag_ in ("NNS", "VBZ") and family_of(last.lemma_.lower()) in _CHANGE_FAMILIES \
        and last.i + 1 < len(last.doc) and last.doc[last.i + 1].text == ","


def _proportional(w: Token, c: Token) -> bool:
    """A proportion: clause ``w`` changes as its "as"-clause ``c`` changes (:func:`_as_clause`: "As the ratio gets
    bigger, the device needs more time"; "As the load increases, the muscle produces more force").  The main
    clause's change is tied to the other's, so stated alone ("the device needs more time") it overclaims (issue 11,
    s25-N).  The main clause's change must be its own: its verb of the change families, or a comparative outside the
    clauses it holds ("increased levels lead to ..." has neither: a participle names a state, no proportion).  A
    main clause that states no change ("As levels rise, the gland releases the hormone") stays: it holds alone.
    (An "as"-clause after the main clause, with no comma, is :func:`hedges._timed_by_as`'s.)"""
    return _as_clause(w, c) and (_changed(w) or any(_comparative(t) for t in _own_words(w)))
