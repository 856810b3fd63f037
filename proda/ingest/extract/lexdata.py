"""The word lists and spaCy patterns of the offline extractor, read from ``patterns/`` (data, not code)."""

from __future__ import annotations

import json
import tomllib
from functools import lru_cache
from importlib import resources


def _read(name: str) -> str:
    return resources.files(__package__).joinpath("patterns", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def lexical() -> dict[str, frozenset[str]]:
    """``{"args.drop_det": frozenset(...), "verbs.light": ..., "terms.generic_heads": ...}``."""
    data = tomllib.loads(_read("lexical.toml"))
    return {f"{sec}.{key}": frozenset(w.lower() for w in words) for sec, keys in data.items() for key, words in keys.items()}


def words(key: str) -> frozenset[str]:
    return lexical()[key]


@lru_cache(maxsize=8)
def patterns(name: str) -> dict[str, list]:
    """A JSON file of named spaCy Matcher / DependencyMatcher patterns: ``{rule_name: [pattern, ...]}``."""
    return json.loads(_read(name))
