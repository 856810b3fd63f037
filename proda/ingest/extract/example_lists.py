"""Whether a word opens a list of examples: "such as X", "like X", "including X".

Why a module of its own: four checks ask this question of a word -- :func:`argument_cuts.gap_words` (examples are
asides an argument may skip), :func:`possession._examples` (examples of a held noun may be left out), and
:func:`vacuous._examples` / :func:`vacuous._example_as` (a bare head whose content is its examples; "such as" is no
"as Y" of regarding) -- and each had written its own copy of the same look at the word and its neighbours.  One
helper keeps them in step; where they differ on purpose, the difference is a parameter:

* ``preps``: which words other than "as" open examples.  Each caller keeps its own list (possession.example_preps
  has "excluding", remainders.example_preps has not; gap_words counts "such" itself, since every word of "[such as
  Na+]" is an aside it skips, while the other callers ask of the preposition only);
* ``such_child``: an "as" whose parse child is "such" (vacuous._examples: the parse may hang "such" under "as"
  rather than leave it the word before);
* ``addition``: "as well as" counts too (vacuous._example_as: an addition is no "as Y" of regarding either).

"as" alone is judged by its neighbours, never by ``preps``: "as" by itself is a role ("serves as a buffer"), not
an example.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def word_before(tok: Token, *before: str) -> bool:
    """Whether the word right before ``tok`` is one of ``before`` ("such as", "as well as")."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in before


def opens_examples(tok: Token, preps: Collection[str], *, such_child: bool = False, addition: bool = False) -> bool:
    """``tok`` opens a list of examples: a word of ``preps`` ("like", "including"), or "as" after "such" (or with
    "such" as its child, when ``such_child``; or in "as well as", when ``addition``)."""
    if tok.lower_ != "as":
        return tok.lower_ in preps
    if word_before(tok, "such"):
        return True
    if such_child and any(g.lower_ == "such" for g in tok.children):
        return True
    return addition and (word_before(tok, "well") or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "well"))
