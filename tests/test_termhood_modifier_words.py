"""A bare adjective the frames of ``termhood.adjectives`` cannot see is no term when the book only uses it inside
longer names (audit round 13: "covalent", from "... must also be partially covalent", kept as a concept).

The small tagger reads a rare adjective it does not know as a noun in every frame ("covalent", "lumbar"), so only
the book's own use tells: a word with an adjective's ending that stands alone in under a fifth of the chunks naming
it modifies other terms ("covalent bonds", "lumbar vertebrae").  Invented text."""

from proda.ingest.termhood import termhood_rows


def _chunks(sentences: list[str]) -> list[dict]:
    return [{"id": f"k{i}", "doc_id": f"d{i % 3}", "heading": f"H{i}", "text": s} for i, s in enumerate(sentences)]


_COVALENT = ["Two nitrogen atoms share three electron pairs in covalent bonds.",
             "Covalent compounds melt at low temperatures.",
             "Water molecules are held together by covalent bonds between hydrogen and oxygen.",
             "A covalent network solid is very hard.",
             "Covalent radii shrink across a period.",
             "The bond between carbon and chlorine is mostly covalent."]
_LUMBAR = ["The lumbar vertebrae carry the weight of the trunk.",
           "Pain in the lumbar region is common in older adults.",
           "A lumbar puncture samples the fluid around the spinal cord.",
           "The lumbar curve forms when a child starts to walk.",
           "Five lumbar vertebrae lie below the thoracic ones.",
           "The lumbar plexus supplies the front of the thigh."]
# a rare noun with an adjective's ending that stands alone: a term
_GLUTAMINE = ["Glutamine is the most common amino acid in the blood.",
              "Muscle cells release glutamine during fasting.",
              "The kidney takes up glutamine and releases ammonia.",
              "Glutamine donates nitrogen to growing cells.",
              "Cells of the gut burn glutamine for energy.",
              "Glutamine synthetase joins ammonia to glutamate."]
# a word the dictionary knows only as a noun, though the text uses it inside longer names: a term
_FILAMENT = ["Thin filaments slide past thick filaments.",
             "An actin filament is a chain of globular proteins.",
             "Each thick filament has many heads.",
             "Intermediate filaments hold the cell in shape.",
             "The thin filament carries binding sites.",
             "A light bulb has a glowing filament."]


def _term(name: str, text: list[str], **ev) -> bool:
    rows = termhood_rows([{"id": "c", "name": name, **ev}], _chunks(text))
    return rows[0]["term"]


def test_a_rare_adjective_used_inside_longer_names_is_no_term():
    assert not _term("covalent", _COVALENT)
    assert not _term("lumbar", _LUMBAR)


def test_a_rare_noun_standing_alone_stays_a_term():
    assert _term("glutamine", _GLUTAMINE)


def test_a_noun_of_the_dictionary_used_inside_longer_names_stays_a_term():
    assert _term("filament", _FILAMENT)


def test_the_glossary_or_a_definition_keeps_the_adjective():
    assert _term("lumbar", _LUMBAR, glossary=True)
    assert _term("covalent", _COVALENT, defined=True)
