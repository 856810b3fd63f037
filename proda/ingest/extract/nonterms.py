"""Names that are no term of the subject whatever evidence they have (audit round 17, applied mathematics: concepts
30/40 right, training items 18/35).

Two kinds, in general English, asked by :func:`proda.ingest.extract.l1_terms.l1_term` before any evidence but a
glossary's:

* the book's own apparatus (:func:`book_apparatus`): a name made only of nouns for a written work, its parts and its
  writer ([terms] document_nouns: "preface", "citation", "footnote", "paragraph", "book") and of words pointing into
  it ([terms] text_pointers: "the present subsection").  "This paragraph is optional reading" is no definition of a
  paragraph, and a heading "Preface" names a part of the book, not a term.  A phrase with a word of the subject
  keeps its head ("reference electrode", "operational definition");
* a formula's symbol (:func:`symbol`): a letter with an index ("x3", "p1", "ϵ2"), a word with no letter or digit
  ("TA =", cut from an equation), or a noun followed by a one-letter variable ("time t", "odd p", "matrix λ"):
  the sentence names a quantity of one derivation, not a term ("Define time t." was answered with the magnitude of
  an exponential).  A function of a variable ("nth root of z") and a letter naming a kind before its noun ("β decay",
  refused or kept by :func:`terms.is_term`) are not this.

And, where a name has no evidence but its recurrence (no definition, heading, glossary entry or abbreviation), a
practitioner of a field (:func:`practising_person`: "applied mathematician", "professional mathematician", "clinician",
"sociologists"): a person the prose speaks of, not a term of the subject.
"""

from __future__ import annotations

import re

from proda.ingest.extract.lexdata import words
from proda.ingest.extract.terms import _singular  # the word lists' own singular, "-ies" to "-y" with the rest

# one letter, Latin or Greek, lower case, and its index: "x3", "a1", "ϵ2" (a chemical formula is capitalised: "O2")
_INDEXED = re.compile(r"^[a-zα-ωϵϑϕϰϱϖ]\d+$")


def book_apparatus(name: str) -> bool:
    """Every word names the book, a part of it or its writer, or points into it; at least one is such a noun."""
    ws = [w.lower().strip(",.'’") for w in name.split()]
    nouns, pointers = words("terms.document_nouns"), words("terms.text_pointers")
    return any(_singular(w) in nouns for w in ws) and all(_singular(w) in nouns or w in pointers for w in ws)


def symbol(name: str) -> bool:
    """A symbol of a formula, or a noun with the one-letter variable it stands for."""
    ws = name.split()
    # (an ampersand is the word "and": "R & D", "research & development"; review R21)
    if any(_INDEXED.match(w) or (not any(c.isalnum() for c in w) and w != "&") for w in ws):
        return True
    last = ws[-1] if len(ws) > 1 else ""
    return len(last) == 1 and last.isalpha() and last.islower() and last != "a" and ws[-2].lower() != "of"


_IDENTIFIER = re.compile(r"[A-Za-z0-9]_|_(?:[A-Za-z0-9]|$)")


def code_identifier(name: str) -> bool:
    """A word of the name written as code, with an underscore inside or at its end ("n_components", "coefs_",
    "leaf_size value"): a parameter or an attribute of a library the book documents, no term of its subject (round
    29: "coefs" and "intercepts" from a manual's "coefs_", "intercepts_").  English words never carry one."""
    return any(_IDENTIFIER.search(w) for w in name.split())


def letter_label(name: str) -> bool:
    """One character alone ("L", "J"): a label of a list (a program's options "L: indicates that the matrix is input
    in Lower-triangular form", round 33) or a symbol, never a term; a letter naming a kind keeps its noun ("vitamin
    K", "T cell")."""
    return len(name.strip()) == 1


def shouted(name: str) -> bool:
    """Every word of four letters or more in capitals, two of them at least ("OUTPUT FORMAT", "COMPARISON of
    METHODS"): a heading set in capitals (round 33), not a term; an acronym is one word or short ("HIV AIDS")."""
    long = [w for w in name.split() if sum(c.isalpha() for c in w) >= 4]
    return len(long) >= 2 and all(w.isupper() for w in long)


def practising_person(name: str) -> bool:
    """The name's last word names one who practises a field: "-ician" ("mathematician", "technician") or "-ologist"
    ("sociologist"); not "-ist" at large ("wrist", "catalyst" and many terms end so)."""
    last = name.split()[-1].lower() if name.split() else ""
    return last.endswith(("ician", "icians", "ologist", "ologists"))
