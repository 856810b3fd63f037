"""Announced procedures laid out as a list: an introduction ending in ":" that names steps / a sequence, then one block
per item (readers lay list items out as separate blocks).

Split from ``chain_rules.py`` (which keeps the other rules and the helpers these import).  Why a procedure is kept whole
or not at all: a procedure cut short teaches a wrong process -- audit round 10 (chemistry 04, "Writing Lewis
Structures") kept 3 of the book's 5 items, because an item whose imperative verb the parse tagged as a name ("Place all
remaining electrons ...") ended the list and an item over the word limit lost its last instruction, so step 3's
"remaining electrons" had nothing before it.  So:

- in a list of instructions, an item is an instruction by its shape (a main verb with no subject, first in its
  sentence or tagged as a base form), not by its tag alone;
- an instruction the rule refuses (too long, too many sentences, a multi-sentence item that ends on ":") refuses the
  chain: the items after it belong to the same procedure;
- a list that runs past ``limits.max_steps`` is refused, not cut;
- an item whose first sentence alone runs past the word limit is refused, not cut (review R13);
- an item's sentences are dropped past the word limit only when they are comments or instructions for one case ("If
  more than one arrangement is possible, choose ..."), never when one is an instruction for every case (the chain is
  refused then); asides in parentheses do not count towards the limit.
"""

from __future__ import annotations

import re

from proda.ingest.extract.chain_events import concept_name
from proda.ingest.extract.chain_rules import (Found, Sent, Step, _has_verb, _heading_like, announces_list,
                                              announces_process, rules)
from proda.models import Chunk

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


def instruction(span, strict: bool = False) -> bool:
    """ "Determine the total number ...", "For cations, subtract one ...", "Place all remaining ..." (the verb tagged
    as a name): the sentence's main verb has no subject and is either a base form or the sentence's first word.
    ``strict``: a base form only -- what makes a list one of instructions in the first place ("Formation of X, which
    ..." is a noun first, with no subject either)."""
    root = span.root
    first = next((t for t in span if t.is_alpha), None)
    if any(c.dep_ in _SUBJECTS for c in root.children):  # "Extract paths again ...": "Extract" read as the subject
        return not strict and (_after_condition(span) or (first is not None and first.head.i == root.i
                                                          and first.dep_ == "nsubj" and _verb_read_as_noun(span, first)))
    if strict:
        return root.tag_ == "VB"
    return root.tag_ == "VB" or (first is not None and root.i == first.i and first.is_title and root.pos_ != "PRON") or (
        first is not None and _verb_read_as_noun(span, first)) or _after_condition(span)


def _after_condition(span) -> bool:
    """ "If necessary, double one or both batches ...", "If the paint is used outdoors, add sand ...": an instruction
    for one case, whose fronted condition the parser made the main clause ("is" or "used" the root, "double" an
    adjective, "add" a conjunct), so the item read as no instruction and ended the list, and the procedure was kept
    cut short (audit round 17: 5 of a book's 8 steps).  The words after the condition's comma open on a verb's base
    form that is no subject and no noun's modifier: an instruction.  "If the paint is old, the colors fade" (a
    subject after the comma) and "When it is damp, paint dries slowly" ("paint" the subject of "dries") are none."""
    from lemminflect import getAllInflections

    words = [t for t in span if not t.is_space]
    if not words or words[0].lower_ not in rules()["list"]["condition_openers"]:
        return False
    comma = next((t for t in words if t.text == ","), None)
    if comma is None or comma.i + 1 >= span.end:
        return False
    verb = span.doc[comma.i + 1]
    after = span.doc[verb.i + 1] if verb.i + 1 < span.end else None
    if verb.dep_ in _SUBJECTS or (after is not None and after.tag_ in ("VBZ", "VBD", "VBP", "MD")):
        return False
    if verb.tag_ == "VB":
        return True
    return (verb.is_lower and verb.tag_ in ("JJ", "NN", "VBP") and verb.dep_ != "compound"
            and bool(getAllInflections(verb.lower_, upos="VERB")) and verb.lemma_.lower() == verb.lower_)


def _verb_read_as_noun(span, first) -> bool:
    """ "Balance oxygen atoms by adding water." parsed as a noun phrase ("Balance" a compound of "atoms"): an item
    opening on a capitalised word the parse made part of a noun, that is a verb's base form, with no finite verb
    anywhere in the sentence, is an instruction all the same (round 15: chemistry 07's half-reaction method ended
    at its third item).  "Formation of the bond ..." opens on no verb; "Balance is kept by ..." has its finite verb."""
    from lemminflect import getAllInflections, getAllLemmas

    if not first.is_title or first.tag_ not in ("NN", "NNP") or first.dep_ not in ("compound", "ROOT", "nsubj", "nmod"):
        return False
    # "Extract paths again with r.path ..." read "Extract" a subject and "paths" its verb: a plural noun right after
    # the first word is no finite verb of the item ("Use thise negative distances ..." read "Use" a modifier: nmod;
    # session 30, a manual's six-step procedure kept cut after its fourth step)
    if any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") and not (t.i == first.i + 1 and t.tag_ in ("VBZ", "VBP")
                                                          and "NOUN" in getAllLemmas(t.lower_)) for t in span):
        return False
    return bool(getAllInflections(first.lower_, upos="VERB"))


def _scoped(span) -> bool:
    """An instruction for one case only: "If more than one arrangement is possible, choose ...", "For cations, subtract
    ...": a clause or phrase fronted before the verb limits it.  Past the word limit such a refinement may be left to
    the book; an instruction for every case ("Connect each atom to the central atom ...") is a step of the procedure."""
    root = span.root
    return any(c.dep_ in ("advcl", "prep") and c.i < root.i for c in root.children)


def _words(text: str) -> int:
    """Words a step counts: an aside in parentheses ("(Generally, the least ... center.)") does not."""
    return len(re.sub(r"\([^()]*\)", " ", text).split())


def _refused(item: list[Sent], style: bool) -> bool:
    """Whether a block that stops the list is an item of it the rule could not take (so the procedure would be cut):
    in a list of instructions, a block whose first sentence is one."""
    return style and instruction(item[0].span)


def _unmarked(item: list[Sent]) -> list[Sent]:
    """The item without a sentence that is only its number ("2." parsed apart from "Mix them ..."): the parser cuts a
    list number off as a verbless sentence, which ended the list after its first item (round 15, chemistry 07's
    nine-step half-reaction method found as its three-step sub-list)."""
    marker = rules()["list"]["item_marker_re"]
    return [s for s in item if marker.sub("", s.text).strip()]


def _steps_named_last(span) -> bool:
    """ "One very useful approach is to use the method of half-reactions, which involves the following steps:": the
    lead-in names one member of a list ("One ... approach", singular), then the steps the items are; the noun
    nearest the colon says what the items are (gold row chem1: the nine-step method was refused as a list of
    approaches).  "Several approaches follow these steps:" (a plural member noun) stays a list."""
    nouns = rules()["enumeration"]["list_nouns"]
    cue = rules()["list"]["intro_lemmas"]
    members = [t for t in span if t.pos_ == "NOUN" and t.lemma_.lower() in nouns]
    steps = [t for t in span if t.pos_ == "NOUN" and t.lemma_.lower() in cue]
    return bool(members and steps) and all(t.tag_ == "NN" for t in members) and steps[-1].i > members[-1].i


# a note the reader inlined into an item: glued to the word before it ("the total chargesThe requirement of ..."),
# running to a full stop after which the item's own sentence resumes in lower case ("... must be balanced. are balanced.")
_NOTE = re.compile(r"(?<=[a-z])([A-Z][a-z]+)\b.*?[.!?][\s\u201d\"]*\s(?=[a-z])", re.S)
# a note opens a sentence of its own: with a function word ("The", "This", "In"), never the tail of a word with a
# capital inside it ("pKa", "McDonald", "eBay": review R16)
_NOTE_OPENERS = frozenset("the a an this these that those in it its for when if as each".split())
_NOTE_MIN_WORDS = 4


def _content(words: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", words.lower())}


def _a_note(m: re.Match, text: str) -> bool:
    """Whether the match is a note: it opens with a function word, runs to at least ``_NOTE_MIN_WORDS`` words, and
    glosses the words just before it (shares a content word with them: "the total chargesThe requirement of charge
    ... charges must be balanced")."""
    note = m.group(0)
    before = text[:m.start()].split()[-8:]
    return (m.group(1).lower() in _NOTE_OPENERS and len(note.split()) >= _NOTE_MIN_WORDS
            and bool(_content(note) & _content(" ".join(before))))


def unnoted(text: str) -> str:
    """``text`` without a note the reader inlined into it (see ``_NOTE``, ``_a_note``): "... the total charges are
    balanced"."""
    return _NOTE.sub(lambda m: " " if _a_note(m, text) else m.group(0), text)


def _item(item: list[Sent], chunk: Chunk, max_words: int) -> str | None:
    """The step of one item: its sentences up to the word limit; None when a sentence past it is an instruction, or
    when the first sentence alone runs past it (cut, the instruction would lose its end: review R13).  An inlined
    note is left out first (``unnoted``)."""
    lead = rules()["list"]["item_marker_re"].match(item[0].text)
    whole = chunk.text[item[0].start + (lead.end() if lead else 0):item[-1].end]
    if (bare := unnoted(whole)) != whole and _words(bare) <= max_words:
        return " ".join(bare.split())
    words, txt = 0, []
    for s in item:
        n = _words(s.text)
        if words and words + n > max_words:
            if any(instruction(x.span) and not _scoped(x.span) for x in item[len(txt):]):
                return None
            break
        txt.append(s)
        words += n
    text = chunk.text[txt[0].start + (lead.end() if lead else 0):txt[-1].end]
    return text.strip() if _words(text) <= max_words else None


def _between_instructions(item: list[Sent], by_block: dict, sents: list[Sent], nb: int) -> bool:
    """An item the parser read as no instruction, with an instruction right after it: "Click the Touch Off button
    ...", "Select Tool Table in the Coordinate System drop down box.", "Enter the gauge ... and select OK." -- the
    parse took the capitalised "Select" for a name, so the list "ended" there and the chain kept 3 of the manual's 5
    steps (judged cut short, session 44's sweep).  One sentence ending in ".", not ":", opening on a verb's base
    form, and the next block an instruction as strict as the list's ("The examples below demonstrate ..." before an
    exercise's "Write the balanced equation ..." is no step: the sweep's first version took it)."""
    from lemminflect import getAllLemmas  # (a dependency of proda's; the readers use it too)

    nxt = by_block.get(nb + 1)
    first = item[0].span[0] if len(item[0].span) else None
    return len(item) == 1 and item[0].text.rstrip().endswith(".") and nxt is not None and first is not None \
        and first.text[:1].isupper() and first.lower_ in getAllLemmas(first.lower_).get("VERB", ()) \
        and instruction(sents[nxt[0]].span, strict=True)  # (its first word a verb's base: "Select", not "The")


def lists(sents: list[Sent], chunk: Chunk) -> list[Found]:
    """An introduction ending in ":" that names steps / a sequence, then list blocks of any length (see the module
    docstring for why a procedure is whole or refused)."""
    r, lim = rules()["list"], rules()["limits"]
    marker = r["item_marker_re"]
    by_block: dict[int, list[int]] = {}
    for i, s in enumerate(sents):
        by_block.setdefault(s.block, []).append(i)
    out = []
    for b, ids in sorted(by_block.items()):
        intro = sents[ids[-1]]
        low = intro.text.lower()
        if not intro.text.rstrip().endswith(":") or any(p in low for p in r["reject_phrases"]):
            continue
        if not announces_process(intro.span) or (announces_list(intro.span) and not _steps_named_last(intro.span)):
            continue  # "the following steps:" is a procedure; "several factors affect the process:" a list
        steps, used, style, whole = [], set(), False, True
        numbered, nested = None, False  # whether the items carry numbers; inside a numbered item's own sub-list
        nb = b + 1
        while nb in by_block:
            marked = bool(marker.match(sents[by_block[nb][0]].text))
            numbered = marked if numbered is None else numbered
            if marked != numbered:
                if nested and not marked:
                    nb += 1  # "8. ..., carry out these additional steps:" then unnumbered sub-items: the sub-list
                    continue  # is a procedure of its own; the numbered list goes on at "9."
                break  # unnumbered items, then "9. ...": an outer list resumes, the sub-list has ended
            nested = False
            item = _unmarked([sents[i] for i in by_block[nb]])
            if not item:
                break
            if len(steps) >= lim["max_steps"]:
                whole = not (_has_verb(item[0].span) and (not style or instruction(item[0].span)))
                break  # a procedure longer than a chain may be is refused, not cut
            chars = item[-1].end - item[0].start
            if len(item) > lim["max_item_sents"] or chars > lim["max_item_chars"]:
                whole = not _refused(item, style)
                break
            if item[-1].text.rstrip().endswith(":"):
                if numbered and len(item) == 1 and instruction(item[0].span):
                    nested = True  # "8. For X, carry out these additional steps:" is step 8; its sub-items follow
                else:
                    whole = len(item) == 1 or not _refused(item, style)  # "Let us ... as examples:" leads on
                    break
            if _heading_like(item[0].text, chunk) or not (_has_verb(item[0].span) or (style and instruction(item[0].span))):
                break  # "Knead the dough again." (the verb tagged a name) in a list of instructions is one more
            if style and not instruction(item[0].span) and not _between_instructions(item, by_block, sents, nb):
                break  # "Write ... Count ... Use ...", then "The following examples ..." or "Anti-racism need not
                # be ...": imperative items, then a sentence that is none: the list has ended (audit round 5)
            if any(s.text.rstrip().endswith("?") for s in item):
                whole = not _refused(item, style)
                break  # a question to the reader ("What does it mean to you ...?") is no step
            style = style or instruction(item[0].span, strict=True)
            step_text = _item(item, chunk, lim["max_step_words"])
            if step_text is None:
                whole = False
                break
            steps.append(Step(step_text, item[0].span, item[0]))
            used |= set(by_block[nb])
            nb += 1
        if whole and len(steps) >= lim["min_steps"]:
            out.append(Found("procedure", steps, process=_intro_process(intro.span), summary=intro.text, sent_ids=used))
    from proda.ingest.extract.chain_labels import flat_labels  # (imports chain_rules, as this module does)

    return out + flat_labels(sents)


def _intro_process(span) -> str:
    """The process an introduction names: "the steps of X", "the steps outline X", "X occurs in three stages"."""
    cue = rules()["list"]["intro_lemmas"]
    for t in span:
        if t.lemma_.lower() not in cue or t.pos_ != "NOUN":
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in", "for"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return concept_name(" ".join(x.text for x in pobj.subtree))
        v = t.head
        if t.dep_ in ("nsubj", "nsubjpass"):
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return concept_name(" ".join(x.text for x in obj.subtree))
        if t.dep_ == "pobj":
            verb = _verb_above(v)
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
            if subj is not None and subj.pos_ != "PRON":
                name = concept_name(" ".join(x.text for x in subj.subtree))
                if subj.dep_ == "nsubjpass" and name:  # "Multiple directions can be solved ... with the following
                    # steps:" -> "solving multiple directions" (the thing alone names no process; session 30)
                    from lemminflect import getInflection

                    ing = getInflection(verb.lemma_.lower(), "VBG")
                    first = next(iter(subj.subtree))
                    if first.i == span.start and first.pos_ != "PROPN" and not first.text.isupper():
                        name = name[:1].lower() + name[1:]  # the sentence's capital, not the name's
                    return f"{ing[0]} {name}" if ing else name
                return name
    return ""


def _verb_above(tok):
    """The verb a preposition hangs from, through the phrases between ("solved as in the above example with the
    following steps": "with" hangs on "example"); None past a clause of its own."""
    node = tok.head
    while node.pos_ not in ("VERB", "AUX"):
        if node.dep_ not in ("pobj", "prep", "advmod", "mark") or node.head.i == node.i:
            return None
        node = node.head
    return node
