"""Worked-example boxes whose title and labels the source flattened into the text (kept apart from ``readers_html.py``).

Why: a textbook's boxed worked example is a title, a problem, then "Solution ..." (and "Check Your Learning ...");
an HTML copy that lost the box markup writes the title into the problem's first paragraph ("Computing Formula Mass
for an Ionic Compound Aluminum sulfate, Al2(SO4)3, is ...") and the labels into theirs ("Solution The formula ...").
The extractor then reads the title as the start of the subject (session 17's blind check rejected a statement whose
subject was "Computing Formula Mass for Ionic Compound Aluminum sulfate"). The title is dropped from the paragraph,
so the sentence starts at its own subject. The labels are kept: the extractor already makes nothing wrong of
"Solution The ..." (no item of the development chemistry chapters carries one), and dropping them opened the worked
solutions to extraction, measured: 64 new statements and definitions on chemistry 01-05, 07-12, 14-16, 18-21, about
half of them context-bound fragments ("the iron half-reaction does not contain H atoms") or wrong ("P1T1").

Only on evidence, never on capitals alone (a sentence may open with names: "United Nations Peacekeeping Forces were
sent ..."): a title is cut only from a paragraph a "Solution" paragraph follows in the same section (the box), where the title is a run of
two or more capitalised words (lower-case function words inside) and the sentence after it starts at a capitalised
closed-class word ("The", "What", "If", ...), at a capitalised word set off by a comma for an appositive
("... Concentrations Caffeine, C8H10N4O2 is a weak base", round 19) or, failing these, at the run's last capitalised
word when that word reads as a sentence's first (see ``split_title``). Known limit: inside such a box, a sentence
opening with a name of two plain capitalised words ("Royal Navy ships were ...") cannot be told from a title's last
word and loses the name's first word; no such sentence occurs in the development corpora (every title cut there was
read: see the commit message).
"""

from __future__ import annotations

import re

from proda.models import Block

# the labels that open a paragraph of a worked-example box (the evidence of a box), before a capitalised word or "(";
# "Solution" never before a lone capital or a digit ("Solution A is more concentrated than solution B")
_SOLUTION_WORD = r"Solution\s+(?=\(|[A-Z][a-z’']|[A-Z]{2})"
_SOLUTION = re.compile(rf"^{_SOLUTION_WORD}")
_LABEL = re.compile(rf"^(?:{_SOLUTION_WORD}|(?:Check Your Learning|Answer:)\s+(?=\(|[A-Z]))")

# lower-case words a Title-Case title keeps inside it
_INNER = frozenset("a an the and or nor of for in on to with by from at as into onto over under between without "
                   "within through per via vs versus".split())
# capitalised closed-class words and imperatives that start a sentence (or an exercise) and never end a title: where
# one follows the title's first two capitalised words, not after an inner word ("... to Determine Density") and not
# before another capitalised word ("Under Nonstandard Conditions"), the sentence starts there
_OPENERS = frozenset("""The A An This That These Those What Which Who How Why When Where If In On At For From By With
Given Consider Assume Assuming Suppose Use Calculate Compute Determine Find Write Predict Explain Identify Provide
Review Round Name Order Draw Describe Derive Show Solve Complete Indicate Compare Estimate Follow Open List Give There
It Its Our We You One Some Many Most All Each Every Both Although Because While During After Before Since As Under
According Upon""".split())
_ARTICLES = frozenset({"The", "A", "An"})
_WORD = re.compile(r"\S+")
_PLAIN = re.compile(r"[A-Z][a-z]")  # a word as a sentence starts it: a capital, then a lower-case letter
_MAX_BACK = 8  # blocks between a problem's title paragraph and its Solution: a few "(a) ..." parts and equations


def _capital(w: str) -> bool:
    return w[:1].isupper() and any(ch.isalpha() for ch in w)


def split_title(text: str) -> tuple[str, str] | None:
    """(title, sentence) when ``text`` opens with a Title-Case run glued to a sentence; None when it does not.

    The sentence starts at an opener (see ``_OPENERS``), after a title ending in "?", or else at the run's last
    capitalised word -- then only where that word reads as a sentence's first ("Copper is ...": a plain capitalised
    word, followed by a lower-case word that is no inner word, no capitalised run just after it, no possessive or
    acronym before it), so that a title the run cut short ("... Constant using Standard Free Energy") or a sentence
    opening with a name of several words ("NASA's Cassini-Huygens mission") is left whole."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    run: list[int] = []  # indices of the words in the opening run
    for i, (_, w) in enumerate(words):
        if i and re.search(r"[.!?;]$", words[i - 1][1]):
            break
        if _capital(w) or (w in _INNER and run):
            run.append(i)
        else:
            break
    while run and words[run[-1]][1] in _INNER:
        run.pop()
    caps = [i for i in run if _capital(words[i][1])]
    if len(caps) < 2:
        return None

    def follows_lower(i: int) -> bool:
        return i + 1 < len(words) and not _capital(words[i + 1][1]) and words[i + 1][1] not in ("and", "or", "nor")

    cut = None
    if words[run[-1]][1].endswith("?") and run[-1] + 1 < len(words) and _capital(words[run[-1] + 1][1]):
        cut = run[-1] + 1
    elif (art := next((i for i in caps[2:] if words[i][1] in _ARTICLES), None)) is not None:
        cut = art  # Title Case writes an article inside a title in lower case: a capitalised one starts the sentence
    else:
        cut = next((i for i in caps[2:] if words[i][1] in _OPENERS and words[i - 1][1] not in _INNER
                    and follows_lower(i)), None)
    if cut is None:
        cut = _set_off(words, caps)
    if cut is None:
        if len(caps) < 3:
            return None
        cut, nxt = caps[-1], caps[-1] + 1
        prev = words[cut - 1][1]
        after = [w for _, w in words[nxt:nxt + 4]]
        if (not _PLAIN.match(words[cut][1]) or nxt >= len(words) or not re.match(r"[a-z]", after[0])
                or after[0] in _INNER or re.search(r"[’']s$", prev) or prev.isupper()
                or sum(_capital(w) for w in after[1:]) >= 2):
            return None
    title = text[: words[cut][0]].strip()
    if len([i for i in caps if i < cut]) < 2 or title.endswith((",", ";")):
        return None
    return title, text[words[cut][0]:]


_NAME_WORD = re.compile(r"[A-Z][a-z’']+")


def _set_off(words: list[tuple[int, str]], caps: list[int]) -> int | None:
    """The first capitalised word after the title's first two that a comma follows, when it reads as a sentence's
    subject set off for an appositive ("... Equilibrium Concentrations Caffeine, C8H10N4O2 is a weak base"; round 19):
    a plain word, not after an inner word ("in the North, ..."), and no plain capitalised word or "and"/"or" right
    after the comma (a list inside the title: "... of Paris, London and Rome"). A title carries no appositive.
    The words before it hold an inner word ("Calculation of Ksp from ... Fluorite, CaF2"), as every worked example's
    title of the HTML books does: a run of plain capitals with none ("The United States, for example, ...", "New York
    City, the largest city, ...") is a name that opens the sentence (review R3)."""
    i = next((i for i in caps[2:] if words[i][1].endswith(",")), None)
    if i is None or i + 1 >= len(words) or words[i - 1][1] in _INNER \
            or not any(w in _INNER for _, w in words[:i]):  # "The United States, ...": a name, no title (R3)
        return None
    nxt = words[i + 1][1]
    if not _NAME_WORD.fullmatch(words[i][1][:-1]) or _NAME_WORD.fullmatch(nxt.rstrip(",;:")) or nxt in ("and", "or"):
        return None
    return i


def _camel(text: str) -> str:
    """A title glued with no space to the sentence ("Molecular StructureNitrous oxide"): the space written back."""
    return re.sub(r"^((?:\S+\s+){1,12}?[A-Z][a-z]{2,})([A-Z][a-z]+\s)", r"\1 \2", text, count=1)


def unbox(blocks: list[Block]) -> list[Block]:
    """Drop the worked-example titles glued into paragraphs; the box labels stay (see the module docstring)."""
    out = list(blocks)
    for k, b in enumerate(out):
        if b.kind != "paragraph" or not _SOLUTION.match(b.text):
            continue
        for j in range(k - 1, max(k - 1 - _MAX_BACK, -1), -1):
            p = out[j]
            if p.kind == "heading" or p.heading_path != b.heading_path or _LABEL.match(p.text):
                break
            if p.kind != "paragraph":
                continue
            parts = split_title(_camel(p.text))
            if parts is not None:
                out[j] = p.model_copy(update={"text": parts[1]})
                break
    return out
