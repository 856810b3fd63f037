"""Cloze gates that read the sentence around the blank: a sentence that leans on the one before, or a key that is
no fact of the book.  Split from ``cloze`` (which blanks the noun phrase) so each file stays about one concern.

Why: audit round 9 rejected clozes a student cannot answer from the prompt ("Even so, the country exerts _____",
"produced in _____" -> "the building") or whose key says how good a thing is, not what it is ("a useful
concentration unit").  The words these gates read are data (``patterns/lexical.toml`` [cloze])."""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from proda.ingest.extract.lexdata import words
from proda.train.items.phrases import _nlp, general_word, parse

# adjectives that rate a thing ("X is a useful unit"); also read by the definition items (``definitions.is_remark``)
JUDGED = words("cloze.judged")
# a word this common alone after "the" ("the building", "the country") names a thing of the sentences before
DEFINITE_ZIPF = 5.0
# text glued on when the page became text: a heading run into the sentence ("... from Gram SolubilityMany of"), a
# footnote or a list item after a comma with no space ("_____,Communism is")
_GLUED = re.compile(r"[a-z]{3,}([A-Z][a-z]+)\b|[,;][A-Za-z]")


def _continues(doc) -> bool:
    """The sentence opens with a conjunction or a connective that continues the sentence before ("Alternatively,",
    "Even so,", "Instead,", "In fact,"); a bare "Also"/"Instead"/"Then" only where no phrase of its own follows
    ("Also during the Cold War, ..." opens its own scope)."""
    low = doc.text.lower()
    if doc[0].lower_ in words("cloze.conjunctions"):
        return True
    bare = words("cloze.bare_continuers")
    return any(low.startswith(c + ",") or (c in bare and low.startswith(c + " ")) and
               doc[len(c.split())].dep_ not in ("prep", "npadvmod") for c in words("cloze.continuers"))


def _refers_back(doc) -> bool:
    """A word of the sentence points back to the one before: a demonstrative determiner ("this phenomenon", "In this
    model"), a demonstrative pronoun ("Because of this, ...", "Of these, ..."; round 11), or "such" + noun with no
    clause of its own after it ("The result of such a survey is ..."; not "such damage that ...", "such regions as
    ...")."""
    dets, prons = words("cloze.sentence_demonstratives"), words("cloze.pronoun_demonstratives")
    for t in doc:
        w = t.lower_
        if t.dep_ == "det" and w in dets or t.pos_ == "PRON" and t.dep_ != "det" and w in prons:
            return True
        if w in words("cloze.pointing_determiners") and t.dep_ in ("predet", "amod", "det") and not any(
                u.lower_ in words("cloze.cataphors") for u in doc[t.i + 1:]):
            return True
    return False


def _rated(span) -> bool:
    """The key rates a light noun ("valuable ways for students to understand cities", "a useful means of ..."):
    it says how good the thing is, and the rest of the phrase is what the prompt could have said; a rated noun that
    names its own thing ("important trade routes", "more critical thought") still teaches it.  The light nouns are
    ``args.relational`` (way, means, role, kind, ...)."""
    head = span.root
    return head.lemma_.lower() in words("args.relational") and any(
        c.dep_ == "amod" and c.lower_ in JUDGED for c in head.children)


def open_set(doc, b: int) -> bool:
    """What follows the blank (ending before token ``b``) makes it one member of an open set ("connected to _____,
    and all other courses in science", "wool and other goods"): any member fills the blank."""
    after = " ".join(t.lower_ for t in doc[b:b + 5] if not t.is_punct)
    return any(after == p or after.startswith(p + " ") for p in words("cloze.open_set"))


def swallowed_verb(doc, span) -> bool:
    """The blank holds a verb phrase the parse took for a noun conjunct ("attached to [the outer membrane and
    articulates with the middle bone]", "contributes to [town planning and influences regional budgets]", round 11):
    right after "and"/"or" inside the blank, a bare "-s" word that does not end the blank and, with the rest of the
    blank, reads as the verb of "It ..." while the sentence's subject is singular, so it agrees with that subject.
    Not "[the risk of deformities or fractures]" (nothing follows), "[sand and small stones]" (a modifier first) nor
    "[the membrane and bones of the ear]" ("It bones of the ear" is no clause)."""
    subj = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    if not subj or subj[0].tag_ not in ("NN", "NNP"):
        return False
    for c in span[1:-1]:
        if doc[c.i - 1].dep_ == "cc" and c.tag_ in ("NNS", "VBZ"):
            probe = parse(f"It {doc[c.i: span.end].text}.")
            if probe[1].pos_ in ("VERB", "AUX") and probe[1].dep_ == "ROOT":
                return True
    return False


def concludes(doc, span) -> bool:
    """A conclusive adverb ("therefore", "thus", ``cloze.conclusives``) on the main verb before the blank: the clause
    is drawn from the sentence before ("Hydrogen, therefore, is present in excess, and chlorine is _____.", a worked
    example's step; "Public opinion is thus vital for _____"; read-back 2026-11-30 sample).  On a later clause the
    reason is inside the sentence ("Warm water holds less oxygen, and fish therefore move to ..."), and after the
    blank it adds a consequence the sentence gives ("can change _____ and, consequently, a protein's structure"), and
    after a clause of its own the sentence gives the reason ("X is soluble in hot base; thus, strong bases destroy
    _____", judged right in round 10)."""
    return any(t.dep_ == "advmod" and t.lower_ in words("cloze.conclusives") and t.head.dep_ == "ROOT"
               and t.i < span.start and not any(u.pos_ in ("VERB", "AUX") and u.i != t.head.i for u in doc[:t.i])
               for t in doc)  # "Glass dissolves in hot acid; thus, strong acids destroy _____": the reason is here


def deictic_comparison(doc) -> bool:
    """A step of an exercise or a narrated moment: "now" / "then" ([cloze] deictic_times) on a verb that a
    comparative completes with no "than" in the sentence ("The Moon is now much higher in _____.", "The solution then
    becomes darker in _____."; audit round 15): higher than when, only the text before says, so the sentence teaches
    nothing alone.  Not "now" with no comparative ("PET scans are now performed with ..."), a comparative with its
    standard ("... higher in the sky than it was at dusk"), nor "no longer" / "any longer" (a negation, no
    comparison)."""
    if any(t.lower_ == "than" for t in doc):
        return False
    for t in doc:
        if t.dep_ != "advmod" or t.lower_ not in words("cloze.deictic_times"):
            continue
        for c in t.head.children:
            if c.dep_ not in ("acomp", "advmod", "oprd", "attr", "xcomp") or c.i == t.i:
                continue
            if any(u.lower_ in ("no", "any") for u in c.children):
                continue  # "no longer"
            if c.tag_ in ("JJR", "RBR") or c.pos_ in ("ADJ", "ADV") and any(
                    u.dep_ == "advmod" and u.lower_ in ("more", "less") for u in c.children):
                return True
    return False


def bare_before_clause(doc, span) -> bool:
    """The key is one everyday noun (with at most a determiner) that a relative clause right after the blank
    describes ("attached to _____ that is used by the part of the body" -> "a substance", "can undergo _____ that
    change their number of protons" -> "reactions"): any word of its kind fits.  A copula's complement is the genus
    its clause narrows ("is _____ that connects the pulmonary trunk to the aorta" -> "a short, muscular vessel")."""
    if span.root.dep_ == "attr" or span.end >= len(doc) or doc[span.end].lower_ not in ("that", "which", "who"):
        return False
    toks = [t for t in span if t.dep_ != "det"]
    return len(toks) == 1 and toks[0].pos_ == "NOUN" and general_word(toks[0].text)


def noun_read_as_verb(doc, span) -> bool:
    """The word right after the blank is an "-s" verb with no subject of its own and the blank ends on a noun: the
    parse took a plural noun for a verb ("drains toward [the nipple] pores to be consumed"), so the blank cut a noun
    phrase in two (read-back 2026-11-30 sample)."""
    if span.end >= len(doc) or span[-1].pos_ != "NOUN":
        return False
    nxt = doc[span.end]
    return nxt.tag_ == "VBZ" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children)
    # not a plural verb ("acquired in [a person's native language] carry forward", "with [low oxidation numbers]
    # form more ionic bonds", judged right): its subject is before the blank, which the parse hung elsewhere


def _leans_on_context(doc, span) -> bool:
    """The sentence or its blank cannot be read alone, or its key is no fact (audit round 9, refused as
    unanswerable or fragment): it opens with a connective or a conjunction that continues the sentence before; a
    demonstrative or "such" anywhere points back ("this phenomenon", "In this model", "Because of this,", "such a
    survey"; ``_refers_back``); the blank is "the" and one everyday noun ("produced in the building"); the blank
    rates a light noun ("valuable ways to ..."; ``_rated``); the blank cuts a coordination ("a great upturn [or
    downturn]"); the copula's complement is judged, not defined ("Molarity (M) is a useful concentration unit
    ..."); a step of an exercise ("now" and a comparative with no standard, ``deictic_comparison``); or text is
    glued on."""
    if _continues(doc):
        return True
    if _refers_back(doc) or _rated(span) or concludes(doc, span) or bare_before_clause(doc, span) \
            or noun_read_as_verb(doc, span) or deictic_comparison(doc):
        return True
    if len(span) == 2 and span[0].lower_ == "the" and span[1].pos_ == "NOUN" \
            and zipf_frequency(span[1].lower_, "en") >= DEFINITE_ZIPF:
        return True
    end = span.end
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "or", "nor") and (
            doc[end + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or span[-1].dep_ == "conj"
            and doc[end + 1].tag_ not in ("VBD", "VBZ", "VBP", "MD") and not any(
                c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "aux") for c in doc[end + 1].children)):
        # "a great upturn [or downturn] in the economy" (the parse took "downturn" for a verb), not "opposed X, Y,
        # and political corruption [and supported gun rights]", "practiced X, Y, and Z [and objected to ...]"
        return True
    head = span.root
    if head.dep_ == "attr" and head.head.lemma_ == "be" and any(
            c.dep_ == "amod" and c.lower_ in JUDGED for c in head.children):
        return True
    stop = _nlp().Defaults.stop_words
    return any(m.group(1) is None or m.group(1).lower() in stop for m in _GLUED.finditer(doc.text))


__all__ = ["JUDGED", "DEFINITE_ZIPF", "open_set", "swallowed_verb", "concludes", "bare_before_clause",
           "noun_read_as_verb", "deictic_comparison"]
