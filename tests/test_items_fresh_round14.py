"""Training items the fresh judges of round 14 refused (chemistry and sociology), on invented sentences; each
refusal has a kept sibling.

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
