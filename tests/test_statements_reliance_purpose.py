"""After "rely on X", "depend on X", "appeal to X", an infinitive right after X says what X is relied on for: a frame
that cannot carry it is refused, not left bare.

Why (audit round 21, sociology 16): "Society relies on schools to teach about human sexuality as well as basic
skills such as budgeting ...—topics that ..." gave "society | relies_on | schools"; purposes.purpose_joined joins
only a short plain infinitive, and left a longer one's frame bare.  It now refuses the frame (None); an
infinitive's comma hung under its own object no longer stops a join.  Each test an invented sentence; kept
siblings: a short infinitive joined, a reliance verb without an infinitive.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_long_purpose_after_reliance_object_is_refused():
    got = triples("Parents rely on teachers to explain history as well as basic skills such as reading and simple "
                  "arithmetic—tasks that once belonged to the home.")
    assert not any(p == "rely on" and o == "teachers" for _, p, o in got)


def test_purpose_with_a_list_is_refused():
    got = triples("The village relies on the forest to provide wood, fruit, and medicine for most families.")
    assert not any(o == "forest" for _, _, o in got)


def test_purpose_with_its_comma_hung_inside_is_joined():
    got = triples("Because small firms depend on bank loans to buy machines, a rise in interest rates can slow "
                  "their growth.")
    assert ("small firms", "depend on", "bank loans to buy machines") in got


def test_short_purpose_is_joined():
    got = triples("Farmers rely on rivers to water their fields during the dry season.")
    assert any(p == "rely on" and o.startswith("rivers to water") for _, p, o in got)


def test_reliance_without_infinitive_is_kept():
    assert ("farmers", "rely on", "rivers for water") in triples("Farmers rely on rivers for water.")
