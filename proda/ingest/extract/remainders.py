"""What carries a frame's meaning but lies outside it: the rest of its object, a limiting adverb, an alternative.

Why a module of its own: audit round 10 (160 statements on chapters nobody developed on) rejected statements whose
arguments the parse had cut right before the words that say what they mean, in constructions no earlier check saw:

* an infinitive or clause the object's noun needs: "a measure of the tendency of an atom [to attract electrons]",
  "retains the right to determine[, via its courts, whether ...]" (a purpose after a prepositional object, "relies
  on X [to keep Y in line]", is not checked: the judges accepted "Society relies on schools" 5 times to 2);
* an object cut before a possessive: "identifies Western society['s rigid splitting of gender]";
* an object's owner named by a pronoun that points at another clause's subject: "members work in the background,
  but events may heighten [their] visibility";
* a post-posed adjective phrase: "consist of tiny clumps [large enough to scatter light]";
* an object that only repeats the subject's noun: "water molecules repel molecules [with nonpolar bonds]";
* a manner or relative phrase carrying the point: "has reacted to X [in a way that is markedly different from
  ...]", "have grown in power [in relationship to their ministers]";
* a limiting adverb the predicate does not carry ("is deepened slightly by" turned active); on an active verb it
  stays in the predicate ("dissolves only slightly in", :mod:`predicates`);
* "must A or B": "must add air or risk a descent" is no "must risk a descent";
* a subordinate clause that swallowed the main clause's subject: "Since X is a weak acid, [aqueous solutions ...]
  are basic" read as "X is a weak acid, aqueous solutions";
* a ", which" clause on what a verb lowers: "suppress the release of X, which prevents Y" (the suppression does);
* a subject's relative clause with a reporting verb, whose real verb the parse took for the main one: "statutes
  that the court determines violate the laws" read as "power ... | violate";
* (audit round 11) a bare plural object whose examples are acts: "supports policies [such as expanding health
  care ...]" is "supports policies", true of every party; an object cut before an indirect question it is about:
  "imposes very strict regulations [on how elections are run]".

Each check reads the parse and general English words (``patterns/lexical.toml`` [remainders]); when one fires the
frame is dropped (precision first: a wrong fact taught is worse than none).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from proda.ingest.extract.lexdata import words
from proda.lexicon import polarity_of
from proda.ingest.extract.owners import owner_unclear
from proda.ingest.extract.pronoun_args import pronoun_left
from proda.ingest.extract.terms import zipf
from proda.ingest.extract.vacuous import hollow_object

_NOUNS = ("NOUN", "PROPN")


def _infinitive(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _after_verb(sent: Span, fr) -> list[Token]:
    """The frame's tokens after its verb: the object of an active frame (a passive's agent too)."""
    return [t for t in sent.doc[fr.verb + 1:fr.end]]


def infinitive_left_out(sent: Span, fr) -> bool:
    """A noun of the object whose infinitive or adjective phrase lies outside the frame ("the tendency of an atom
    [to attract electrons]", "tiny clumps [large enough to ...]"), or an object that ends on an infinitive whose own
    complement the parse hung elsewhere ("the right to determine[, via ..., whether ...]")."""
    toks = _after_verb(sent, fr)
    said = set(re.findall(r"\w+", fr.object.lower()))  # the object may run past ``fr.end`` (a clause read whole)
    for t in toks:
        if t.pos_ not in _NOUNS:
            continue
        for c in t.children:
            if c.i >= fr.end and c.lower_ not in said and c.dep_ in ("acl", "relcl") and _infinitive(c):
                return True
            if c.i >= fr.end and c.lower_ not in said and c.dep_ == "amod" and c.i > t.i:  # a post-posed adjective
                return True
    nxt = sent.doc[fr.end] if fr.end < sent.end else None
    if nxt is not None and nxt.pos_ == "ADJ" and nxt.dep_ in ("advcl", "amod") and not sent.doc[fr.end - 1].is_punct \
            and nxt.lower_ not in said and any(c.dep_ in ("advmod", "xcomp") for c in nxt.children):
        return True  # "consist of tiny clumps [large enough to ...]": parsed onto the verb
    last = next((t for t in reversed(toks) if not t.is_punct), None)
    if last is not None and _infinitive(last) and last.dep_ in ("acl", "relcl") \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "prt", "advcl") for c in last.children):
        return True  # "retains the right to determine": what is determined is lost
    return False


def possessive_cut(sent: Span, fr) -> bool:
    """"identifies Western society['s rigid splitting]": the frame ends right before a possessive marker, so its last
    noun is the owner, not the thing meant."""
    doc = sent.doc
    marks = words("remainders.possessive")
    last = fr.object.split()[-1] if fr.object.split() else ""
    # the object may run past ``fr.end`` (a relative clause read whole): its last word in the sentence is what counts
    flat = fr.object.replace(" ", "")
    t = next((t for t in doc[max(fr.verb + 1, fr.end - 1):sent.end] if t.text == last), None)  # its first one there
    return t is not None and t.i + 1 < sent.end and (doc[t.i + 1].tag_ == "POS" or doc[t.i + 1].lower_ in marks) \
        and t.text + doc[t.i + 1].text not in flat


def owner_elsewhere(sent: Span, fr) -> bool:
    """"cabinet members work in the background, but political events may heighten their visibility": a possessive
    pronoun in the object whose owner may be another clause's subject earlier in the sentence; the stored object
    ("visibility") has lost its owner."""
    v = sent.doc[fr.verb]
    owners = words("remainders.possessive_pronouns")
    if v.dep_ != "conj" or fr.rule == "passive" or not any(c.dep_ == "nsubj" for c in v.children) \
            or not any(t.dep_ == "poss" and t.lower_ in owners for t in _after_verb(sent, fr)):
        return False  # (a verb sharing its subject, "cultures arise and may develop their own ...", is not checked)
    # the clause before, with a subject of its own ("cabinet members work ..., but events may heighten their ...")
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in _NOUNS for c in v.head.children)


def subject_repeated(sent: Span, fr) -> bool:
    """"Water molecules repel molecules [with nonpolar covalent bonds]": an object that is only the subject's own
    noun says nothing until the phrase the parse hung elsewhere restricts it."""
    v = sent.doc[fr.verb]
    o = fr.object.lower().split()
    s = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return fr.rule == "svo" and s is not None and len(o) == 1 and s.lower_ == o[0] and len(fr.subject.split()) > 1


def manner_left_out(sent: Span, fr) -> bool:
    """"has reacted to X [in a way that is markedly different from ...]": a manner phrase after the frame carries the
    sentence's point; the bare relation is vacuous."""
    v = sent.doc[fr.verb]
    said = fr.object.lower()
    for p in (c for c in v.children if c.dep_ == "prep" and c.i >= fr.end):
        for o in (c for c in p.children if c.dep_ == "pobj" and c.lower_ not in said.split()):
            if o.lemma_.lower() in words("remainders.relation_nouns"):
                return True  # "have grown in power [in relationship to their ministers]"
            if o.lemma_.lower() in words("remainders.manner_nouns") and any(c.dep_ in ("relcl", "acl") for c in o.children):
                return True  # "in a way [that is markedly different from ...]"; not "in an organized manner"
    return False


def limiting_adverb(sent: Span, fr) -> bool:
    """"Iodine dissolves [only slightly] in water": an adverb limiting the degree, left out of the predicate, leaves a
    claim the book denies in effect."""
    v = sent.doc[fr.verb]
    kept = fr.predicate.lower().split()
    lim = words("remainders.limiting")
    heads = [v] + [c for c in v.children if c.dep_ in ("acomp", "prep", "agent")]
    return any(c.dep_ == "advmod" and c.lower_ in lim and c.lower_ not in kept for h in heads for c in h.children)


def modal_alternative(sent: Span, fr) -> bool:
    """"The diver must add air or risk a descent": two verbs under one modal joined by "or" are alternatives; neither
    "must add air" nor "must risk a descent" is what the book says."""
    v = sent.doc[fr.verb]
    head = v.head if v.dep_ == "conj" else v
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return False
    # each verb with an object of its own, the second without a subject of its own ("can delay or prevent a vote" is
    # one object of two verbs; "may order tests ..., or they may stimulate ..." two clauses)
    alt = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
           and any(g.dep_ == "dobj" for g in c.children) and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return bool(alt) and any(c.dep_ == "dobj" for c in head.children) \
        and any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children)


def main_subject_swallowed(sent: Span, fr) -> bool:
    """"Since H2S is a weak acid, aqueous solutions of ... are basic": the subordinate clause's object ran on into the
    main clause's subject (an apposition after a comma), so the main verb after it has no subject of its own."""
    v = sent.doc[fr.verb]
    if v.dep_ != "advcl" or not any(c.dep_ == "mark" for c in v.children):
        return False
    main = v.head
    return main.i > v.i and main.i >= fr.end - 1 and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                                              for c in main.children)


def reporting_in_subject(sent: Span, fr) -> bool:
    """"the power to strike down statutes that the court determines violate the laws": a relative clause with a
    reporting verb and no clause of its own inside the subject: the parse took the reported verb for the main one."""
    v = sent.doc[fr.verb]
    said = words("attribution.verbs") | words("verbs.reporting") | words("remainders.judging")
    for s in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
        for t in s.subtree:
            if t.dep_ == "relcl" and t.lemma_.lower() in said and t.i < v.i \
                    and not any(c.dep_ in ("ccomp", "xcomp") for c in t.children):
                return True
    return False


def lowered_antecedent(sent: Span, fr) -> bool:
    """"pills suppress the release of X, which inhibits ovulation": a ", which" clause on a noun inside the object of a
    verb that lowers or blocks it may be about the lowering, not the noun; "release of X | prevents | pregnancy" would
    invert the book."""
    v = sent.doc[fr.verb]
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ != "relcl" or not any(c.lower_ == "which" for c in v.children):
        return False
    n, hops = v.head, 0
    while hops < 4 and n.dep_ in ("pobj", "prep", "dobj", "conj", "nsubjpass") and n.head.i != n.i:
        n, hops = n.head, hops + 1
        if n.pos_ == "VERB":
            return polarity_of(n.lemma_.lower()) < 0
    return False


def meaning_left_out(sent: Span, fr) -> bool:
    """Whether frame ``fr`` of ``sent`` leaves outside it what carries its meaning (the module docstring)."""
    return infinitive_left_out(sent, fr) or possessive_cut(sent, fr) \
        or owner_elsewhere(sent, fr) or subject_repeated(sent, fr) or manner_left_out(sent, fr) \
        or limiting_adverb(sent, fr) or modal_alternative(sent, fr) or main_subject_swallowed(sent, fr) \
        or reporting_in_subject(sent, fr) or lowered_antecedent(sent, fr) or examples_left_out(sent, fr) \
        or question_left_out(sent, fr) or hollow_object(sent, fr) or owner_unclear(sent, fr) or pronoun_left(sent, fr) \
        or runs_into_verb(sent, fr) or verb_infinitive_left(sent, fr) or same_left_open(sent, fr) \
        or inverted_restriction(sent, fr)


def verb_infinitive_left(sent: Span, fr) -> bool:
    """"for X to V" read as "for X": "Dominant groups wish for their worldview [—which embraces ...—] to win out
    over ..." stored "dominant groups | wish for | worldview" (session 38's sociology sample, judged wrong), "is too
    vast for a single mathematician [to master ...]": the object of "for" is the subject of the infinitive after
    it, and what is wished or ruled out is that event.  Only after "for": an infinitive after another object is as
    often a purpose the parser hung as a complement ("differentiate from cells in the tissue to replace those lost",
    "binds to muscarinic receptors to induce ...": the session's sweep, right statements)."""
    if fr.predicate.split()[-1:] != ["for"]:
        return False
    head = (fr.object.split(" of ")[0].split() or [""])[-1].lower()
    if head.endswith(("tion", "sion", "ment", "ance", "ence")) or (
            head.endswith("al") and max(zipf(head[:-2]), zipf(head[:-2] + "e")) >= 2.5):  # "renewal", "arrival"
        return False  # "allow for the continuous differentiation of blood cells [to replace those lost]": an event's
        # purpose, not its subject (the session's sweep, a right statement)
    v = sent.doc[fr.verb]
    end = _object_end(sent, fr)
    said = set(fr.object.lower().split())
    return any(c.dep_ in ("xcomp", "advcl") and c.i >= end and c.tag_ == "VB" and c.lower_ not in said
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for w in (v, *[c for c in v.children if c.dep_ == "acomp"]) for c in w.children)


def inverted_restriction(sent: Span, fr) -> bool:
    """A main clause whose auxiliary stands before its subject in a statement: "only in 1987 did the Bureau ...
    issue a policy", "Not until X did Y ...", "Rarely does X ...": English inverts so only after a fronted
    restriction, which is the point of the sentence, and the frame without it says Y happened (session 38's
    sociology sample, judged a fragment).  A question ends in "?" and gives no frame elsewhere."""
    v = sent.doc[fr.verb]
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or sent.text.rstrip().endswith("?"):
        return False
    if [t.lower_ for t in sent[:2]] == ["not", "only"] and not fr.negated:
        return False  # "Not only do bees pollinate crops, but ...": both clauses asserted; read negated, the "not"
        # of "not only" was taken for the clause's ("T cells | do directly destroy [NOT] | pathogens")
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ("do", "have", "be") and c.i < subj.left_edge.i
               and c.tag_ != "MD" and c.i > sent.start for c in v.children)


def _object_end(sent: Span, fr) -> int:
    """The doc index after the object's last word: the object may run past the frame's end ("boundaries [on each
    point]" read whole by the argument rules)."""
    arts = ("the", "a", "an")
    said = [w.lower() for w in fr.object.split() if w.lower() not in arts][-3:]
    if not said:
        return fr.end
    for t in sent.doc[max(fr.end - 1, fr.verb + 1):sent.end]:
        if t.lower_ != said[-1]:
            continue
        # the object's last words, articles aside, end here ("from the right atrium to the left [atrium]": the
        # second "atrium", not the first)
        before = [x.lower_ for x in sent.doc[fr.verb + 1:t.i + 1] if x.lower_ not in arts][-len(said):]
        if before == said:
            return t.i + 1
    return fr.end


def same_left_open(sent: Span, fr) -> bool:
    """An object that says "the same" and ends before the "as" that names what it is the same as: "is used to
    produce ATP in the same way [as acetyl CoA derived from pyruvate]" (the session's sweep, a fragment)."""
    if "same" not in fr.object.lower().split():
        return False
    end = _object_end(sent, fr)
    return end < sent.end and sent.doc[end].lower_ == "as"


def runs_into_verb(sent: Span, fr) -> bool:
    """The word right after the frame is a finite verb with no subject of its own: the parse broke the object's
    phrase there and took a word of it for a verb ("evaluate each parameter combination on each data [fold]
    independently", "breaks boundaries on each point [shared] between 2 and more areas": fresh judge, session 38's
    manuals sample).  Cut there, the object is a stub or states too much; a finite verb has a subject (or is
    coordinated after "and"/a comma), so one without is a misreading, and the frame is dropped."""
    end = _object_end(sent, fr)
    if end >= sent.end or end <= fr.verb:
        return False
    t = sent.doc[end]
    if t.pos_ != "VERB" or t.tag_ not in ("VB", "VBD", "VBP", "VBZ") or t.dep_ == "ROOT" or t.is_sent_start:
        return False
    if t.dep_ == "conj" and any(c.dep_ == "cc" and t.head.i < c.i < t.i for c in t.head.children):
        return False  # "... and stays": a verb coordinated with the one before
    if t.tag_ == "VB" and t.dep_ != "conj":
        return False  # an imperative or an infinitive read apart
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark", "aux", "auxpass", "neg") for c in t.children)


def examples_left_out(sent: Span, fr) -> bool:
    """A one-word plural object whose "such as" / "like" / "including" list names acts ("supports policies such as
    expanding health care", audit round 11: "SNP | supports | policies"): the noun only classes the acts, which are
    the claim; cut before them, the frame says what anyone could ("a party supports policies").  Examples that are
    things ("Plants need nutrients such as nitrogen") leave a class that still says something, and stay."""
    if " " in fr.object.strip():
        return False
    for t in _after_verb(sent, fr):
        if t.tag_ not in ("NNS", "NNPS") or t.lower_ != fr.object.strip().lower():
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.i > t.i and c.lower_ in words("remainders.example_preps") \
                    and any(x.dep_ == "pcomp" and x.tag_ == "VBG" for x in c.children):
                return True
    return False


def question_left_out(sent: Span, fr) -> bool:
    """A noun of the object whose preposition takes an indirect question the frame leaves out: "imposes strict
    regulations [on how elections are run]" (audit round 11): the parse cannot take a clause into the argument, and
    cut there the object names regulations of anything.  A noun object ("strict rules on banks") is kept whole."""
    for t in _after_verb(sent, fr):
        if t.pos_ not in _NOUNS or t.text not in fr.object.split():
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.i >= fr.end and c.lower_ not in words("remainders.example_preps") and any(
                    x.dep_ == "pcomp" and (x.left_edge.tag_ in ("WRB", "WP", "WDT") or x.left_edge.lower_ == "whether")
                    and x.text not in fr.object.split() for x in c.children):  # ("such as when ...": an example)
                return True
    return False
