"""Chain names, independent audit round 12: a chain's name says which process, never the section heading alone, and
never ends on an adjective, adverb or verb (``chains._name``, ``chains._noun_end``), on invented general-English text:

- a cascade whose ends are no terms was named by the heading alone ("Soil", a question "What Is Soil?"): it is now
  named by its own first and last events, beside the heading, when both read as things;
- an end that is an adjective complement ("until the two rates are equal": "equal"), a clause ("bone and release
  calcium") or a dangling relative ("which ...") is no end of a name; a noun the tagger misread but the parse puts in
  a noun's place ("from the urine filtrate") is;
- kept siblings: a cascade already named by its terms ("Rain → dam") and a procedure named by its heading.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

SALT = ("The presence of salt in the soil activates root cells that block water intake. This prevents additional salt "
        "from entering the plant.")
LAKE = "As the rain falls on the hills, the level of the lake rises until the water spills over the dam."
RECIPE = ("Follow these steps to make the dough:\n\n1. Weigh the flour.\n\n2. Mix it with the water.\n\n"
          "3. Knead the dough until it is smooth.")


@pytest.mark.parametrize("heading", ["Soil", "What Is Soil?"])
def test_a_cascade_is_not_named_by_its_heading_alone(nlp, heading):
    (chain,) = chains_of(nlp, SALT, heading)
    assert chain.name.startswith("Presence of salt → ") and chain.name.endswith(f"({heading})")


def test_a_cascade_named_by_its_terms_is_kept(nlp):
    (chain,) = chains_of(nlp, LAKE, "Lakes")
    assert chain.name == "Rain → dam (Lakes)"


def test_a_procedure_keeps_its_heading(nlp):
    chains = chains_of(nlp, RECIPE, "Making Dough")
    assert chains and all(c.name.startswith("Making Dough") or "dough" in c.name.lower() for c in chains)


def _end(nlp, text: str, arg: str) -> bool:
    from proda.ingest.extract.chains import _noun_end

    return _noun_end(arg, [SimpleNamespace(span=nlp(text)[:])])


def test_an_adjective_is_no_end_of_a_name(nlp):
    assert not _end(nlp, "The reverse reaction speeds up until the two rates are equal.", "equal")
    assert not _end(nlp, "The gate opens, making the channel ready again.", "channel ready")


def test_a_clause_or_a_relative_is_no_end_of_a_name(nlp):
    assert not _end(nlp, "The cells secrete enzymes that degrade bone and release calcium.", "bone and release calcium")
    assert not _end(nlp, "The price rises, which lowers the demand.", "which lowers the demand")


def test_a_noun_in_a_nouns_place_is_an_end(nlp):
    assert _end(nlp, "Less water is reabsorbed from the urine filtrate.", "urine filtrate")
    assert _end(nlp, "The rate of the reverse reaction rises.", "rate of the reverse reaction")
