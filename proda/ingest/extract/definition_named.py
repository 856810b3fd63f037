"""A name given inside a sentence by a participle on a described noun: "Gardeners spread a thin layer of straw known
as mulch over the soil", "... a deep, narrow valley called a gorge" (issue 11 item 3).

Why: the largest class of prose-defined glossary terms the sentence rules missed on the development chapters of all
four books (anatomy, chemistry, sociology and political science prose) -- the book introduces the term as the name
of a noun phrase it describes, inside a sentence about something else, and the "X is called Y" rules need the naming
verb to head the clause.  The sentence defines the name only when the described noun says what kind of thing it is
and narrows it (a phrase or clause of its own, or a descriptive adjective): "a pump called the ram" tells only that
it is a pump; the noun must pass :func:`genus_defines` (no example/part/judgement head).  A bare event noun that
sums up the clause before it ("..., a process called hyperplasia.") takes that clause as its description
(:func:`sums_up`).  Kept out as well: a
sentence whose subject points back ("This starts a process called erosion": what it is lies in another sentence), a
list of names, a negated sentence, a proper name, and "also called" (another name of a named thing: the alias rules).

The same holds for a name given in a second predicate that shares the subject ("Hard scars that form after deep burns
have a raised surface and are called keloid scars"): the "X is called Y" rules read only a naming verb with its own
subject (:func:`named_conjunct`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ids import normalize_name
from proda.ingest.extract.arguments import term_of
from proda.ingest.extract.definition_clauses import Found
from proda.ingest.extract.definition_gates import (DEMONSTRATIVES, _cut, _exact, _named_thing, _restricts,
                                                   genus_defines)
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.narrative import told_past
from proda.ingest.extract.terms import is_term

_NAMING = {"call", "term", "name", "label", "dub", "know", "refer"}
_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def _name_of(verb: Token) -> Token | None:
    """The name a naming participle gives: "called a gorge" (its object), "known as mulch" / "referred to as X"."""
    if verb.lemma_ in ("know", "refer"):
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        return next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    return next((c for c in verb.children if c.dep_ in ("oprd", "xcomp", "dobj", "attr")), None)


def _described(noun: Token, verb: Token) -> bool:
    """The noun says what kind of thing the name is and narrows it: a phrase or clause of its own, or a descriptive
    adjective (not a vague one: "several", "large", "other")."""
    vague = words("terms.vague_modifiers") | words("terms.judging_adjectives") | DEMONSTRATIVES | \
        words("precision.unnaming_adjectives")
    if noun.lemma_.lower() in words("terms.remark_heads"):
        vague = None  # "a political concept called open borders": a noun of discourse needs a phrase or clause
    return any(c != verb and _restricts(c) for c in noun.children) or vague is not None and \
        any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.lower_ not in vague and not _bare_comparative(c) and
            not any(d.dep_ == "advmod" for d in c.children) for c in noun.children)


def sums_up(noun: Token, verb: Token, sent: Span) -> bool:
    """"Smooth muscle can also divide to produce more cells, a process called hyperplasia.": a bare event or state
    noun (``terms.summary_heads``: "a process", "a condition", "a concept") set off by a comma at the end of the
    sentence sums up the clause before it, and the name it is given names what that clause tells -- the clause is
    the description ``_described`` looks for on the noun itself (issue 11: "higher than normal, a condition called
    hyperglycemia", "a practice commonly referred to as a filibuster").  Only the article and the naming participle
    on the noun ("a painful condition called X" is :func:`_described`'s), the name last in the sentence, and the noun
    no subject or object of its own clause."""
    doc = noun.doc
    if noun.lemma_.lower() not in words("terms.summary_heads") or noun.dep_ not in ("appos", "npadvmod") or \
            noun.head.i > noun.i or noun.i < sent.start + 2:
        return False
    det = [c for c in noun.children if c != verb]
    if len(det) != 1 or det[0].dep_ != "det" or det[0].lower_ not in ("a", "an") or \
            doc[det[0].i - 1].text != "," or det[0].i + 1 != noun.i:
        return False
    # a clause told in the past is one event, an instance of the name (narrative.told_past; a genus's own clause in
    # the past is refused as a story the same way, :func:`genus_defines`)
    return all(t.is_punct for t in doc[verb.right_edge.i + 1:sent.end]) and not told_past(noun)


def _bare_comparative(adj: Token) -> bool:
    """"long chains of smaller molecules called amino acids": a comparative without its "than" (or a superlative)
    grades the noun against something unsaid; it does not say what kind of thing the name is."""
    return adj.tag_ in ("JJR", "JJS") and not any(t.lower_ == "than" for t in adj.subtree)



def _points_back(sent: Span) -> bool:
    """The main clause's subject is a pronoun or a demonstrative phrase ("This starts ...", "These cells form ...")."""
    root = sent.root
    subj = [c for c in root.children if c.dep_ in _SUBJECTS]
    return any(s.pos_ == "PRON" or any(d.lower_ in DEMONSTRATIVES for d in s.children if d.i < s.i) for s in subj)


_NAME_DEPS = ("oprd", "attr", "xcomp", "dobj")


def _second_complement(nm: Token) -> bool:
    """ "X is called erosion, familiar examples including ...": the parser hangs the absolute phrase after the comma
    on the naming verb as a second complement; the name is the first, the second ("familiar examples") names nothing
    (audit round 17)."""
    return nm.dep_ in _NAME_DEPS and any(c.dep_ in _NAME_DEPS and c.i < nm.i and c.pos_ in ("NOUN", "PROPN", "ADJ")
                                         and any(t.text == "," for t in nm.doc[c.i + 1:nm.left_edge.i])
                                         for c in nm.head.children)


def _bracketed_option(nm: Token) -> bool:
    """ "The art of music typography is called (plate) engraving": the parser hangs the bracketed word on the naming
    verb as a complement of its own, but it is an optional part of the name after it (blind round 28: "plate" stored
    as a term).  The name is the next complement; the word in brackets names nothing alone."""
    doc = nm.doc
    lo, hi = nm.left_edge.i, nm.right_edge.i  # the parser hangs the brackets on the word, or beside it
    lo, hi = (lo, hi) if doc[lo].text in ("(", "[") else (lo - 1, hi + 1)
    return lo >= 0 and hi < len(doc) and doc[lo].text in ("(", "[") and doc[hi].text in (")", "]") and any(
        c.dep_ in _NAME_DEPS and c.i > hi for c in nm.head.children)


def gives_no_name(nm: Token) -> bool:
    """The named side of a naming verb is no name (audit round 16): a to-infinitive ("each state is called to
    allocate 2 percent of its income": a request, not a name), a noun under a vague quantifier ("named some
    permutation of socialist or labor") or a class or container noun with its "of" phrase ("a version of X",
    ``terms.classifying_heads``, ``container_heads``, ``name_description_heads``): a description of the names, none
    given.  "the circle of Willis", "a tissue" are names."""
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in nm.children):
        return True
    if _second_complement(nm) or _bracketed_option(nm):
        return True
    if any(c.dep_ == "det" and c.lower_ in words("cloze.vague_quantifiers") for c in nm.children if c.i < nm.i):
        return True
    heads = words("terms.classifying_heads") | words("terms.container_heads") | words("terms.name_description_heads")
    return nm.lemma_.lower() in heads and any(c.dep_ == "prep" and c.lower_ == "of" for c in nm.children)


def _good_name(nm: Token, sent: Span) -> str | None:
    """The name ``nm`` gives when it is one whole term: not a list, not cut, not a capitalised proper name, not a
    request or a description of names (:func:`gives_no_name`)."""
    name = term_of(nm, named=True)  # "a molecule called a second messenger": the classifying word is the name's
    doc = sent.doc
    if gives_no_name(nm) or any(c.dep_ == "conj" for c in nm.children) or not is_term(name, named=True) or \
            not _exact(nm, name) or _cut(nm) or _named_thing(nm) or (nm.pos_ == "PROPN" and nm.text[:1].isupper()) or \
            (nm.right_edge.i + 1 < sent.end and doc[nm.right_edge.i + 1].text in ("-", "–")):
        return None  # "plants called beans, peas, and lentils": a list of names, none defined; "a business called
        # Gib und Nimm": a proper name is a thing described, not a term
    return name


def _no_naming(verb: Token, nm: Token) -> bool:
    """The participle gives no name of the noun (review R17 finding 6): an agent says whose word it is ("a village
    called home by many farmers"); a frequency or other-name adverb makes it one usage ("typically known as"); an
    indefinite noun with its own "of" phrase after "known as"/"referred to as" says what the thing is known for
    ("a toxic metal known as a cause of brain damage"), no name."""
    adverbs = words("precision.other_name_adverbs") | words("hedges.adverbs")
    return any(c.dep_ == "agent" or c.lower_ in adverbs for c in verb.children) or \
        verb.lemma_ in ("know", "refer") and _indefinite(nm) and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in nm.children)


def _quantified(subj: Token) -> bool:
    """"Many farms ... are called estates": a vague share of the class (lexical hedges.quantifiers that are
    terms.vague_modifiers: many, most, some, several, few, ...) is named, not the class; "One follicle ... survives
    and is now called the dominant follicle" singles out the one the name names, and stays."""
    vague = words("hedges.quantifiers") & words("terms.vague_modifiers")
    return any(c.dep_ in ("det", "amod", "nummod") and c.lower_ in vague for c in subj.children if c.i < subj.i)


def set_off(verb: Token) -> bool:
    """A frequency adverb (lexical hedges.adverbs) on the naming verb, the two right after a comma: "the head of the
    executive, often called the warden, has ..." is a participle set off from its noun that the parser made the
    noun's main verb (review R17 finding 6, definitions' called_active rule): a name in common use, no definition.
    Not any set-off naming ("the sperm, called the acrosome, ...", "also called ..." name a part and stay: a first
    draft refusing every set-off verb removed 10 right definitions of 11 over the development chapters)."""
    adverbs = [c for c in verb.children if c.dep_ == "advmod" and c.i < verb.i]
    first = min([verb.i] + [c.i for c in adverbs])
    return first > 0 and verb.doc[first - 1].text == "," and any(c.lower_ in words("hedges.adverbs") for c in adverbs)


def _indefinite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def named_conjunct(sent: Span) -> list[Found]:
    """"Hard scars that ... have a raised surface and are called keloid scars": a present passive naming verb
    conjoined to a predicate whose subject is a noun (not a pronoun, a pointing phrase or a proper name) names that
    subject, and the sentence defines the name."""
    if not sent.text[:1].isupper() or _points_back(sent):
        return []
    out = []
    for verb in sent:
        if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.lemma_ not in _NAMING or \
                any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children) or \
                not any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children) or \
                _no_naming(verb, _name_of(verb) or verb):
            continue  # "... and were called estates": a past naming; "... and are sometimes called ...": one usage
        subj = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
        nm = _name_of(verb)
        if subj is None or nm is None or subj.pos_ != "NOUN" or \
                any(c.dep_ == "neg" for c in [*verb.children, *verb.head.children]) or \
                any(d.lower_ in DEMONSTRATIVES for d in subj.children if d.i < subj.i) or _quantified(subj):
            continue
        if _indefinite(nm) and not _indefinite(subj):
            continue  # "Copper has ... and is referred to as a soft metal": one member of a class, not the class
        name = _good_name(nm, sent)
        if name is not None and normalize_name(name) != normalize_name(term_of(subj)):
            out.append(Found(name, sent.text, sent.text, "called"))
    return out


def named_in(sent: Span) -> list[Found]:
    """Names given by a participle on a described noun in ``sent``, each defined by the whole sentence."""
    out = named_conjunct(sent)
    if not sent.text[:1].isupper() or _points_back(sent) or any(t.dep_ == "neg" for t in sent):
        return out
    for verb in sent:
        if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.lemma_ not in _NAMING or \
                verb.lemma_ in words("terms.label_verbs"):
            continue  # "the region of the diagram labeled 'ice'": a label on a part of a figure (audit round 15)
        noun, nm = verb.head, _name_of(verb)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" and \
                not any(d.lower_ in ("a", "an") for d in noun.children if d.dep_ == "det"):
            if any(c.dep_ == "amod" and _bare_comparative(c) for c in noun.children):
                continue  # "long chains of smaller molecules called amino acids": the name is the smaller part's,
                # graded against something unsaid, and the described whole ("long chains") is not what it names
            noun = noun.head.head  # "a thin layer of straw known as mulch": the name is the whole phrase's (not in
            # "with the help of a pump called the ram", where the indefinite noun is the thing named)
        if nm is None or noun.pos_ != "NOUN" or nm.i < verb.i or _no_naming(verb, nm):
            continue
        if any(d.lower_ in DEMONSTRATIVES for d in noun.children if d.i < noun.i) or \
                not (_described(noun, verb) or sums_up(noun, verb, sent)) or not genus_defines(None, noun):
            continue  # "a pump called the ram": only what kind of thing it is
        name = _good_name(nm, sent)
        if name is not None:  # "named_in": the weakest definition rule, never replacing a stronger one
            out.append(Found(name, sent.text, sent.text, "named_in"))
    return out


def named_as_topic(verb: Token, name: Token) -> bool:
    """"Her works explored what she called 'the conceptual practices of power' and are still ..." (audit round 13):
    the naming clause ("what she called X") is the object of a verb of telling (``cloze.telling_verbs``: explore,
    study, examine, discuss ...), so the sentence says X was a topic, not what X is; a gloss set right after the name
    (":", a dash, a bracket, or a comma and a noun phrase: "studied what he called anomie: a state in which ...")
    still says it.  A naming under any other verb ("would develop what he called class consciousness") is left."""
    if verb.dep_ not in ("ccomp", "dobj", "pcomp", "xcomp") or \
            verb.head.lemma_.lower() not in words("cloze.telling_verbs"):
        return False
    doc = verb.doc
    k = name.right_edge.i + 1
    while k < len(doc) and doc[k].text in ("”", "’", '"', "'"):
        k += 1
    if k >= len(doc):
        return True
    if doc[k].text in (":", "—", "–", "("):
        return False
    return not (doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].pos_ in ("DET", "ADJ", "NOUN"))


def meaning_of_name(which: Token) -> bool:
    """"... (called aqua regia, which means royal water)" (round 14, fresh judges): a ", which means" clause right
    after a name that a naming verb gives ("called X", "named X", "known as X") translates the NAME, it does not say
    what the thing is ("Aqua regia means royal water" was taught as its definition).  The parse may hang the clause
    on the noun before "called", so the word before the comma is read, not the clause's head.  "Osmosis, which
    means the movement of water ...", with no naming verb, is left."""
    doc = which.doc
    if which.i < 2 or doc[which.i - 1].text != ",":
        return False
    for a in [doc[which.i - 2], *doc[which.i - 2].ancestors]:
        if a.dep_ in ("oprd", "attr", "dobj", "xcomp") and a.head.lemma_.lower() in _NAMING - {"know", "refer"}:
            return True
        if a.dep_ == "pobj" and a.head.lower_ == "as" and a.head.head.lemma_.lower() in ("know", "refer"):
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False  # the word before the comma is no part of a name given
    return False



def undescribed(verb: Token, name: Token) -> bool:
    """"what A calls Y" / "which A calls Y" (``verb``: the naming verb, ``name``: Y) where the sentence says nothing
    of what Y is: a free relative that is only an argument of the clause ("Chavismo opposes what scholars call
    neoliberalism."), a ranked subject that only places Y in a list ("Weber's third type of legitimacy is what he
    calls rational-legal legitimacy.": round 19, judged no definition), or "which" on a noun that points back ("Mill
    grounds this standard, which he calls the harm principle, on ...").  Y stays a name, without a definition.
    A description beside the free relative ("a sentiment—what Rousseau calls a civil religion—", "..., or what
    sociologists call norms"), a subject that describes ("A group of people who ... is what sociologists call a
    society"), or a gloss or clause right after Y ("what he called a Leviathan—an enormously powerful state—", "is
    what he calls traditional legitimacy, where the regime embraces ...") still defines it."""
    doc = verb.doc
    wh = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("what", "which")), None)
    if wh is None:
        return False
    if wh.lower_ == "which":
        ante = verb.head if verb.dep_ == "relcl" else None
        return ante is not None and any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those")
                                        for c in ante.children)  # not "a group of such rulers, which he called"
    nxt = name.right_edge.i + 1
    if nxt + 1 < verb.sent.end and doc[nxt].text in (",", "—", "–", "(", ":") and not doc[nxt + 1].is_punct or \
            any(c.dep_ in ("appos", "relcl", "acl") for c in name.children):
        return False  # a gloss or clause after Y
    before = doc[wh.i - 1] if wh.i > verb.sent.start else None
    if before is None or before.is_punct or before.dep_ == "cc" or verb.dep_ in ("csubj", "csubjpass"):
        return False  # set beside a description, or "What Durkheim called anomie is ...": the copula describes it
    head = verb.head
    if verb.dep_ == "ccomp" and head.lemma_ == "be":
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return subj is not None and not any(c.dep_ in ("relcl", "acl") for c in subj.children) and \
            (subj.like_num or any(c.dep_ in ("amod", "nummod") and c.like_num for c in subj.children))
    return True
