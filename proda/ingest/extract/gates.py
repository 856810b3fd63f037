"""The gates a sentence's frame passes to become one of a chunk's statements, each with a name.

Why a module of its own: :func:`proda.ingest.extract.offline.extract_parsed` keeps a frame only when its two
arguments are terms the chunk stands behind; which gate drops how many frames is what decides statement recall
on prose that argues rather than describes (issue 11).  Naming each gate lets ``benchmarks/statement_gates.py``
count the drops of the real code path instead of a copy of it: ``report(gate, frame, sentence)`` is called once
per frame with the gate that dropped it, or ``"kept"``.

Gates, in order: an effect or class claim (:mod:`effects`) skips the next three and is reported ``effect_kept`` /
``class_kept``; ``not_term`` (an end is no term by its words, :func:`terms.is_term`), ``not_known`` (an end the
chunk does not stand behind: not repeated, defined or in a heading), ``not_termlike`` (an end is an everyday word
of the prose, :func:`terms.mention_term`), ``same_ends``, ``first_name_only`` (:mod:`people`), ``instance_scope``
("the government" of the one country the heading or paragraph names, :mod:`instance_scope`); the gates of
:func:`scope_context.scope_unstated` (``adverbial_phrase``: an end that is the noun of "by default", "in practice";
``deontic_condition``, ``reason_each``, ``such_scope``, ``context_relative``: a claim the sentence makes only in a
scope its context holds); ``duplicate``,
``heading_kind`` (reported by ``offline.extract_parsed``: "the president" under a heading of two coordinated kinds,
:mod:`heading_kind`; a heading of one kind is carried into the subject instead); and ``final_termlike`` for a
statement (chain statements included) whose ends are no terms after all.

Measured and not adopted (2026-11-30, issue 11): letting ``not_known`` pass an end named once whose words are
rare (a word below Zipf 3.5, lower case) beside a known end.  New statements were right in 28 of 40 in every
frame (seed 30), 29 of 38 in be-frames only ("is", "is attached to", "is sensitive to"), and 18 of 27 in present
be-frames whose arguments do not point back, on chapters the rule was not read on -- below the 85 % bar and the
extractor's ~81 %: recurrence also masks frame defects (a fronted scope lost, a collective predicate split, one
member of a list); sheet docs/audits/dev-2026-11-30/recall-new-statements.csv.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from proda.ids import normalize_name
from proda.ingest.extract.effects import class_claim, effect_claim
from proda.ingest.extract.instance_scope import instance_left_out
from proda.ingest.extract.people import first_name_only
from proda.ingest.extract.scope_context import scope_unstated
from proda.ingest.extract.terms import is_term, mention_term

Report = Callable[[str, object, object], None]


def _plural(word: str, compound: bool = True) -> str:
    """A word's pattern with its plural.  ``normalize_name`` makes "entries" "entry" and "arteries" "artery", so the
    last word of a ``compound`` term ending in a consonant and "y" also matches "-ies": before session 38 "lexical
    entries" and "pulmonary arteries" were never counted, and a compound named only in the plural was not known (round
    36).  A single word keeps the old count, which missed its "-ies" plural: counted honestly, the everyday nouns of
    the prose in "-y" (country, society, party, family, city, property) became known, and a fresh judge accepted 26 of
    40 of the statements that let in (docs/audits/dev-2026-12-07/s38-samples.md) -- the gate's recurrence rule is no
    termhood test for them, and the miscount was what kept them out."""
    if compound and len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        return re.escape(word[:-1]) + r"(?:y|ies)"
    return re.escape(word) + r"(?:e?s)?"


def _opens(key: str) -> str:
    """A literal every match of ``_plural(key)`` (or of a phrase opening with it) begins with: the key without a
    final "y", which an "-ies" plural drops."""
    return key[:-1] if key.endswith("y") else key


def _pat(key: str):
    return re.compile(r"\b" + re.escape(key[:-len(key.split()[-1])]) + _plural(key.split()[-1], len(key.split()) > 1)
                      + r"\b") if key.strip() \
        else re.compile(r"\b" + re.escape(key) + r"(?:e?s)?\b")


# Why: every chunk of a document counts its terms in the whole document's text, and the same terms recur from
# chunk to chunk; one regex pass over a long document per question was a tenth of extraction (profile,
# 2026-11-30).  Counts are kept per text (the few documents read last), then per pattern.
_COUNTS: dict[str, dict[str, int]] = {}
_COUNTED_TEXTS = 4


def _count(pattern: str, text: str, opens: str) -> int:
    """``len(re.findall(pattern, text))``, remembered; ``opens`` is the literal every match begins with."""
    memo = _COUNTS.get(text)
    if memo is None:
        if len(_COUNTS) >= _COUNTED_TEXTS:
            _COUNTS.pop(next(iter(_COUNTS)))  # the oldest text
        memo = _COUNTS[text] = {}
    n = memo.get(pattern)
    if n is None:
        n = memo[pattern] = _findall_count(re.compile(pattern), text, opens)
    return n


def _findall_count(rx: re.Pattern, text: str, opens: str) -> int:
    """What ``len(rx.findall(text))`` counts, trying the pattern only where ``opens`` occurs (a pattern opening on
    ``\\b`` gets no literal-prefix search from ``re``, which then tries every position of a long text): matches
    do not overlap, so the next try starts at the end of a match, as in ``findall``."""
    if not opens:
        return len(rx.findall(text))
    n, pos = 0, text.find(opens)
    while pos >= 0:
        m = rx.match(text, pos)  # a \b at ``pos`` still sees the character before it
        if m:
            n += 1
            pos = text.find(opens, max(m.end(), pos + 1))
        else:
            pos = text.find(opens, pos + 1)
    return n


class ChunkTerms:
    """Which phrases one chunk stands behind as terms: ``context`` is the whole document's text (recurrence is
    counted there), ``headings`` the chunk's heading path, ``defines(key)`` whether the chunk defines or names it."""

    def __init__(self, context: str, headings: list[str], defines: Callable[[str], bool]) -> None:
        self.lowered = context.lower()
        self.headings = " ".join(headings).lower()
        self.heading = headings[-1] if headings else ""  # the chunk's own section, as written (instance_scope)
        self.defines = defines

    def vouched(self, term: str) -> bool:
        """Defined here, in the chunk's glossary, or named in its heading."""
        key = normalize_name(term)
        return bool(key) and (bool(_pat(key).search(self.headings)) or self.defines(key))

    def occurrences(self, term: str) -> int:
        """How often the document names ``term``; "rate of reaction" occurs as "rate of a reaction": determiners
        may stand between the words."""
        key = normalize_name(term)
        ws = key.split()
        loose = r"\b" + r"\s+(?:(?:a|an|the)\s+)?".join([re.escape(w) for w in ws[:-1]] + [_plural(ws[-1], len(ws) > 1)]) + r"\b" \
            if ws else r"\b\b"
        return _count(loose, self.lowered, (_opens(ws[0]) if len(ws) == 1 else ws[0]) if ws else "")

    def termlike(self, term: str) -> bool:
        """A statement endpoint that is a term, not an everyday word of the prose (:func:`terms.mention_term`)."""
        key = normalize_name(term)
        if not key:
            return False
        return mention_term(term, self.occurrences(term), self.vouched(term))

    def known(self, term: str) -> bool:
        """A term the chunk stands behind: repeated in it, in its heading, defined or in its glossary."""
        key = normalize_name(term)
        if not key:
            return False
        if self.vouched(term):
            return True
        # a single common noun must recur more often than a compound term to count as the text's term
        need = 3 if len(key.split()) == 1 and not term[:1].isupper() else 2
        if _count(_pat(key).pattern, self.lowered, _opens(key)) >= need:
            return True
        # a compound term whose head word recurs ("ideal culture" in a chunk about culture)
        head = key.split(" of ")[0].split()
        if len(key.split()) >= 2 and len(head) >= 1:
            return _count(r"\b" + _plural(head[-1], False) + r"\b", self.lowered, _opens(head[-1])) >= 2
        return False


def frame_gate(fr, sent, terms: ChunkTerms, context: str) -> tuple[str, str]:
    """(gate that drops the frame or "", rule prefix "effect_" / "class_" / "") for one frame of ``sent``."""
    # the checks on the subject's words see it without its carried scope ("Noel [in grad school]")
    bare = fr.model_copy(update={"subject": fr.subject[:-len(fr.scope)].rstrip()}) if fr.scope else fr
    known, termlike = terms.known, terms.termlike
    effect = "effect_" if effect_claim(bare, sent, known, termlike) else (
        "class_" if class_claim(bare, sent, known, termlike) else "")
    if not effect:
        if not (is_term(fr.subject_term) and is_term(fr.object_term)):
            return "not_term", effect
        if not (known(fr.subject_term) and known(fr.object_term)):
            return "not_known", effect
        if not (termlike(fr.subject_term) and termlike(fr.object_term)):
            return "not_termlike", effect  # "professionals", "ordinary people": a word of the prose teaches nothing
    if normalize_name(fr.subject_term) == normalize_name(fr.object_term):
        return "same_ends", effect
    if first_name_only(bare.subject, sent.text, context):
        return "first_name_only", effect  # "Noel was recruited into a great job": a vignette, not a fact
    if instance_left_out(fr, sent, terms.heading, context):
        return "instance_scope", effect  # "the government maintains ..." under "North Korea: ...": that one only
    unstated = scope_unstated(fr, sent)
    if unstated:
        return unstated, effect  # "The query must reference ..." as one item of a list of conditions; "by default"
    return "", effect
