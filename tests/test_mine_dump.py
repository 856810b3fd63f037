"""benchmarks/mine_dump.py: its stand-in store answers mine.py's named queries as the graph does, so mined chains
measured from an extractor dump are the chains ingest would mine (the graph of tests/test_mine.py, mined there by the
embedded store: one chain in d1, none through d2's other document or d3's two statements)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from mine_dump import Store  # noqa: E402

from proda.ingest.mine import mine_chains  # noqa: E402
from tests.test_mine import STATEMENTS  # noqa: E402


def _store() -> Store:
    chunks = {f"k_{d}": {"ord": 0, "heading": f"Section of {d}", "text": "text", "title": f"Book {d}", "doc": d}
              for d in ("d1", "d2", "d3")}
    rows = [{"id": i, "doc": d, "chunk": f"k_{d}", "subject": s, "predicate": p, "object": o, "subject_id": "c_" + s,
             "object_id": "c_" + o, "source_quote": f"{s} {p} {o}", "predicate_lemma": None, "family": f,
             "polarity": pol, "negated": False, "attribution": ""} for i, s, p, o, f, pol, d in STATEMENTS]
    return Store(rows, chunks)


def test_the_stand_in_mines_what_the_graph_mines():
    st = _store()
    assert mine_chains(st, ["d1", "d2", "d3"], domain="test") == 1
    (chain,) = st.writes["mine_chains"]
    assert chain["sign"] == -1 and chain["length"] == 3
    assert chain["name"] == "alcohol → blood volume (Section of d1)"
    steps = sorted(st.writes["mine_steps"], key=lambda s: s["position"])
    assert [s["text"] for s in steps] == ["alcohol inhibits ADH release", "ADH release stimulates water reabsorption",
                                          "water reabsorption increases blood volume"]


def test_the_stand_in_joins_only_within_a_document_and_on_one_concept():
    st = _store()
    triples = st.read("mine_chain_paths", docs=["d1", "d2", "d3"], families=["increase", "stimulate", "inhibit"])
    # s4 (is_part_of) is no step; s5 (d2) continues s3's concept in another document; d3 has two statements
    assert {(t["a"], t["b"], t["c"]) for t in triples} == {("s1", "s2", "s3")}
    st.st[1]["subject_id"] = "c_other"  # ADH release written as another concept: the path is gone
    assert st.read("mine_chain_paths", docs=["d1"], families=["increase", "stimulate", "inhibit"]) == []
