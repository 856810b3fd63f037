"""The clause on "the way ..." that somebody focuses on, examines or emphasises is that somebody's view.

Why (audit round 14): "Nash (1964) focused his argument on the way racism is functional for the dominant group" was
stored as the book's claim "way racism | is_functional_for | dominant group".  What a researcher or a school
focuses an argument on, examines or stresses is their account: "the way X is Y" says X is Y only as they argue it.
The parser often misses the relative clause on "the way" and hangs its verb on the main verb (``conj``/``ccomp``),
where it was read as a claim of its own.  Such a clause is keyed like "according to X" (:func:`attribution_of`
finds the holder); a holder that is no source of claims ("This chapter focuses on ...") leaves it the book's.
Reporting verbs with a "that"-clause ("Researchers found that ...") are :func:`attribution.attributions`' own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.lexdata import words

_CLAUSE_DEPS = ("relcl", "acl", "conj", "ccomp", "dep", "parataxis")


def _content_nouns(v: Token) -> list[Token]:
    """The nouns naming the content ``v`` attends to: its object ("emphasized the way ..."), the object of its
    preposition ("focus on the way ..."), or of its object's ("focused his argument on the way ...")."""
    heads = [v, *(c for c in v.children if c.dep_ == "dobj")]
    cands = [c for c in v.children if c.dep_ == "dobj"]
    cands += [o for h in heads for p in h.children if p.dep_ == "prep" and p.i > h.i
              for o in p.children if o.dep_ == "pobj"]
    return [n for n in cands if n.lemma_.lower() in words("attribution.content_nouns")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in n.children)]


def _content_clauses(v: Token, n: Token) -> list[Token]:
    """The verb of the clause that says the content of ``n``: a relative clause on it, or a clause the
    parse hung on ``v`` whose subject starts right after ``n`` ("focus on the way inequality is ...": ``conj``)."""
    out = [c for c in n.children if c.dep_ in ("relcl", "acl") and c.i > n.i]
    for c in v.children:
        if c.dep_ not in _CLAUSE_DEPS or c.i < n.i or c.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        if subj.left_edge.i == n.i + 1:
            out.append(c)
    return out


def attended_views(sent: Span, out: dict[int, str], holder, plain) -> None:
    """Key in ``out`` (token index -> holder, as :func:`attribution.attributions`) each clause giving the content of
    what a holder attends to; "" (no frame) when the holder is a pronoun or the clause's subject took in "the way".
    ``holder``/``plain``: attribution's holder reader and its "asserted as such" check (passed in: no import
    cycle)."""
    verbs = words("attribution.attention_verbs") | words("attribution.verbs")
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in verbs or not plain(v):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None and v.dep_ == "conj":
            subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        for c in v.children:  # "focus on the way housework is ...": "the way" read into the clause's subject
            if c.dep_ not in _CLAUSE_DEPS or c.pos_ not in ("VERB", "AUX") or c.i < v.i or c.i in out:
                continue
            s = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if s is not None and any(d.dep_ == "det" and d.lower_ == "the" for d in s.children) and any(
                    x.dep_ == "compound" and x.lemma_.lower() in words("attribution.content_nouns") for x in s.children):
                out[c.i] = ""  # garbled ("way racism | is functional for"), whoever attends to it
        who = holder(subj)
        if not who and subj.pos_ != "PRON":
            continue  # "This chapter focuses on the way ...": the book's own account
        for n in _content_nouns(v):
            for c in _content_clauses(v, n):
                if c.i not in out:
                    out[c.i] = who
