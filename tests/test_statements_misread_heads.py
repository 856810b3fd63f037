"""Words of a noun phrase the parse read as verbs: a past form beside a present verb is a participle of the object's
list, not a second verb ("supports various RDBMS and embedded databases" stored "GRASS GIS | embedded | databases",
session 37's fresh sample of nine manuals, wrong); the plural head of a list ", B, and C records" is no verb of its
last member ("NSEC | records for | zone", blind round 34).  Verbs of one tense, and a clause with a subject of its
own, stay.  Texts invented."""

from __future__ import annotations

from tests.statements_util import triples


def test_a_past_form_beside_a_present_verb_is_no_second_verb():
    got = triples("The toolkit supports various RDBMS (relational database systems) and embedded databases.")
    assert not any(p.startswith("embedded") for _, p, _ in got), got


def test_verbs_of_one_tense_both_stay():
    got = triples("Kinases add phosphate groups to proteins and activate many enzymes.")
    assert ("Kinases", "activate", "many enzymes") in got, got


def test_the_head_of_a_list_is_no_verb_of_its_last_member():
    got = triples("This is sufficient to create the necessary signing keys, and generate MX, SOA, and PTR records "
                  "for the zone.")
    assert not any(p.startswith("records") for _, p, _ in got), got
