"""Scope a frame must not lose: hedges, partial negation, restricted domains, exceptions, headings.

Why (independent audit, round 3: a third of the rejected statements): "deviance does not ALWAYS align with
punishment" stored as "deviance does not align with punishment"; "in one view, a legislator is a delegate" taught
as a fact about all legislators; "a suture joins all bones of the skull except for the mandible" without the
exception; "No regulations are enforced" plus NOT read as a double negative; the heading "Suburbs Are Not All
White Picket Fences" read as a claim.  A frequency adverb ("often", "rarely") is part of the claim and stays in
the predicate (``verbs.hedges``, kept by :func:`proda.ingest.extract.predicates._surface`); the other cases cannot be
put into one subject-predicate-object without losing what the book says, so the frame is dropped.  General
English only (``patterns/lexical.toml`` section ``hedges``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.antecedents import _antecedent
from proda.ingest.extract.chain_events import negated
from proda.ingest.extract.conjuncts import first_conjunct
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.readable import named_finding, pointing_adverb
from proda.ingest.extract.scope import idiom_tail


def closed(sent: Span) -> bool:
    """The text ends on closing punctuation (a full stop, "!", "?", ":", ";", a closing quote or bracket): written
    as a sentence, not a title or a list's label.  Why public: :func:`heading_like` and
    ``misread_verbs.number_mismatch`` read the same ending."""
    return sent.text.rstrip()[-1:] in ".!?:;\"”)"


def heading_like(sent: Span) -> bool:
    """A title, not a sentence: no closing punctuation and its content words capitalised ("Political Behavior
    Is Human Behavior")."""
    if closed(sent):
        return False
    content = [t for t in sent if t.is_alpha and not t.is_stop]
    return len(content) >= 2 and sum(t.text[:1].isupper() for t in content) >= 0.7 * len(content) \
        and any(t.text[:1].isupper() for t in sent if t.is_stop and t.i > sent.start)


def _partial_negation(v: Token) -> bool:
    """"does not always", "is not necessarily", "not all X": only some cases are denied."""
    if not any(c.dep_ == "neg" for c in v.children):
        return False
    partial = words("hedges.partial")
    return any(c.lower_ in partial for c in v.children if c.dep_ in ("advmod", "det", "predet", "nsubj", "attr"))


def _restricted(v: Token, start: int, end: int) -> bool:
    """"in one view", "in some cases", "in many countries", "on rare occasions": the verb holds only in part of the
    world (a phrase of the frame itself, "respond to certain hormones", or an idiom, "on the other hand", restricts
    nothing)."""
    quant = words("hedges.quantifiers") | words("hedges.rare_cases")  # "in some cases", "on rare occasions"
    for p in v.children:
        if p.dep_ != "prep" or start <= p.i < end or idiom_tail(p) or p.lower_ in ("unlike", "like"):
            continue
        if any(c.dep_ == "advmod" and c.lower_ == "only" for c in p.children):
            return True  # "Only in high-conflict homes do children benefit from divorce"
        for o in p.children:
            if o.dep_ == "pobj" and any(c.dep_ in ("det", "nummod", "amod") and c.lower_ in quant for c in o.children):
                return True
    return False


def _excepted(sent: Span, start: int, end: int) -> bool:
    """An exception ("except for the mandible", "other than", "excluding") the frame's tokens leave out."""
    marks = words("hedges.exceptions")
    for t in sent:
        if t.lower_ in marks and not (start <= t.i < end):
            return True
    return any(t.lower_ == "other" and t.nbor(1).lower_ == "than" for t in sent if t.i + 1 < sent.end
               and not (start <= t.i < end))


def _hypothetical_above(v: Token) -> bool:
    """"It would be better for Portugal to focus on wine": a clause under a hypothetical is no fact either."""
    modals = words("verbs.hypothetical_modals")
    return any(c.dep_ == "aux" and c.lower_ in modals for a in v.ancestors for c in a.children)


def _split_pair(v: Token) -> bool:
    """"differentiates realism and neorealism": a verb relating its coordinated objects to each other cannot be
    split into one claim per object."""
    if v.lemma_.lower() not in words("hedges.symmetric"):
        return False
    objs = [c for c in v.children if c.dep_ in ("dobj", "attr")] + \
        [o for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(any(c.dep_ == "conj" for c in o.children) for o in objs)


def _timed_by_as(v: Token) -> bool:
    """"Divers must release air from the lungs as the diver rises", "pumps blood faster as the body warms": an "as"
    clause right after the main clause (no comma before "as") says when or in step with what the claim holds; the
    frame without it states the act at all times (round 13, item 5).  Set off by a comma ("releases renin, as blood
    pressure falls") "as" gives a reason, and the main claim stands; so does it beside "just as ... do" (a
    comparison) and "even as" (a concession).  The clause of ``v`` or of the verb it is conjoined to counts."""
    w = first_conjunct(v)
    for u in {v, w}:
        for c in u.children:
            if c.dep_ != "advcl" or c.i < u.i or not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
                continue
            m = next((x for x in c.children if x.dep_ == "mark" and x.lower_ == "as" and x.i < c.i), None)
            if m is None or m.i == 0 or m.doc[m.i - 1].text in (",", ";", "(", "—", "–") or c.lemma_ == "do" \
                    or (m.doc[m.i - 1].pos_ == "ADV" and m.doc[m.i - 1].head in (c, m)):
                continue  # "just as macrophages do", "even as Ca++ is removed": a comparison or concession
            return True
    return False


def _about_the_case(v: Token) -> bool:
    """"Since this is an elementary reaction, its rate law may be derived from ...": a reason clause about "this"
    makes the main clause true of the case at hand, not in general."""
    for w in [v, *v.ancestors]:
        for c in w.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("since", "because", "as") for m in c.children) \
                    and any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("this", "these", "that", "it", "they")
                            for x in c.children):
                return True
    return False


def _placed(v: Token) -> bool:
    """"the Egalia preschool in Sweden, where children develop in a genderless environment": a clause opened by
    "where"/"when" on a noun is true of that place or time only, and so is a verb coordinated into it ("where no
    regulations exist (or are enforced)")."""
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ not in ("relcl", "acl"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("where", "when", "whereby") and c.i < v.i for c in v.children):
        return True
    # "a fixed, or pegged, exchange rate, in which a currency's value is fixed": "in which" on a kind (no definite
    # article, no name) says what holds within that kind only; "the process of ossification, in which ..." is one
    ante = _antecedent(v.head) or v.head
    return any(c.dep_ == "prep" and c.i < v.i and any(o.lower_ == "which" for o in c.children) for c in v.children) \
        and ante.pos_ != "PROPN" and not any(c.dep_ == "det" and c.lower_ == "the" for c in ante.children)


def _relative_to_someone(v: Token, end: int) -> bool:
    """"a clean environment is a social value [to them]": the claim is relative to a person the sentence does not
    name; "pulled billions of people [out of poverty]": a direction after the object is the claim."""
    heads = [v] + [c for c in v.children if c.dep_ in ("attr", "dobj", "acomp")]
    for h in heads:
        for p in h.children:
            if p.dep_ != "prep" or p.i < end - 1:
                continue
            if p.lower_ in ("out", "away", "toward", "towards") and h.i == v.i:
                return True
            if any(o.dep_ == "pobj" and o.pos_ == "PRON" and o.lower_ not in ("itself", "themselves") for o in p.children):
                return True
    return False


def keeps_scope(fr, sent: Span) -> bool:
    """Whether frame ``fr`` of ``sent`` can stand alone without losing the sentence's scope."""
    v = sent.doc[fr.verb]
    if _partial_negation(v) or _restricted(v, fr.start, fr.end) or _excepted(sent, fr.start, fr.end) \
            or _hypothetical_above(v) or _split_pair(v) or _about_the_case(v) or _placed(v) \
            or _relative_to_someone(v, fr.end) or pointing_adverb(v) or named_finding(v) or _timed_by_as(v):
        return False
    if _partial_phrase(v) or (not fr.negated and _negation_left(v)):
        return False
    if fr.subject.lower().startswith("no ") and any(c.dep_ == "neg" for c in v.children):
        return False  # "no regulations are not enforced": a double negative no one meant
    if _hedge_left_out(v, fr.predicate, "hedges.nominal"):
        return False  # "Thailand is technically a constitutional monarchy": true in name only (round 5)
    if _hedge_left_out(v, fr.predicate, "hedges.adverbs"):
        return False  # "Quality is partially indicated by access": a passive read as "access | indicate" lost the hedge
    if modal_perfect(v):
        return False  # "the design of the family may have changed": a guess about the past, not the book's fact
    if _hedge_left_out(v, fr.predicate, "hedges.epistemic"):
        return False  # "The rule is perhaps the best way to ...": a guess stated as a fact without it (s25-N)
    if any(c.dep_ == "advmod" and c.lower_ in words("hedges.verdict") for c in v.children) \
            and v.lemma_.lower() in words("hedges.verdict_frames") | {"be"}:
        return False  # "The topic is rightly a concern", "is wrongly called ...": the writer's verdict (s25-P); not
        # on an event, which took place ("The court rightly rejected the appeal": code review 2)
    return not _hedge_elsewhere(v, fr.predicate) and not _specificational(v, fr.subject)


def modal_perfect(v: Token) -> bool:
    """A modal before perfect "have" on ``v`` (or the verb it is conjoined to): "may have ended", "might have been
    formed", "must have crossed", "would have failed".  English says with it what possibly, surely-by-inference or
    counterfactually happened, never what did (session 31's fresh sample: "design of family | may have changed in |
    recent years", a fragment; two such statements in the 92 development chapters).  Not "will have": a timeline
    told ahead ("By the twelfth week, a primary ossification center will have appeared ...") states what happens."""
    w = first_conjunct(v, stop_at_own_subject=True)
    aux = sorted((c for c in w.children if c.dep_ == "aux"), key=lambda c: c.i)
    return w.tag_ == "VBN" and any(a.tag_ == "MD" and a.lower_ not in ("will", "shall", "'ll") and b.lemma_.lower()
                                   == "have" and b.i == a.i + 1 + (
        w.doc[a.i + 1].dep_ == "neg") for a, b in zip(aux, aux[1:]))


def _hedge_left_out(v: Token, predicate: str, key: str) -> bool:
    """Whether verb ``v`` has an adverb of the word list ``key`` (``hedges.nominal``, ``hedges.adverbs``,
    ``hedges.epistemic``) that the frame's ``predicate`` does not carry: one check for the three lists, which kept
    a copy each."""
    return any(c.dep_ == "advmod" and c.lower_ in words(key) and c.lower_ not in predicate.lower().split()
               for c in v.children)


def _negation_left(v: Token) -> bool:
    """"The council cannot raise or lower the tax": a verb joined to a negated one, with no auxiliary or subject of
    its own, shares the negation ("can lower" was stored, the opposite of the book).  Not after "but"/"yet"/"instead"
    ("does not divide but dies": the second verb is affirmed).  The negation is the one chains read
    (:func:`chain_events.negated`): "never", and "no longer" / "no more", whose "no" the parser hangs on the adverb
    ("the ovaries no longer produce estrogen or release eggs" gave "ovaries | release | eggs"; review of round 15)."""
    if v.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass", "neg", "nsubj", "nsubjpass") for c in v.children):
        return False
    h = v.head
    cc = [c.lower_ for c in h.children if c.dep_ in ("cc", "preconj") and h.i < c.i < v.i]
    return negated(h) and not set(cc) & {"but", "yet", "instead"}


def _partial_phrase(v: Token) -> bool:
    """"are made up, at least in part, by proteins": a phrase saying the claim holds only partly, which the parse
    hangs on the verb as an idiom ("in part"); the frame would state it whole (audit round 11)."""
    phrases = words("hedges.partial_phrases") | words("hedges.frequency_phrases")
    for p in v.children:
        if p.dep_ == "prep":  # (no argument is such a phrase: "in part" is an idiom, never a phrasal object)
            text = " ".join(t.lower_ for t in p.subtree if not t.is_punct)
            if text in phrases or text.removeprefix("at least ") in phrases:
                return True  # (and "At times, the president vetoes bills": sometimes, not always; review R12 #7)
    return False


def illustration(sent: Span) -> bool:
    """"Think of it this way: constitutions are the foundations of the house, while ...": a sentence opened by an
    imperative before a colon frames an analogy or an exercise, not a fact (audit round 11)."""
    first = sent[0]
    return first.tag_ == "VB" and first.dep_ in ("ROOT", "ccomp", "advcl") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in first.children) \
        and any(t.text == ":" and t.i > first.i for t in sent)


def _hedge_elsewhere(v: Token, predicate: str) -> bool:
    """A hedge or degree the predicate does not carry, hung where the check above does not look: on the auxiliary
    ("are often conditionally based on"), on the verb's preposition ("consists mainly of water"), or a comparative
    degree ("are more greatly affected by"): without it the tendency reads as a universal claim (audit round 6).
    (A limiting adverb on the verb is no such hedge: "may be derived directly from", "are all types of", "depends
    only on" were judged right.)"""
    kept = predicate.lower().split()
    for h in [v] + [c for c in v.children if c.dep_ in ("aux", "auxpass", "prep", "agent")]:
        for a in h.children:
            if a.dep_ != "advmod" or a.lower_ in kept:
                continue
            if h.i != v.i and a.lower_ in words("hedges.adverbs"):
                return True
            if any(d.dep_ == "advmod" and d.tag_ in ("RBR", "JJR") for d in a.children):
                return True  # "more greatly": the claim is a comparison
    return False


def _specificational(v: Token, subject: str) -> bool:
    """"A traditional approach to describing the relationship is the iron triangle", "An alternative concept is
    issue networks": an indefinite subject identified with a definite or bare plural complement says which thing
    fills a role the paragraph set up, so "traditional approach | is | iron triangle" teaches nothing (round 5);
    "A recall is a type of direct democracy" (indefinite on both sides) is a class claim and stays, and so do a
    definition ("A tendon is the dense connective tissue structure that ...": no adjective on the subject) and a
    subject kept whole ("A common experimental approach to the determination of rate laws is the method of ...")."""
    if v.lemma_.lower() != "be":
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in v.children if c.dep_ == "attr"), None)
    if subj is None or attr is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children):
        return False
    if not any(c.dep_ == "amod" for c in subj.children):
        return False
    dets = [c.lower_ for c in attr.children if c.dep_ in ("det", "poss")]
    if not dets and attr.tag_ in ("NNS", "NNP", "NNPS"):
        return True  # "An alternative concept is issue networks"
    cut = any(c.dep_ == "prep" and c.i > subj.i and c.lower_ not in subject.lower().split() for c in subj.children)
    return "the" in dets and cut


def restriction_dropped(v: Token, fr, limit: str) -> bool:
    """A negated frame ``fr`` of verb ``v`` whose verb has a prepositional argument the frame does not carry (in
    its subject, its object or the fronted scope ``limit``, :func:`proda.ingest.extract.scope_limits.fronted_scope`).

    Why (read-back, session 11): "For much of its history, the country did not grant the vote to women" stored as
    "country | did not grant | vote" denies what the country did grant.  Under a negation a restriction left out
    (a "to"/"from"/"in"/"during" argument, a fronted "until the reform") broadens the claim into a falsehood; a
    positive frame without it stays true, so only negated frames are refused.  A preposition of the predicate
    ("lead_to"), of a comparison ("unlike plants"), of a holder ("according to") or of a discourse phrase ("for
    example") restricts nothing.
    """
    if not fr.negated:
        return False
    said = f"{fr.subject} {limit} | {fr.predicate} | {fr.object}".lower()
    for c in v.children:
        if c.dep_ not in ("prep", "dative") or c.lower_ in fr.predicate_lemma.split("_") \
                or c.lower_ in words("hedges.unrestricting_preps"):
            continue
        sub = list(c.subtree)
        if " ".join(t.lower_ for t in sub) in words("hedges.discourse_phrases"):
            continue  # "For example, an X does not ...": a discourse phrase
        if len(sub) < 2 or v.doc[sub[0].i: sub[-1].i + 1].text.lower() in said \
                or (c.i > v.i and fr.start <= sub[0].i and sub[-1].i < fr.end):
            continue  # carried by the subject, the object or the fronted scope
        return True
    return _object_restriction_dropped(v, fr, said)


def _object_restriction_dropped(v: Token, fr, said: str) -> bool:
    """The negated frame's object noun has a restrictive modifier in the parse (a prep phrase "from the villages",
    a relative clause "who lack ...", a participle "living in ...", an adjective) that its object text left out.

    Why (read-back, session 11, follow-up of the verb's restriction): "The old academy did not admit pupils from the
    villages" stored as "academy | did not admit | pupils" denies that it admitted any pupil at all."""
    nouns = [c for c in v.children if c.dep_ in ("dobj", "attr", "oprd")]
    nouns += [t for c in v.children if c.dep_ == "prep" and c.lower_ in fr.predicate_lemma.split("_")
              for t in c.children if t.dep_ == "pobj"]
    kept = said.replace("|", " ").split()  # the object text drops articles: "thought of individual"
    for n in nouns:
        if n.lower_ not in fr.object.lower().split():
            continue
        for c in n.children:
            if c.dep_ not in ("prep", "relcl", "acl", "amod") or c.lower_ in words("hedges.unrestricting_preps"):
                continue
            if any(t.lower_ not in kept for t in c.subtree if t.dep_ not in ("det", "poss", "punct")):
                return True
    return False
