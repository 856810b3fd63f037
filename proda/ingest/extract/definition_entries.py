"""Whether a definition-list entry's text defines its term, or is a manual's note on a control or a setting.

Why: the HTML reader takes every ``<dl>`` (and glossary-like list) of a page as term/definition pairs, the
strongest evidence a concept has.  A textbook's glossary glosses each term with a noun phrase ("homeostasis: steady
state of body systems ...") or a sentence about it ("RAID-6 can be considered an extension of RAID-5").  A software
manual's lists of fields, options and buttons say what the reader should do or what the control does instead:
"Enable: Sets the status of the scheduled transaction.", "Every: This option allows you to schedule ...", "Ending
Balance: This field should be filled with ...", "Net Pricing: You enter a net price ...", "Payments: The popup menu
allows you to select ...", "GnuCash 4.13: Linux (x86, x86_64), FreeBSD ...".  Taught as "define X", such an entry
teaches a UI label or an instruction (session 26, engineer K: 17 of 37 definition-list entries of the two new dev
books).  Such an entry is left out (the name may still come back as a statement's term); the book-level termhood
(:mod:`proda.ingest.termhood`) decides on it as on any other phrase.

How, on the parse of the entry's first sentence (:func:`sentence_defines`).  A glossary's gloss comes in many shapes
the small pipeline misparses ("cell found in the stratum ... that produces ..." read as a clause), so the test names
the shapes of a note and lets everything else pass (0 of 515 glossary entries of 8 old-book chapters, 4 of 58
entries of GnuCash's own glossary page left out: three "See Stock." cross-references and "Windows: Registry."):

* the first or second person as the main verb's subject or object ("You enter ...", "allows you to ..."; "what you
  own" deeper in the clause may stay);
* a list of proper names with no verb ("Linux (x86), FreeBSD (x86) and Windows");
* a gerund clause as subject ("Clicking this button opens ...");
* a sentence its verb opens with no subject, when capitalised ("Sets the status ...", "Check this option ...") or
  opened by an auxiliary ("have been known to ...": the term's own sentence run on), unless the verb is one of
  defining ("Stands for ...", "Occurs when ...", ``[entries] defining_verbs``); a lower-case fragment ("develops
  into ...") is a glossary's style and stays;
* a modal with no subject ("If enabled, will insert ...") or with a demonstrative subject ("This field should be
  filled with ...").

The word lists are data (``patterns/definition_entries.toml``), in general English.
"""

from __future__ import annotations

from functools import lru_cache

from proda.ingest.extract.lexdata import toml_table

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    data = toml_table("definition_entries.toml")["entries"]
    return {k: frozenset(w.lower() for w in v) for k, v in data.items()}


def _demonstrative(subj) -> bool:
    """"This", "It", "This archive file", "This RAID level": a word pointing back at the entry's term."""
    point = _lists()["pointers"]
    if subj.lower_ in point:
        return True
    return any(c.dep_ == "det" and c.lower_ in point for c in subj.children)


def _in_clause(tok, deps) -> bool:
    """Whether ``tok`` lies inside a dependent clause of one of ``deps`` (a relative clause, a fronted "if" clause)."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ in deps:
            return True
        t = t.head
    return False


def _main_subject(sent):
    """The subject of the sentence's main clause: the root's own, else the first subject before the root that is not
    inside a relative or adverbial clause nor under a verb a subordinating word opens ("Even though the subsystem
    allows ..., this is ...").  Why not only the root's: the small pipeline often hangs the main verb elsewhere
    ("This RAID level, not widely used, uses N disks" makes "used" the subject's verb)."""
    root = sent.root
    own = [c for c in root.children if c.dep_ in _SUBJECTS]
    if own:
        return own[0]
    for t in sent:
        if t.i >= root.i:
            return None
        if t.dep_ in _SUBJECTS and not _in_clause(t, ("relcl", "acl", "advcl", "pcomp")) and \
                not any(c.dep_ == "mark" for c in t.head.children):
            return t
    return None


def _first_word(sent):
    return next((t for t in sent if not t.is_punct and not t.is_space), sent[0])


def sentence_defines(sent) -> bool:
    """Whether the parsed first sentence ``sent`` of an entry may define its term: False for the shapes of a
    manual's note on a control (see the module docstring); a glossary's gloss in any shape passes."""
    root = sent.root
    person = _lists()["persons"]
    subj = _main_subject(sent)
    verb = subj.head if subj is not None else root
    if any(t.lower_ in person and t.pos_ == "PRON" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and
           (t.head.i == verb.i or t.head.head.i == verb.i and t.head.dep_ in ("ccomp", "xcomp")) for t in sent):
        return False  # "You enter a net price ...", "This option allows you to ..." ("what you own" may)
    if root.pos_ == "PROPN" and not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False  # "Linux (x86), FreeBSD (x86) and Windows": a list of names, no kind of thing
    if subj is not None and subj.dep_ in ("csubj", "csubjpass") and subj.tag_ == "VBG":
        return False  # "Clicking this button opens a new window ..."
    modal = any(c.tag_ == "MD" for c in verb.children if c.dep_ in ("aux", "auxpass"))
    first = _first_word(sent)
    if subj is None and root.pos_ in ("VERB", "AUX") and (first.i == root.i or first.head.i == root.i and
                                                          first.dep_ in ("aux", "auxpass")):
        # a sentence whose verb opens it with no subject: a glossary's fragment ("develops into ...", "stands for
        # ...") is written in lower case or with a verb of defining; a capitalised one ("Sets the status ...",
        # "Check this option ..."), or one opened by an auxiliary ("have been known to ..."), is a note on a
        # control or the term's own sentence run on
        if root.lemma_.lower() in _lists()["defining_verbs"]:
            return True
        return not (first.text[:1].isupper() or first.tag_ == "MD" or
                    first.pos_ == "AUX" and first.lemma_.lower() in _lists()["auxiliaries"])
    if subj is None and modal:
        return False  # "If enabled, will insert this transaction ...": what a setting does
    if subj is not None and modal and _demonstrative(subj):
        return False  # "This field should be filled with ...": an instruction, not what the field is
    return True


def entry_defines(definition: str, nlp) -> bool:
    """Whether a definition-list entry's ``definition`` may define its term, read on ``nlp``'s parse of its first
    sentence; an entry without text is left as it was (a glossary's term)."""
    text = definition.strip()
    if not text:
        return True
    first = next(iter(nlp(text).sents), None)
    return first is None or sentence_defines(first)
