"""How the benchmark tests build a chain by hand: its steps (id, position, text, concepts, any event fields) and a
cascade of those steps in one section (``PATH``), as ``bench.generate`` reads chains from the KB."""

from __future__ import annotations

PATH = "w/ch1/a.html"


def step(p: int, text: str, concepts=(), **event) -> dict:
    return {"id": f"s{p}", "position": p, "text": text, "concepts": list(concepts), **event}


def chain(cid: str, steps: list[dict]) -> dict:
    return {"id": cid, "name": f"Town {cid}", "kind": "cascade", "path": PATH, "document": "doc", "about": [],
            "transitions": [], "sources": [], "steps": steps}
