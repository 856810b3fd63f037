"""Entity resolution (audit round 17, chemistry 16: "cell potential" shown with the glossary definition of "standard
cell potential"): two glossary terms whose symbols differ only by a mark -- a degree sign for a standard state
("Q°p" / "Qp"), a prime, a charge ("Xe+" / "Xe") -- were linked by their symbols (the spelling key drops the mark,
``normalize_name`` drops one at the edge), so the two terms became one concept, the name of one with the definition
of the other.  A symbol with such a mark links only to the same marked symbol (``resolve_marks``); kept siblings: a
symbol written the same way in two places still merges its terms, and a plain symbol alias ("ATP") still links."""

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


def test_a_degree_sign_keeps_two_terms_apart():
    res = _resolve([_glossary("pump output (Qp)", "volume of water a pump delivers each minute"),
                    _glossary("rated pump output (Q°p)", "the pump output when the pump runs at its rated speed")])
    by = {c.name: c for c in res.concepts}
    assert set(by) == {"pump output", "rated pump output"}, sorted(by)
    assert by["pump output"].definition.startswith("volume of water"), by["pump output"].definition


def test_a_trailing_mark_keeps_two_terms_apart():
    res = _resolve([_glossary("thermal drift (ΔT)", "change of a reading with the room's warmth"),
                    _glossary("rated thermal drift (ΔT°)", "the thermal drift measured at the rated warmth"),
                    _glossary("charged widget (Wx+)", "a widget that carries a charge"),
                    _glossary("widget (Wx)", "a small part of a machine")])
    assert len(res.concepts) == 4, [(c.name, c.aliases) for c in res.concepts]


def test_the_same_marked_symbol_still_links_its_terms():
    res = _resolve([_glossary("rated pump output (Q°p)", "the pump output when the pump runs at its rated speed"),
                    ConceptDraft(name="standard pump output", aliases=["Q°p"], how="also_called"),
                    _glossary("adenosine triphosphate (ATP)", "the energy currency of the cell"),
                    ConceptDraft(name="ATP", how="mention")])
    assert len(res.concepts) == 2, [(c.name, c.aliases) for c in res.concepts]
    rated = next(c for c in res.concepts if c.name == "rated pump output")
    assert "Q°p" in rated.aliases and "standard pump output" in rated.aliases, rated.aliases


# Entity resolution (audit round 20, a chemistry glossary): a term whose symbol carries an asterisk -- the starred
# (antibonding, excited, adjusted) partner of a plain term, "ψ* mixing state" beside "ψ mixing state" -- was linked to
# the plain term by the spelling key, which drops every non-word character, so the two glossary terms became one
# concept: the plain term's name with the starred term's definition (a wrong fact, judged so).  A name with a short
# symbol that carries a mark (asterisk, degree sign, prime, charge) links no spelling variant (``resolve_marks``).
# Kept siblings: the same starred name written twice merges; a plain multi-word name still links its spelling variant
# ("heat-flow rate" / "heat flow rate"); a word with a footnote-style asterisk longer than a symbol is not a symbol.


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
