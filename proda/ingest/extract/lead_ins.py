"""A list item under a lead-in that sets a condition or a restricted case: its frames hold only under the lead-in.

"For a backup to be restorable, two requirements must hold:" / "The archive must include every file." /
"The catalogue must name the archive.": each item, read alone, states a general fact ("archive | must include |
every file") that the book says only of the case the lead-in names; a cloze made from it ("The archive must
include _____.") cannot be answered, or is wrong, without the lead-in (blind audit of round 27, statements and
training items).  The reader keeps each list item its own block (``chunking.SEP``, a blank line, between blocks),
and the colon that ends the lead-in is still in the chunk's text: that is what this module reads.

The lead-in is the block before the item, or before the run of short item blocks the item closes (at most
``_RUN`` blocks, each at most ``_ITEM_WORDS`` words), whose text ends with a colon.  Its last sentence restricts
the items when it is
- a condition with no main clause: "If the compound is a binary acid:", "When the server starts:";
- a purpose or case fronted before a requirement: "For a backup to be restorable, ... must ...:", "To be polar, a
  molecule must:", "To enable replication, the following settings are required:";
- a list of requirements or conditions: "the following conditions must be met:", "Two requirements apply:";
- a fronted case of one kind: "In a clustered table, the following holds:", "For unlogged tables, ...:".
Not an example or a display it introduces ("If someone removes an order, the rows are removed as well:", "For
example, ...:", "as follows:" with a main clause of its own and no requirement), nor a lead-in that only says
what the list holds ("These molecules fall into three categories:", "The islets contain four kinds of cells:").
And a lead-in ending "... assume that:" / "argue that:": its items are the verb's content (:func:`content`).

An item that names the restricted case itself is kept: it shares a noun with the lead-in ("The following caveats
apply to partitioning implemented using inheritance:" / "Indexes ... apply to single tables and not to their
inheritance children").  The store could carry a fronted place as a scope, not a clause of condition, so the
frame is refused rather than rewritten.  What is left: a generic subject restricted by the sentence before with no
colon ("GIN indexes differ. Each entry holds only part of the value.") has no precise signal here; left.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.chunking import SEP as _SEP  # how a document's blocks are joined: the one definition
from proda.ingest.extract.lexdata import toml_table, words

_RUN = 8  # item blocks between the lead-in and the item, at most
_ITEM_WORDS = 50  # a longer block is prose after the list, not an item of it
_W = {k: frozenset(v) for k, v in toml_table("lead_ins.toml").items()}  # word lists, patterns/lead_ins.toml
_CONDITIONS, _REQUIREMENTS, _NECESSITY = _W["conditions"], _W["requirements"], _W["necessity"]
_EXAMPLES, _NOT_KINDS = _W["examples"], _W["not_kinds"]
_EMPTY = _REQUIREMENTS | _W["empty"]


def _block(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the block of ``text`` holding character ``at``."""
    lo = text.rfind(_SEP, 0, at)
    hi = text.find(_SEP, at)
    return (0 if lo < 0 else lo + len(_SEP)), (len(text) if hi < 0 else hi)


def lead_in(sent: Span) -> Span | None:
    """The last sentence of the lead-in of the list ``sent`` is an item of, or None."""
    doc = sent.doc
    text = doc.text
    lo, hi = _block(text, sent.start_char)
    if len(text[lo:hi].split()) > _ITEM_WORDS:
        return None
    for _ in range(_RUN):
        if lo < len(_SEP):
            return None  # the chunk's first block: its lead-in, if any, is out of sight
        plo, phi = _block(text, lo - len(_SEP) - 1)
        prev = text[plo:phi].rstrip()
        if prev.endswith(":"):
            end = doc.char_span(plo, plo + len(prev), alignment_mode="contract")
            return end[-1].sent if end is not None and len(end) else None
        if not prev or len(prev.split()) > _ITEM_WORDS:
            return None
        lo = plo
    return None


def _opens_with(lead: Span) -> Token | None:
    return next((t for t in lead if not t.is_space and not t.is_punct), None)


def _condition_only(lead: Span) -> bool:
    """"If the compound is a binary acid (...):": the root is the verb of the condition itself, and no comma outside
    brackets opens a main clause ("If using GNU split, it is possible to ...:" introduces a display)."""
    first = _opens_with(lead)
    depth, comma = 0, False
    for t in lead:
        depth += (t.text == "(") - (t.text == ")")
        comma |= t.text == "," and depth == 0
    return first is not None and first.lower_ in _CONDITIONS and first.dep_ in ("mark", "advmod") \
        and first.head == lead.root and not comma


def _needs(lead: Span) -> bool:
    """The lead-in's own verb says what must hold: "... must hold:", "... are required:", "caveats apply to X:" (not
    a verb inside a phrase: "For purposes of applying the principle, ...")."""
    root = lead.root
    return root.lemma_.lower() in _NECESSITY or any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in _NECESSITY
                                                    for c in root.children)


def _fronted_case(lead: Span) -> bool:
    """"For a backup to be restorable, ... must:", "To be polar, a molecule must:" (a purpose or case before a
    requirement); "In a clustered table, ...:", "For unlogged tables, ...:" (a case of one kind fronted)."""
    first = _opens_with(lead)
    if first is None or first.i >= lead.end - 1:
        return False
    comma = next((t for t in lead if t.text == "," and t.i > first.i), None)
    if comma is None:
        return False
    fronted = lead.doc[first.i:comma.i]
    low = {t.lower_ for t in fronted}
    if low & _EXAMPLES or first.lower_ not in ("for", "to", "in"):
        return False
    purpose = any(t.lower_ == "to" and t.tag_ == "TO" for t in fronted)
    if purpose:
        return _needs(lead) or any(t.lemma_.lower() in _REQUIREMENTS for t in lead)
    # a case of one kind: "In a clustered table", "For unlogged tables" (not "In this section", "In the window", "In
    # addition to X", "For purposes of ...")
    head = next((c for c in first.children if c.dep_ == "pobj"), None)
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() in _NOT_KINDS or first.lower_ not in ("in", "for"):
        return False
    dets = [c for c in head.children if c.dep_ in ("det", "poss")]
    kind = [d.lower_ for d in dets] in (["a"], ["an"]) or (not dets and head.tag_ == "NNS")
    return kind and (_needs(lead) or any(t.lower_ == "following" for t in lead))


def _requirements(lead: Span) -> bool:
    """"The following conditions must be met:", "Two requirements apply:"."""
    return any(t.lemma_.lower() in _REQUIREMENTS and t.pos_ == "NOUN" and t.head == lead.root for t in lead) \
        and _needs(lead)


def _following_conditions(lead: Span) -> bool:
    """"Set when all of the following are true:", "X is flagged if any of the following holds:": a condition whose
    subject is the list itself; each item is one of its conditions (round 37: "The most recently seen packet in the
    reverse direction was a keepalive." stored as a fact, judged a fragment)."""
    # (read on the words, not the parse: the small parser reads "when all of the following hold:" with "hold" a noun)
    cond = next((t for t in lead if t.lower_ in _CONDITIONS and t.dep_ in ("mark", "advmod")), None)
    return cond is not None and any(t.lower_ == "following" and t.i > cond.i for t in lead)


def restricting(lead: Span) -> bool:
    """The lead-in sets a condition or a restricted case its items hold under."""
    if any(t.lower_ in _EXAMPLES for t in lead):
        return False
    return _condition_only(lead) or _fronted_case(lead) or _requirements(lead) or _following_conditions(lead)


def content(lead: Span) -> bool:
    """The lead-in ends on "that" after a verb of saying or believing ("distance matrix programs implicitly assume
    that:", "Supporters of the reform argue that:"): its items are what the subject assumes or holds, each a clause
    of that verb, not the book's facts (round 33 taught an assumption of a method as a law); the shared-noun
    exception of a restricted case does not apply, every item is the verb's content."""
    words_ = [t for t in lead if not t.is_punct and not t.is_space]
    if len(words_) < 2 or words_[-1].lower_ != "that":
        return False
    verb = next((t for t in reversed(words_[:-1]) if t.pos_ != "ADV"), None)
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in words("verbs.reporting")


def _nouns(span: Span) -> set[str]:
    return {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in _EMPTY}


def under_lead_in(sent: Span) -> bool:
    """``sent`` is an item of a list whose lead-in restricts it (:func:`restricting`) and names none of the lead-in's
    nouns itself: its frames are no general facts."""
    lead = lead_in(sent)
    if lead is not None and content(lead):
        return True
    if lead is None or not restricting(lead):
        return False
    return not (_nouns(lead) & _nouns(sent))
