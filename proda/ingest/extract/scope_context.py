"""Claims the book makes of one kind, mode or case, whose scope the sentence leaves to its context.

Why apart from :mod:`scope`: those checks read a frame's own words; these read what the sentence hangs in -- a
requirement list, a reason clause, a fronted "such" phrase, a subject made definite by a context-relative adjective.
Blind judges (round 28, issue 11) rejected statements stored as general that the book says only of one case:
"For Z to be used, two conditions must hold: The query must reference only stored columns." stored as
(query, must reference, ...); "because each widget entry holds only part of the value"; "In such a simulated
printout, colours ... will be marked grey"; "The default mode has handles" (the default mode of what?).  Each
check is general English on the parse: a modal of obligation with a bare definite subject in a condition's
context, "each/every" in a reason clause, "such" in a fronted phrase, "default/current/original" with "the" and no
owner.  A general requirement in running prose ("The heart must pump blood continuously") has none of these
contexts and stays.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.deontic import bare_definite, deontic, lead_in, title_label
from proda.ingest.extract.lexdata import toml_table

_WORDS = {k: frozenset(v) for k, v in toml_table("scope_context.toml").items()}


def _clause_heads(v: Token) -> list[Token]:
    """The verb and the heads it hangs on through xcomp/conj/aux ("must [allow] ... and must allow [them]")."""
    out = [v]
    while out[-1].dep_ in ("xcomp", "conj", "aux", "auxpass") and out[-1].head != out[-1]:
        out.append(out[-1].head)
    return out


def subject_head(v: Token, subject: str) -> Token | None:
    """The token heading the frame's subject: the verb's (or a coordinated verb's) nsubj, or the noun a relative
    clause hangs on; only one whose word the stored subject holds."""
    said = set(subject.lower().split())
    for w in _clause_heads(v):
        for c in w.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in said:
                return c
    if v.dep_ in ("relcl", "acl") and v.head.lower_ in said:
        return v.head
    return None


def _title_before(sent: Span) -> bool:
    """The sentence's block opens with a short verbless label ("Derived works. The license must ..."): an item of a
    titled list."""
    doc = sent.doc
    start = doc.text.rfind("\n\n", 0, sent.start_char)
    start = 0 if start < 0 else start + 2
    return title_label([t for t in doc[:sent.start] if t.idx >= start and not t.is_space])


def _lead_in(sent: Span) -> bool:
    """One of the few sentences before it announces a list of conditions (:func:`deontic.lead_in`)."""
    return lead_in([b.text for b in sent.doc.sents if b.end <= sent.start])


def _required(v: Token) -> bool:
    """"(a constraint) specifies that a column must not assume the null value": the content of what something
    requires, not a fact."""
    return any(w.dep_ == "ccomp" and w.head.lemma_.lower() in _WORDS["requiring_verbs"] for w in _clause_heads(v))


def _condition_lead(v: Token) -> bool:
    """"For Z to be used, the query must ...", "In order for X to work, ...", "To use Z, the table must ...": a
    fronted purpose or condition the requirement holds under."""
    for w in _clause_heads(v):
        for c in w.children:
            if c.i > v.i or c.dep_ not in ("advcl", "prep", "npadvmod"):
                continue
            sub = list(c.subtree)
            if c.dep_ == "advcl" and any(x.lower_ == "to" and x.dep_ == "aux" for x in c.children) and sub[0].lower_ in ("for", "to", "in"):
                return True
            if c.dep_ == "prep" and c.lower_ in ("for", "in") and any(x.lower_ == "to" and x.tag_ == "TO" for x in sub):
                return True
    return False


def deontic_condition(fr, v: Token, s: Token, sent: Span) -> bool:
    """A "must / has to / needs to" claim on a bare definite subject that stands in a condition's context: one item
    of a list of requirements, or the requirement of a fronted purpose."""
    if not deontic(fr.predicate):
        return False
    if _required(v):
        return True  # "specifies that a column must not assume the null value": any subject
    if fr.scope:
        return False  # "At the G2 checkpoint the cell must ...": the sentence states its scope and the frame carries it
    return bare_definite(s) and (_condition_lead(v) or _title_before(sent) or _lead_in(sent))


def reason_distributive(v: Token, s: Token | None) -> bool:
    """"... because each widget entry holds only part of the value": a reason clause about each member of the
    main clause's kind, true only inside it."""
    w, inside = v, False
    while w.head != w:
        if w.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("because", "since") for c in w.children):
            inside = True
            break
        if w.dep_ not in ("conj", "xcomp", "ccomp"):
            break
        w = w.head
    if not inside or s is None:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("each", "every") for c in s.children)


def such_scope(v: Token) -> bool:
    """"In such a simulated printout, colours ... are marked grey": a fronted phrase of the kind just described."""
    for w in _clause_heads(v):
        subj = [c.i for c in w.children if c.dep_ in ("nsubj", "nsubjpass")]
        edge = min(subj + [w.i])
        for p in w.children:
            if p.dep_ == "prep" and p.i < edge and any(
                    t.lower_ == "such" and t.dep_ in ("amod", "predet", "det") for t in p.subtree):
                return True
    return False


def context_relative(s: Token) -> bool:
    """"The default mode has handles", "the current layer": an adjective (or "default", parsed as a compound) that is
    relative to a thing the sentence does not name, with "the" and no owner, "of" phrase or clause of its own."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in s.children):
        return False
    if any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in s.children):
        return False
    rel, nouns = _WORDS["relative_adjectives"], _WORDS["relative_compounds"]
    return any(c.i < s.i and c.lower_ in rel and (c.dep_ == "amod" or (c.dep_ == "compound" and c.lower_ in nouns))
               and not _noun_sense(c) for c in s.children)


def _noun_sense(c: Token) -> bool:
    """"An electric current heats the wire. The current density determines ...": the text uses the word as a noun
    of its own, so "the current density" is that noun's compound (tagged JJ by the parser all the same), not the
    density in use now (session 28 review, item 3)."""
    return c.lower_ in _WORDS["relative_noun_senses"] and any(
        t.lower_ == c.lower_ and t.pos_ == "NOUN" for t in c.doc)


def _adverbial(t: Token) -> bool:
    """"by default", "in practice": the bare singular noun of a fixed adverbial phrase (no determiner, owner,
    modifier or number of its own), a preposition's or a passive agent's object."""
    if t.dep_ != "pobj" or t.tag_ != "NN" or t.head.dep_ not in ("agent", "prep"):
        return False
    if any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "nmod") for c in t.children):
        return False
    return f"{t.head.lower_} {t.lower_}" in _WORDS["adverbial_phrases"]


def adverbial_argument(fr, v: Token, sent: Span) -> bool:
    """"Trading accounts are not enabled by default in GnuCash" read as (default in GnuCash, does not enable,
    trading accounts): an end of the frame is the noun of a fixed adverbial phrase of the verb's clause, not an
    agent or a thing; the clause's real doer is unstated (round 28 judges, issue 11: accounting:03, sysadmin:02/04)."""
    heads = set(w.i for w in _clause_heads(v))
    firsts = {a.split()[0].lower() for a in (fr.subject, fr.object) if a.split()}
    return any(_adverbial(t) and t.lower_ in firsts and t.head.head.i in heads for t in sent)


def scope_unstated(fr, sent: Span) -> str:
    """The reason the frame's claim holds only in a scope the sentence leaves to its context, or ""."""
    doc = sent.doc
    if not (sent.start <= fr.verb < sent.end):
        return ""
    v = doc[fr.verb]
    if adverbial_argument(fr, v, sent):
        return "adverbial_phrase"
    s = subject_head(v, fr.subject)
    if s is not None and deontic_condition(fr, v, s, sent):
        return "deontic_condition"
    if reason_distributive(v, s):
        return "reason_each"
    if such_scope(v):
        return "such_scope"
    if s is not None and context_relative(s):
        return "context_relative"
    return ""
