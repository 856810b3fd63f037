"""``proda diagnose --judge``: the paper's classification (one LLM-judge call per failure), for comparison.

The judge sees the item, the model's answer and the localised subgraph and names
a class; proda reports how often it agrees with the probe classification.  Any
OpenAI-compatible endpoint (``[llm]`` in proda.toml); replies are cached.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from proda.evaluate.scoring import LETTERS
from proda.prompts import render_prompt
from proda.repair.localise import Subgraph

VALID = {"concept_gap", "chain_break", "unexplained"}


class LLMJudge:
    def __init__(self, llm_cfg, cache_dir):
        from proda.llm.client import ChatClient

        self.client = ChatClient(llm_cfg, cache_dir, json_mode=llm_cfg.json_mode)

    def prompt(self, item: dict, sub: Subgraph, result: dict) -> str:
        opts = item.get("options") or []
        letters = lambda idx: ", ".join(LETTERS[i] for i in (idx or [])) or "-"  # noqa: E731
        return render_prompt(
            "judge_failure", question=item.get("question", ""),
            options="\n".join(f"{LETTERS[i]}. {o}" for i, o in enumerate(opts)),
            correct=letters(item.get("correct")), predicted=letters(result.get("predicted")),
            chain=sub.chain.name if sub.chain else "-",
            steps="\n".join(f"{s.position}. {s.text}" for s in sub.steps) or "-",
            concepts=", ".join(c.name for c in sub.concepts) or "-")

    def classify(self, cases: Sequence[tuple[dict, Subgraph, dict]]) -> list[str | None]:
        msgs = [[{"role": "user", "content": self.prompt(*c)}] for c in cases]
        out: list[str | None] = []
        for r in self.client.map_chat(msgs, return_exceptions=True):
            out.append(parse_class(getattr(r, "content", "")))
        return out

    def close(self) -> None:
        self.client.close()


def parse_class(text: str) -> str | None:
    """The judge's class from its JSON reply (or from the first class name in free text); None if neither."""
    try:
        data = json.loads(text)
        c = str(data.get("class", "")).strip().lower() if isinstance(data, dict) else ""
        if c in VALID:
            return c
    except (ValueError, TypeError):
        pass
    low = (text or "").lower()
    hits = [(low.find(c), c) for c in VALID if c in low]
    return min(hits)[1] if hits else None
