"""Statement findings of the independent audit round 13 (session 12): each test an invented general-English sentence
of the construction, the wrong reading refused and a right sibling kept.

Classes: a source made of coordinated parts split per part ("is formed from A and B": jointly, not from each); a
modifier the parser hung on the verb dropped from the object ("exhibits sp3 hybridization" read as "exhibits
hybridization"); an object cut inside an absolute "with X becoming Y" clause; a time clause under "as" after the verb ("release air ... as the diver rises") dropped
from the claim it scopes.
"""

from __future__ import annotations

from proda.ingest.extract.frames import frames
from proda.ingest.extract.nlp import load_nlp
from tests.statements_util import triples


def _raw(text: str) -> list[tuple[str, str, str]]:
    return [(f.subject, f.predicate, f.object) for f in frames(next(load_nlp()(text).sents))]


# ----------------------------------------------------------------------------- joint sources


def test_formed_from_two_sources_is_not_split():
    got = _raw("A salt is formed from an acid and a base.")
    assert ("salt", "is formed from", "acid") not in got and ("salt", "is formed from", "base") not in got


def test_produced_from_two_reactants_is_not_split():
    got = _raw("The gas is produced from hydrogen and nitrogen.")
    assert not any(p == "is produced from" for _, p, _ in got)


def test_composed_of_constituents_is_still_split():
    got = _raw("The membrane is composed of lipids and proteins.")
    assert ("membrane", "is composed of", "lipids") in got and ("membrane", "is composed of", "proteins") in got


def test_formed_from_one_source_is_kept():
    assert ("ester", "is formed from", "alcohol") in _raw("The ester is formed from an alcohol.")


def test_stored_in_two_places_is_still_split():
    got = _raw("Calcium is stored in bones and teeth.")
    assert ("calcium", "is stored in", "bones") in got and ("calcium", "is stored in", "teeth") in got


# ----------------------------------------------------------------------------- a modifier hung on the verb


def test_a_modifier_the_parser_hung_on_the_verb_is_no_cut_object():
    text = "The Earth has a rocky mantle. The carbon atom in methane exhibits sp3 hybridization."
    sent = list(load_nlp()(text).sents)[1]
    assert not any(f.object == "hybridization" for f in frames(sent))


def test_an_adverb_before_the_object_keeps_the_object():
    assert ("atom", "exhibits", "strong polarity") in _raw("The atom clearly exhibits strong polarity.")


# ----------------------------------------------------------------------------- a time clause under "as"


def test_a_time_clause_under_as_keeps_the_claim_from_standing_alone():
    assert triples("Divers must release air from the lungs as the diver rises.") == []


def test_a_comparison_timed_by_as_is_not_stated_bare():
    assert ("heart", "pumps", "blood") not in triples("The heart pumps blood faster as the body warms.")


def test_an_as_clause_set_off_by_a_comma_keeps_the_claim():
    assert ("kidney", "releases", "renin") in triples("The kidney releases renin, as blood pressure falls.")



def test_a_comparison_with_just_as_keeps_the_claim():
    got = triples("Leaves absorb light, and roots absorb water just as sponges do.")
    assert ("roots", "absorb", "water") in got


# ----------------------------------------------------------------------------- an absolute "with" clause


def test_a_phrase_past_the_object_stops_before_an_absolute_with():
    got = _raw("Plants convert sunlight into sugar with the leaves acting as factories.")
    assert not any(o.endswith("with the leaves") for _, _, o in got)


def test_a_whole_absolute_with_clause_stays_in_the_object():
    assert ("violence", "can resolve", "conflicts with the strong getting what they want") in _raw(
        "Violence can resolve conflicts, at least temporarily, with the strong getting what they want.")


def test_an_instrument_with_is_kept():
    assert ("cell", "fills", "vesicle with enzymes") in _raw("The cell fills the vesicle with enzymes.")
