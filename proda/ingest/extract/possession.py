""""X has Y": a verb of possession read as a claim when its object is a noun the subject holds.

Why: "have" is a light verb (lexical ``verbs.light``) because most of its uses say nothing on their own ("have to",
"have difficulty", "had a look"); but "All federal systems have a written constitution", "Every rule-of-law country
has protections for the accused", "Capillaries have only one layer" state what a class of things has, a fact a
teacher asks.  Social-science prose states its facts this way often (issue 11: development sentences that give no
statement, sampled with ``random.Random(12)``).  What a thing has holds only where and when the sentence says, so
the frame is refused when that limit would be lost (:func:`possession_cut`).

The module holds the light verbs read as claims: "use" with a noun object and its purpose ("Plants use sunlight to
produce glucose", :func:`used_for`, session 38) is the other one.
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.counted_lists import counted_list
from proda.ingest.extract.example_lists import opens_examples
from proda.ingest.extract.lexdata import words

_POINTING = ("this", "these", "that", "those", "such")


def used_for(v: Token) -> bool:
    """``v`` is "use" with a noun object and the purpose it is used for: "Plants use sunlight to produce glucose",
    "The tagger uses a Viterbi decoder to find the likeliest tags" (round 36's missed facts: an instrument and what it
    does).  "use" stays light otherwise ("use the table", "we use this observation"): without the purpose the frame
    says only that something is used.  The purpose must have its own object or phrase ("to produce glucose", not
    "to help"), and the object be a noun, not a pronoun; the frame is read by ``frame_complements._objects`` as a
    clausal complement ("sunlight to produce glucose").  The purpose is read to its end, so it must be one: no
    second predicate ("to produce ATP but fatigue quickly", "to perform experiments, pose hypotheses, and ..."), no
    clause of reason, manner or report in it ("because ...", "in the same way that ..."), no personal pronoun ("to
    sell to us"), no dash aside; and "used" in the past is a story's event ("The groups used social media to ...")."""
    if v.lemma_.lower() not in words("verbs.purpose_light") or v.pos_ != "VERB" or v.tag_ in ("VBN", "VBD"):
        return False
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    aim = next((c for c in v.children if c.dep_ == "xcomp" and c.i > obj.i), None)
    if aim is None or aim.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in aim.children) \
            or not any(c.dep_ in ("dobj", "prep") for c in aim.children):
        return False
    return not any((t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")) or t.dep_ in ("advcl", "ccomp", "mark")
                   or (t.dep_ == "cc" and t.lower_ in ("but", "yet"))
                   or t.tag_ == "PRP" or t.text in ("—", "–") for t in aim.subtree if t.i != aim.i)


def possession(v: Token) -> bool:
    """``v`` is "have" as a main verb of state with a noun object: not progressive ("women are having children
    later": an event), no clause on the verb ("have X to do", "have X removed"), no time adverb ("The fetus now has
    ...": a stage), no word the parser hung on the verb past the object ("have aluminum [hydroxide], ..., as":
    a misparse), and an object noun that names a thing held, not a light noun ("have difficulty")."""
    if v.lemma_.lower() != "have" or v.pos_ != "VERB" or v.tag_ == "VBG":
        return False
    if v.dep_ in ("relcl", "acl") and not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in v.children):
        return False  # "councils wherein a mayor has absolute power": what the clause restricts its noun to
    if any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in v.children):
        return False  # (the same clause parsed as an adverbial one: "wherein", "where", "whereby" open it)
    if v.dep_ == "relcl" and any(c.dep_ == "conj" and v.head.i < c.i < v.i for c in v.head.children):
        return False  # "include A, which ..., and B (b), which has ...": the parser hung B's clause on A
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in words("possession.light_objects"):
        return False
    if obj.lemma_.lower() in words("terms.generic_heads") and not any(c.lower_ == "the" for c in obj.children) and any(
            c.dep_ in ("amod", "det", "nummod") and c.lower_ in words("hedges.quantifiers") for c in obj.children):
        return False  # "have several characteristic features that ...": a list's lead-in, the facts follow it
        # ("has the most people on death row" is a superlative, kept)
    for c in v.children:
        if c.dep_ in ("xcomp", "ccomp", "oprd") or (c.dep_ in ("advmod", "npadvmod") and c.i > obj.i):
            return False
        if c.dep_ == "advmod" and c.lower_ in words("possession.time_adverbs"):
            return False
    return True


def possession_cut(v: Token, obj_text: str) -> bool:
    """A possession frame of ``v`` ("have") whose sentence limits it beyond what the frame carries: a fronted
    phrase pointing back ("In these systems, the judiciary has little independence": which systems, the frame does
    not say), a relative clause inside the object left out ("has protections for individuals [who are accused of
    crimes]"), a number left out ("has a pH [between 5 and 6]"), a phrase of the object noun left out ("have close
    ties [with their patrons]"; examples, "including A", may go) or a comparison without its standard ("the suburbs
    have a much higher population": higher than what?; "larger nuclei have more repulsions" compares the subject's
    own kind and stays)."""
    if v.lemma_.lower() != "have":
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    heads = [v]
    while heads[-1].dep_ == "conj" and heads[-1].head.i != heads[-1].i:
        heads.append(heads[-1].head)  # "In these systems, the head, often called X, has ...": on the first verb
    for p in (c for w in heads for c in w.children):
        if p.dep_ == "prep" and p.i < v.i and any(t.lower_ in _POINTING and t.tag_ not in ("WDT", "WP")
                                                  for t in p.subtree):
            return True
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None or counted_list(obj, v.sent) is not None:
        return False  # "has three layers: A, B and C": the count is read as its members (counted_lists.py)
    kept = obj_text.split()
    for t in obj.subtree:
        if (t.dep_ == "relcl" or (t.pos_ == "NUM" and not _in_brackets(t))) and t.text not in kept:
            return True  # (a number left out: "has a salinity [of 35 grams per litre]" is no fact)
    doc, end = v.doc, obj.right_edge.i
    if end + 2 < len(doc) and doc[end + 1].pos_ == "ADP" and doc[end + 2].pos_ == "NUM" and doc[end + 2].text not in kept:
        return True  # the same, its numbers hung elsewhere by the parser ("has a pH [between 5 and 6] due to ...")
    if any(c.dep_ == "prep" and not _examples(c) and any(g.dep_ == "pobj" and g.text not in kept for g in c.children)
           for c in obj.children):
        return True  # "ministers have close relationships [with their prime ministers]": a relation without its other end
    compared = [t for t in obj.subtree if t.tag_ in ("JJR", "RBR")]
    own = subj is not None and any(t.tag_ in ("JJR", "JJS") for t in subj.subtree)
    return bool(compared) and not own and not any(t.lower_ == "than" for t in v.sent)


def _examples(prep: Token) -> bool:
    """A phrase of examples ("causes, including A and B", "such as A"): the object is as true without them."""
    return opens_examples(prep, words("possession.example_preps"))


def _in_brackets(t: Token) -> bool:
    """Inside an open bracket: "(Smith 2017)" is a citation, no number of the object."""
    for w in reversed(t.doc[t.sent.start:t.i]):
        if w.text in "()":
            return w.text == "("
    return False


_FEW = ("few", "little")


def possession_polarity(v: Token, fr):
    """The possession frame ``fr`` of ``v`` with the sign its object's quantifier gives it, or ``None`` to refuse.
    "Red blood cells have no nucleus" says they do NOT have one: stored as "do not have" + "nucleus", negated, its
    polarity turned (the object's "no" had been kept in the object text with the frame positive, so a denial item
    built from it flipped the fact -- review R17 item 3).  "few"/"little"/"hardly any" X says neither that the subject
    has X nor that it lacks it: refused ("a few"/"a little" is some, and stays as it is)."""
    if fr.predicate_lemma != "have" or v.lemma_.lower() != "have":
        return fr
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return fr
    heads = [obj] + [c for c in obj.conjuncts if c.i > obj.i]
    quant = [t for h in heads for t in v.doc[h.left_edge.i:h.i]]  # "little [stored] glycogen": on the adjective
    few = any(t.lower_ in _FEW and not (t.i > 0 and t.doc[t.i - 1].lower_ == "a") for t in quant) or any(
        t.lower_ == "any" and any(a.lower_ in ("hardly", "scarcely", "barely") for a in t.children) for t in quant)
    no = [t for t in quant if t.lower_ == "no" and t.dep_ == "det"]
    words_ = fr.object.split()
    if few:
        return None
    if not no or words_[0].lower() != "no":
        return fr
    if fr.negated or any(c.dep_ == "aux" for c in v.children) or v.tag_ not in ("VBZ", "VBP", "VBD"):
        return None  # "cannot have no", "will have no": a double negation or a modal not rebuilt here
    aux = {"VBZ": "does", "VBP": "do", "VBD": "did"}[v.tag_]
    return fr.model_copy(update={"predicate": f"{aux} not have", "object": " ".join(words_[1:]), "negated": True,
                                 "polarity": -fr.polarity, "quantity": ""})
