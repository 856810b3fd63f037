"""A coordinated argument under an exclusive word ("only", "solely", "exclusively", "merely"; "alone" after the list)
gives no claim per conjunct (only_lists.py, via cuts.exhaustive_list; issue 11, s27-O).

"Xen is only available for the i386, amd64, arm64 and armhf architectures" gave "Xen | is available for | armhf
architectures": the book names four, and the limit is the point.  The first three sentences are the development
books' (sysadmin 04, anatomy 09, accounting 03); the rest are invented, one construction each.  Kept siblings: a
list without a limit is split as before, "not only ... but also" adds, "both" does not limit, "just above" is a
degree.
"""

from __future__ import annotations

from tests.statements_util import triples


def _no_conjunct_alone(text: str, *conjuncts: str) -> None:
    got = triples(text)
    for c in conjuncts:
        assert not any(o == c or s == c for s, _, o in got), got


def test_only_on_the_predicate_adjective_keeps_the_list_from_being_split():
    text = "Xen is currently only available for the i386, amd64, arm64 and armhf architectures."
    _no_conjunct_alone(text, "armhf architectures", "i386", "amd64", "arm64")


def test_only_on_the_verb_before_its_preposition():
    text = "Hinge joints, such as at the knee and elbow, allow only for flexion and extension."
    _no_conjunct_alone(text, "flexion", "extension")


def test_only_before_the_verb_limits_its_object_list():
    text = "This reflects that the trading accounts only reflect gains and losses since the book was opened."
    _no_conjunct_alone(text, "gains", "losses")


def test_only_on_a_passive_agent():
    _no_conjunct_alone("The membrane is supported only by actin and myosin.", "actin", "myosin")


def test_solely_on_the_preposition():
    _no_conjunct_alone("The enzyme acts solely on glucose and fructose.", "glucose", "fructose")


def test_a_subject_list_closed_by_alone_or_opened_by_only_gives_each_member_without_the_word():
    # s28-O2 changed this expectation: each member of a limited SUBJECT list does do it (a blind judge accepted
    # them; the limit is a claim about the others), so one claim each, the word left out (test_s28_only_subjects)
    split = [("liver", "produce", "glycogen"), ("kidneys", "produce", "glycogen")]
    assert triples("The liver and the kidneys alone produce glycogen.") == split
    assert triples("Only the liver and the kidneys produce glycogen.") == split


def test_a_list_without_a_limit_is_split_as_before():
    assert triples("The enzyme acts on glucose and fructose.") == [
        ("enzyme", "acts on", "glucose"), ("enzyme", "acts on", "fructose")]
    assert triples("Glycogen is produced by the liver and the kidneys.") == [
        ("liver", "produce", "Glycogen"), ("kidneys", "produce", "Glycogen")]
    assert triples("The trading accounts reflect gains and losses.") == [
        ("trading accounts", "reflect", "gains"), ("trading accounts", "reflect", "losses")]


def test_both_does_not_limit_a_subject_list():
    assert triples("Both the atria and the ventricles undergo systole.") == [
        ("atria", "undergo", "systole"), ("ventricles", "undergo", "systole")]


def test_not_only_adds_and_is_left_to_the_other_checks():
    from proda.ingest.extract.nlp import load_nlp
    from proda.ingest.extract.only_lists import limited_list

    doc = load_nlp()("The virus infects not only the liver and the spleen but also the kidneys.")
    assert not limited_list(next(t for t in doc if t.dep_ == "ROOT"))


def test_a_list_read_whole_with_its_limit_is_kept():
    # the whole disjunction keeps "only" in its predicate (coordinations.whole_disjunction): right as it stands
    assert triples("Prisoners can only receive letters or parcels.") == [
        ("prisoners", "can only receive", "letters or parcels")]
    _no_conjunct_alone("Prisoners can only receive letters and parcels.", "letters", "parcels")
