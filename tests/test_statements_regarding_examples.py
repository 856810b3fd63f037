"""ae5fd32 refuses a verb of regarding without its "as Y" ("view theories, methods ... as serving ..."). Its check
read any "as" on the object, so "The red label describes fire hazards such as flammable gases" lost a right frame
(an accepted unit of the audits, found by ``benchmarks/statements_audit.py``): "such as" and "as well as" give
examples or an addition, not what the thing is regarded as."""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


def test_examples_after_a_verb_of_regarding_keep_the_frame():
    assert ("red label", "describes", "fire hazards") in triples("The red label describes fire hazards such as "
                                                                 "flammable gases.")


def test_examples_set_off_by_a_comma_keep_the_frame():
    got = triples("The blue panel describes health hazards, such as how toxic the substance is to the skin.")
    assert ("blue panel", "describes", "health hazards") in got, got


def test_a_regarding_verb_without_its_as_phrase_stays_refused():
    """Kept refusal (ae5fd32): the list of objects regarded "as tools of the powerful" says nothing without it."""
    got = triples("Some critics view markets, firms, and banks as tools of the powerful.")
    assert not any(t[:2] == ("critics", "view") or t[2] in ("markets", "firms") for t in got), got
