"""An object cut inside an absolute "with X becoming Y" clause after a symbol glued to a word ("the K*", "the πb*":
the tokeniser splits the symbol off), fresh judges of audit round 13: absolutes.absolute_with/absolute_end read
past the glued symbol.  Invented sentences, with the whole absolute kept.
"""

from __future__ import annotations

from proda.ingest.extract.frames import frames
from proda.ingest.extract.nlp import load_nlp


def _raw(text: str) -> list[tuple[str, str, str]]:
    return [(f.subject, f.predicate, f.object) for f in frames(next(load_nlp()(text).sents))]


def test_object_stops_before_an_absolute_with_glued_symbols():
    got = _raw("The resin undergoes ion exchange, with the Na* becoming bound and the K* becoming free.")
    assert ("resin", "undergoes", "ion exchange") in got
    assert not any("with" in o for _, _, o in got)


def test_object_stops_before_an_absolute_cut_at_a_glued_symbol():
    got = _raw("Likewise, the outer bands also undergo mixing, with the πa* becoming more stable and the πb* becoming "
               "less stable.")
    assert ("outer bands", "undergo", "mixing") in got and not any("with" in o for _, _, o in got)


def test_a_whole_absolute_with_glued_symbols_stays():
    got = _raw("The metal atoms undergo orbital mixing, with the d* orbitals becoming more stable and the s* orbitals "
               "becoming less stable.")
    assert any(o.startswith("orbital mixing with") for _, _, o in got)
