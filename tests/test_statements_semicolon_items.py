"""A semicolon list of "X, which V Y" items (issue 11, s24-E): the parser hangs the next item on the clause's object,
and "parietal cells | produce | chief cells" followed.  The items after a semicolon, each with its own clause, are
the list's and not the object's unless the object has a clause of its own (readable.conjuncts_before_break).
Also a clause the parser read as one compound noun ("the hypothalamus secretes CRH, which ..."): no subject
(misread_verbs.clause_as_compound)."""

from __future__ import annotations

import pytest

from proda.ingest.extract.frames import frames
from proda.ingest.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def spo(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    return {(f.subject, f.predicate, f.object) for s in doc.sents for f in frames(s)}


def test_items_after_a_semicolon_are_not_the_clause_objects(nlp):
    got = spo(nlp, "The gastric gland cell types include parietal cells, which produce acid; chief cells, which produce "
                   "pepsinogen; mucous cells, which produce mucus; and G cells, which produce gastrin.")
    assert ("parietal cells", "produce", "acid") in got and ("chief cells", "produce", "pepsinogen") in got
    assert not any(o.endswith("cells") for s, p, o in got if p == "produce"), got


def test_described_items_of_a_described_head_still_split(nlp):
    # the object has its own clause: the items after it are its coordinates (round 4's reading stays)
    got = spo(nlp, "The adrenal glands produce the steroid hormone aldosterone, which is involved in osmoregulation, "
                   "and cortisol, which plays a role in metabolism.")
    assert ("adrenal glands", "produce", "cortisol") in got


def test_clause_read_as_one_compound_is_no_subject(nlp):
    # the parser reads "the kidney secretes renin" as one noun phrase, the antecedent of "which in turn activates"
    got = spo(nlp, "When the blood is low, the kidney secretes renin, which in turn activates angiotensin.")
    assert not any("secretes" in s for s, p, o in got), got


def test_plural_compound_of_nouns_stays(nlp):
    got = spo(nlp, "The thyroid hormone receptors bind triiodothyronine.")
    assert ("thyroid hormone receptors", "bind", "triiodothyronine") in got, got
