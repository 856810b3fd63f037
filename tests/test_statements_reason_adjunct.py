"""'for + reason / purpose' says why a claim holds, it is no argument of it (blind check, session 17: "negative
advertising | is_problematic_for | obvious reasons" and its cloze "... is problematic for _____").  Invented
sentences."""

from tests.statements_util import triples


def test_a_reason_after_for_is_no_object():
    got = triples("Deficit spending is risky for obvious reasons.")
    assert not any("reasons" in o for _, _, o in got)
    got = triples("Wetlands are protected for several purposes.")
    assert not any("purposes" in o for _, _, o in got)


def test_a_thing_after_for_is_still_an_object():
    got = triples("Deficit spending is risky for small economies.")
    assert any("small economies" in o for _, _, o in got)
