"""Issue 15, item 8: exports the real tools accept as they are (TRL's assistant-only loss, lm-eval, LLaMA-Factory)."""

from __future__ import annotations

import pytest

from proda.train.models import CHATML, SMOLLM2_TEMPLATE, build_tiny_model

CHAT = [{"role": "user", "content": "What does a teapot hold?"}, {"role": "assistant", "content": "Tea."}]

SMOLLM2_ORIGINAL = (  # the template shipped with SmolLM2-Instruct (no generation markers)
    "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}"
    "{{ '<|im_start|>system\\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\\n' }}"
    "{% endif %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}")


@pytest.fixture(scope="module")
def tok(tmp_path_factory):
    from transformers import AutoTokenizer

    folder = build_tiny_model(tmp_path_factory.mktemp("tiny"), ["What does a teapot hold? Tea."] * 20, layers=1)
    return AutoTokenizer.from_pretrained(folder)


@pytest.mark.parametrize("template, original", [(SMOLLM2_TEMPLATE, SMOLLM2_ORIGINAL), (CHATML, None)])
def test_templates_mark_assistant_tokens_and_render_unchanged(tok, template, original):
    if original is not None:  # same text as the model's own template: training and inference prompts do not move
        for gen in (False, True):
            msgs = CHAT if not gen else CHAT[:1]
            assert tok.apply_chat_template(msgs, chat_template=template, tokenize=False, add_generation_prompt=gen) \
                == tok.apply_chat_template(msgs, chat_template=original, tokenize=False, add_generation_prompt=gen)
    out = tok.apply_chat_template(CHAT, chat_template=template, tokenize=True, return_dict=True,
                                  return_assistant_tokens_mask=True)
    mask, ids = out["assistant_masks"], out["input_ids"]
    assert 0 < sum(mask) < len(mask)
    answer = tok.decode([i for i, m in zip(ids, mask) if m])
    assert answer.startswith("Tea.") and "teapot" not in answer


def _bench(n: int):
    from proda.models import BenchItem

    return [BenchItem(id=f"b{i}", question=f"Which step follows step {i}?", options=["w", "x", "y", "z"],
                      correct=[i % 4], chain_id="ch") for i in range(n)]


def _train(n: int):
    from proda.models import TrainItem

    return [TrainItem(id=f"t{i}", type="open_qa", prompt=f"What is {i}?", answer=f"{i} is a number.")
            for i in range(n)]


def test_exports_are_versioned_and_movable(tmp_path, monkeypatch):
    import importlib.util
    import json
    import shutil
    import sys
    import types

    import yaml

    from proda import datasets as ds

    out = tmp_path / "bench"
    r1 = ds.export_bench(_bench(3), "lm-eval", out, version="bench-v1")
    r2 = ds.export_bench(_bench(5), "lm-eval", out, version="bench-v2")
    loader = type("TaskLoader", (yaml.SafeLoader,), {})
    loader.add_constructor("!function", lambda lo, node: lo.construct_scalar(node))
    t1, t2 = (yaml.load(open(r["task"], encoding="utf-8"), Loader=loader) for r in (r1, r2))
    assert (t1["task"], t2["task"]) == ("proda_bench_v1", "proda_bench_v2")  # two versions no longer clash
    assert t1["tag"] == ["proda_bench"] and t1["custom_dataset"] == "proda_bench_data.load"
    assert str(tmp_path) not in open(r1["task"], encoding="utf-8").read()  # no absolute path
    # the folder moves: the loader finds its JSONL next to itself (``datasets`` stands in for the real library)
    moved = tmp_path / "elsewhere" / "b"
    shutil.move(str(out), moved)
    seen = []
    fake = types.ModuleType("datasets")
    fake.load_dataset = lambda kind, data_files, split: seen.append(data_files) or [
        json.loads(line) for line in open(data_files, encoding="utf-8")]
    monkeypatch.setitem(sys.modules, "datasets", fake)
    spec = importlib.util.spec_from_file_location("proda_bench_data", moved / "proda_bench_data.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    got = mod.load(**t2["dataset_kwargs"], version=1.0)
    assert len(got["test"]) == 5 and seen == [str(moved / "proda_bench_v2.jsonl")]
    # LLaMA-Factory: one dataset per version in dataset_info.json
    tr = tmp_path / "train"
    a = ds.export_train(_train(2), "messages", tr, version="train-v1")
    b = ds.export_train(_train(3), "messages", tr, version="train-v2")
    info = json.loads((tr / "dataset_info.json").read_text())
    assert {a["dataset"], b["dataset"]} == {"proda_train_messages_v1", "proda_train_messages_v2"} == set(info)
    assert sum(1 for _ in open(a["file"])) == 2 and sum(1 for _ in open(b["file"])) == 3


def test_unknown_model_fails_fast(monkeypatch):
    """Issue 15, item 7: `test --model does-not-exist` spent 28 s retrying a hub it could not reach."""
    import time

    from proda.train.models import ModelError, resolve

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    for endpoint in ("http://127.0.0.1:9", "http://10.255.255.1:9"):  # refused; unroutable (or a proxy's 404)
        monkeypatch.setenv("HF_ENDPOINT", endpoint)
        t = time.monotonic()
        with pytest.raises(ModelError, match="no such model|cannot be reached"):
            resolve("no-such-org/does-not-exist")
        assert time.monotonic() - t < 8
