"""A definition-list entry that glosses something else, and a "refers to" that points at a thing instead of meaning it
(session 28, engineer D).

Why: blind judges on unseen manuals rejected two shapes the sentence rules and the ``<dl>`` reader took for
definitions:

* a definition-list entry whose text is a clause about another subject, not a gloss of its term: "Hash indexes:
  Share/exclusive page-level locks are used for read/write access." stored as what hash indexes are.  A gloss is a
  noun phrase ("a group of cells that ..."), a subjectless fragment ("Allows SELECT from any column"), or a sentence
  whose subject is the term ("RAID-5 addresses ..."), a word for it ("This level ...", "Brushes in this category
  ...") or shares its words ("The table is partitioned ..." for "range partitioning").  A present-tense clause whose
  full subject is none of these, in a first sentence that never uses a word of the term, describes behaviour.  An
  entry's term that is a verb phrase ("Closing the image", "Saving to a file") names a task, not a term;
* "X refers to Y" where X is a piece of text or code pointing at something ("the WHERE clause refers to success,
  which is not yet available", "The examples in this chapter refer to repositories hosted on ...") or where the
  sentence opens on a discourse marker or another clause ("But there's a problem: the clause refers to ..."): the
  verb reports what a mention points at, not what a term means.

How: :func:`entry_off_topic` re-reads a stored glossary entry (the term and its first sentence) on the full parse
(:mod:`proda.ingest.termhood_definitions` calls it; the ``<dl>`` reader's call site gives no term);
:func:`refers_as_mention` reads a "refers to" match's verb and subject (:mod:`.definitions`).  Word lists:
``patterns/definition_offtopic.toml``, general English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from proda.ingest.extract.lexdata import toml_table

_SUBJECTS = ("nsubj", "nsubjpass", "expl")
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    data = toml_table("definition_offtopic.toml")["offtopic"]
    return {k: frozenset(w.lower() for w in v) for k, v in data.items()}


def _stems(text: str) -> set[str]:
    """Content words of ``text`` cut to five letters ("partitioning", "partitioned" -> "parti"); numbers and words of
    two letters or fewer drop out, and so do the small words (``[offtopic] small``)."""
    small = _lists()["small"]
    return {w[:5] for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in small}


def task_term(term_doc) -> bool:
    """"Closing the image", "Saving to a file": the term opens on an -ing verb that governs an article, a possessive
    or a preposition (not "of": "Sharing of resources" is a noun), so it names a task; "Starting Balance", "Range
    Partitioning", "Compounding" stay."""
    toks = [t for t in term_doc if not t.is_punct]
    if len(toks) < 2 or toks[0].tag_ != "VBG" or not toks[0].lower_.endswith("ing"):
        return False
    nxt = toks[1]
    return nxt.lower_ in _lists()["task_openers"] or nxt.tag_ in ("DT", "PRP$") and nxt.lower_ not in ("no", "all")


def _points_back(subj) -> bool:
    """The subject, or a word in it, stands for the entry's term: "This", "It", "This level", "Brushes in this
    category", "The term", "Such files"."""
    point = _lists()["pointers"]
    return any(t.lower_ in point for t in subj.subtree) or subj.lemma_.lower() in _lists()["term_words"]


def _present(verb) -> bool:
    """The clause is finite in the present or with a modal: a manual's account of what happens ("locks are used",
    "the server keeps"); a past participle read as the verb of a glossary's noun phrase ("cell found in ...") is not."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in verb.children)


def _full_subject(subj) -> bool:
    """A subject that opens a clause, not the head noun of a gloss the parse read as one ("cell found in ...",
    "molecules that ..."): it has an article, a number, a quantifier or a possessive, or is a plural or a name
    written with a capital, or is an expletive "there"."""
    if subj.dep_ == "expl":
        return True
    if any(c.dep_ in ("det", "poss", "nummod", "predet") for c in subj.children) or subj.tag_ in ("NNS", "NNPS"):
        return True
    return subj.tag_ == "NNP" and not subj.text.islower()


def _states(term: str) -> bool:
    """"Hund's rule", "second law of thermodynamics", "Hawthorne effect": a term naming a statement or an
    observation, whose gloss is the clause it states (``[offtopic] statement_heads``)."""
    return any(w in _lists()["statement_heads"] for w in _WORD.findall(term.lower()))


def entry_off_topic(term: str, definition: str, nlp) -> bool:
    """Whether a glossary entry glosses something else than ``term``: the term is a task ("Closing the image"), or
    the first sentence of ``definition`` is a present-tense clause whose full main subject neither is, points back
    at, nor shares a word with the term, and no word of the term occurs anywhere in that sentence."""
    from proda.ingest.extract.definition_entries import main_subject

    text = (definition or "").strip()
    if not text or not term.strip():
        return False
    if "ing" in term.lower() and task_term(nlp(term.strip())):  # parsed only where an -ing word may open it
        return True
    sent = next(iter(nlp(text).sents), None)
    if sent is None:
        return False
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or not first.text[:1].isupper() or _states(term):
        return False  # a lower-case opening is a glossary's noun phrase or fragment; a law's gloss is its statement
    subj = main_subject(sent)
    if subj is None or subj.dep_ not in _SUBJECTS or not _full_subject(subj) or _points_back(subj):
        return False
    if subj.pos_ == "PRON" or subj.left_edge.i != first.i or subj.head.i != sent.root.i or not _present(subj.head):
        return False  # the clause must open on its subject and be the sentence's main one
    own = _stems(term)
    return bool(own) and not own & _stems(sent.text)


# ----------------------------------------------------------------------------- "refers to" as mention


def _opens_on_other(verb, subj) -> bool:
    """Before the subject, the sentence opens on a marker of an objection ("But", "However") or holds a clause of its
    own closed by a colon or a semicolon ("there's a problem: the clause refers to ..."): the "refers to" continues
    an argument.  A contrast's second half ("A refers to P, while B refers to Q", "While A refers to P, B refers to
    Q"), a "So, A refers to ..." summary and a fronted phrase ("As the names suggest, ...") stay."""
    if verb.dep_ == "advcl":
        return False
    sent = verb.sent
    span = sent.doc[sent.start:subj.left_edge.i]
    lead = [t for t in span if not t.is_punct and not t.is_space]
    if not lead:
        return False
    if lead[0].lower_ in _lists()["discourse"]:
        return True
    closed = span[-1].text in (":", ";", "—", "–")
    return closed and any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in lead)


_CODE = re.compile(r"[./_\\=<>(){}\[\]:]")
_MODIFIERS = ("compound", "amod", "nmod", "npadvmod", "nummod", "poss")


def _pointing_modifier(mod) -> bool:
    """A modifier that still singles out a piece of the text, not a kind: every word of it a pointing word ("the
    following example", "the first column", ``[offtopic] pointing_modifiers``), a number, or code (a path, a file
    name: "the /home/rmas/Desktop/hello.txt name"; a keyword in capitals that is a small English word: "the WHERE
    clause").  A noun or a name ("the body mass index", "the Gini index", "the income statement", "the Reynolds
    number") or another adjective ("the atomic number") makes a term."""
    for t in mod.subtree:
        if t.is_punct or t.lower_ in _lists()["pointing_modifiers"] or t.like_num or _CODE.search(t.text):
            continue
        if t.text.isupper() and len(t.text) > 1 and t.vocab[t.lower_].is_stop:
            continue
        return False
    return True


def _placed_in_text(subj) -> bool:
    """"The examples in this chapter", "the figure below": a phrase that places the piece in the book."""
    for c in subj.children:
        if c.dep_ == "advmod" and c.lower_ in ("above", "below", "here"):
            return True
        if c.dep_ == "prep":
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in _lists()["text_places"] and \
                        any(d.lower_ in ("this", "these") for d in o.children):
                    return True
    return False


def _pointer_subject(subj) -> bool:
    """"this column", "its name", a bare "the clause", "The examples in this chapter", "the WHERE clause": a definite
    piece of text or code (``[offtopic] mention_nouns``), the one the passage shows, pointing at something.  "the"
    with a modifier that names a kind ("The body mass index", "the Gini index", "The income statement", "the Reynolds
    number", "Avogadro's number") is a term, whatever its head word (review of session 28, item 2)."""
    lists = _lists()
    if subj.lemma_.lower() not in lists["mention_nouns"] and subj.lower_ not in lists["mention_nouns"]:
        return False
    dets = [c for c in subj.children if c.dep_ in ("det", "poss")]
    if any(c.lower_ in lists["mention_determiners"] for c in dets):
        return True
    if not any(c.lower_ == "the" for c in dets):
        return False  # "a"/"each"/"any", a name's possessive ("Avogadro's number"), no determiner: a term or a kind
    if _placed_in_text(subj):
        return True
    return all(_pointing_modifier(m) for m in subj.children if m.dep_ in _MODIFIERS and m.i < subj.i)


def refers_as_mention(verb, subj) -> bool:
    """Whether "``subj`` refers to ..." reports what a mention points at rather than defining ``subj``: a definite
    piece of text or code as subject, or a sentence opened by a discourse marker or another clause."""
    if verb.lemma_.lower() != "refer":
        return False
    return _pointer_subject(subj) or _opens_on_other(verb, subj)
