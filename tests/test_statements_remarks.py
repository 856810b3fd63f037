"""The writer's own remarks give no statement (audit round 17: "leap | justifies | risk", "writer | is_not_aware_of |
...", "razor | is_overused_in | some circles", a quip of the preface); the book's claims around them stay.

Invented sentences, in the shapes the judges rejected (proda/ingest/extract/remarks.py).
"""

from __future__ import annotations

from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import OfflineExtractor
from proda.ingest.extract.remarks import writer_speaks
from proda.models import Chunk
from tests.statements_util import raw_frame, triples


def _sent(text: str):
    return next(load_nlp()(text).sents)


# ----------------------------------------------------------------------------- first person


def test_a_clause_the_writer_was_persuaded_of_is_his_view():
    text = "Long practice has persuaded me that the detour justifies the cost."
    assert raw_frame(text, "justifies")[0].subject == "detour"  # the parser reads it; the check refuses it
    assert triples(text) == []


def test_in_my_experience_is_the_writers_remark():
    assert triples("In my experience, students confuse the gradient with the divergence.") == []


def test_the_writer_as_subject_or_holder_is_an_aside():
    assert triples("The writer is not aware of any standard name for such matrices.") == []
    assert triples("The rule is overused in some schools, in this writer's view, and the alternative deserves "
                   "attention.") == []


def test_kept_the_reader_mentioned_the_claim_is_the_books():
    # (judged right in round 17: "As the reader likely knows, a right triangle is ...")
    assert ("square", "is", "rectangle whose four sides are equal") in triples(
        "As the reader likely knows, a square is a rectangle whose four sides are equal.")


def test_kept_the_textbook_we():
    assert ("derivative of sine", "is", "cosine") in triples("As we have seen, the derivative of the sine is the cosine.")


def test_kept_a_roman_numeral_and_another_author():
    assert not writer_speaks(_sent("Type I collagen strengthens the tendons."))
    assert not writer_speaks(_sent("Phase I trials test the safety of a new drug."))
    assert not writer_speaks(_sent("If the unit matrix I is a matrix 1, the scalar matrix is a matrix."))
    assert not writer_speaks(_sent("The three I are replaced by the factors."))
    assert not writer_speaks(_sent("The author of the study found that sleep improves memory."))
    assert not writer_speaks(_sent("The writer Ada Byron described the engine."))


def test_kept_a_pronoun_used_as_a_noun_a_title_and_a_named_author():
    # review R21 (finding 2): "the me" of a theory of the self, a title in capitals, "the author" standing for the
    # writer the sentence names
    assert not writer_speaks(_sent("Rowe divided the mind into the I and the me."))
    assert not writer_speaks(_sent("Parks gave her I Will Not Move speech at the rally."))
    assert not writer_speaks(_sent("Weber studied the churches, and the author stressed their discipline."))


def test_still_the_writer_speaks_in_the_first_person():
    assert writer_speaks(_sent("Long practice has persuaded me that the detour justifies the cost."))
    assert writer_speaks(_sent("I think the rule is overused."))
    assert writer_speaks(_sent("The writer is not aware of any standard name for such matrices."))


def test_kept_first_person_inside_a_quotation():
    assert not writer_speaks(_sent("Descartes wrote “I think, therefore I am,” and his argument shaped philosophy."))


# ----------------------------------------------------------------------------- the preface


def _statements(text: str, heading: list[str]):
    ch = Chunk(id="chk_test", doc_id="doc_test", ord=0, text=text, start=0, end=len(text), heading_path=heading)
    return OfflineExtractor().extract(ch, "test").statements


_PREFACE = ("Logic rewards patience. Algebra rewards practice. Logic underlies algebra. Algebra underlies calculus. "
            "Logic and algebra underlie calculus.")


def test_a_preface_gives_no_statements():
    assert _statements(_PREFACE, ["Preface"]) == []
    assert _statements(_PREFACE, ["Foreword", "To the student"]) == []


def test_kept_the_same_sentences_in_a_chapter():
    assert _statements(_PREFACE, ["Introduction"])


# ----------------------------------------------------------------------------- the writer's taste


def test_an_adjective_of_taste_is_the_writers_judgement():
    assert raw_frame("The kernel is an interesting matrix.", "is")[0].object == "interesting matrix"
    assert triples("The kernel is an interesting matrix.") == []
    assert triples("Long division in binary is kind of fun.") == []
    assert triples("Occasionally an elegant idea awaits discovery.") == []
    assert triples("The notation of the split is interesting as a social phenomenon.") == []


def test_kept_an_adjective_books_state_as_fact_and_taste_outside_the_frame():
    assert ("liver", "is", "important organ of digestion") in triples("The liver is an important organ of digestion.")
    assert ("Ravens", "solve", "problems") in triples("Ravens solve problems with clever tools.")


def test_kept_a_taste_word_that_is_part_of_a_name():
    # review R21 (finding 5): "Nice" in a proper name is a city, no taste
    text = "The Treaty of Nice reformed the institutions of the European Union."
    assert [t for t in triples(text) if t[1] == "reformed"], triples(text)
