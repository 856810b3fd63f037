""""single axon", "isolated atoms": a word that picks out one instance ("single", "isolated", "lone") describes how
many or how alone a thing is, it does not name a kind (audit rounds 11 and 13); recurrence, a heading or a name given
to it ("a single contraction is called a twitch" names the twitch) do not make it a term
(``terms.instance_adjectives``).  The glossary or a definition still does ("single bond", "lone pair").  Invented
evidence."""

from proda.ingest.extract.l1_terms import l1_term

_OFTEN = {"docs": 6, "sections": 9, "chunks": 12, "free": 8}


def test_one_instance_of_a_thing_is_no_term_by_recurrence():
    for name in ("single axon", "isolated atoms", "lone neuron", "single bone"):
        assert not l1_term(name, _OFTEN), name
    assert not l1_term("single contraction", {**_OFTEN, "named": True})


def test_a_listed_or_defined_kind_and_other_modifiers_stay():
    assert l1_term("single bond", {**_OFTEN, "glossary": True})
    assert l1_term("lone pair", {**_OFTEN, "defined": True})
    assert l1_term("myelinated axon", _OFTEN)
