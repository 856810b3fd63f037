"""Benchmark volume without losing validity (session of 2026-11-30, dev KBs anatomy 09/17/19, 15/21/23, chemistry
09/17): why a chain yields few items is reported per chain; a cascade whose sentence links its steps ("When A, B")
is no list; an outside sentence and a long own step also offer their main clause, so the length control can find
four options of one length; a symbol the tagger reads as a pronoun still names the caused event's subject.

Every sentence here is invented general English (review of round 12: these tests used the books' own sentences),
and every refusal has a sibling that is accepted."""

from __future__ import annotations

import random
from collections import Counter

from proda.evaluate import bench
from proda.evaluate.bench_clauses import main_clause
from proda.evaluate.bench_events import render
from proda.evaluate.bench_paths import is_list, led
from tests.bench_util import step as _step

try:
    from test_bench import _stmt
except ImportError:  # pragma: no cover
    from tests.test_bench import _stmt


WHEN = ("When the water in the river rises above the top of the bank, mud spreads across the low fields, leaving a "
        "brown layer on the farm roads.")


def _cascade(sources: list[str]) -> dict:
    return {"id": "ch1", "name": "Floods", "kind": "cascade", "path": "c/ch1/a.html", "about": [],
            "transitions": [], "sources": sources,
            "steps": [_step(1, "the water in the river rises above the top of the bank", ["k1"]),
                      _step(2, "mud spreads across the low fields", ["k2"]),
                      _step(3, "leaving a brown layer on the farm roads.", ["k3"])]}


def test_when_clause_links_two_steps_that_share_no_word():
    """Before: the first pair shares no specific word, so the cascade was refused as a list (5 of 20 chains of the
    dev KB anatomy 09/17/19, all "When/As/Once A, B" sentences)."""
    chain = _cascade([f"The rain falls for a week. {WHEN} Then the farmers wait for the sun."])
    a, b = chain["steps"][:2]
    assert led(a, b, chain["sources"]) and not is_list(chain)
    assert is_list(_cascade([]))  # without the sentence nothing links the pair: still refused
    # the same clauses in the other order, or joined without a lead, say nothing about which follows which
    assert not led(a, b, ["Mud spreads across the low fields when the water in the river rises above the top of "
                          "the bank."])
    assert not led(a, b, ["The water in the river rises above the top of the bank, and mud spreads across the low "
                          "fields."])
    # a connective opening the next sentence links across the full stop ("A. As a result, B"); without it, nothing
    bread, cakes = {"text": "the price of bread rises"}, {"text": "fewer families buy cakes"}
    assert led(bread, cakes, ["In this town the price of bread rises. As a result, fewer families buy cakes."])
    assert not led(bread, cakes, ["In this town the price of bread rises. Fewer families buy cakes."])


def test_main_clause_keeps_the_verified_statement_only(nlp):
    row = _stmt("t1", "heavy snow", "can slow", "the trains", "p", "")
    doc = nlp("Heavy snow can significantly slow the trains, leading to long delays at every station.")
    assert main_clause(doc, row) == "Heavy snow can significantly slow the trains"
    row = _stmt("t2", "the farmers", "bring", "vegetables", "p", "")
    doc = nlp("As the sun rises, the farmers from the hills bring vegetables to the market.")
    assert main_clause(doc, row) == "The farmers from the hills bring vegetables to the market"
    # the statement is the dropped clause's: the verified claim would be cut away
    row = _stmt("t3", "heavy snow", "leads to", "delays", "p", "")
    doc = nlp("Heavy snow can significantly slow the trains, leading to long delays at every station.")
    assert main_clause(doc, row) is None
    # an aside cut from the middle would splice two phrases: no clause; the same sentence without it has one
    row = _stmt("t4", "the baker", "sells", "bread", "p", "")
    assert main_clause(nlp("The baker, who lives by the old mill, sells fresh bread to the farmers of the valley, "
                           "although the mill is closed in winter."), row) is None
    assert main_clause(nlp("The baker sells fresh bread to the farmers of the valley, although the mill is closed in "
                           "winter."), row) == "The baker sells fresh bread to the farmers of the valley"
    # "Not only do dogs ..." without its "but also" says something else; "Dogs guard ..., and ..." keeps its clause
    row = _stmt("t5", "dogs", "guard", "houses", "p", "")
    assert main_clause(nlp("Not only do dogs guard the houses of the village, but they also keep the children "
                           "company."), row) is None
    assert main_clause(nlp("Dogs guard the houses of the village, and they also keep the children company."),
                       row) == "Dogs guard the houses of the village"


def test_outside_sentence_offers_its_clause_and_drops_are_counted(nlp):
    """A three-step chain of short steps beside long section sentences: with the clause as a second wording the
    length control finds four options; every refused candidate is counted with its reason."""
    path = "c/ch1/a.html"
    row = {"id": "wat", "name": "Water price", "kind": "cascade", "path": path, "document": "doc", "about": [],
           "transitions": [],
           "steps": [_step(1, "The town council raises the water price", ["price"]),
                     _step(2, "Households use less water at home", ["price", "household", "water"]),
                     _step(3, "The water in the reservoir lasts through the summer", ["water", "reservoir"])]}
    quotes = [("strong wind", "damages", "old roofs",
               "Strong wind damages the old roofs, which then let the rain into the attics of the houses during the "
               "long storms that arrive each autumn from the sea beyond the town."),
              ("cold weather", "increases", "heating costs",
               "Cold weather increases heating costs, although the families of the town save money by closing "
               "the rooms that they do not use during the long winter months of the year."),
              ("heavy rain", "raises", "river level",
               "Heavy rain raises the river level, while the dry wind lowers it again after a week without clouds, so "
               "that the two together keep the river within its banks for most of the summer.")]  # each names a noun of
    # a step ("town", "summer"): on the chain's topic (bench_unlinked.on_topic)
    links = [_stmt(f"z{k}", s, p, o, path, q) for k, (s, p, o, q) in enumerate(quotes)]
    chains = bench.Chains([dict(row)], links)
    chains.nlp = nlp
    drops: Counter = Counter()
    cands = bench.candidates(chains.usable[0], chains, random.Random(0), drops)
    outside = [o for c in cands for o in c.distractors if o.kind not in bench.OWN]
    assert outside and any(len(o.phrasings) == 2 and o.phrasings[1] == "Heavy rain raises the river level"
                           for o in outside)
    assert drops["candidate:next_step"] == 2 and drops["candidate:order"] == 1
    items, rep = bench.generate([row], per_chain=50, seed=0, links=links, events=_Events(nlp))
    assert items and all(bench.spread(i.options) <= 0.5 + 1e-9 for i in items)
    assert "Heavy rain raises the river level" in {o for i in items for o in i.options}
    table = {r["chain"]: r for r in rep.chain_table}
    assert table["wat"]["steps"] == 3 and sum(table["wat"]["emitted"].values()) == len(items)
    assert sum(table["wat"]["candidates"].values()) >= len(items)
    # without a parse (no spaCy pipeline) the same KB gives fewer items: the sentences are three times the steps'
    # length
    bare, _ = bench.generate([row], per_chain=50, seed=0, links=links)
    assert len(bare) < len(items)


class _Events:
    """The ``events`` callable of ``bench.generate`` without rewriting (every step here is a sentence)."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, texts):
        return {}


def test_symbol_read_as_pronoun_still_names_the_caused_event(nlp):
    doc = nlp("allowing Me+ to leave the box.")
    assert doc[1].pos_ == "PRON"  # the tagger's reading that this test is about
    assert render(doc) == "Me+ leaves the box"
    assert render(nlp("allowing them to leave the box")) is None  # a pronoun has no referent here
    assert render(nlp("allowing the guests to leave the hall.")) == "The guests leave the hall"


def test_a_shared_article_is_no_shared_object():
    """"the water in the tank drops below the outlet pipe" -> "the air flows back into the pump": the step's object
    and the next step shared only "the", which made the link "inhibits or reduces" (a question "which step directly
    inhibits or reduces ...?" keyed the drop)."""
    from proda.evaluate.bench_chains import link_signs

    chain = _cascade([WHEN])
    chain["steps"][0].update(text="the water in the tank drops below the level of the outlet pipe",
                             subject="the water in the tank", predicate="drops below", polarity=-1,
                             object="the level of the outlet pipe")
    chain["steps"][1]["text"] = "the air flows back into the pump"
    assert link_signs(chain)[1] == 1
    chain["steps"][1]["text"] = "the outlet pipe fills the small basin"  # the object named next: its sign holds
    assert link_signs(chain)[1] == -1


def test_a_sentence_the_book_continues_about_the_chain_is_no_distractor():
    """Dev KB anatomy 17: an outside sentence was offered as NOT following from a step, while the book's next
    sentence, opening on "Its", says it is prompted by that step's event (no statement links them: the subject is a
    pronoun).  A sentence whose next one points back at it and names a specific word of the true side of the
    question is refused."""
    from proda.evaluate.bench_paths import names_any, said_next

    text = ("Each spring, the council increases the tax on imports of wheat and the fees for parking, which in turn "
            "raises prices across the town")  # not "In response, ...": an outside option on such an opener is
    # refused; "wheat": a noun of the chain, so the sentence is on its topic (bench_unlinked.on_topic)
    chunk = (f"The council meets when the budget falls short. {text}. Its approval is prompted when the mill stops "
             "grinding flour for the bakery. The harbour is different.")
    nxt = said_next(text, [chunk])
    assert nxt.startswith("Its approval is prompted") and names_any(nxt, {"bakery", "flour"})
    assert not names_any(nxt, {"stop"})  # an everyday word is no link
    assert said_next("The council meets when the budget falls short", [chunk]) == ""  # next opens on a noun
    path = "c/ch1/a.html"
    row = {"id": "mill", "name": "Bread", "kind": "cascade", "path": path, "document": "doc", "about": [],
           "transitions": [], "sources": [],
           "steps": [_step(1, "The miller grinds the wheat", ["wheat"]),
                     _step(2, "The bakery receives the flour after the miller grinds the wheat", ["wheat", "flour"]),
                     _step(3, "The flour feeds the sourdough in the bakery", ["flour", "sourdough"])]}
    links = [dict(_stmt("z1", "council", "increases", "tax on imports", path, text), chunk="k1")]
    chains = bench.Chains([dict(row)], links)
    assert [t for t, _ in chains.external(chains.usable[0], 2, True)] == [text]  # without the chunk's text
    chains.texts = {"k1": chunk}
    assert [t for t, _ in chains.external(chains.usable[0], 2, True)] == []
    # a next sentence pointing back that names nothing of the chain leaves the sentence an option
    chains.texts = {"k1": chunk.replace("the mill stops grinding flour for the bakery", "the mayor signs the order")}
    assert [t for t, _ in chains.external(chains.usable[0], 2, True)] == [text]
