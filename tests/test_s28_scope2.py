"""A frame end that is the noun of a fixed adverbial phrase ("by default", "in general"), not a doer or a thing
(:func:`scope_context.adverbial_argument`), on sentences of the development books (session 28, issue 11): each
refused frame was judged wrong (sheet docs/audits/dev-2026-12-04/s28-A2-adverbial.csv); each kept one has a real
agent, a bare mass noun or a name included."""

from __future__ import annotations

import pytest

from proda.ingest.extract.claims import sentence_frames
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.scope_context import scope_unstated


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _gates(nlp, text: str) -> dict[tuple[str, str, str], str]:
    doc = nlp(text)
    return {(fr.subject, fr.predicate, fr.object): scope_unstated(fr, sent)
            for sent in doc.sents for fr, _ in sentence_frames(sent)}


def test_by_default_read_as_a_passive_agent_is_refused(nlp):
    got = _gates(nlp, "Trading accounts are not enabled by default in GnuCash.")  # accounting:03
    assert got[("default in GnuCash", "does not enable", "trading accounts")] == "adverbial_phrase"
    got = _gates(nlp, "In LXC releases following 2.0.8, root passwords are not set by default.")  # sysadmin:04
    assert got and set(got.values()) == {"adverbial_phrase"}


def test_a_bare_noun_that_is_a_real_agent_is_kept(nlp):
    got = _gates(nlp, "Each base pair is held together by hydrogen bonding.")  # chemistry:10
    assert got[("hydrogen bonding", "holds together", "each base pair")] == ""
    got = _gates(nlp, "The bicarbonate is regulated in the blood by sodium, as are the phosphate ions.")  # anatomy:26
    assert got[("sodium", "regulates", "bicarbonate")] == ""
    got = _gates(nlp, "Calcium and phosphate are regulated by PTH, calcitriol, and calcitonin.")  # anatomy:26
    assert got[("PTH", "regulate", "calcium")] == ""


def test_a_fronted_adverbial_leaves_the_real_subject(nlp):
    got = _gates(nlp, "By default, the kernel manages physical memory in pages.")
    assert all(k[0] == "kernel" and v == "" for k, v in got.items()) and got
