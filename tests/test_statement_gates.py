"""The gate report of :func:`proda.ingest.extract.offline.extract_parsed` on invented sentences: each frame is
reported once, with the gate of :mod:`proda.ingest.extract.gates` that dropped it or ``kept`` (what
benchmarks/statement_gates.py counts), and reporting changes nothing extracted."""

from __future__ import annotations

from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import extract_parsed
from proda.models import Chunk

# "kidney", "cortex" and "medulla" recur three times or more: the chunk stands behind them; "erythropoietin" is
# named once
_TEXT = ("The kidney lies in the abdomen. The kidney has a cortex and a medulla. The cortex surrounds the medulla. "
         "The cortex contains the glomeruli. The kidney produces erythropoietin. The cortex surrounds the medulla.")


def _extract(report=None):
    c = Chunk(id="chk_gates", doc_id="doc_gates", ord=0, text=_TEXT, start=0, end=len(_TEXT), heading_path=["Overview"])
    return extract_parsed(c, load_nlp()(_TEXT), None, "", None, report)


def _gates() -> dict[tuple[str, str, str], list[str]]:
    got: dict[tuple[str, str, str], list[str]] = {}
    _extract(lambda gate, fr, sent: got.setdefault((fr.subject, fr.predicate, fr.object), []).append(gate))
    return got


def test_each_frame_is_reported_with_the_gate_that_dropped_it():
    got = _gates()
    assert got[("kidney", "produces", "erythropoietin")] == ["not_known"]  # named once, not in the heading
    assert got[("cortex", "surrounds", "medulla")] == ["kept", "duplicate"]  # the sentence said twice


def test_the_report_changes_nothing_extracted():
    assert _extract(lambda *a: None).model_dump() == _extract().model_dump()
