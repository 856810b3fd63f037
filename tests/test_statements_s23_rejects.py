"""Audit round 22's statement rejects that were still made at 10adad9 (session 23, S), each on an invented sentence of
the same shape with a kept sibling that is right:

1. a heading names the kind the sentence is about: "Both the prime minister and the president hold political power."
   under "Semi-Presidential Regimes" was stored as "president | hold | political power" (true of that regime type
   only): the heading's kind is carried into the subject (:mod:`proda.ingest.extract.heading_kind`), or the frame is
   refused where the heading names two kinds;
2. a clausal subject cut in two whose first verb the parser tagged an adjective ("Where the fat is deposited and
   accumulates within the hypodermis depends on hormones": "deposited" JJ) gave "accumulates within hypodermis |
   depends on | hormones" (:func:`proda.ingest.extract.cuts.wh_opened`);
3. a trivial copula: "The consumption of food is a commonplace, daily occurrence." (judged nothing a teacher would
   teach; :func:`proda.ingest.extract.vacuous.everyday_complement`).

And two of round 21's that were still made: a "so that" clause read as a claim of its own ("PTH promotes
reabsorption of calcium ..., so that the calcium returns to the blood": "calcium | returns to | blood";
:func:`proda.ingest.extract.cuts.purpose_result`), and an object that only counts what it does not name ("bone tissue
performs several critical functions"; :func:`proda.ingest.extract.vacuous.counted_only`), and an exercise's task
read as the book's claim ("Show that the data in can be represented by a first-order rate law ...": "first-order rate
law | can represent | data"; :func:`proda.ingest.extract.cuts.imperative_complement`).
"""

from __future__ import annotations

from proda.ingest.extract.offline import OfflineExtractor
from proda.models import Chunk
from tests.statements_util import triples

_PARA = ("The monarch and the premier share executive power. The monarch appoints the premier, and the premier "
         "leads the cabinet. Executive power is divided between the monarch and the premier.")


def _statements(text: str, heading: str) -> list[tuple[str, str, str]]:
    ch = Chunk(id="chk_test", doc_id="doc_test", ord=0, text=text, start=0, end=len(text), heading_path=[heading])
    ex = OfflineExtractor().extract(ch, "test")
    return [(s.subject, s.predicate, s.object) for s in ex.statements]


# 1. the heading's kind

def test_a_definite_office_under_a_kind_heading_carries_the_kind():
    got = _statements(_PARA, "Dual-Executive Regimes")
    assert not [t for t in got if t[0] in ("monarch", "premier")], got
    assert ("monarch in dual-executive regimes", "appoints", "premier") in got, got


def test_the_same_paragraph_under_a_bare_heading_is_read_as_before():
    got = _statements(_PARA, "Executive Power")
    assert ("monarch", "appoints", "premier") in got, got


def test_two_coordinated_kinds_in_the_heading_refuse_the_frame():
    got = _statements(_PARA, "Dual-Executive and Single-Executive Regimes")
    assert not [t for t in got if t[0].startswith("monarch")], got


def test_a_kind_heading_does_not_scope_a_bare_plural_subject():
    text = ("Monarchs appoint the viceroy. The viceroy leads the cabinet, and monarchs rarely advise the viceroy. "
            "Monarchs appoint judges.")
    got = _statements(text, "Dual-Executive Regimes")
    assert ("Monarchs", "appoint", "viceroy") in got, got


# 2. a clausal subject cut in two, its first verb tagged an adjective

def test_a_clausal_subject_whose_first_verb_is_tagged_an_adjective_gives_no_frame():
    got = triples("Where the salt is deposited and accumulates within the kidney depends on diet.")
    assert not [t for t in got if t[1] == "depends on"], got


def test_a_main_clause_after_a_comma_is_kept():
    got = triples("Where the salt is deposited, the kidney depends on diet.")
    assert not [t for t in got if t[0].startswith("deposited") or t[0].startswith("accumulates")], got


# 3. a complement that only says the subject is an everyday happening

def test_an_everyday_occurrence_gives_no_frame():
    assert not triples("The washing of hands is a commonplace, daily occurrence.")
    assert not triples("Commuting to work is an ordinary, everyday activity.")


def test_a_frequency_alone_or_a_happening_with_its_own_phrase_is_kept():
    assert ("earthquakes", "are", "common occurrence") in [(s.lower(), p, o) for s, p, o in triples(
        "Earthquakes are a common occurrence.")], triples("Earthquakes are a common occurrence.")
    got = triples("Fires are a daily occurrence in the dry season of the savanna.")
    assert any(s == "fires" and "occurrence" in o for s, _, o in got), got


# 4. a "so that" clause holds as the end of the main clause's act

def test_a_so_that_clause_gives_no_frame_of_its_own():
    got = triples("The pump moves sodium across the membrane, so that the sodium returns to the blood.")
    assert not [t for t in got if t[1] == "returns to"], got
    assert ("pump", "moves", "sodium across membrane") in got, got
    got = triples("The enzyme is degraded in the cleft so that the enzyme cannot bind to a receptor.")
    assert not [t for t in got if t[0] == "enzyme" and "bind" in t[1]], got


def test_a_clause_of_reason_or_about_something_else_is_still_read():
    got = triples("The sodium returns to the blood because the pump moves it.")
    assert ("sodium", "returns to", "blood") in got, got
    got = triples("A pacemaker stops the heart so that the sinus node can trigger a normal cycle.")
    assert any(s == "sinus node" for s, _, _ in got), got
    got = triples("When a cell divides, the DNA must be copied so that each new cell receives a full set of genes.")
    assert any(s == "each new cell" and p == "receives" for s, p, _ in got), got


# 5. an object that only counts kinds or roles

def test_an_object_that_only_counts_functions_gives_no_frame():
    assert not triples("On a metabolic level, the liver performs several critical functions.")
    assert not triples("The liver performs several functions, such as storing glycogen and making bile.")


def test_named_functions_a_kind_of_thing_or_a_quantified_subject_are_kept():
    got = triples("The enzyme performs several functions of digestion such as breaking down starch.")
    assert not [t for t in got if t[2] == "several functions"], got
    got = triples("The kidneys perform several functions that regulate blood pressure.")
    assert ("kidneys", "perform", "several functions that regulate blood pressure") in got, got
    assert ("bone tissue", "stores", "several minerals") in triples("Bone tissue stores several minerals.")
    assert ("carbon", "exists in", "several allotropic forms") in triples("Carbon exists in several allotropic forms.")
    got = triples("Connective tissue integrates the various parts of the body.")
    assert ("connective tissue", "integrates", "various parts of body") in got, got
    assert ("several factors", "influence", "blood pressure") in triples("Several factors influence blood pressure.")
    got = triples("Merton pointed out that social rituals often have many functions.")
    assert any(o == "many functions" for _, _, o in got), got


# 6. what an exercise asks the reader to show

def test_the_clause_of_show_that_gives_no_frame():
    assert not triples("Show that the measurements can be described by a linear model.")
    # after an example's title line the parser tags "Show" a noun
    got = triples("Fitting a Model to Growth Data\nShow that the measurements in can be described by a linear model by "
                  "graphing ln[N] versus time.")
    assert not [t for t in got if "model" in t[0]], got


def test_notice_that_and_a_reported_finding_are_kept():
    assert ("kidneys", "filter", "blood") in triples("Notice that the kidneys filter the blood.")
    assert ("exercise", "lowers", "blood pressure") in triples("Studies show that exercise lowers blood pressure.")
