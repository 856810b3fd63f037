"""Prompt templates shipped as package data (``proda/prompts/*.txt``).

Templates use ``string.Template`` placeholders (``$chunk``, ``$domain``) rather
than ``str.format`` because the prompts are full of literal JSON braces; a
literal dollar sign is written ``$$``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from string import Template


@lru_cache(maxsize=None)
def load_prompt(name: str) -> str:
    """The raw text of ``proda/prompts/<name>.txt`` (``name`` may include ``.txt``)."""
    fname = name if name.endswith(".txt") else f"{name}.txt"
    return resources.files(__name__).joinpath(fname).read_text(encoding="utf-8")


def render_prompt(name: str, **values: object) -> str:
    """``load_prompt(name)`` with ``$placeholders`` filled; a missing value raises ``KeyError``."""
    return Template(load_prompt(name)).substitute({k: str(v) for k, v in values.items()})
