"""No identity test between spaCy tokens in the extractor or the item builders.

spaCy makes a new Token object on every access: ``doc[0] is doc[0]`` is False, ``t.head is t`` is False even at the
root, a child from ``t.children`` is never ``is`` any other token.  So ``a is b`` between tokens is a constant, and a
check written with it silently does nothing (or, in a climb to the root, never ends: told.run_on_cut, fb3ecad).
Tokens of one doc are compared by index (``a.i == b.i``).  This scan fails on every ``is`` / ``is not`` whose right
side is not a literal (None, True, False, a number or a string); the few comparisons between objects that do persist
are allowed below, each with its reason.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "proda"
SCANNED = [ROOT / "ingest" / "extract", ROOT / "train" / "items"]

# (file relative to proda/, the comparison as ast.unparse writes it): why the identity is meant
ALLOWED = {
    ("ingest/extract/nlp.py", "hit[0] is doc"): "a memo keyed by id(doc) checks that the stored Doc is this Doc "
                                                "(a Doc object persists; an id can be reused after one is freed)",
    ("train/items/cloze.py", "t is not s"): "statement dicts of one group: the same dict object, not a token",
}


def _identity_tests(path: Path) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Is, ast.IsNot)) and not isinstance(right, ast.Constant):
                test = ast.unparse(ast.Compare(left=left, ops=[op], comparators=[right]))
                out.append((node.lineno, test))
            left = right
    return out


def test_no_identity_test_between_tokens():
    found = []
    for folder in SCANNED:
        for path in sorted(folder.glob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            found += [f"proda/{rel}:{line}: {test}" for line, test in _identity_tests(path)
                      if (rel, test) not in ALLOWED]
    assert not found, "identity tests on tokens are constants; compare .i instead:\n" + "\n".join(found)


def test_the_scan_sees_an_identity_test(tmp_path):
    """The scan itself: a token identity test is found, a None test and a .i comparison are not."""
    probe = tmp_path / "probe.py"
    probe.write_text("a = t.head is not t\nb = t is None\nc = t.head.i != t.i\nd = x is not y is z\n")
    assert [s for _, s in _identity_tests(probe)] == ["t.head is not t", "x is not y", "y is z"]


def test_allowed_entries_still_exist():
    """A stale allow-list entry would hide a new comparison written the same way elsewhere in that file."""
    for rel, test in ALLOWED:
        assert test in [s for _, s in _identity_tests(ROOT / rel)], (rel, test)


# ----------------------------------------------------------------------------- a check the identity test had disabled


def test_a_word_hanging_on_the_objects_own_last_word_is_no_cut_name():
    """told.run_on_cut refuses an object whose last word's phrase runs on ("the resignation of Egyptian [then
    president ...]") unless the next word hangs on that last word itself; with ``nxt.head is not t`` always True the
    exception never held, and a postposed modifier of an earlier "proton" ("has a proton available") cut the object
    ending on the first "proton" (audit: "A Lewis acid is a species that can accept an electron pair, whereas ...",
    accepted, was lost)."""
    from tests.statements_util import triples

    got = triples("A strong base is a substance that can accept a proton, whereas a weak acid has a proton available "
                  "for transfer.")
    assert ("strong base", "is", "substance that can accept a proton") in got
    got = triples("The protests ultimately led to the resignation of Brazilian then minister Paulo Souza.")
    assert not any(o.endswith("Brazilian") for _, _, o in got)  # the run-on refusal stands
