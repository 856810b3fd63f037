"""Statement classes of the independent audit's round 11 (code at 1ded92f): each test an invented general-English
sentence of the construction, the wrong reading refused or mended and a right sibling kept.

Classes: a passive turned active under a universal subject and an indefinite agent (the quantifier's scope flips);
a relative clause after a prepositional object that belongs to the subject; scope carried by a fronted phrase,
a holder or a purpose; fragments (an object pointing back through "other" shared by a coordination, a bare plural
cut before its "such as" list).
"""

from __future__ import annotations

from proda.ingest.extract.context import fronted_condition
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.scope import anaphoric
from proda.ingest.extract.slips import passive_relative, quantifier_flipped
from tests.statements_util import raw_frame as _raw, triples


# ----------------------------------------------------------------------------- a quantifier's scope flipped


def test_universal_subject_with_indefinite_agent_is_not_turned_active():
    text = "Every hair follicle in the scalp is supplied by a small artery."
    assert not any(o.startswith("every hair follicle") for _, _, o in triples(text))
    fr, sent = _raw(text, "supplied")
    assert quantifier_flipped(sent.doc[fr.verb])


def test_all_subject_with_one_agent_is_not_turned_active():
    text = "All cells of the lining are covered by a thin layer of mucus."
    assert not any(o.startswith("all cells") for _, _, o in triples(text))


def test_definite_agent_is_still_turned_active():
    assert ("beta cells", "secrete", "Insulin") in triples("Insulin is secreted by the beta cells.")
    assert ("dorsal root", "forms", "every spinal nerve") in triples("Every spinal nerve is formed by the dorsal root.")


def test_indefinite_subject_with_indefinite_agent_is_turned_active():
    text = "A hair follicle is supplied by a small artery."
    fr, sent = _raw(text, "supplied")
    assert not quantifier_flipped(sent.doc[fr.verb])
    assert ("small artery", "supplies", "hair follicle") in triples(text)


# ----------------------------------------------------------------------------- fragments


def test_a_pointer_shared_by_a_coordination_reaches_the_second_noun():
    text = "Cities also vary in other rules and customs about parking."
    assert not any(o.startswith("other") for _, _, o in triples(text))
    sent = next(load_nlp()(text).sents)
    assert anaphoric(next(t for t in sent if t.lower_ == "customs"))  # the argument check itself (frame_args._bad)


def test_a_coordination_without_a_pointer_is_kept():
    assert ("cities", "vary in", "customs") in triples("Cities vary in their rules and customs.")


def test_a_second_noun_with_its_own_owner_does_not_share_the_pointer():
    text = "The court depends on the other branches and the public's trust in the law."
    sent = next(load_nlp()(text).sents)
    assert not anaphoric(next(t for t in sent if t.lower_ == "trust"))


def test_bare_plural_cut_before_acts_it_exemplifies():
    assert ("union", "backs", "measures") not in triples(
        "The union backs measures such as raising the minimum wage and shortening the work week.")
    assert ("council", "adopted", "reforms") not in triples("The council adopted reforms like expanding public transit.")


def test_bare_plural_cut_before_things_it_exemplifies_is_kept():
    assert ("plants", "need", "nutrients") in triples("Plants need nutrients such as nitrogen and potassium.")


# ----------------------------------------------------------------------------- a scope the frame leaves out


def test_a_fronted_phase_is_a_time_limit():
    assert triples("At first, the club was clearly a loose network of neighbors.") == []
    assert triples("At one time, the guild was the only school for painters.") == []


def test_without_the_phase_the_claim_is_kept():
    assert ("club", "was", "loose network of neighbors") in triples("The club was clearly a loose network of neighbors.")


def test_a_fronted_situation_pointer_is_a_condition():
    assert triples("In such a situation, sodium from the diet ends up in the urine.") == []
    assert triples("Under these circumstances, the kidney retains more water.") == []


def test_a_fronted_place_is_still_carried():
    got = triples("In the desert, the kidney retains more water.")
    assert got and all("in desert" in s or "in the desert" in s for s, _, _ in got)


def test_a_fronted_purpose_conditions_an_obligation():
    assert triples("To be considered a democracy, a state must hold free elections.") == []
    assert ("state", "must hold", "free elections") not in triples(
        "A written charter does not make a state a democracy; to be considered a democracy, a state must hold free elections.")


def test_a_fronted_purpose_of_a_plain_act_is_not_this_check():
    fr, sent = _raw("To make soap, workers heat fat with lye.", "heat")
    assert not fronted_condition(sent, fr)
    fr, sent = _raw("To be considered a democracy, a state must hold free elections.", "hold")
    assert fronted_condition(sent, fr)


def test_a_whether_question_after_a_preposition_asserts_nothing():
    assert triples("There is debate on whether schools can ban or require certain clothing.") == []


def test_the_same_acts_stated_plainly_are_kept():
    # (session 33: "certain clothing" alone is no object, frame_args.unspecified; the plain act with a named object)
    assert ("schools", "can require", "school uniforms") in triples("Schools can ban or require school uniforms.")
    assert triples("There is debate on whether schools can ban or require school uniforms.") == []


def test_a_fronted_for_phrase_is_carried_as_scope():
    got = triples("For large mammals, the heart rate determines the lifespan of the body.")
    assert got and all(s == "heart rate for large mammals" for s, _, _ in got)
    got = triples("For a functionalist, the family transmits the values of society.")
    assert got and all(s.endswith("for a functionalist") or s.endswith("for functionalist") for s, _, _ in got)


def test_for_example_is_no_scope():
    assert ("heart rate", "determines", "lifespan of body") in triples(
        "For example, the heart rate determines the lifespan of the body.")


# ----------------------------------------------------------------------------- a relative clause on the wrong noun


def test_a_relative_clause_of_a_potential_on_a_passive_place_is_refused():
    text = "Energy is stored in the bond that can be released during a reaction."
    assert not any(o.startswith("bond") for _, _, o in triples(text))
    fr, sent = _raw(text, "stored")
    assert passive_relative(sent, fr)


def test_a_plain_passive_relative_clause_on_the_place_is_kept():
    assert ("starch", "is stored in", "organelles that are found in plant cells") in triples(
        "Starch is stored in organelles that are found in plant cells.")


def test_an_active_relative_clause_on_the_place_is_kept():
    assert ("energy", "is stored in", "bond that joins the two atoms") in triples(
        "Energy is stored in the bond that joins the two atoms.")


def test_a_fronted_comparison_makes_the_claim_relative():
    assert not any(s == "Japan" for s, _, _ in triples("In comparison to Canada, Japan imposes very strict rules on banks."))
    assert not any(s == "Japan" for s, _, _ in triples("Compared with Canada, Japan imposes stricter rules on banks."))


def test_a_fronted_comparison_without_a_grade_is_kept():
    assert ("veins", "are", "vessels with thin walls") in triples("Compared to arteries, veins are vessels with thin walls.")


def test_an_example_after_the_object_is_no_question():
    assert ("play", "begins in", "earliest years") in triples(
        "Play begins in the earliest years, such as when toddlers copy their parents.")


def test_an_object_cut_before_its_indirect_question_is_refused():
    assert ("Japan", "imposes", "strict rules") not in triples("Japan imposes strict rules on how banks are run.")


def test_an_object_with_a_noun_after_its_preposition_is_kept():
    assert ("Japan", "imposes", "strict rules on banks") in triples("Japan imposes strict rules on banks.")


def test_a_discourse_idiom_is_no_scope():
    got = triples("In other words, a small faction may capture public attention at the expense of the majority.")
    assert not any("words" in s for s, _, _ in got)


def test_a_fronted_place_with_a_modifier_is_still_scope():
    got = triples("In other countries, a small faction may capture public attention.")
    assert not any(s == "small faction" for s, _, _ in got)
