"""A name given inside a sentence (definition_named.named_in) is the weakest evidence of a definition (round-13
judges): a participle set off by commas ("hydrazine, commonly called diazane,") gives another name of a noun the
sentence is not about; a bare comparative ("smaller units called ...") does not describe what the named thing is;
and a definition from this rule never replaces one of a stronger construction (is-a sentence, glossary, "X is
called Y") of the same concept, within a chunk or across chunks.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("Each nitrogen atom in hydrazine, commonly called diazane, has a trigonal pyramidal shape.", "diazane"),
    ("Each oxygen atom in the oxide, usually called rust, forms two bonds.", "rust"),
    ("Fats are large molecules made up of long chains of smaller units called fatty acids.", "fatty acids"),
])
def test_an_aside_name_or_a_bare_comparative_defines_nothing(nlp, sentence, name):
    assert name not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("Proteins are built from long chains of organic molecules called amino acids.", "amino acids"),
    ("Small veins eventually merge to form larger venous vessels known as venous trunks.", "venous trunks"),
    ("Gardeners spread a thin layer of straw known as mulch over the soil to keep it moist.", "mulch"),
])
def test_a_described_noun_named_without_commas_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)


def test_a_named_in_definition_gives_way_within_a_chunk():
    from proda.ingest.extract.offline import _Concepts

    c = _Concepts()
    c.add("fatty acids", "Fats are made of long chains of organic units called fatty acids.", "q1", "named_in")
    c.add("fatty acids", "Fatty acids are carboxylic acids with a long chain.", "q2", "is_a")
    assert c.all()[0].definition.startswith("Fatty acids are") and c.all()[0].how == "is_a"
    c.add("fatty acids", "Some long sentence with oils made of organic units called fatty acids here.", "q3", "named_in")
    assert c.all()[0].how == "is_a"


def test_a_named_in_definition_gives_way_across_chunks():
    from proda.ingest.resolve import Resolver
    from proda.models import ConceptDraft

    drafts = [ConceptDraft(name="fatty acids", how="named_in", source_quote="q",
                           definition="Fats are large molecules made up of long chains of organic units called fatty acids."),
              ConceptDraft(name="fatty acids", how="is_a", source_quote="q",
                           definition="Fatty acids are carboxylic acids.")]
    g = SimpleNamespace(existing=None, drafts=[0, 1])
    assert Resolver._definition([g], [], drafts) == "Fatty acids are carboxylic acids."
    assert Resolver._definition([SimpleNamespace(existing=None, drafts=[0])], [], drafts).startswith("Fats are")
