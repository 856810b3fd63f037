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
