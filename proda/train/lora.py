"""Fine-tuning ("compiling" the training items): transformers + peft LoRA, answer-only loss.

Each :class:`~proda.models.TrainItem` becomes one chat exchange: the item's
``prompt`` is the user turn and its ``answer`` the assistant turn, rendered with
the tokenizer's own chat template (SmolLM2: ``<|im_start|>user ... <|im_end|>``);
tokenizers without a template get ``User: ...\\nAssistant: ...<eos>``.  The prompt
text (everything up to and including the assistant header) and the answer text
(the assistant content plus the template's end-of-turn) are tokenized separately
and concatenated, so the loss mask is exact: ``labels`` are ``-100`` on every
prompt and padding token and equal the token ids on the answer tokens only.
Examples longer than ``max_length`` lose prompt tokens from the left first (the
question's tail and the assistant header stay), then answer tokens from the right.

The loop is a plain PyTorch loop driven by ``accelerate``: AdamW, linear warmup
and decay, gradient clipping at 1.0, a deterministic per-epoch shuffle from the
seed, a checkpoint every ``save_steps`` optimizer steps under
``OUT/checkpoints/step-N`` (adapter, optimizer, scheduler, RNG state; the last
``keep_checkpoints`` kept) and ``resume=True`` continuing from the newest one with
the same batches it would have seen.  ``rank = 0`` trains all weights instead of
a LoRA adapter.  ``OUT`` receives the adapter (``adapter_config.json`` +
``adapter_model.safetensors``), the tokenizer and ``proda_model.json`` (base,
dataset version, params, metrics); with ``merge=True`` the merged full weights go
to ``OUT`` and the adapter to ``OUT/adapter``.

Multi-GPU: the same code runs under ``accelerate launch`` (one process per GPU,
DistributedDataParallel; each process takes its slice of every global batch, so
the effective batch is ``batch x processes x grad_accum``)::

    accelerate config                      # once: multi-GPU, number of processes, bf16
    accelerate launch -m proda.cli train --base smollm2-135m --out models/v1 --batch 8

Only the main process reads the graph store and records the ``Model`` node; the
others get the items through ``OUT/.items.jsonl``.  On one GPU plain ``proda train``
uses it (accelerate picks the device); ``--precision bf16`` for mixed precision.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from proda.config import TrainConfig
from proda.ids import digest
from proda.models import TrainItem
from proda.train.models import META_NAME, ModelError, ResolvedModel, load_model, resolve

IGNORE = -100
FALLBACK_USER = "User: {prompt}\nAssistant: "


# ----------------------------------------------------------------------------- formatting
def render_prompt(tok, prompt: str) -> str:
    """The text a model sees before it answers: user turn + assistant header (chat template or fallback)."""
    if getattr(tok, "chat_template", None):
        return tok.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                       add_generation_prompt=True)
    return FALLBACK_USER.format(prompt=prompt)


def render_answer(tok, prompt: str, answer: str, prompt_text: str | None = None) -> str:
    """The assistant turn as the template writes it after ``render_prompt`` (answer + end of turn)."""
    prompt_text = prompt_text if prompt_text is not None else render_prompt(tok, prompt)
    if getattr(tok, "chat_template", None):
        full = tok.apply_chat_template([{"role": "user", "content": prompt}, {"role": "assistant", "content": answer}],
                                       tokenize=False)
        if full.startswith(prompt_text) and answer in full[len(prompt_text):]:
            return full[len(prompt_text):]
    return answer + (tok.eos_token or "")


def adds_bos(tok) -> bool:
    """True if the tokenizer puts a BOS token in front by itself (Llama-2 style)."""
    if tok.bos_token_id is None:
        return False
    ids = tok("x").input_ids
    return bool(ids) and ids[0] == tok.bos_token_id


def encode_text(tok, text: str, bos: bool = False) -> list[int]:
    ids = tok(text, add_special_tokens=False).input_ids
    return ([tok.bos_token_id] + ids) if bos else ids


def encode_example(tok, prompt: str, answer: str, max_length: int = 512) -> dict[str, list[int]]:
    """``{"input_ids", "labels"}`` with labels -100 everywhere but the answer tokens."""
    p_text = render_prompt(tok, prompt)
    p_ids = encode_text(tok, p_text, bos=adds_bos(tok))
    a_ids = encode_text(tok, render_answer(tok, prompt, answer, p_text))
    if len(p_ids) + len(a_ids) > max_length:
        keep_p = max(max_length - len(a_ids), max_length // 2)
        p_ids = p_ids[-keep_p:] if keep_p > 0 else []
        a_ids = a_ids[: max_length - len(p_ids)]
    return {"input_ids": p_ids + a_ids, "labels": [IGNORE] * len(p_ids) + a_ids}


def collate(examples: Sequence[dict], pad_id: int):
    import torch

    n = max(len(e["input_ids"]) for e in examples)
    ids = torch.full((len(examples), n), pad_id, dtype=torch.long)
    labels = torch.full((len(examples), n), IGNORE, dtype=torch.long)
    mask = torch.zeros((len(examples), n), dtype=torch.long)
    for i, e in enumerate(examples):
        k = len(e["input_ids"])
        ids[i, :k] = torch.tensor(e["input_ids"])
        labels[i, :k] = torch.tensor(e["labels"])
        mask[i, :k] = 1
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}


# ----------------------------------------------------------------------------- loop
@dataclass
class TrainResult:
    out: Path
    meta: dict
    resumed_from: int = 0


def dataset_loss(model, examples: Sequence[dict], pad_id: int, batch: int = 16) -> float:
    """Mean answer-token loss over ``examples`` (no gradient)."""
    import torch

    model.eval()
    total, count = 0.0, 0
    dev = next(model.parameters()).device
    with torch.no_grad():
        for i in range(0, len(examples), batch):
            b = {k: v.to(dev) for k, v in collate(examples[i : i + batch], pad_id).items()}
            logits = model(input_ids=b["input_ids"], attention_mask=b["attention_mask"]).logits[:, :-1].float()
            tgt = b["labels"][:, 1:]
            lp = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), tgt.reshape(-1),
                                                   ignore_index=IGNORE, reduction="sum")
            total += float(lp)
            count += int((tgt != IGNORE).sum())
    model.train()
    return total / max(count, 1)


def _target_modules(spec: str):
    spec = spec.strip()
    if spec in ("all-linear", ""):
        return "all-linear"
    return [m.strip() for m in spec.split(",") if m.strip()]


def fingerprint(items: Sequence[TrainItem], tc: TrainConfig, base: str) -> str:
    keys = ("epochs", "lr", "rank", "alpha", "dropout", "target_modules", "batch", "grad_accum", "max_length", "seed",
            "warmup_ratio", "weight_decay")
    return digest(base, *(getattr(tc, k) for k in keys), *sorted(i.id for i in items))


def checkpoints(out: Path) -> list[Path]:
    d = out / "checkpoints"
    if not d.is_dir():
        return []
    found = [p for p in d.iterdir() if p.is_dir() and p.name.startswith("step-") and (p / "state.json").is_file()]
    return sorted(found, key=lambda p: int(p.name.split("-", 1)[1]))


def train(items: Sequence[TrainItem], base: str | ResolvedModel, out: Path, tc: TrainConfig, *,
          dataset_version: str | None = None, resume: bool = False, merge: bool = False,
          progress: Callable[[str, int, int], None] | None = None, log: Callable[[str], None] | None = None,
          measure_loss: bool = True, model_id: str | None = None) -> TrainResult:
    """Fine-tune ``base`` on ``items``; write the adapter and ``proda_model.json`` to ``out``."""
    import torch
    from accelerate import Accelerator
    from accelerate.utils import set_seed
    from transformers import get_linear_schedule_with_warmup

    if not items:
        raise ValueError("no training items")
    out = Path(out)
    rm = base if isinstance(base, ResolvedModel) else resolve(base)
    if rm.adapter:
        raise ModelError(f"{rm.name}: is a trained adapter; train from its base ({rm.base_name}) instead")
    mp = "bf16" if tc.precision == "bf16" else "no"
    try:
        acc = Accelerator(mixed_precision=mp)
    except ValueError:  # a second train() in one process with another precision (tests, notebooks)
        from accelerate.state import AcceleratorState

        AcceleratorState._reset_state()
        acc = Accelerator(mixed_precision=mp)
    set_seed(tc.seed)
    model, tok = load_model(rm)
    examples = [encode_example(tok, it.prompt, it.answer, tc.max_length) for it in items]
    pad = tok.pad_token_id
    fp = fingerprint(items, tc, rm.name)

    if tc.rank > 0:
        from peft import LoraConfig, get_peft_model

        lcfg = LoraConfig(r=tc.rank, lora_alpha=tc.alpha, lora_dropout=tc.dropout,
                          target_modules=_target_modules(tc.target_modules), task_type="CAUSAL_LM")
        try:
            model = get_peft_model(model, lcfg)
        except ValueError as e:
            raise ModelError(f"LoRA target modules {tc.target_modules!r}: {e}") from None
    model.to(acc.device)
    loss_before = dataset_loss(model, examples, pad) if measure_loss and acc.is_main_process else None
    params = [p for p in model.parameters() if p.requires_grad]
    n_trainable = sum(p.numel() for p in params)
    optimizer = torch.optim.AdamW(params, lr=tc.lr, weight_decay=tc.weight_decay)
    world, rank = acc.num_processes, acc.process_index
    gbatch = tc.batch * world
    micro_per_epoch = math.ceil(len(examples) / gbatch)
    accum = max(1, tc.grad_accum)
    total_micro = max(1, math.ceil(tc.epochs * micro_per_epoch))
    total_steps = math.ceil(total_micro / accum)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(tc.warmup_ratio * total_steps), total_steps)
    model, optimizer = acc.prepare(model, optimizer)

    step, losses = 0, []
    if resume:
        cks = checkpoints(out)
        if cks:
            ck = cks[-1]
            state = json.loads((ck / "state.json").read_text())
            if state.get("fingerprint") != fp:
                raise ValueError(f"{ck}: made with other items or parameters; start a new --out or drop --resume")
            _load_weights(acc.unwrap_model(model), ck, tc.rank > 0)
            optimizer.load_state_dict(torch.load(ck / "optimizer.pt", weights_only=False))
            scheduler.load_state_dict(torch.load(ck / "scheduler.pt", weights_only=False))
            torch.set_rng_state(torch.load(ck / "rng.pt", weights_only=False))
            step, losses = state["step"], state["losses"]
            if log:
                log(f"resuming from {ck} (step {step}/{total_steps})")
    resumed_from = step

    def batch_indices(micro: int) -> list[int]:
        epoch, k = divmod(micro, micro_per_epoch)
        g = torch.Generator().manual_seed(tc.seed * 1000 + epoch)
        perm = torch.randperm(len(examples), generator=g).tolist()
        glob_ = perm[k * gbatch : (k + 1) * gbatch]
        return glob_[rank * tc.batch : (rank + 1) * tc.batch] or glob_[: tc.batch]

    model.train()
    t0 = time.perf_counter()
    if progress:
        progress("train", step, total_steps)
    micro = step * accum
    while step < total_steps:
        step_loss = 0.0
        for _ in range(accum):
            if micro >= total_micro:
                break
            b = {k: v.to(acc.device) for k, v in collate([examples[i] for i in batch_indices(micro)], pad).items()}
            with acc.autocast():
                loss = model(**b).loss / accum
            acc.backward(loss)
            step_loss += float(loss.detach())
            micro += 1
        acc.clip_grad_norm_(params, 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        losses.append(round(step_loss, 5))
        if progress:
            progress("train", step, total_steps)
        if tc.save_steps > 0 and step % tc.save_steps == 0 and step < total_steps:
            _save_checkpoint(acc, model, optimizer, scheduler, out, step, losses, fp, tc.keep_checkpoints)
        if log and step % max(1, micro_per_epoch // accum) == 0:
            recent = losses[-max(1, micro_per_epoch // accum):]
            log(f"step {step}/{total_steps}: loss {sum(recent) / len(recent):.4f}")
    seconds = time.perf_counter() - t0
    acc.wait_for_everyone()

    unwrapped = acc.unwrap_model(model)
    loss_after = dataset_loss(unwrapped, examples, pad) if measure_loss and acc.is_main_process else None
    head = losses[: min(10, len(losses))]
    tail = losses[-min(10, len(losses)):]
    metrics = {
        "steps": step, "examples": len(examples), "epochs": tc.epochs, "seconds": round(seconds, 2),
        "s_per_step": round(seconds / max(1, step - resumed_from), 4), "first_loss": round(sum(head) / len(head), 4),
        "final_loss": round(sum(tail) / len(tail), 4), "trainable_params": n_trainable,
        "answer_tokens": sum(sum(1 for x in e["labels"] if x != IGNORE) for e in examples),
        "mean_tokens": round(sum(len(e["input_ids"]) for e in examples) / len(examples), 1),
    }
    if loss_before is not None:
        metrics.update(loss_before=round(loss_before, 4), loss_after=round(loss_after, 4))
    params_out = tc.model_dump()
    params_out["base"] = rm.name
    meta = {"id": model_id or "mdl_" + digest(str(out.resolve()), fp), "base": rm.name, "base_path": rm.base,
            "dataset_version": dataset_version, "params": params_out, "metrics": metrics,
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds"), "merged": bool(merge and tc.rank > 0),
            "fingerprint": fp, "items": len(items)}
    if acc.is_main_process:
        out.mkdir(parents=True, exist_ok=True)
        if merge and tc.rank > 0:
            unwrapped.save_pretrained(out / "adapter")
            merged = unwrapped.merge_and_unload()
            merged.save_pretrained(out)
        elif tc.rank > 0:
            unwrapped.save_pretrained(out)
        else:
            unwrapped.save_pretrained(out)
            meta["merged"] = True  # full fine-tuning: OUT holds complete weights
        tok.save_pretrained(out)
        tmp = out / (META_NAME + ".tmp")
        tmp.write_text(json.dumps(meta, indent=1), encoding="utf-8")
        tmp.replace(out / META_NAME)
    acc.wait_for_everyone()
    return TrainResult(out, meta, resumed_from)


def _save_checkpoint(acc, model, optimizer, scheduler, out: Path, step: int, losses: list, fp: str, keep: int) -> None:
    import torch

    acc.wait_for_everyone()
    if acc.is_main_process:
        d = out / "checkpoints" / f"step-{step}"
        tmp = d.with_name(d.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        acc.unwrap_model(model).save_pretrained(tmp)
        torch.save(optimizer.state_dict(), tmp / "optimizer.pt")
        torch.save(scheduler.state_dict(), tmp / "scheduler.pt")
        torch.save(torch.get_rng_state(), tmp / "rng.pt")
        (tmp / "state.json").write_text(json.dumps({"step": step, "losses": losses, "fingerprint": fp}))
        shutil.rmtree(d, ignore_errors=True)
        tmp.rename(d)
        for old in checkpoints(out)[: -max(1, keep)]:
            shutil.rmtree(old, ignore_errors=True)
    acc.wait_for_everyone()


def _load_weights(model, ck: Path, lora: bool) -> None:
    from safetensors.torch import load_file

    if lora:
        from peft import set_peft_model_state_dict

        set_peft_model_state_dict(model, load_file(str(ck / "adapter_model.safetensors")))
    else:
        files = sorted(ck.glob("*.safetensors"))
        sd = {}
        for f in files:
            sd.update(load_file(str(f)))
        model.load_state_dict(sd, strict=False)


def items_to_jsonl(items: Sequence[TrainItem], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(it.model_dump_json() + "\n")


def items_from_jsonl(path: Path) -> list[TrainItem]:
    return [TrainItem.model_validate_json(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def seed_everything(seed: int) -> None:
    random.seed(seed)
