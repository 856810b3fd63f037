"""Claims the book makes of one case whose scope the sentence leaves to its context (:mod:`scope_context`), on
sentences of the development books (session 28, issue 11): each refused frame was judged wrong as a general fact
(sheet docs/audits/dev-2026-12-04/s28-A-scope.csv); each kept one is a general fact of its book."""

from __future__ import annotations

import pytest

from proda.ingest.extract.claims import sentence_frames
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.scope_context import reason_distributive, scope_unstated, such_scope


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _gates(nlp, text: str) -> dict[tuple[str, str, str], str]:
    doc = nlp(text)
    return {(fr.subject, fr.predicate, fr.object): scope_unstated(fr, sent)
            for sent in doc.sents for fr, _ in sentence_frames(sent)}


# sysadmin:01, the Debian Free Software Guidelines: each item opens with its title
_DFSG = ("Source code. The program must include source code, and must allow distribution in source code as well as "
         "compiled form.\n\nDerived works. The license must allow modifications and derived works, and must allow "
         "them to be distributed under the same terms as the license of the original software.")


def test_an_item_of_a_titled_list_of_requirements_is_refused(nlp):
    got = _gates(nlp, _DFSG)
    assert got[("license", "must allow", "modifications")] == "deontic_condition"


def test_what_a_constraint_specifies_is_refused(nlp):  # databases:02
    got = _gates(nlp, "A not-null constraint simply specifies that a column must not assume the null value.")
    assert got[("column", "must not assume", "null value")] == "deontic_condition"
    got = _gates(nlp, "It allows you to specify that the value in a certain column must satisfy a Boolean "
                      "(truth-value) expression.")
    assert got[("value in certain column", "must satisfy", "Boolean expression")] == "deontic_condition"


def test_a_requirement_in_running_prose_is_kept(nlp):
    got = _gates(nlp, "In contrast, hydrophilic hormones must interact with cell membrane receptors.")  # anatomy:17
    assert got[("hydrophilic hormones", "must interact with", "cell membrane receptors")] == ""
    got = _gates(nlp, "Thus, the WHERE clause must not contain aggregate functions; it makes no sense to try to use "
                      "an aggregate to determine which rows will be inputs to the aggregates.")  # databases:01
    assert got[("WHERE clause", "must not contain", "aggregate functions")] == ""
    got = _gates(nlp, "In any case, a filesystem must be prepared on a disk before it can be mounted and this "
                      "operation is known as “formatting”.")  # sysadmin:11
    assert got[("filesystem", "must be prepared on", "disk")] == ""


def test_a_run_of_requirements_each_with_its_own_scope_is_kept(nlp):  # anatomy:03
    got = _gates(nlp, "At the G1 checkpoint, the cell must be ready for DNA synthesis to occur. At the G2 checkpoint "
                      "the cell must be fully prepared for mitosis.")
    assert got[("cell at the G2 checkpoint", "must be prepared for", "mitosis")] == ""


def test_a_subject_made_definite_by_a_relative_adjective_is_refused(nlp):  # accounting:01
    got = _gates(nlp, "The default style is Basic Ledger mode, which displays only the summary of splits affecting "
                      "the current account.")
    assert got[("default style", "is", "Basic Ledger mode, which displays only the summary of splits affecting the "
                "current account")] == "context_relative"
    assert got[("Basic Ledger mode", "displays", "only summary of splits")] == ""  # (an owned clause's own claim)


def test_an_owned_or_bare_relative_adjective_is_kept(nlp):
    got = _gates(nlp, "GIMP's current brush is shown in the Brush/Pattern/Gradient area of the Toolbox.")  # imaging:01
    assert got[("GIMP's current brush", "is shown in", "Brush/Pattern/Gradient area of Toolbox")] == ""
    got = _gates(nlp, "Default privileges always include all privileges for the owner, and can include some "
                      "privileges for PUBLIC depending on the object type, as explained above.")  # databases:02
    assert got[("default privileges", "always include", "all privileges for owner")] == ""


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_each_in_a_reason_clause(nlp):  # political-science:10
    doc = nlp("Division of labor fosters efficiency because each individual is required to concentrate on a "
              "particular job.")
    assert reason_distributive(_token(doc, "required"), _token(doc, "individual"))
    assert not reason_distributive(_token(doc, "fosters"), _token(doc, "Division"))


def test_a_fronted_such_phrase_but_not_this(nlp):
    doc = nlp("In such a situation, potassium from the blood ends up in the ECF in abnormally high "
              "concentrations.")  # anatomy:26
    assert such_scope(_token(doc, "ends"))
    doc = nlp("In this system, G proteins activate the enzyme phospholipase C (PLC), which functions similarly to "
              "adenylyl cyclase.")  # anatomy:17: the case at hand, judged true in general (round 4)
    assert not such_scope(_token(doc, "activate"))
