"""Training: loss mask, a short run that lowers the loss, checkpoint + resume, model resolution, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from proda.config import TrainConfig
from proda.models import TrainItem
from proda.train.lora import IGNORE, checkpoints, encode_example, render_prompt, train
from proda.train.models import META_NAME, ModelError, build_tiny_model, load_model, resolve

torch.set_num_threads(1)

FACTS = [
    ("What does the heart pump?", "The heart pumps blood."),
    ("What do the lungs exchange?", "The lungs exchange oxygen and carbon dioxide."),
    ("What does the stomach secrete?", "The stomach secretes acid."),
    ("What does the kidney filter?", "The kidney filters blood plasma."),
    ("Which option is correct?\nA. bone\nB. blood", "B"),
    ("True or false: the liver makes bile.", "True"),
]


def items() -> list[TrainItem]:
    return [TrainItem(id=f"t{i}", type="open_qa", prompt=p, answer=a) for i, (p, a) in enumerate(FACTS)]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    texts = [p + " " + a for p, a in FACTS] * 3 + ["Yes No A B C D User: Assistant:"]
    return build_tiny_model(tmp_path_factory.mktemp("tiny") / "m", texts)


@pytest.fixture(scope="module")
def tiny_plain(tmp_path_factory) -> Path:
    texts = [p + " " + a for p, a in FACTS] * 3
    return build_tiny_model(tmp_path_factory.mktemp("tinyp") / "m", texts, chat_template=False)


@pytest.mark.parametrize("which", ["tiny", "tiny_plain"])
def test_loss_mask_covers_only_answer_tokens(which, request):
    _, tok = load_model(resolve(str(request.getfixturevalue(which))))
    prompt, answer = FACTS[0]
    ex = encode_example(tok, prompt, answer, max_length=512)
    ids, labels = ex["input_ids"], ex["labels"]
    assert len(ids) == len(labels)
    n_prompt = sum(1 for x in labels if x == IGNORE)
    assert all(x == IGNORE for x in labels[:n_prompt]) and all(x != IGNORE for x in labels[n_prompt:])
    assert labels[n_prompt:] == ids[n_prompt:]
    # the prompt part decodes to the rendered prompt, the answer part to the answer (+ end of turn)
    assert tok.decode(ids[:n_prompt]) == render_prompt(tok, prompt)
    ans = tok.decode(ids[n_prompt:])
    assert ans.startswith(answer) and ans[len(answer):].strip() in ("<|im_end|>", "")
    assert ans != answer  # the end-of-turn token is learned too, so the model stops


def test_truncation_keeps_the_answer(tiny):
    _, tok = load_model(resolve(str(tiny)))
    ex = encode_example(tok, "word " * 300, "The heart pumps blood.", max_length=64)
    assert len(ex["input_ids"]) <= 64
    n_ans = sum(1 for x in ex["labels"] if x != IGNORE)
    assert tok.decode(ex["input_ids"][-n_ans:]).startswith("The heart pumps blood.")


def _cfg(**kw) -> TrainConfig:
    base = dict(epochs=6, lr=3e-3, rank=0, batch=3, max_length=128, save_steps=4, keep_checkpoints=2, seed=1,
                warmup_ratio=0.0)
    base.update(kw)
    return TrainConfig(**base)


def test_full_training_lowers_loss_and_resumes(tiny, tmp_path):
    out = tmp_path / "m1"
    res = train(items(), str(tiny), out, _cfg(), dataset_version="dv1")
    m = res.meta["metrics"]
    assert m["steps"] == 12 and m["loss_after"] < m["loss_before"] * 0.8
    meta = json.loads((out / META_NAME).read_text())
    assert meta["dataset_version"] == "dv1" and meta["params"]["rank"] == 0 and meta["merged"]
    assert [c.name for c in checkpoints(out)] == ["step-4", "step-8"]  # every 4 steps, the last 2 kept
    # the trained folder resolves and loads as a model
    rm = resolve(str(out))
    assert rm.adapter is None and rm.meta["id"] == meta["id"]



def test_resume_reproduces_uninterrupted_run(tiny, tmp_path):
    full = train(items(), str(tiny), tmp_path / "a", _cfg(epochs=4, save_steps=4), measure_loss=False)
    # same run, stopped after its step-4 checkpoint (simulated by deleting everything after it), then resumed
    out = tmp_path / "b"
    train(items(), str(tiny), out, _cfg(epochs=4, save_steps=4), measure_loss=False)
    (out / META_NAME).unlink()
    res = train(items(), str(tiny), out, _cfg(epochs=4, save_steps=4), resume=True, measure_loss=False)
    assert res.resumed_from == 4
    assert res.meta["metrics"]["final_loss"] == pytest.approx(full.meta["metrics"]["final_loss"], abs=1e-4)
    wa = load_model(resolve(str(tmp_path / "a")))[0].state_dict()
    wb = load_model(resolve(str(out)))[0].state_dict()
    assert all(torch.allclose(wa[k], wb[k], atol=1e-5) for k in wa)


def test_resume_refuses_other_items(tiny, tmp_path):
    out = tmp_path / "m"
    train(items(), str(tiny), out, _cfg(epochs=4), measure_loss=False)
    with pytest.raises(ValueError, match="other items or parameters"):
        train(items()[:3], str(tiny), out, _cfg(epochs=4), resume=True, measure_loss=False)


def test_lora_training_writes_adapter_and_lowers_loss(tiny, tmp_path):
    out = tmp_path / "lora"
    res = train(items(), str(tiny), out, _cfg(rank=8, alpha=16, lr=1e-2, epochs=8, dropout=0.0),
                dataset_version="dv1")
    m = res.meta["metrics"]
    assert m["loss_after"] < m["loss_before"]
    assert (out / "adapter_config.json").is_file() and not (out / "model.safetensors").exists()
    rm = resolve(str(out))
    assert rm.adapter == str(out) and rm.base == str(tiny)
    model, _ = load_model(rm)
    assert type(model).__name__ == "PeftModelForCausalLM"

    merged = train(items(), str(tiny), tmp_path / "merged", _cfg(rank=8, alpha=16, lr=1e-2, epochs=2),
                   merge=True, measure_loss=False)
    assert merged.meta["merged"] and resolve(str(tmp_path / "merged")).adapter is None


def test_resolve_errors(tmp_path):
    with pytest.raises(ModelError, match="no such model folder"):
        resolve(str(tmp_path / "nope"))
    bad = tmp_path / "bad"
    bad.mkdir()
    with pytest.raises(ModelError, match="not a model folder"):
        resolve(str(bad))
    (bad / "config.json").write_text("{oops")
    with pytest.raises(ModelError, match="unreadable"):
        resolve(str(bad))
    with pytest.raises(ModelError, match="unknown model"):
        resolve("no such model!")


def test_unreadable_checkpoint_is_one_line(tiny, tmp_path):
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(tiny, broken)
    (broken / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(ModelError, match="unreadable checkpoint") as e:
        load_model(resolve(str(broken)))
    assert "\n" not in str(e.value)


# ----------------------------------------------------------------------------- CLI
_MAIN = ("import sys; from proda.cli import main; from proda.commands.model import train, test; "
         "[main.add_command(c) for c in (train, test) if c.name not in main.commands]; "
         "sys.argv[0] = 'proda'; main()")


def run_cli(*args, project, env=None):
    """``proda ARGS`` in a child process (train/test registered even before cli.py adds them)."""
    import os
    import subprocess
    import sys

    e = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PRODA_"))}
    e.update({"PRODA_THREADS": "1", "HF_HUB_OFFLINE": "1"}, **(env or {}))
    return subprocess.run([sys.executable, "-c", _MAIN, "-p", str(project), *args], capture_output=True, text=True,
                          timeout=600, env=e)

def _seed_train_version(store, vid="dv_train_test1"):
    """A complete train DatasetVersion with the FACTS items (inline Cypher, as proda.datasets writes them)."""
    store.write("MERGE (d:DatasetVersion {id: $id}) SET d.kind = 'train', d.name = 'train-v1', d.complete = true, "
                "d.created = '2025-01-01T00:00:00Z', d.counts = '{}', d.config = '{}'", id=vid)
    rows = [{"id": i.id, "type": i.type, "prompt": i.prompt, "answer": i.answer} for i in items()]
    store.write("UNWIND $rows AS r MATCH (d:DatasetVersion {id: $v}) MERGE (t:TrainItem {id: r.id}) "
                "SET t.type = r.type, t.subtype = '', t.prompt = r.prompt, t.answer = r.answer, t.options = [], "
                "t.correct = [], t.generator = 'template', t.seed = 0, t.concept_ids = [], t.statement_ids = [] "
                "MERGE (t)-[:IN_VERSION]->(d)", rows=rows, v=vid)
    return vid


def test_cli_train_records_model(tiny, tmp_path, project):
    from proda.config import load_config
    from proda.graphdb.store import open_store

    with open_store(load_config(project, env={})) as st:
        vid = _seed_train_version(st)
    out = tmp_path / "models" / "v1"
    common = ["--base", str(tiny), "--rank", "0", "--epochs", "2", "--batch", "3", "--lr", "1e-3"]
    p = run_cli("train", *common, "--out", str(out), "--version", "nope", project=project)
    assert p.returncode == 1 and "'nope'" in p.stderr and not out.exists()
    p = run_cli("train", "--base", "no/such-model-xyz", "--out", str(out), project=project)
    assert p.returncode == 1 and "unknown model" in p.stderr and len(p.stderr.strip().splitlines()) == 1
    p = run_cli("train", *common, "--out", str(out), "--json", project=project)
    assert p.returncode == 0, p.stderr
    meta = json.loads(p.stdout)
    assert meta["dataset_version"] == vid and (out / META_NAME).is_file()
    with open_store(load_config(project, env={})) as st:
        rows = st.read("MATCH (m:Model {id: $id})-[:TRAINED_ON]->(d:DatasetVersion) RETURN m.path AS path, d.id AS v",
                       id=meta["id"])
    assert rows == [{"path": str(out.resolve()), "v": vid}]
    p = run_cli("train", *common, "--out", str(out), project=project)
    assert p.returncode == 1 and "already holds a trained model" in p.stderr


def test_cli_train_empty_kb(project, tmp_path, tiny):
    p = run_cli("train", "--base", str(tiny), "--out", str(tmp_path / "x"), project=project)
    assert p.returncode == 1 and "run `proda build train` first" in p.stderr and not (tmp_path / "x").exists()


# ----------------------------------------------------------------------------- SmolLM2 (slow)
@pytest.mark.slow
def test_smollm2_lora_step(tmp_path):
    torch.set_num_threads(2)
    res = train(items(), "smollm2-135m", tmp_path / "s", _cfg(rank=8, alpha=16, lr=1e-3, epochs=1, batch=6),
                measure_loss=True)
    assert res.meta["metrics"]["steps"] == 1 and res.meta["base"] == "smollm2-135m"
    assert (tmp_path / "s" / "adapter_model.safetensors").is_file()
