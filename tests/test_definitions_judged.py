"""Sentences shaped like a definition that praise the term or explain one written instance of it, and names that
praise or name the book's example firm (session 27 engineer C, issue 11: :mod:`proda.ingest.extract.definition_judged`,
``l1_terms.praised`` / ``company_named``).

The refused sentences are the development books' own (sysadmin chapters 01 and 04, accounting chapter 02); the kept
ones are the old books' definitions the same gates read, which must stay.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from proda.ingest.extract.l1_terms import company_named, l1_term, praised  # noqa: E402
from tests.definitions_util import defined  # noqa: E402


def test_a_praising_genus_defines_nothing():
    d = defined("The mailing lists are, without a doubt, the best testimony to activity on a project, since they "
                "keep track of everything that happens.")
    assert "mailing lists" not in d and "doubt" not in d
    assert "long term support" not in defined(
        "Long Term Support is a difficult commitment to make in Debian because volunteers tend to avoid the work "
        "that is not very fun.")


def test_a_written_instance_of_the_term_defines_only_itself():
    assert "regular expression" not in defined("The regular expression “.” means to match anything.")
    assert "regular expression" not in defined('The regular expression "." means to match anything.')
    assert "extension" not in defined("A .gz extension refers to a file compressed with the gzip utility.")


def test_kept_definitions_beside_them():
    assert "bill" in defined("A bill is a request for payment you receive from a vendor.")
    assert "patch" in defined("A patch is a file describing changes to be made to one or more reference files.")
    # an evaluative adjective that is not a superlative stays a genus's modifier (chemistry ch. 03)
    assert "blackbody" in defined("A blackbody is a convenient, ideal emitter that approximates the behavior of "
                                  "many materials when heated.")
    # a superlative inside the genus's own clause is the differentia (sysadmin ch. 01)
    assert "meritocracy" in defined("Meritocracy is a form of government in which authority is exercised by those "
                                    "with the greatest merit.")


def test_names_that_praise_or_name_the_example_firm_are_no_l1_terms():
    ev = {"docs": 3, "sections": 3, "chunks": 4, "free": 4}
    for name in ("handy buttons", "relevant messages", "incorrect operations", "Falcot Corp administrators"):
        assert praised(name) or company_named(name)
        assert not l1_term(name, ev) and not l1_term(name, dict(ev, defined=True))
    assert l1_term("Falcot Corp administrators", dict(ev, glossary=True))  # a book's own glossary still vouches
    for name in ("hard links", "effective nuclear charge", "fundamental financial equation", "ideal gas",
                 "Free Software Foundation", "simple sugar"):
        assert not praised(name) and not company_named(name)
