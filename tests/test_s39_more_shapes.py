"""Three more shapes session 38's fresh samples rejected, on invented sentences, with the siblings that stay:

* "wish for X [—...—] to V" read as "wish for X" (remainders.verb_infinitive_left): what is wished is the event;
  an event noun's purpose ("allow for the continuous renewal of skin cells to replace ...") stays;
* an auxiliary before its subject in a statement ("Rarely does the committee approve ...", "only in 1987 did the
  Bureau issue ...": remainders.inverted_restriction): the fronted restriction is the point; "Not only do X ..."
  asserts its clause and stays;
* "for" right after a word taken as a conjunction over a plural noun read as a verb ("balances for the foreign
  currency accounts to EUR": misread_verbs.for_clause);
* an argument cut before an adverb's own phrase on its noun ("The maps in the atlas [prior to edition 1.2]").
"""

from __future__ import annotations

from tests.statements_util import triples


def test_wish_for_an_event_is_not_a_wish_for_the_thing():
    got = triples("Dominant groups wish for the worldview—which embraces tradition and order—to win out over rival views.")
    assert not any(p == "wish for" for _, p, _ in got)
    assert ("worldview", "embraces", "tradition") in got


def test_purpose_of_an_event_noun_stays():
    assert ("stem cells", "allow for", "continuous renewal of skin cells") in \
        triples("Stem cells allow for the continuous renewal of skin cells to replace those lost to wear.")


def test_inverted_restriction_gives_no_frame():
    assert triples("Rarely does the committee approve a budget without debate.") == []


def test_not_only_clause_is_asserted():
    assert ("bees", "do pollinate", "crops") in triples("Not only do bees pollinate crops, but they also produce honey.")


def test_for_read_as_a_conjunction_gives_no_frame():
    text = ("The following rates were entered in the Rate Table as at Jan. 1, 2020 to convert the account balances "
            "for the foreign currency accounts to EUR:")
    assert not any(s == "foreign currency" for s, _, _ in triples(text))


def test_subject_cut_before_an_adverbs_phrase_gives_no_frame():
    """"The distributions in scipy.stats [prior to version 0.16] do not allow ..." (session 38's manuals sample):
    the noun without the adverb's phrase names every version (argument_rests._adverb_phrase_left)."""
    assert triples("The maps in the atlas prior to edition 1.2 do not show elevation contours.") == []
    assert ("old maps", "show", "elevation contours") in triples("The old maps show elevation contours.")
