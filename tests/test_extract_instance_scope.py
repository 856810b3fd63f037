"""A definite "the government" / "the parliament" whose referent only the heading or the paragraph names
(proda.ingest.extract.instance_scope; audit round 19).  Invented sentences about invented countries."""

from __future__ import annotations

import pytest

from proda.ingest.extract.claims import sentence_frames
from proda.ingest.extract.instance_scope import heading_names, instance_left_out
from proda.ingest.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("en_core_web_sm")


def _fires(nlp, text: str, heading: str, subject: str, context: str = "") -> bool:
    """Whether the frame of the last sentence of ``text`` whose subject starts with ``subject`` is refused."""
    doc = nlp(text)
    sent = list(doc.sents)[-1]
    frs = [fr for fr, _ in sentence_frames(sent) if fr.subject.lower().startswith(subject)]
    assert frs, [fr.subject for fr, _ in sentence_frames(sent)]
    return any(instance_left_out(fr, sent, heading, context or text) for fr in frs)


_CTX = ("Ruritania lies between two mountain ranges. Elections in Ruritania are rare, and the people of "
        "Ruritania speak two languages.")


def test_the_government_under_a_heading_naming_one_country_is_refused(nlp):
    text = "Under this arrangement, the government controls every newspaper in the provinces."
    assert _fires(nlp, text, "Ruritania: A Case of Military Rule", "government", _CTX + "\n\n" + text)


def test_the_same_sentence_under_a_heading_naming_a_kind_stays(nlp):
    text = "Under this arrangement, the government controls every newspaper in the provinces."
    assert not _fires(nlp, text, "Military Rule and the Press", "government", _CTX + "\n\n" + text)


def test_members_of_the_parliament_after_a_paragraph_naming_the_country_are_refused(nlp):
    text = ("Ruritania adopted a new charter in 1990. Since then, members of the parliament are elected in open "
            "contests.")
    assert _fires(nlp, text, "Recent Reforms", "members", _CTX + "\n" + text)


def test_a_subject_that_names_the_country_stays(nlp):
    text = "Ruritania adopted a new charter in 1990. The parliament of Ruritania is elected in open contests."
    assert not _fires(nlp, text, "Recent Reforms", "parliament")


def test_a_fronted_place_carried_into_the_subject_stays(nlp):
    text = "Ruritania adopted a new charter in 1990. In Ruritania, the parliament is elected in open contests."
    assert not _fires(nlp, text, "Recent Reforms", "parliament")


def test_a_generic_paragraph_without_a_name_stays(nlp):
    text = "In a unitary system, power sits at the centre. The government appoints the regional governors."
    assert not _fires(nlp, text, "Unitary Systems", "government")


def test_a_named_person_before_a_generic_organ_stays(nlp):
    # the rule keys on the kind of noun a named place has, not on "the": an organ after an anatomist's name
    text = "Halvard Brun described the valves in 1702. The heart pumps blood through two circuits."
    assert not _fires(nlp, text, "The Valves", "heart")


def test_heading_names_reads_the_documents_casing():
    ctx = "Many regimes in Ruritania and in North Islay hold elections; the case of each differs, for example."
    assert heading_names("The Case of Ruritania", ctx)
    assert heading_names("North Islay: An Example", ctx)
    assert not heading_names("The Case for Elections", ctx)
    assert not heading_names("An Example of Regimes", ctx)


def test_a_capitalised_adjective_in_the_subject_names_the_country(nlp):
    text = "Ruritania adopted a new charter in 1990. The Ruritanian parliament is elected in open contests."
    assert not _fires(nlp, text, "Recent Reforms", "ruritanian parliament", _CTX + "\n" + text)


def test_a_writer_named_before_is_no_place(nlp):
    # a name the prose never puts after "in" is a person, whose argument is about governments in general
    text = "Halvard Brun argued that rulers need consent. The government must therefore persuade the citizens."
    assert not _fires(nlp, text, "Consent", "government", _CTX + "\n" + text)


def test_a_heading_line_in_the_document_is_no_prose():
    ctx = ("The Executive in Parliamentary Regimes\n\nIn parliamentary regimes the legislature chooses the "
           "executive, and the executive answers to it. Most parliamentary regimes hold elections every few years.")
    assert not heading_names("The Executive in Parliamentary Regimes", ctx)


def test_a_reference_glued_to_the_paragraph_names_no_place(nlp):
    text = ("Mixed systems share power between two offices.Jan Kowal, Politics of Ruritania, 2nd ed. (Ostrava: "
            "Lipa Press, 2004), 12. The president must still work with the legislature.")
    assert not _fires(nlp, text, "Independence", "president", _CTX + "\n" + text)


def test_a_sentence_set_in_the_kind_stays_after_an_example(nlp):
    text = ("This is the case in Ruritania, where two offices share power. In mixed systems, the president's power "
            "does not rest on the legislature, but the president must still work with the legislature.")
    assert not _fires(nlp, text, "Independence", "president", _CTX + "\n" + text)


def test_a_chunk_opening_mid_paragraph_reads_the_paragraphs_start_from_the_document(nlp):
    # chunks overlap and may open inside a paragraph: its first sentences, which name the country, are in the
    # document's text only
    start = "Censorship in Ruritania is strict, and several newspapers were closed by decree last year. "
    chunk = "Even so, the country exerts strong control over the press."
    ctx = _CTX + "\n\n" + start + chunk
    assert _fires(nlp, chunk, "Online Speech", "country", ctx)
    generic = "Censorship is strict in many places, and several newspapers were closed by decree last year. "
    assert not _fires(nlp, chunk, "Online Speech", "country", _CTX + "\n\n" + generic + chunk)


# review R2 of d8eca43: a run of capitalised heading words is a name only if the prose never writes it in lower case;
# a title-case phrase of a reference or a chapter title ("... and Social Movements: An Overview") is no such use.

_REFS = ("Movements rise and fall over many years, and social movements need members, money and a shared aim.\n"
         "Holm, Anna, and Per Lind. 2001. “Framing Processes and Social Movements: An Overview of the Field.” "
         "Lund Review of Politics 4: 11–40.\n"
         "Counts come from the Bureau of Justice Statistics and are revised each year by the staff there.")


def test_a_title_case_phrase_of_a_reference_names_nothing():
    assert not heading_names("Social Movements", _REFS)
    assert not heading_names("Framing Processes", _REFS + " Framing processes differ.")


def test_a_name_the_prose_never_writes_in_lower_case_still_names():
    ctx = _REFS + "\nMany movements began in North Islay, where protests are common and the police are weak."
    assert heading_names("North Islay: A Case", ctx)
    # a name the prose writes after a capitalised word of the same name ("leader Halvard Brun")
    ctx += "\nThe protests were led by the young leader Halvard Brun, who was later exiled by the regime."
    assert heading_names("Radical Halvard Brun: Rebel", ctx)


def test_a_subject_set_in_a_kind_by_its_own_phrase_stays(nlp):
    text = ("Power in Ruritania is shared among twelve provinces. Generally, the central government in a federal "
            "system shares sovereignty with the provinces.")
    assert not _fires(nlp, text, "Federalism", "central government", _CTX + "\n" + text)
    # kept sibling: the subject's phrase points at one place, so the paragraph's country is still meant
    text2 = ("Power in Ruritania is shared among twelve provinces. Even so, the central government in the capital "
             "appoints every provincial judge.")
    assert _fires(nlp, text2, "Federalism", "central government", _CTX + "\n" + text2)


def test_a_month_is_no_place(nlp):
    # "in January": the prose puts a month after "in" too; a date names no polity
    text = "In January, officials met to discuss the plan. The government sets the rate that banks pay."
    assert not _fires(nlp, text, "Monetary Policy", "government", text)
    text2 = "In Ruritania, officials met to discuss the plan. The government sets the rate that banks pay."
    assert _fires(nlp, text2, "Monetary Policy", "government", text2)


def test_a_name_in_a_links_address_is_still_a_name():
    ctx = ("Many protests took place in Ruritania during the long strike of the miners there, as reported in the news."
           "\nVote counts (https://news.example.org/ruritania-votes/, accessed May 2, 2020) were disputed by many.")
    assert heading_names("Martial Law in Ruritania", ctx)
    assert not heading_names("Martial Law", ctx + "\nThe army imposed martial law for two years in the north.")
