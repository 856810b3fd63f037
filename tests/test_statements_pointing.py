"""A subject or object whose adjective points back to something said before ("A related process is ...", "a similar
method": fresh judges of audit round 13): refused by scope.pointing; invented sentences, with kept siblings (a bare
plural read reciprocally, "age-related", a referent named in the sentence).
"""

from __future__ import annotations

from tests.statements_util import triples


def test_related_singular_subject_is_refused():
    got = triples("A related method is fermentation, in which yeast converts sugar into alcohol.")
    assert not any("related" in s for s, _, _ in got)


def test_similar_singular_subject_is_refused():
    assert not any("similar" in s for s, _, _ in triples("A similar process occurs in plant cells."))


def test_related_bare_plural_is_kept():
    # species related to one another: the reciprocal reading needs nothing from the sentence before
    assert ("related species", "share", "common ancestor") in triples("Related species share a common ancestor.")


def test_hyphenated_related_names_its_own_referent():
    assert ("Age-related bone loss", "is", "common cause of fractures") in \
        triples("Age-related bone loss is a common cause of fractures.")


def test_related_to_a_conjunct_before_it_is_kept():
    got = triples("The balance exam and the related gait exam assess the functions of the cerebellum.")
    assert ("related gait exam", "assess", "functions of cerebellum") in got
