"""Fresh judge of s40's sample of gated frames: a phrase after a shared object read as the first verb's complement,
and a copula on a noun relative to an unstated rule."""

from statements_util import triples


def test_a_phrase_after_a_shared_object_is_not_the_first_verbs():
    # "produce and secrete PTH in response to ...": "produce" takes PTH, it is not "produced in response"
    got = triples("The parathyroid glands produce and secrete PTH, a peptide hormone, in response to low blood "
                  "calcium levels.")
    assert not any(p == "produce in" for _, p, _ in got)
    got = triples("Paired glands produce and secrete mucus into the urethra to buffer its pH.")
    assert not any(p == "produce into" for _, p, _ in got)


def test_a_phrase_before_the_second_verb_stays_the_firsts():
    got = triples("The motor response travels through the facial nerve and innervates the orbicularis oculi.")
    assert ("motor response", "travels through", "facial nerve") in got


def test_an_exception_to_an_unstated_rule_says_nothing():
    assert triples("The Supreme Court is no exception.") == []
    assert not any(o == "exceptions" for _, _, o in
                   triples("Iron and calcium are exceptions; they are absorbed in the duodenum."))


def test_the_act_after_help_or_make_stays_with_its_object():
    # "helps the body absorb calcium": the bare infinitive is the event, as "causes X to V" keeps it
    assert ("vitamin D", "helps", "body absorb calcium") in triples("Vitamin D helps the body absorb calcium.")
    assert not any(o == "body" for _, _, o in triples("Vitamin D helps the body absorb calcium."))
