"""``proda train`` and ``proda test``: compile the training items into a model, run the benchmark on it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click
from rich.table import Table

from proda.cli_support import UserError, console, err, open_project_store, progress_bar, project_config


# ----------------------------------------------------------------------------- dataset access
def resolve_version(store, kind: str, version: str | None) -> str:
    """The id of the requested dataset version (id or name), else of the newest complete one of ``kind``."""
    from proda.datasets import DatasetError
    from proda.datasets import resolve_version as resolve

    try:
        return resolve(store, kind, version).id
    except DatasetError as e:
        raise UserError(str(e)) from None


def load_train_items(store, version: str):
    from proda.datasets import load_train_items as load

    return load(store, version)


def load_bench_items(store, version: str):
    from proda.datasets import load_bench_items as load

    return load(store, version)


def bench_to_mcq(items) -> list:
    from proda.evaluate.scoring import MCQ

    return [MCQ(id=b.id, question=b.question, options=list(b.options), correct=list(b.correct), multi=True,
                domain=b.domain, document=b.document, chain_length=b.chain_length) for b in items]


def _is_main_process() -> bool:
    return os.environ.get("RANK", "0") == "0" and os.environ.get("LOCAL_RANK", "0") == "0"


# ----------------------------------------------------------------------------- train
@click.command("train")
@click.option("--base", default=None, help="Base model: smollm2-135m (default, offline), a local folder or an HF id.")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the adapter, tokenizer, checkpoints and proda_model.json.")
@click.option("--version", default=None, help="Training dataset version (default: the newest).")
@click.option("--epochs", type=float, default=None)
@click.option("--lr", type=float, default=None)
@click.option("--rank", type=int, default=None, help="LoRA rank (0: train all weights).")
@click.option("--alpha", type=int, default=None)
@click.option("--target-modules", default=None, help='"all-linear" or a comma list, e.g. q_proj,v_proj.')
@click.option("--batch", type=int, default=None)
@click.option("--grad-accum", type=int, default=None)
@click.option("--max-length", type=int, default=None)
@click.option("--seed", type=int, default=None)
@click.option("--save-steps", type=int, default=None, help="Checkpoint every N optimizer steps.")
@click.option("--precision", type=click.Choice(["fp32", "bf16"]), default=None)
@click.option("--limit", type=int, default=None, help="Train on the first N items only (smoke runs).")
@click.option("--resume", is_flag=True, help="Continue from the newest checkpoint in --out.")
@click.option("--merge", is_flag=True, help="Also save merged full weights (the adapter goes to OUT/adapter).")
@click.option("--json", "as_json", is_flag=True, help="Print proda_model.json instead of a table.")
@click.pass_context
def train(ctx: click.Context, base, out: Path, version, epochs, lr, rank, alpha, target_modules, batch, grad_accum,
          max_length, seed, save_steps, precision, limit, resume, merge, as_json) -> None:
    """Fine-tune a base model (LoRA) on a training dataset version; records a Model node."""
    import torch

    from proda.train.lora import items_from_jsonl, items_to_jsonl
    from proda.train.lora import train as run_train
    from proda.train.models import META_NAME, ModelError, resolve

    cfg = project_config(ctx)
    given = {"base": base, "epochs": epochs, "lr": lr, "rank": rank, "alpha": alpha, "target_modules": target_modules,
             "batch": batch, "grad_accum": grad_accum, "max_length": max_length, "seed": seed,
             "save_steps": save_steps, "precision": precision}
    tc = cfg.train.model_copy(update={k: v for k, v in given.items() if v is not None})
    if tc.batch < 1 or tc.epochs <= 0 or tc.lr <= 0 or tc.max_length < 8 or tc.rank < 0:
        raise UserError("--batch >= 1, --epochs > 0, --lr > 0, --max-length >= 8 and --rank >= 0 are required")
    out = out.resolve()
    if (out / META_NAME).is_file() and not resume:
        raise UserError(f"{out} already holds a trained model; choose another --out (or --resume an unfinished one)")
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: exists and is not a folder")
    if os.environ.get("PRODA_THREADS"):
        torch.set_num_threads(int(os.environ["PRODA_THREADS"]))
    try:
        rm = resolve(tc.base)
    except ModelError as e:
        raise UserError(str(e)) from None
    if rm.adapter:
        raise UserError(f"{tc.base}: is a trained adapter; pass its base ({rm.base_name}) as --base")

    items_file = out / ".items.jsonl"
    main = _is_main_process()
    if main:
        with open_project_store(ctx) as (_, store):
            version = resolve_version(store, "train", version)
            items = load_train_items(store, version)
        if not items:
            raise UserError(f"dataset version {version!r} has no training items")
        if limit:
            items = items[:limit]
        if int(os.environ.get("WORLD_SIZE", "1")) > 1:
            items_to_jsonl(items, items_file)
    else:  # under `accelerate launch`: the main process shares the items through a file
        from accelerate import PartialState

        PartialState().wait_for_everyone()
        items = items_from_jsonl(items_file)
    if main and int(os.environ.get("WORLD_SIZE", "1")) > 1:
        from accelerate import PartialState

        PartialState().wait_for_everyone()

    try:
        with progress_bar() as progress:
            res = run_train(items, rm, out, tc, dataset_version=version if main else None, resume=resume,
                            merge=merge, progress=progress, log=lambda s: err.print(s, highlight=False))
    except (ModelError, ValueError) as e:
        raise UserError(str(e)) from None
    if not main:
        return
    meta = res.meta
    with open_project_store(ctx) as (_, store):
        store.write("model_upsert", id=meta["id"], props={
            "base": meta["base"], "path": str(out), "created": meta["created"], "params": json.dumps(meta["params"]),
            "metrics": json.dumps(meta["metrics"]), "dataset_version": version})
        store.write("model_trained_on", id=meta["id"], version=version)
    items_file.unlink(missing_ok=True)
    if as_json:
        click.echo(json.dumps(meta, indent=1))
        return
    m = meta["metrics"]
    t = Table(title=f"trained {out.name} ({meta['id']})")
    t.add_column("")
    t.add_column("", justify="right")
    for k in ("base", "dataset_version"):
        t.add_row(k, str(meta[k]))
    for k in ("examples", "steps", "seconds", "s_per_step", "loss_before", "loss_after", "first_loss", "final_loss",
              "trainable_params"):
        if k in m:
            t.add_row(k, str(m[k]))
    console.print(t)


# ----------------------------------------------------------------------------- test
@click.command("test")
@click.option("--model", "model_name", required=True, help="A proda model folder, smollm2-135m, a local folder or an HF id "
              "(with --runner openai: the served model name).")
@click.option("--version", default=None, help="Benchmark dataset version (default: the newest).")
@click.option("--questions", type=click.Path(path_type=Path), default=None,
              help="Evaluate an external keyed MCQ file instead: questions.jsonl or an MMLU-Redux CSV.")
@click.option("--module", default=None, help="--questions: only this module (questions.jsonl 'module').")
@click.option("--chapter", default=None, help="--questions: only this chapter (exact or substring).")
@click.option("--limit", type=int, default=None, help="Score the first N items only.")
@click.option("--runner", type=click.Choice(["hf", "openai"]), default=None)
@click.option("--method", type=click.Choice(["auto", "yesno", "set", "letter", "generate"]), default=None,
              help="How options are scored (see proda/evaluate/scoring.py).")
@click.option("--permutations", type=int, default=None, help="Option orders per item (default eval.permutations, 3).")
@click.option("--batch", type=int, default=None)
@click.option("--device", default=None)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def test(ctx: click.Context, model_name, version, questions, module, chapter, limit, runner, method, permutations,
         batch, device, as_json) -> None:
    """Run the benchmark (or --questions FILE) on a model; stores a Run with per-item results."""
    from proda.evaluate.external import QuestionsError, load_questions
    from proda.evaluate.results import save_run
    from proda.evaluate.scoring import score_items
    from proda.ids import digest
    from proda.llm import LLMError
    from proda.train.models import ModelError

    cfg = project_config(ctx)
    ec = cfg.eval.model_copy(update={k: v for k, v in {"runner": runner, "method": method, "permutations": permutations,
                                                        "batch_size": batch, "device": device}.items() if v is not None})
    if limit is not None and limit < 1:
        raise UserError("--limit must be at least 1")
    if ec.permutations < 1:
        raise UserError("--permutations must be at least 1")
    if (module or chapter) and not questions:
        raise UserError("--module/--chapter filter a --questions file")
    ext = None
    if questions:
        try:
            ext = load_questions(questions, module=module, chapter=chapter, limit=limit)
        except QuestionsError as e:
            raise UserError(str(e)) from None
    if os.environ.get("PRODA_THREADS"):
        import torch

        torch.set_num_threads(int(os.environ["PRODA_THREADS"]))

    with open_project_store(ctx) as (cfg, store):
        if ext is None:
            version = resolve_version(store, "bench", version)
            bench = load_bench_items(store, version)
            if not bench:
                raise UserError(f"dataset version {version!r} has no benchmark items")
            items = bench_to_mcq(bench[:limit] if limit else bench)
        else:
            version, items = None, ext
        try:
            if ec.runner == "hf":
                from proda.evaluate.runners import HFRunner

                lm = HFRunner(model_name, batch_size=ec.batch_size, device=ec.device)
                rm = lm.resolved
                meta = rm.meta or {}
                model = {"id": meta.get("id") or "mdl_" + digest(rm.name if not Path(rm.name).exists()
                                                                  else str(Path(rm.name).resolve())),
                         "base": meta.get("base", rm.name),
                         "path": str(Path(model_name).resolve()) if Path(model_name).exists() else rm.base}
            else:
                from proda.evaluate.runners import OpenAIRunner

                lm = OpenAIRunner(cfg.llm.base_url, model_name, cfg.llm.api_key_env,
                                  cache_dir=cfg.path(cfg.llm.cache_dir), concurrency=cfg.llm.concurrency,
                                  timeout_s=cfg.llm.timeout_s, max_retries=cfg.llm.max_retries)
                model = {"id": "mdl_" + digest(cfg.llm.base_url, model_name), "base": model_name,
                         "path": cfg.llm.base_url}
            with progress_bar() as progress:
                results = score_items(lm, items, method=ec.method, permutations=ec.permutations,
                                      threshold=ec.threshold, margin=ec.margin, seed=ec.seed,
                                      max_new_tokens=ec.max_new_tokens,
                                      progress=lambda d, t: progress("score", d, t))
        except (ModelError, LLMError, ValueError) as e:
            raise UserError(str(e)) from None
        used = sorted({_method_name(lm, i, ec.method) for i in items})
        extra = {"permutations": ec.permutations}
        if ext is None:  # dev and held-out test separately, each with its Wilson interval
            from proda.repair.measure import measure

            split = {b.id: b.split or "dev" for b in bench}
            for side in ("dev", "test"):
                m = measure({r.id: r.passed for r in results if split.get(r.id) == side})
                extra.update({f"{side}_k": m.k, f"{side}_n": m.n, f"{side}_low": m.low, f"{side}_high": m.high})
        run = save_run(store, cfg.project_dir, model=model, results=results,
                       kind="bench" if ext is None else "external", bench_version=version,
                       source=str(Path(questions).resolve()) if questions else "", method=",".join(used),
                       runner=ec.runner, extra=extra)
    if as_json:
        click.echo(json.dumps(run, indent=1, default=str))
        return
    print_summary(run)


def _method_name(lm, item, method: str) -> str:
    from proda.evaluate.scoring import pick_method

    return pick_method(lm, item.multi, method)


def _chance(v: dict) -> str:
    """A summary's chance level (``results.chance_of``), "-" where unknown (a run stored before it was kept)."""
    c = v.get("chance")
    return "-" if c is None else f"{c:.1%}"


def print_summary(run: dict) -> None:
    """The run's accuracy with its n and 95 % interval beside the chance level of the same items: a weak model's
    score is read against guessing (the prompts state how many options are correct, ``proda.evaluate.asking``)."""
    s = run["summary"]
    what = run.get("bench_version") or Path(run.get("source") or "?").name
    console.print(f"[bold]run {run['id']}[/bold]  model {run['model']}  on {what}  method {run['method']}")
    from proda.stats import wilson

    console.print(f"accuracy {wilson(s['passed'], s['n']).fmt()} ({s['passed']} items exactly right; 95 % Wilson "
                  f"interval)   chance {_chance(s)}   option accuracy {s['option_accuracy']:.1%}", highlight=False)
    if run.get("test_n"):  # a benchmark with a held-out split
        console.print(f"dev {wilson(run['dev_k'], run['dev_n']).fmt()}   test (held out, never diagnosed) "
                      f"{wilson(run['test_k'], run['test_n']).fmt()}", highlight=False)
    for key, title in (("by_domain", "domain"), ("by_document", "chapter / document"),
                       ("by_chain_length", "chain length")):
        groups = s[key]
        if len(groups) <= 1 and key != "by_document":
            continue
        t = Table(title=f"accuracy by {title}")
        t.add_column(title)
        t.add_column("items", justify="right")
        t.add_column("passed", justify="right")
        t.add_column("accuracy [95 % CI]", justify="right")
        t.add_column("chance", justify="right")
        for k, v in groups.items():
            t.add_row(k, str(v["n"]), str(v["passed"]), wilson(v["passed"], v["n"]).fmt().rsplit(" (n=", 1)[0],
                      _chance(v))
        console.print(t)
