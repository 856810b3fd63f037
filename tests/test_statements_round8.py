"""Class claims ("X is a Y that ..."): a term of the text said to be a kind of thing, kept although the class noun
occurs once (effects.class_claim).

Sentences from political science 03 (a chapter no audit sheet covers): each gave no statement before, because the
class noun ("economic arrangement", "ideological vision") is not repeated in its chunk; the refused ones are the
readings the rule must not let through (cut restriction, past tense, hedged, bare class).
"""

from __future__ import annotations

from proda.ingest.extract.offline import OfflineExtractor
from proda.models import Chunk


def run(text: str, heading: str):
    c = Chunk(id="chk_c", doc_id="doc_c", ord=0, text=text, start=0, end=len(text), heading_path=[heading])
    return OfflineExtractor().extract(c, "test").statements


def classes(text: str, heading: str) -> dict[str, str]:
    return {s.subject.lower(): s.object for s in run(text, heading) if s.rule == "class_copula"}


def test_class_claim_keeps_the_class_with_its_restriction():
    got = classes("Capitalism is an economic arrangement based on private property and the freedom to invest one’s "
                  "wealth or talent in pursuit of profit.", "Capitalism")
    assert got == {"capitalism": "economic arrangement based on private property and the freedom to invest one’s "
                                 "wealth or talent in pursuit of profit"}
    got = classes("Libertarianism is an ideological vision that promotes limiting government to enhance personal "
                  "freedom.", "Libertarianism")
    assert got == {"libertarianism": "ideological vision that promotes limiting government to enhance personal freedom"}


def test_class_claim_refuses_cut_past_hedged_and_bare_classes():
    assert classes("The New Left is a somewhat vague amalgam of movements on the left of the political spectrum, "
                   "united in the belief that the center left is insufficiently progressive.", "The New Left") == {}
    assert classes("Capitalism was an economic arrangement based on private property.", "Capitalism") == {}
    assert classes("Capitalism is often an economic arrangement based on private property.", "Capitalism") == {}
    assert classes("Capitalism is an arrangement.", "Capitalism") == {}
    assert classes("Capitalism is that arrangement based on private property.", "Capitalism") == {}


def test_class_claim_refuses_placeholder_subjects_and_no_class():
    # sociology 08: "it is no surprise that ..." was read as a class of "United States"; "is no secret" is no class
    text = ("With so many people using social media both in the United States and abroad, it is no surprise that "
            "social media is a powerful force for social change or political expression.")
    assert classes(text, "Social media in the United States") == {}
    assert classes("The gender gap in tech-related fields (science, technology, engineering, and math) is no secret.",
                   "The gender gap in tech-related fields") == {}


# ----------------------------------------------------------------------------- "tend to" (frames, predicates)


def tendencies(text: str) -> list[tuple[str, str, str]]:
    from proda.ingest.extract.claims import sentence_frames
    from proda.ingest.extract.nlp import load_nlp

    return [(f.subject, f.predicate, f.object) for f, _ in sentence_frames(list(load_nlp()(text).sents)[0])]


def test_tendency_gives_the_infinitive_frame_with_tend_in_the_predicate():
    # political science 16: no frame came out of "tend to favor" (an infinitive under "tend" was never read)
    assert tendencies("As a result, people who work in export industries tend to favor free trade policies.") == [
        ("people who work in export industries", "tend to favor", "free trade policies")]
    # the coordinated verb parsed onto "tend" kept its claim but lost the tendency ("... | decrease | size of ...")
    got = tendencies("Right/liberal majority governments tend to cut welfare expenses, spend less, and thus "
                     "decrease the size of the government.")
    assert ("right/liberal majority governments", "tend to decrease", "size of government") in got
    assert all(p.startswith("tend to") for _, p, _ in got)


def test_limited_tendencies_give_no_frame():
    for text in ("Older voters do not tend to support conservative parties.",
                 "Older voters may tend to support conservative parties.",
                 "If older voters tend to support conservative parties, taxes fall.",
                 "Conservative parties tend to be supported by older voters."):
        assert tendencies(text) == [], text


def test_a_part_graded_by_importance_keeps_its_statement():
    # sociology 04: "a critical component of" gave no frame (any modifier of "component" was refused)
    assert tendencies("Impression management is a critical component of symbolic interactionism.") == [
        ("impression management", "is a critical component of", "symbolic interactionism")]
    for text in ("Monogamy is the predominant form of marriage.", "Slavery was not the only form of forced labor.",
                 "Socialization is the most important part of human development."):
        assert tendencies(text) == [], text


def test_a_complex_preposition_is_no_object():
    # sociology 04: "society | exists in | terms of class conflict" came out ("in terms of" read as "in" + object)
    assert tendencies("For Karl Marx, society exists in terms of class conflict.") == []
    assert tendencies("Society exists in a state of class conflict.") != []


def test_a_condition_hung_on_a_word_other_than_a_subordinator_limits_the_claim(claims):
    """Audit round 8 (chemistry 16): "As long as the paint remains intact, the iron is protected from corrosion" was
    stored as "iron | is_protected_from | corrosion": the parser hangs "as long as" on the adverb "long" and
    "provided that" on a preposition, so the condition check did not see them."""
    def has(text):
        return any(s.lower().endswith("iron") and o.lower() == "corrosion" for s, _, o in claims(text))

    for text in ("As long as the paint remains intact, the iron is protected from corrosion.",
                 "So long as the paint remains intact, the iron is protected from corrosion.",
                 "The iron is protected from corrosion as long as the paint remains intact.",
                 "Provided that the paint remains intact, the iron is protected from corrosion.",
                 "The iron is protected from corrosion provided that the paint remains intact."):
        assert not has(text), text
    assert has("The painted iron is protected from corrosion.")


def test_a_fronted_system_named_by_a_bare_term_is_carried(claims):
    """Audit round 8 (sociology 18): "Under capitalism, prices and wages are set by ..." was taught without the
    system, as a general claim: a bare singular noun after "under/in" was read as an idiom ("under pressure").  Only
    an everyday noun makes one; a rarer one names the system the claim holds in."""
    got = claims("Under socialism, the state owns the means of production.")
    assert got and all(s.endswith("under socialism") for s, _, _ in got)
    assert all("under" not in s for s, _, _ in claims("Under pressure, the gland releases more cortisol."))
    assert all("in practice" not in s for s, _, _ in claims("In practice, the president appoints the judges."))
