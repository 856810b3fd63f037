"""Concepts audit rounds 7-8, social-science prose (docs/audits/independent-2026-11-29/round7|round8/*-concepts.csv):
a sentence that names or glosses a term without saying, by itself, what it is — the thing named is in another
sentence ("Their efforts ..."), the gloss only restates or follows an insertion, the genus is one named country's
status, the sentence tells the word's history — each beside a sentence of the same shape that still defines."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from proda.ingest.extract.terms import glued, is_term  # noqa: E402
from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    # political science 07: "their" points back to the previous sentence's activists
    ("Their efforts are referred to as voter suppression.", "voter suppression"),
    # political science 07: a prize told as a recognition of someone's work
    ("The Prize was a recognition of their work from outside the government to persuade governments to enact change "
     "and protect the civil rights and dignity of women.", "prize"),
    # sociology 15: the word's history, its sociological sense follows in the next sentence
    ("The term ecclesia, originally referring to a political assembly of citizens in ancient Athens, Greece, now "
     "refers to a congregation.", "ecclesia"),
    # political science 12: "a picture ..." is the subject of "there is", after the insertion ", underlying the news,"
    ("This in turn makes it possible to suggest that there is, underlying the news, a picture of nation and society "
     "as it ought to be.", "news"),
    # political science 12: an effect and a remark on it
    ("Concentration of ownership has resulted in homogeneous content, a move away from both local and international "
     "news to more entertainment and national news.", "homogeneous content"),
    # political science 02: a second name between dashes
    ("The wise military strategist will adopt the strategies believed to increase the probability—the "
     "predictability—that the soldier will remain faithful to their side.", "probability"),
    # political science 04: one country's legal status
    ("Anglicanism, as represented by the Church of England, is the official religion of England.", "anglicanism"),
])
def test_a_sentence_that_does_not_say_what_the_term_is_defines_nothing(nlp, sentence, name):
    assert name not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("The number of eligible voters who cast a ballot in an election is referred to as voter turnout.",
     "voter turnout"),
    ("Parole refers to a temporary release from prison or jail that requires supervision and the consent of "
     "officials.", "parole"),
    # a gloss says what the term is whatever its sentence's pronouns point at (round 6 accepted both)
    ("If the grand jury decides there is probable cause, they issue an indictment, the formal charge for the crime.",
     "indictment"),
    ("It may be their first encounter with grief, a psychological, emotional, and social response to the feelings of "
     "loss that accompanies death or a similar event.", "grief"),
    ("Many scholars credit Robert Jackman with the reasons for higher turnout, including unicameralism (a government "
     "with a single legislative body) and compulsory voting.", "unicameralism"),
    ("Demography is the study of population.", "demography"),
])
def test_a_sentence_of_the_same_shape_that_says_what_it_is_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)


def test_a_quotation_run_into_its_citation_is_glued_text():
    assert glued("a picture of nation and society as it ought to be.”Herbert")
    assert not glued("a picture of nation and society as it ought to be.” Herbert Gans wrote this.")


@pytest.mark.parametrize("name", ["transnational nature of religion", "sociological theory today"])
def test_a_heading_topic_is_no_term(name):
    assert not is_term(name)


@pytest.mark.parametrize("name", ["social construction of health", "sociological theory", "natural selection",
                                  "rule of law", "cross-sectional study"])
def test_a_heading_term_stays_a_term(name):
    assert is_term(name)


@pytest.mark.parametrize("sentence, name, defines", [
    # read-back, sociology ch. 12 (no audit sheet): what one may be called is an example, not a definition
    ("For example, a girl who wishes to take karate class instead of dance lessons may be called a “tomboy” and face "
     "difficulty gaining acceptance from both male and female peer groups (Ready 2001).", "tomboy", False),
    ("A girl who prefers rough play is often called a tomboy.", "tomboy", True),
])
def test_what_one_may_be_called_is_no_definition(nlp, sentence, name, defines):
    assert (name in defined(sentence, nlp)) is defines


@pytest.mark.parametrize("sentence, name, defines", [
    # read-back, sociology ch. 12: X inside an insertion (", without binary gender,"): the "or" after it is the next
    # alternative, not a gloss of X (the chunk's parse found the gloss; the stored check reads the sentence alone)
    ("But if a child consistently describes themself as a gender (or as both genders, without binary gender, or "
     "another expression of their gender) and/or expresses themself as that gender over a long period of time, their "
     "feelings cannot be attributed to going through a \"phase\" (Mayo Clinic 2021).", "binary gender", False),
    ("Durkheim also believed that social integration, or the strength of ties that people have to their social "
     "groups, was a key factor in social life.", "social integration", True),
])
def test_an_insertion_then_or_glosses_nothing(sentence, name, defines):
    from proda.ingest.termhood import valid_definitions
    from proda.models import ConceptDraft

    kept = valid_definitions([ConceptDraft(name=name, definition=sentence, how="gloss")])
    assert bool(kept[0].definition) is defines


def test_a_proper_name_spells_its_short_form_so_its_cut_tail_is_no_abbreviation(nlp):
    from proda.ingest.extract.terms import abbreviations

    def abbr(s):
        return abbreviations(list(nlp(s).sents)[0])
    assert abbr("Reports from the United Nations, Human Rights Watch, and the International Lesbian, Gay, Trans, and "
                "Intersex Association (ILGA) indicate that many countries impose penalties.") == []
    assert abbr("The American Psychological Association (APA) publishes a manual.") == \
        [("American Psychological Association", "APA")]
    assert abbr("The pituitary releases adrenocorticotropic hormone (ACTH) into the blood.") == \
        [("adrenocorticotropic hormone", "ACTH")]


@pytest.mark.parametrize("sentence, name", [
    # prose recall, anatomy 03 / 09: "of DNA" names no place; "their" points ahead, to the subject "the bones"
    ("DNA replication is the copying of DNA that occurs before cell division can take place.", "dna replication"),
    ("Outside of their articulating surfaces, the bones are connected together by ligaments, which are strong bands "
     "of fibrous connective tissue.", "ligaments"),
])
def test_a_genus_of_a_thing_or_a_pronoun_pointing_ahead_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name, defines", [
    # read-back, sociology ch. 21: "like this" points at the previous sentence
    ("Spontaneous gatherings like this are called flash mobs.", "flash mobs", False),
    ("Spontaneous gatherings organized over social media are called flash mobs.", "flash mobs", True),
])
def test_a_naming_that_points_back_defines_nothing(nlp, sentence, name, defines):
    assert (name in defined(sentence, nlp)) is defines


def test_a_hyphenated_word_of_a_proper_name_gives_one_letter_of_its_short_form(nlp):
    from proda.ingest.extract.terms import abbreviations

    sent = list(nlp("Activists founded the Student Non-Violent Coordinating Committee (SNCC) in 1960.").sents)[0]
    assert abbreviations(sent) == [("Student Non-Violent Coordinating Committee", "SNCC")]


@pytest.mark.parametrize("sentence, name, defines", [
    # read-back, political science ch. 13: "the standard" is the previous sentence's
    ("More recently, the standard is referred to most often as fundamental human rights.",
     "fundamental human rights", False),
    ("The standard set by the courts for such claims is referred to as strict scrutiny.", "strict scrutiny", True),
])
def test_a_naming_of_a_bare_definite_noun_points_back(nlp, sentence, name, defines):
    assert (name in defined(sentence, nlp)) is defines


@pytest.mark.parametrize("sentence, name", [
    # prose recall, political science 13 / chemistry 10: "of these" picks one of a list; "the hole" is this sentence's
    ("The first of these is what he calls traditional legitimacy, where the governing regime embraces traditional "
     "cultural myths and accepted folkways.", "traditional legitimacy"),
    ("The four anions surrounding this hole are arranged at the corners of a tetrahedron, so the hole is called a "
     "tetrahedral hole.", "tetrahedral hole"),
])
def test_a_pointer_bound_inside_the_sentence_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    # review 11, finding 4: the naming's subject points back ("such as these", "of these", "the rest of", "remaining")
    ("Spontaneous gatherings such as these are called flash mobs.", "flash mobs"),
    ("The second of these is what Weber calls charismatic authority.", "charismatic authority"),
    ("The rest of the process is called glycolysis.", "glycolysis"),
    ("The remaining process is called glycolysis.", "glycolysis"),
    ("The remainder of the reaction is known as the termination step.", "termination step"),
])
def test_a_naming_whose_subject_points_back_defines_nothing(nlp, sentence, name):
    assert name not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    # the subject's own clause picks the thing out ("People who ...") or the end of a part is told ("The end of ...")
    ("People who leave a country to live elsewhere are called emigrants.", "emigrants"),
    ("The protective cap at the end of a chromosome is called a telomere.", "telomere"),
    ("The study of the mind is called psychology.", "psychology"),
])
def test_a_naming_whose_subject_is_its_own_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)
