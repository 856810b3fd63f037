"""A condition clause the parser made the sentence's root is no claim.

Audit finding (round 3, judged wrong, still produced in session 13): "When the body experiences an increase in blood
volume or pressure, the cells of the heart's atrial wall stretch" gave "body | experiences | increase in blood volume
or pressure": the parser read "stretch" as a noun, so the "when" clause became the root and the main clause was
lost.  Each test an invented sentence; kept siblings: "once" as an adverb after the subject ("Doctors once treated
..."), a verbless "Once in the bloodstream, the hormone travels ..." (the root is the main clause), a plain root.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_when_clause_read_as_the_root_gives_no_frame():
    got = triples("When the plant experiences a drop in water supply or light, the cells of the leaf’s outer layer "
                  "shrink.")
    assert not any(s == "plant" for s, _, _ in got)


def test_once_as_an_adverb_after_the_subject_is_kept():
    got = triples("Doctors once treated fevers with cold baths.")
    assert any(s == "doctors" for s, _, _ in got)


def test_plain_root_is_kept():
    assert ("kidney", "filters", "blood") in triples("The kidney filters blood.")


def test_verbless_once_phrase_before_the_main_clause_is_kept():
    got = triples("Once in the bloodstream, the hormone travels the short distance to the liver.")
    assert any(s.startswith("hormone") and p == "travels" for s, p, _ in got)
