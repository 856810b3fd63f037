"""Right statements a gate refused (session 13, engineer C: statements_audit "LOST" units, accepted by the judges
and no longer produced): each test an invented sentence of the judged construction, the right unit kept, and the
sentence the gate was written for still refused.

told.told_object (the person told is no object when a clause of what was said follows): the parser also hangs a
quotation ("... gave rise to the adage “a kiss can heal a wound”") or a misread relative clause ("(a shift) that
will re-establish ...") on the verb as a ccomp; neither is what the subject was told, so the object stays.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_a_quoted_saying_after_the_object_is_not_what_was_told():
    got = triples("Garlic also contains allicin, which might have given rise to the proverb “a clove a day can keep a "
                  "cold away.”")
    got += triples("Honey also contains hydrogen peroxide, which might have given rise to the adage “a spoonful can "
                   "heal a burn.”")
    assert ("Garlic", "contains", "allicin") in got
    assert ("Honey", "contains", "hydrogen peroxide") in got


def test_a_relative_clause_read_as_a_clause_of_the_verb_is_not_what_was_told():
    got = triples("The tank will subsequently show a net flow in the direction of lower pressure (a drain) that will "
                  "re-establish the level.")
    assert any(s == "tank" and o.startswith("net flow") for s, _, o in got)


def test_the_person_told_is_still_refused_without_that_or_after_a_phrase():
    got = triples("The manager told the staff the office would close early.")
    got += triples("The manager told the staff on Monday that the office would close early.")
    got += triples("The coach assured the players that the match would go ahead.")
    assert not any(o in ("staff", "players") for _, _, o in got)


# ----------------------------------------------------------------------------- a whole named by its parts
# narrative.parts_of_a_whole drops "consists of A" / "consists of B" (each false alone, audit round 7); the parts
# together are the claim, so one frame carries them all (judged right: "chromosome | is composed of | DNA").


def test_a_whole_is_kept_with_all_its_parts():
    got = triples("Brass consists of copper and zinc.")
    got += triples("The hindbrain is composed of the cerebellum, the pons, and the medulla.")
    assert any(s == "Brass" and p == "consists of" and o == "copper and zinc"
               for s, p, o in got)
    assert any(s == "hindbrain" and "cerebellum" in o and "pons" in o and "medulla" in o for s, _, o in got)


def test_a_part_alone_is_still_not_the_whole():
    got = triples("Brass consists of copper and zinc.")
    got += triples("The hindbrain is composed of the cerebellum, the pons, and the medulla.")
    assert not any(o in ("copper", "zinc", "cerebellum", "pons", "medulla") for _, _, o in got)
