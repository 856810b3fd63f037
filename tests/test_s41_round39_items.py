"""Round 39 blind audit: the training item "True or false: “Private” instance variables that cannot be accessed
except from inside an object exist in Python. -- True" came from the statement "... | do n’t exist in | Python",
negated: the predicate's curly apostrophe hid the "not" from the sentence renderer.  Invented KBs."""

from __future__ import annotations

import random

from tests.items_util import kb_of


def _negated_kb(predicate: str):
    from proda.train import synth

    kb = kb_of([("private variables", predicate, "Python", "Private variables don’t exist in Python."),
                ("dogs", "do n’t digest", "cellulose", "Dogs don’t digest cellulose.")])
    for s in kb.statements:
        s["negated"], s["predicate_lemma"] = True, s["predicate"].split()[-2] + "_in" if s["predicate"].endswith(
            " in") else "digest"
    return synth.KB(kb.statements, [], [], kb.chunks)


def test_a_curly_contraction_is_read_as_a_negation():
    from proda.lexicon.inflect import lemma_phrase
    from proda.train.items.text import sentence

    assert lemma_phrase("do n’t exist in") == ("exist_in", True)
    assert sentence("Private variables", "do n’t exist in", "Python", lemma="exist_in") == \
        "Private variables do not exist in Python"


def test_no_true_claim_drops_the_books_negation():
    from proda.train.items.claims import claim, true_false

    kb = _negated_kb("do n’t exist in")
    for s in kb.statements:
        assert claim(kb, s, True, False, random.Random(0)) is None, s["predicate"]
        got = claim(kb, s, True, True, random.Random(0))
        assert got is None or " not " in got[0], got
    for d in true_false(kb, 0):
        assert d.verdict != "True" or " not " in d.stem, d.stem
