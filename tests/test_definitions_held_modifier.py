"""A gloss keeps the modifier of its noun that the parse hung on a far word (audit round 16,
definition_clauses._held_modifier): in a long list of glosses "a, the Y of ...; b, an attraction to people
regardless of sex, gender, ...; c, ..." the parse hung "regardless" on the list's first item, the gloss stopped at
"people", and "Define pansexuality." was answered "Pansexuality is an attraction to people" -- the differentia
lost, judged a wrong fact.  Sentences invented."""

from tests.definitions_util import kept_definitions
from tests.items_util import answers

LIST = ("Civic attitudes are usually divided into several categories: nationalism, the loyalty to members of the "
        "same nation; regionalism, the loyalty to members of the same region; isolationism, a lack of interest in "
        "foreign affairs or desire for alliances; universalism, a devotion to people regardless of nation, race, "
        "religion, or social class; localism, a loyalty to neighbors of all towns, villages, and districts that values "
        "the person's home, and tribalism, an umbrella term used to describe kinship, clan or ethnic loyalty.")


def _definition(sentence: str, name: str) -> str | None:
    return next((d.definition for d in kept_definitions(sentence) if d.name.lower() == name), None)


def test_gloss_keeps_its_regardless_phrase_up_to_the_semicolon():
    got = _definition(LIST, "universalism")
    assert got == "universalism, a devotion to people regardless of nation, race, religion, or social class"


def test_the_definition_item_answers_with_the_differentia():
    d = answers({"name": "universalism", "definition": _definition(LIST, "universalism")},
                chunks={"k": LIST})
    assert next(iter(d.values())).explanation == ("Universalism is a devotion to people regardless of nation, race, "
                                             "religion, or social class.")


def test_a_modifier_after_a_comma_stays_the_sentences():
    """Kept sibling: ", which ..." after the gloss is said of the sentence, and a modifier the parse already hung on
    the gloss's noun is kept as before."""
    got = _definition("Farmers along the coast grow taro, a root crop of flooded fields, which they sell in town "
                      "markets every week.", "taro")
    assert got is None or "which" not in got
    got = _definition("Many people practice universalism, an openness to people regardless of nation, race, "
                      "religion, or class.", "universalism")
    assert got is not None and got.endswith("regardless of nation, race, religion, or class")
