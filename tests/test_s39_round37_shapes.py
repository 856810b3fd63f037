"""Blind round 37 (networking, the Wireshark User's Guide) rejected statements whose limit, condition or end the frame
dropped, and definition-list entries that say when a field is set; each shape here on invented sentences of other
disciplines, with the siblings that must stay:

* a clause inside what a part of the text will tell ("This section will give you an overview of what happens while
  the compiler links object files": clause_claims.told_by_the_text);
* a fronted adverb's phrase of domain ("Internally to the database, dates are stored in UTC": scope_limits.
  fronted_scope); a contrast, a concession and a time ("Instead of X", "Regardless of X", "Prior to X") leave the
  claim or are carried, and a place after an adverb ("Once in the bloodstream, ...") is still carried;
* a move's end the parser hung on the verb ("moves sodium ions from the cytoplasm [to the extracellular fluid]"):
  joined to the object (argument_rests.tail_end), where before the object told half the move;
* an "if" clause the parser hung under "For example" before the main clause (conditions.fronted_condition);
* a compound of two plural nouns read as subject and verb ("the hosts files on your system": misread_verbs.
  plural_noun_pair); "Diabetes causes ..." stays;
* list items under "... when all of the following are true:" (lead_ins._following_conditions);
* a definition-list gloss that is a bare participle of setting ("Always set.", "Set when ...":
  definition_entries.sentence_defines).
"""

from __future__ import annotations

from proda.ingest.extract.definition_entries import entry_defines
from proda.ingest.extract.nlp import load_nlp
from tests.statements_util import triples


def test_clause_inside_a_signpost_gives_no_frame():
    got = triples("This section will give you an overview of what happens while the compiler links object files.")
    assert not any("compiler" in s or "files" in o for s, _, o in got)


def test_fronted_adverb_phrase_limits_the_claim():
    assert triples("Internally to the database, dates are stored in UTC.") == []
    # the parser hangs the phrase on the adverb, or the adverb on the phrase, after a sentence before it
    for text in ("Other ledgers keep the entry time of records as local time values. Internally to the ledger, dates "
                 "are stored in UTC. This means that we convert.",
                 "Other archives save the arrival time of letters as local time values. Internally to the archive, "
                 "dates are represented in UTC. This means that the clerks convert them."):
        assert not any(s == "dates" for s, _, _ in triples(text))


def test_contrast_concession_place_and_time_phrases_of_an_adverb_stay():
    """Session 39's sweep: "Instead of X", "Regardless of X" leave the claim whole; "Prior to X" is carried."""
    assert ("weavers", "spin", "cotton") in triples("Instead of wool, the weavers spin cotton.")
    assert ("council", "holds", "considerable power") in triples("Regardless of its size, the council holds considerable power.")
    assert ("fields prior to the harvest", "are flooded with", "river water") in \
        triples("Prior to the harvest, the fields are flooded with river water.")


def test_place_after_an_adverb_is_still_carried():
    assert ("hormone in the bloodstream", "binds to", "receptors") in \
        triples("Once in the bloodstream, the hormone binds to receptors.")


def test_end_of_a_move_is_joined_to_the_object():
    assert ("pump", "moves", "sodium ions from the cytoplasm to the extracellular fluid") in \
        triples("The pump moves sodium ions from the cytoplasm to the extracellular fluid.")
    assert ("clerk", "transfers", "funds from the savings account into the checking account") in \
        triples("The clerk transfers funds from the savings account into the checking account.")


def test_condition_hung_under_for_example_drops_the_main_clause():
    text = ("For example, if you load a scan file with micron resolution and store the scan data in a tiff file (with "
            "millimetre resolution) Gimp obviously must reduce the precision from micron to millimetre.")
    assert not any(s == "Gimp" for s, _, _ in triples(text))


def test_two_plural_nouns_are_one_noun_phrase():
    text = ("The importer obtains exchange rates from a variety of sources, including online services, the ledger "
            "itself (e.g., for a past entry), and the prices files on your system and in your profile directory.")
    assert not any(s == "prices" for s, _, _ in triples(text))
    assert ("diabetes", "causes", "damage to kidneys") in triples("Diabetes causes damage to the kidneys.")


def test_items_of_a_following_condition_give_no_frame():
    text = ("A ticket is closed when all of the following hold:\n\nThe customer confirms the fix.\n\n"
            "The agent records the cause in the log.")
    assert triples(text) == []


def test_items_of_a_plain_list_still_give_frames():
    text = "The desk handles three kinds of requests:\n\nThe agent records the cause in the log."
    assert ("agent", "records", "cause in log") in triples(text)


def test_gloss_saying_when_a_field_is_set_defines_nothing():
    nlp = load_nlp()
    assert not entry_defines("Always set. Note that this is not the same as the previous balance.", nlp)
    assert not entry_defines("Set when there are no pending transfers.", nlp)
    assert not entry_defines("Always updated for each transfer.", nlp)
    assert entry_defines("The last balance plus the pending amount. Set when there are no pending transfers.", nlp)
    assert entry_defines("Set of physical conditions that keep the body stable.", nlp)
