"""Statement classes the author's strict read of the round-11 development sheets rejected (anatomy 03/22, chemistry
05/10, sociology prose 14/17, political science prose 06/11; seed 21): each test an invented general-English
sentence of the construction (none in the corpora: review R12 #6 found seven verbatim ones, now replaced), the wrong reading refused and a right sibling kept.

Classes: a verb whose number is not its subject's (the clause belongs to another noun); a definite subject that
points back ("the two X ..., but they", "the bond" after "the H–H bond", "the model", "his culture"); an argument cut
before the clause that restricts it (an inner noun's relative clause, a "wherein" clause hung on the verb) or spliced
across a phrase; a scope or limit the frame loses (a fronted "at" phrase, "in this description", "at least in
part", "only" after a modal); a correlative comparison; an analogy introduced by an imperative; a copula object
cut before the phrase the parse hung on the verb; "part of" + a clause that may be the part's.
"""

from __future__ import annotations

from tests.statements_util import triples


def subjects(text: str) -> set[str]:
    return {s for s, _, _ in triples(text)}


# ----------------------------------------------------------------------------- number agreement


def test_relative_clause_goes_to_the_noun_its_verb_agrees_with():
    # "use of proteins, which bind to DNA" was read as the use binding
    got = triples("The growth of new towns, which attract young workers, changes the region.")
    assert ("growth of new towns", "attract", "young workers") not in got
    assert ("new towns", "attract", "young workers") in got
    assert ("growth of new towns", "changes", "region") in got


def test_coordinated_verb_of_another_number_gives_no_frame():
    # "roles ..., which typically involve work ... that provides support and establishes status"
    got = triples("Women often take the caring roles in the household, which usually involve tasks inside the home "
                  "that bring little pay and shapes family life.")
    assert not any(p == "shapes" for _, p, _ in got)


def test_coordinated_verb_of_its_own_number_is_kept():
    got = triples("Caring roles usually involve tasks inside the home.")
    assert ("caring roles", "usually involve", "tasks inside home") in got


# ----------------------------------------------------------------------------- subjects that point back


def test_subject_pointing_back_gives_no_frame():
    assert triples("Because the price of the old house is low, the house is a bargain.") == []
    assert triples("The two committees differ, but they follow identical rules.") == []
    assert triples("The model fits small towns well.") == []
    assert triples("Classical music is his passion, and he plays it daily.") == []


def test_named_subjects_still_give_frames():
    assert ("house", "is", "building for people") in triples("The house is a building for people.")
    assert ("committees", "follow", "identical rules") in triples("The committees follow identical rules.")


# ----------------------------------------------------------------------------- arguments cut or spliced


def test_argument_cut_before_its_restricting_clause_gives_no_frame():
    assert triples("Remote work may contribute to the rise in the number of people who move to the countryside.") == []
    assert triples("A few towns today, however, are run by councils wherein a mayor has absolute power.") == []


def test_argument_with_its_clause_whole_is_kept():
    got = triples("Remote work may contribute to the rise in rural populations.")
    assert ("remote work", "may contribute to", "rise in rural populations") in got


def test_spliced_argument_gives_no_frame():
    text = ("The careful mix yields a lower density σs foam layer (read as \"sigma-s\") in which most of the air stays "
            "trapped between the walls.")
    assert not any(o.startswith("lower density in which") for _, _, o in triples(text))


def test_argument_read_whole_is_kept():
    got = triples("The careful mix yields a lower density foam layer in which most of the air stays trapped between "
                  "the walls.")
    assert any(o.startswith("lower density foam layer in which") for _, _, o in got)


# ----------------------------------------------------------------------------- scope and limits


def test_fronted_at_phrase_is_carried_or_the_frame_dropped():
    assert triples("At temperatures below freezing, water cannot flow through the pipes.") == [
        ("water at temperatures below freezing", "can not flow through", "pipes")]
    got = triples("At speeds above a certain limit, a bicycle cannot stay on the road, regardless of its weight.")
    assert all("at speeds above a certain limit" in s for s, _, _ in got)


def test_claim_about_a_description_on_the_page_gives_no_frame():
    assert triples("In this description, the players stand in the middle of the field.") == []
    assert ("players", "stand in", "middle of field") in triples("The players stand in the middle of the field.")


def test_partial_hedge_phrase_drops_the_frame():
    assert triples("Most buildings in the city are made, at least in part, by local workers.") == []
    assert ("local workers", "make", "most buildings in city") in triples(
        "Most buildings in the city are made by local workers.")


def test_only_after_a_modal_stays_in_the_predicate():
    assert triples("The committee may only rely on the votes cast in person.") == [
        ("committee", "may only rely on", "votes cast in person")]


def test_correlative_comparison_gives_no_frame():
    text = ("The colder the room is and the lower the humidity in the air is, the more easily the old paint peels "
            "from the walls.")
    assert triples(text) == []
    assert ("old paint", "peels from", "walls") in triples("The old paint peels from the walls.")


def test_analogy_after_an_imperative_gives_no_frame():
    assert triples("Think of it this way: laws are the walls of the house, while customs are the furniture in the "
                   "rooms.") == []
    assert ("laws", "are", "rules of the state") in triples("Laws are the rules of the state.")


# ----------------------------------------------------------------------------- copulas


def test_copula_object_keeps_the_phrase_hung_on_the_verb():
    got = triples("Cold air moves slowly across the valley. Filtration is the passage of water through a layer of "
                  "sand.")
    assert ("filtration", "is", "passage of water through a layer of sand") in got
    assert ("filtration", "is", "passage of water") not in got


def test_part_of_with_a_clause_that_may_be_the_parts_gives_no_frame():
    assert triples("The kidney is the part of the tract that filters the blood.") == []
    assert ("liver", "is part of", "digestive system") in triples("The liver is a part of the digestive system.")
