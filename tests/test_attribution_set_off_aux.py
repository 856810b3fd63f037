"""A reporting clause set off inside the sentence that the parser hangs on the main verb's auxiliary ("Past court
decisions, they contend, have entrenched ...": "contend" is ``parataxis`` of "have") still makes the main clause
somebody's view (blind round 24: a view whose holder, "they", stands in the sentence before was stored as the book's
fact).  A pronoun holder refuses the claim, a named one keeps it.  Invented sentences of several disciplines."""

from __future__ import annotations

from proda.ingest.extract.attribution import attributions
from proda.ingest.extract.claims import sentence_frames
from proda.ingest.extract.nlp import load_nlp


def held(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.subject, f.predicate, f.object, h) for s in load_nlp()(text).sents for f, h in sentence_frames(s)]


def test_a_pronoun_holder_on_the_auxiliary_refuses_the_claim():
    got = held("Critical race theorists argue that racism is embedded in law. "
               "Past court decisions, they contend, have entrenched segregation in housing.")
    assert not any(s == "past court decisions" for s, *_ in got), got
    got = held("Some economists study housing. Rising rents, they argue, have pushed families out of the city.")
    assert not any(s == "rising rents" for s, *_ in got), got


def test_a_named_holder_on_the_auxiliary_keys_the_main_verb():
    doc = load_nlp()("Past court decisions, Bell contends, have entrenched segregation in housing.")
    assert attributions(doc[:]) .get(8) == "Bell"  # "entrenched", not its auxiliary "have"
    doc = load_nlp()("Tariffs, economists warn, will raise consumer prices.")
    assert attributions(doc[:]).get(6) == "economists"  # "raise"


def test_a_set_off_clause_on_the_main_verb_is_as_before():
    got = held("Medieval villages, Bloch explained, were governed by custom.")
    assert got and all(h == "Bloch" for *_, h in got), got
