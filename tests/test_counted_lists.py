"""An object that counts its members and names them after a colon or comma ("consists of three parts: A, B and
C") is read as the members, whole (proda/ingest/extract/counted_lists.py); the count must match, each member must be
a name, not a clause, and the list must end the sentence.  Invented sentences of several disciplines."""

from __future__ import annotations

import pytest

from statements_util import triples


@pytest.mark.parametrize("text, frame", [
    ("A nucleotide consists of three parts: a phosphate group, a sugar and a nitrogenous base.",
     ("nucleotide", "consists of", "phosphate group, sugar, and nitrogenous base")),
    ("The stomach wall has three layers: an outer serosa, a middle muscle layer, and an inner mucosa.",
     ("stomach wall", "has", "outer serosa, middle muscle layer, and inner mucosa")),
    ("Social groups are divided into two categories: primary groups and secondary groups.",
     ("social groups", "are divided into", "primary groups and secondary groups")),
    ("A valid contract has two essential parts, an offer and an acceptance.",
     ("valid contract", "has", "offer and acceptance")),
    ("The compiler consists of the following three phases: a scanner, a parser and a code generator.",
     ("compiler", "consists of", "scanner, parser, and code generator")),
])
def test_the_named_members_are_the_object(text, frame):
    assert frame in triples(text)


@pytest.mark.parametrize("text, verb", [
    ("The process comprises three stages: initiation.", "comprises"),  # fewer members than the count
    ("The gland secretes two hormones: FSH stimulates the ovary, and LH triggers ovulation.", "secretes"),  # clauses
    ("A molecule of ethanol contains two carbon atoms, six hydrogen atoms, and one oxygen atom.", "contains"),
    ("The region has two rivers, the Elbe and the Oder, which drain into the Baltic.", "has"),  # the sentence goes on
])
def test_no_object_where_the_members_are_not_the_counted_ones(text, verb):
    assert not any(p.split()[0] == verb for _, p, _ in triples(text)), triples(text)
