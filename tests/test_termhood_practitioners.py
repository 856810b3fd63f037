"""The practitioners of a discipline named "-er" are people the prose cites, not terms (audit round 15: "astronomers",
rejected as "a generic word, not a term of the subject", was a term by recurrence alone).

l1_terms.practitioner found "-ist"/"-ian" people by their discipline or doctrine ("sociologists" -> "sociology",
"historians" -> "history"); a practitioner named with "-er" whose discipline is the same stem in "-y" after a
discipline's combining form ("-grapher" / "-graphy", "-nomer" / "-nomy", "-sopher" / "-sophy", "-loger" / "-logy")
was not.  Other "-er" nouns do not map ("counter" is no practitioner of "county", "pointer" of "pointy"), and an
instrument in "-meter" names a thing ("spectrometer", not "spectrometry"'s practitioner).  Names below are invented
uses; the kept siblings are the discipline itself and a real undefined term that recurs.
"""

from __future__ import annotations

import pytest

from proda.ingest.extract.l1_terms import l1_term, practitioner


def _ev(docs: int, sections: int, chunks: int, free: int, **flags) -> dict:
    return {"docs": docs, "sections": sections, "chunks": chunks, "free": free, **flags}


@pytest.mark.parametrize("word, discipline", [
    ("astronomers", "astronomy"), ("cartographers", "cartography"), ("philosophers", "philosophy"),
    ("astrologer", "astrology"), ("demographers", "demography"),
])
def test_a_practitioner_in_er_is_found_by_its_discipline(word, discipline):
    assert practitioner(word) == discipline


@pytest.mark.parametrize("word", ["counters", "pointers", "stickers", "containers", "spectrometers", "receptors",
                                  "transmitters", "caregivers", "reactors", "monomers", "misnomer"])
def test_other_er_nouns_name_no_practitioner(word):
    assert not practitioner(word)


@pytest.mark.parametrize("name, ev", [
    ("astronomers", _ev(4, 6, 9, 9)), ("cartographers", _ev(3, 3, 4, 4)), ("oceanographers", _ev(2, 3, 3, 3)),
])
def test_practitioners_named_in_er_are_no_terms_by_recurrence(name, ev):
    assert not l1_term(name, ev)


@pytest.mark.parametrize("name, ev", [
    ("astronomy", _ev(4, 6, 9, 9)), ("cartography", _ev(3, 3, 4, 4)),  # the discipline is the term
    ("neurotransmitters", _ev(3, 4, 6, 5)),  # a real undefined term that recurs stays
    ("spectrometers", _ev(2, 3, 3, 3)),  # an instrument
    ("monomers", _ev(3, 4, 6, 5)),  # "-nomer" that is no "-nomy": a chemical unit
    ("astronomers", _ev(1, 1, 1, 1, glossary=True)), ("cartographers", _ev(1, 1, 1, 1, defined=True)),
])
def test_the_discipline_instruments_and_defined_practitioners_stay_terms(name, ev):
    assert l1_term(name, ev)
