"""Round 11: cascade links of social-science prose read right from the parse (proda/ingest/extract/chain_cascades.py),
each on a real paragraph of a non-held-out chapter with a negative sibling that must not give a chain."""

from __future__ import annotations

import pytest

from proda.models import Chunk
from tests.chains_util import chains_of

pytest.importorskip("spacy")

# OpenStax Introduction to Political Science, 10.5 What Are the Purpose and Function of Bureaucracies?
RULEMAKING = ("In the United States, the process is fairly straightforward and systematized. Once the president signs "
              "legislation into law, that law is assigned to an administrative agency. Agencies then propose rules "
              "providing specificity to the legislation.")
# 13.1 Contemporary Government Regimes: Power, Legitimacy, and Authority
LEGITIMACY = ("Clear lines of government authority, especially in the context of the state’s criminal law, tend to make "
              "people less fearful of the state, allowing the state more easily to call upon the people for support and "
              "thus enhancing the state’s legitimacy.")
# OpenStax Introduction to Sociology 3e, 21.2 Social Movements
PARKS = ("Her arrest triggered a public outcry that led to the famous Montgomery bus boycott, turning the movement into "
         "what we now think of as the \"civil rights movement\" (Schmitz 2014).")


def test_a_main_clause_whose_subject_is_that_noun_follows_its_when_clause(nlp):
    """Before: "that law" counted as a bare demonstrative, so "Once X, that law is assigned" was one step and the
    rulemaking process (signs -> assigned -> agencies then propose) had no chain."""
    chains = chains_of(nlp, RULEMAKING)
    assert len(chains) == 1
    assert [s.split()[:2] for s in chains[0].steps] == [["the", "president"], ["that", "law"], ["Agencies", "then"]]
    ev = chains[0].events
    assert (ev[0].predicate, ev[2].predicate) == ("signs", "propose")


def test_a_pronoun_main_clause_still_does_not_follow(nlp):
    """Negative sibling: "it is assigned" does not say what is assigned; no chain."""
    assert chains_of(nlp, RULEMAKING.replace("that law is assigned", "it is assigned")) == []


def test_and_thus_makes_a_participle_the_next_step(nlp):
    """Before: "and thus enhancing the state's legitimacy" stayed inside the step before (two steps, no chain)."""
    chains = chains_of(nlp, LEGITIMACY)
    assert len(chains) == 1
    steps = chains[0].steps
    assert len(steps) == 3 and steps[1].startswith("allowing the state") and "legitimacy" in steps[2]
    assert chains[0].events[2].object == "the state’s legitimacy"


def test_a_bare_and_joins_parallel_effects(nlp):
    """Negative sibling: "allowing X and enhancing Y" are two effects of one cause, not a sequence."""
    assert chains_of(nlp, LEGITIMACY.replace("and thus enhancing", "and enhancing")) == []


def test_a_restrictive_relative_on_what_a_causal_verb_brought_about_opens_a_step(nlp):
    """Before: "a public outcry that led to the ... boycott" was no step boundary (no comma before "that").  The
    chain itself stops at the quoted "civil rights movement" (a view), so the split is what is checked."""
    from proda.ingest.extract.chain_cascades import _inner_splits
    from proda.ingest.extract.chain_rules import blocks, sentences

    doc = nlp(PARKS)
    s = sentences(doc, blocks(doc.text))[0]
    assert [doc[k].lower_ for k in _inner_splits(s)] == ["that", "turning"]


def test_a_restrictive_relative_on_a_noun_nothing_brought_about_is_no_step(nlp):
    """Negative sibling: "joined a group that led to ..." names the group; "joined" caused nothing."""
    from proda.ingest.extract.chain_cascades import _inner_splits
    from proda.ingest.extract.chain_rules import blocks, sentences

    doc = nlp(PARKS.replace("Her arrest triggered a public outcry", "Her sister joined a public group"))
    s = sentences(doc, blocks(doc.text))[0]
    assert "that" not in [doc[k].lower_ for k in _inner_splits(s)]


# OpenStax Chemistry 2e, 18.3 Structure and General Properties of the Metalloids
ANTIMONY = ("Antimony reacts readily with stoichiometric amounts of fluorine, chlorine, bromine, or iodine, yielding "
            "trihalides or, with excess fluorine or chlorine, forming the pentahalides SbF5 and SbCl5.")


# 18.4 Occurrence, Preparation, and Properties of Carbonates
DOUGH = ("Dough will trap the carbon dioxide, causing it to expand during baking, producing the characteristic texture "
         "of baked goods.")


def test_alternative_outcomes_joined_by_or_are_no_sequence(nlp):
    """Before: a chain "reacts -> yielding trihalides -> forming the pentahalides", which are two alternative products
    (with excess halogen), not one after the other (read back on chemistry 18.3, round 11)."""
    assert chains_of(nlp, ANTIMONY) == []


def test_participles_without_an_alternative_still_chain(nlp):
    """Positive sibling of the same shape (18.4 Carbonates): comma participles with no "or" between them stay a
    three-step cascade."""
    chains = chains_of(nlp, DOUGH)
    assert len(chains) == 1 and [s.split()[0] for s in chains[0].steps] == ["Dough", "causing", "producing"]


# Introduction to Sociology 3e, 20.3 The Environment and Society
THROWAWAY = "People in the United States buy products, use them, and then throw them away."
# Chemistry 2e, 7.5 Quantitative Chemical Analysis
PRECIPITATE = "The precipitate is typically isolated from the reaction mixture by filtration, carefully dried, and then weighed."


def test_three_verbs_with_and_then_on_the_last_are_a_sequence(nlp):
    """Before: no chain; "A, B, and then C" orders its verbs (chain_series.py).  THROWAWAY was a second example until
    audit round 10 judged its steps ("use them", "then throw them away") pieces of one habitual sentence: it is no
    chain now (tests/test_chains_round12.py)."""
    assert chains_of(nlp, THROWAWAY) == []
    for text, first in ((PRECIPITATE, "The precipitate is typically isolated from the reaction mixture by filtration"),):
        chains = chains_of(nlp, text)
        assert len(chains) == 1 and chains[0].kind == "sequence"
        steps = chains[0].steps
        assert len(steps) == 3 and steps[0] == first and steps[2].startswith("then")
        assert not any(s.endswith(("and", ",")) for s in steps)


def test_a_bare_and_lists_verbs_without_an_order(nlp):
    """Negative siblings: without "then" the verbs are a list; with "or" they are alternatives."""
    assert chains_of(nlp, THROWAWAY.replace("and then throw", "and throw")) == []
    assert chains_of(nlp, PRECIPITATE.replace(", and then weighed", ", or then weighed")) == []


# Introduction to Political Science, 2.3 Why Do Humans Make the Political Choices That They Do?
RATIONAL = ("One might think that a rational voter would study the candidates, compare them against each other, and then "
            "vote for the one most likely to maximize that voter’s happiness (or welfare or satisfaction).")


def test_a_series_inside_a_view_is_no_chain(nlp):
    """Before: a chain "study the candidates -> compare them -> then vote", the model the book goes on to reject; the
    holder ("One might think that") was lost.  Its sibling stated by the text itself keeps the chain (without "would":
    a hypothetical is no sequence either, tests/test_chain_review11.py)."""
    assert chains_of(nlp, RATIONAL) == []
    own = chains_of(nlp, "Rational voters study the candidates, compare them against each other, and then vote "
                         "for the one most likely to maximize their happiness.")
    assert len(own) == 1 and len(own[0].steps) == 3


# Introduction to Political Science, 5.3 How Do Individuals Participate Other Than Voting? (a feature box)
CAREER = ("I began volunteering on campaigns as a freshman, ran for office my sophomore year, ran another campaign junior "
          "year, and then joined the dark side as a senior, when I became executive editor of the campus newspaper.")


def test_a_series_whose_actor_is_a_pronoun_is_no_chain(nlp):
    """Before: a chain of four steps whose actor is "I"; as in a cascade's first step, who acts must be named."""
    assert chains_of(nlp, CAREER) == []


GRAVIMETRIC = ("0.2648 M\n\nGravimetric Analysis\n\nAlso common are gravimetric techniques in which the analyte is subjected "
               "to a precipitation reaction of the sort described earlier in this chapter. " + PRECIPITATE)


def test_a_heading_inside_the_chunk_names_the_chain_below_it(nlp):
    """Before: the gravimetric procedure was named after "Titration", the section the chunk began in (its heading
    path), though the chunk's text puts it under "Gravimetric Analysis".  Without that heading the path still names it."""
    from proda.ingest.extract.chains import find_chains

    def name(text):
        at = text.find("Gravimetric Analysis\n")  # the reader marks it a heading (chunk.headings)
        chunk = Chunk(ord=0, text=text, start=0, end=len(text),
                      heading_path=["Quantitative Chemical Analysis", "Titration", "Answer:"],
                      headings=[(at, ["Quantitative Chemical Analysis", "Gravimetric Analysis"])] if at >= 0 else [])
        chains = find_chains(nlp(text), chunk)[0]
        assert len(chains) == 1
        return chains[0].name

    assert "Gravimetric Analysis" in name(GRAVIMETRIC) and "Titration" not in name(GRAVIMETRIC)
    assert "Titration" in name(GRAVIMETRIC.replace("Gravimetric Analysis\n\n", ""))


MYOGENIC = ("When blood flow is low, the vessel’s smooth muscle will be only minimally stretched. In response, it relaxes, "
            "allowing the vessel to dilate and thereby increase the movement of blood into the tissue. When blood flow is "
            "too high, the smooth muscle will contract in response to the increased stretch, prompting vasoconstriction "
            "that reduces blood flow.")


def test_prompting_links_a_cascade_as_causing_does(nlp):
    """Before: no chain from the last sentence ("prompt", like "set off", was in no causal family of the lexicon);
    read back on anatomy 20 with the statement it teaches."""
    chains = chains_of(nlp, MYOGENIC)
    assert [c.steps for c in chains if c.steps[0].startswith("When blood flow is too high")] == [[
        "When blood flow is too high, the smooth muscle will contract in response to the increased stretch",
        "prompting vasoconstriction", "that reduces blood flow."]]
    from proda.lexicon import family_of

    assert family_of("set_off") == family_of("prompt") == family_of("spark") == "cause"
