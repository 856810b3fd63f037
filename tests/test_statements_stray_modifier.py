"""A subject that swallowed the predicate of another clause is no subject (audit round 13).

"... argued that as society grew more complex, social order made the transition ..." was stored with the subject
"more complex social order": the parser hung "complex", the predicate adjective of "grew", on "order" across the
comma.  A modifier of the subject that starts right after a verb of another clause lacking its own complement, and
is parted from the noun by a comma, belongs to that verb: the frame is refused.  Invented sentences.
"""

from __future__ import annotations

from proda.ingest.extract.stray_modifier import swallowed_predicate
from proda.ingest.extract.nlp import load_nlp
from tests.statements_util import raw_frame, triples


def test_a_subject_holding_the_adjective_of_an_as_clause_is_refused():
    # "As the town grew/became more crowded, social order weakened ..." is also a proportion, refused before any frame
    # is read (conditions._proportional, s25-N; its "more" now stands in the main clause's subject too): the verb
    # is checked on the parse itself
    for text in ("Hale argued that as the town became more crowded, social order shaped the guilds.",
                 "As the town became more crowded, social order shaped the guilds."):
        sent = next(load_nlp()(text).sents)
        verb = next(t for t in sent if t.lower_ == "shaped")
        (subj,) = [c for c in verb.children if c.dep_ == "nsubj"]
        assert "crowded" in [t.lower_ for t in subj.subtree]  # the parse this guards against
        assert swallowed_predicate(verb)
        assert not any("crowded" in s for s, _, _ in triples(text))


def test_the_same_clause_parsed_right_is_kept():
    # kept sibling: "more crowded" read as the complement of "grew"
    assert ("social order", "required", "written laws") in triples(
        "Hale argued that as the town grew more crowded, social order required written laws.")


def test_coordinate_adjectives_of_the_subject_are_kept():
    # kept sibling: a comma between two adjectives of the subject, no verb before them
    assert triples("Large, heavy stones fell from the cliff.") == [("large heavy stones", "fell from", "cliff")]
    fr, sent = raw_frame("After the storm, large, heavy stones fell from the cliff.", "fell")
    assert not swallowed_predicate(sent.doc[fr.verb])
