"""Exports of dataset versions for other tools (split from ``datasets.py``): training items as chat/instruction
JSONL with a LLaMA-Factory ``dataset_info.json``, benchmark items as an lm-eval task (YAML + JSONL + loader).

Why a module of its own: the formats change with those tools, the versions and the held-out check do not."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from proda.datasets import LETTERS, DatasetError
from proda.models import BenchItem, TrainItem

TRAIN_FORMATS = ("messages", "alpaca", "sharegpt")


def _write_jsonl(path: Path, rows: Iterable[dict]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n


def export_train(items: Sequence[TrainItem], fmt: str, out: Path, version: str = "") -> dict:
    """JSONL in ``fmt`` plus a LLaMA-Factory ``dataset_info.json`` describing it."""
    if fmt not in TRAIN_FORMATS:
        raise DatasetError(f"unknown train format {fmt!r} ({' | '.join(TRAIN_FORMATS)})")
    out.mkdir(parents=True, exist_ok=True)
    name = f"proda_train_{fmt}" + (f"_{version_tag(version)}" if version else "")  # re-exports of versions coexist
    fname = f"{name}.jsonl"

    def row(i: TrainItem) -> dict:
        meta = {"id": i.id, "type": i.type, "subtype": i.subtype}
        if fmt == "messages":
            return {"messages": [{"role": "user", "content": i.prompt},
                                 {"role": "assistant", "content": i.answer}], **meta}
        if fmt == "alpaca":
            return {"instruction": i.prompt, "input": "", "output": i.answer, **meta}
        return {"conversations": [{"from": "human", "value": i.prompt}, {"from": "gpt", "value": i.answer}], **meta}

    n = _write_jsonl(out / fname, (row(i) for i in items))
    if fmt == "alpaca":
        info = {"file_name": fname, "columns": {"prompt": "instruction", "query": "input", "response": "output"}}
    elif fmt == "sharegpt":
        info = {"file_name": fname, "formatting": "sharegpt", "columns": {"messages": "conversations"},
                "tags": {"role_tag": "from", "content_tag": "value", "user_tag": "human", "assistant_tag": "gpt"}}
    else:
        info = {"file_name": fname, "formatting": "sharegpt", "columns": {"messages": "messages"},
                "tags": {"role_tag": "role", "content_tag": "content", "user_tag": "user",
                         "assistant_tag": "assistant", "system_tag": "system"}}
    info_path = out / "dataset_info.json"
    merged = {}
    if info_path.exists():
        try:
            merged = json.loads(info_path.read_text(encoding="utf-8"))
        except ValueError:
            merged = {}
    merged[name] = info
    info_path.write_text(json.dumps(merged, indent=2) + "\n", encoding="utf-8")
    return {"items": n, "file": str(out / fname), "dataset_info": str(info_path), "dataset": name,
            "version": version}


def answer_sets(n: int = 4) -> list[list[int]]:
    """The non-empty subsets of an item's ``n`` options in a fixed order (singletons first): 15 of A-D, 7 of the
    A-C of a three-option item."""
    from itertools import combinations

    return [list(c) for k in range(1, n + 1) for c in combinations(range(n), k)]


def set_label(idx: Sequence[int]) -> str:
    return ", ".join(LETTERS[i] for i in sorted(idx))


def version_tag(version: str) -> str:
    """A dataset version name as an identifier part: "bench-v3" -> "v3" (tools want [A-Za-z0-9_] names)."""
    tag = re.sub(r"^(train|bench)[-_]", "", version.strip())
    return re.sub(r"[^A-Za-z0-9_]+", "_", tag).strip("_") or "v"


# lm-eval resolves a relative data_files path against the working directory, not the YAML: the task loads its
# JSONL through this module, found next to the YAML, so the exported folder can be moved or copied anywhere.
LM_EVAL_LOADER = '''"""Loads a proda benchmark JSONL that sits next to this file (lm-eval custom_dataset)."""

from pathlib import Path


def load(data_file: str, **_):
    import datasets

    path = Path(__file__).resolve().with_name(data_file)
    return {"test": datasets.load_dataset("json", data_files=str(path), split="train")}
'''

LM_EVAL_YAML = """\
# proda benchmark ({version}) for lm-evaluation-harness:
#   lm_eval --model hf --model_args pretrained=MODEL --include_path FOLDER --tasks {task}
# (--tasks proda_bench runs every version exported to the folder: each is its own task.)
#
# Each proda item has four options A-D and ONE TO THREE of them are correct (a few
# single-answer items have three, A-C; no item has every option correct); the item is
# passed only if exactly the right set is chosen.  The prompt states how many are correct,
# as an exam does ("Choose one answer." / "Choose the two correct answers."), the same
# words `proda test` uses, and lm-eval's multiple_choice type (one gold choice) gets the
# item's answer SETS of that size as `choices` (4 for one of four, 6 for two of four, 3
# for one of three: "A, C", ...): the model's log-likelihood of each set string is scored,
# `acc` is exact-set accuracy, and `chance` (per item, 1/len(choices)) is what a uniform
# guesser scores: compare the mean of `chance` with `acc` (an item made before
# every-correct items were refused has one choice, chance 1: its count gives it away; the
# export counts them).  `gold` is the index of the correct set in `choices`; `correct`
# keeps the raw option indices for other tools.
task: {task}
tag:
  - proda_bench
dataset_path: json
custom_dataset: !function proda_bench_data.load
dataset_kwargs:
  data_file: {data}
test_split: test
output_type: multiple_choice
doc_to_text: "{{{{prompt}}}}"
doc_to_choice: choices
doc_to_target: gold
target_delimiter: " "
metric_list:
  - metric: acc
    aggregation: mean
    higher_is_better: true
metadata:
  version: 1.0
"""


def bench_prompt(i: BenchItem) -> str:
    """The item as ``proda test`` asks it (``proda.evaluate.asking``), ending in "Answer:" for lm-eval."""
    from proda.evaluate.asking import prompt

    return prompt(i.question, i.options, len(i.correct), "export")


def stated_sets(i: BenchItem) -> list[list[int]]:
    """The answers an item admits once its count is stated: the sets of its options of that size."""
    return [s for s in answer_sets(len(i.options)) if len(s) == len(i.correct)]


def export_bench(items: Sequence[BenchItem], fmt: str, out: Path, version: str = "") -> dict:
    if fmt != "lm-eval":
        raise DatasetError(f"unknown bench format {fmt!r} (lm-eval)")
    out.mkdir(parents=True, exist_ok=True)
    task = "proda_bench" + (f"_{version_tag(version)}" if version else "")
    data = out / f"{task}.jsonl"

    def row(i: BenchItem) -> dict:
        sets = stated_sets(i)  # the stated count's sets: the choices and the prompt agree
        return {"id": i.id, "prompt": bench_prompt(i), "choices": [set_label(s) for s in sets],
                "gold": sets.index(sorted(i.correct)), "chance": round(i.chance, 6),
                "options": i.options, "correct": i.correct, "kind": i.kind, "domain": i.domain,
                "document": i.document, "chain_length": i.chain_length}

    rows = (row(i) for i in items)
    n = _write_jsonl(data, rows)
    yaml_path = out / f"{task}.yaml"
    (out / "proda_bench_data.py").write_text(LM_EVAL_LOADER, encoding="utf-8")
    yaml_path.write_text(LM_EVAL_YAML.format(version=version, task=task, data=json.dumps(data.name)),
                         encoding="utf-8")
    # what lm-eval's `acc` cannot say: the chance level of the same items, and the items whose stated count names
    # every option (their one choice is given away: chance 1)
    chance = round(sum(i.chance for i in items) / len(items), 4) if items else None
    given = sum(1 for i in items if len(i.correct) == len(i.options))
    return {"items": n, "file": str(data), "task": str(yaml_path), "task_name": task, "version": version,
            "chance": chance, "given_away": given}
