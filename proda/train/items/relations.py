"""Open questions on a statement of any verb: "According to the text, what does X <verb>?", answered by what the book
says X <verbs>, in its words, with the sentence.

Why (S17-G funnel, ``benchmarks/train_funnel.py``): the open templates of ``generators`` ask only a few predicate
families (function, mechanism, requirement, definition), and choice and true/false items need distractors the
closed-world check can verify, which a small KB rarely has (none for 40 to 75 of a chapter's statements).  So a
right, supported statement of another verb ("the Internet has democratized news production", "beta particles pass
through a hand", "the granular cells sense decreased blood pressure") taught nothing.

What keeps the item right (each a reason a teacher would mark it wrong):
- the statement is askable (``generators.askable``: supported by its quote, affirmative, its scope kept, not a past
  event, its answer not one of many about a class or a general plural);
- the sentence says it the way the question asks: the statement's verb is the main verb of the quote (or a verb
  joined to it), in the active voice, with the statement's subject as its own subject (not "which"), and no
  auxiliary but "do" or a present "have" (a modal, "will", "must" or a progressive change the claim; a perfect is
  asked in the perfect: "What has X democratized?", verb forms from lemminflect); a present passive is asked about
  its passive subject and answered by its agent ("What is crime upheld by?"), never turned active;
- the answer is the one: every object the KB gives that subject under that verb, listed (as ``function_items`` does);
  the question does not already hold the answer's words (``circular``);
- no family another open template asks (so no subject is asked the same twice), no copula ("X is Y" is a definition
  or a classification, asked by its own rules).
"""

from __future__ import annotations

import re
from collections import defaultdict

from proda.lexicon.inflect import base, conjugate, inflect
from proda.train.items.additive import additive
from proda.train.items.cloze_context import _continues, _refers_back
from proda.train.items.draft import Draft
from proda.train.items.gates import _verb
from proda.train.items.kb import KB
from proda.train.items.phrases import parse, spans
from proda.train.items.render import _quote, _rng, np, prepare
from proda.train.items.text import cap

STEMS = ["According to the text, what {aux} {s} {verb}?", "What {aux} {s} {verb}, according to the text?"]
COPULA_STEMS = ["According to the text, what {be} {s} {rest}?", "What {be} {s} {rest}, according to the text?"]
_OK_AUX = {"do", "does", "have", "has"}


def _covered_by_template(kb: KB, s: dict) -> bool:
    """Another open template asks this statement's family (``generators.open_items``, ``function_items``)."""
    from proda.train.items.generators import EFFECT_VERBS, FUNCTION, MECHANISM, NECESSITY

    fam, lemma = s["fam"], s["lemma"]
    return (fam in FUNCTION and lemma in EFFECT_VERBS or fam in ("connect", "convert") and kb.direct_object(s)
            or fam in MECHANISM and lemma in EFFECT_VERBS or fam == "require" and lemma in NECESSITY)


def voice(s: dict) -> tuple[str, bool]:
    """How the quote says ``s``, and whether its verb is plural there: "present" (simple present, active, the subject
    the verb's own subject, main clause or joined to it), "perfect" (the same with a present "has"/"have"),
    "copula" ("X is proportional to Y": "be", an adjective with no adverb of its own, the predicate's preposition),
    or "" when it does not say it so.  The number is the quote's verb's ("State police have", which the parse of the
    subject alone reads as singular)."""
    q = (s.get("quote") or "").strip()
    if not q.endswith((".", "!", "?")):
        return "", False  # "... molecules of product:": the sentence runs into an equation or a list
    doc = parse(q)
    if _continues(doc) or _refers_back(doc):
        return "", False  # "Instead, the sultan creates ...", "In this model, ...": it leans on the sentence before
    parts = s["lemma"].split("_")
    v = _verb(doc, s["lemma"], s["object"], q)
    if v is None or not (v.dep_ == "ROOT" or v.dep_ == "conj" and v.head.dep_ == "ROOT"):
        return "", False
    head = v.head if v.dep_ == "conj" else v  # "X reads and writes Y": the first verb's subject and auxiliaries
    if len(parts) == 1 and v.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in list(v.children) + list(head.children)):
        return _passive(doc, v, head, s, q)
    subj = [c for c in v.children if c.dep_ == "nsubj"] or (
        [c for c in head.children if c.dep_ == "nsubj"] if v.dep_ == "conj" else [])
    at = {t.i for a, b in spans(s["subject"], q) for t in doc[a:b]}
    if len(subj) != 1 or subj[0].i not in at or subj[0].lower_ in ("which", "that", "who"):
        return "", False
    if any(c.dep_ in ("conj", "appos") and c.i > max(at) for c in subj[0].children) or \
            sum(1 for c in v.children if c.dep_ == "nsubj") > 1:
        return "", False  # "[the adductor longus], adductor brevis, and adductor magnus adduct": one member of a list
    aux = [c for c in list(v.children) + (list(head.children) if v.dep_ == "conj" else [])
           if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.dep_ != "aux" or c.lower_ not in _OK_AUX for c in aux):
        return "", False  # "will pass", "must work", "is growing", "is upheld": not the plain present claim
    if parts[0] == "be":
        return ("copula", v.tag_ == "VBP") if v.tag_ in ("VBZ", "VBP") and _adjective_slot(doc, v, s, q) else ("", False)
    if v.pos_ != "VERB" or not _object_slot(doc, v, s, q):
        return "", False
    have = [c for c in aux if c.lower_ in ("have", "has")]
    if have:
        return ("perfect", have[0].lower_ == "have") if v.tag_ == "VBN" else ("", False)
    return ("present", v.tag_ == "VBP") if v.tag_ in ("VBZ", "VBP") else ("", False)


def _passive(doc, v, head, s: dict, q: str) -> tuple[str, bool]:
    """"Y is <verb>ed by X" (the statement's object Y the passive subject, its subject X the whole agent phrase, the
    auxiliary a present "is"/"are" and no other): asked "What is Y <verb>ed by?" ("Crime is ... upheld by the
    criminal justice system"), so the answer is what the sentence puts after "by".  A universal passive subject
    ("Every fiber is innervated by ...") is left alone (``claims.universal_passive``)."""
    from proda.ingest.extract.lexdata import words

    kids = list(v.children) + (list(head.children) if v.dep_ == "conj" else [])
    aux = [c for c in kids if c.dep_ in ("aux", "auxpass", "neg")]
    if len(aux) != 1 or aux[0].dep_ != "auxpass" or aux[0].lower_ not in ("is", "are"):
        return "", False
    obj_at = {t.i for a, b in spans(s["object"], q) for t in doc[a:b]}
    subj = [c for c in kids if c.dep_ == "nsubjpass"]
    universal = words("remainders.universal")
    if len(subj) != 1 or subj[0].i not in obj_at or subj[0].lower_ in ("which", "that", "who") or \
            subj[0].lower_ in universal or any(d.dep_ in ("det", "predet") and d.lower_ in universal
                                               for d in subj[0].children):
        return "", False
    for a, b in spans(s["subject"], q):
        roots = _roots(doc, a, b)
        if len(roots) == 1 and roots[0].dep_ == "pobj" and roots[0].head.dep_ == "agent" \
                and roots[0].head.head.i == v.i and _whole_object(doc, roots[0], a, b):
            return "passive", aux[0].lower_ == "are"
    return "", False


def _roots(doc, a: int, b: int) -> list:
    """The tokens of ``doc[a:b]`` whose head lies outside it (or that head the sentence): the phrase's root(s)."""
    return [t for t in doc[a:b] if t.head.i not in range(a, b) or t.head.i == t.i]


def _whole_object(doc, r, a: int, b: int) -> bool:
    """The object's phrase is all the sentence says in that slot: not one conjunct of a list ("support [the
    development of trade], the reduction of ... and the lowering of taxes"), no "to" + verb after it ("provides
    [the structures] to transport waste"), no comma between it and its verb, and not a participle clause the parse
    took for a noun phrase ("invaginates posteriorly, [forming olfactory pits]")."""
    if r.dep_ == "conj" or any(c.dep_ in ("conj", "appos") and c.i >= b for t in doc[a:b] for c in t.children):
        return False  # "raise [the hyoid bone], the floor of the mouth, and the larynx": the parse's appos is a member
    gov = r.head if r.dep_ == "dobj" else r.head.head
    if any(c.i >= b and c.dep_ in ("dobj", "conj", "appos") and c.pos_ in ("NOUN", "PROPN") for c in gov.children):
        return False  # the list's other members hung on the verb ("includes [the A], the B, and the C")
    if b + 1 < len(doc) and doc[b].lower_ == "to" and doc[b + 1].tag_ == "VB":
        return False
    return not any(t.is_punct for t in doc[gov.i + 1:a]) and doc[a].tag_ != "VBG"


def _object_slot(doc, v, s: dict, q: str) -> bool:
    """The object is the verb's direct object, or the object of the preposition the predicate ends with ("drain
    into", "arise from"), and the whole of that slot (``_whole_object``)."""
    tail = s["lemma"].split("_")[1:]
    for a, b in spans(s["object"], q):
        roots = _roots(doc, a, b)
        if len(roots) != 1:
            continue
        r = roots[0]
        direct = not tail and r.dep_ == "dobj" and r.head.i == v.i
        prep = bool(tail) and r.dep_ == "pobj" and r.head.head.i == v.i and r.head.lower_ == tail[-1]
        if (direct or prep) and _whole_object(doc, r, a, b):
            return True
    return False


def _adjective_slot(doc, v, s: dict, q: str) -> bool:
    """"be_<adjective>_<preposition>": the copula's complement is that adjective, with no adverb of its own (an
    "inversely" or "largely" the predicate dropped would change the claim), and the object is the whole object of
    its preposition ("The rate is proportional to [the rate of collisions]")."""
    parts = s["lemma"].split("_")
    if len(parts) != 3:
        return False
    adj = [c for c in v.children if c.dep_ == "acomp" and c.lower_ == parts[1] and c.tag_ in ("JJ", "JJR")]
    if len(adj) != 1 or any(c.dep_ in ("advmod", "neg", "npadvmod") for c in adj[0].children):
        return False
    for a, b in spans(s["object"], q):
        roots = _roots(doc, a, b)
        if len(roots) == 1 and roots[0].dep_ == "pobj" and roots[0].head.head.i == adj[0].i \
                and roots[0].head.lower_ == parts[2] and _whole_object(doc, roots[0], a, b):
            return True
    return False


def as_quoted(s: dict, side: str = "object", book: str = "") -> str:
    """The subject or object in the quote's own words, with its articles and commas ("the pituitary, thyroid, ...
    glands", which extraction stores without them); ``render.np`` where the quote does not hold it token by token,
    or where the words there open or close a quotation or bracket the phrase does not close."""
    q = s.get("quote") or ""
    doc = parse(q)
    for a, b in spans(s[side], q):
        if a > 0 and doc[a - 1].lower_ in ("the", "a", "an"):
            a -= 1
        text = doc[a:b].text
        if a == 0 and doc[0].lower_ in ("the", "a", "an"):
            text = text[:1].lower() + text[1:]  # "The renal veins" opening the sentence
        elif a == 0 and (s.get(f"_{side}_surface", "")[:1].islower() or text[1:2].islower() and re.search(
                r"[a-z,;] " + re.escape(text[:1].lower() + text[1:]) + r"\b", book)):
            text = text[:1].lower() + text[1:]  # "Prison is ...": a common noun the book writes in lower case
        if all(text.count(x) == text.count(y) for x, y in ("()", "[]", "“”")) and text.count('"') % 2 == 0:
            return text
    return np(s, side)


def _bare_noun(kb: KB, s: dict, side: str, defined: set[str]) -> bool:
    """The phrase asked about is one common noun the KB does not define ("What does the mucus neutralize?", "What do
    solutes move across?", read wrong in S17-G's sheet): which mucus, which membranes, the paragraph said.  A name or
    an acronym ("ANH") or a defined term ("oxytocin", "prison") names its own thing."""
    words = s.get(f"_{side}_surface", s[side]).split()
    return len(words) == 1 and words[0].islower() and s[f"{side}_id"] not in defined


def _points_back(s: dict, side: str) -> bool:
    """The phrase asked about names its thing through the sentences before: "the resulting blockage", "the
    remaining cells", "the other valve" (a participle in "-ing" or a modifier of ``args.anaphoric_modifiers`` after
    "the"; S17-G fresh chapters: "What does the resulting blockage restrict?")."""
    from proda.ingest.extract.lexdata import words

    q = s.get("quote") or ""
    doc = parse(q)
    back = words("args.anaphoric_modifiers")
    for a, b in spans(s[side], q):
        lo = a - 1 if a > 0 and doc[a - 1].lower_ == "the" else a
        toks = doc[lo:b]
        if any(t.lower_ in back and t.dep_ in ("amod", "det", "predet") for t in toks):
            return True
        if toks[0].lower_ == "the" and len(toks) > 2 and toks[1].tag_ == "VBG" and toks[1].dep_ == "amod":
            return True
    return False


def _narrower_said(kb: KB, s: dict) -> bool:
    """The passive subject asked about ("the opening between the atrium and ventricle") is the general phrase of
    another statement of its chapter and family ("the opening between the left atrium and ventricle"): the book gives
    it two answers (review R2 of 39e91f6, anatomy 19: keyed the tricuspid valve while the mitral valve guards the
    other), so its question keys only one.  What ``askable`` does for an asked subject, here for the asked object."""
    from proda.train.items.words import content_words

    mine = content_words(s["object"])
    return bool(mine) and any(t["onorm"] != s["onorm"] and mine < content_words(t["object"])
                              for t in kb.by_chapter_family.get((s["chapter"], s["fam"]), []))


def relation_items(kb: KB, seed: int) -> list[Draft]:
    """One question per (subject, verb, voice) the sentences say plainly (see the module's docstring)."""
    from proda.train.items.generators import askable, circular

    prepare(kb)
    book = "\n".join(kb.chunks.values())
    defined = {c["id"] for c in kb.concepts if (c.get("definition") or "").strip()}
    groups: dict[tuple[str, str, str, str, bool], list[dict]] = defaultdict(list)
    for s in kb.statements:
        if s["lemma"] in ("be", "be_a_kind_of") or _covered_by_template(kb, s):
            continue  # "X is Y": a definition or a classification, asked by their own rules
        if s.get("subject_term", True) is False or not askable(kb, s):
            continue  # a subject that is no term of the book ("the center", "all legislation") needs its paragraph
        how, plural = voice(s)
        asked = "object" if how == "passive" else "subject"
        if how and (_bare_noun(kb, s, asked, defined) or _points_back(s, asked)):
            continue
        if how == "passive" and _narrower_said(kb, s):
            continue
        if how == "passive":  # asked about the object: "What is crime upheld by?"
            groups[(s["object_id"], s["onorm"], s["lemma"], how, plural)].append(s)
        elif how:
            groups[(s["subject_id"], s["snorm"], s["lemma"], how, plural)].append(s)
    out = []
    for (sid, _name, lemma, how, plural), group in sorted(groups.items()):
        group = sorted(group, key=lambda g: g["id"])
        if all(additive(g) for g in group):
            continue  # "Education also fulfills latent functions": the book's other answers are not in the group
        s0 = group[0]
        passive = how == "passive"
        subj = as_quoted(s0, "object" if passive else "subject", book)
        first, *rest = lemma.split("_")
        tail = " ".join(rest)
        rng = _rng(seed, s0["id"], "rel")
        if how == "copula":  # "What is the rate proportional to?"
            be = "are" if plural else "is"
            stem, said = rng.choice(COPULA_STEMS).format(be=be, s=subj, rest=tail), f"{be} {tail}"
        elif passive:  # "What is crime upheld by?"
            be = "are" if plural else "is"
            stem = rng.choice(COPULA_STEMS).format(be=be, s=subj, rest=f"{inflect(first, 'VBN')} by")
            said = f"{be} {inflect(first, 'VBN')} by"
        elif how == "perfect":  # "What has the Internet democratized?"
            aux, asked = ("have" if plural else "has"), f"{inflect(first, 'VBN')} {tail}".strip()
            stem, said = rng.choice(STEMS).format(aux=aux, s=subj, verb=asked), f"{aux} {asked}"
        else:  # "What do the renal veins drain into?"
            stem = rng.choice(STEMS).format(aux="do" if plural else "does", s=subj, verb=base(lemma))
            said = conjugate(lemma, plural)
        other = "subject" if passive else "object"
        objs = sorted({as_quoted(g, other, book) for g in group}, key=str.lower)
        if circular(stem, " ".join(g[other] for g in group)):
            continue
        listed = objs[0] if len(objs) == 1 else "; ".join(objs[:-1]) + "; and " + objs[-1]
        answer = cap(f"{subj} {said} {listed}")
        expl = f"{answer}." + (_quote(s0) if len({g.get("quote") for g in group}) == 1 else "")
        out.append(Draft("open_qa", "relation", cap(stem), expl,
                         concept_ids=[sid] + [g[f"{other}_id"] for g in group], statement_ids=[g["id"] for g in group]))
    return out


__all__ = ["relation_items", "voice"]
