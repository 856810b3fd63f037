"""Round 38's missed facts: an act named by a gerund opening the sentence is the subject of its verb ("Unplugging
the computer from the network will prevent the attacker from reaching it"); the parser marks it ``csubj`` and no
frame was made."""

from statements_util import triples


def test_a_gerund_subject_with_its_object_is_the_subject():
    assert ("raising interest rates", "reduces", "inflation") in triples("Raising interest rates reduces inflation.")
    assert ("heating a solution of sulfurous acid", "expels", "sulfur dioxide") in \
        triples("Heating a solution of sulfurous acid expels the sulfur dioxide.")
    assert ("organizing legislative work through committees", "facilitates", "specialization") in \
        triples("Organizing legislative work through committees facilitates specialization.")
    assert ("running the configuration program", "creates", "new file") in \
        triples("Running the configuration program creates a new file.")


def test_the_sign_of_the_verb_is_kept():
    from proda.ingest.extract.claims import sentence_frames
    from proda.ingest.extract.nlp import load_nlp

    sent = next(load_nlp()("Adding a catalyst lowers the activation energy of the reaction.").sents)
    (fr, _), = sentence_frames(sent)
    assert fr.subject == "adding a catalyst" and fr.polarity == -1


def test_a_participle_adjective_on_a_plural_subject_is_not_an_act():
    # "Beating cilia ... move": a plural verb, so "beating" describes the cilia
    assert not any(s.startswith("beating") for s, _, _ in
                   triples("Beating cilia on cells in the fallopian tubes move egg cells towards the uterus."))


def test_a_gerund_pointing_at_an_example_is_refused():
    assert triples("Performing calculations similar to those in the preceding example permits a full assessment "
                   "of titration curves.") == []


def test_a_fronted_phrase_or_a_bare_gerund_gives_no_act():
    # the gerund must open the sentence and govern a noun object
    assert not any(s.startswith("smoking") for s, _, _ in triples("Smoking damages the lungs."))
    assert not any("raising" in s for s, _, _ in
                   triples("In most economies, raising interest rates reduces inflation within two years."))


def test_a_bare_definite_object_is_the_examples():
    # fresh judge, s40: "the light" of a discharge tube, "the liquid" (molten sulfur): the act is the example's
    assert triples("Passing the light through a prism produces a line spectrum.") == []
    assert triples("Cooling the liquid rapidly produces a rubberlike amorphous mass.") == []
    assert ("raising the temperature of a substance", "will increase", "vibrations of particles") in \
        triples("Raising the temperature of a substance will increase the vibrations of its particles.")
