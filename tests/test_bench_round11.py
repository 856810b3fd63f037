"""Benchmark volume without losing validity (session of 2026-11-30, dev KBs anatomy 09/17/19, 15/21/23, chemistry
09/17): why a chain yields few items is reported per chain; a cascade whose sentence links its steps ("When A, B")
is no list; an outside sentence and a long own step also offer their main clause, so the length control can find
four options of one length; a symbol the tagger reads as a pronoun still names the caused event's subject."""

from __future__ import annotations

import random
from collections import Counter

from proda.evaluate import bench
from proda.evaluate.bench_clauses import main_clause
from proda.evaluate.bench_events import render
from proda.evaluate.bench_paths import is_list, led

try:
    from test_bench import _stmt
except ImportError:  # pragma: no cover
    from tests.test_bench import _stmt


def _step(p: int, text: str, concepts=(), **event) -> dict:
    return {"id": f"s{p}", "position": p, "text": text, "concepts": list(concepts), **event}


WHEN = ("When pressure within the ventricles drops below pressure in both the pulmonary trunk and aorta, blood flows "
        "back toward the heart, producing the dicrotic notch (small dip) seen in blood pressure tracings.")


def _cascade(sources: list[str]) -> dict:
    return {"id": "ch1", "name": "Ventricular Diastole", "kind": "cascade", "path": "c/ch1/a.html", "about": [],
            "transitions": [], "sources": sources,
            "steps": [_step(1, "pressure within the ventricles drops below pressure in both the pulmonary trunk and aorta",
                            ["k1"]),
                      _step(2, "blood flows back toward the heart", ["k2"]),
                      _step(3, "producing the dicrotic notch (small dip) seen in blood pressure tracings.", ["k3"])]}


def test_when_clause_links_two_steps_that_share_no_word():
    """Before: the first pair shares no specific word, so the cascade was refused as a list (5 of 20 chains of the
    dev KB anatomy 09/17/19, all "When/As/Once A, B" sentences)."""
    chain = _cascade([f"The ventricles relax. {WHEN} Then the cycle starts again."])
    a, b = chain["steps"][:2]
    assert led(a, b, chain["sources"]) and not is_list(chain)
    assert is_list(_cascade([]))  # without the sentence nothing links the pair: still refused
    # the same clauses in the other order, or joined without a lead, say nothing about which follows which
    assert not led(a, b, ["Blood flows back toward the heart when pressure within the ventricles drops below "
                          "pressure in both the pulmonary trunk and aorta."])
    assert not led(a, b, ["Pressure within the ventricles drops below pressure in both the pulmonary trunk and "
                          "aorta, and blood flows back toward the heart."])
    # a connective opening the next sentence links across the full stop ("A. As a result, B")
    assert led({"text": "blood osmolarity decreases"}, {"text": "less water is reabsorbed"},
               ["In this case blood osmolarity decreases. As a result, less water is reabsorbed."])


def test_main_clause_keeps_the_verified_statement_only(nlp):
    row = _stmt("t1", "hyperparathyroidism", "can decrease", "bone density", "p", "")
    doc = nlp("Hyperparathyroidism can significantly decrease bone density, leading to spontaneous fractures or "
              "deformities.")
    assert main_clause(doc, row) == "Hyperparathyroidism can significantly decrease bone density"
    row = _stmt("t2", "sensory receptors", "transmit", "signals", "p", "")
    doc = nlp("As the newborn begins suckling, sensory receptors in the nipples transmit signals to the hypothalamus.")
    assert main_clause(doc, row) == "Sensory receptors in the nipples transmit signals to the hypothalamus"
    # the statement is the dropped clause's: the verified claim would be cut away
    row = _stmt("t3", "hyperparathyroidism", "leads to", "fractures", "p", "")
    doc = nlp("Hyperparathyroidism can significantly decrease bone density, leading to spontaneous fractures.")
    assert main_clause(doc, row) is None
    # an aside cut from the middle would splice two phrases: no clause
    row = _stmt("t4", "cortisol", "promotes", "catabolism", "p", "")
    doc = nlp("In conditions of long-term stress, for example, cortisol promotes the catabolism of glycogen to glucose, "
              "the catabolism of stored triglycerides into fatty acids and glycerol, and the catabolism of muscle "
              "proteins into amino acids.")
    got = main_clause(doc, row)
    assert got is None or "glycogen the catabolism" not in got
    # "Not only do T cells ..." without its "but also" says something else
    row = _stmt("t5", "T cells", "destroy", "pathogens", "p", "")
    assert main_clause(nlp("Not only do T cells directly destroy pathogens, but they also regulate the response."),
                       row) is None


def test_outside_sentence_offers_its_clause_and_drops_are_counted(nlp):
    """A three-step chain of short steps beside long section sentences: with the clause as a second wording the
    length control finds four options; every refused candidate is counted with its reason."""
    path = "c/ch1/a.html"
    row = {"id": "pth", "name": "Parathyroid", "kind": "cascade", "path": path, "document": "doc", "about": [],
           "transitions": [],
           "steps": [_step(1, "The parathyroid glands release more PTH", ["pth"]),
                     _step(2, "Osteoclasts resorb more bone matrix", ["pth", "osteoclast", "bone"]),
                     _step(3, "Calcium ions from the bone enter the blood plasma", ["bone", "calcium"])]}
    quotes = [("iodine", "stimulates", "growth of the thyroid",
               "A lack of iodine stimulates the growth of the thyroid, which then grows larger over many months of a "
               "diet poor in it, forming the swelling of the neck that physicians call a goiter."),
              ("melatonin", "regulates", "sleep cycles",
               "Melatonin regulates sleep cycles, although its secretion also varies with the season, the age of the "
               "person and the light that reaches the retina during the evening hours of each day."),
              ("glucagon", "raises", "blood glucose",
               "Glucagon raises blood glucose, while insulin lowers it again after a meal rich in carbohydrates, so "
               "that the two hormones together keep its level within a narrow range throughout the day.")]
    links = [_stmt(f"z{k}", s, p, o, path, q) for k, (s, p, o, q) in enumerate(quotes)]
    chains = bench.Chains([dict(row)], links)
    chains.nlp = nlp
    drops: Counter = Counter()
    cands = bench.candidates(chains.usable[0], chains, random.Random(0), drops)
    outside = [o for c in cands for o in c.distractors if o.kind not in bench.OWN]
    assert outside and any(len(o.phrasings) == 2 and o.phrasings[1] == "Glucagon raises blood glucose"
                           for o in outside)
    assert drops["candidate:next_step"] == 2 and drops["candidate:order"] == 1
    items, rep = bench.generate([row], per_chain=50, seed=0, links=links, events=_Events(nlp))
    assert items and all(bench.spread(i.options) <= 0.5 + 1e-9 for i in items)
    assert "Glucagon raises blood glucose" in {o for i in items for o in i.options}
    table = {r["chain"]: r for r in rep.chain_table}
    assert table["pth"]["steps"] == 3 and sum(table["pth"]["emitted"].values()) == len(items)
    assert sum(table["pth"]["candidates"].values()) >= len(items)
    # without a parse (no spaCy pipeline) the same KB gives no item: the sentences are three times the steps' length
    bare, _ = bench.generate([row], per_chain=50, seed=0, links=links)
    assert len(bare) < len(items)


class _Events:
    """The ``events`` callable of ``bench.generate`` without rewriting (every step here is a sentence)."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, texts):
        return {}


def test_symbol_read_as_pronoun_still_names_the_caused_event(nlp):
    assert render(nlp("allowing K+ to exit the cell.")) == "K+ exits the cell"
    assert render(nlp("allowing them to relax")) is None  # a pronoun has no referent here


def test_a_shared_article_is_no_shared_object():
    """"pressure within the ventricles drops below pressure in the aorta" -> "blood flows back toward the heart":
    the step's object and the next step shared only "the", which made the link "inhibits or reduces" (a question
    "which step directly inhibits or reduces 'blood flows back toward the heart'?" keyed the pressure drop)."""
    from proda.evaluate.bench_chains import link_signs

    chain = _cascade([WHEN])
    chain["steps"][0].update(subject="pressure within the ventricles", predicate="drops below", polarity=-1,
                             object="pressure in both the pulmonary trunk and the aorta")
    assert link_signs(chain)[1] == 1
    chain["steps"][1]["text"] = "the pressure in the aorta closes the valve"  # the object named next: its sign holds
    assert link_signs(chain)[1] == -1


def test_a_sentence_the_book_continues_about_the_chain_is_no_distractor():
    """Dev KB anatomy 17: "In response, aldosterone increases the excretion of K+ ..." was offered as NOT following
    from "ACTH is triggered"; the book's next sentence says "Its secretion is prompted when CRH from the hypothalamus
    triggers ACTH release" (no statement links them: the subject is a pronoun).  A sentence whose next one points
    back at it and names a specific word of the true side of the question is refused."""
    from proda.evaluate.bench_paths import names_any, said_next

    text = ("In response, aldosterone increases the excretion of K+ and the retention of Na+, which in turn increases "
            "blood volume and blood pressure")
    chunk = (f"Aldosterone is released when blood sodium falls. {text}. Its secretion is prompted when CRH from the "
             "hypothalamus triggers ACTH release from the anterior pituitary. The medulla is different.")
    nxt = said_next(text, [chunk])
    assert nxt.startswith("Its secretion is prompted") and names_any(nxt, {"ACTH", "acth", "secretion"})
    assert not names_any(nxt, {"release"})  # an everyday word is no link
    assert said_next("Aldosterone is released when blood sodium falls", [chunk]) == ""  # next opens on a noun
    path = "c/ch1/a.html"
    row = {"id": "acth", "name": "Stress", "kind": "cascade", "path": path, "document": "doc", "about": [],
           "transitions": [], "sources": [],
           "steps": [_step(1, "The hypothalamus secretes CRH", ["crh"]),
                     _step(2, "The pituitary releases ACTH after CRH arrives", ["crh", "acth"]),
                     _step(3, "ACTH stimulates the secretion of corticosteroids", ["acth", "cortico"])]}
    links = [dict(_stmt("z1", "aldosterone", "increases", "excretion of K+", path, text), chunk="k1")]
    chains = bench.Chains([dict(row)], links)
    assert [t for t, _ in chains.external(chains.usable[0], 2, True)] == [text]  # without the chunk's text
    chains.texts = {"k1": chunk}
    assert [t for t, _ in chains.external(chains.usable[0], 2, True)] == []
