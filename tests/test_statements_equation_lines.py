"""A formula line or a passage label is no statement (session 30's fresh sample of GRASS development pages):
"radiance = gain * QCAL + bias" (page i.landsat.toar, a list of equations after "using the equations:") was stored
"radiance | gain | QCAL" and "radiance | gain | bias", and "NOTE: for HRV, ... longitude and latitude are ..." as
"NOTE for HRV | are | ...", all judged fragments or wrong.  ``qualifiers._in_equation``: an operator sign written
apart (or "=") between the frame's start and its verb, or right after the verb; ``qualifiers._label_inside``: a
label of [terms] heading_labels with its colon before the verb.  Siblings: a charge written on its ion ("Na+") is no
operator, the same place in prose keeps its claim, and the sentence without its label keeps its statements."""

from __future__ import annotations

import pytest

from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import extract_parsed
from proda.models import Chunk
from tests.statements_util import triples

pytest.importorskip("spacy")

TEXT = ("The thermal band is first converted from QCAL to at-sensor radiance, and then to effective at-sensor "
        "temperature in Kelvin degrees.\n\nRadiometric calibration converts QCAL to at-sensor radiance, a radiometric "
        "quantity measured in W/(m² * sr * µm) using the equations:\n\ngain = (Lmax - Lmin) / (QCALmax - QCALmin)\n\n"
        "bias = Lmin - gain * QCALmin\n\nradiance = gain * QCAL + bias\n\nwhere, Lmax and Lmin are the calibration "
        "constants, and QCALmax and QCALmin are the highest and the lowest points of the range of rescaled radiance "
        "in QCAL.")


def _statements(text: str):
    nlp = load_nlp()
    chunk = Chunk(ord=0, text=text, start=0, end=len(text), heading_path=["i.landsat.toar", "DESCRIPTION"])
    ex = extract_parsed(chunk, nlp(text), nlp("DESCRIPTION"), text, None, None)
    return [(s.subject, s.predicate, s.object) for s in ex.statements]


def test_an_equation_line_gives_no_statement():
    got = _statements(TEXT)
    assert not any(s == "radiance" and p == "gain" for s, p, _ in got), got
    prose = TEXT.replace("radiance = gain * QCAL + bias", "The radiance depends on the gain of the sensor.")
    got = _statements(prose)
    assert ("radiance", "depends on", "gain of sensor") in got, got  # the same place in prose keeps its claim


def test_a_charge_on_an_ion_is_no_operator():
    assert ("Na+ ions", "enter", "cell") in triples("Na+ ions enter the cell.")


def test_a_label_joined_to_the_subject_gives_no_statement():
    """"NOTE: for HRV, ..." (the same page): the parse made the label the subject's head."""
    text = ("NOTE: for HRV, TM, ETM+, LISS and ASTER experiments, longitude and latitude are the coordinates of the "
            "scene center.")
    assert not any(s.startswith("NOTE") for s, _, _ in triples(text)), triples(text)
    assert ("longitude", "are", "coordinates of the scene center") in triples(
        "Longitude and latitude are the coordinates of the scene center.")


def test_a_sign_inside_brackets_is_an_aside():
    """A first version refused 13 right statements of the development chapters for an aside's sign: "(plural =
    mitochondria)", "(pros- = “in front”)", "(CH3COOH + CH3COONa)"."""
    text = "A mitochondrion (plural = mitochondria) is a membranous, bean-shaped organelle."
    assert ("mitochondrion", "is", "membranous, bean-shaped organelle") in triples(text), triples(text)
    text = ("A solution of acetic acid and sodium acetate (CH3COOH + CH3COONa) is an example of a buffer that consists "
            "of a weak acid and its salt.")
    assert any(s == "solution of acetic acid and sodium acetate" for s, _, _ in triples(text)), triples(text)
