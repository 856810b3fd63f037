"""Audit round 17 (a mathematics book): statements whose argument is a formula or a bare symbol, and statements that
drop a qualifier the claim needs ("almost", the partner of "separates A from B", a postnominal "nearest the
guess").  Invented sentences; each refusal has a kept sibling."""

from __future__ import annotations

import pytest

from tests.statements_util import triples


@pytest.mark.parametrize("text", [
    "The total flux from the volume then is F = Fa +",  # a formula cut mid-way (the rest was display math)
    "The quotient is Q = B/A.",  # a formula binding symbols: no claim without the page
    "The ratio is x/y.",  # the object cut to a symbol
    "In this scheme, b and c are arbitrary real numbers.",  # a bare symbol as subject
    "The denominator is A.",
    "Smith is the author of [12].",  # the object cut at its citation's bracket
    "Normally one requires that ˆu′, ˆv′ and ˆw′ each keep unit length, run square to one another, and obey the "
    "right-hand rule (§ 3.3), but otherwise any ˆu′, ˆv′ and ˆw′ can serve.",  # "ˆu′": its "ˆ" is a modifier letter
    "As the critic observes, [T]here is no stable account of how these domains fit together.",  # "T]here"
    "In PQ = R, the matrix Q operates on the columns of P.",  # a formula as the subject's fronted scope
])
def test_a_formula_or_a_bare_symbol_is_no_argument(text):
    assert triples(text) == []


def test_a_clause_with_a_formula_inside_and_a_bound_by_a_number_stay():
    """Kept siblings: the formula sits in the argument's relative clause; a chemical formula is a name."""
    assert triples("The unit circle is a circle whose radius is r = 1.") == \
        [("unit circle", "is", "circle whose radius is r = 1")]
    assert triples("Na+ ions enter the cell.") == [("Na+ ions", "enter", "cell")]
    assert triples("The vector ˆu′ obeys the right-hand rule.") == [("vector ˆu′", "obeys", "right-hand rule")]
    assert triples("In a square matrix, the main diagonal holds the pivots.") == \
        [("main diagonal in a square matrix", "holds", "pivots")]
    assert triples("Smith is the author of a popular history of algebra.") == \
        [("Smith", "is", "author of a popular history of algebra")]
    assert triples("The shortest path is a straight line.") == [("shortest path", "is", "straight line")]
    assert triples("In dry air, the order of abundance is nitrogen > oxygen > argon.") == \
        [("order of abundance in dry air", "is", "nitrogen > oxygen > argon")]


@pytest.mark.parametrize("text", [
    "The lithium ion is almost identical to the sodium ion in size.",
    "The rabbit is nearly indistinguishable from the hare.",
    "By the eighth week, the head is nearly as large as the body.",
])
def test_an_approximation_the_predicate_drops(text):
    """"almost identical to" is no "is identical to": the frame says more than the book."""
    assert triples(text) == []


def test_without_the_approximation_the_claim_stays():
    assert triples("The lithium ion is similar to the sodium ion in size.") == \
        [("lithium ion", "is similar to", "sodium ion in size")]
    assert triples("Kidney stones are composed of calcium oxalate.") == \
        [("Kidney stones", "are composed of", "calcium oxalate")]
    # an approximation of an extent adverb leaves the relation as the book states it
    assert triples("Kidney stones are almost entirely composed of calcium oxalate.") == \
        [("Kidney stones", "are composed of", "calcium oxalate")]


def test_a_postnominal_adjective_restricting_the_object():
    """"selects the node nearest the source": "selects | node" drops which node."""
    # (a named algorithm: "the algorithm" alone is the page's, remarks.local_things, session 37)
    assert triples("Dijkstra's algorithm selects the node nearest the source.") == []
    assert triples("Dijkstra's algorithm selects the node with the lowest cost.") == \
        [("Dijkstra's algorithm", "selects", "node with the lowest cost")]
    # an adjective that only describes the object leaves the claim standing
    assert triples("In the lungs, veins carry blood low in oxygen to the heart.") == \
        [("veins in the lungs", "carry", "blood to the heart")]


def test_a_relating_verb_without_its_partner():
    """"distinguish mitosis from meiosis": "distinguish | mitosis" says nothing; with the partner inside the object the
    claim stays."""
    assert triples("Biologists distinguish mitosis from meiosis.") == \
        [("biologists", "distinguish", "mitosis from meiosis")]  # (the partner kept inside the object, E2)
    assert triples("A thin membrane separates the cytoplasm from the nucleus.") == \
        [("thin membrane", "separates", "cytoplasm from the nucleus")]
    assert triples("Thin walls separate the chambers from one another.") == [("thin walls", "separate", "chambers from one another")]


def test_a_reciprocal_partner_is_the_object_itself():
    """"separates lobules [from one another]": a frame that stops at the object still says what the book says (the
    parser of a longer sentence cut it there: "which separates lobules from one another"); "from meiosis" is not."""
    from proda.ingest.extract.qualifiers import partner_left_out
    from tests.statements_util import raw_frame

    fr, sent = raw_frame("Dense fibrous tissue separates the lobules from one another.", "separates")
    assert not partner_left_out(sent.doc[fr.verb], fr.model_copy(update={"object": "lobules"}))
    fr, sent = raw_frame("Dense fibrous tissue separates the lobules from the ducts.", "separates")
    assert partner_left_out(sent.doc[fr.verb], fr.model_copy(update={"object": "lobules"}))


def test_ions_and_dotted_abbreviations_are_names_not_formulas():
    """Kept siblings from the sweep over the HTML books: a charge glued to an ion ends no formula; "U.S." is a word."""
    assert triples("Weak bases absorb only a few H+.") == [("weak bases", "absorb", "only a few H+")]
    assert triples("For example, literacy is highly valued in the U.S.") == [("literacy", "is valued in", "U.S.")]


def test_an_intransitive_relating_verb_or_a_with_aside_is_no_lost_partner():
    """Kept siblings: "X separates from Y" carries the partner in its predicate; ", with the weight ... pulling" is an
    aside, not the partner of "separates"."""
    assert triples("The upper plate then separates from the lower plate, with the weight of the load pulling it "
                   "downward.") == [("upper plate", "separates from", "lower plate")]


def test_a_fronted_participle_on_a_pronoun_makes_the_claim_the_cases():
    """"Decomposing it, the algorithm achieves ...": true of the matrix in hand, false in general (round 17)."""
    assert triples("Decomposing it, the QR algorithm achieves a fully square, unitary factor.") == []
    assert triples("Decomposing the matrix, the QR algorithm achieves a fully square, unitary factor.") == \
        [("QR algorithm", "achieves", "fully square unitary factor")]


@pytest.mark.parametrize("text, kept", [
    # review R21 (finding 6): "with" after a verb whose partner comes with "from" is the instrument, no partner
    ("Chemists separate the pigments with paper chromatography.", ("chemists", "separate", "pigments")),
    ("Doctors distinguish viral infections with blood tests.", ("doctors", "distinguish", "viral infections")),
])
def test_an_instrument_is_no_lost_partner(text, kept):
    assert kept in triples(text), triples(text)


def test_a_with_partner_of_a_verb_that_takes_one_is_still_lost():
    assert not [t for t in triples("Students often confuse weather with climate.") if t[2] == "weather"], \
        triples("Students often confuse weather with climate.")
