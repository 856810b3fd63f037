"""Bridge benchmark items (``proda.evaluate.bench_bridge``): a concept named only by its definition, asked about one
of its statements; refused where the definition does not single the concept out or gives the key away; and `build`
on a KB with statements but no chains.  Invented sentences (a harbour town), no book's words."""

from __future__ import annotations

from proda.config import Config
from proda.evaluate import bench, bench_bridge
from proda.train.items.kb import KB

DOC = "corpus/03-the-harbour/index.html"
TEXT = ("The harbour office issues permits. The city council issues receipts. The district court issues warrants. "
        "The weather bureau issues forecasts. The customs house inspects cargo.")


def _stmt(i: int, subject: str, obj: str, sid: str, oid: str, verb: str = "issues", lemma: str = "issue") -> dict:
    quote = f"The {subject} {verb} {obj}."
    return {"id": f"s{i}", "subject": subject, "predicate": verb, "object": obj, "quote": quote, "subject_id": sid,
            "object_id": oid, "chains": [], "subject_term": True, "predicate_lemma": lemma, "family": None,
            "polarity": None, "negated": False, "chunk": "k1", "document": DOC}


def _kb(office: str = "public agency that collects fees from ships in port", other: dict | None = None,
        office_subject: str = "harbour office") -> KB:
    statements = [_stmt(1, office_subject, "permits", "c_office", "c_permits"),
                  _stmt(2, "city council", "receipts", "c_council", "c_receipts"),
                  _stmt(3, "district court", "warrants", "c_court", "c_warrants"),
                  _stmt(4, "weather bureau", "forecasts", "c_bureau", "c_forecasts")]
    concepts = [{"id": "c_office", "name": "harbour office", "definition": office, "type": "term"}]
    if other:
        concepts.append(other)
    return KB(statements, concepts, [], {"k1": TEXT})


def test_a_concept_named_by_its_definition_is_asked_about_its_statement():
    items, rep = bench_bridge.generate(_kb(), seed=0, titles={"s1": "The Harbour"})
    assert len(items) == 1, rep
    it = items[0]
    assert it.question == "Which of the following does the public agency that collects fees from ships in port issue?"
    assert "harbour office" not in it.question.lower()
    assert it.options[it.correct[0]] == "permits" and len(it.correct) == 1
    assert sorted(o for k, o in enumerate(it.options) if k not in it.correct) == ["forecasts", "receipts", "warrants"]
    # traced to the units it tests, as chain items are (proda diagnose): the statement and both its concepts
    assert it.kind == "bridge" and it.statement_ids == ["s1"] and "c_office" in it.concept_ids
    assert it.document == "The Harbour" and it.option_forms == ["object"] * 4 and it.chain_id == ""


def test_a_definition_that_fits_another_concept_gives_no_item():
    """Two concepts described alike: "the public agency that collects fees from ships in port" is not one of them."""
    twin = {"id": "c_port", "name": "port authority", "type": "term",
            "definition": "public agency that collects fees from ships in a port"}
    items, rep = bench_bridge.generate(_kb(other=twin), seed=0)
    assert items == [] and rep.refused.get("definition_ambiguous") == 2


def test_a_definition_that_names_the_key_gives_no_item():
    """"the public agency that issues permits to ships": the question would hold its own answer."""
    items, rep = bench_bridge.generate(_kb(office="public agency that grants permits to ships in port"), seed=0)
    assert items == [] and rep.refused.get("key_in_definition") == 1


def test_a_statement_about_a_narrower_subject_gives_no_item():
    """"the harbour office at night issues permits" says it of the office at night, not of what the definition names."""
    items, rep = bench_bridge.generate(_kb(office_subject="harbour office at night"), seed=0)
    assert items == [] and rep.refused.get("subject_not_term") == 1


def test_the_definition_phrase_agrees_in_number():
    assert bench_bridge.question("the peptide hormone produced and secreted by the small glands", "inhibit") == \
        "Which of the following does the peptide hormone produced and secreted by the small glands inhibit?"
    assert bench_bridge.question("the cells and tissues that line the canal", "produce").startswith(
        "Which of the following do the cells")


class _Store:
    """A chain-less KB as the generation queries read it."""

    def __init__(self, kb: KB):
        self.rows = {"bench_chains": [], "train_chunks": [{"id": "k1", "text": TEXT}], "train_step_texts": [],
                     "train_statements": kb.statements, "train_concepts": kb.concepts,
                     "bench_statement_paths": [{"id": s["id"], "document": "The Harbour"} for s in kb.statements]}

    def read(self, name: str, **params):
        return [dict(r) for r in self.rows[name]]


def test_build_on_a_kb_without_chains_gives_bridge_items_when_on():
    kb = _kb()
    cfg = Config()
    assert bench.build(_Store(kb), cfg) == ([], None)  # off: no report, and `build bench` says so
    cfg.build.bridge_items = True
    items, rep = bench.build(_Store(_kb()), cfg)
    assert [i.kind for i in items] == ["bridge"] and rep.items == 1 and rep.kinds == {"bridge": 1}
    assert rep.per_chapter == {"03-the-harbour": 1} and rep.bridges["items"] == 1
    assert sum(rep.positions.values()) == 1
