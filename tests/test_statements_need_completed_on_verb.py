"""Review R5 of 6e63a10 (E2): "the necessary/needed/required N" is refused as bound to a context the sentence does
not name ("can make the necessary changes": necessary for what?) unless a "for/to" phrase completes it.  The parser
hangs that phrase on the verb as often as on the noun ("needed the necessary tools [for the repair]"): right after
the object it completes the need all the same, and the frame's object already reads it (verbs.object_preps).
Invented sentences; the sibling keeps the refusal when the phrase after the object is no "for/to"."""

from __future__ import annotations

from tests.statements_util import triples


def test_a_for_phrase_hung_on_the_verb_completes_the_need():
    got = triples("The team needed the necessary tools for the repair.")
    assert ("team", "needed", "necessary tools for the repair") in got


def test_a_need_without_for_after_the_object_stays_refused():
    got = triples("The crew made the necessary repairs with spare parts.")
    assert not any(o.startswith("necessary repairs") for _, _, o in got)
    got = triples("The engine supplies the needed power.")
    assert not any(o.startswith("needed power") for _, _, o in got)
