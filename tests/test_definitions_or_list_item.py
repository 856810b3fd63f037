""""A, B ... X ..., or Y": ", or Y" after a word deep inside an item of a list is the list's next item, not X's gloss.

Round 19 judged "rational engagement: rational engagement, or subtle control over the content of what is taught in
schools" wrong (the sentence lists two kinds of propaganda; "rational engagement" sits inside the first item's
participle clause).  37caad8 refused the gloss when the noun holding X's preposition is a list item; the same holds
wherever X sits inside the item: under a participle clause or a second preposition, or under an item set off by a
comma ("vertigo, a ringing in the ears, or a loss of hearing").  Outside a list the gloss stays ("places emphasis
on X, or the belief that ...").  Sentences invented, in other disciplines."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("name, sentence", [
    ("open debate", "Such tactics can include loud state advertising, usually defined as slogans and posters meant "
                    "to win support by means other than open debate, or quiet pressure on the editors of newspapers."),
    ("knees", "The runner may suffer from cramps, a dull ache in the knees, or a loss of balance."),
    ("fungal spores", "A farmer may find wilted leaves, brown spots, stems with a high share of fungal spores, or "
                      "roots that cannot take up water."),
    ("foil", "A thin barrier, such as a sheet or two of foil, or the outer layer of bark, usually stops the spray."),
])
def test_or_after_a_word_inside_a_list_item_is_no_gloss(name, sentence):
    assert name not in defined(sentence), defined(sentence)


@pytest.mark.parametrize("name, sentence", [
    ("stoicism", "Some philosophers place emphasis on stoicism, or the belief that virtue alone is enough for a "
                 "happy life."),
    ("seismology", "To understand these tremors, we turn to seismology, or the study of earthquakes."),
    ("price controls", "Early trade policy was based on price controls, or limits on what sellers may charge."),
    # the parse hangs Y on a noun above X's phrase: Y alone makes no list
    ("hearing", "The one exception is the pathway associated with hearing, or the sense of sound, which runs "
                "straight to the cortex."),
    ("crop rotation", "Many farmers in the valley rely on crop rotation, or the planting of different crops on one "
                      "field in successive years."),
])
def test_a_gloss_outside_a_list_stays(name, sentence):
    assert defined(sentence).get(name) == "gloss", defined(sentence)
