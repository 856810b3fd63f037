"""Arguments whose parse leaves part of their own phrase outside them (session 23, A;
:mod:`proda.ingest.extract.argument_rests`): invented sentences of several disciplines, each with a kept sibling that
is right, so a check that refused everything would fail too."""

from __future__ import annotations

from tests.statements_util import triples


def _subjects(text: str) -> list[str]:
    return [s for s, _, _ in triples(text)]


# 1. a coordination of premodifiers split off its shared head

def test_premodifiers_read_as_the_subject_are_refused():
    for text in ("Military, economic, or humanitarian aid is funneled through international agencies.",):
        assert not any(s.lower() == "military" for s in _subjects(text)), triples(text)


def test_coordinated_adjectives_on_their_head_stay():
    assert ("cell", "has", "both nuclear and mitochondrial genomes") in triples(
        "The cell has both nuclear and mitochondrial genomes.")


# 3. a gerund clause dropped from a subject

def test_gerund_clause_of_the_inner_noun_is_not_dropped():
    for text in ("The likelihood of a voter being contacted by a party increases turnout.",
                 "The chance of a bill being passed depends on party support."):
        assert not any(s in ("likelihood of voter", "chance of bill") for s in _subjects(text)), triples(text)


def test_inner_noun_without_a_gerund_stays():
    assert any(s == "likelihood of infection" for s in _subjects("The likelihood of infection increases mortality."))


# 5. an exception dropped

def test_exception_on_the_subject_is_not_dropped():
    for text in ("All cranial nerves, except for the vagus nerve, pass through the skull.",
                 "All members, except the chair, vote on the resolution.",
                 "All members, with the exception of the chair, vote on the resolution."):
        assert not any(s.startswith("all") for s in _subjects(text)), triples(text)


def test_the_same_claim_without_an_exception_stays():
    assert any(s == "all members" for s in _subjects("All members vote on the resolution."))


# 6. a relative clause without its pronoun read as the predicate

def test_relative_clause_without_pronoun_is_no_claim():
    for text in ("Decisions MNCs make across borders have implications for workers.",):
        assert not any(s.lower().startswith("decisions") for s in _subjects(text)), triples(text)


def test_plural_subject_with_its_own_verb_stays():
    assert any(s == "firms" for s in _subjects("Firms make decisions across borders."))


# 2. a restrictive "with" phrase of the object dropped

def test_with_phrase_of_a_prepositional_object_is_kept():
    for text, obj in (("A higher lattice energy is associated with forming ions with more charge.",
                       "forming ions with more charge"),
                      ("The president is associated with policies with broad support.", "policies with broad support")):
        assert any(o == obj for _, _, o in triples(text)), triples(text)


def test_with_the_aid_of_stays_with_the_verb():
    text = "In the lungs, oxygen is combined with hemoglobin with the aid of an enzyme."
    assert not any("aid" in o for _, _, o in triples(text)), triples(text)


def test_exception_on_an_inner_noun_or_as_the_head_is_refused():
    for text in ("Smooth muscle in the walls of the large arteries (except the aorta) contains elastic fibers.",
                 "With the exception of lithium fluoride, which has a high lattice energy, the salts are soluble."):
        assert not any("except" in s or s.startswith("smooth muscle") for s in _subjects(text)), triples(text)


def test_place_phrase_after_a_verb_tail_stays_with_the_tail():
    for text, obj in (("The arteries supply blood to the tissues on the surface of the skull.",
                       "blood to the tissues on the surface of the skull"),
                      ("The nerves carry signals to muscles in the limbs.", "signals to muscles in the limbs")):
        assert (obj in [o for _, _, o in triples(text)]), triples(text)


def test_a_phrase_pointing_back_is_not_added_to_the_tail():
    assert ("veins", "return", "blood to the heart") in triples("The veins return blood to the heart in this way.")


def test_a_place_phrase_cut_in_its_list_is_not_added():
    text = "The facial artery supplies blood to numerous structures within the face, upper lip, nose, cheek, and chin."
    assert not any(o.endswith("within the face") for _, _, o in triples(text)), triples(text)


def test_tail_end_stops_before_a_list_the_parse_breaks_after_a_comma():
    """The parse of a development sentence ("... within the face, lower jaw, neck, ...": the comma hangs on "face",
    "jaw" on the verb), rebuilt on invented words: the place phrase is not added to the tail."""
    from spacy.tokens import Doc

    from proda.ingest.extract.argument_rests import tail_end
    from proda.ingest.extract.nlp import load_nlp
    from proda.ingest.extract.absolutes import absolute_end

    words = ["The", "artery", "supplies", "blood", "to", "numerous", "structures", "within", "the", "thigh", ",",
             "lower", "leg", ",", "and", "foot", "."]
    heads = [1, 2, 2, 2, 2, 6, 4, 2, 9, 7, 9, 12, 2, 12, 12, 12, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "prep", "amod", "pobj", "prep", "det", "pobj", "punct", "amod", "dep",
            "punct", "cc", "conj", "punct"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADP", "ADJ", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "ADJ", "ADJ", "PUNCT",
           "CCONJ", "NOUN", "PUNCT"]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    tail = doc[4]
    assert tail_end(doc[2], tail, absolute_end(tail)) == 7
