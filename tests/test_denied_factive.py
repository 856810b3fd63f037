"""denied.py (8ecf57d) and a verb that presupposes its "that" / wh-clause: "no one knew that X" still says X is so,
while "nobody has shown that X" / "nothing proves that X" do not.  Invented sentences (review of 8ecf57d)."""

from __future__ import annotations

from proda.ingest.extract.denied import denied_clause
from proda.ingest.extract.nlp import load_nlp
from tests.statements_util import triples


def _verb(text: str, word: str):
    return next(t for t in load_nlp()(text) if t.lower_ == word)


def test_a_presupposed_clause_under_a_denied_knower_stays():
    got = triples("No one knew that the disease was spread by mosquitoes.")
    assert ("mosquitoes", "spread", "disease") in got, got
    assert not denied_clause(_verb("Nobody realized that the water supply carried cholera.", "carried"))
    assert not denied_clause(_verb("No one understood why the bridge collapsed in the storm.", "collapsed"))


def test_a_clause_under_a_denied_showing_is_still_refused():
    got = triples("Nobody had shown that the drug lowered blood pressure.")
    got += triples("Nothing proves that the king ordered the killing.")
    assert not any(s in ("drug", "king") for s, _, _ in got), got
