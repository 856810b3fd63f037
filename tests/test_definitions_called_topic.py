""""Y studied / explored what Z called X" says that X was a topic, not what X is (audit round 13: "Smith's three
major works explored what she called 'the conceptual practices of power' and are still considered seminal works ..."
was stored as the definition of the name).  A verb of telling (``cloze.telling_verbs``: explore, study, examine,
discuss ...) over the naming clause, with no gloss set after the name, defines nothing.  Invented sentences."""

from tests.definitions_util import defined


def test_a_name_given_as_a_topic_is_not_defined():
    got = defined("Her three books explored what she called “the bureaucratic habits of thought” and are still "
                  "read widely in ethnography.")
    assert "bureaucratic habits of thought" not in got
    assert "civic drift" not in defined("The survey examined what the authors called civic drift among young voters.")


def test_a_topic_name_with_its_gloss_or_under_another_verb_is_kept():
    assert "anomie" in defined("Durkheim studied what he called anomie: a state in which shared norms no longer "
                               "guide people.")
    # under another verb the name is still given, but with no gloss the sentence says nothing of what it is
    # (session 19, E3: "Chavismo opposes what scholars call neoliberalism."): a name, no definition
    from proda.ingest.extract.definitions import definitions
    from proda.ingest.extract.nlp import load_nlp

    sent = "Marx argued that workers would develop what he called class consciousness."
    assert "class consciousness" not in defined(sent)
    assert [(f.name, f.how, f.definition) for f in definitions(next(load_nlp()(sent).sents))] == \
        [("class consciousness", "also_called", "")]
