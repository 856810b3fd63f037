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


def test_a_determiner_that_is_no_article_before_i_leaves_the_writer_speaking():
    """"All I did", "This I know": a determiner before "I" that is not its own (only an article, "the I and the me",
    makes "I" a noun of a theory of the self)."""
    assert writer_speaks(_sent("All I did was wait while the crystals grew."))
    assert writer_speaks(_sent("This I know: heat flows from the warmer body to the colder one."))
    assert not writer_speaks(_sent("The I and the me are two sides of the self."))


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


# ----------------------------------------------------------------------------- a paragraph told in the first person
# S16-P5 (after-measure on a mathematics book): an anecdote told sentence by sentence, most without "I" ("the post
# also had a tiny library", "the duty was peacetime duty"): its sentences are the writer's story, no fact to teach.

_STORY = ("I served two winters at a small garrison in the hills. The garrison had a tiny library. "
          "The duty was quiet peacetime duty. One night my captain inspected the guard room.")


def test_a_paragraph_told_in_the_first_person_gives_no_statements():
    doc = load_nlp()(_STORY)
    second = list(doc.sents)[1]
    assert [f for f in raw_frame("The garrison had a tiny library.", "had")[:1]]  # the parser reads it alone
    assert not writer_speaks(_sent("The garrison had a tiny library."))
    assert writer_speaks(second)  # inside the story it is the writer's
    assert triples(_STORY) == []


def test_kept_the_next_paragraph_after_a_story():
    text = _STORY + "\n\nA garrison library lends books to soldiers."
    assert ("garrison library", "lends", "books to soldiers") in triples(text)


def test_kept_one_quoted_i_and_a_life_told_in_the_third_person():
    quoted = ("The survey asked nurses about their shifts. One nurse said, “I work nights because my children sleep "
              "then.” Night shifts raise the risk of fatigue.")
    assert ("night shifts", "raise", "risk of fatigue") in triples(quoted)
    life = ("Curie grew up in Warsaw. She studied physics in Paris. Her research on radium won two Nobel prizes. "
            "Radium emits alpha particles.")
    assert ("Radium", "emits", "alpha particles") in triples(life)


def test_kept_one_hypothetical_i_of_a_worked_step():
    text = ("If I claim that A = [3 4 5; −1 1 0]T represents a kernel, then you may rescale each column of my A by a "
            "separate factor. Kernel vectors have no inherent scale.")
    assert ("Kernel vectors", "do not have", "inherent scale") in triples(text)


def test_kept_a_quotation_over_sentences_and_a_title_with_me():
    quoted = ("The reporter asked a farmer about the flood. “I was at home. My cellar filled with water in an hour.” "
              "Heavy rain causes floods.")
    assert ("heavy rain", "causes", "floods") in triples(quoted)
    title = ("The Me Too movement spread online in 2017. Me Too activists named their attackers. "
             "Heavy rain causes floods.")
    assert ("heavy rain", "causes", "floods") in triples(title)


# ----------------------------------------------------------------------------- the reader as an argument
# S16 after-measure on a mathematics book: "The interested reader can pursue Dirichlet elsewhere", "... is left to the
# charge of the concerned reader": a singular definite "the (adjective) reader" is the book's addressee, no fact.


def test_the_books_reader_as_an_argument_gives_no_statement():
    assert triples("The careful reader notices the symmetry of the matrix.") == []
    assert triples("The interested reader pursues the Dirichlet problem elsewhere.") == []
    assert triples("The geometric argument rewards the patient reader.") == []
    assert triples("The reader may verify the identity by direct substitution.") == []


def test_kept_readers_as_a_studied_group_and_a_device():
    assert ("older readers", "prefer", "printed newspapers") in triples("Older readers prefer printed newspapers.")
    assert ("skilled reader", "recognizes", "words") in triples("A skilled reader recognizes words quickly.")
    assert ("card reader", "scans", "badge") in triples("The card reader scans the badge.")


# ----------------------------------------------------------------------------- examples of what?
# S16 after-measure on a mathematics book: "prominent examples | include | gamma function" -- examples of what the
# paragraph before named; the learner cannot tell.


def test_examples_without_their_class_give_no_statement():
    assert triples("Prominent examples include the gamma function and the beta function.") == []
    assert triples("Familiar instances include the sine and the cosine.") == []


def test_kept_examples_of_a_named_class_and_cases_of_a_disease():
    assert ("examples of special functions", "include", "gamma function") in triples(
        "Examples of special functions include the gamma function.")
    assert ("severe cases", "require", "surgery") in triples("Severe cases require surgery.")


def test_an_inverted_or_coordinated_i_is_the_writer_speaking():
    """"said I", "Never have I seen" (the verb before "I") and "you and I are" (a plural verb agrees with the
    coordination) were missed: the check asked only for an agreeing verb after "I"."""
    assert writer_speaks(_sent("“Prices will fall,” said I, and the class laughed at the forecast."))
    assert writer_speaks(_sent("Never have I seen a town meeting so crowded."))
    assert writer_speaks(_sent("You and I are both members of the same society."))
    assert writer_speaks(_sent("My brother and I were raised in a small town."))


def test_kept_a_numeral_i_in_a_coordination_or_after_a_verb():
    assert not writer_speaks(_sent("Types II and I are the most common forms of the disease."))
    assert not writer_speaks(_sent("Classes I and II were defined by the committee."))
    assert not writer_speaks(_sent("The matrix equals I when the angle is zero."))


def test_kept_a_numeral_i_after_a_numeral_under_a_possessive():
    """Review R1: "Our categories III and I are" read as "you and I are" (a noun with a possessive before "and"); the
    numeral before "and" says the "I" is one too."""
    assert not writer_speaks(_sent("Our categories III and I are broad enough for most cases."))
    assert not writer_speaks(_sent("His regions IV and I are large."))
    assert writer_speaks(_sent("My brother and I were raised in a small town."))
