"""Statement classes a fresh-context review of rounds 11-12 found (review R12, findings 1, 2, 7 and the reporting
verbs): each test an invented general-English sentence (none in the corpora), the wrong reading refused and a right
sibling kept, so that no test passes on an extractor that returns nothing.

Classes: a relative clause hung on an "of" chain whose outer noun refuses the verb's number (the one noun that
agrees owns it; two that agree leave it unknown); an object whose verb tail lies past a ", which ...," aside (read
whole, never bare); "at times" (= sometimes); a copula complement owned by "their"; "at least partly"; a view under
"acknowledge", "admit", "note" ... kept with its holder, a denial's clause refused.
"""

from __future__ import annotations

from proda.ingest.extract.claims import sentence_frames
from proda.ingest.extract.nlp import load_nlp
from tests.statements_util import triples


def held(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.subject, f.predicate, f.object, h) for s in load_nlp()(text).sents for f, h in sentence_frames(s)]


# ----------------------------------------------------------------------------- a relative clause on an "of" chain


def test_relative_clause_with_two_agreeing_nouns_gives_no_frame():
    got = triples("The output of the mills of the northern towns, which employ many workers, keeps rising.")
    assert not any(p == "employ" for _, p, _ in got)


def test_relative_clause_with_one_agreeing_noun_goes_to_it():
    got = triples("The output of the mill of the northern towns, which employ many workers, keeps rising.")
    assert ("northern towns", "employ", "many workers") in got
    got = triples("The output of the mills of the northern town, which employ many workers, keeps rising.")
    assert ("mills of northern town", "employ", "many workers") in got


def test_relative_clause_hung_on_the_outer_noun_goes_to_the_noun_it_agrees_with():
    got = triples("The loss of workers, who leave for the cities, hurts the villages.")
    assert ("loss of workers", "leave for", "cities") not in got
    assert ("workers", "leave for", "cities") in got
    assert ("loss of workers", "hurts", "villages") in got


# ----------------------------------------------------------------------------- an object and its tail past an aside


def test_object_tail_past_a_comma_clause_is_kept_whole():
    assert triples("Inhibitors keep enzymes, which are proteins, from binding their substrates.") == [
        ("inhibitors", "keep", "enzymes from binding their substrates")]
    assert ("government", "treats", "immigrants as workers") in triples(
        "The government treats immigrants, who arrive each year, as workers.")
    got = triples("The factory turns raw wool, which farmers sell cheaply, into fine cloth.")
    assert ("factory", "turns", "raw wool") not in got
    assert ("factory", "turns", "raw wool into fine cloth") in got


def test_object_tail_without_an_aside_is_kept_whole():
    assert ("factory", "turns", "raw wool into fine cloth") in triples("The factory turns raw wool into fine cloth.")


# ----------------------------------------------------------------------------- hedges and owners


def test_at_times_drops_the_frame():
    assert triples("At times, the president vetoes new laws.") == []
    assert triples("The mayor at times closes the old bridge.") == []
    assert ("president", "vetoes", "new laws") in triples("The president vetoes new laws.")


def test_at_least_partly_drops_the_frame():
    assert triples("Most houses in the valley are built, at least partly, by local workers.") == []
    assert ("local workers", "build", "most houses in valley") in triples(
        "Most houses in the valley are built by local workers.")


def test_copula_complement_owned_by_their_gives_no_frame():
    assert triples("Freedom is their goal.") == []
    assert ("freedom", "is", "goal of the movement") in triples("Freedom is the goal of the movement.")


# ----------------------------------------------------------------------------- reporting verbs


def test_acknowledged_view_is_kept_with_its_holder():
    got = held("Weber acknowledges that large offices serve the public, arguing that rigid rules limit personal "
               "freedom.")
    assert ("large offices", "serve", "public", "Weber") in got
    assert ("rigid rules", "limit", "personal freedom", "Weber") in got
    assert ("free markets", "produce", "inequality", "Smith") in held("Smith admits that free markets produce "
                                                                      "inequality.")


def test_acknowledged_view_without_a_source_gives_no_frame():
    assert triples("The mayor acknowledges that the old roads need repairs.") == []
    assert triples("Smith denies that free markets produce inequality.") == []
    assert ("free markets", "produce", "inequality", "") in held("Free markets produce inequality.")
