"""instance_before's "a name right after the noun, past a comma": the name must be the noun's gloss ("the ammonia
molecule, NH3, ..."), not the subject of the clause that follows a fronted phrase ("Inside the nucleus, DNA is wrapped
..."): there the earlier noun names no instance, and the next sentence's "the nucleus ..." is a general fact.
Invented sentences (review of 8ecf57d)."""

from __future__ import annotations

from tests.statements_util import triples


def test_a_name_that_opens_the_next_clause_names_no_instance():
    got = triples("Inside the nucleus, DNA is wrapped around histones. "
                  "The nucleus is surrounded by a double membrane.")
    assert ("double membrane", "surrounds", "nucleus") in got, got
    got = triples("In the orchestra, Mozart wrote parts for the clarinet. "
                  "The orchestra includes strings, woodwinds and brass.")
    assert ("orchestra", "includes", "strings") in got, got
    got = triples("In the cell, ATP supplies energy for most reactions. The cell divides by mitosis.")
    assert ("cell", "divides by", "mitosis") in got, got


def test_a_gloss_after_the_noun_still_names_its_instance():
    got = triples("The shape of the ammonia molecule, NH3, comes from its lone pair. "
                  "The molecule is trigonal pyramidal.")
    got += triples("The largest planet, Jupiter, has dozens of moons. The planet is made mostly of hydrogen.")
    assert not any(s in ("molecule", "planet") for s, _, _ in got), got
