"""Statement classes of independent audit round 15 (chemistry 10, astronomy primer): invented sentences, each with a
kept sibling that is right.

1. A verb of a "so that" clause given the main clause's subject ("Greenwich ..., so that ships could re-calibrate
   their clocks" stored "Greenwich | calibrate | clocks"): readable.clause_between.
2. A subject that points back ("The reciprocal process, freezing, is ..."): the apposed name is the argument; with
   none, refused (named_relation.py).
3. A clause whose scope points at the context ("but this time the secondary mirror reflects light ..."): refused
   (left_out.deictic_scope); a manner ("In this way,") or a reason ("For this reason,") stays.
4. A verb of extent cut before its range ("Stars range in surface temperature [from ... to ...]"): left_out.
5. A hedge in parentheses dropped from the argument ("spheres of (mostly) hydrogen gas"): left_out.
6. ", which" right after an example of a list ("properties such as conductivity, which is exploited ..."): left_out.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_verb_after_a_so_that_subject_is_not_the_main_subjects():
    got = triples("The council built a public clock, which was wound daily, so that traders could re-set the watches "
                  "of the town.")
    assert not any(s == "council" and p.endswith("set") for s, p, _ in got)
    assert ("council", "built", "public clock") in got  # the main clause's own frame stays


def test_verb_coordinated_after_a_comma_and_and_keeps_the_main_subject():
    got = triples("The harbor kept a tall lighthouse so that sailors could see the coast, and charged a fee for its "
                  "upkeep.")
    assert ("harbor", "charged", "fee for its upkeep") in got


def test_relation_phrase_takes_its_apposed_name():
    got = triples("The opposite reaction, oxidation, releases electrons to the acceptor.")
    assert ("oxidation", "releases", "electrons to acceptor") in got or ("oxidation", "releases", "electrons") in got
    assert not any("opposite" in s for s, _, _ in got)


def test_relation_phrase_without_a_name_is_refused():
    assert not any("reverse" in s for s, _, _ in triples("The reverse reaction releases a large amount of heat."))


def test_relation_adjective_on_a_bare_noun_is_kept():
    # a term, not a pointer: no determiner
    assert ("reciprocal inhibition", "relaxes", "opposing muscle") in \
        triples("Reciprocal inhibition relaxes the opposing muscle.")


def test_range_verb_cut_before_its_range_is_refused():
    got = triples("Planets range in mass from a tenth of the Earth to three hundred Earths.")
    assert not any(p.startswith("range") for _, p, _ in got)


def test_range_verb_with_no_range_is_kept():
    assert ("planets", "vary in", "size") in triples("Planets vary in size.")


def test_bracketed_hedge_dropped_from_the_argument_is_refused():
    got = triples("Comets are loose balls of (mostly) frozen water and dust.")
    assert not any("balls" in o for _, _, o in got)


def test_unbracketed_hedge_stays_in_the_argument():
    assert ("comets", "are", "loose balls of mostly frozen water and dust") in \
        triples("Comets are loose balls of mostly frozen water and dust.")


def test_which_after_an_example_is_refused():
    got = triples("These mutations alter traits such as eye color, which is exploited in genetic screens.")
    assert not any(s == "eye color" for s, _, _ in got)
    got = triples("Mining raised the use of fuels like coal, which sharply increased air pollution in the region.")
    assert ("mining", "raised", "use of fuels") in got  # the clause that lists stays
    assert not any(s == "coal" for s, _, _ in got)


def test_which_on_a_noun_outside_a_list_is_kept():
    got = triples("Plants absorb nitrogen, which is carried through the stem.")
    assert ("nitrogen", "is carried through", "stem") in got


def test_clause_scoped_by_this_time_is_refused():
    got = triples("The new engine is similar to the old one but this time the small valve sends fuel to the back of "
                  "the chamber.")
    assert not any(s == "small valve" for s, _, _ in got)


def test_clause_scoped_by_a_demonstrative_case_is_refused():
    assert not triples("In these studies, a tracer dye is injected into the vein.")
    assert ("tracer dye", "is injected into", "vein") in triples("A tracer dye is injected into the vein.")


def test_manner_and_reason_phrases_are_no_scope():
    assert ("enzyme", "releases", "small amount of heat") in \
        triples("In this way, the enzyme releases a small amount of heat.")
    assert ("enzyme", "releases", "small amount of heat") in \
        triples("For this reason, the enzyme releases a small amount of heat.")


def test_which_after_an_example_under_a_copula_is_kept():
    # a copula lists no act for "which" to take up: the clause is about the example
    assert ("high blood pressure", "is treated with", "diet") in \
        triples("Some risks are common, such as high blood pressure, which is treated with diet.")


def test_which_after_a_definite_example_is_kept():
    got = triples("Several loops maintain balance, such as the baroreceptor reflex, which is triggered by stretch.")
    assert ("stretch", "triggers", "baroreceptor reflex") in got


def test_demonstrative_on_a_named_kind_is_no_case():
    got = triples("In this condensation reaction, the enzyme releases a small amount of heat.")
    assert ("enzyme", "releases", "small amount of heat") in got
    assert not triples("In this case, the enzyme releases a small amount of heat.")


def test_in_this_sense_is_a_manner_of_speaking_and_keeps_the_frame():
    """Audit round 15 read-back: "In this sense, the celestial sphere model is a very practical model for mapping
    the sky" (judged right) was refused by deictic_scope's case nouns; "In this sense" is said like "In this way"."""
    got = triples("In this sense, the grid model is a very practical tool for mapping the city.")
    assert any(s.endswith("grid model") for s, _, _ in got), got
