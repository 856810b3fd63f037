"""A part of one tool or one worked case named by a bare definite noun ("the default", "the input", "the function",
"the mapping", "the actual algorithm", "the R option") has its referent on the page, not in the statement: session
37's fresh sample of nine manuals' statements had 8 of its 20 rejects so ("default | specifies | uniformly weighted
mean over outputs", "Nei distance | is | default", "Input | is | tree file ...").  So does a phrase fronted on the
verb that is the page's ("In the example shown above, ...", "In all of the above cases, ...", blind round 34).
Named ("the logistic function", "the output of the amplifier", a code name the parser took for a determiner) the
noun stands.  Texts invented."""

from __future__ import annotations

import pytest

from tests.statements_util import triples


@pytest.mark.parametrize("text, word", [
    ("The default is 'fast_mode', which selects a greedy search over the nodes.", "default"),
    ("The Q option allows the user to set the number of iterations.", "option"),
    ("Output is a tree file which contains a series of trees in a standard form.", "output"),
    ("The mapping relies on a random projection of the features.", "mapping"),
    ("The actual algorithm is a greedy search which always gives shorter paths.", "algorithm"),
    ("In unsupervised clustering, the function returns the silhouette score.", "function"),
    ("The Euclidean metric is the default.", "default"),
])
def test_a_part_of_the_page_s_tool_is_no_subject(text, word):
    assert not any(word in f"{s} {o}".lower() for s, _, o in triples(text)), triples(text)


@pytest.mark.parametrize("text", [
    "In the example shown above, the total assets equal the total debts, so this ledger is balanced.",
    "In all of the above cases, the client sends an error code to the server.",
])
def test_a_scope_placed_on_the_page_gives_nothing(text):
    assert triples(text) == []


@pytest.mark.parametrize("text, triple", [
    ("The logistic function maps real numbers to values between zero and one.",
     ("logistic function", "maps", "real numbers to values between zero and one")),
    ("The output of the amplifier drives the loudspeaker.", ("output of amplifier", "drives", "loudspeaker")),
    ("The parse_tree function computes the depth of a nested list.",
     ("parse_tree function", "computes", "depth of nested list")),
    ("Unlike the metals of the preceding examples, some oxides act as bases in water.",
     ("some oxides", "act as", "bases in water")),
])
def test_a_named_part_or_a_contrast_stays(text, triple):
    assert triple in triples(text)


@pytest.mark.parametrize("text", [
    "The response may include the activation of enzymes and the growth of new cells.",  # a response to what?
    "This must be a trusted server, because the resolver does not check the reply.",     # the reply to which query?
])
def test_a_bare_response_or_reply_is_the_page_s(text):
    assert triples(text) == []


def test_a_named_response_stays():
    assert ("immune response of skin", "includes", "release of histamine") in \
        triples("The immune response of the skin includes the release of histamine.")
