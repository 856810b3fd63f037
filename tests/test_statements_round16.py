"""Statement classes of a reviewer's findings on round 15 (each checked on old and new code): each test an invented
general-English sentence of the construction, the wrong reading refused or mended and a right sibling kept.

Classes: a negation the parser hangs off the verb ("no longer X or Y", "never X or Y") shared by the joined verb; a
modal not carried into a joined clause with its own subject; a likeness "in the same way" only when the adjective
is on the noun right after "in"; "each N" dropped only when the text before names N's set; names joined under a
plural title (a joint act of states split as before); a verb swallowed into the subject tagged present.
"""

from __future__ import annotations

from proda.ingest.extract.context import each_of_the_paragraph
from proda.ingest.extract.frames import frames
from proda.ingest.extract.hedges import keeps_scope
from proda.ingest.extract.nlp import load_nlp
from tests.statements_util import raw_frame as _raw, triples


# ----------------------------------------------------------------------------- a negation hung off the verb


def test_no_longer_is_shared_by_the_joined_verb():
    text = "Adult sharks no longer shed teeth or grow scales."
    assert ("adult sharks", "grow", "scales") not in triples(text)
    assert not keeps_scope(*_raw(text, "grow"))


def test_no_more_is_shared_by_the_joined_verb():
    # "divide or make proteins" is now refused earlier as alternatives (one verb has no object of its own); a first
    # verb with an object keeps both frames, and the parser then hangs "no" on the verb and "more" under "no"
    assert ("mature red cells", "make", "proteins") not in triples("Mature red cells no more divide or make proteins.")
    text = "Mature red cells no more build DNA or make proteins."
    assert triples(text) == []
    assert not keeps_scope(*_raw(text, "make"))


def test_never_is_shared_by_the_joined_verb():
    got = triples("Adult frogs never grow gills or lose legs.")
    assert ("adult frogs", "lose", "legs") not in got and ("adult frogs", "never grow", "gills") in got


def test_no_longer_with_but_affirms_the_second_verb():
    assert ("adult sharks", "grow", "scales") in triples("Adult sharks no longer shed teeth but grow scales.")


# ----------------------------------------------------------------------------- a modal and a joined clause's own subject


def test_a_modal_is_not_carried_to_a_clause_with_its_own_subject():
    got = triples("The king cannot veto laws, and the parliament elects the prime minister.")
    assert ("parliament", "elects", "prime minister") in got
    assert ("parliament", "elects", "prime minister") in triples(
        "The king may veto laws, and the parliament elects the prime minister.")


def test_a_modal_is_carried_to_a_joined_verb_without_a_subject():
    assert ("governor", "may dissolve", "assembly") in triples("The governor may call or dissolve the assembly.")


# ----------------------------------------------------------------------------- a likeness "in the same way"


def test_same_deep_inside_a_fronted_phrase_is_no_likeness():
    got = triples("In reply to signals from the same nerve cells, the hormones are released from the small gland.")
    assert ("hormones", "are released from", "small gland") in got


def test_a_likeness_on_the_noun_after_in_leans_on_the_paragraph():
    text = "In the same manner, coastal towns attract summer visitors."
    assert ("coastal towns", "attract", "summer visitors") not in triples(text)
    from proda.ingest.extract.context import fronted_pointer
    assert fronted_pointer(*reversed(_raw(text, "attract")))


def test_a_long_place_before_a_present_perfect_is_not_dropped_from_the_claim():
    got = triples("In Norway, which has a long history of whaling and fishing, fishing has been a source of national "
                  "income.")
    assert ("fishing", "has been", "source of national income") not in got
    assert ("fishing in Norway", "has been", "source of national income") in triples(
        "In Norway, fishing has been a source of national income.")


# ----------------------------------------------------------------------------- "each N": a set the text named before


def test_each_on_a_bare_noun_alone_is_a_general_truth():
    assert ("each cell", "contains", "nucleus") in triples("Each cell contains a nucleus.")
    assert ("each electron", "carries", "negative charge") in triples("Each electron carries a negative charge.")


def test_each_after_a_generic_plural_is_a_general_truth():
    got = triples("Cells are the smallest units of life. Each cell contains a nucleus.")
    assert ("each cell", "contains", "nucleus") in got


def test_each_after_a_counted_set_leans_on_the_paragraph():
    text = "Villages elect three councils: housing, roads and schools. Each council sets local fees."
    assert ("each council", "sets", "local fees") not in triples(text)
    assert each_of_the_paragraph(*_last(text, "sets"))


def test_each_after_the_following_set_leans_on_the_paragraph():
    text = "The club names the following teams for the season. Each team trains twice a week and plays local rivals."
    assert not any(s == "each team" for s, _, _ in triples(text))
    assert each_of_the_paragraph(*_last(text, "plays"))


def _last(text: str, verb: str) -> tuple:
    """(last sentence, its raw frame on ``verb``): the paragraph before it stays in the parsed doc."""
    sent = list(load_nlp()(text).sents)[-1]
    return sent, next(f for f in frames(sent) if sent.doc[f.verb].lower_ == verb)


def test_a_set_named_in_another_paragraph_is_not_this_ones():
    got = triples("The town has three councils.\n\nEach council sets local fees.")
    assert ("each council", "sets", "local fees") in got


def test_each_after_a_subkind_named_leans_on_the_paragraph():
    text = "A coastal lagoon is a shallow body of water. Each lagoon holds brackish water."
    assert ("each lagoon", "holds", "brackish water") not in triples(text)
    assert each_of_the_paragraph(*_last(text, "holds"))
    assert ("each lagoon", "holds", "brackish water") in triples(
        "A lagoon is a shallow body of water. Each lagoon holds brackish water.")


# ----------------------------------------------------------------------------- names joined: states as people


def test_states_joined_without_a_title_are_split():
    got = triples("Chile and Peru signed a trade treaty.")
    assert ("Chile", "signed", "trade treaty") in got and ("Peru", "signed", "trade treaty") in got


def test_states_under_a_plural_title_are_not_split():
    from proda.ingest.extract.joint_acts import names_together
    text = "Partners Chile and Peru signed a trade treaty."
    assert not any(s.endswith(("Chile", "Peru")) for s, _, _ in triples(text))
    fr, sent = _raw(text, "signed")
    assert names_together(sent.doc[fr.verb])


# ----------------------------------------------------------------------------- a verb swallowed, the root tagged present


def test_a_coordinator_left_on_the_subject_marks_a_swallowed_verb():
    for text, verb in [("The leaders of the left support welfare programs and oppose tax cuts.", "oppose"),
                       ("The parties of the right favour low taxes and oppose new spending.", "oppose")]:
        assert not any(s.startswith(("leaders of", "parties of")) for s, _, _ in triples(text))
        from proda.ingest.extract.slips import verb_swallowed
        fr, sent = _raw(text, verb)
        assert verb_swallowed(sent.doc[fr.verb])


def test_a_subject_joined_to_another_noun_is_kept():
    assert ("parties of left and trade unions", "oppose", "tax cuts") in triples(
        "Parties of the left and trade unions oppose tax cuts.")


def test_each_part_of_an_unnamed_whole_leans_on_the_paragraph():
    text = "The gland has an outer rind and an inner core. Each region releases different hormones."
    assert not any(s == "each region" for s, _, _ in triples(text))
    assert each_of_the_paragraph(*_last(text, "releases"))
