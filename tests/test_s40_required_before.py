"""Round 38 blind audit: "A filesystem must be prepared on a disk before it can be mounted" was stored as the rule
"filesystem | must be prepared on | disk"; a necessity relative to a later event holds only on the way to it."""

from statements_util import triples


def test_a_necessity_before_an_event_is_refused():
    assert triples("A filesystem must be prepared on a disk before it can be mounted.") == []
    assert triples("The data must be stored in a buffer before it can be sent.") == []
    assert triples("The sample must be kept in a desiccator until it is weighed.") == []


def test_a_plain_necessity_or_a_plain_before_stays():
    assert ("data", "must be stored in", "buffer") in triples("The data must be stored in a buffer.")
    assert ("kernel", "must load", "driver") in triples("The kernel must load the driver.")
    # no necessity: the clause orders two events, the frame's own still happens
    assert ("kernel", "loads", "driver") in triples("The kernel loads the driver before the device is used.")
