"""The word lists and spaCy patterns of the offline extractor, read from ``patterns/`` (data, not code)."""

from __future__ import annotations

import json
import tomllib
from functools import lru_cache
from importlib import resources


def _read(name: str) -> str:
    return resources.files(__package__).joinpath("patterns", name).read_text(encoding="utf-8")


def toml_table(name: str) -> dict:
    """The TOML file ``patterns/<name>`` parsed, a fresh dict each call (a caller may sort or compile in place).

    Why public: the word lists kept in files of their own (``chains.toml``, ``definition_runons.toml``,
    ``gerunds.toml``, ``instances.toml``, ``point_cuts.toml``, ``unasserted.toml``) are read by the modules whose
    rules use them -- :mod:`.chain_rules`, :mod:`.definition_runons`, :mod:`.gerund_objects`, :mod:`.heading_kind`,
    :mod:`.instance_scope`, :mod:`.point_cuts`, :mod:`.unasserted` -- which each kept a copy of this loader or
    imported the private ``_read`` (session-25 review); each caches its own lists."""
    return tomllib.loads(_read(name))


@lru_cache(maxsize=1)
def lexical() -> dict[str, frozenset[str]]:
    """``{"args.drop_det": frozenset(...), "verbs.light": ..., "terms.generic_heads": ...}``."""
    data = toml_table("lexical.toml")
    return {f"{sec}.{key}": frozenset(w.lower() for w in words) for sec, keys in data.items() for key, words in keys.items()}


def words(key: str) -> frozenset[str]:
    return lexical()[key]


@lru_cache(maxsize=8)
def patterns(name: str) -> dict[str, list]:
    """A JSON file of named spaCy Matcher / DependencyMatcher patterns: ``{rule_name: [pattern, ...]}``."""
    return json.loads(_read(name))


def rules(name: str) -> dict[str, list]:
    """The patterns of ``name`` that are rules: a key opening with "_" (the file's ``_doc``) is a note, no rule."""
    return {rule: pats for rule, pats in patterns(name).items() if not rule.startswith("_")}


@lru_cache(maxsize=8)  # built once per vocab: building one took ~5 % of extraction when it was rebuilt per chunk
def matcher(kind: type, name: str, vocab_id: int, vocab):
    """A spaCy ``Matcher`` or ``DependencyMatcher`` (``kind``) with the rules of ``name``, one per file and vocab.

    Why one function: the definition readers (``definitions.json``, a dependency matcher) and the alias readers
    (``aliases.json``, a token matcher) built theirs with the same loop; ``vocab_id`` keys the cache by the
    vocab's identity, as before."""
    m = kind(vocab)
    for rule, pats in rules(name).items():
        m.add(rule, pats)
    return m
