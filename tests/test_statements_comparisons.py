"""A comparison stated whole gives one statement that carries it whole: subject X, the comparison in the predicate,
the other side Y as the object ("X are more likely to V than | Y"), its lemma keeping the comparison
("be_more_likely_to_vote_than"), "less" kept as "less" (no negation, sign +1) and "not" as the negation
(comparisons.py; session 24, Q, after the census s23-Y-census.md found the comparative the largest teachable family
of sentences giving no statement).  Before, clause_claims.comparative refused every such clause.  No statement when a side
is a pronoun or vague ("than others", "than before"), a setting ("than in Y"), a number, or the clause is modal,
conditional, reported or carries a second comparison.  Invented sentences."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _frames(nlp, text):
    from proda.ingest.extract.claims import sentence_frames

    return [f for s in nlp(text).sents for f, _ in sentence_frames(s)]


@pytest.mark.parametrize("text,claim", [
    ("Urban voters are more likely than rural voters to support public transit.",
     ("urban voters", "are more likely to support public transit than", "rural voters")),
    ("Urban voters are more likely to support public transit than rural voters.",
     ("urban voters", "are more likely to support public transit than", "rural voters")),
    ("Women are less likely than men to hold elected office.",
     ("women", "are less likely to hold elected office than", "men")),
    ("Democracies have more political parties than authoritarian regimes.",
     ("democracies", "have more political parties than", "authoritarian regimes")),
    ("Small states have fewer resources than large states.",
     ("small states", "have fewer resources than", "large states")),
    ("Older voters vote more often than younger voters.", ("older voters", "vote more often than", "younger voters")),
    ("Cardiac muscle cells are more resistant to fatigue than skeletal muscle cells.",
     ("cardiac muscle cells", "are more resistant to fatigue than", "skeletal muscle cells")),
    ("Deviance is a more encompassing term than crime.", ("deviance", "is a more encompassing term than", "crime")),
])
def test_a_comparison_is_stated_whole(claims, text, claim):
    assert claim in claims(text), claims(text)


def test_the_lemma_keeps_the_comparison_and_less_is_no_negation(nlp):
    got = _frames(nlp, "Women are less likely than men to hold elected office.")
    assert [(f.predicate_lemma, f.polarity, f.negated) for f in got] == \
        [("be_less_likely_to_hold_elected_office_than", 1, False)]


def test_not_is_the_negation(nlp):
    got = _frames(nlp, "Rural voters do not vote more often than urban voters.")
    assert [(f.predicate, f.polarity, f.negated) for f in got] == [("do not vote more often than", -1, True)]


def test_an_adjective_in_the_comparative_keeps_its_form_in_the_lemma(nlp):
    # (the copula's own "X is larger than Y" was "be_large_than": rendered back, "are not large than")
    got = _frames(nlp, "Covalent bonds are stronger than ionic bonds.")
    assert [f.predicate_lemma for f in got] == ["be_stronger_than"]


def test_a_comparison_is_its_own_family_of_sign_plus_one():
    from proda.lexicon import family_of, polarity_of

    assert family_of("be_stronger_than") == "be_stronger_than"  # not "is_a"
    assert family_of("have_more_political_parties_than") == "have_more_political_parties_than"  # not "contain"
    assert polarity_of("reduce_pain_less_than") == 1  # a comparison, not a decrease


@pytest.mark.parametrize("text", [
    "Urban voters are more likely than others to support public transit.",  # a vague side
    "Urban voters are more likely to vote than they were before.",  # a pronoun side, a clause
    "Urban voters vote more often than before.",  # no side at all
    "Third parties are more viable in parliamentary regimes than in presidential regimes.",  # a setting, not a side
    "Urban voters may be more likely than rural voters to support public transit.",  # a modal
    "If taxes rise, urban voters are more likely than rural voters to support public transit.",  # a condition
    "Studies found that urban voters are more likely than rural voters to support public transit.",  # reported
    "Supermajority voting rules require more than a majority to pass legislation.",  # a quantity
    "Large states have more than fifty members.",  # a number
    "Urban voters are even more likely than rural voters to support public transit.",  # and than a side told before
    "Urban voters are more likely than rural voters to support public transit and less likely than rural "
    "voters to own a car.",  # two comparisons in one sentence
    # (the development sweep's wrong ones, s24-Q)
    "During a flood, the water level becomes higher than the dam wall.",  # a change: a stage, true when the text says
    "Heavy rain has a greater effect than light snow.",  # an effect on what?
    "Nitrite salts are much more stable than the acid.",  # which acid, the sentence before says
    "Urban voters vote still more often than rural voters.",  # and more than a side told before
    "Supermajority voting rules require more than a simple majority.",  # a quantity, not two sides
    "Lawyers earn more money than surgeons because surgeons work fewer hours than lawyers.",  # two comparisons
    "Guild members attend meetings more regularly than members of other guilds in the northern towns.",  # side cut
    "Urban voters are more likely than most other voters to support public transit.",  # all the rest, named nowhere
    "Teenage mothers are more likely to leave school than their older counterparts.",  # whose counterparts
])
def test_no_comparison_without_both_sides_in_a_plain_clause(claims, text):
    assert not [c for c in claims(text) if "than" in c[1]], claims(text)


def test_the_compared_side_is_a_noun_phrase_of_its_own(claims):
    # "than men to vote" read as one phrase by the parser: the side would carry the infinitive
    got = claims("Women are not more likely than men to vote.")
    assert not [c for c in got if "to vote" in c[2]], got


@pytest.mark.parametrize("text,claim", [
    ("Copper salts are much more soluble than the parent metal.",
     ("copper salts", "are much more soluble than", "parent metal")),
    ("Guild members attend meetings more regularly than members of rival guilds.",
     ("Guild members", "attend meetings more regularly than", "members of rival guilds")),
    ("The process of retraining is more stressful than normal training because workers have to unlearn habits.",
     ("process of retraining", "is more stressful than", "normal training")),
])
def test_siblings_of_the_refusals_are_kept(claims, text, claim):
    assert claim in claims(text), claims(text)
