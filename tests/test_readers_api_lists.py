"""A definition list that documents a program's interface -- parameters with their types (docutils' classifier,
"name : float") or signatures (Sphinx's ``dt.sig``) -- is text, not a glossary: round 35 (a simulation package's
documentation) made concepts of "spinfloat", "massfloat", "ttime" (the type glued to the name) and training items
"Define spinfloat.".  A list with the types written out ("ttime: float") likewise.  A glossary stays a glossary.
Read as prose, a parameter's text gives no statement about a literal value ("False | causes | ...").  Pages
invented."""

from __future__ import annotations

from pathlib import Path

from proda.ingest.readers import read_document


def _blocks(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    f = tmp_path / "p.html"
    f.write_text(f"<html><head><title>T</title></head><body><h1>Solvers</h1>{body}</body></html>")
    return [(b.kind, b.text) for b in read_document(f).blocks]


def test_a_parameter_list_is_text_with_its_types_set_off(tmp_path):
    body = ('<dl class="field-list"><dt class="field-odd">Parameters</dt><dd class="field-odd"><dl>'
            '<dt>charge<span class="classifier">float</span></dt><dd><p>the total charge of the system.</p></dd>'
            '<dt>steps<span class="classifier">int</span></dt><dd><p>the number of steps to run.</p></dd>'
            '</dl></dd></dl>')
    got = _blocks(tmp_path, body)
    assert not any(kind == "definition" and "charge" in text for kind, text in got), got
    assert not any("chargefloat" in text for _, text in got), got
    assert ("paragraph", "charge (float)") in got, got


def test_a_signature_list_is_text(tmp_path):
    body = ('<dl class="py class"><dt class="sig sig-object py" id="pkg.Solver">class pkg.Solver(tol=0.1)</dt>'
            '<dd><p>A solver that relaxes the positions of the atoms.</p></dd></dl>')
    assert not any(kind == "definition" for kind, _ in _blocks(tmp_path, body))


def test_a_glossary_stays_a_glossary(tmp_path):
    body = "<dl><dt>enthalpy</dt><dd>the heat content of a system at constant pressure</dd></dl>"
    assert ("definition", "enthalpy: the heat content of a system at constant pressure") in _blocks(tmp_path, body)


def test_a_parameter_list_with_its_types_written_out_is_text(tmp_path):
    body = ('<dl><dt>tau: float</dt><dd><p>Characteristic time of the barostat, in internal units.</p></dd>'
            '<dt>cutoff : float, optional</dt><dd><p>The distance beyond which pairs are ignored.</p></dd></dl>')
    got = _blocks(tmp_path, body)
    assert not any(kind == "definition" for kind, _ in got), got
    assert ("paragraph", "tau: float") in got, got


def test_a_glossary_with_one_colon_term_stays_a_glossary(tmp_path):
    body = ("<dl><dt>enthalpy</dt><dd>the heat content of a system at constant pressure</dd>"
            "<dt>entropy</dt><dd>a measure of the dispersal of energy</dd>"
            "<dt>state: a list of variables</dt><dd>what fixes the condition of a system</dd></dl>")
    assert ("definition", "entropy: a measure of the dispersal of energy") in _blocks(tmp_path, body)


def test_a_literal_value_is_no_argument_of_a_statement():
    from tests.statements_util import triples

    got = triples("Defaults to False, which causes the output file to be overwritten each time the run is restarted.")
    assert not any(s in ("True", "False", "None") for s, _, _ in got), got
