"""A "refers to" / "means" clause that defines no term: its subject is a sign named before, or it speaks inside a
parenthetical aside (audit round 11).

Why: "... are called the t2g orbitals (again, the symbol really refers to the symmetry of the orbitals)" was stored
as the definition of "symbol": "the symbol" is the sign the sentence just named (``terms.sign_nouns``: symbol,
notation, subscript ...), not a concept of the subject, and a clause inside parentheses is an aside whose sentence
says something else (the stored text is the whole sentence).  "The term X refers to ..." names X and is untouched
(``terms.head_token`` finds X first).
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words


def points_at_sign(subject: Token, term: Token) -> bool:
    """The subject is a bare sign noun ("the symbol", "the subscript"), not "the term X" with its X."""
    return subject.i == term.i and term.lemma_.lower() in words("terms.sign_nouns") and \
        not any(c.dep_ in ("compound", "amod", "appos") for c in term.children)


def in_aside(verb: Token) -> bool:
    """The verb stands inside parentheses opened before it in its sentence and not yet closed."""
    depth = 0
    for t in verb.doc[verb.sent.start:verb.i]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def several_senses(verb: Token) -> bool:
    """The sentence gives several words their senses in one run: "'Ll' means ‘Letter, lowercase’, 'No' means
    “Number, other”, 'Mn' is “Mark, nonspacing”, and 'So' is ..." (blind round 39: stored as the definition of
    "ll", a code of the page's example, with the whole sentence for text).  The same verb twice more, or once more
    with a coordinated copula after it (not in a relative clause, not an auxiliary; the small parser hangs such
    runs any way, so their dependencies are not asked): the sentence is a key to a list, no definition of one term.
    Two terms set against each other stay ("Prejudice refers to thoughts and feelings, while discrimination refers
    to actions", "External respiration refers to ..., whereas internal respiration refers to ...": a first version
    that refused any second verb removed 13 right definitions of the development chapters)."""
    own = [t for t in verb.sent if t != verb and t.pos_ in ("VERB", "AUX") and t.lemma_ == verb.lemma_
           and t.dep_ not in ("relcl", "aux", "auxpass")]
    copulas = [t for t in verb.sent if t.i > verb.i and t.lemma_ == "be" and t.dep_ == "conj"]
    return len(own) >= 2 or (len(own) == 1 and bool(copulas))
