"""Training items the fresh judges of round 14 refused (chemistry and sociology), on invented sentences; each
refusal has a kept sibling.

4. A blank that is one bare noun of a quantity with its number right after ("can achieve _____ up to 2800 °C." ->
   "temperatures"): the number says what is measured.
   A stem whose subject is "the" and one capitalised common noun in a past act ("The Court upheld _____ but struck
   down ..."): which court, the paragraph said.
5. A sentence whose figure or table reference was lost ("visible in .", "(see , step 3)") is a broken text: no
   cloze and no definition item from it.
"""

from __future__ import annotations

from tests.items_util import answers, one, stands

from proda.ids import concept_id


# --- 5: a lost figure reference -------------------------------------------------------------------------------------

def test_a_sentence_with_a_lost_figure_reference_gives_no_cloze():
    assert one(("liquid iodine", "has", "dark color",
                "Liquid iodine has a dark color, and the violet vapor is clearly visible in .")) is None
    assert one(("purkinje fibers", "have", "fast conduction rate",
                "The nerve fibers have a fast conduction rate, and the signal reaches every cell quickly (see , "
                "step 4).")) is None


def test_the_same_sentence_with_its_reference_written_out_keeps_its_cloze():
    assert stands(("liquid iodine", "has", "dark color",
                   "Liquid iodine has a dark color, and the violet vapor is clearly visible in Figure 3."))


def test_a_definition_with_a_lost_figure_reference_gives_no_item():
    got = answers({"name": "sublimation", "definition": "Sublimation is the change of a solid directly into a gas, "
                   "as shown in ."},
                  {"name": "deposition", "definition": "Deposition is the change of a gas directly into a solid, "
                   "as shown in Figure 4."})
    assert set(got) == {concept_id("deposition")}


# --- 4: a bare measure noun told by the number after it -----------------------------------------------------------

def test_a_bare_measure_blank_before_its_number_gives_no_cloze():
    assert one(("furnace", "can achieve", "temperatures",
                "The new electric furnace can achieve temperatures up to 1900 °C.")) is None
    assert one(("gland", "can vary in", "size", "The gland is oval and can vary in size from 10 to 30 mm.")) is None


def test_a_blank_with_its_own_words_or_no_number_after_it_stays():
    assert stands(("furnace", "can reach", "melting points",
                   "The new electric furnace can reach melting points up to 1900 °C."))
    assert stands(("fibula", "does not bear", "weight", "The slender fibula does not bear weight."))


def test_a_past_act_of_a_short_title_subject_gives_no_cloze():
    assert one(("court", "upheld", "tax provision",
                "The Court upheld the tax provision but struck down three other provisions.")) is None
    assert one(("committee", "approved", "budget", "The Committee approved the annual budget in a single vote.")) is None


def test_a_full_title_an_acronym_a_people_or_the_present_keep_their_cloze():
    assert stands(("supreme court", "upheld", "tax provision",
                   "The Supreme Court upheld the tax provision but struck down three other provisions."))
    assert stands(("fda", "approved", "drug", "The FDA approved the new drug after two years of trials."))
    assert stands(("chinese", "invented", "paper", "The Chinese invented paper and movable type."))
    assert stands(("french", "invented", "balloon", "The French invented the hot air balloon, printing, and cameras."))
    assert stands(("court", "hears", "appeals", "The Court hears appeals from the lower federal courts."))
