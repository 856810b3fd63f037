"""A noun with an adjective's ending is a term where the book uses it as one (session 15: "phenylephrine",
"adenine", "mandible", "intestine" were no terms).

``termhood.adjectives`` reads a one-word name as a bare adjective when the small tagger tags it an adjective in
every frame; the tagger does so for nouns it does not know ("phenylephrine") and for some it does ("mandible").
The frames' verdict now holds only for a word the dictionary knows as an adjective, or one the book uses inside
longer names (standing alone in under a fifth of its chunks).  Invented text."""

from proda.ingest.termhood import adjectives, termhood_rows


def _chunks(sentences: list[str]) -> list[dict]:
    return [{"id": f"k{i}", "doc_id": f"d{i % 3}", "heading": f"H{i}", "text": s} for i, s in enumerate(sentences)]


def _term(name: str, text: list[str], **ev) -> bool:
    return termhood_rows([{"id": "c", "name": name, **ev}], _chunks(text))[0]["term"]


_ADENINE = ["The base adenine pairs with thymine in a double strand.",
            "A molecule of ATP carries adenine and three phosphates.",
            "In RNA, adenine pairs with uracil instead.",
            "Cells make adenine from smaller precursors.",
            "The ring of adenine absorbs ultraviolet light."]
_MANDIBLE = ["The mandible moves when we chew.",
             "Muscles raise the mandible to close the mouth.",
             "A fracture of the mandible makes speaking painful.",
             "The teeth of the mandible meet those of the maxilla.",
             "The mandible is the only movable bone of the skull."]
# an adjective the dictionary does not know, used inside longer names: still a bare adjective
_IONIC = ["Sodium chloride is held by ionic bonds.",
          "Ionic compounds conduct electricity when melted.",
          "Ionic radii grow down a group.",
          "An ionic solid has a high melting point.",
          "Ionic crystals are brittle.",
          "Some bonds are partly ionic."]
# an adjective the dictionary knows: a bare adjective however the book uses it
_NEURAL = ["Neural signals travel along axons.",
           "The neural tube closes early in development.",
           "Some of these pathways are neural.",
           "Neural crest cells migrate widely.",
           "The response is neural, not hormonal."]


def test_the_frames_read_these_nouns_as_adjectives():
    assert {"adenine", "mandible", "ionic", "neural"} <= adjectives(["adenine", "mandible", "ionic", "neural"])


def test_a_noun_the_book_uses_standing_alone_is_a_term():
    assert _term("adenine", _ADENINE)
    assert _term("mandible", _MANDIBLE)


def test_an_adjective_used_inside_longer_names_is_still_no_term():
    assert not _term("ionic", _IONIC)


def test_an_adjective_of_the_dictionary_is_still_no_term():
    assert not _term("neural", _NEURAL)


def test_a_defined_adjective_stays_a_term():
    assert _term("ionic", _IONIC, defined=True)
