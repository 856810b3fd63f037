"""Named Cypher queries shipped as ``.cypher`` files next to this module.

Queries are only ever loaded by name; user values reach them as parameters.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


class UnknownQuery(KeyError):
    pass


@lru_cache(maxsize=None)
def load(name: str) -> str:
    """The text of ``proda/cypher/<name>.cypher`` (comment lines starting ``//`` dropped)."""
    f = resources.files(__name__) / f"{name}.cypher"
    if not f.is_file():
        raise UnknownQuery(f"no named query {name!r} in proda/cypher/")
    lines = [ln for ln in f.read_text(encoding="utf-8").splitlines() if not ln.lstrip().startswith("//")]
    return "\n".join(lines).strip()


def names() -> list[str]:
    return sorted(p.name[: -len(".cypher")] for p in resources.files(__name__).iterdir() if p.name.endswith(".cypher"))
