"""Entity resolution (audit round 20, a chemistry glossary): a term whose symbol carries an asterisk -- the starred
(antibonding, excited, adjusted) partner of a plain term, "ψ* mixing state" beside "ψ mixing state" -- was linked to
the plain term by the spelling key, which drops every non-word character, so the two glossary terms became one
concept: the plain term's name with the starred term's definition (a wrong fact, judged so).  A name with a short
symbol that carries a mark (asterisk, degree sign, prime, charge) links no spelling variant (``resolve_marks``).
Kept siblings: the same starred name written twice merges; a plain multi-word name still links its spelling variant
("heat-flow rate" / "heat flow rate"); a word with a footnote-style asterisk longer than a symbol is not a symbol."""

from __future__ import annotations

from proda.config import ResolutionConfig
from proda.ingest.resolve import Resolver
from proda.ingest.resolve_marks import carries_mark
from proda.models import ConceptDraft


class _NoModel:
    def encode(self, texts):  # pragma: no cover - must not be called
        raise AssertionError("the model must not be used")


def _resolve(drafts):
    return Resolver(ResolutionConfig(enabled=False), embedder=_NoModel()).resolve(drafts, [])


def _glossary(name, definition):
    return ConceptDraft(name=name, definition=definition, how="definition_list")


def test_a_starred_symbol_keeps_two_terms_apart():
    res = _resolve([_glossary("ψ mixing state", "state in which the two waves add in phase"),
                    _glossary("ψ* mixing state", "state in which the two waves cancel out of phase")])
    by = {c.name: c for c in res.concepts}
    assert set(by) == {"ψ mixing state", "ψ* mixing state"}, [(c.name, c.aliases) for c in res.concepts]
    assert by["ψ mixing state"].definition.startswith("state in which the two waves add"), by
    assert by["ψ* mixing state"].definition.startswith("state in which the two waves cancel"), by


def test_the_same_starred_name_still_merges_and_plain_variants_still_link():
    res = _resolve([_glossary("ψ* mixing state", "state in which the two waves cancel out of phase"),
                    ConceptDraft(name="ψ* mixing state", how="mention"),
                    _glossary("heat-flow rate", "heat passing through a wall each second"),
                    ConceptDraft(name="heat flow rate", how="mention")])
    assert len(res.concepts) == 2, [(c.name, c.aliases) for c in res.concepts]


def test_what_carries_a_mark():
    assert carries_mark("ψ* mixing state") and carries_mark("E°cell") and carries_mark("π*")
    assert carries_mark("Na+ ion channel")
    assert not carries_mark("heat-flow rate") and not carries_mark("glucose")
    assert not carries_mark("photosynthesis* process")  # a footnote star on a word, not a symbol


def test_the_embedding_guard_keeps_a_starred_name_apart():
    from proda.ingest.resolve_names import contrast_reason

    assert contrast_reason("ψ* mixing state", "ψ mixing state") == "marked symbol"
    assert contrast_reason("ψ* mixing state", "ψ* mixing states") is None
