"""Round 37's judge listed "Checksums are used to ensure the integrity of data portions" among the facts no unit held:
the present passive of function, the passive of session 38's "X uses Y to V" (predicates.passive_function).  The
subject does what the infinitive says; "were used to" is a past event and "can be used to" a possibility, neither
read.  With it, two shapes the session's sweep showed: a rare noun the parser read as an adverb after the subject's
first word ("Sodium hydroxide" cut to "sodium": misread_verbs.noun_read_as_adverb) and an object ending on "the
same N" before its "as" (remainders.same_left_open).  Invented sentences."""

from __future__ import annotations

from tests.statements_util import triples


def test_present_passive_of_function_states_what_the_subject_does():
    assert ("parity bits", "are used to detect", "errors in stored data") in \
        triples("Parity bits are used to detect errors in stored data.")
    assert ("seismographs", "are used to measure", "ground motion") in \
        triples("Seismographs are used to measure ground motion.")


def test_coordinated_passive_of_function_keeps_the_first_verbs_subject():
    assert ("potassium permanganate", "is used to oxidize", "alcohols") in \
        triples("Potassium permanganate is found in labs and is used to oxidize alcohols.")


def test_past_or_possible_use_gives_no_frame():
    assert triples("Troops were used to suppress the protest.") == []
    assert triples("Enzymes can be used to digest proteins.") == []


def test_subject_cut_at_a_noun_read_as_adverb_gives_no_frame():
    got = triples("Lithium hydroxide is employed in the production of batteries and is used to absorb carbon dioxide "
                  "in submarines.")
    assert not any(s == "lithium" for s, _, _ in got)
    assert not any(s.lower() == "sodium" for s, _, _ in triples("Sodium hydroxide tends to cause burns."))


def test_the_same_as_is_read_whole():
    got = triples("The newly made glucose leaves the liver and is used to produce ATP in the same way as glucose "
                  "from food.")
    assert ("newly made glucose", "is used to produce", "ATP in the same way") not in got


def test_passive_of_function_with_a_phrase_of_purpose_place_or_role():
    """"is used for / in / as": what the subject serves for, where, as what (predicates.function_prep); not past, and
    not with an infinitive that is the function ("is used in sociology to describe ...")."""
    assert ("parity bits", "are used for", "error detection") in triples("Parity bits are used for error detection.")
    assert ("copper", "is used in", "electrical wiring") in triples("Copper is used in electrical wiring.")
    assert ("aspirin", "is used as", "anticoagulant") in triples("Aspirin is used as an anticoagulant.")
    assert triples("Troops were used for crowd control.") == []
    assert not any(p == "is used in" for _, p, _ in triples("The term is used in sociology to describe group norms."))


def test_word_with_capitals_inside_keeps_them_at_a_sentence_start():
    assert ("NaN", "is usually used as", "placeholder for missing values") in \
        triples("NaN is usually used as the placeholder for missing values.")
