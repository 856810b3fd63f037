"""How a benchmark item is put to a model, and what guessing scores on it: the one place every runner (through
``scoring.score_items``), the lm-eval export (``datasets_export``) and the results read from.

Why (session 20's named defect): a proda item has 1-4 correct options of four (one of three for a three-option
item) and passes only on its exact set, but the prompt said "One or more options may be correct" (and the
select-all kinds' questions "Select all that apply."), so a model had to guess the count as well as the answers,
which no exam asks, and the chance a guesser passes (``BenchItem.chance``) was not reported beside any accuracy.
Now the prompt says what an exam would ("Choose one answer." / "Choose the two correct answers.") and the
scorer, the export's answer choices and the chance level all use that stated count:

* a uniform guesser who picks the stated number of options passes with ``1 / C(n, k)`` (:func:`chance`): one of
  four 1/4, one of three 1/3, two of four 1/6, three of four 1/4, four of four 1 (the count gives the item away:
  a reader sees it in the chance column);
* a count left unstated (``stated=False``, the old prompts) leaves every non-empty set: ``1 / (2^n - 1)``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from math import comb

LETTERS = "ABCDEFGHIJ"
# the cardinal numbers a count of correct options is written with (at most ten options: LETTERS)
NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# the generator's own select-all phrase (proda/evaluate/bench_candidates.py): it tells the model the count is
# unknown, which the count sentence now replaces, so it is taken off the question shown (the stored item, and its
# content id, keep it)
_SELECT_ALL = re.compile(r"\s*Select all that apply\.\s*$")


def chance(n_options: int, n_correct: int, stated: bool = True) -> float:
    """The probability a uniform guesser passes an item (exact set): it picks ``n_correct`` of ``n_options`` when
    the count is stated, else any non-empty set."""
    if n_options < 1 or not 1 <= n_correct <= n_options:
        return 0.0
    return 1.0 / comb(n_options, n_correct) if stated else 1.0 / (2 ** n_options - 1)


def count_sentence(n_correct: int) -> str:
    """What an exam says about how many options to choose."""
    if n_correct <= 1:
        return "Choose one answer."
    return f"Choose the {NUMBERS[n_correct - 1]} correct answers."


def stem(question: str, n_correct: int = 0) -> str:
    """The question as shown: with a stated count (``n_correct`` > 0) the select-all phrase is dropped."""
    q = question.strip()
    return _SELECT_ALL.sub("", q) if n_correct > 0 else q


def options_text(question: str, options: Sequence[str], n_correct: int = 0) -> str:
    return stem(question, n_correct) + "\n" + "\n".join(f"{LETTERS[i]}. {o.strip()}" for i, o in enumerate(options))


def ask(n_correct: int, how: str, multi: bool = True) -> str:
    """The closing instruction.  ``how``: ``letters`` (scored by letter log-likelihoods), ``generate`` (a free answer
    parsed for letters), ``export`` (lm-eval: the answer follows "Answer:").  ``n_correct`` 0: the count is not
    stated (the old wording, kept for callers that ask for it)."""
    if n_correct <= 0:
        if how == "generate":
            return ("One or more options are correct. Answer with the letters of all correct options only, "
                    "for example: B or A, C." if multi else "Answer with the letter of the correct option only.")
        if how == "export":
            return "One or more options may be correct. Answer with the letters of all correct options.\nAnswer:"
        return ("Answer with the letters of all correct options." if multi
                else "Answer with the letter of the correct option.")
    said = count_sentence(n_correct)
    what = ("the letter of the correct option" if n_correct == 1
            else f"the letters of the {NUMBERS[n_correct - 1]} correct options")
    if how == "generate":
        return f"{said} Answer with {what} only" + (", separated by commas." if n_correct > 1 else ".")
    if how == "export":
        return f"{said} Answer with {what}.\nAnswer:"
    return f"{said} Answer with {what}."


def prompt(question: str, options: Sequence[str], n_correct: int, how: str, multi: bool = True) -> str:
    """The whole user turn: question, lettered options, a blank line, the instruction."""
    return f"{options_text(question, options, n_correct)}\n\n{ask(n_correct, how, multi)}"


def yesno(question: str, options: Sequence[str], j: int, n_correct: int = 0) -> str:
    """One option judged on its own, the count stated before the question about it."""
    said = f"{count_sentence(n_correct)} " if n_correct > 0 else ""
    return f"{options_text(question, options, n_correct)}\n\n{said}Is option {LETTERS[j]} correct? Answer Yes or No."
