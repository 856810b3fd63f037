"""benchmarks/extract_dump.py caches parses per pipeline (review R1, session 17): a before/after pair of dumps that
shared one cache folder skipped the pipeline on the second run, so a change to proda's spaCy pipeline
(``nlp.py``'s component, the model) gave byte-identical dumps -- a false proof of "no behaviour change"."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract_dump import pipeline_key  # noqa: E402


def _tree(tmp_path: Path, name: str, source: str) -> Path:
    f = tmp_path / name / "proda" / "ingest" / "extract" / "nlp.py"
    f.parent.mkdir(parents=True)
    f.write_text(source)
    return tmp_path / name


def test_a_changed_pipeline_or_nlp_module_gets_its_own_cache_folder(tmp_path):
    plain, split = spacy.blank("en"), spacy.blank("en")
    split.add_pipe("sentencizer")
    a, b = _tree(tmp_path, "a", "X = 1\n"), _tree(tmp_path, "b", "X = 2\n")
    assert pipeline_key(plain, a) == pipeline_key(spacy.blank("en"), a)  # the same pipeline reuses its parses
    assert pipeline_key(plain, a) != pipeline_key(split, a)  # another component
    assert pipeline_key(plain, a) != pipeline_key(plain, b)  # another nlp.py in the tree run


def test_a_changed_tokenizer_rule_file_gets_its_own_cache_folder(tmp_path):
    """The tokenizer's rules (tech_tokens.py, patterns/tokens.toml) shape the parse as much as nlp.py does."""
    plain = spacy.blank("en")
    a, b = _tree(tmp_path, "a", "X = 1\n"), _tree(tmp_path, "b", "X = 1\n")
    for tree, text in ((a, "keep = []\n"), (b, "keep = ['~/']\n")):
        f = tree / "proda" / "ingest" / "extract" / "patterns" / "tokens.toml"
        f.parent.mkdir(parents=True)
        f.write_text(text)
    assert pipeline_key(plain, a) != pipeline_key(plain, b)


def test_a_module_the_pipeline_imports_is_part_of_the_key(tmp_path):
    """nlp.py imports tech_tokens, which imports lexdata: an edit to any of them changes the parse (s27 review)."""
    plain = spacy.blank("en")
    keys = []
    for name, lex in (("a", "X = 1\n"), ("b", "X = 2\n")):
        tree = _tree(tmp_path, name, "from .tech_tokens import add_suffixes\n")
        ext = tree / "proda" / "ingest" / "extract"
        (ext / "tech_tokens.py").write_text("from proda.ingest.extract.lexdata import toml_table\n")
        (ext / "lexdata.py").write_text(lex)
        keys.append(pipeline_key(plain, tree))
    assert keys[0] != keys[1]
