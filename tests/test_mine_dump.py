"""benchmarks/mine_dump.py: its stand-in store answers mine.py's named queries as the graph does, so mined chains
measured from an extractor dump are the chains ingest would mine (the graph of tests/test_mine.py, mined there by the
embedded store: one chain in d1, none through d2's other document or d3's two statements).  Every sentence invented."""

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


def test_the_stand_in_lists_a_document_s_causal_statements():
    st = _store()
    got = st.read("mine_doc_statements", docs=["d1", "d3"], families=["increase", "stimulate", "inhibit"])
    # s4 (part_of) is no step; s5 is in d2, not asked for; s1 has no family (an older graph) and passes
    assert sorted((r["doc"], r["id"]) for r in got) == [("d1", "s1"), ("d1", "s2"), ("d1", "s3"), ("d3", "s6"),
                                                         ("d3", "s7")]
    st.st[1]["attribution"] = "Marxists"  # a statement through somebody's view is no step
    assert "s2" not in {r["id"] for r in st.read("mine_doc_statements", docs=["d1"], families=["stimulate"])}
