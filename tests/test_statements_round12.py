"""Statement classes independent audit round 10 rejected (chapters nobody developed on): each test an invented
general-English sentence of the construction, the wrong reading refused and a right sibling kept.  (The possessive-cut test was deleted in review R13 #9: the
parser reads every invented sentence tried whole, so it never exercised remainders.possessive_cut.)

Classes: an object cut before what carries its meaning (an infinitive, a possessive, a post-posed adjective, an
owner pronoun of another clause, a manner or relation phrase, an object that repeats the subject's noun); a limiting
adverb (kept in the predicate); "must A or B"; a subordinate clause that swallowed the main subject; a reporting
verb's relative clause inside a subject; a ", which" clause on what a verb lowers; a time phrase left out; a fronted
field adverb; a superlative without its set; a particle that leans on the paragraph ("The guests also ...").
"""

from __future__ import annotations

from tests.statements_util import triples


def objects(text: str) -> set[str]:
    return {o for _, _, o in triples(text)}


# ----------------------------------------------------------------------------- objects cut before their meaning


def test_object_cut_before_its_infinitive_gives_no_frame():
    assert "measure of tendency of child" not in objects(
        "Curiosity is a measure of the tendency of a child to explore new places (or new people) alone.")
    assert not any(o.startswith("right to decide") for o in objects(
        "The council keeps the right to decide, through its own committees, whether these plans meet the rules."))


def test_object_with_its_infinitive_whole_is_kept():
    got = triples("Freedom is the ability of a person to choose a career without interference from others.")
    assert any(o.startswith("ability of a person to choose") for _, _, o in got)


def test_owner_pronoun_of_another_clause_gives_no_frame():
    got = triples("Usually, stage hands work quietly in the dark, but public events may raise their profile.")
    assert not any(p == "may raise" for _, p, _ in got)
    assert ("public events", "may raise", "ticket prices") in triples("Public events may raise ticket prices.")


def test_postposed_adjective_phrase_left_out_gives_no_frame():
    assert ("dust particles", "consist of", "tiny clumps of grains") not in triples(
        "The dust particles consist of tiny clumps of grains large enough to make the air cloudy.")
    assert ("dust particles", "consist of", "tiny clumps of grains") in triples(
        "The dust particles consist of tiny clumps of grains.")


def test_object_repeating_the_subject_noun_gives_no_frame():
    assert ("oil drops", "attract", "drops") not in triples("Oil drops attract drops with a similar charge.")
    assert ("oil drops", "attract", "dust with a similar charge") in triples("Oil drops attract dust with a similar charge.")


def test_manner_or_relation_phrase_left_out_gives_no_frame():
    assert triples("The public has responded to the new tax in a way that is quite different from the response to "
                   "the old one.") == []
    assert not any(p == "have grown in" for _, p, _ in triples(
        "Local mayors have grown in influence in relation to their councils."))


# ----------------------------------------------------------------------------- limits and alternatives


def test_limiting_adverb_stays_in_the_predicate():
    got = triples("Sugar dissolves only slightly in cold oil.")
    assert ("sugar", "dissolves in", "cold oil") not in got
    assert ("sugar", "dissolves only slightly in", "cold oil") in got


def test_must_a_or_b_gives_no_frame():
    got = triples("The driver must add oil to the engine or risk a costly repair.")
    assert not any(p in ("must risk", "must add") for _, p, _ in got)
    assert ("driver", "must add", "oil to the engine") in triples("The driver must add oil to the engine.")
    # two verbs sharing one object are no alternative of two acts
    assert ("legislature", "can block", "vote on a bill") in triples("The legislature can delay or block a vote on a bill.")


def test_subordinate_clause_swallowing_the_main_subject_gives_no_frame():
    got = triples("Since vinegar is a weak acid, dilute solutions of vinegar and lemon juice are sour.")
    assert not any(s == "vinegar" and "solutions" in o for s, _, o in got)
    assert ("vinegar", "is", "weak acid") in triples("Vinegar is a weak acid.")


def test_reporting_verb_inside_a_subject_gives_no_frame():
    got = triples("The exception to this rule is the power of mayors, which can include the power of appointment, or "
                  "the power to cancel contracts or permits that the council determines violate the laws of the city.")
    assert not any(p == "violate" for _, p, _ in got)
    assert ("power of mayors", "can include", "power of appointment") in triples(
        "The power of mayors can include the power of appointment.")


def test_which_clause_on_what_a_verb_lowers_gives_no_frame():
    got = triples("The new filters block the flow of dust and pollen, which improves sleep and prevents allergies.")
    assert not any(s.startswith("flow of") for s, _, _ in got)
    got = triples("The new filters trap the dust and pollen, which would otherwise cause allergies.")
    assert ("new filters", "trap", "dust") in got  # a noun a verb does not lower keeps its frame


# ----------------------------------------------------------------------------- scope the frame leaves out


def test_time_phrase_after_the_frame_gives_no_frame():
    assert triples("The voice usually deepens in pitch during adolescence.") == []
    assert triples("Cut apples always turn brown after exposure to air.") == []
    assert ("voice", "deepens with", "age") in triples("The voice deepens with age.")


def test_fronted_field_adverb_gives_no_frame():
    assert triples("Historically, the most common fuel was wood.") == []
    assert ("most common fuel", "was", "wood") in triples("The most common fuel was wood.")


def test_superlative_without_its_set_under_a_fronted_scope_gives_no_frame():
    assert not any("fastest growth" in o for o in objects("At high altitude, pine shows the fastest growth."))
    assert ("Pine", "shows", "fastest growth of all trees in valley") in triples(
        "Pine shows the fastest growth of all trees in the valley.")


def test_particle_leaning_on_the_paragraph_gives_no_frame():
    assert triples("The guests also elect a chair.") == []
    assert triples("The women, however, do not share the same view of the matter.") == []
    assert triples("Children even wrote the letters and the poems.") == []
    assert triples("The roots of the old trees also reach the river.") != []
