"""Candidate training items per type, each verified against the KB (``kb.KB``) before it becomes a draft.

Rules (issue 12): a key or a true claim comes from a statement its source quote supports; a wrong option or a false
claim is an object that ``KB.false_for`` clears for the subject under every predicate of the family and that is the
same kind of thing as the key, from the same chapter, sharing no content word with it; a negated claim is keyed True
only where the book states the negation, and as many false denials of certain facts are drawn, so "does not ..."
claims are correct about as often as the others; a definition answers "What is X?" only when X is the subject of the
definition and the sentence says what X is (not "X is an important part of ...": ``definitions``).  Audit round 3:
every item from a statement keeps its quote's scope, tense, articles and number (``gates``, ``render``); an open
question is asked only where its answer is the one (``askable``); true/false claims and multi-select options live in
``claims``.
"""

from __future__ import annotations

from collections import defaultdict

from proda.datasets import normalize_text
from proda.lexicon.inflect import base, conjugate, does, is_plural
from proda.train.items.additive import additive
from proda.train.items.claims import claim, multi_select, true_false  # noqa: F401  (re-exported)
from proda.ingest.extract.definition_gates import open_ended
from proda.train.items.definitions import (anaphoric, definition_items, defines_term, everyday_plural,  # noqa: F401
                                           is_remark, stopped)  # (re-exported for callers)
from proda.train.items.draft import Draft
from proda.train.items.gates import keeps_scope, passive_agent, scope_lost, subject_plural
from proda.train.items.kb import KB
from proda.train.items.phrases import defines, general_word
from proda.train.items.relations import _points_back as points_back  # "the resulting blockage": which, said before
from proda.train.items.render import _article, _lower_first, _quote, _rng, fact, np, past, prepare
from proda.train.items.templates import OPEN_TEMPLATES  # noqa: F401  (re-exported)
from proda.train.items.text import cap, comparison
from proda.train.items.words import content_words

# "How does X affect Y?" is answered only by a verb that says which way ("increases"); "X causes Y" or "X converts
# to Y" would just restate the stem (circular), so those are asked as "What does X cause?" instead
MECHANISM = {"increase", "decrease", "stimulate", "inhibit"}
FUNCTION = {"produce", "transport", "remove", "protect", "control", "cause"}
# verbs of those families that say an effect in every use: "raises children", "grows in peripheral countries",
# "travel great distances", "helps", "allows" have other senses, so no effect or function question is asked of them
EFFECT_VERBS = {"increase", "decrease", "reduce", "lower", "elevate", "enhance", "boost", "amplify", "accelerate",
                "intensify", "augment", "heighten", "diminish", "lessen", "attenuate", "stimulate", "activate",
                "promote", "inhibit", "suppress", "block", "prevent", "repress", "impair", "downregulate", "upregulate",
                "produce", "secrete", "release", "generate", "synthesize", "excrete", "emit", "cause", "lead_to",
                "result_in", "trigger", "induce", "carry", "transport", "deliver", "transfer", "transmit", "supply",
                "remove", "eliminate", "destroy", "degrade", "break_down", "protect", "cover", "surround", "shield",
                "enclose", "line", "control", "regulate", "govern", "coordinate", "modulate", "affect", "influence"}
STRUCTURE = {"is_a", "part_of", "contain", "connect"}
NECESSITY = {"require", "need", "depend_on", "rely_on"}  # "use", "involve" describe one case, not a requirement
def circular(stem: str, key: str) -> bool:
    """The stem already holds what the answer teaches: every content word of ``key`` is in ``stem`` ("What is the
    causal relation between A and B to decrease C?" answered "A causes B to decrease C")."""
    k = content_words(key)
    return not k or k <= content_words(stem)


def _listing(objs: list[str]) -> str:
    return objs[0] if len(objs) == 1 else ", ".join(objs[:-1]) + " and " + objs[-1]


def function_items(kb: KB, seed: int) -> list[Draft]:
    """"What does X produce?" answered by every object the KB gives X under the predicate's family ("secretes CRH
    and dopamine, and produces releasing hormones"): one of several as the single answer would be arbitrary."""
    out = []
    prepare(kb)
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for s in kb.statements:
        asked = (s["fam"] in FUNCTION and s["lemma"] in EFFECT_VERBS
                 # links and conversions on a direct object ("binds to collagen", "converts to fibrin")
                 or s["fam"] in ("connect", "convert") and kb.direct_object(s))
        if asked and askable(kb, s) and s.get("subject_term", True) is not False and not points_back(s, "subject"):
            groups[(s["subject_id"], s["snorm"], s["fam"])].append(s)  # one concept id may carry several names
    for (sid, _name, fam), group in sorted(groups.items()):
        group = sorted(group, key=lambda g: g["id"])
        if all(additive(g) for g in group):
            continue  # "In addition, the testes produce inhibin": other products are told elsewhere (``additive``)
        s0, rng = group[0], _rng(seed, sid, fam, "fn")
        by_lemma: dict[str, list[dict]] = defaultdict(list)
        for g in group:
            by_lemma[g["lemma"]].append(g)
        lemma = s0["lemma"] if len(by_lemma) == 1 else fam  # the family's own verb covers all its predicates
        subj = np(s0, "subject")
        parts, plural = [], subject_plural(s0["subject"])
        plural = is_plural(s0["subject"]) if plural is None else plural  # "The bulbus cordis develops": singular
        stem = rng.choice(OPEN_TEMPLATES["function"]).format(
            s=subj, does="do" if plural else "does", base=base(lemma), verb=conjugate(lemma, plural))
        for lem, gs in sorted(by_lemma.items()):
            objs = sorted({np(g, "object") for g in gs}, key=str.lower)
            parts.append(f"{conjugate(lem, plural)} {_listing(objs)}")
        answer = cap(f"{subj} {', and '.join(parts)}")
        if circular(stem, " ".join(g["object"] for g in group)):
            continue
        expl = f"{answer}." + (_quote(s0) if len(group) == 1 else "")
        out.append(Draft("open_qa", "function", stem, expl, concept_ids=[sid] + [g["object_id"] for g in group],
                         statement_ids=[g["id"] for g in group]))
    return out


def open_items(kb: KB, seed: int) -> list[Draft]:
    out = function_items(kb, seed)
    defined = {c["id"] for c in kb.concepts if (c.get("definition") or "").strip()}  # asked by definition_items
    for s in kb.statements:
        if not askable(kb, s):
            continue
        fam, rng = s["fam"], _rng(seed, s["id"], "open")
        subj = np(s, "subject")
        ids = dict(concept_ids=[s["subject_id"], s["object_id"]], statement_ids=[s["id"]])
        true = fact(s)
        if fam in MECHANISM and s["lemma"] in EFFECT_VERBS and kb.direct_object(s):  # "increase with age": no effect on age
            stem = rng.choice(OPEN_TEMPLATES["mechanism"]).format(s=subj, o=np(s, "object"),
                                                                  does=does(s["subject"]))
            if not circular(stem, true):
                out.append(Draft("open_qa", "mechanism", stem, f"{true}.{_quote(s)}", **ids))
        if fam == "require" and s["lemma"] in NECESSITY and not additive(s):
            stem = rng.choice(OPEN_TEMPLATES["requires"]).format(s=subj, does=does(s["subject"]),
                                                                  base=base(s["lemma"]))
            if not circular(stem, s["object"]):
                out.append(Draft("open_qa", "application", stem, f"{cap(s['object'])}: {_lower_first(true)}.{_quote(s)}",
                                 **ids))
        quote = (s.get("quote") or "").strip()
        # "What is X?" from a statement only where its sentence defines X (genus and differentia, X the subject of
        # the main clause): "a clean environment is a social value to them" classifies nothing
        if (fam == "is_a" and s["subject_id"] not in defined and kb.is_copula(s) and kb.grammatical_subject(s)
                and not anaphoric(s["object"])
                and not anaphoric(s["subject"]) and s.get("subject_term", True) is not False
                and not everyday_plural(s["subject"])
                and defines(s["subject"], quote) and not is_remark(s["subject"], quote) and not open_ended(quote)
                and not additive(s)):  # "X is also a Y": one of its kinds
            stem = rng.choice(OPEN_TEMPLATES["kind"]).format(s=subj, be="are" if is_plural(s["subject"]) else "is")
            out.append(Draft("open_qa", "definition", stem, stopped(quote), **ids))
    by_class: dict[str, list[dict]] = defaultdict(list)
    for s in kb.by_family.get("is_a", []):
        if (askable(kb, s, open_question=False) and kb.is_copula(s) and kb.grammatical_subject(s)
                and _article(s, s["object"]) != "the" and not anaphoric(s["object"])
                and bare_class(s["object"])):  # "the X" names one thing; "equilibrium in which ..." is no class
            by_class[s["okey"]].append(s)
    for _okey, group in sorted(by_class.items()):
        group = sorted(group, key=lambda g: g["id"])
        for a, b in zip(group, group[1:]):
            if a["skey"] == b["skey"]:
                continue
            rng = _rng(seed, a["id"], b["id"], "cmp")
            stem = rng.choice(OPEN_TEMPLATES["comparison"]).format(a=np(a, "subject"),
                                                                   b=np(b, "subject"))
            expl = f"Both are kinds of {a['object']}: {fact(a)}, and {_lower_first(fact(b))}."
            out.append(Draft("open_qa", "comparison", stem, expl,
                             concept_ids=[a["subject_id"], b["subject_id"], a["object_id"]],
                             statement_ids=[a["id"], b["id"]]))
    return out


def bare_class(obj: str) -> bool:
    """A class named by a short noun phrase without a clause or a phrase narrowing it down: only then is "both are
    kinds of it" true of two of its members."""
    words = normalize_text(obj).split()
    return 0 < len(words) <= 3 and not set(words) & {"that", "which", "who", "whose", "where", "in", "of", "with", "for"}


def single_choice(kb: KB, seed: int) -> list[Draft]:
    out = []
    prepare(kb)
    for s in kb.statements:
        if not askable(kb, s, open_question=False):
            continue
        if s["fam"] == "is_a" and not kb.grammatical_subject(s):
            continue  # "toes are which of these? abduction": the quote does not say what its subject is
        rng = _rng(seed, s["id"], "sc")
        # objects of the same verb ("allow for rotation": other things joints allow for), not any object of the
        # family: "syndesmosis" or "suture" beside "rotation" are no movements and give the key away
        wrong = kb.wrong_objects(s, rng, 3, same_verb=True)
        if len(wrong) < 3:
            continue
        opts = [s["object"]] + [w for _, w in wrong]
        order = list(range(4))
        rng.shuffle(order)
        options = [opts[i] for i in order]
        correct = [order.index(0)]
        subj, phrase = np(s, "subject"), s["lemma"]
        if phrase == "be" or phrase.startswith("be_"):
            stem = f"According to the text, {subj} {conjugate(phrase, is_plural(subj))} which of these?"
        else:
            stem = rng.choice([f"Which of the following {does(subj)} {subj} {base(phrase)}?",
                               f"According to the text, {subj} {conjugate(phrase, is_plural(subj))} which of these?"])
        out.append(Draft("single_choice", s["fam"], cap(stem), f"{fact(s)}.{_quote(s)}", options, correct,
                         concept_ids=[s["subject_id"], s["object_id"]] + [k for k, _ in wrong if k.startswith("c_")],
                         statement_ids=[s["id"]], option_forms=["object"] * 4))
    return out


def askable(kb: KB, s: dict, open_question: bool = True) -> bool:
    """A question in the present tense about ``s`` can be asked (``unaskable`` says why not)."""
    return not unaskable(kb, s, open_question)


def unaskable(kb: KB, s: dict, open_question: bool = True) -> str:
    """Why no question in the present tense about ``s`` can be asked, "" when one can: it must be supported,
    affirmative, keep its quote's scope (``gates.keeps_scope``) and not be a past event.  An open question also needs
    an answer that is the one: not about a class ("neurons": "Hypothalamic hormones are secreted by neurons" is no
    answer to "What do neurons secrete?"), a one-word agent of a passive, a subject named by an everyday plural
    ("cells", "states": not "the hip") or one inside another subject of the same family ("negative feedback" beside
    "negative feedback loop"): their answers are many.  The first gate that refuses is named ("askable:past",
    "supported:modal"), so that ``benchmarks/train_funnel.py`` reports this check, not a copy of it."""
    if not kb.supported(s):
        return kb.unsupported(s)
    if s["neg"]:
        return "askable:negated"
    if comparison(s):
        return "askable:comparison"  # "What are covalent bonds stronger than?": one of many right answers, and the
        # objects of other comparisons ("stronger than dipole forces") are no surely wrong options (session 24)
    if not keeps_scope(s):
        return scope_lost(s)
    if past(s):
        return "askable:past"
    if not open_question:
        return ""
    # "What do cells rely on?", "What do neurons secrete?" (from "... are secreted by neurons")
    if general_word(s["subject"]) and is_plural(s["subject"]):
        return "askable:general_plural_subject"
    if kb.is_class(s):
        return "askable:class_subject"
    if len(s["subject"].split()) == 1 and passive_agent(s.get("quote") or "", s["lemma"], s["subject"]):
        return "askable:passive_agent"
    mine = content_words(s["subject"])
    for t in kb.by_chapter_family.get((s["chapter"], s["fam"]), []):
        theirs = content_words(t["subject"])
        # I am the general one ("negative feedback" beside "negative feedback loop"), or a near-duplicate name
        # inside mine; "cell" beside "beta cell" leaves "What does the beta cell produce?" one answer
        if t["skey"] != s["skey"] and t["onorm"] != s["onorm"] and mine and theirs and (
                mine < theirs or (theirs <= mine and len(theirs) > 1)):
            return "askable:general_beside_specific"
    return ""


__all__ = ["askable", "unaskable", "definition_items", "open_items", "single_choice", "true_false", "multi_select",
           "claim", "fact",
           "defines_term", "OPEN_TEMPLATES"]
