"""Statements from dependency frames: one spaCy sentence -> subject / predicate / object frames.

``frames(sent)`` (chain steps call it too) returns :class:`Frame` objects; each carries ``subject``, ``predicate`` (surface, readable: "secretes", "does not cross"),
``predicate_lemma`` ("secrete", "lead_to", "be_part_of"), ``object``, ``polarity`` (+1/-1), ``negated``,
``quantity`` ("less", "no", ...), ``family`` (proda.lexicon), ``rule``, the anchor terms
``subject_term``/``object_term`` (the noun phrase each argument is about, without determiners), and the token
span ``start``/``end`` (doc token indices, end exclusive) plus ``verb`` (token index of the predicate).

Why frames from the parse rather than patterns over words: the parser already knows which noun phrase is the
subject of which verb, so a passive can be turned active, a relative clause ("..., which causes ...") reaches its
antecedent, coordinated arguments split into one claim each, and a clausal object ("causes X to constrict")
stays whole instead of being cut to its first noun.  Word lists live in ``patterns/lexical.toml``.
"""

from __future__ import annotations

import re

from pydantic import BaseModel
from spacy.tokens import Span, Token

from proda.ingest.extract.antecedents import _antecedent, misattached, owner_clause
from proda.ingest.extract.arguments import (_NOUNISH, _Arg, _arg, _args, _conjuncts, _text, attr_clause, copula_object,
                                           term_of)
from proda.ingest.extract.asides import aside_tail
from proda.ingest.extract.coordinations import free_choice, joined_object
from proda.ingest.extract.gerund_objects import gerund_object, subject_cut
from proda.ingest.extract.part_objects import part_without_whole
from proda.ingest.extract.misread_verbs import misread_verb
from proda.ingest.extract.shared_lists import shared_over_list
from proda.ingest.extract.conditions import _SKIP_MARKS, _conditional
from proda.ingest.extract.cuts import argument_cut, comma_aside, gap_words, left_out
from proda.ingest.extract.joint_acts import joint_source, partition, whole_complement
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.scope_limits import absolute_end
from proda.ingest.extract.scope import (about_an_example, anaphoric, believed, clause_of, clause_span, comparative,
                                        coordination_unsafe, cut_short, embedded, hypothetical, idiom_tail, joint,
                                        malformed, owned_by_sibling, quoted, range_cut, restrictive)
from proda.ingest.extract.readable import (ambiguous_antecedent, bare_participle_conj, clean_arg, compared_pair,
                                           conjuncts_before_break, double_object, infinitive, reciprocal_pair,
                                           two_subjects, unreadable, wh_clause, wrong_conj_subject)

__all__ = ["Frame", "frames", "term_of"]
from proda.lexicon import family_of, polarity_of
from proda.ingest.extract.predicates import _active_surface, _negated, _surface, particles, tendency_of
from proda.ingest.extract.possession import possession
from proda.ingest.extract.roles import role_cut, role_prep


class Frame(BaseModel):
    subject: str
    predicate: str
    predicate_lemma: str
    object: str
    polarity: int = 1
    negated: bool = False
    quantity: str = ""
    family: str = ""
    rule: str = "svo"
    subject_term: str = ""
    object_term: str = ""
    start: int = 0  # doc token index of the frame's first token
    end: int = 0  # doc token index after its last token
    verb: int = 0  # doc token index of the predicate's head word
    scope: str = ""  # a fronted limiting phrase carried at the end of the subject ("in Brazil": scope_limits.fronted_scope)


# ----------------------------------------------------------------------------- predicates

# words pointing at an example on the page ("the equilibria below", "the following reaction")
_DEICTIC = re.compile(r"\b(?:following|aforementioned)\b|\b(?:below|above)$", re.I)


def _subject_of(v: Token) -> tuple[Token | None, bool, str]:
    """(subject token, passive?, rule) of a verb; conjoined verbs inherit; relative clauses use the antecedent."""
    if two_subjects(v):
        return None, False, ""  # "In the most common method, probability sampling, researchers choose ...": a misparse
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            passive = c.dep_ == "nsubjpass"
            if v.dep_ == "relcl" and c.tag_ in ("WDT", "WP") or (v.dep_ == "relcl" and c.lower_ == "that"):
                if restrictive(v):  # "a reaction that absorbs heat is ...": a subclass named, not a claim about it
                    return None, passive, ""
                ante = _antecedent(v.head, v)
                return (None if ante is None or ambiguous_antecedent(ante) else ante), passive, "relative_clause"
            return (c if c.dep_ != "csubj" else None), passive, "svo"
    if v.dep_ == "xcomp" and tendency_of(v) is not None:  # "people ... tend to favor X": the subject of "tend"
        s, passive, rule = _subject_of(v.head)
        return (None, False, "") if passive or any(c.dep_ == "auxpass" for c in v.children) else (s, False, rule)
    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        s, passive, rule = _subject_of(v.head)
        own_pass = any(c.dep_ == "auxpass" for c in v.children)
        if (passive and not own_pass and v.tag_ != "VBN") or wrong_conj_subject(v) or bare_participle_conj(v, passive):
            return None, False, ""  # "X is supported by A and B supports C": the active verb's subject is not X
        return s, own_pass or (passive and v.tag_ == "VBN"), rule
    if v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN") and not restrictive(v):
        return v.head, True, "reduced_relative"
    return None, False, ""


def _anaphoric(h: Token) -> bool:
    """"these patients", "this gland": the phrase points back to something the sentence does not name."""
    return any((c.dep_ == "det" and c.lower_ in ("this", "these", "that", "those", "such"))
               or (c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our", "your", "my"))
               or (c.lower_ in ("below", "above", "following") and c.dep_ in ("advmod", "amod", "prep"))
               for c in h.children)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _points(det: Token) -> bool:
    """A demonstrative determiner pointing into the paragraph ("these topics", "in that way"): "that" as
    :func:`proda.ingest.extract.limits.book_pointer` reads it (review R22: the verb's tail and an argument's head
    had only "this/these/those")."""
    from proda.ingest.extract.limits import pointing_det

    return pointing_det(det)


def _bad(a: _Arg) -> bool:
    """An argument that points back to the context or is no noun phrase (:mod:`scope`)."""
    demonstrative = any(_points(c) for c in a.head.children)
    return demonstrative or anaphoric(a.head) or malformed(a.head, a.text)


def _whole(a: _Arg, v: Token) -> _Arg | None:
    """The argument with the restrictive clause on its head ("laws increasing penalties", "factors that impact
    population"), or ``None`` when it cannot be read whole (cut before its complement, clause too long)."""
    if cut_short(a.toks):
        return None
    toks = clause_span(a.head, a.toks)
    if toks is None:
        return None
    if not toks or v in toks:
        return a
    return _Arg(a.head, _text({t for t in toks if t.text not in "()"}), a.term, a.quantity, a.plural, toks)


def _split(h: Token, sent: Span) -> list[_Arg]:
    """The arguments of a coordination, one each, unless splitting it would change what the book says."""
    cjs = _conjuncts(h)
    args = _args(h, sent)
    spans = [a.toks | set(clause_of(a.head).subtree) if clause_of(a.head) is not None else a.toks for a in args]
    shared = shared_over_list(h)  # "Most water is recovered in A, B, and C": whole, with every member, or nothing
    if len(cjs) > 1 and coordination_unsafe(h, cjs, spans) and not (free_choice(h) and not coordination_unsafe(
            h, cjs, spans, choice=True)) or shared:  # free_choice: "can raise A or B", one claim each
        whole = joined_object(h, sent)  # read whole (coordinations.py)
        return [whole] if whole is not None and (not shared or set(h.conjuncts) <= whole.toks) else []
    return owned_by_sibling(conjuncts_before_break(h, args))


def _frame(subj: _Arg, obj: _Arg, pred: str, lemma: str, negated: bool, rule: str, v: Token, obj_text: str | None = None) -> Frame | None:
    if _bad(subj) or _bad(obj) or quoted(subj.head, subj.head.sent) or quoted(obj.head, obj.head.sent):
        return None  # an argument inside quotation marks is a name or someone's words ("stands for “Gay”")
    if part_without_whole(obj.head, subj.head):
        return None  # "forms the floor and posterior wall": of a whole another clause names (part_objects.py)
    subj, obj2 = _whole(subj, v), _whole(obj, v)
    if subj is None or (obj2 is None and not obj_text):
        return None
    obj = obj2 or obj
    if unreadable(subj, obj, v, bool(obj_text)) or argument_cut(subj.toks, subj.head) or argument_cut(obj.toks, obj.head) \
            or left_out(subj.toks, subj.head) or (not obj_text and left_out(obj.toks, obj.head)):
        return None  # (cuts.py: an argument cut inside, or placed relative to what the sentence does not name)
    quantity = subj.quantity or obj.quantity
    if subj.quantity == "no":
        negated = True
    sign = polarity_of(lemma) * (-1 if negated else 1)
    toks = subj.toks | obj.toks | {v}
    return Frame(subject=subj.text, predicate=pred, predicate_lemma=lemma, object=obj_text or obj.text,
                 polarity=sign, negated=negated, quantity=quantity, family=family_of(lemma), rule=rule,
                 subject_term=subj.term, object_term=obj.term, start=min(t.i for t in toks),
                 end=max(t.i for t in toks) + 1, verb=v.i)


def _span_text(a: int, b: int, doc) -> str:
    return doc[a:b].text.strip(" ,;:")


def _objects(v: Token, sent: Span) -> list[tuple[list[_Arg], str, list[str], str]]:
    """[(object args, object text override or "", extra predicate words, rule suffix)] of an active verb."""
    doc = v.doc
    out = []
    if double_object(v):
        return []
    dobj = next((c for c in v.children if c.dep_ == "dobj"), None)
    comp = next((c for c in v.children if c.dep_ in ("ccomp", "xcomp") and c.i > v.i), None)
    if dobj is not None:
        args = _split(dobj, sent)
        if comp is not None and comp.i > dobj.i and any(c.lower_ == "to" for c in comp.children):
            end = max(t.i for t in comp.subtree) + 1
            return [([a], _span_text(a.head.i if a.text == a.head.text else min(t.i for t in a.toks), end, doc) if len(args) == 1 else "", [], "clausal_complement") for a in args[:1]]
        # a restrictive modifier of the verb after the object belongs to the claim: "prevents the femur from
        # sliding", "do not socialize children in a vacuum", "exhibits a constant Q at equilibrium"
        tail = next((c for c in v.children if c.dep_ == "prep" and c.i > dobj.i and c.lower_ in words("verbs.object_preps") and _pobj(c) is not None and not idiom_tail(c) and absolute_end(c) > c.i), None)
        if tail is None and any(c.dep_ == "prep" and c.i > dobj.i and c.lower_ in words("verbs.object_preps")
                                and not idiom_tail(c) and absolute_end(c) > c.i for c in v.children):
            return []  # "classify sanctions as formal or informal": the complement is there but unreadable
        if tail is not None and len(args) > 1:
            return []  # "embraced A and B with C": which conjunct the complement belongs to is unknown
        late = None if tail is not None else aside_tail(dobj)
        if late is not None:  # wherever the parser hung the preposition past the aside (review R13 #2)
            w = _whole(args[0], dobj.head) if len(args) == 1 and late[0] else None
            if w is None:
                return []  # "keeps X, which ..., such as ..., from": the complement past an aside it cannot skip
            return [([w], w.text + " " + _span_text(late[1].i, max(t.i for t in late[1].subtree) + 1, doc), [], "")]
        for a in args:
            text = ""
            if tail is not None:
                w = _whole(a, v)
                if w is None:
                    continue
                if _pobj(tail).pos_ == "PRON" or any(_points(c) for c in _pobj(tail).children):
                    continue  # "put a price on it", "the best understanding to these topics": it points back
                last = max(t.i for t in w.toks)
                # "converts the protein, which is made by the liver, into its active form": an aside between the
                # object and the verb's tail is skipped; the bare object says another thing (review R12 #2)
                if not gap_words(doc, last + 1, tail.i) or comma_aside(doc, w.head, last + 1, tail.i):
                    text = w.text + " " + _span_text(tail.i, absolute_end(tail), doc)  # (scope_limits)
                elif doc[last + 1].text != "," or tail.lower_ in words("verbs.selected_preps"):
                    continue  # "protests in schools [around the world], with ...": a splice (round 11); "keeps X,
                    # which ..., such as ..., from": the verb's own complement past an aside it cannot skip
                # (else "provoke the reflex, which increases motility, including ..., in the colon": the phrase
                # after a ", which" clause is as often that clause's; the object is read bare, as in round 11)
            out.append(([a], text, [], ""))
        return out
    if comp is not None and v.lemma_ in words("verbs.clausal") and not wh_clause(comp):
        s = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if s is not None and s.pos_ in ("NOUN", "PROPN"):
            a = _arg(s, sent)
            if a is not None:
                start = min(t.i for t in a.toks)
                end = max(t.i for t in comp.subtree) + 1
                return [([a], _span_text(start, end, doc), [], "clausal_complement")]
    for p in v.children:
        role = role_prep(v, p)  # "functions as a reducing agent" (roles.py)
        if p.dep_ == "prep" and p.i > v.i and (p.lower_ in words("verbs.phrasal_preps") or role) and not idiom_tail(p):
            if range_cut(p):
                return []
            o = next((c for c in p.children if c.dep_ == "pobj"), None)
            if o is not None and o.lower_ in words("args.complex_prep_nouns") \
                    and not any(c.dep_ in ("det", "poss", "amod") for c in o.children):
                return []  # "exists in terms of class conflict": a complex preposition, not what the verb is in
            if o is not None:
                return [([a], "", [p.lower_], "phrasal_role" if role else "phrasal") for a in _split(o, sent)
                        if not (role and role_cut(a))]
    return out


def _copula(v: Token, sent: Span) -> list[Frame]:
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    neg = _negated(v)
    out = []
    attr = next((c for c in v.children if c.dep_ == "attr"), None)
    acomp = next((c for c in v.children if c.dep_ == "acomp"), None)
    if _anaphoric(subj) or any(c.dep_ in ("relcl", "acl") for c in subj.children):
        return []
    if len(_conjuncts(subj)) > 1 and (v.tag_ == "VBZ" or whole_complement(v, attr, subj)
                                      or reciprocal_pair(acomp, subj)):  # "A and B are similar in ...": to each other
        return []  # "The shared attitudes, values, goals and practices ... is a group's political culture": one whole  # "Joints that allow X are Y": the class statement holds only for the restricted subject
    if attr is not None and any(c.dep_ == "poss" and c.lower_ in words("args.person_possessives") for c in attr.children) \
            and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in subj.children):
        attr = None  # "Elite culture is his culture": whose, the sentence does not say (audit round 11); "A person's
        # orientation is their attraction to ...": the subject's owner is the owner (audit statements, kept)
    if attr is not None and (acomp is not None or any(t.text in ",;(" for t in v.doc[v.i + 1:attr.left_edge.i])):
        attr = None  # "X is related to Y, a Z": the noun after the comma is an apposition, not X's class
    for s in _split(subj, sent):
        if attr is not None and attr.pos_ in ("NOUN", "PROPN"):
            of = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if attr.lemma_ in ("part", "type", "kind", "form", "example", "member", "component") and of is not None and _pobj(of) is not None:
                if attr.lemma_ in ("part", "component") and owner_clause(_pobj(of)):
                    continue  # "the part of the nose that connects ...": the clause may be the part's (audit round 11)
                mods = [c for c in attr.children if c.dep_ in ("amod", "nummod", "quantmod")]
                # "is a critical component of": a modifier of importance only grades the part and stays in the
                # predicate; any other ("the only form of", "the predominant form of") is the claim itself
                if any(c.lower_ not in words("args.importance") or next(c.children, None) is not None for c in mods) \
                        or len(mods) > 1:
                    continue
                lemma = f"be_{attr.lemma_}_of"
                det = [c.lower_ for c in attr.children if c.dep_ == "det" and c.lower_ in ("a", "an")] if mods else []
                pred = _surface(v, [*det, *[c.lower_ for c in mods], attr.lower_, "of"])
                out += [_frame(s, o, pred, lemma, neg, "copula", v) for o in _split(_pobj(of), sent)]
            else:
                whole = copula_object(attr, v)
                objs = _split(attr, sent)
                if len(_conjuncts(attr)) > 1:
                    continue  # "culture is the shared beliefs, values and practices": a definition is not split
                out += [_frame(s, o, _surface(v, []), "be", neg, "copula", v, whole if len(objs) == 1 else None)
                        for o in objs]
        elif acomp is not None and acomp.pos_ == "ADJ":
            p = next((c for c in acomp.children if c.dep_ == "prep" and _pobj(c) is not None), None)
            ger = gerund_object(p, sent) if p is not None else None  # "is responsible for controlling X"
            if p is not None and (_pobj(p).pos_ in ("NOUN", "PROPN", "PRON") or ger is not None):
                degree = [c.lower_ for c in acomp.children if c.dep_ == "advmod" and c.lower_ in ("more", "less", "most", "least", "as", "so", "too")]
                lemma = "_".join(["be", *degree, acomp.lemma_.lower(), p.lower_])  # "is more stressful than"
                pred = _surface(v, [*degree, acomp.lower_, p.lower_])
                objs = [(o, None) for o in _split(_pobj(p), sent)] if ger is None else [] if subject_cut(s) else [ger]
                out += [_frame(s, o, pred, lemma, neg, "copula_adj", v, text) for o, text in objs]
    return out


def frames(sent: Span, reported: frozenset[int] = frozenset()) -> list[Frame]:
    """All subject-predicate-object frames of one sentence (see the module docstring for the fields).

    ``reported``: token indices of reporting verbs whose "that"-clause is read as an attributed view
    (:mod:`attribution`); every other reported clause asserts nothing and gives no frame."""
    out: list[Frame] = []
    if sent.text.rstrip().endswith("?"):
        return out  # a question asserts nothing
    if about_an_example(sent):
        return out  # "in this case, the reaction proceeds in reverse": true of one worked example only
    for v in sent:
        if v.pos_ == "AUX" and v.lemma_ == "be" and (v.dep_ in ("ROOT", "conj", "relcl", "advcl")
                                                     or (v.dep_ == "ccomp" and v.head.i in reported)):
            if v.dep_ == "relcl" and restrictive(v):
                continue  # "an ideology that men are superior to women": the content of the noun, not a fact
            if not any(c.dep_ == "mark" and c.lower_ in _SKIP_MARKS for c in v.children) and not _conditional(v) \
                    and not comparative(v) and not hypothetical(v) and not embedded(v, _SKIP_MARKS, reported) \
                    and not quoted(v, sent):
                out += _copula(v, sent)
            continue
        tend = tendency_of(v)
        if tend is not None and (tend.dep_ not in ("ROOT", "conj", "relcl") or _negated(tend)
                                 or any(c.dep_ in ("aux", "mark") for c in tend.children)):
            continue  # "may tend to", "do not tend to", "if they tend to": the tendency is limited
        if v.pos_ != "VERB" or (v.dep_ not in ("ROOT", "conj", "relcl", "acl", "advcl", "ccomp") and tend is None):
            continue
        view = v.dep_ == "ccomp" and v.head.i in reported
        if v.dep_ in ("advcl", "ccomp") and not view and (v.head.lemma_ in words("verbs.reporting")
                                                          or any(c.dep_ == "mark" and c.lower_ in _SKIP_MARKS for c in v.children)):
            continue
        if v.dep_ == "ccomp" and not view and v.head.lemma_ in words("verbs.light") - {"be", "have", "know"}:
            continue  # "examining how X", "note that X": what a study looks at or a reader should notice
        if v.dep_ == "ccomp" and (wh_clause(v) or attr_clause(v) is not None):
            continue  # "examining how racism is addressed": an indirect question asserts nothing
        if v.dep_ == "ccomp" and v.head.lemma_ in words("verbs.clausal"):
            continue  # the clause is the object of its head verb
        if (v.lemma_ in words("verbs.light") and not possession(v)) \
                or any(c.dep_ == "mark" and c.lower_ in _SKIP_MARKS for c in v.children):
            continue
        if v.tag_ == "VBG" and not any(c.dep_ == "aux" for c in v.children) and (v.dep_ != "conj" or misread_verb(v)):
            continue  # a gerund ("binding of X") is a noun use, not a claim; "and breathing stops": "stops" is the verb
        if any(_conditional(w) or comparative(w) or hypothetical(w) or believed(w) or embedded(w, _SKIP_MARKS, reported)
               or quoted(w, sent) for w in ([v] if tend is None else [v, tend])):
            continue
        if (v.dep_ in ("relcl", "acl") and restrictive(v)) or infinitive(v):
            continue  # "settings in which identity is defined by religion": true only of the restricted head
        s_tok, passive, rule = _subject_of(v)
        if s_tok is None or _anaphoric(s_tok) or misattached(v, s_tok, rule):
            continue
        if not passive and (joint(v, _conjuncts(s_tok)) or compared_pair(v, _conjuncts(s_tok))):
            continue  # "Together, A and B form C": no conjunct alone forms C
        neg = _negated(v)
        lemma = v.lemma_.lower()
        if passive and reciprocal_pair(v, s_tok):
            continue  # "A and B were interconnected in ...": related to each other, not each to nothing
        if passive:
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            # a relative clause is about its antecedent only, not the nouns coordinated with it ("aldosterone, which
            # is involved in osmoregulation, and cortisol")
            patients = _split(s_tok, sent) if rule == "svo" else [a for a in [_arg(s_tok, sent)] if a]
            if agent is not None and _pobj(agent) is not None:
                if any(c.dep_ == "prep" and c.lower_ == "for" for c in _pobj(agent).children):
                    continue  # "pursued by mining companies for its uranium": the purpose is cut into the agent
                for a in _split(_pobj(agent), sent):
                    pred = _active_surface(v, a.plural or len(_conjuncts(_pobj(agent))) > 1, neg, lemma,
                                           [c.lower_ for c in particles(v)])  # "were held together by"
                    out += [_frame(a, p, pred, lemma, neg, "passive" if rule == "svo" else rule, v) for p in patients]
                continue
            if rule == "reduced_relative":
                continue
            p = next((c for c in v.children if c.dep_ == "prep" and c.i > v.i and c.lower_ in words("verbs.phrasal_preps")
                      and _pobj(c) is not None), None)
            if p is not None and _pobj(p).pos_ in _NOUNISH and not joint_source(v, p):
                plemma = f"be_{v.lower_}_{p.lower_}"  # the participle: "be_located_in", "be_found_in"
                pred = _surface(v, [p.lower_])
                objs = _split(_pobj(p), sent)
                if partition(v, p) and len(_conjuncts(_pobj(p))) > 1:  # the parts of one whole: whole or nothing
                    objs = [a for a in [joined_object(_pobj(p), sent)] if a is not None]
                out += [_frame(s, o, pred, plemma, neg, "passive_prep", v) for s in patients for o in objs]
            elif p is not None and (ger := gerund_object(p, sent)) is not None:  # "is involved in regulating X"
                out += [_frame(s, ger[0], _surface(v, [p.lower_]), f"be_{v.lower_}_{p.lower_}", neg, "passive_prep", v,
                               ger[1]) for s in patients if not subject_cut(s)]
            continue
        subjects = _split(s_tok, sent) if rule != "relative_clause" else [a for a in [_arg(s_tok, sent)] if a]
        for objs, text, extra, r2 in _objects(v, sent):
            plemma = "_".join([lemma] + [c.lower_ for c in particles(v)] + extra)
            pred = _surface(v, extra)
            for s in subjects:
                for o in objs:
                    out.append(_frame(s, o, pred, plemma, neg, r2 or rule, v, text or None))
    last = sent[-1]
    if last.text == ":":  # "the lattice energy is the enthalpy change of the process:" (an equation follows)
        def definite(i: int) -> bool:
            return any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in sent.doc[i].children)
        out = [f for f in out if f is None or f.end < last.i or not definite(f.end - 1)]
    return [f for f in out if f is not None and f.subject and f.object and f.subject.lower() != f.object.lower()
            and clean_arg(f.subject) and clean_arg(f.object) and not _DEICTIC.search(f.subject)
            and not _DEICTIC.search(f.object)]

