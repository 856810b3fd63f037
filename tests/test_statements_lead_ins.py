"""A list item under a lead-in that sets a condition or a restricted case gives no statement of its own (lead_ins.py,
via claims.sentence_frames; issue 11, s27-R): "For a backup to be restorable, two requirements must hold:" /
"The archive must include every file." is no general fact about archives, and its cloze ("The archive must include
_____.") is unanswerable.  Blocks are joined as the reader joins them (a blank line).  The invented texts hold one
construction each; the kept ones are the development books' (chemistry 04's islets-like lists, databases 02's
caveats, an example lead-in before a display) or invented.
"""

from __future__ import annotations

from proda.ingest.extract.lead_ins import lead_in, restricting
from proda.ingest.extract.nlp import load_nlp
from tests.statements_util import triples


def _items(lead: str, *items: str) -> str:
    return "\n\n".join((lead, *items))


def _about(text: str, word: str) -> list:
    return [t for t in triples(text) if word in t[0].lower() or word in t[2].lower()]


def test_a_purpose_with_its_requirements_restricts_the_items():
    text = _items("For a backup to be restorable, two requirements must hold:",
                  "The archive must include every file.", "The catalogue must name the archive.")
    assert not _about(text, "archive"), triples(text)


def test_a_case_of_one_kind_restricts_the_items():
    text = _items("In a clustered table, the following holds:", "Rows are stored in key order.",
                  "The index points to whole pages.")
    assert not _about(text, "key order") and not _about(text, "pages"), triples(text)


def test_a_condition_with_no_main_clause_restricts_the_items():
    text = _items("When the disk is full:", "The database refuses new connections.")
    assert not _about(text, "connections"), triples(text)


def test_a_list_of_conditions_restricts_the_items():
    text = _items("The following conditions must be met:", "The server must run on a dedicated host.",
                  "The firewall must allow the replication port.")
    assert not _about(text, "host") and not _about(text, "port"), triples(text)


def test_an_item_that_names_the_case_itself_is_kept():
    # databases 02: the caveats are of inheritance; the item names inheritance itself
    text = _items("The following caveats apply to partitioning implemented using inheritance:",
                  "Indexes and foreign key constraints apply to single tables and not to their inheritance children, "
                  "hence they have some caveats to be aware of.")
    assert ("indexes", "apply to", "single tables") in triples(text)


def test_a_lead_in_that_only_says_what_the_list_holds_keeps_its_items():
    text = _items("The pancreatic islets each contain four varieties of cells:",
                  "The alpha cell produces the hormone glucagon.")
    assert ("alpha cell", "produces", "hormone glucagon") in triples(text)


def test_an_example_lead_in_with_a_main_clause_keeps_what_follows():
    # databases 02: the colon introduced a display the reader dropped; the next paragraph is the book's own
    text = _items("If someone removes an order, the order items are removed as well:",
                  "RESTRICT prevents deletion of a referenced row.")
    assert ("RESTRICT", "prevents", "deletion of referenced row") in triples(text)


def test_a_long_block_after_the_lead_in_is_no_item():
    text = _items("When the disk is full:", "The database stops accepting writes. " + "It waits. " * 40)
    doc = load_nlp()(text)
    sent = next(s for s in doc.sents if "stops" in s.text)
    assert lead_in(sent) is None


def test_restricting_reads_the_lead_in_itself():
    doc = load_nlp()("If the compound is a binary acid (hydrogen and one other nonmetallic element):\n\nX.")
    lead = next(doc.sents)
    assert restricting(lead)
    doc = load_nlp()("For example, the following query finds the names of all cities:\n\nX.")
    assert not restricting(next(doc.sents))
