"""Training items, round 12 review (KB of anatomy 19, chemistry 17, sociology prose 09) and the gloss phrases that
definitions store since 9b2c117.  Each class is tested on invented general-English text; a sibling keeps its item."""

from __future__ import annotations

from proda.ids import concept_id
from proda.train.items.generators import definition_items, function_items
from proda.train.items.gates import subject_plural
from tests.items_util import answers, kb_of, one, stands


# --- A: a definition stored as the term and its gloss --------------------------------------------------------------

def test_a_which_is_gloss_reads_as_a_sentence_with_the_term_as_subject():
    """"brine, which is a solution of salt in water" was rendered "Brine: brine, which is ...": the term twice."""
    got = answers({"name": "brine", "definition": "brine, which is a solution of salt in cold water"},
                  {"name": "sea walls", "definition": "sea walls, which are barriers of stone built along a shore"})
    assert got[concept_id("brine")].explanation.startswith("Brine is a solution of salt in cold water.")
    assert got[concept_id("sea walls")].explanation.startswith("Sea walls are barriers of stone built along a shore.")
    assert all(": " not in d.explanation.split(".")[0] for d in got.values())


def test_an_appositive_gloss_reads_as_a_sentence_and_other_glosses_give_no_item():
    """"rebar, a steel rod that ..." -> "Rebar is a steel rod that ..."; "X, or Y" or "X, in which ..." are not read
    as "X is Y" and give no item.  A glossary entry keeps its "Term: gloss" form."""
    got = answers({"name": "rebar", "definition": "rebar, a steel rod that strengthens poured concrete"},
                  {"name": "tithe", "definition": "tithe, or a tenth of the yearly harvest paid to the parish"},
                  {"name": "open field", "definition": "open field, in which farmers share strips of one large plot"},
                  {"name": "levy", "definition": "tax raised for a single purpose by a town council"})
    assert set(got) == {concept_id("rebar"), concept_id("levy")}
    assert got[concept_id("rebar")].explanation.startswith("Rebar is a steel rod that strengthens poured concrete.")
    assert got[concept_id("levy")].explanation.startswith("Levy: tax raised for a single purpose by a town council.")


# --- B5: number from the parse, not from a trailing -s -------------------------------------------------------------

def test_a_latin_singular_ending_in_s_is_not_asked_as_a_plural():
    """"What are bulbus cordis?": lemminflect reads any unknown -s noun as a plural; the parse tags it NNP/NN."""
    assert subject_plural("corona vallis") is False
    assert subject_plural("the sulcus mediolis") is False
    assert subject_plural("river banks") is True  # a real plural stays plural
    assert subject_plural("stone walls") is True
    stems = {d.stem for seed in range(12) for d in definition_items(kb_of([], concepts=[
        {"id": concept_id("corona vallis"), "name": "corona vallis", "term": True,
         "definition": "ring of soft rock that lies around the rim of a crater"}]), seed)}
    assert stems and not any(s.startswith("What are") for s in stems)
    stems = {d.stem for seed in range(12) for d in definition_items(kb_of([], concepts=[
        {"id": concept_id("river banks"), "name": "river banks", "term": True,
         "definition": "strips of raised land that run along both sides of a river"}]), seed)}
    assert "What are river banks?" in stems


def test_a_function_question_conjugates_a_latin_singular_as_singular():
    kb = kb_of([("the corona vallis", "produce", "steam", "The corona vallis produces hot steam at night.")])
    got = [d.stem for d in function_items(kb, 0)]
    assert got and all("corona vallis produces" in p or "does the corona vallis" in p for p in got)
    kb = kb_of([("river banks", "protect", "fields", "River banks protect fields from floods.")])
    got = [d.stem for d in function_items(kb, 0)]
    assert got and all("river banks protect" in p or "do river banks" in p for p in got)


# --- B5: an everyday word said once, defined by an analogy -----------------------------------------------------------

def test_an_everyday_word_the_book_says_once_gets_no_definition_item():
    """"What does the term 'wage' mean?" from a chapter on rates that likens a rate to a wage once.  A word the book
    keeps using, a rare word, or a glossary entry keeps its item."""
    ticket = {"name": "ticket", "definition": "A ticket is a slip of card that lets its holder ride a train."}
    river = {"name": "river", "definition": "A river is a large stream of water that flows to the sea."}
    tor = {"name": "tor", "definition": "A tor is a high rocky hill that stands alone on a moor."}
    wage = {"name": "wage", "definition": "pay given for work done by the hour"}
    text = ("The flow of sand is like a ticket punched each hour. The river floods. The river bends. Rivers cut "
            "valleys.")
    text += " " + " ".join(c["definition"] for c in (ticket, river, tor))
    got = answers(ticket, river, tor, wage, chunks={"k": text})
    assert set(got) == {concept_id("river"), concept_id("tor"), concept_id("wage")}


# --- B5: a vague key -----------------------------------------------------------------------------------------------

def test_a_key_that_adds_to_something_told_before_gives_no_cloze():
    """"Some strips include _____" -> "an additional substance": in addition to what?  A key with its own modifier
    or a plain noun phrase stays."""
    assert one(("the lamps", "contain", "substance", "The lamps contain an additional gas.")) is None
    assert one(("the crews", "carry", "tool", "The crews carry an extra tool.")) is None
    assert stands(("the lamps", "contain", "gas", "The lamps contain a rare gas that glows red in the dark."))
    assert stands(("the crews", "carry", "rope", "The crews carry an extra rope of hemp for the northern climb."))
