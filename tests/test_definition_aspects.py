"""A definition list of aspects (pros and cons, effects, purposes) or with a lead-in as its term is no glossary
(:mod:`proda.ingest.extract.definition_aspects`, session 34, from round 29's rejects on a machine-learning book).

Lists invented, in several disciplines (bridge design, a survey method, soil science, a glossary of climate and of
music theory, a chemistry law); none is from a book.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from proda.ids import normalize_name  # noqa: E402
from proda.ingest.extract.definition_aspects import glossary_entries  # noqa: E402
from proda.ingest.extract.nlp import load_nlp  # noqa: E402
from proda.ingest.extract.offline import OfflineExtractor  # noqa: E402
from proda.models import Chunk, Definition  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _chunk(pairs, between="\n") -> Chunk:
    text = between.join(f"{t}: {d}" for t, d in pairs)
    return Chunk(id="chk_aspects", doc_id="doc_aspects", ord=0, text=text, start=0, end=len(text),
                 heading_path=["Designs"], definitions=[Definition(term=t, definition=d) for t, d in pairs])


def _kept(nlp, pairs, between="\n") -> list[str]:
    return [d.term for d, _ in glossary_entries(_chunk(pairs, between), nlp)]


PROS_CONS = [
    ("Cost", "It is the cheapest of the three designs to build."),  # a gloss's shape, but the list is of aspects
    ("Durability", "there are several weak joints in the frame, and each one needs a yearly check."),
    ("Maintenance", "because the parts are standard, the repairs take less time than on a cast frame."),
    ("Load", "the thinner deck carries less traffic, although not by much."),
]


def test_a_list_of_pros_and_cons_defines_none_of_its_labels(nlp):
    assert _kept(nlp, PROS_CONS) == []


def test_a_list_of_effects_defines_none_of_its_labels(nlp):
    effects = [("response rate", "A longer questionnaire leads to a lower response rate, because people stop early."),
               ("cost per interview", "Both a short and a long form can raise the cost per completed interview."),
               ("coverage", "As the sample grows, the coverage of small groups improves.")]
    assert _kept(nlp, effects) == []


def test_a_list_of_purposes_told_to_the_reader_defines_none_of_its_labels(nlp):
    purposes = [("Convenience", "You only have to fit the model once on the whole table."),
                ("Joint tuning", "You can search over the settings of every step at once."),
                ("Safety", "Sealed joints keep water out of the frame during storms.")]
    assert _kept(nlp, purposes) == []


def test_a_list_of_kinds_whose_glosses_point_back_at_them_stays(nlp):
    kinds = [("Igneous rocks", "Rocks in this group form when magma cools and hardens."),
             ("Sedimentary rocks", "These are rocks made of layers of deposited grains."),
             ("Metamorphic rocks", "Rocks of this kind can change their minerals under heat and pressure.")]
    assert _kept(nlp, kinds) == [t for t, _ in kinds]


def test_one_misread_gloss_at_the_edge_of_a_chunk_does_not_drop_its_neighbour(nlp):
    pair = [("acid rain", "condition wherein a surplus of sulfur oxides causes the rain to be overly acidic"),
            ("Parametric brushes", "The editor makes brushes of any shape from a few numbers.")]
    assert _kept(nlp, pair) == [t for t, _ in pair]


def test_a_glossary_stays_even_where_one_gloss_is_parsed_as_a_clause(nlp):
    glossary = [("isohyet", "line on a map joining places that receive equal rainfall"),
                ("acid rain", "condition wherein a surplus of sulfur oxides causes the rain to be overly acidic"),
                ("cadence", "progression of chords that closes a phrase; also called a close"),
                ("loam", "soil made of sand, silt and clay in about equal parts")]
    assert _kept(nlp, glossary) == [t for t, _ in glossary]


def test_a_law_glossed_by_the_clause_it_states_stays(nlp):
    law = [("Boyle's law", "the pressure of a gas at constant temperature varies inversely with its volume")]
    assert _kept(nlp, law) == ["Boyle's law"]


def test_entries_apart_are_judged_as_separate_lists(nlp):
    # the same pros and cons, then a paragraph, then a glossary: the glossary keeps its entries
    pairs = PROS_CONS + [("loam", "soil made of sand, silt and clay in about equal parts")]
    text = "\n".join(f"{t}: {d}" for t, d in PROS_CONS) + "\nThe soil below the deck matters too.\n" + \
        "loam: soil made of sand, silt and clay in about equal parts"
    ch = Chunk(id="chk_apart", doc_id="doc_apart", ord=0, text=text, start=0, end=len(text),
               definitions=[Definition(term=t, definition=d) for t, d in pairs])
    assert [d.term for d, _ in glossary_entries(ch, nlp)] == ["loam"]


@pytest.mark.parametrize("term", ["There are two ways to choose the pier to reinforce:",
                                  "A few options offered by this survey tool:",
                                  "stratified design always draws a fixed share from each group."])
def test_a_lead_in_or_a_clause_is_no_term(nlp, term):
    assert _kept(nlp, [(term, "Used for large samples")]) == []


@pytest.mark.parametrize("term", ["scipy.optimize.brentq", "rootfinder (mylib.tools)",
                                  "other tests for normality in scipy.stats and extensions"])
def test_a_qualified_name_of_code_is_no_glossary_term(nlp, term):
    assert _kept(nlp, [(term, "needs a test against the reference values")]) == []


@pytest.mark.parametrize("term", ["U.S. Constitution", "Ph.D. program", "nail fold", "Korotkoff sounds",
                                  "dorsal interossei", "shear stress"])
def test_a_name_parsed_alone_as_a_clause_stays_a_term(nlp, term):
    assert _kept(nlp, [(term, "structure named in the text")]) == [term]


def test_extraction_stores_no_definition_from_a_list_of_aspects():
    ex = OfflineExtractor().extract(_chunk(PROS_CONS), "test")
    by = {normalize_name(c.name): c for c in ex.concepts}
    assert all(not by[k].definition for k in ("cost", "durability", "maintenance", "load") if k in by)
    assert not any(c.how == "definition_list" for c in ex.concepts)
