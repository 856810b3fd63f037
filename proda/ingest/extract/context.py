"""Scope a frame takes from a phrase it leaves out or from the paragraph around its sentence.

Why a module of its own: audit round 10 rejected statements true only where or when the book says, stated as
general facts.  Some of that scope is in the sentence, outside the frame:

* a time or condition phrase after the verb: "The prostate doubles in size [during puberty]", "solutions of sulfites
  always contain sulfates [after exposure to air]";
* a fronted adverb naming the field a claim holds in: "[Commercially,] the most important borate is borax";
* a superlative whose comparison set a fronted phrase or the paragraph gives: "[At room temperature,] barium shows
  the most vigorous reaction" (of what? the paragraph's metals).

The rest is in the paragraph, and the sentence only shows that it leans on it:

* a particle that continues the paragraph's case, on a definite plural subject: "The voters [also] elect a
  president" (the voters of the country just described), "The men, [however], do not experience ...";
* a focus particle marking a surprising instance: "Men [even] wrote the advice columns" (at one magazine);
* a fronted way of seeing that points back: "[Looking at life in this way,] societies need culture" (a school's
  view the paragraph names), or a likeness to what it told: "[In a similar way,] ...";
* (audit round 11) a fronted phase ("[At first,] the forum was a secondary group": later it was not), a fronted
  situation the paragraph set ("[In such a situation,] potassium ends up in the ECF"), a fronted purpose that
  conditions an obligation ("[To be considered a constitutional government,] a country must practice ...").

A past one-off event of a definite subject ("The state of emergency allowed ...") is not checked: on the judged
sheets such sentences were right 6 times to 2 ("The foramen ovale allowed blood ...").

Each check reads the parse and general English words (``patterns/lexical.toml`` [remainders]); when one fires the
frame is dropped (precision first: a claim stated wider than the book states it is a wrong fact).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.cuts import first_verb
from proda.ingest.extract.lexdata import words


def time_left_out(sent: Span, fr) -> bool:
    """A time or condition phrase on the verb or its object, outside the frame ("[during puberty]")."""
    v = sent.doc[fr.verb]
    preps = words("remainders.time_preps")
    heads = [v] + [c for c in v.children if c.dep_ in ("dobj", "attr", "acomp", "prep")]
    heads += [g for h in heads if h.dep_ == "prep" for g in h.children if g.dep_ == "pobj"]
    # after the frame only: a fronted one is scope_limits.fronted_scope's ("Until the 1970s, ...")
    return any(c.dep_ == "prep" and c.lower_ in preps and c.i >= fr.end and c.lower_ not in fr.object.lower().split()
               for h in heads for c in h.children)


def fronted_field(sent: Span, fr) -> bool:
    """"Commercially, the most important borate is borax": a fronted adverb before a comma that limits the field."""
    first = sent[0]
    return first.lower_ in words("remainders.scope_adverbs") and sent.start + 1 < sent.end \
        and sent.doc[sent.start + 1].text == "," and first.lower_ not in fr.predicate.lower().split()


def superlative_scoped(sent: Span, fr) -> bool:
    """A superlative in the frame whose noun names no comparison set ("the most vigorous reaction", not "the most
    abundant element [in the crust]"), under a fronted scope: the set is the paragraph's."""
    if not fr.scope and not (sent[0].dep_ in ("prep", "advmod") and any(t.text == "," for t in sent[:8])):
        return False
    v = sent.doc[fr.verb]
    if any(c.dep_ == "prep" and c.i < fr.start and c.lower_ in words("remainders.set_preps") for c in v.children):
        return False  # "in Brazil the government is the largest employer": the fronted place bounds the set
    doc = sent.doc
    for t in doc[fr.verb + 1:fr.end]:  # in the object: a subject's superlative is named by what it is
        if t.tag_ in ("JJS", "RBS") or (t.lower_ == "most" and t.head.tag_ == "JJ"):
            n = t.head.head if t.head.tag_ == "JJ" and t.tag_ == "RBS" else t.head
            if not any(c.dep_ == "prep" and c.lower_ in ("of", "among", "in", "on") for c in n.children):
                return True
    return False


def continues_paragraph(sent: Span, fr) -> bool:
    """"The voters also elect a president", "The men, however, do not ...": a continuation particle on a definite
    plural subject; "Men even wrote ...": a focus particle; either leans on the paragraph for who is meant."""
    v = sent.doc[fr.verb]
    w = v.head if v.dep_ == "conj" else v
    adv = {c.lower_ for h in (v, w) for c in h.children if c.dep_ in ("advmod", "cc")}
    if adv & words("remainders.focus"):
        return True
    if any(t.lower_ in words("remainders.focus") and t.dep_ == "advmod" for t in sent.doc[fr.verb + 1:fr.end]):
        return True  # "can produce [even] jet fuel": the particle on the object, not the verb (review R13 #3); not
        # in the subject ("Movies, books, and even a desire to ... can all support": a list's last item, judged right)
    s = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # its own: not "X filter A and
    # also produce B", where "also" adds a second act of the same subject in the same sentence
    if s is None or not any(c.dep_ == "advmod" and c.lower_ in words("remainders.continuation") and c.i > s.i
                            for c in v.children):
        return False  # a particle after the subject ("The men, however,"), not an opening connective ("However, ...")
    # a bare definite plural: "the men" (who? the paragraph's); "the heads of the bones also rest" names its own
    return s.tag_ in ("NNS", "NNPS") and any(c.dep_ == "det" and c.lower_ == "the" for c in s.children) \
        and all(c.dep_ in ("det", "punct") for c in s.children)


def compared_subject(sent: Span, fr) -> bool:
    """"(As a result,) less water is lost from the soil": a subject graded by more/less/fewer with nothing it is
    compared with in the sentence (no "than", no clause of its own holding the other term): less than when, the
    paragraph says (review R13 #3; as cloze_referent.comparative_key does for keys)."""
    doc = sent.doc
    if any(t.lower_ == "than" or t.dep_ == "advcl" for t in sent):
        return False
    first = fr.subject.split()[0].lower() if fr.subject.split() else ""
    # the graded word is in the frame's span, or carried from the first of joined subjects ("more women and girls"
    # -> "more girls"; arguments.args_at)
    return any(t.lower_ in words("remainders.compared") and t.dep_ == "amod" and t.head.i < fr.verb
               and t.head.dep_ in ("nsubj", "nsubjpass", "conj") and doc[t.i + 1].pos_ != "ADJ"
               and (fr.start <= t.i < fr.verb or t.lower_ == first) for t in sent if t.i < fr.verb)


def fronted_pointer(sent: Span, fr) -> bool:
    """"In this way, X ...", "Under these conditions, X ...", "Looking at life in this way, X ...": a phrase before
    the clause's subject with a demonstrative determiner names a way, a condition or a view the paragraph gave, and
    the clause holds only under it (read-back 2026-11-30: "societies | need | culture" is the functionalists' view,
    "social movements | are responding to | national decision" one ruling's aftermath).  A demonstrative after the
    verb, or in the subject, is another check's (scope.anaphoric)."""
    w = first_verb(sent.doc[fr.verb])
    s = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    edge = s.left_edge.i if s is not None else w.i
    dem = words("cloze.sentence_demonstratives")
    # a way of seeing ("Looking at life in this way,", "Seen from this angle,", "From this perspective,"): a clause or
    # a "from" phrase; a plain "In this way," / "For this reason," / "In this system," also opens claims that stand
    # alone ("In this way, the Internet has empowered ...", "For this reason, the rate law may be derived ...": judged
    # right 11 times to 1 on the audit sheets) and is left
    # (a participle clause, not "As described in this text," nor "Consequential to these rules,"; a likeness "in" a
    # way, not the time idiom "At the same time,")
    seeing = [c for c in w.children if c.i < edge and ((c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN")
                                                        and not any(m.dep_ == "mark" for m in c.children))
                                                       or (c.dep_ == "prep" and c.lower_ == "from"))]
    return any(t.dep_ == "det" and t.lower_ in dem for c in seeing for t in c.subtree) \
        or any(c.i < edge and c.dep_ == "prep" and c.lower_ == "in" and any(
            _compared_to_unsaid(t) for o in c.children if o.dep_ == "pobj" for t in o.children) for c in w.children)


def _compared_to_unsaid(t: Token) -> bool:
    """"In a similar way", "In the same way": a likeness to what the paragraph told, unless the phrase names it
    ("in a way similar to X", "the same way as X").  Only on the noun right after "in" (the caller's): "In response
    to signals from the same neurons, the hormones are released from ..." names no likeness (review of round 15)."""
    return t.dep_ == "amod" and t.lower_ in words("args.comparison_adjectives") and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "from", "as", "than", "with") for x in (t, t.head) for c in x.children)


def each_of_the_paragraph(sent: Span, fr) -> bool:
    """"Each agent reinforces gender roles", "Each state is a district": "each" on a bare noun picks members of a set
    the paragraph named before (":four major agents of socialization", "the following states", "Israel's parties"),
    :func:`_set_named_before`; a noun that names its own set ("each cytoskeletal component", "each of the cells of
    the body") is left (audit round 10, "Each agent").  With no such set before, "each" distributes over the whole
    kind, a general truth ("Each cell contains a nucleus", "Each electron carries a negative charge": review of
    round 15, which found the rule dropping those) -- unless the noun names a part ("each region", "each segment":
    lexical remainders.part_of_whole), whose whole the paragraph named under another noun ("three zones")."""
    v = sent.doc[fr.verb]
    w = v.head if v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) else v
    s = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return s is not None and s.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "each" for c in s.children) \
        and all(c.dep_ in ("det", "punct") for c in s.children) and fr.subject.lower().startswith("each ") \
        and not any(c.dep_ == "prep" and c.i < s.i for c in w.children) \
        and (_set_named_before(s) or s.lemma_.lower() in words("remainders.part_of_whole"))  # (not "In the United
    # States Senate, each state is ...": a fronted phrase names the set, carried into the subject as its scope; a
    # part, "Each region secretes ...", is always of a whole the paragraph named)


def _set_named_before(noun: Token) -> bool:
    """Whether the paragraph before ``noun`` (back to a line break: the chunk's paragraph; its own sentence's words
    before it too) names a set or a subkind of that noun, whose members "each" then picks: the noun counted, pointed
    at or owned ("four major agents", "five types of legal systems", "the following teams", "Israel's parties"), or
    restricted by a modifier ("multiple bronchopulmonary segments", "A pulmonary lobule is ...", "agents of
    socialization").  A bare or plain definite mention ("Cells are ...", "the cell") names the kind itself, over
    which "each" is a general claim."""
    marks = words("remainders.set_pointers")
    lemma = noun.lemma_.lower()
    for t in reversed(noun.doc[:noun.i]):
        if "\n" in t.text or "\n" in t.whitespace_:
            return False
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or any(c.lower_ == "each" for c in t.children):
            continue
        counted = [t] + ([t.head.head] if t.dep_ == "pobj" and t.head.lower_ == "of" else [])  # "five types of N"
        if any(c.dep_ in ("nummod", "poss") or (c.dep_ in ("det", "amod", "predet") and c.lower_ in marks)
               for n in counted for c in n.children):
            return True
        if any(c.dep_ in ("amod", "compound") and c.i < t.i or (c.dep_ == "prep" and c.lower_ == "of")
               for c in t.children):
            return True  # a subkind the paragraph is about
    return False


def paragraph_scope(sent: Span, fr) -> bool:
    """Whether frame ``fr`` of ``sent`` holds only under a scope it does not carry (the module docstring)."""
    return time_left_out(sent, fr) or fronted_field(sent, fr) or superlative_scoped(sent, fr) \
        or continues_paragraph(sent, fr) or compared_subject(sent, fr) or fronted_pointer(sent, fr) \
        or each_of_the_paragraph(sent, fr) or fronted_condition(sent, fr)


def fronted_condition(sent: Span, fr) -> bool:
    """A phrase before the clause's subject under which alone the clause holds (audit round 11): a phase ("At first,",
    "At one time,": lexical remainders.phase_openers; the point is that it changed), a situation pointed back at
    ("In such a situation,", "Under these circumstances,": remainders.situation_nouns with a demonstrative or
    "such"; a place or system pointed at, "In this system,", stays: judged true in general), a comparison on a
    graded word ("In comparison to X, ... very strict", "Compared with X, ... more": relative to X; "In contrast to
    X," is not), or a purpose on an
    obligation ("To be considered a democracy, a state must ...": must only for that end), or a reason about another
    noun on an always/never claim ("Because a criminal case can ..., the standard is always ...": review R15 #4).  A purpose on a plain
    act ("To make soap, workers heat fat") states the act, and is not this check's."""
    w = sent.doc[fr.verb]
    while w.dep_ == "conj" and w.head.i != w.i and w.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children):  # "...; to be X, a country must"
        w = w.head
    s = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    edge = s.left_edge.i if s is not None else w.i
    doc = sent.doc
    start = max([t.i + 1 for t in doc[sent.start:edge] if t.text in (";", ":")] + [sent.start])
    if start < edge - 1 and doc[start].lower_ == "to" and doc[start].dep_ == "aux" and doc[edge - 1].text == "," \
            and any(a.dep_ == "aux" and a.lower_ in words("remainders.necessity") for a in w.children):
        return True  # (the parser may hang the infinitive on a noun before the ";": read from the words)
    if s is not None and any(a.dep_ in ("advmod", "neg") and a.lower_ in words("remainders.absolute_adverbs")
                             for a in w.children) and any(_reason_elsewhere(c, s) for c in _fronted_clauses(w, edge)):
        return True  # "Because a criminal case can ..., [X is always Y, and] the standard is always ...": that case
    for c in w.children:
        if c.i >= edge:
            continue
        if c.dep_ == "prep" and " ".join(t.lower_ for t in c.subtree) in words("remainders.phase_openers"):
            return True
        if c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in words("remainders.situation_nouns")
                                    and any(d.dep_ in ("det", "predet") and d.lower_ in words("remainders.situation_pointers")
                                            for d in o.children) for o in c.children):
            return True
        if (c.lemma_.lower() == "compare" or (c.dep_ == "prep" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in words("remainders.comparison_nouns")
                and any(x.dep_ == "prep" for x in o.children) for o in c.children))) and any(
                t.tag_ in ("JJR", "RBR") or (t.tag_ == "JJ" and any(a.dep_ == "advmod" for a in t.children))
                for t in doc[fr.verb:fr.end]):
            return True  # "In comparison to the US, France imposes very strict ...": strict relative to it (a grade;
            # "Compared to arteries, veins are thin-walled vessels" holds alone)
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                and not any(m.dep_ == "mark" for m in c.children) \
                and any(a.dep_ == "aux" and a.lower_ in words("remainders.necessity") for a in w.children):
            return True
    return False


def _reason_elsewhere(clause: Token, subj: Token) -> bool:
    """Whether ``clause`` is a reason ("because", "since", "as": lexical remainders.reason_marks) whose subject is a
    noun the subject does not name (a pronoun may point at the subject: not counted; "Because the alveoli are
    connected to ..., the pressure of the alveoli always equalizes ...": the reason is about the subject's own noun,
    kept on development chapters)."""
    if not any(m.dep_ == "mark" and m.lower_ in words("remainders.reason_marks") for m in clause.children):
        return False
    r = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return r is not None and r.pos_ in ("NOUN", "PROPN") \
        and r.lemma_.lower() not in {t.lemma_.lower() for t in subj.subtree}


def _fronted_clauses(w: Token, edge: int) -> list[Token]:
    """Adverbial clauses before token ``edge`` on ``w`` or on the clauses ``w`` is coordinated under: a fronted
    reason on the first clause of "Because ..., A is always B, and C is always D" scopes both."""
    out = []
    while True:
        out += [c for c in w.children if c.dep_ == "advcl" and c.i < edge]
        if w.dep_ != "conj" or w.head.i == w.i:
            return out
        w = w.head
