"""Session 28, group T: defects blind judges found on unseen books (paraphrased, invented words).

1. A chain whose first step's object is a bare "this" ("The editor actually implements this by closing the image,
   ..."): step 1 never says what "this" is -- ``chain_pointing.unreferenced_first`` refuses the chain.  Kept: an "it"
   whose noun stands in the step's own when-clause, and a later step opening on "This" (it takes up the step before).
2. Clozes (``cloze_rest``): a blank that leaves a piece of its noun phrase after it ("... are stored in _____ alpha
   and beta.", a list's first item blanked with the rest outside), and a bare requirement of a generic "the X" with
   no lead-in and no condition ("The query must reference _____.").  Kept: a relative clause or a gloss of the key
   after the blank, a requirement with a lead-in, a narrowed subject or a purpose clause.  Review item 4 (ask for a
   list around the sentence) was measured and not taken: see ``cloze_rest``.
3. ``bench_order_words`` reads only public names of ``bench_clauses`` (review: it imported ``_CORE``, ``_claim``,
   ``_parse``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.chains_util import chains_of
from tests.items_util import one

pytest.importorskip("spacy")

ROOT = Path(__file__).resolve().parents[1]


def test_a_first_step_on_a_bare_this_refuses_the_chain(nlp):
    # a paraphrase of the round-28 judges' case (held out); T's sweep found no dev-book chain of this shape
    text = ("Older editors kept the picture open while its size changed. The editor actually implements this by "
            "closing the image, which causes a new image to be created. The new image then receives the copied pixels.")
    assert chains_of(nlp, text) == []  # was a cascade whose step 1 read "The editor actually implements this ..."


def test_a_first_step_naming_its_own_thing_keeps_the_chain(nlp):
    text = ("As increasing amounts of gaseous bromine are produced, the rate of the reverse process (condensation) "
            "will increase until it equals the rate of vaporization and equilibrium is established.")  # chemistry:13
    assert [len(c.steps) for c in chains_of(nlp, text)] == [3]  # "it": the rate of its own clause
    text = ("During the preparatory stage, children are only capable of imitation: they have no ability to imagine how "
            "others see things. This is followed by the play stage, during which children begin to take on the role "
            "that one other person might have. During the game stage, children learn to consider several roles at the "
            "same time and how those roles interact with each other.")  # sociology:05: a later step opens on "This"
    assert [len(c.steps) for c in chains_of(nlp, text)] == [3]


def _blank(words: str, phrase: str):
    from proda.train.items.cloze import parse

    doc = parse(words)
    at = words.index(phrase)
    toks = [t.i for t in doc if at <= t.idx < at + len(phrase)]
    return doc, toks[0], toks[-1] + 1


@pytest.mark.parametrize("quote,phrase", [
    ("The two signals are stored in separate channels alpha and beta.", "separate channels"),
    ("Libertarians support the development of international trade, the reduction of governmental regulations that "
     "they see as impeding the free use of private property, and the lowering of taxes to encourage economic growth.",
     "the development of international trade"),
])
def test_a_blank_that_leaves_part_of_its_phrase_outside_is_refused(quote, phrase):
    from proda.train.items.cloze_rest import dangling_rest

    assert dangling_rest(*_blank(quote, phrase))


@pytest.mark.parametrize("quote,phrase", [
    ("Enzyme molecules possess an active site, a part of the molecule with a shape that allows it to bond to a "
     "specific substrate.", "an active site"),
    ("Bile contains bile salts and phospholipids, which emulsify large lipid globules into tiny lipid droplets.",
     "bile salts and phospholipids"),
    ("The kidney filters blood in its many nephrons.", "blood"),
])
def test_a_blank_followed_by_a_whole_continuation_is_kept(quote, phrase):
    from proda.train.items.cloze_rest import dangling_rest

    assert not dangling_rest(*_blank(quote, phrase))


@pytest.mark.parametrize("row", [
    ("the license", "allow", "modifications", "The license must allow modifications and derived works, and must "
     "allow them to be distributed under the same terms as the license of the original software."),  # sysadmin:01
    ("the license", "permit", "distribution of software",
     "The license must explicitly permit distribution of software built from modified source code."),  # sysadmin:01
])
def test_a_bare_requirement_is_no_cloze(row):
    assert one(row) is None  # was "The license must allow _____ and derived works, ..." -> "modifications"


@pytest.mark.parametrize("quote,bare", [
    ("The license must explicitly permit distribution of software built from modified source code.", True),
    ("The patient must identify whether the stimulus is sharp or dull.", True),  # anatomy:16: which patient, test
    ("The Transfer account should be Expenses:Phone.", True),  # accounting:01: a tutorial's step
    ("The file just needs to be called preseed.", True),  # sysadmin:04
    # kept: a lead-in, a narrowed or quantified subject, a purpose or condition on the verb
    ("In a typical presidential system, the legislature must pass a piece of legislation, and the president must "
     "sign off on it before it goes into effect and becomes a law.", False),  # political-science:09
    ("The collision must occur with adequate energy to permit mutual penetration of the reacting species’ valence "
     "shells so that the electrons can rearrange and form new bonds (and new chemical species).", False),  # chem:17
    ("The check constraint expression should involve the column thus constrained, otherwise the constraint would "
     "not make too much sense.", True),  # databases:02 (a general rule the gate refuses too: its known cost)
    ("Human reason, according to Tertullian, must always be secondary to the Christian approach to life disclosed "
     "in scripture.", True),  # political-science:03 (right, refused: a known cost)
    ("Hydrophilic hormones must interact with cell membrane receptors.", False),  # anatomy:17: a bare plural
])
def test_which_requirements_are_bare(quote, bare):
    from proda.train.items.cloze import parse
    from proda.train.items.cloze_rest import bare_requirement

    assert bare_requirement(parse(quote)) is bare


def test_the_review_proposal_of_a_list_context_is_not_taken():
    """Review item 4 asked for the extractor's list context here; measured on the dev books it gave back 48 stems,
    12 right and 36 wrong (sheet s28-F1-requirements.csv), so a general requirement stays refused: its known cost."""
    from proda.train.items.cloze import parse
    from proda.train.items.cloze_rest import bare_requirement

    assert bare_requirement(parse("The heart must pump blood continuously."))
    assert bare_requirement(parse("The B cell must receive two signals to become activated."))  # anatomy:21


def test_the_cloze_gate_reads_its_modals_from_toml_and_shares_the_subject_check():
    """Review items 8, 9: no word list in cloze_rest; ``bare_definite`` is the extractor's (:mod:`deontic`)."""
    from proda.ingest.extract import deontic
    from proda.ingest.extract.lexdata import toml_table
    from proda.train.items import cloze_rest

    words = toml_table("scope_context.toml")
    assert cloze_rest._MODALS == frozenset(words["cloze_requirement_modals"]) and "should" in cloze_rest._MODALS
    assert cloze_rest._NEED == frozenset(words["cloze_requirement_verbs"])
    assert cloze_rest.bare_definite is deontic.bare_definite


def test_order_words_imports_no_private_names_of_bench_clauses():
    tree = ast.parse((ROOT / "proda/evaluate/bench_order_words.py").read_text(encoding="utf-8"))
    names = [a.name for n in ast.walk(tree)
             if isinstance(n, ast.ImportFrom) and n.module == "proda.evaluate.bench_clauses" for a in n.names]
    assert names and not [n for n in names if n.startswith("_")], names
