"""Cloze gates for what the prompt keeps around the blank (session 28, task T2, from blind judges on unseen books).

Two shapes the judges refused:

- ``dangling_rest``: the text after the blank is not a whole continuation of the sentence.  The blank took a noun
  phrase from mid-sentence and left a piece of it outside ("... are stored in _____ alpha and beta.", "Insulin also
  reduces _____, the metabolism of glucose for generation of ATP." where the apposition glosses a word inside the
  blank, "support _____, the reduction of regulations, and the lowering of taxes": a list whose first item is
  blanked).  Read from the parse: a word after the blank that depends on a word inside it, other than a relative or
  participle clause ("_____, which initiates ...", "_____ commonly used in ..."), a preposition the blank gave back
  ("_____ such as ..."), or a bracket; an apposition counts only when it hangs on a word inside the blank other than
  its head, or names several things ("_____, alpha and beta").  A noun or number right after the blank reads as the
  blank's own too.  Not refused: "possess _____, a part of the molecule that ..." (the apposition glosses the key);
- ``bare_requirement``: a requirement stated of a generic "the X" with nothing before it and no condition ("The
  query must reference _____.", "The license must allow _____ and derived works"): out of its list or section no
  one can tell which query or licence the rule is for.  A lead-in ("In a typical presidential system, the
  legislature must pass _____"), a subject narrowed by a phrase or clause of its own ("The query that joins two
  tables must ..."), or a condition or purpose on the verb ("must occur with _____ to permit ...", "if ...") keeps it.
  Unlike the extractor's ``scope_context.deontic_condition`` this asks for no list around the sentence, and counts
  "should" too (words in ``patterns/scope_context.toml``): review item 4 proposed the extractor's list context
  here, but on every requirement sentence of the dev books (1684) it would give back 48 stems the gate refuses now,
  judged 12 right and 36 wrong ("The patient must identify whether the stimulus is sharp or dull.", "The Transfer
  account should be Expenses:Phone.": which patient, which transfer), so a general "The heart must pump blood
  continuously." stays refused (sheet docs/audits/dev-2026-12-04/s28-F1-requirements.csv).
"""

from __future__ import annotations

from proda.ingest.extract.deontic import bare_definite
from proda.ingest.extract.lexdata import toml_table

_KEEP_AFTER = frozenset(("relcl", "acl", "prep", "punct", "cc", "advcl"))
_WORDS = toml_table("scope_context.toml")
_MODALS = frozenset(_WORDS["cloze_requirement_modals"])  # "must", "should", ...
_NEED = frozenset(_WORDS["cloze_requirement_verbs"])  # "needs to", "has to"
_CONDITION = frozenset(("advcl", "prep", "npadvmod"))
_CONDITION_PREPS = frozenset(("for", "during", "before", "after", "until", "unless", "upon"))
_BARE_PARTS = frozenset(("det", "amod", "compound"))


def _bracketed(t) -> bool:
    """The word's phrase opens right after a bracket ("_____ (the Krebs cycle)"): a gloss, no piece of the blank."""
    doc = t.doc
    lo = t.left_edge.i
    return lo > 0 and doc[lo - 1].text in ("(", "[")


def dangling_rest(doc, a: int, b: int) -> bool:
    """True when the prompt after the blank ``doc[a:b]`` holds a piece of the blanked noun phrase (see module)."""
    if b >= len(doc):
        return False
    head = doc[a:b].root
    if doc[b].pos_ in ("NOUN", "PROPN", "NUM"):
        return True  # "stored in _____ alpha and beta"
    for t in doc[b:]:
        if t.is_punct or not a <= t.head.i < b or t.dep_ in _KEEP_AFTER or _bracketed(t):
            continue
        if t.dep_ == "appos" and t.head.i == head.i and not any(c.dep_ == "conj" for c in t.children):
            continue  # "possess _____, a part of the molecule ...": a gloss of the key itself
        return True
    return False


def _requirement_verb(root):
    """The verb that carries the requirement: the root under "must" / "should" / "shall", or the root "need" /
    "have" with a "to" clause ("The query needs to reference ..."); else None."""
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in root.children):
        return root
    if root.lemma_.lower() in _NEED:
        x = next((c for c in root.children if c.dep_ == "xcomp"
                  and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        return x
    return None


def bare_requirement(doc) -> bool:
    """True when the sentence is a bare requirement of a generic "the X" with no lead-in and no condition."""
    sents = list(doc.sents)
    if not sents:
        return False
    root = sents[0].root
    verb = _requirement_verb(root)
    if verb is None:
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN":
        return False
    first = next((t for t in sents[0] if not t.is_punct), None)
    if first is None or first.i != subj.left_edge.i:
        return False  # a lead-in before the subject says where the rule holds
    if any(c.dep_ not in _BARE_PARTS for c in subj.children):
        return False  # "The query that joins two tables": the subject is narrowed
    if not bare_definite(subj):
        return False  # "A query", "Each query", "Queries must ...": not one generic thing named as known
    for v in {root, verb}:
        if any(c.dep_ in _CONDITION and c.i > v.i and (c.dep_ != "prep" or c.lower_ in _CONDITION_PREPS)
               for c in v.children if c.i != verb.i):
            return False  # "to permit ...", "if ...", "for a reaction to occur": the condition is in the stem
    return True
