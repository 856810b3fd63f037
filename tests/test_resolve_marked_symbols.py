"""Entity resolution (audit round 17, chemistry 16: "cell potential" shown with the glossary definition of "standard
cell potential"): two glossary terms whose symbols differ only by a mark -- a degree sign for a standard state
("Q°p" / "Qp"), a prime, a charge ("Xe+" / "Xe") -- were linked by their symbols (the spelling key drops the mark,
``normalize_name`` drops one at the edge), so the two terms became one concept, the name of one with the definition
of the other.  A symbol with such a mark links only to the same marked symbol (``resolve_marks``); kept siblings: a
symbol written the same way in two places still merges its terms, and a plain symbol alias ("ATP") still links."""

from __future__ import annotations

from proda.config import ResolutionConfig
from proda.ingest.resolve import Resolver
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
