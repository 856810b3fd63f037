""""what A calls Y" / "which A calls Y" names Y; it defines Y only where the sentence describes what it names.

Round 19 judged "rational-legal legitimacy: Weber's third type of legitimacy is what he calls rational-legal
legitimacy." no definition: a ranked subject ("the third type of X") only places Y in a list (the next sentence
says what it is), while "The first of these is what he calls traditional legitimacy, where the regime embraces ..."
was accepted: the clause after the name describes it.  The same census (every "what/which A calls Y" of the
development chapters) found two more shapes that name without describing: a free relative that is only an argument
of the sentence's verb ("Chavismo opposes what scholars call neoliberalism."), and "which A calls Y" on a
demonstrative ("Mill grounds this standard, which he calls the harm principle, on two assumptions").  Each keeps Y
as a name (``also_called``), without the sentence as its definition.  Sentences invented."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from definitions_util import defined  # noqa: E402
from proda.ingest.extract.definitions import definitions_in  # noqa: E402
from proda.ingest.extract.nlp import load_nlp  # noqa: E402


def _found(sentence: str) -> dict[str, tuple[str, str]]:
    doc = load_nlp()(sentence)
    return {f.name.lower(): (f.how, f.definition) for fs in definitions_in(doc, list(doc.sents)).values() for f in fs}


@pytest.mark.parametrize("sentence, name", [
    ("Marx's second type of estrangement is what he calls species estrangement.", "species estrangement"),
    ("The movement opposes what economists call monetarism.", "monetarism"),
    ("Many voters distrust what pundits call technocracy.", "technocracy"),
    ("Smith bases this rule, which he calls the invisible hand, on two claims about markets.", "invisible hand"),
])
def test_a_naming_without_a_description_gives_only_the_name(sentence, name):
    assert name not in defined(sentence), defined(sentence)
    assert _found(sentence).get(name, ("also_called", ""))[1] == ""


@pytest.mark.parametrize("sentence, name", [
    ("A group of people who share a territory and a culture is what sociologists call a society.", "society"),
    ("The workers bond over a recognition of their shared condition\u2014what Marx calls class "
     "consciousness\u2014and demand change.", "class consciousness"),
    ("These examples describe the rules of conduct through which groups are ordered, or what sociologists call "
     "norms.", "norms"),
    ("Hobbes argued for what he called a Leviathan\u2014an enormously powerful state\u2014to keep the peace.",
     "leviathan"),
    ("Rule by one virtuous ruler, which he called a monarchy, was the ideal.", "monarchy"),
    ("He agreed that rule by a group of such virtuous rulers, which he called an aristocracy, would be ideal.",
     "aristocracy"),
    ("Hobbes argued that humans can advance what he called laws of nature, or rules based on reason that would "
     "achieve peace.", "laws of nature"),
])
def test_a_naming_beside_its_description_still_defines(sentence, name):
    assert defined(sentence).get(name) == "called", defined(sentence)
