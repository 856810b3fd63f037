"""A preposition whose object is a gerund phrase gives a frame (issue 11, session 16 engineer S: frameless
sentences of the development chapters): "X is responsible for controlling Y", "X is capable of recognizing Y",
"X is involved in regulating Y" gave no frame at all -- the copula-adjective and passive-participle frames took
only a noun after the preposition.  The object is the gerund with its own object, read whole; it is refused when the
gerund phrase has no noun object, points back, holds a comma, or may be an adjective on a bare noun ("composed of
developing cells"); an active verb's preposition is not read this way (compound nouns: "leads to rounding errors").
Invented sentences."""

from __future__ import annotations

from tests.statements_util import triples


def test_adjective_with_a_gerund_object_gives_a_frame():
    got = triples("The hypothalamus is responsible for regulating body temperature.")
    assert ("hypothalamus", "is responsible for", "regulating body temperature") in got


def test_capable_of_a_gerund_gives_a_frame():
    got = triples("Macrophages are capable of engulfing whole bacteria.")
    assert ("macrophages", "are capable of", "engulfing whole bacteria") in got


def test_passive_participle_with_a_gerund_object_gives_a_frame():
    got = triples("The cerebellum is involved in coordinating voluntary movement.")
    assert ("cerebellum", "is involved in", "coordinating voluntary movement") in got


def test_active_verb_preposition_is_not_read_as_a_gerund():
    # "leads to rounding errors": a compound noun the parser reads as a gerund with its object
    got = triples("Careless arithmetic leads to rounding errors in the final answer.")
    assert not any(o.startswith("rounding") for _, _, o in got)


def test_participle_adjective_on_a_bare_noun_is_refused():
    got = triples("The outer layer is composed of developing egg cells.")
    assert not any("developing" in o for _, _, o in got)


def test_participle_adjective_word_with_a_determiner_is_a_gerund():
    # kept sibling: "increasing the rate" -- a determiner on the noun makes the participle a verb
    got = triples("The thyroid gland is responsible for increasing the metabolic rate.")
    assert ("thyroid gland", "is responsible for", "increasing the metabolic rate") in got


def test_noun_object_is_kept_as_before():
    # kept sibling: the noun after the preposition, as before
    got = triples("The hypothalamus is responsible for the regulation of body temperature.")
    assert ("hypothalamus", "is responsible for", "regulation of body temperature") in got


def test_gerund_without_a_noun_object_is_refused():
    # "capable of contracting": nothing the claim is about on the object's side
    assert not triples("Smooth muscle cells are capable of contracting slowly.")


def test_gerund_with_a_pronoun_or_pointing_object_is_refused():
    assert not triples("The hypothalamus is responsible for regulating it.")
    assert not triples("The hypothalamus is responsible for regulating this process.")


def test_gerund_phrase_running_past_a_comma_is_refused():
    # the clause after the comma may belong to the gerund's object: the phrase cannot be cut there
    got = triples("The kidney is responsible for filtering the blood, which then returns to the heart.")
    assert not any("filtering" in o for _, _, o in got)


def test_means_phrase_with_by_is_not_an_object():
    # "by joining parties" says how, not what the verb takes
    got = triples("Citizens participate by joining political parties.")
    assert not any("joining" in o for _, _, o in got)


def test_pointing_subject_is_still_refused():
    assert not triples("This region is responsible for controlling speech production.")


def test_gerund_phrase_with_a_personal_pronoun_is_refused():
    # "your opinions": the reader's; and "just as useful": compared with what came before
    assert not triples("Local newspapers are useful for shaping your opinions.")
    assert not triples("Town meetings can be just as useful in shaping public opinion.")


def test_subject_keeps_its_restricting_phrase_or_gives_nothing():
    # "diet" alone: the frame would say it of any diet; the subject keeps "with excessive salt" (arguments, session 16)
    got = triples("A diet with excessive salt has been implicated in raising the risk of stroke.")
    assert all(s.startswith("diet with excessive salt") for s, _, o in got if o.startswith("raising"))
    assert not any(s == "diet" for s, _, _ in got)


def test_subject_list_the_parse_splits_over_two_subjects_is_refused():
    got = triples("Bone tissue in the arms, the legs, and the spine is essential for supporting the body weight.")
    assert not any(o.startswith("supporting") for _, _, o in got)


def test_subject_with_a_kept_phrase_is_kept():
    # kept sibling: the "of" phrase stays in the subject
    got = triples("The muscles of the inner thigh are responsible for adducting the femur.")
    assert ("muscles of inner thigh", "are responsible for", "adducting the femur") in got
