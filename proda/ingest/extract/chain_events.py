"""A chain step as an event: who does what to what, with its sign, read from the dependency parse.

Why a separate module: chain rules (``chains.py``) decide *which* sentences or
clauses are steps; this module decides what each step *says*.  It prefers the
statement frames of the offline extractor (``frames.py``) when they are
available and falls back to a small reading of the clause's own verb, so a
chain step always carries subject, predicate, object and polarity.

Polarity is the sign of the predicate's family (``proda.lexicon``) flipped by a
negation on the verb; quantity words ("less", "fewer", "no") stay inside the
argument text, so "Less forceful contractions result in smaller SVs" keeps
"less" instead of becoming "forceful contractions -> smaller SVs".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from proda.ingest.extract.misread_verbs import misread_verb, subject_tokens, verb_lemma
from proda.ingest.extract.predicates import _negated
from proda.lexicon import family_of, inner_lemma, polarity_of
from proda.models import StepEvent

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_OBJ = {"dobj", "attr", "oprd", "acomp", "dative"}
_CUT = {"relcl", "advcl", "appos", "conj", "cc", "punct", "parataxis", "mark", "prep_agent"}
_DROP_LEAD = {"the", "a", "an", "this", "these", "that", "those", "its", "their", "his", "her", "our", "your", "which", "who"}
_REL = {"which", "that", "who", "whom", "whose"}


def _trim(tokens) -> str:
    toks = list(tokens)
    while toks and (toks[0].is_punct or toks[0].lower_ in _REL):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in ")]":
        toks = toks[:-1]
    if not toks:
        return ""
    doc = toks[0].doc
    return doc[toks[0].i : toks[-1].i + 1].text


def arg_tokens(tok, lo: int, hi: int):
    """The argument headed by ``tok``: its subtree within [lo, hi) minus relative/adverbial clauses and appositions."""
    cut: set[int] = set()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "turn" for g in c.children):
            cut |= {t.i for t in c.subtree}  # the connective "in turn" is not part of the argument
        elif c.dep_ in _CUT or (c.dep_ == "acl" and c.i > tok.i and c.nbor(-1).is_punct):
            cut |= {t.i for t in c.subtree}
    keep = [t for t in tok.subtree if lo <= t.i < hi and t.i not in cut]
    if not keep:
        return []
    a, z = min(t.i for t in keep), max(t.i for t in keep)
    out = []
    for t in tok.doc[a : z + 1]:  # contiguous, stop at a cut point
        if t.i in cut and t.i > tok.i:
            break
        if t.i not in cut:
            out.append(t)
    return out


def concept_name(text: str) -> str:
    """An argument as a concept name: leading determiners/possessives dropped, at most one line."""
    words = text.replace("\n", " ").split()
    while words and words[0].lower() in _DROP_LEAD:
        words = words[1:]
    name = " ".join(words).strip(" ,;:")
    last = name.split(" ")[-1] if name else ""
    return name[:-1] if last.endswith(".") and "." not in last[:-1] else name  # "blood pH." (a sentence's stop), not "U.S."


def _antecedent(verb):
    """The noun a relative clause hangs on ("X, which causes Y": X)."""
    head = verb.head if verb.dep_ == "relcl" else None
    return head


def negated(v) -> bool:
    """ "does not stimulate", and "no longer stimulates" (the parser hangs "no" on "longer", not on the verb).  Only
    "longer"/"more" carry that "no": "Not surprisingly, X rises" hangs "not" on the adverb and negates nothing."""
    # (predicates._negated: "not" on the verb or on its auxiliary, "were not yet flushed"; one reading for both)
    return _negated(v) or any(c.dep_ == "advmod" and c.lower_ in ("longer", "more")
                              and any(g.dep_ == "neg" for g in c.children) for c in v.children) or no_longer(v)


def no_longer(v) -> bool:
    """"no longer" / "no more" on verb ``v`` whichever way the parser hangs the pair: "no" under the adverb (the usual
    parse) or the adverb under "no" ("cells no more build DNA": "no" a ``dep`` of the verb, "more" its ``amod``)."""
    pair = ("longer", "more")
    return any((c.lower_ in pair and any(g.lower_ == "no" for g in c.children))
               or (c.lower_ == "no" and any(g.lower_ in pair for g in c.children)) for c in v.children)


# families of a verb that says its object changes, stops or is held back
CHANGE_FAMILIES = frozenset({"increase", "decrease", "inhibit", "cease", "halt", "end"})


def changed(noun) -> bool:
    """Whether the clause before says that ``noun`` changes, stops or does not happen ("reduced their purchases of
    gasoline", "less water", "stops releasing TSH", "no longer release PTH", "raised interest rates"): then a
    ", which ..." after it is said of that change, not of the noun the parser hangs "which" on ("which lowers thyroid
    hormone levels" is said of the stopping, not of TSH), and the noun can be neither its subject (chain statements,
    ``chains._clause_antecedent``) nor written in its place (benchmark steps, ``bench_events.relative_step``).

    One answer for both uses, and the safe one: True wherever either earlier reading said so.  Read: a quantity word
    on the noun; and every verb above it, and every noun above it too (the small tagger takes "stops" in "the
    pituitary stops releasing TSH" for a noun), that has a negative sign, a change family or a negation ("not",
    "no longer", "no more") -- also past a relative clause ("inhibits the osteoclasts that break down bone, which
    ..." may be said of the inhibition), since a "which" wrongly read as the noun teaches a wrong fact."""
    from proda.ingest.extract.lexdata import words

    if any(c.lower_ in words("args.quantity") for c in noun.children if c.dep_ in ("amod", "det", "advmod", "nummod")):
        return True
    for v in noun.ancestors:
        if v.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        lemma = v.lemma_.lower()
        if polarity_of(lemma) < 0 or family_of(lemma) in CHANGE_FAMILIES or negated(v):
            return True
        if no_longer(v):
            return True  # "no longer" whatever dependency the parser gives "no"
    return False


def _local(span, sentence: str) -> tuple[StepEvent, bool] | None:
    """The local reading and whether ITS verb is negated (a "not" on another verb of the span negates nothing here)."""
    lo, hi = span.start, span.end
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJ | _OBJ | {"prep", "agent", "xcomp", "ccomp"} for c in t.children)]
    if not verbs:
        verbs = [t for t in span if t.pos_ == "VERB"]
    if not verbs:  # "the thoracic cavity and lungs decrease in volume": the small parser's noun root with a subject
        verbs = [t for t in span if t.tag_ in ("NN", "NNS") and t.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in t.children)]
    if not verbs:
        return None
    # the verb closest to the root within the span
    v = min(verbs, key=lambda t: (len(list(t.ancestors)), t.i))
    subj = next((c for c in v.children if c.dep_ in _SUBJ), None)
    if (w := misread_verb(v)) is not None:  # "the rate of receptor firing decreases": "decreases" is the verb
        lemma = verb_lemma(w)
        return StepEvent(subject=_trim(subject_tokens(v, lo)), predicate=w.text, object="", polarity=polarity_of(lemma),
                         family=family_of(lemma), sentence=sentence), False
    if not (v.tag_.startswith("VB") or v.dep_ == "ROOT") or (subj is not None and subj.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "DET")):
        return None  # a mis-tagged word is not an event
    subj_text = ""
    if subj is not None and subj.lower_ in _REL and (ante := _antecedent(v)) is not None:
        subj_text = _trim(arg_tokens(ante, 0, len(span.doc)))
    elif subj is not None:
        subj_text = _trim(arg_tokens(subj, lo, hi))
    elif v.dep_ in ("advcl", "relcl", "acl") and v.tag_ == "VBG":
        subj_text = ""  # ", leading to X": the whole previous event is the subject
    neg = negated(v)
    parts = [v]
    obj = next((c for c in v.children if c.dep_ in _OBJ), None)
    passive = subj is not None and subj.dep_ == "nsubjpass"
    agent = next((c for c in v.children if c.dep_ == "agent"), None)
    obj_text = ""
    if passive and agent is not None:
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            obj_text, subj_text = subj_text, _trim(arg_tokens(pobj, lo, hi))
            passive = False
    if not obj_text and obj is not None:
        toks = arg_tokens(obj, lo, hi)
        comp = next((c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.i > obj.i), None)
        if comp is not None:  # "causes smooth muscle to constrict": keep the clause
            toks = list(span.doc[obj.left_edge.i : comp.right_edge.i + 1])
        obj_text = _trim(toks)
    if not obj_text:
        for c in v.children:
            if c.dep_ == "prt":
                parts.append(c)
            if c.dep_ == "prep" and c.i > v.i:
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    parts.append(c)
                    obj_text = _trim(arg_tokens(pobj, lo, hi))
                    break
    if not obj_text:
        comp = next((c for c in v.children if c.dep_ in ("xcomp", "ccomp")), None)
        if comp is not None:
            obj_text = _trim(list(comp.subtree))
    parts.sort(key=lambda t: t.i)
    lemma = "_".join(t.lemma_.lower() for t in parts)
    surface = " ".join(([("is" if passive else "")] if passive else []) + (["not"] if neg else []) + [t.text for t in parts]).strip()
    pol = polarity_of(lemma) * (-1 if neg else 1)
    return StepEvent(subject=subj_text, predicate=surface, object=obj_text, polarity=pol, family=family_of(lemma),
                     sentence=sentence), neg


@dataclass
class Event:
    """A step's event plus what its transition statement needs (lemma, negation, quantity, rule)."""

    step: StepEvent
    lemma: str = ""
    negated: bool = False
    quantity: str = ""
    rule: str = ""
    subject_term: str = ""
    object_term: str = ""


def _clean(arg: str) -> str:
    """An argument without the connective "in turn" the parser may have attached to it."""
    return " ".join(re.sub(r"(?:^|\s|,)\s*in turn\b,?", " ", arg).split())


def _depth(tok) -> int:
    return sum(1 for _ in tok.ancestors)


def event_of(seg, sent, frames_cache: dict | None = None) -> Event | None:
    """The event of step span ``seg`` inside sentence span ``sent``.

    The offline extractor's frames of the whole sentence (so a relative clause
    reaches its antecedent outside the step) whose verb lies in the step; the
    one nearest the root wins.  Else the local reading (subject and verb, maybe
    no object), kept only when subject and verb are what the tags say they are.
    """
    from proda.ingest.extract.frames import frames

    key = (sent.start, sent.end)
    cache = frames_cache if frames_cache is not None else {}
    if key not in cache:
        try:
            cache[key] = frames(sent)
        except Exception:  # a frame reader error must not lose the chain: fall back to the local reading
            cache[key] = []
    doc = sent.doc
    cands = [f for f in cache[key] if seg.start <= f.verb < seg.end and f.subject and f.object]
    text = sent.text
    top = [t for t in seg if t.pos_ in ("VERB", "AUX") and not any(seg.start <= a.i < seg.end and a.pos_ in ("VERB", "AUX")
                                                                   for a in t.ancestors)]
    if cands and top and all(doc[f.verb].dep_ == "relcl" and _depth(doc[f.verb]) > min(_depth(t) for t in top) for f in cands):
        cands = []  # "that kills any harmful bacteria, which require a basic environment": the only frame is the aside's
        # (a relative clause under the step's own verb); the step's event is its own verb's, read locally below
    if cands:
        f = min(cands, key=lambda f: (_depth(doc[f.verb]), f.verb))
        pol = -f.polarity if negated(doc[f.verb]) and not f.negated else f.polarity  # "no longer" the frame missed
        return Event(StepEvent(subject=_clean(f.subject), predicate=f.predicate, object=_clean(f.object), polarity=pol,
                               family=_family(f), sentence=text),
                     f.predicate_lemma, f.negated or negated(doc[f.verb]), f.quantity, f.rule, f.subject_term, f.object_term)
    read = _local(seg, text)
    if read is None:
        return None
    ev, neg = read  # the negation of the verb the predicate and sign come from, not of any verb of the step
    return Event(ev, negated=neg, rule="step_clause", subject_term=concept_name(ev.subject), object_term=concept_name(ev.object))


def _family(f) -> str:
    """A frame's family as a chain step: a tendency's or aim's is its infinitive's ("tend_to_make" -> "produce"), as
    the step's predicate keeps the hedge ("tend to make") and its sign is the infinitive's (s23-H)."""
    inner = inner_lemma(f.predicate_lemma or "")
    return family_of(inner) if inner != (f.predicate_lemma or "") else (f.family or family_of(f.predicate_lemma))
