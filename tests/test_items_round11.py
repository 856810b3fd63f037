"""Training items, development round 11 (judged sheets of anatomy 06/14, chemistry 01/03, sociology prose 13/15,
political science prose 01/07, `review export --level train --sample 30 --seed 21`, and every cloze of those KBs
read).  Each class of reject is tested on invented general-English sentences; a sibling that stands alone keeps its
item.  Also: the cloze gates read their word lists from ``patterns/lexical.toml`` [cloze]."""

from __future__ import annotations

import tomllib
from importlib import resources

from proda.ids import concept_id, statement_id
from proda.train import synth
from proda.train.items import cloze as cloze_mod
from proda.train.items import cloze_context, cloze_subject
from proda.train.items.cloze import BLANK, cloze, cloze_items
from proda.train.items.gates import garbled_formula
from proda.train.items.generators import definition_items
from proda.train.items.render import prepare

DOC = "corpus/01-a-chapter/a.html"


def kb_of(rows, concepts=()):
    """A KB from (subject, predicate, object, quote) rows, each quote a whole sentence of its own chunk."""
    out = [{"id": statement_id(concept_id(s), p, concept_id(o)), "subject": s, "predicate": p, "object": o,
            "quote": q, "subject_id": concept_id(s), "object_id": concept_id(o), "chains": [],
            "chunk": f"k{k}", "document": DOC, "polarity": 1, "negated": False}
           for k, (s, p, o, q) in enumerate(rows)]
    kb = synth.KB(out, list(concepts), [], {r["chunk"]: r["quote"] + " Next sentence." for r in out})
    prepare(kb)
    return kb


def one(row):
    kb = kb_of([row])
    return cloze(kb, kb.statements[0])


def stands(row):
    got = one(row)
    return got is not None and got[0].replace(BLANK, got[1]) == row[3]


# --- the word lists are data -----------------------------------------------------------------------------------

def test_the_cloze_word_lists_are_read_from_lexical_toml():
    """The connectives, conjunctions, rating words and pronoun subjects the gates read are the [cloze] section of
    lexical.toml, lower case, and the modules hold no copy of their own."""
    text = resources.files("proda.ingest.extract").joinpath("patterns", "lexical.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)["cloze"]
    for key in ("continuers", "bare_continuers", "conjunctions", "judged", "pronoun_subjects", "relatives",
                "prepositions", "demonstratives", "sentence_demonstratives", "pointing_openers", "book_parts",
                "open_set"):
        assert data[key] and all(w == w.lower() for w in data[key]), key
    assert cloze_context.JUDGED == frozenset(data["judged"])
    assert cloze_subject.PRONOUN_SUBJECT == frozenset(data["pronoun_subjects"])
    assert set(data["bare_continuers"]) <= set(data["continuers"])
    for name in ("_CONTINUERS", "_CONJUNCTIONS"):
        assert not hasattr(cloze_mod, name) and not hasattr(cloze_context, name), name


def test_behaviour_unchanged_by_the_move():
    """A connective, a conjunction and a rating copula still refuse; a plain sentence still blanks."""
    assert one(("the council", "meets_in", "capital", "Instead, the council meets in the capital.")) is None
    assert one(("the council", "meets_in", "capital", "But the council meets in the capital every spring.")) is None
    assert one(("a map", "is", "tool", "A map is a useful tool for planning long journeys.")) is None
    assert stands(("the council", "meets_in", "hall", "The council meets in the old stone hall every spring."))


# --- class 1: a sentence that leans on the one before ------------------------------------------------------------

LEANS = [
    # a demonstrative pronoun points back ("Because of this, ...")
    ("many farmers", "plant", "crops", "Because of this, many farmers plant hardy crops before the first frost."),
    ("the village", "grew_into", "town", "Of these, the village grew into a busy market town."),
    # "such a" + noun points back ("such a measurement": which one?)
    ("the result", "is_example_of", "estimate", "The result of such a survey is an example of a rough estimate."),
    # the subject is an anaphoric word alone ("The same is true for ...")
    ("same", "true_for", "river", "The same is true for the northern river, which floods every spring."),
    ("latter", "depends_on", "rainfall", "The latter depends on steady rainfall during the long summer."),
]
STANDS_ALONE = [
    ("many farmers", "plant", "crops", "Many farmers plant hardy crops before the first frost."),
    ("the village", "grew_into", "town", "The village grew into a busy market town over two centuries."),
    ("the survey", "is_example_of", "estimate", "The result of a small survey is an example of a rough estimate."),
    ("the council", "moved", "weekly market", "The storm did such damage that the council moved the weekly market "
     "to the hill."),
    ("the Rhine", "floods", "lower valley", "The Rhine floods the lower valley every spring."),
]


def test_a_sentence_that_points_back_gives_no_cloze():
    for row in LEANS:
        assert one(row) is None, row[3]


def test_siblings_that_stand_alone_keep_their_cloze():
    for row in STANDS_ALONE:
        assert stands(row), row[3]


# --- class 2: a sentence about the book, not the subject ----------------------------------------------------------

def test_a_sentence_about_a_part_of_the_book_gives_no_cloze():
    """"Part III moves to a higher level of complexity": the book's plan, not a fact a student learns."""
    assert one(("Part III", "moves_to", "level", "Part III moves to a higher level of complexity: city life.")) is None
    assert one(("Chapter 4", "covers", "trade", "Chapter 4 covers the history of trade in the region.")) is None
    assert stands(("part", "holds", "engine", "The front part of the car holds the engine and the battery."))
    assert stands(("Section 2", "bans", "sale", "Section 2 of the new law bans the sale of fireworks to children."))
    assert stands(("the first chapter", "of the treaty", "borders",
                   "The first chapter of the treaty defines the borders of the two states."))


# --- class 3: a blank the parse cut wrongly -----------------------------------------------------------------------

def test_a_blank_that_swallows_a_verb_gives_no_cloze():
    """The parse read "and influences" / "and swings with" as a noun conjunct, so the blank held a verb phrase
    ("contributes to _____." -> "town planning and influences regional budgets")."""
    for q in ("The council also contributes to town planning and influences regional budgets.",
              "The mayor also contributes to public health and influences local schools.",
              "The gate is attached to the stone wall and swings with the wind.",
              "The lens is attached to the metal ring and rotates with the dial."):
        obj = q.split(" to ")[1].split(" and ")[0].replace("the ", "")
        got = one(("x", "to", obj, q))
        assert got is None or " and " not in got[1], (q, got)
    # the parse that ends the blank before the verb keeps it; a true coordination of nouns keeps its whole blank
    assert stands(("the lever", "attached_to", "steel frame", "The lever is attached to the steel frame and rotates "
                   "with the wheel."))
    got = one(("the river", "carries", "sand", "The river carries sand and small stones to the sea."))
    assert got is not None and got[1] == "sand and small stones"
    got = one(("the storm", "raised", "risk", "The storm raised the risk of floods and fires."))
    assert got is not None and got[1] == "the risk of floods and fires"


def test_a_blank_cut_before_a_possessive_or_inside_quotes_gives_no_cloze():
    """"Bohr incorporated _____’s and Einstein’s ideas": the answer is a possessor cut from its noun; "_____,” and
    is often translated": the blank opens a quotation it does not close."""
    q = "Mill adopted Bentham’s and Hume’s moral ideas into a theory."
    assert one(("Mill", "adopted", "Bentham", q)) is None
    assert one(("the word", "is", "word", "The word is a Latin word that means “small stone,” and is often "
                "used in names.")) is None
    assert stands(("the author", "borrowed", "ideas", "The author borrowed the ideas of Hume about trade."))


def test_a_blank_that_is_one_of_an_open_set_gives_no_cloze():
    """"connected to _____, and all other courses in science": any member of the set fills the blank."""
    assert one(("history", "connected_to", "geography", "History is connected to geography, and all other "
                "social studies, through the use of maps.")) is None
    got = one(("the town", "sells", "wool", "The town sells wool and other goods to the coast."))
    assert got is None or got[1] == "wool and other goods", got
    assert stands(("the town", "sells", "wool", "The town sells wool to the coast every summer."))


def test_a_key_that_only_rates_a_general_noun_gives_no_cloze():
    """"all provide _____" -> "valuable ways for sociologists to understand religion": the key says the ways are
    good, the prompt already says what they are for.  A rated specific noun stays ("important trade routes").
    (Read-back 2026-11-30: "used _____" was a light verb alone, ``cloze_stem``; the sibling follows its routes.)"""
    assert one(("the three theories", "provide", "ways", "The three theories all provide valuable ways for "
                "students to understand cities.")) is None
    assert stands(("merchants", "followed", "trade routes", "Merchants followed important trade routes between the coastal "
                   "towns."))


# --- class 4: two clozes of the same prompt ----------------------------------------------------------------------

def test_one_prompt_with_two_different_keys_is_not_asked():
    """"The first rule defines _____." answered "the size of the board" by one sentence and "the number of
    players" by another: a student cannot tell which is wanted."""
    kb = kb_of([("the first rule", "defines", "size of board", "The first rule defines the size of the board."),
                ("the first rule", "defines", "number of players", "The first rule defines the number of players."),
                ("chess clocks", "limit", "thinking time", "Chess clocks limit the thinking time of each player.")])
    got = [d.explanation.split(". The full")[0] for d in cloze_items(kb, 0)]
    assert got == ["the thinking time of each player"]


# --- class 5: definitions and formulas ---------------------------------------------------------------------------

def test_a_fraction_that_lost_its_slash_is_garbled():
    """"either +12 or −12" for "+1/2 or −1/2": a signed pair of the same two digits read as a number."""
    assert garbled_formula("number giving the turn direction, either +12 or −12")
    assert not garbled_formula("temperatures between −12 and 30 degrees")
    assert not garbled_formula("a team of 12 players")


def test_a_definition_ending_in_a_quotation_gets_one_stop():
    """"X is a Greek word that means “large.”" was answered "... “large.”." (a second stop after the quote)."""
    c = {"id": concept_id("tempo"), "name": "tempo", "definition": "Tempo is an Italian word that means “time.”",
         "term": True}
    kb = kb_of([], concepts=[c])
    (d,) = definition_items(kb, 0)
    assert d.explanation.endswith("“time.”") and not d.explanation.endswith(".”.")


def test_an_everyday_plural_defined_by_one_sentence_of_the_text_gets_no_definition_item():
    """"Define rewards." -> "Rewards are the intangible benefits in terms of belief ...": the word is everyday
    English, the sentence gives its sense in one theory only.  A technical term or a glossary entry keeps its
    item."""
    rewards = {"id": concept_id("costs"), "name": "costs", "definition": "Costs are the time and money that members "
               "give up to belong to a club.", "term": True}
    # rarer in the plural than in the singular ("prizes" 4.0 beside "prize" 4.6): the singular is the everyday word
    prizes = {"id": concept_id("prizes"), "name": "prizes", "definition": "Prizes are the honours that members "
              "win for their service to a club.", "term": True}
    tide = {"id": concept_id("neap tides"), "name": "neap tides", "definition": "Neap tides are tides of small "
            "range that occur when the sun and moon pull at right angles.", "term": True}
    gloss = {"id": concept_id("levy"), "name": "levy", "definition": "tax raised for a single purpose", "term": True}
    kb = kb_of([], concepts=[rewards, prizes, tide, gloss])
    names = sorted(d.concept_ids[0] for d in definition_items(kb, 0))
    assert names == sorted([tide["id"], gloss["id"]])


def test_a_glossary_entry_the_text_contradicts_by_one_word_gets_no_definition_item():
    """Audit round 9: "pectineus: muscle that abducts and flexes the femur" while the chapter says "The pectineus
    adducts and flexes the femur".  Here: a glossary that says the tariff increases a price where the text says it
    decreases it (a swapped prefix).  A gloss the text repeats, or says with another word ("quay"/"wharf"), keeps its
    item; a sentence about another thing that differs in one word does not count."""
    tariff = {"id": concept_id("import tariff"), "name": "import tariff", "term": True,
              "definition": "tax that increases the price of foreign cars sold at home"}
    bus = {"id": concept_id("river bus"), "name": "river bus", "term": True,
           "definition": "boat that sails east and crosses the lake at noon"}
    tram = {"id": concept_id("harbour tram"), "name": "harbour tram", "term": True,
            "definition": "tram that runs along the quay every hour of the day"}
    text = ("The import tariff decreases the price of foreign cars sold at home. The river bus sails east and crosses "
            "the lake at noon. A coach decreases the price of foreign cars sold at home, unlike the import tariff. The "
            "harbour tram runs along the wharf every hour of the day.")
    kb = kb_of([], concepts=[tariff, bus, tram])
    kb.chunks = {"k0": text, "g": "import tariff: tax that increases the price of foreign cars sold at home"}
    got = {d.concept_ids[0] for d in definition_items(kb, 0)}
    assert got == {bus["id"], tram["id"]}
