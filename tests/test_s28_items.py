"""Session 28, group T: defects blind judges found on unseen books (paraphrased, invented words).

1. A chain whose first step's object is a bare "this" ("The editor actually implements this by closing the image,
   ..."): step 1 never says what "this" is -- ``chain_pointing.unreferenced_first`` refuses the chain.  Kept: an "it"
   whose noun stands in the step's own when-clause, and a later step opening on "This" (it takes up the step before).
2. Clozes (``cloze_rest``): a blank that leaves a piece of its noun phrase after it ("... are stored in _____ alpha
   and beta.", a list's first item blanked with the rest outside), and a bare requirement of a generic "the X" with
   no lead-in and no condition ("The query must reference _____.").  Kept: a relative clause or a gloss of the key
   after the blank, a requirement with a lead-in, a narrowed subject or a purpose clause.
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
    text = ("Older editors kept the picture open while its size changed. The editor actually implements this by "
            "closing the image, which causes a new image to be created. The new image then receives the copied pixels.")
    assert chains_of(nlp, text) == []  # was a cascade whose step 1 read "The editor actually implements this ..."


def test_a_first_step_naming_its_own_thing_keeps_the_chain(nlp):
    text = ("The editor closes the image, which causes a new image to be created. The new image then receives the "
            "copied pixels.")
    assert [len(c.steps) for c in chains_of(nlp, text)] == [3]
    text = ("When the river rises, it causes flooding in the valley. The farmers then move their cattle to higher "
            "ground.")  # "it": the river of its own when-clause
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


def test_a_bare_requirement_is_no_cloze():
    row = ("the license", "allow", "modifications",
           "The license must allow modifications and derived works, and must allow them to be distributed under the "
           "same terms as the license of the original software.")
    assert one(row) is None  # was "The license must allow _____ and derived works, ..." -> "modifications"
    row = ("the query", "reference", "the source table", "The query must reference the source table of the report.")
    assert one(row) is None


@pytest.mark.parametrize("quote,bare", [
    ("The query must reference the source table.", True),
    ("The query needs to reference the source table.", True),
    ("In a typical presidential system, the legislature must pass a piece of legislation.", False),
    ("The query that joins two tables must reference both keys.", False),
    ("The collision must occur with adequate energy to permit mutual penetration of the valence shells.", False),
    ("The query must reference the source table if the index is missing.", False),
    ("A query must reference the source table.", False),
    ("The query references the source table.", False),
])
def test_which_requirements_are_bare(quote, bare):
    from proda.train.items.cloze import parse
    from proda.train.items.cloze_rest import bare_requirement

    assert bare_requirement(parse(quote)) is bare


def test_order_words_imports_no_private_names_of_bench_clauses():
    tree = ast.parse((ROOT / "proda/evaluate/bench_order_words.py").read_text(encoding="utf-8"))
    names = [a.name for n in ast.walk(tree)
             if isinstance(n, ast.ImportFrom) and n.module == "proda.evaluate.bench_clauses" for a in n.names]
    assert names and not [n for n in names if n.startswith("_")], names
