"""Verbs the small parser made finite where English does not: a participle read as the main verb, a bare infinitive
read as a second verb of a finite one.

Why: the statement of such a verb is either a different claim or none.  "The blood returned to the heart through
systemic veins has less oxygen" gave "blood | returned to | heart" (the participle "returned" was read as the
sentence's verb and the real verb "has" hung under it without a subject); "The caffeine recovered from coffee beans
via this process is a valuable product" gave "caffeine | recovered from | coffee beans"; "A government usually fixes
an exchange rate to stimulate exports/reduce imports and avoid large deficits" gave "government | avoid | large
deficits" (a purpose read as what governments do; session 41's political science sample, judged wrong).

Both shapes are read from English agreement and tense, not from any subject matter: a finite verb needs a subject
of its own, and verbs coordinated on one subject share one form ("fixes ... and avoids").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words

_OWN = ("nsubj", "nsubjpass", "expl", "csubj", "mark")


def participle_as_main(v: Token) -> bool:
    """``v``, a past form with a subject before it and no auxiliary, has under it a later verb in the present (or
    with a finite auxiliary) that has no subject, no subordinator and no conjunction of its own: that verb is the
    clause's, and ``v`` a participle on the subject ("the blood [that is] returned to the heart ... has less
    oxygen").  English does not join a past and a present verb of one subject without "and"."""
    if v.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i for c in v.children):
        return False
    for c in v.children:
        if c.i < v.i or c.dep_ not in ("advcl", "conj", "ccomp", "parataxis") or c.pos_ not in ("VERB", "AUX"):
            continue
        finite = c.tag_ in ("VBZ", "VBP") or any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP", "MD")
                                                   for a in c.children)
        if not finite or any(a.dep_ in _OWN or (a.dep_ in ("cc", "preconj") and a.i < c.i) for a in c.children):
            continue
        if any(t.dep_ in ("mark", "nsubj", "nsubjpass") for t in c.subtree if t.i < c.i):
            continue  # "built a clock ... so that traders could re-set the watches": a clause of its own, its
            # subordinator and subject hung on its auxiliary
        if any(t.dep_ == "cc" or t.lower_ in ("and", "or", "but", "then", ";") for t in v.doc[v.i + 1:c.i]):
            continue  # "X formed in the past and is now ...": coordinated by the writer
        return True
    return False


_OBJECTS = ("dobj", "obj", "ccomp", "xcomp", "attr", "oprd", "dative", "acomp")


def agent_without_object(v: Token) -> bool:
    """``v``, a past form with a subject before it and no auxiliary, has no object but a "by" phrase naming a
    doer ("a moving magnet", "the heart"): an active past of such a verb would have its object, so ``v`` is a
    participle on a noun and the line no sentence at all, a caption or a title ("Figure 3.1: Voltage induced on a
    coil by a moving magnet" gave "voltage | induced on | coil", blind round 44: the magnet that does it lost).
    Not "by" with a number or a measure ("The price rose by a third", "fell by a factor of two"), where English
    says how much."""
    if v.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i for c in v.children) \
            or any(c.dep_ in _OBJECTS for c in v.children):
        return False
    for c in v.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > v.i:
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not obj.like_num \
                    and any(x.dep_ in ("det", "poss") for x in obj.children) \
                    and obj.lemma_.lower() not in words("args.by_amounts") \
                    and not any(x.dep_ == "nummod" or x.like_num or x.tag_ == "JJS" for x in obj.subtree):
                return True
    return False


def base_form_conjunct(v: Token) -> bool:
    """``v``, a bare infinitive (VB) with no subject or auxiliary of its own, joined (through any verbs between) to
    a first verb in the third person or the past that has no auxiliary either: English gives verbs that share a
    subject one form ("fixes the rate and avoids deficits"), so ``v`` belongs to an infinitive or an imperative the
    parse lost ("to stimulate exports/reduce imports and avoid large deficits"), not to that subject."""
    if v.tag_ != "VB" or v.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark")
                                                  for c in v.children):
        return False
    first = v
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and first.head.i < first.i:
        first = first.head
        if first.tag_ == "VB" or any(c.dep_ == "aux" for c in first.children):
            return False  # "can bind and release", "to bind and release": the form is shared
    if first.i == v.i or any(c.dep_ in ("aux", "auxpass") for c in first.children):
        return False
    # a past verb with a plural subject may be a misparse whose bare "conjunct" is the subject's present verb:
    # "Anabolic reactions, also called biosynthesis reactions, create new molecules" read "called" as the verb
    subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return first.tag_ == "VBZ" or first.tag_ == "VBD" and subj is not None and subj.tag_ in ("NN", "NNP")


def stranded_list_member(v: Token) -> bool:
    """``v``, a participle the parse joined to an earlier verb, closes a list of participles whose other members
    hang on a noun: "supervising individuals who have been arrested, convicted, and sentenced for a criminal
    offense" joined "sentenced" to the main verb and gave "corrections system | is sentenced for | criminal
    offense" (session 42's sweep).  The member right before ``v``'s "and"/"or" is a participle on another head, so
    ``v`` continues that list, and the sentence's subject is not its subject."""
    if v.dep_ != "conj" or v.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children):
        return False
    i = v.i - 1
    while i > v.head.i and (v.doc[i].is_punct or v.doc[i].lower_ in ("and", "or")):
        i -= 1
    prev = v.doc[i]
    if i == v.i - 1 or prev.i == v.head.i or prev.tag_ != "VBN":
        return False  # (nothing between, or the member before is the verb ``v`` is joined to)
    w = prev
    while w.dep_ == "conj" and w.head.tag_ == "VBN":
        w = w.head
    return w.dep_ in ("acl", "relcl") and w.head.pos_ in ("NOUN", "PROPN")


def equative_gerund(v: Token) -> bool:
    """``v``, a gerund after "is/are" (or joined to one), is the complement of an equative whose subject names a
    role, not a progressive verb: "The main operations on a dictionary are storing a value with some key and
    extracting the value" gave "main operations on dictionary | extracting | value" (session 42's programming sample,
    judged wrong), "The goal of therapy is reducing pain" gave "goal of therapy | is reducing | pain".  An operation,
    a goal or a task does not act; the sentence says what it is (``verbs.role_subjects``)."""
    first = v
    while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head.i < first.i:
        first = first.head
    if v.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in first.children):
        return False
    subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lemma_.lower() in words("verbs.role_subjects")


_NOUN_ENDINGS = ("ase", "ose", "ly", "ity", "tion", "sion", "ism", "ness", "ment", "ogy")


def no_verb_word(v: Token) -> bool:
    """``v``, read as a finite verb, is a noun or an adverb: no verb of lemminflect's dictionary nor of the
    pipeline's lemma index, and a noun or adverb of either, or shaped like one ("-ase", "-ly"): a name or an
    abbreviation inside a noun list that the parse made a clause ("the GNU gcc, Apple llvm/clang, and Intel icc
    compilers" gave "Intel | icc | compilers"; "Pyruvate dehydrogenase complex deficiency" gave "Pyruvate |
    dehydrogenase | complex deficiency": session 43's development sweep).  A word of nobody's dictionary and no such
    shape ("prepend", "phosphorylate") may be the book's own verb and stays."""
    from lemminflect import getAllLemmas

    w = v.text.lower()
    if v.tag_ not in ("VBP", "VBZ", "VBD") or not w.isalpha():
        return False
    if v.i > 0 and v.doc[v.i - 1].tag_ in ("WDT", "WP"):
        return False  # "which envelopes the whole cell": right after a relative pronoun only a verb can stand
    forms = {w, w[:-1]} if w.endswith("s") else {w}
    verbs, others = _word_index()
    if getAllLemmas(w, upos="VERB") or forms & verbs:
        return False
    return bool(getAllLemmas(w)) or bool(forms & others) or any(f.endswith(_NOUN_ENDINGS) for f in forms)


@lru_cache(maxsize=1)
def _word_index() -> tuple[frozenset[str], frozenset[str]]:
    """The default pipeline's lemma index: (verbs, nouns and adverbs)."""
    from proda.ingest.extract.parse_repairs import default_word_sets

    sets = default_word_sets()
    empty: frozenset[str] = frozenset()
    return sets.get("verb", empty), sets.get("noun", empty) | sets.get("adv", empty)
