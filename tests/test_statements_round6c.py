"""Statements audit round 6 rejected that the earlier rules still produced (docs/audits/independent-2026-11-29/
round6/*-statements.csv): a story's event, a small clause, a "which" about a whole clause, a verb read as a noun,
a list split by the parse, a word cut at its hyphen (:mod:`proda.ingest.extract.narrative`) — each with a sibling
sentence, judged right or plainly general, whose claim must still come out."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _has(got, subject: str, obj: str) -> bool:
    return any(s.lower().startswith(subject) and o.lower().startswith(obj) for s, _, o in got)


def test_a_past_event_anchored_in_its_story_gives_no_statement(claims):
    assert not _has(claims("Suddenly the stove erupted in flame."), "stove", "flame")
    assert not _has(claims("As recently as 2004, the American public opposed same-sex marriage by a 2-to-1 margin."),
                    "american public", "same-sex")
    assert not _has(claims("Following this decision, several states moved forward with voter identification laws "
                           "that had previously been banned by federal courts."), "several states", "voter")
    # dated events (judged right in rounds 6 and 4) still come out
    assert _has(claims("In 1997, Oregon instituted the Death with Dignity Act, which required the presence of two "
                       "physicians for a legal assisted suicide."), "oregon", "death with dignity")
    assert _has(claims("In 2021, Venezuela was a country in crisis."), "venezuela", "country in crisis")  # round 4


def test_a_small_clause_under_a_perception_verb_gives_no_statement(claims):
    assert not _has(claims("Click here to hear Thomson describe his discovery in his own voice."), "thomson", "discovery")
    assert _has(claims("Thomson described his discovery of the electron."), "thomson", "discovery")


def test_which_on_a_measured_complement_is_about_the_clause(claims):
    text = ("By 2050, nearly a third of the Chinese population will be age sixty or older, which will put a "
            "significant burden on the labor force and impact China’s economic growth.")
    assert not [c for c in claims(text) if c[0] == "age"], claims(text)
    # on a plain complement the relative clause is about that noun (round 2, judged right)
    assert _has(claims("Another significant ovarian hormone is progesterone, which contributes to regulation of the "
                       "menstrual cycle."), "progesterone", "regulation")


def test_a_verb_read_as_a_noun_gives_no_statement(claims):
    text = ("In a way, we can understand public opinion and its influence on policy as a chicken-and-egg "
            "relationship: the public alerts elected officials of their preferences.")
    assert not _has(claims(text), "public alerts", "officials"), claims(text)
    text = ("As the nasopharynx becomes the oropharynx, the epithelium changes from pseudostratified ciliated "
            "columnar epithelium to stratified squamous epithelium.")
    assert not _has(claims(text), "epithelium changes", ""), claims(text)
    assert _has(claims("Fuel-cell vehicles (FCV) run on hydrogen instead of gasoline."), "fuel-cell vehicles", "hydrogen")


def test_a_list_split_into_objects_gives_no_statement(claims):
    text = "A criminal case begins with an alleged crime, an arrest by the police, and a charge filed by a prosecutor."
    assert not _has(claims(text), "criminal case", "charge"), claims(text)
    assert not _has(claims(text), "criminal case", "arrest"), claims(text)



@pytest.mark.parametrize("text,split", [
    ("A criminal case begins with an alleged crime, an arrest by the police, and a charge filed by a prosecutor.", True),
    # review: a phrase set off by commas between the verb and its object, or fronted before the verb, is no list
    ("The kidneys filter, in a healthy adult, about 180 liters of plasma each day.", False),
    ("In many parts of the world, ideological flux defines political life, with contests between many ideologies.",
     False),
])
def test_a_list_split_is_a_prepositional_object_right_after_the_verb_then_objects(nlp, text, split):
    from proda.ingest.extract.narrative import list_continued

    assert any(list_continued(t) for t in nlp(text) if t.pos_ == "VERB") is split


def test_an_object_cut_at_its_hyphen_gives_no_statement(claims):
    text = ("Today, Andorra is a parliamentary co-principality between the president of France and the Roman "
            "Catholic bishop of Catalonia (Urgell).")
    assert not [c for c in claims(text) if c[2].endswith(" co")], claims(text)
    assert _has(claims("Andorra is a parliamentary democracy."), "andorra", "parliamentary democracy")


def test_a_hedge_on_the_auxiliary_or_preposition_is_not_lost(claims):
    text = ("The internal environment of a living cell is made up of a fluid, jelly-like substance called cytosol, "
            "which consists mainly of water, but also contains various dissolved ions.")
    assert not [c for c in claims(text) if c[2] == "water" and "mainly" not in c[1]], claims(text)
    text = ("In the United States, decisions to care for an elderly relative are often conditionally based on the "
            "promise of future returns, such as inheritance or assistance.")
    assert not [c for c in claims(text) if c[2].startswith("promise") and "often" not in c[1]], claims(text)
    text = ("Larger drops are more greatly affected by gravity, air resistance, surface interactions, and so on, and "
            "as a result, are less spherical.")
    assert not _has(claims(text), "air resistance", "larger drops"), claims(text)
    # a limiting adverb on the verb is no hedge (round 4, judged right)
    assert _has(claims("As described earlier, rate laws may be derived directly from the chemical equations for "
                       "elementary reactions."), "rate laws", "chemical equations")


def test_a_restricting_that_clause_left_off_the_object_gives_no_statement(claims):
    text = ("The respiratory zone includes the structures of the lung that are directly involved in gas exchange: "
            "the terminal bronchioles and alveoli.")
    assert not _has(claims(text), "respiratory zone", "structures of lung"), claims(text)
    text = "Similarly, the cell includes molecular messengers, such as cyclins, that push the cell forward in its cycle."
    assert not _has(claims(text), "cell", "molecular messengers"), claims(text)
    # a clause the object carries, or one on a noun inside another clause, is no cut (rounds 3-5, judged right)
    assert _has(claims("The proximal radioulnar joint is a pivot joint that allows for rotation of the radius during "
                       "pronation/supination of the forearm."), "proximal radioulnar joint", "pivot joint")
    assert _has(claims("The fertility number is generally lower than the fecundity number, which measures the potential "
                       "number of children that could be born to women of childbearing age."), "fertility number",
                "fecundity number")


def test_an_infinitive_under_an_adjective_gives_no_statement(claims):
    text = ("Americans are free to call, email, or write their elected representative with their concerns or to appeal "
            "for help, and this type of activity is considered political participation.")
    assert not _has(claims(text), "americans", "help"), claims(text)


def test_a_passive_subject_cut_from_its_restricting_phrase_gives_no_statement(claims):
    text = ("Attitudes toward the elderly have also been affected by large societal changes that have happened over "
            "the past 100 years.")
    assert not [c for c in claims(text) if c[2] == "attitudes"], claims(text)
    # a determined passive subject keeps its looser reading (scope.modifier_cut)
    assert _has(claims("The secretion of insulin is inhibited by somatostatin."), "somatostatin", "secretion")


def test_a_case_name_or_a_unit_is_not_cut(claims):
    text = "In June 2012, the U.S. Supreme Court ruled on Arizona vs. United States regarding SB 1070."
    assert not [c for c in claims(text) if c[2] == "Arizona"], claims(text)  # round 5
    got = claims("The SI unit for density is the kilogram per cubic meter (kg/m3).")  # round 6
    assert got and all(o == "kilogram per cubic meter" for _, _, o in got), got


def test_a_vignette_character_the_recogniser_misses_is_known_by_she_or_he():
    from proda.ingest.extract.people import first_name_only

    text = ("Elena had been out of college for two years and worked in the city procurement office; she took graduate "
            "classes in operations management, but she’d never been in charge.")  # round 6: the recogniser said ORG
    assert first_name_only("Elena", text, text)
    assert first_name_only("Elena", text, "Introduction\n\nElena and Cam met through friends. " + text)  # a heading
    # a scholar named in full elsewhere is no vignette character, whatever pronoun follows
    context = "The sociologist Émile Durkheim studied suicide. Durkheim argued that society shapes people. He wrote."
    assert not first_name_only("Durkheim", "Durkheim argued that society shapes people.", context)
    # review: "He" takes up the name nearer to it (Nixon), not the institution that opened the clause before
    congress = ("Congress passed the resolution over the veto of President Nixon. He had argued that it was void. "
                "Congress also controls the budget.")
    assert not first_name_only("Congress", "Congress also controls the budget.", congress)


def test_a_capitalised_word_opening_a_sentence_is_no_first_name_before_the_character():
    from proda.ingest.extract.people import first_name_only

    context = ("Bibi loved having them around. She sang songs of her youth. Pushing Bibi out of the way, Joli grabbed "
               "the pan. Joli screamed at her to stop, but Bibi had already thrown the water onto the oil.")  # round 6
    assert first_name_only("Bibi", "Joli screamed at her to stop, but Bibi had already thrown the water onto the oil.",
                           context)


def test_a_sentence_inside_a_quoted_passage_gives_no_statement(claims):
    text = ("“Whoever attentively considers the different departments of power must perceive that the judiciary will "
            "always be the least dangerous to the political rights of the Constitution. The Executive not only "
            "dispenses the honors, but also holds the sword of the community. The legislature not only commands the "
            "purse, but also prescribes the rules.”")  # Hamilton, quoted by the book (round 6)
    assert not [c for c in claims(text) if c[0] == "Executive"], claims(text)
    # the same sentence as the book's own prose still gives its statement
    assert [c for c in claims("The Executive not only dispenses the honors, but also holds the sword of the "
                              "community.") if c[0] == "Executive"]
    # review: a straight quote after a digit is an inch mark, no quotation that the next sentence lies in
    got = claims('The standard board is 12" wide. The kidneys filter the blood plasma.')
    assert _has(got, "kidneys", "blood plasma"), got
    assert not claims('The standard board is said to be "wide. The kidneys filter the blood plasma.')[1:]


def test_a_preposition_across_a_comma_and_other_phrases_is_no_complement(claims):
    text = ("Injury, poor health, and mental instability occur at a high rate in this group, with 80 percent meeting the "
            "criteria of one or more psychiatric disorders, such as depression, anxiety, or suicidal behavior, by age "
            "twenty-one.")  # round 6
    assert not [c for c in claims(text) if c[1] == "occur by"], claims(text)
    got = claims("The earth’s human population is growing quickly, especially in peripheral countries.")  # round 3
    assert _has(got, "earth’s human population", "peripheral countries"), got


@pytest.mark.parametrize("text,kept", [
    # audit round 7: one conjunct of a whole is a false claim; the parts together are the claim (wholes.py, S13-C2)
    ("The skeleton of the embryo consists of fibrous membranes and hyaline cartilage.",
     ["fibrous membranes and hyaline cartilage"]),
    ("Ionic compounds generally form from metals and nonmetals.", ["metals and nonmetals"]),
    # each factor of a list alone is true of "depends on" (accepted in round 5)
    ("Discrimination can be based on race, ethnicity, age, and religion.", ["race", "ethnicity", "age", "religion"]),
    # each conjunct alone is true of a secreting or containing subject; a single part stays
    ("The pancreas secretes insulin and glucagon.", ["insulin", "glucagon"]),
    ("The cell membrane consists of a lipid bilayer.", ["lipid bilayer"]),
])
def test_a_whole_named_by_its_parts_is_not_split_into_one_part_each(claims, text, kept):
    assert [o for _, _, o in claims(text)] == kept
