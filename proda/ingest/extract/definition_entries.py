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
  own" deeper in the clause may stay, and so may a gloss that is a free relative, "What you owe to others.");
* a list of proper names with no verb ("Linux (x86), FreeBSD (x86) and Windows"), its first name not in lower case;
* a gerund clause as subject ("Clicking this button opens ...");
* a sentence its verb opens with no subject, when it shows a second sign of a note -- an imperative ("Check this
  option ...", "See Stock."), a verb of setting a control (``[entries] control_verbs``: "Sets the status ..."), the
  reader addressed anywhere ("... if you want"), a condition on a setting ("If enabled, ...") -- or is opened in
  lower case by an auxiliary ("have been known to ...": the term's own sentence run on); a verb of defining
  ("Stands for ...", "Occurs when ...", ``[entries] defining_verbs``) always passes, and so does any other
  lower-case fragment ("develops into ..."), a glossary's style.  A capitalised one needs the second sign: a
  glossary writes "Leads to the formation of a blood clot.", "Can be divided only by itself and one." too (review
  finding 6, session 27; before, the capital letter alone decided);
* a bare participle of a verb of setting, adverbs at most before it ("Always set.", "Set when there are no
  analysis flags.": round 37): when a field is set, not what it is;
* a modal with no subject and a second sign ("If enabled, will insert ...") or with a demonstrative subject ("This
  field should be filled with ...").

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


def main_subject(sent):
    """The subject of the sentence's main clause: the root's own, else the first subject before the root that is not
    inside a relative or adverbial clause nor under a verb a subordinating word opens ("Even though the subsystem
    allows ..., this is ...").  Why not only the root's: the small pipeline often hangs the main verb elsewhere
    ("This RAID level, not widely used, uses N disks" makes "used" the subject's verb).  Public:
    :mod:`.definition_offtopic` reads it too."""
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


def _person(sent) -> bool:
    """A first- or second-person pronoun anywhere in the sentence ("... without asking you", "if you want ...")."""
    person = _lists()["persons"]
    return any(t.lower_ in person and t.pos_ == "PRON" for t in sent)


def _if_set(root) -> bool:
    """"If enabled, will ...", "When checked, ...": a condition on a setting, a bare participle of a verb of setting
    a control (not "When heated, ...") that "if" or "when" opens, with no subject of its own."""
    verbs = _lists()["control_verbs"]
    return any(c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs and
               not any(g.dep_ in _SUBJECTS for g in c.children) and
               any(g.dep_ == "mark" or g.dep_ == "advmod" and g.tag_ == "WRB" for g in c.children)
               for c in root.children)


def _note_signal(sent, root, first) -> bool:
    """A second sign, besides a subjectless opening, that a sentence is a note on a control: an imperative ("Check
    this option ...", "See Stock."), a verb of setting a control (``[entries] control_verbs``: "Sets the status
    ..."), the first or second person anywhere, or a condition on a setting ("If enabled, ...").  Why: a glossary
    writes its gloss without a subject too, capitalised as often as not ("Leads to the formation of a blood clot.",
    "Can be divided only by itself and one."); the capital letter alone does not tell them apart (s27 review)."""
    # an imperative or a verb of setting governs what is set or done ("Check this option", "Sets how many days
    # ..."); a noun-phrase gloss the tagger read as a verb does not ("Set of physical conditions ...", "Fold of ...")
    governs = any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in root.children)
    if governs and root.tag_ == "VB" and first.i == root.i:
        return True
    if governs and root.pos_ in ("VERB", "AUX") and root.lemma_.lower() in _lists()["control_verbs"]:
        return True
    return _person(sent) or _if_set(root)


def _free_relative(sent, verb) -> bool:
    """"What you owe to others.": the sentence is a noun phrase, a free relative opened by a wh-word of the verb, so
    its "you" is general, not the reader told what to do."""
    first = _first_word(sent)
    return first.tag_ in ("WP", "WDT") and first.lower_.startswith("what") and first.head.i == verb.i


def sentence_defines(sent) -> bool:
    """Whether the parsed first sentence ``sent`` of an entry may define its term: False for the shapes of a
    manual's note on a control (see the module docstring); a glossary's gloss in any shape passes."""
    root = sent.root
    person = _lists()["persons"]
    subj = main_subject(sent)
    verb = subj.head if subj is not None else root
    if not _free_relative(sent, verb) and \
            any(t.lower_ in person and t.pos_ == "PRON" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and
                (t.head.i == verb.i or t.head.head.i == verb.i and t.head.dep_ in ("ccomp", "xcomp")) for t in sent):
        return False  # "You enter a net price ...", "This option allows you to ..." ("what you own" may)
    if root.pos_ == "PROPN" and not root.text.islower() and not any(t.pos_ in ("VERB", "AUX") for t in sent):
        # "Linux (x86), FreeBSD (x86) and Windows", "macOS (...)": a list of names, no kind of thing; a name is
        # written with a capital somewhere, so a lower-case gloss the tagger read as one stays ("cluster of
        # alveoli", "tooth", "mesentery of the appendix": 24 of 3917 glossary entries of two old books)
        return False
    if subj is not None and subj.dep_ in ("csubj", "csubjpass") and subj.tag_ == "VBG":
        return False  # "Clicking this button opens a new window ..."
    modal = any(c.tag_ == "MD" for c in verb.children if c.dep_ in ("aux", "auxpass"))
    first = _first_word(sent)
    if subj is None and root.tag_ == "VBN" and root.lemma_.lower() in _lists()["control_verbs"] \
            and all(t.pos_ == "ADV" for t in sent[:root.i - sent.start] if not t.is_punct) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return False  # "Always set.", "Set when there are no analysis flags.": when a field is set, not what it is
        # (round 37: "Last-seen acknowledgment number: Always set. ...", judged no definition)
    if subj is None and root.pos_ in ("VERB", "AUX") and (first.i == root.i or first.head.i == root.i and
                                                          first.dep_ in ("aux", "auxpass")):
        # a sentence whose verb opens it with no subject: a glossary's fragment ("develops into ...", "Leads to
        # ...", "Can be divided ...") unless it shows a second sign of a note (an imperative, a verb of setting,
        # the reader addressed: "Sets the status ...", "Check this option ..."), or is opened in lower case by an
        # auxiliary ("have been known to ...": the term's own sentence run on)
        if root.lemma_.lower() in _lists()["defining_verbs"]:
            return True
        if first.text[:1].islower():  # a glossary's style, unless an auxiliary runs the term's sentence on
            return not (first.tag_ == "MD" or first.pos_ == "AUX" and first.lemma_.lower() in _lists()["auxiliaries"])
        return not _note_signal(sent, root, first)
    if subj is None and modal and _note_signal(sent, root, first):
        return False  # "If enabled, will insert this transaction ...": what a setting does
    if subj is not None and modal and _demonstrative(subj):
        return False  # "This field should be filled with ...": an instruction, not what the field is
    if subj is not None and subj.i == sent.start and subj.lower_ in ("this", "it") and subj.dep_ in ("nsubj", "nsubjpass") \
            and verb.lemma_.lower() not in ("be", "mean", "refer", "denote"):
        return False  # "‘none’: This returns an entry with a nil pronunciation field" (round 36): what a value does
    return True


def entry_defines(definition: str, nlp) -> bool:
    """Whether a definition-list entry's ``definition`` may define its term, read on ``nlp``'s parse of its first
    sentence; an entry without text is left as it was (a glossary's term)."""
    text = definition.strip()
    if not text:
        return True
    first = next(iter(nlp(text).sents), None)
    return first is None or sentence_defines(first)
