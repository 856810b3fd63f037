"""Definitions in passing ("X, a Y that ..."): an appositive that comments on the clause defines nothing.

Round 5 tried answering "Define X." with the gloss Y of such sentences; on the held-out political-science chapters
5 of its 10 items were wrong (a parse that ran Y into the next clause, "X, or Y" that was a disjunction, a trailing
phrase spliced on), so definition items still come only from sentences whose subject is the term."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def defined(nlp):
    from proda.ingest.extract.definitions import definitions_in

    def run(text: str) -> set[str]:
        doc = nlp(text)
        return {f.name.lower() for fs in definitions_in(doc, list(doc.sents)).values() for f in fs if f.definition}

    return run


@pytest.mark.parametrize("sentence,term", [
    ("Moderate social conservatives see contemporary schools as doing a poor job of instilling moral virtue in "
     "children, a claim that goes all the way back to Aristotle.", "children"),
    ("The main alternative to plurality rule is proportional representation, a concept that is often suggested as an "
     "alternative to the winner-take-all approach of the Electoral College.", "proportional representation"),
])
def test_a_remark_on_the_clause_is_no_definition(defined, sentence, term):
    assert term not in defined(sentence)


def test_a_real_gloss_still_defines(defined):
    assert "political polarization" in defined("Echo chambers are linked to political polarization, or the divergence "
                                               "of political attitudes toward ideological extremes.")


def test_define_item_only_from_a_sentence_about_the_term():
    from proda.train.items.generators import definition_items
    from proda.train.items.kb import KB

    mention = ("Another common way of defining the role of the media is to say that the press acts as the fourth "
               "estate, or the unofficial fourth branch of government that checks the others.")
    plain = "A recall is a type of direct democracy that lets voters end the term of an elected official."
    concepts = [{"id": "c_1", "name": "fourth estate", "definition": mention, "type": "term"},
                {"id": "c_2", "name": "recall", "definition": plain, "type": "term"}]
    assert [i.concept_ids for i in definition_items(KB([], concepts), seed=0)] == [["c_2"]]
