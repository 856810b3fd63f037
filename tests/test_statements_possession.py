"""Issue 11 (statements per chunk on social-science prose): "X has Y" is a claim when "have" is a verb of state
with a noun object ("All federal systems have a written constitution"), a fact a teacher asks that "have" being a
light verb used to drop.  Kept siblings refused: light objects ("have difficulty"), a progressive event ("are
having"), a time adverb ("now has"), a fronted phrase pointing back ("In these systems"), a relative clause of the
object left out, a comparison without its standard, a view without a holder, a condition, a hedge without its
scope (proda/ingest/extract/possession.py).
"""

from __future__ import annotations

from tests.statements_util import triples


def test_a_class_claim_of_possession_is_kept():
    assert ("all federal republics", "have", "written constitution") in triples(
        "All federal republics have a written constitution.")


def test_possession_with_its_object_clause_is_kept():
    got = triples("Tree frogs have sticky toe pads that grip wet leaves.")
    assert ("tree frogs", "have", "sticky toe pads that grip wet leaves") in got


def test_negated_possession_is_kept():
    assert ("cartilage", "does not have", "blood supply") in triples("Cartilage does not have a blood supply.")


def test_a_comparison_within_the_subject_kind_is_kept():
    assert ("heavier atoms", "have", "more electrons") in triples("Heavier atoms have more electrons.")


def test_a_light_object_gives_nothing():
    assert not any(p == "have" for _, p, _ in triples("Many pupils have difficulty with fractions."))


def test_a_progressive_have_is_an_event_not_a_possession():
    assert not any("having" in p for _, p, _ in triples("Farmers are having larger harvests later in the season."))


def test_a_time_adverb_limits_the_possession():
    assert not any(p == "has" for _, p, _ in triples("The embryo now has a beating heart."))


def test_a_fronted_phrase_pointing_back_limits_the_possession():
    assert not any(p == "has" for _, p, _ in triples("In these monarchies, the parliament has little power."))


def test_a_left_out_relative_clause_of_the_object_refuses_it():
    got = triples("Every modern state has shelters for families who have lost their homes.")
    assert not any(p == "has" for _, p, _ in got)


def test_a_comparison_without_its_standard_is_refused():
    assert not any(p == "have" for _, p, _ in triples("The coastal towns have a much larger fishing fleet."))


def test_a_view_without_a_holder_stays_refused():
    assert not any(p == "have" for _, p, _ in triples("Some believe that all citizens have a duty to vote."))


def test_a_conditional_possession_stays_refused():
    assert not any(p == "has" for _, p, _ in triples("If a colony has a queen, the workers build new cells."))


def test_a_relation_without_its_other_end_is_refused():
    got = triples("Guild members have close ties with their patrons.")
    assert not any(p == "have" for _, p, _ in got)


def test_an_object_carrying_its_phrase_is_kept():
    assert ("most islands", "have", "harbours for small boats") in triples("Most islands have harbours for small boats.")


def test_an_object_without_its_examples_is_kept():
    got = triples("Drought has many possible causes, including heat waves and poor rainfall.")
    assert ("Drought", "has", "many possible causes") in got


def test_a_relative_clause_of_its_own_subject_stays_refused():
    got = triples("Some villages are led by elders wherein a chief has absolute power.")
    assert not any(p == "has" for _, p, _ in got)


def test_a_relative_clause_on_its_antecedent_is_kept():
    got = triples("The desert tortoise, which has a thick shell, survives long droughts.")
    assert ("desert tortoise", "has", "thick shell") in got


def test_a_fronted_phrase_pointing_back_on_the_first_verb_limits_the_possession():
    got = triples("In these kingdoms, the chief of the army, often named the marshal, has only a small role in trade.")
    assert not any(p == "has" for _, p, _ in got)


def test_an_object_without_its_numbers_is_refused():
    got = triples("Mountain snow has a pH between 5 and 6 due to the presence of dissolved gases which form weak acids:")
    assert not any(p == "has" for _, p, _ in got)


def test_a_relative_clause_past_a_coordinated_noun_stays_refused():
    # the parse of "include A, which ..., and B (b), which has ..." that hangs B's clause on A, built by hand (the
    # parser does it on long book sentences only): the clause is not read as A's
    from spacy.tokens import Doc

    from proda.ingest.extract.nlp import load_nlp
    from proda.ingest.extract.possession import possession
    words = ["Birds", "include", "robins", ",", "which", "nest", ",", "and", "tits", ",", "which", "have", "crests", "."]
    heads = [1, 1, 1, 2, 5, 2, 2, 2, 2, 2, 11, 2, 11, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "nsubj", "relcl", "punct", "cc", "conj", "punct", "nsubj", "relcl",
            "dobj", "punct"]
    pos = ["NOUN", "VERB", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "CCONJ", "NOUN", "PUNCT", "PRON", "VERB",
           "NOUN", "PUNCT"]
    tags = ["NNS", "VBP", "NNS", ",", "WDT", "VBP", ",", "CC", "NNS", ",", "WDT", "VBP", "NNS", "."]
    lemmas = ["bird", "include", "robin", ",", "which", "nest", ",", "and", "tit", ",", "which", "have", "crest", "."]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert not possession(doc[11])
    doc2 = Doc(load_nlp().vocab, words=words[:3] + words[9:], heads=[1, 1, 1, 2, 5, 2, 5, 1],
               deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "relcl", "dobj", "punct"],
               pos=pos[:3] + pos[9:], tags=tags[:3] + tags[9:], lemmas=lemmas[:3] + lemmas[9:])
    assert possession(doc2[5])  # "Birds include robins, which have crests.": the clause right after its noun


def test_a_cited_year_after_the_object_is_no_number_of_it():
    got = triples("The new canal had large benefits for the farmers of the valley (Irrigation Board 2019).")
    assert any(p == "had" for _, p, _ in got)


# review R17 item 3: "have no X" was stored as a positive possession (negated false, object "no X"), the sign a
# denial item turns.  "no X" says "does not have X"; "few"/"little"/"hardly any" X say neither it has nor lacks X.

def _possession_frames(text):
    from proda.ingest.extract.claims import sentence_frames
    from proda.ingest.extract.nlp import load_nlp
    return [f for s in load_nlp()(text).sents for f, _ in sentence_frames(s) if f.predicate_lemma == "have"]


def test_have_no_is_stored_as_a_negated_possession():
    got = _possession_frames("Adult sponges have no skeleton of bone.")
    assert [(f.subject, f.predicate, f.object, f.negated, f.polarity) for f in got] == [
        ("adult sponges", "do not have", "skeleton of bone", True, -1)]


def test_has_no_in_the_singular_and_two_objects():
    got = _possession_frames("A jellyfish has no brain and no heart.")
    assert {(f.subject, f.predicate, f.object, f.negated) for f in got} == {
        ("jellyfish", "does not have", "brain", True), ("jellyfish", "does not have", "heart", True)}


def test_few_or_little_possession_is_refused():
    assert not _possession_frames("Desert shrubs have few leaves.")
    assert not _possession_frames("Resting cells have little stored glycogen.")
    assert not _possession_frames("Small islands have few or no native mammals.")
    assert not _possession_frames("Dry valleys have hardly any snow cover.")


def test_a_few_is_some_and_stays_positive():
    got = _possession_frames("Young leaves have a few stomata.")
    assert got and all(not f.negated and f.polarity == 1 for f in got)


def test_a_lists_lead_in_is_no_possession():
    """Audit round 13 (a judge of the session's new units): "Typical cervical vertebrae have several characteristic
    features that differentiate them ..." introduces the list that follows; the frame says nothing of its own.  A
    vague quantity on a generic head is refused; a quantity on a real noun stays."""
    assert not any(p == "have" for _, p, _ in triples(
        "Typical gears have several distinctive features that set them apart from pulleys."))
    assert not any(p == "have" for _, p, _ in triples("Modern bicycles have various components."))


def test_a_quantity_on_a_real_noun_keeps_the_possession():
    assert ("each muscle fiber", "has", "several nuclei") in triples("Each muscle fiber has several nuclei.")


def test_a_superlative_on_a_generic_head_keeps_the_possession():
    """Kept sibling found by the development sweep: "the most people" is a superlative, not a vague quantity."""
    assert any(p == "has" and "most" in o for _, p, o in triples(
        "While Nevada has the most people on waiting lists, it has not opened new clinics."))
