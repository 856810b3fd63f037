"""Chain names, independent audit round 23 (issue 11: a chain's name says which process): the chemistry chain's steps
were right but it was named by its box heading alone ("Wireless Communication"), which names an application, not
the double-slit process.  On invented general-English text (``chains._thing_ends``, ``chain_ends``):

- a cascade under a heading alone is named by its own ends beside the heading when they read as things: a first
  subject that is one everyday word ("water") is named with its event ("water passing through two nozzles"), an end
  loses a clause that modifies its noun ("two jets coming into contact" -> "two jets"), and a last end that is a
  clause gives way to the last step's own subject ("expertise"), never to an end of a middle step;
- kept siblings: a negated or auxiliary-led event names no first end; an end held back ("Sailing", round 21) and a
  procedure keep the heading (``test_chain_round21``, ``test_chain_names_round12``).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

HOSE = ("When the water passes through the two nozzles, each nozzle effectively acts as a new spout, resulting in two "
        "closely spaced jets coming into contact at the wall (the garage in this case).")
COUNCIL = ("When individual councillors specialize, they delve more deeply into one or two local issues and develop "
           "expertise on those issues. This expertise helps them better understand the nature of the problem and weigh "
           "different answers.")
JOINT = ("The outer end of the bone has a flat shape and meets the shoulder blade. This forms a small joint. This joint "
         "allows considerable mobility, enabling the arm and shoulder blade to move in upward and downward directions "
         "during lifting.")


def _cascade(nlp, text: str, heading: str) -> str:
    (chain,) = [c for c in chains_of(nlp, text, heading) if c.kind == "cascade"]
    return chain.name


def test_a_box_heading_alone_gives_way_to_the_chains_own_ends(nlp):
    """Round 23's shape: first subject one everyday word, last object a noun with a participle clause."""
    assert _cascade(nlp, HOSE, "Garden Hoses") == "Water passing through two nozzles → two closely spaced jets (Garden Hoses)"


def test_a_clause_end_gives_way_to_the_last_steps_own_subject(nlp):
    """ "This expertise helps them better understand ...": the last step's object is a clause; its subject, which the
    step before developed, is where the process goes."""
    assert _cascade(nlp, COUNCIL, "Town Councils") == "Individual councillors → expertise (Town Councils)"


def test_an_end_of_a_middle_step_never_names_the_chain(nlp):
    """Kept sibling (dev sweep: "Ventricle → cusps of the valve", "Pyruvate → enzyme ..."): a middle step's object
    ("considerable mobility") is a place or a tool on the way; with no end in the last step the heading stays."""
    assert _cascade(nlp, JOINT, "Shoulders") == "Shoulders"


def _steps(nlp, text: str):
    return [SimpleNamespace(span=nlp(text)[:])]


@pytest.mark.parametrize("text, arg, cut", [
    ("The arrival of machines that can spin cotton reduced the demand for weavers.",
     "arrival of machines that can spin cotton", "arrival of machines"),
    ("The slits act as sources, resulting in two waves coming into contact at the screen.",
     "two waves coming into contact at the screen", "two waves"),
    ("The gate opens, resulting in a steady flow of water into the pond.",  # kept sibling: no clause in it
     "steady flow of water into the pond", "steady flow of water into the pond"),
])
def test_a_clause_on_an_ends_noun_is_cut(nlp, text, arg, cut):
    from proda.ingest.extract.chain_ends import clause_cut

    assert clause_cut(arg, _steps(nlp, text)) == cut


@pytest.mark.parametrize("sentence, predicate, negated, name", [
    ("The water passes through the gates.", "passes through", False, "water passing through gates"),
    # an auxiliary opens the predicate: no plain event ("water doing not cross gates")
    ("The water does not cross the gates.", "does not cross", False, ""),
    ("The water passes through the gates.", "passes through", True, ""),  # a negated event never names what happens
])
def test_a_first_end_named_with_its_event(nlp, sentence, predicate, negated, name):
    from proda.ingest.extract.chain_ends import with_event

    ev = SimpleNamespace(step=SimpleNamespace(predicate=predicate, object="the gates"), negated=negated)
    assert with_event("water", ev, _steps(nlp, sentence)) == name


@pytest.mark.parametrize("box", ["Key Concepts and Summary", "Sections Summary", "Summary"])
def test_a_joined_or_plural_apparatus_heading_names_nothing(nlp, box):
    """Dev sweep: a chain named "Key Concepts and Summary" (two apparatus headings joined) and "(Sections Summary)"
    (a plural): the heading above names the chain; "Summary" alone was already skipped (kept sibling)."""
    from proda.ingest.extract.chains import find_chains
    from proda.models import Chunk

    text = "The weight of the load pushes the arm down. This causes the pivot to turn, allowing the other end to rise."
    chunk = Chunk(ord=0, text=text, start=0, end=len(text), heading_path=["Book chapter", "Levers", box])
    (chain,) = find_chains(nlp(text), chunk)[0]
    assert chain.name == "Weight of load → other end (Levers)"


@pytest.mark.parametrize("a, b, inside", [
    ("right peripheral visual field", "right visual field", True),  # dev sweep: the name moves nothing
    ("light passing through two slits", "two closely spaced waves", False),
])
def test_an_end_inside_the_other_names_nothing(a, b, inside):
    from proda.ingest.extract.chains import _inside

    assert _inside(a, b) is inside


def test_a_passives_agent_is_no_end(nlp):
    """Dev sweep ("Endurance athletes → muscles for aerobic respiration"): "can then be used by crops" -- the event
    reads the passive's agent as its subject; the step's own subject is the water, and the heading stays."""
    text = ("Farmers may also try to boost the supply of water to fields by using diesel pumps, which trigger the flow of "
            "river water into the canals. The extra water carried by these canals can then be used by crops for growth.")
    assert _cascade(nlp, text, "Irrigation") == "Irrigation"
