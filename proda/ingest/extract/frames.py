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

The parts: :mod:`frame_args` (the :class:`Frame` and its arguments, whole or split), :mod:`frame_complements`
(what an active verb or a copula says), this module (which verbs claim, and their subjects).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token
from proda.ingest.extract.attribution import reports_view
from proda.ingest.extract.antecedents import _antecedent, misattached, placed_inner
from proda.ingest.extract.arguments import NOUNISH, arg_at, attr_clause, conjuncts_of, term_of
from proda.ingest.extract.colon_clauses import announced_object, colon_clause
from proda.ingest.extract.comparisons import compared
from proda.ingest.extract.complex_preps import complex_preposition
from proda.ingest.extract.coordinations import joined_object
from proda.ingest.extract.gerund_objects import gerund_object, gerund_subject, means_gerund, subject_cut
from proda.ingest.extract.misread_verbs import misread_verb
from proda.ingest.extract.passive_settings import fronted_setting
from proda.ingest.extract.narrative import told_past
from proda.ingest.extract.conditions import SKIP_MARKS, conditional
from proda.ingest.extract.frame_args import Frame, _anaphoric, _frame, _pobj, _split
from proda.ingest.extract.frame_complements import _copula, _objects
from proda.ingest.extract.joint_acts import joint_source, partition
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.scope import joint, restrictive
from proda.ingest.extract.clause_claims import about_an_example, believed, comparative, embedded, hypothetical, quoted
from proda.ingest.extract.readable import (ambiguous_antecedent, bare_participle_conj, clean_arg, compared_pair,
                                           infinitive, two_subjects, wh_clause, wrong_conj_subject)
from proda.ingest.extract.reciprocals import reciprocal_pair
from proda.ingest.extract.predicates import (_active_surface, _negated, _surface, aim_conjunct, function_prep,
                                            particles, passive_function, tendency_of)
from proda.ingest.extract.possession import possession, used_for

__all__ = ["Frame", "frames", "term_of"]

# words pointing at an example on the page ("the equilibria below", "the following reaction", "similar to those in
# the preceding example")
_DEICTIC = re.compile(r"\b(?:following|aforementioned|preceding)\b|\b(?:below|above)$", re.I)


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
                return (None if ante is None or ambiguous_antecedent(ante) or placed_inner(ante, v) else ante), passive, \
                    "relative_clause"
            return (c if c.dep_ != "csubj" else None), passive, "svo"
    if v.dep_ == "xcomp" and tendency_of(v) is not None:  # "people ... tend to favor X": the subject of "tend"
        s, passive, rule = _subject_of(v.head)
        if passive and passive_function(v.head) and not any(c.dep_ == "auxpass" for c in v.children):
            return s, False, rule  # "Checksums are used to ensure X": the checksums ensure X
        return (None, False, "") if passive or any(c.dep_ == "auxpass" for c in v.children) else (s, False, rule)
    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        s, passive, rule = _subject_of(v.head)
        own_pass = any(c.dep_ == "auxpass" for c in v.children)
        if (passive and not own_pass and v.tag_ != "VBN") or wrong_conj_subject(v) or bare_participle_conj(v, passive):
            return None, False, ""  # "X is supported by A and B supports C": the active verb's subject is not X
        return s, own_pass or (passive and v.tag_ == "VBN"), rule
    if v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN") and not restrictive(v):
        # a participle on a noun of a past clause tells of that event ("a team, led by X, studied"): no standing fact
        return (None, False, "") if told_past(v.head) else (v.head, True, "reduced_relative")
    return None, False, ""


def _copula_subject(v: Token) -> Token | None:
    """The copula's own subject, as :func:`frame_complements._copula` takes it, unless it points back."""
    s = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return None if s is None or _anaphoric(s) or any(c.dep_ in ("relcl", "acl") for c in s.children) else s


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
        colon = colon_clause(v)  # "X defines Y: it is ...": the first clause is a main clause (colon_clauses.py)
        if v.pos_ == "AUX" and v.lemma_ == "be" and (v.dep_ in ("ROOT", "conj", "relcl", "advcl") or colon
                                                     or (v.dep_ == "ccomp" and v.head.i in reported)):
            if v.dep_ == "relcl" and restrictive(v):
                continue  # "an ideology that men are superior to women": the content of the noun, not a fact
            if not any(c.dep_ == "mark" and c.lower_ in SKIP_MARKS for c in v.children) and not conditional(v) \
                    and not hypothetical(v) and not embedded(v, SKIP_MARKS, reported) and not quoted(v, sent):
                # "X are more likely than Y to V": a comparison is read only whole, both sides (comparisons.py)
                out += _copula(v, sent) if not comparative(v) else compared(v, sent, _copula_subject(v))
            continue
        tend = tendency_of(v)
        if tend is not None and (tend.dep_ not in ("ROOT", "conj", "relcl") or _negated(tend)
                                 or any(c.dep_ in ("aux", "mark") for c in tend.children)):
            continue  # "may tend to", "do not tend to", "if they tend to": the tendency is limited
        if v.pos_ != "VERB" or (v.dep_ not in ("ROOT", "conj", "relcl", "acl", "advcl", "ccomp") and tend is None) \
                or aim_conjunct(v):
            continue
        view = v.dep_ == "ccomp" and (v.head.i in reported or colon)
        if v.dep_ in ("advcl", "ccomp") and not view and (reports_view(v.head, words("verbs.reporting"))  # "pointed out"
                                                          or any(c.dep_ == "mark" and c.lower_ in SKIP_MARKS for c in v.children)):
            continue
        if result_clause(v):
            continue  # "prices are sufficiently volatile that many traders exit": holds only to that degree
        if v.dep_ == "ccomp" and not view and v.head.lemma_ in words("verbs.light") - {"be", "have", "know"}:
            continue  # "examining how X", "note that X": what a study looks at or a reader should notice
        if v.dep_ == "ccomp" and (wh_clause(v) or attr_clause(v) is not None):
            continue  # "examining how racism is addressed": an indirect question asserts nothing
        if v.dep_ == "ccomp" and not colon and v.head.lemma_ in words("verbs.clausal"):
            continue  # the clause is the object of its head verb
        if (v.lemma_ in words("verbs.light") and not possession(v) and not used_for(v)
                and not (v.tag_ == "VBN" and means_gerund(v, sent) is not None)
                and not any(function_prep(v, c) and _pobj(c) is not None and _pobj(c).pos_ in NOUNISH
                            for c in v.children if c.dep_ == "prep")) \
                or any(c.dep_ == "mark" and c.lower_ in SKIP_MARKS for c in v.children):
            continue
        if v.tag_ == "VBG" and not any(c.dep_ == "aux" for c in v.children) and (v.dep_ != "conj" or misread_verb(v)):
            continue  # a gerund ("binding of X") is a noun use, not a claim; "and breathing stops": "stops" is the verb
        if any(conditional(w) or hypothetical(w) or believed(w) or embedded(w, SKIP_MARKS, reported)
               or quoted(w, sent) for w in ([v] if tend is None else [v, tend])):
            continue
        if any(comparative(w) for w in ([v] if tend is None else [v, tend])):
            if tend is None and not (v.dep_ in ("relcl", "acl") or infinitive(v)):
                s_tok, passive, rule = _subject_of(v)  # "X have more N than Y", "X V more than Y": whole or nothing
                if s_tok is not None and rule == "svo" and not _anaphoric(s_tok) and not misattached(v, s_tok, rule):
                    out += compared(v, sent, s_tok, passive)
            continue
        if (v.dep_ in ("relcl", "acl") and restrictive(v)) or infinitive(v):
            continue  # "settings in which identity is defined by religion": true only of the restricted head
        s_tok, passive, rule = _subject_of(v)
        if s_tok is None and (act := gerund_subject(v, sent)) is not None:  # "Raising interest rates reduces X"
            out += [_frame(act, o, _surface(v, extra), "_".join([v.lemma_.lower()] + [c.lower_ for c in particles(v)] + extra),
                           _negated(v), r2 or "gerund_subject", v, text or None)
                    for objs, text, extra, r2 in _objects(v, sent) for o in objs]
            continue
        if s_tok is None or _anaphoric(s_tok) or misattached(v, s_tok, rule):
            continue
        if not passive and (joint(v, conjuncts_of(s_tok)) or compared_pair(v, conjuncts_of(s_tok))):
            continue  # "Together, A and B form C": no conjunct alone forms C
        neg = _negated(v)
        lemma = v.lemma_.lower()
        if passive and reciprocal_pair(v, s_tok):
            continue  # "A and B were interconnected in ...": related to each other, not each to nothing
        if passive:
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            # a relative clause is about its antecedent only, not the nouns coordinated with it ("aldosterone, which
            # is involved in osmoregulation, and cortisol")
            patients = _split(s_tok, sent) if rule == "svo" else [a for a in [arg_at(s_tok, sent, True)] if a]
            if rule == "svo" and (means := means_gerund(v, sent)) is not None:  # "is calculated by adding X to Y"
                out += [_frame(s, means[0], _surface(v, ["by"]), f"be_{v.lower_}_by", neg, "passive_means", v, means[1])
                        for s in patients if not subject_cut(s)]
                continue
            if agent is not None and _pobj(agent) is not None and complex_preposition(_pobj(agent)):
                continue  # "is normalized by means of the mass matrix" gave "means of mass matrix | normalize |
                # output" (blind round 40): the means is no agent, and the passive has none
            if agent is not None and _pobj(agent) is not None:
                if lemma in words("verbs.method"):
                    continue  # "obtained by the reaction of A with B": the method, not who obtains (round 22 sweep)
                if any(c.dep_ == "prep" and c.lower_ == "for" for c in _pobj(agent).children):
                    continue  # "pursued by mining companies for its uranium": the purpose is cut into the agent
                for a in _split(_pobj(agent), sent):
                    pred = _active_surface(v, a.plural or len(conjuncts_of(_pobj(agent))) > 1, neg, lemma,
                                           [c.lower_ for c in particles(v)])  # "were held together by"
                    out += [_frame(a, p, pred, lemma, neg, "passive" if rule == "svo" else rule, v) for p in patients]
                continue
            if rule == "reduced_relative":
                continue
            p = next((c for c in v.children if c.dep_ == "prep" and c.i > v.i and (
                c.lower_ in words("verbs.phrasal_preps") or function_prep(v, c)) and _pobj(c) is not None), None)
            if p is not None and complex_preposition(_pobj(p)):
                continue  # "exported in case of raster maps": a condition, not where the data is exported
            if p is not None and _pobj(p).pos_ in NOUNISH and not joint_source(v, p):
                plemma = f"be_{v.lower_}_{p.lower_}"  # the participle: "be_located_in", "be_found_in"
                pred = _surface(v, [p.lower_])
                objs = _split(_pobj(p), sent)
                if partition(v, p) and len(conjuncts_of(_pobj(p))) > 1:  # the parts of one whole: whole or nothing
                    objs = [a for a in [joined_object(_pobj(p), sent)] if a is not None]
                out += [_frame(s, o, pred, plemma, neg, "passive_prep", v) for s in patients for o in objs]
            elif p is not None and (ger := gerund_object(p, sent)) is not None:  # "is involved in regulating X"
                out += [_frame(s, ger[0], _surface(v, [p.lower_]), f"be_{v.lower_}_{p.lower_}", neg, "passive_prep", v,
                               ger[1]) for s in patients if not subject_cut(s)]
            elif p is None and agent is None and (q := fronted_setting(v, s_tok)) is not None:
                # "In a frequency analysis the eigenmodes are calculated" (passive_settings.py)
                out += [_frame(s, o, _surface(v, [q.lower_]), f"be_{v.lower_}_{q.lower_}", neg, "passive_setting", v)
                        for s in patients for o in _split(_pobj(q), sent)]
            continue
        subjects = _split(s_tok, sent) if rule != "relative_clause" else [a for a in [arg_at(s_tok, sent, True)] if a]
        # "seeks to explain", "tends to favor": the aim or tendency stays in the lemma ("seek_to_explain",
        # "tend_to_favor"); items are rendered from it, and "favor" alone would teach the tendency as a rule
        lead = [tend.lemma_.lower(), "to"] if tend is not None else []
        for objs, text, extra, r2 in _objects(v, sent):
            plemma = "_".join(lead + [lemma]
                              + [c.lower_ for c in particles(v)] + extra)
            pred = _surface(v, extra)
            for s in subjects:
                for o in objs:
                    out.append(_frame(s, o, pred, plemma, neg, r2 or rule, v, text or None))
    last = sent[-1]
    if last.text == ":":  # "the lattice energy is the enthalpy change of the process:" (an equation follows)
        def definite(i: int) -> bool:
            return any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in sent.doc[i].children)
        out = [f for f in out if f is None or f.end < last.i or not definite(f.end - 1)]
    out = [f for f in out if f is None or f.rule.startswith(("copula", "passive")) or not announced_object(sent, f.end)]
    # ("exhibits an unexpected behavior: ..."; a class or a place is said whole: "Inertia is not a normalized metric:
    # we just know ...", "the documentation is provided in a dedicated package: ...")
    return [f for f in out if f is not None and f.subject and f.object and f.subject.lower() != f.object.lower()
            and clean_arg(f.subject) and clean_arg(f.object) and not _DEICTIC.search(f.subject)
            and not _DEICTIC.search(f.object)]


_DEGREE = frozenset({"so", "such", "sufficiently", "too", "enough"})


def result_clause(v) -> bool:
    """A clause of result after a degree: "X are sufficiently volatile that many traders exit the market", "so
    acidic that nutrients leave", "under such pressure that the rocks melted".  The parser hangs the "that" clause
    on the main verb (advcl) or on the adjective the degree word modifies (ccomp); it says what follows when the
    degree is reached, true only under it, and a triple read from it alone states it always (audit round 41:
    "too many comparisons | pass | MSV filter" of "sequences are sufficiently biased that too many comparisons pass
    the MSV filter").  Not one: "so that" / "such that" (a purpose or a manner the book states as what happens:
    "the DNA is duplicated so that each new cell receives a full complement", 18 statements on the development
    sweep), nor a "that" clause of a verb of saying or showing (a content clause)."""
    mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or v.dep_ not in ("advcl", "ccomp") or (mark.i > 0 and mark.nbor(-1).lower_ in _DEGREE):
        return False  # "duplicated so that each new cell receives ...", "related such that ...": purpose or manner
    h = v.head
    if v.dep_ == "ccomp" and h.pos_ not in ("ADJ", "ADV", "NOUN"):
        return False
    near = [h, *h.children] if v.dep_ == "ccomp" else [c for c in h.children if c.i < v.i]
    return any(g.lower_ in _DEGREE for w in near for g in (w, *w.children) if g.i < mark.i)
