"""A frame (:class:`Frame`) and the arguments it is built from: an argument read whole with its restrictive clause,
split over a coordination only where each conjunct holds alone, and refused where it points back to the context,
is cut, or leaves out what restricts it.

Why apart from :mod:`frames`: ``frames`` decides which verbs of a sentence make claims and who their subject is;
whether a noun phrase can stand as an argument, and the one place a :class:`Frame` is made (``_frame``), are the same
for every verb it reads (a copula, an active or a passive verb, :mod:`frame_complements`).
"""

from __future__ import annotations


from pydantic import BaseModel
from spacy.tokens import Span, Token
from proda.ingest.extract.argument_phrases import plain_phrase
from proda.ingest.extract.arguments import Arg, arg_at, args_at, conjuncts_of, arg_text
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.named_descriptors import described_name
from proda.ingest.extract.coordinations import free_choice, joined_object, opposite_pair
from proda.ingest.extract.counted_lists import counted_list
from proda.ingest.extract.part_objects import part_without_whole
from proda.ingest.extract.path_goals import goal_prep
from proda.ingest.extract.shared_lists import shared_over_list
from proda.ingest.extract.argument_cuts import argument_cut, left_out, partner_holders
from proda.ingest.extract.argument_rests import argument_rest
from proda.ingest.extract.argument_wholes import alternative_verb, clause_continued, restored
from proda.ingest.extract.scope import (anaphoric, clause_of, clause_span, coordination_unsafe, cut_short, malformed,
    owned_by_sibling)
from proda.ingest.extract.clause_claims import quoted
from proda.ingest.extract.readable import conjuncts_before_break, unreadable
from proda.lexicon import family_of, polarity_of


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



def _anaphoric(h: Token) -> bool:
    """"these patients", "this gland": the phrase points back to something the sentence does not name."""
    return any((c.dep_ == "det" and c.lower_ in ("this", "these", "that", "those", "such"))
               or (c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our", "your", "my"))
               or (c.lower_ in ("below", "above", "following") and c.dep_ in ("advmod", "amod", "prep"))
               for c in h.children)


def _pobj(prep: Token) -> Token | None:
    """The object of the preposition ``prep``, or ``None``."""
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _points(det: Token) -> bool:
    """A demonstrative determiner pointing into the paragraph ("these topics", "in that way"): "that" as
    :func:`proda.ingest.extract.limits.book_pointer` reads it (review R22: the verb's tail and an argument's head
    had only "this/these/those")."""
    from proda.ingest.extract.limits import pointing_det

    return pointing_det(det)


def _bad(a: Arg) -> bool:
    """An argument that points back to the context or is no noun phrase (:mod:`scope`)."""
    demonstrative = any(_points(c) for c in a.head.children)
    return demonstrative or anaphoric(a.head) or malformed(a.head, a.text)


def _whole(a: Arg, v: Token) -> Arg | None:
    """The argument with the restrictive clause on its head ("laws increasing penalties", "factors that impact
    population"), or ``None`` when it cannot be read whole (cut before its complement, clause too long)."""
    if cut_short(a.toks):
        return None
    toks = clause_span(a.head, a.toks)
    if toks is None:
        return None
    if not toks or v in toks:
        return a
    toks = clause_continued(toks)  # "whose size is defined by the variables [max_a and max_b]": to the clause's end
    if toks is None or v in toks:
        return None
    return Arg(a.head, arg_text({t for t in toks if t.text not in "()"}), a.term, a.quantity, a.plural, toks)


def with_partner(a: Arg) -> Arg:
    """The argument with its inner noun's own partner phrase: "the reactions of a base [with an oxyacid]".
    Why: an "of" noun that keeps a phrase of ``cuts.inner_preps`` (with, between, versus) names one side of a pairing;
    cut there the argument says another thing, and ``argument_cuts._inner_phrase_cut`` refuses it, so "Borates
    result from the reactions of a base with an oxyacid" gave nothing (E6-s21-unextracted.md, chemistry 8).  Read
    whole instead when the phrase stands right after the argument and reads alone (``argument_phrases.plain_phrase``: no
    clause, number or pronoun; no word pointing back, "with other orders"); else the argument stays as it was and
    the refusal stands."""
    toks = a.toks
    last = max(t.i for t in toks)
    for t in partner_holders(toks):  # (the inner noun, or the noun the "of" phrase is on when the phrase follows)
        for c in t.children:
            if c.dep_ != "prep" or c in toks or c.lower_ not in words("cuts.inner_preps"):
                continue
            sub = sorted(c.subtree, key=lambda x: x.i)
            pointing = words("args.anaphoric_modifiers")
            if c.i != last + 1 or sub[-1].i - sub[0].i + 1 != len(sub) or not any(x.dep_ == "pobj" for x in c.children) \
                    or not plain_phrase(sub) or any(x.text == "," or x.lower_ in pointing for x in sub):
                return a
            drop = words("args.drop_det")
            new = toks | {x for x in sub if not (x.dep_ in ("det", "poss") and x.lower_ in drop)}
            return Arg(a.head, arg_text(new), a.term, a.quantity, a.plural, new)
    return a


def _split(h: Token, sent: Span) -> list[Arg]:
    """The arguments of a coordination, one each, unless splitting it would change what the book says."""
    listed = counted_list(h, sent)  # "consists of three parts: A, B and C": the members, whole (counted_lists.py)
    if listed is not None:
        return [listed]
    cjs = conjuncts_of(h)
    name = described_name(h, cjs)
    if name is not None:  # "English author and social critic Charles Dickens": one person (named_descriptors.py)
        toks = {t for c in cjs for t in c.subtree if t.i < name[1]} | set(sent.doc[name[0]:name[1]])
        return [Arg(sent.doc[name[1] - 1], sent.doc[name[0]:name[1]].text, sent.doc[name[0]:name[1]].text, "",
                     False, toks)]
    if opposite_pair(cjs):  # "from metals and nonmetals": one pair, neither alone (coordinations.opposite_pair)
        whole = joined_object(h, sent) if h.head.lemma_.lower() != "have" else None
        return [whole] if whole is not None else []  # "has its advantages and disadvantages": true of anything
    args = args_at(h, sent)
    spans = [a.toks | set(clause_of(a.head).subtree) if clause_of(a.head) is not None else a.toks for a in args]
    shared = shared_over_list(h)  # "Most water is recovered in A, B, and C": whole, with every member, or nothing
    if len(cjs) > 1 and coordination_unsafe(h, cjs, spans) and not (free_choice(h) and not coordination_unsafe(
            h, cjs, spans, choice=True)) or shared:  # free_choice: "can raise A or B", one claim each
        whole = joined_object(h, sent)  # read whole (coordinations.py)
        return [whole] if whole is not None and (not shared or set(h.conjuncts) <= whole.toks) else []
    return owned_by_sibling(conjuncts_before_break(h, args))


def unspecified(a: Arg) -> bool:
    """An object that is only "some N" or "certain N": which ones, the sentence does not say.
    Why: "Bacteria produce certain vitamins", "Sulfur reacts with some metals" were stored as facts whose key a
    reader cannot check and a model learns as a blank (session 32's chemistry sample: "certain compounds"); a noun
    with anything more ("some of the hormones of the pituitary", "certain cells of the retina") is left to the
    other rules."""
    toks = sorted((t for t in a.toks if not t.is_punct), key=lambda t: t.i)
    return len(toks) == 2 and toks[1].i == a.head.i and toks[0].lower_ in words("args.unspecified_quantifiers") \
        and toks[0].dep_ in ("det", "amod") and a.head.pos_ in ("NOUN", "PROPN")


def _frame(subj: Arg, obj: Arg, pred: str, lemma: str, negated: bool, rule: str, v: Token, obj_text: str | None = None) -> Frame | None:
    """The frame (subject, verb, object) of ``v``, or ``None`` when an argument is pointing, cut, one choice of
    verbs or cannot be read whole; ``obj_text``: an object written by the caller, not read off ``obj``."""
    if _bad(subj) or _bad(obj) or quoted(subj.head, subj.head.sent) or quoted(obj.head, obj.head.sent):
        return None  # an argument inside quotation marks is a name or someone's words ("stands for “Gay”")
    if alternative_verb(v, obj.head):
        return None  # "must store, or else be able to reconstruct, the value": one choice is no claim (argument_wholes)
    if part_without_whole(obj.head, subj.head):
        return None  # "forms the floor and posterior wall": of a whole another clause names (part_objects.py)
    subj, obj = restored(subj, v), (obj if obj_text else restored(obj, v))  # "the subset": of a table (argument_wholes)
    subj, obj2 = _whole(subj, v), _whole(obj, v)
    if subj is None or (obj2 is None and not obj_text):
        return None
    obj = obj2 or obj
    subj = with_partner(subj)
    if not obj_text:
        obj = with_partner(obj)
        g = goal_prep(obj.head, v, max(t.i for t in obj.toks))
        if g is not None:  # "passes from the esophagus into the stomach": the path whole (path_goals.py)
            goal = arg_at(next(x for x in g.children if x.dep_ == "pobj"), v.sent)
            if goal is None:
                return None
            toks = obj.toks | goal.toks | {g}
            obj = Arg(obj.head, f"{obj.text} {g.lower_} {goal.text}", obj.term, obj.quantity, obj.plural, toks)
    if not obj_text and unspecified(obj):
        return None  # "produce certain vitamins": which ones is not said (unspecified)
    if unreadable(subj, obj, v, bool(obj_text)) or argument_cut(subj.toks, subj.head) or argument_cut(obj.toks, obj.head) \
            or left_out(subj.toks, subj.head) or (not obj_text and left_out(obj.toks, obj.head)) \
            or argument_rest(subj.toks, subj.head, subject=True) or argument_rest(obj.toks, obj.head):
        return None  # (cuts.py: an argument cut inside, or placed relative to what the sentence does not name;
        # argument_rests.py: a part of its own phrase left outside it -- a modifier's head, an exception, a gerund)
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
    """The text of ``doc[a:b]`` without edge punctuation."""
    return doc[a:b].text.strip(" ,;:")
