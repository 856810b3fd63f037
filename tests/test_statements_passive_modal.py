"""A passive turned active keeps the modal its participle shares with a coordinated one.

Audit round 19 (political science): "All candidates ... must be vetted and approved by the Guardian Council" was
stored as "Guardian Council | approves | all candidates": the modal hangs on the first participle only, so the
second, turned active, said that every candidate is approved.  Invented sentences; the siblings: a participle with
its own auxiliary takes no modal from the first, and a plain passive pair stays in the present.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_second_participle_shares_the_modal():
    got = triples("All applications must be reviewed and signed by the dean.")
    assert ("dean", "must sign", "all applications") in got
    assert not any(p == "signs" for _, p, _ in got)


def test_second_participle_under_can_shares_it():
    got = triples("Every sample can be weighed and labelled by the technician.")
    assert ("technician", "can label", "every sample") in got


def test_a_pair_without_modal_stays_present():
    got = triples("The samples are washed and dried by the technician.")
    assert ("technician", "dries", "samples") in got


def test_the_first_participle_keeps_its_own_modal():
    got = triples("The budget must be approved by the assembly.")
    assert ("assembly", "must approve", "budget") in got
