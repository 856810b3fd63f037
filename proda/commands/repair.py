"""``proda diagnose``, ``proda repair``, ``proda loop``, ``proda diff``: debugging a model through the graph."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click
from rich.table import Table

from proda.cli_support import UserError, console, err, open_project_store, progress_bar, project_config


def _threads() -> None:
    if os.environ.get("PRODA_THREADS"):
        import torch

        torch.set_num_threads(int(os.environ["PRODA_THREADS"]))


def _runner_for(cfg, info: dict, model: str | None):
    """The model a run tested, loaded again (``--model`` overrides the path stored on its Model node)."""
    from proda.evaluate.runners import HFRunner, OpenAIRunner
    from proda.train.models import ModelError

    if (info.get("runner") or "hf") == "openai" and not model:
        return OpenAIRunner(cfg.llm.base_url, info.get("base") or "", cfg.llm.api_key_env,
                            cache_dir=cfg.path(cfg.llm.cache_dir), concurrency=cfg.llm.concurrency)
    path = model or info.get("path") or info.get("base")
    if not path:
        raise UserError(f"run {info['id']}: its model has no stored path; pass --model")
    try:
        return HFRunner(path, batch_size=cfg.eval.batch_size, device=cfg.eval.device)
    except ModelError as e:
        raise UserError(f"run {info['id']}: cannot load its model ({e}); pass --model") from None


# ----------------------------------------------------------------------------- diagnose
@click.command("diagnose")
@click.option("--run", "run_id", required=True, help="A benchmark run id (printed by `proda test`).")
@click.option("--model", default=None, help="Load the model from here instead of the path stored with the run.")
@click.option("--depth", type=int, default=None, help="Prerequisite levels localised and probed (default repair.depth).")
@click.option("--fresh", is_flag=True, help="Ignore cached probe verdicts of this model.")
@click.option("--probe-method", type=click.Choice(["auto", "cloze", "choice"]), default=None,
              help="cloze: option answers scored by log-likelihood; choice: lettered options (default repair.probe_method).")
@click.option("--judge", is_flag=True, help="Also classify each failure with an LLM judge ([llm] endpoint) and "
              "report its agreement with the probes.")
@click.option("--explain", "explain_item", default=None, metavar="ITEM",
              help="Show one failure: item, subgraph, failing probes, patch items, later results (no probing).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def diagnose(ctx, run_id, model, depth, fresh, probe_method, judge, explain_item, as_json) -> None:
    """Localise and classify every failed item of a run: concept gap, chain break or unexplained."""
    from proda.repair.diagnose import DiagnosisError, diagnose_run, explain, run_info

    cfg = project_config(ctx)
    rc = cfg.repair
    depth = rc.depth if depth is None else depth
    if not 0 <= depth <= 3:
        raise UserError("--depth must be between 0 and 3")
    with open_project_store(ctx) as (cfg, store):
        try:
            if explain_item:
                ex = explain(store, run_id, explain_item, depth=depth, fanout=rc.fanout)
                if as_json:
                    click.echo(json.dumps(ex, indent=1, default=str))
                else:
                    print_explain(ex)
                return
            info = run_info(store, run_id)
            _threads()
            lm = _runner_for(cfg, info, model)
            jd = None
            if judge:
                from proda.repair.judge import LLMJudge

                jd = LLMJudge(cfg.llm, cfg.path(cfg.llm.cache_dir))
            with progress_bar() as progress:
                rep = diagnose_run(store, run_id, lm, depth=depth, fanout=rc.fanout, orders=rc.probe_orders,
                                   pass_share=rc.pass_share, margin=rc.margin, per_unit=rc.probes_per_unit,
                                   seed=rc.seed, fresh=fresh, judge=jd, method=probe_method or rc.probe_method,
                                   progress=progress)
        except DiagnosisError as e:
            raise UserError(str(e)) from None
    if as_json:
        click.echo(json.dumps(rep.model_dump(exclude={"diagnoses"}), indent=1, default=str))
        return
    print_diagnosis(rep)


def print_diagnosis(rep) -> None:
    console.print(f"[bold]run {rep.run}[/bold]  model {rep.model}: {rep.failed} of {rep.n} items failed   "
                  f"probes: {rep.probe_stats.get('probes', 0)} new on {rep.probe_stats.get('probed_units', 0)} units, "
                  f"{rep.probe_stats.get('cached_units', 0)} units cached", highlight=False)
    t = Table(title="failures by class")
    for c in ("class", "failures", "share"):
        t.add_column(c, justify="right" if c != "class" else "left")
    for k, v in rep.classes.items():
        t.add_row(k, str(v), f"{v / rep.failed:.0%}" if rep.failed else "-")
    console.print(t)
    if rep.judge_agreement is not None:
        console.print(f"LLM judge agrees with the probe classification on {rep.judge_agreement:.0%} of failures "
                      f"(judge classes: {rep.judge_classes})", highlight=False)
    if rep.top_gaps:
        t = Table(title="top gap concepts (failures explained, then PREREQUISITE degree)")
        for c in ("concept", "failures", "degree"):
            t.add_column(c, justify="right" if c != "concept" else "left")
        for g in rep.top_gaps:
            t.add_row(g["name"], str(g["failures"]), str(g["degree"]))
        console.print(t)
    if rep.broken_steps:
        t = Table(title="broken steps (transition k -> k+1 fails)")
        for c in ("chain", "step", "text", "failures"):
            t.add_column(c)
        for b in rep.broken_steps:
            t.add_row(b.get("chain", ""), str(b.get("position", "")), (b.get("text") or "")[:70], str(b["failures"]))
        console.print(t)
    t = Table(title="accuracy by domain")
    for c in ("domain", "items", "passed", "accuracy", "chance"):
        t.add_column(c, justify="right" if c != "domain" else "left")
    for k, v in rep.by_domain.items():  # chance: "-" on a run stored before prompts stated the count
        t.add_row(k, str(v["n"]), str(v["passed"]), f"{v['accuracy']:.1%}",
                  "-" if v.get("chance") is None else f"{v['chance']:.1%}")
    console.print(t)


def print_explain(ex: dict) -> None:
    from proda.evaluate.scoring import LETTERS

    it = ex["item"]
    console.print(f"[bold]item {it['id']}[/bold] ({it.get('kind')}, {it.get('document') or '-'})", highlight=False)
    console.print(it["question"], highlight=False)
    for i, o in enumerate(it["options"]):
        mark = "*" if i in (it.get("correct") or []) else " "
        console.print(f"  {mark} {LETTERS[i]}. {o}", highlight=False)
    d = ex["diagnosis"]
    if d:
        console.print(f"[bold]diagnosis[/bold]: {d['class']} — {d.get('explanation') or ''}", highlight=False)
        blamed = [c["name"] + f" ({c['role']})" for c in d["concepts"]] + [
            f"step {s['position']} ({s['role']})" for s in d["steps"]]
        if blamed:
            console.print("blames: " + "; ".join(blamed), highlight=False)
    else:
        console.print("no diagnosis for this item in this run (passed, or not diagnosed yet)")
    sub = ex["subgraph"]
    if sub:
        t = Table(title="failing subgraph")
        t.add_column("unit")
        t.add_column("what")
        if sub.get("chain"):
            t.add_row("chain", sub["chain"]["name"])
        main_chain = (sub.get("chain") or {}).get("id")
        for s in sub["steps"]:
            other = " (other chain)" if main_chain and s.get("chain_id") != main_chain else ""
            t.add_row(f"step {s['position']}" + (" (tested)" if s["tested"] else "") + other, s["text"][:90])
        for x in sub["statements"]:
            t.add_row("statement", f"{x['subject']} —{x['predicate']}→ {x['object']}")
        for c in sub["concepts"]:
            t.add_row("concept" + (" (tested)" if c["tested"] else ""), c["name"])
        for p in sub["prerequisites"]:
            t.add_row(f"prerequisite d{p['depth']}", p["name"])
        console.print(t)
    t = Table(title=f"probes of its units ({len(ex['probes'])}, {len(ex['failing_probes'])} failed)")
    for c in ("unit kind", "probe", "question", "P(correct)", "passed"):
        t.add_column(c)
    for p in ex["probes"]:
        t.add_row(p["unit_kind"], p["kind"], p["question"][:80], f"{p['p_correct']:.2f}", "yes" if p["passed"] else "[red]no[/red]")
    console.print(t)
    if ex["patch_items"]:
        t = Table(title="patch items made for it")
        t.add_column("generator")
        t.add_column("prompt")
        t.add_column("answer")
        for p in ex["patch_items"]:
            t.add_row(p["generator"], p["prompt"][:70], p["answer"][:70])
        console.print(t)
    if ex["later"]:
        seq = ", ".join(f"{h['run']}: {'passed' if h['passed'] else 'failed'}" for h in ex["later"])
        console.print(f"later runs: {seq} -> {'fixed' if ex['fixed_later'] else 'not fixed'}", highlight=False)


# ----------------------------------------------------------------------------- repair
@click.command("repair")
@click.option("--run", "run_id", required=True, help="A diagnosed benchmark run.")
@click.option("--control", type=click.Choice(["targeted", "random"]), default="targeted",
              help="random: a patch of the same size for randomly chosen units (the control).")
@click.option("--per-unit", type=int, default=None, help="Patch items per blamed unit (default repair.per_unit).")
@click.option("--replay-ratio", type=float, default=None,
              help="Replay items per patch item (0: every original item sharing no statement with the patch).")
@click.option("--seed", type=int, default=None)
@click.option("--force", is_flag=True, help="Build the patch again even if it exists.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def repair(ctx, run_id, control, per_unit, replay_ratio, seed, force, as_json) -> None:
    """Patch the training data where the run's diagnoses point: a new dataset version (parent: the old one)."""
    from proda.datasets import DatasetError
    from proda.repair.diagnose import DiagnosisError
    from proda.repair.patch import PatchError, make_patch

    cfg = project_config(ctx)
    rc = cfg.repair
    per_unit = rc.per_unit if per_unit is None else per_unit
    replay_ratio = rc.replay_ratio if replay_ratio is None else replay_ratio
    if per_unit < 1 or replay_ratio < 0:
        raise UserError("--per-unit must be at least 1 and --replay-ratio at least 0")
    with open_project_store(ctx) as (cfg, store):
        try:
            p = make_patch(store, cfg.project_dir, run_id, control=control, per_unit=per_unit,
                           replay_ratio=replay_ratio, seed=rc.seed if seed is None else seed, force=force)
        except (PatchError, DiagnosisError, DatasetError) as e:
            raise UserError(str(e)) from None
    if as_json:
        click.echo(p.model_dump_json(indent=1))
        return
    t = Table(title=f"{p.kind} patch {p.id}" + (" (already built)" if p.existed else ""))
    t.add_column("")
    t.add_column("", justify="right")
    for k, v in (("from run", p.run), ("diagnoses patched", p.diagnoses), ("concepts taught", p.units.get("concept", 0)),
                 ("steps taught", p.units.get("step", 0)), ("patch items", p.items), ("replay items", p.replay),
                 ("new version", f"{p.version_name} ({p.version})"), ("parent version", p.parent),
                 ("manifest", p.manifest)):
        t.add_row(k, str(v))
    for g, n in sorted(p.by_generator.items()):
        t.add_row(f"  {g}", str(n))
    console.print(t)
    console.print(f"next: proda train --version {p.version_name} --out models/{p.version_name}")


# ----------------------------------------------------------------------------- diff
@click.command("diff")
@click.argument("run_a")
@click.argument("run_b")
@click.option("--show", type=int, default=10, help="List up to N item ids per group.")
@click.option("--split", type=click.Choice(["all", "dev", "test"]), default="all",
              help="Compare only the dev or the held-out test items.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def diff(ctx, run_a, run_b, show, split, as_json) -> None:
    """Per-item difference of two benchmark runs: fixed, still failing, newly broken (with McNemar's p)."""
    from proda.repair.diagnose import DiagnosisError
    from proda.repair.loop import diff_runs
    from proda.stats import wilson

    with open_project_store(ctx) as (_, store):
        try:
            d = diff_runs(store, run_a, run_b, None if split == "all" else split)
            sides = {s: diff_runs(store, run_a, run_b, s) for s in ("dev", "test")}
        except DiagnosisError as e:
            raise UserError(str(e)) from None
    if as_json:
        click.echo(json.dumps({**d.model_dump(), "counts": d.counts(), "p_mcnemar": d.p_value,
                               "by_split": {s: {**x.counts(), "p_mcnemar": x.p_value} for s, x in sides.items()}},
                              indent=1))
        return
    for name, x in ([("all", d)] if split == "all" else []) + [(s, x) for s, x in sides.items()
                                                              if split in ("all", s)]:
        n = len(x.fixed) + len(x.still_failing) + len(x.newly_broken) + len(x.still_passing)
        if not n:
            continue
        ka, kb = len(x.still_passing) + len(x.newly_broken), len(x.still_passing) + len(x.fixed)
        console.print(f"{name:>4}: {wilson(ka, n).fmt()} -> {wilson(kb, n).fmt()}; fixed {len(x.fixed)}, newly broken "
                      f"{len(x.newly_broken)}, exact McNemar p = {x.p_value:.3g}", highlight=False)
    t = Table(title=f"{run_a} -> {run_b}" + ("" if split == "all" else f" ({split} items)"))
    t.add_column("")
    t.add_column("items", justify="right")
    t.add_column("examples")
    for k, n in d.counts().items():
        t.add_row(k.replace("_", " "), str(n), ", ".join(getattr(d, k)[:show]))
    console.print(t)


# ----------------------------------------------------------------------------- loop
@click.command("loop")
@click.option("--base", default=None, help="Base model every round trains from (default train.base).")
@click.option("--rounds", type=int, default=None, help="Repair rounds after the first training (default repair.rounds).")
@click.option("--version", default=None, help="Training version to start from (default: the newest; built with the "
              "[build] settings when there is none, and so is the benchmark).")
@click.option("--model", "start_model", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="A model already trained on the start version: round 0 tests it instead of training one.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the models of every round (default .proda/loops/<loop id>).")
@click.option("--exam", type=click.Path(exists=True, path_type=Path), default=None,
              help="The book's human-written questions, tested every round: questions.jsonl, an MMLU-style CSV, "
                   "or a folder of them.")
@click.option("--exam-chapter", "exam_chapters", multiple=True,
              help="--exam: only questions whose chapter contains this text (repeatable), e.g. a slice's chapters.")
@click.option("--guard", "guard", type=click.Path(path_type=Path), default=None,
              help="Folder of MMLU-style mmlu_<subject>.csv files for the guard (default repair.guard_dir).")
@click.option("--epochs", type=float, default=None)
@click.option("--lr", type=float, default=None)
@click.option("--rank", type=int, default=None, help="LoRA rank (0: train all weights).")
@click.option("--batch", type=int, default=None)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def loop(ctx, base, rounds, version, start_model, out, exam, exam_chapters, guard, epochs, lr, rank, batch,
         as_json) -> None:
    """train -> test -> diagnose (dev) -> repair, unattended, until a round fixes no dev item or the guard drops."""
    from proda.datasets import DatasetError
    from proda.evaluate.external import QuestionsError
    from proda.repair.diagnose import DiagnosisError
    from proda.repair.measure import load_exam
    from proda.train.models import ModelError

    cfg = project_config(ctx)
    if rounds is not None and rounds < 0:
        raise UserError("--rounds must be at least 0")
    if guard is not None and not Path(guard).is_dir():
        raise UserError(f"--guard {guard}: not a folder (expected MMLU-style mmlu_<subject>.csv files)")
    try:
        exam_items = load_exam(exam, exam_chapters) if exam else None
    except QuestionsError as e:
        raise UserError(str(e)) from None
    if exam_chapters and not exam:
        raise UserError("--exam-chapter filters an --exam file")
    tc = cfg.train.model_copy(update={k: v for k, v in {"base": base, "epochs": epochs, "lr": lr, "rank": rank,
                                                        "batch": batch}.items() if v is not None})
    _threads()
    rows = []

    def show(row) -> None:
        rows.append(row)
        err.print(round_line(row), highlight=False)

    with open_project_store(ctx) as (cfg, store):
        from proda.repair.loop import run_loop

        if guard is not None:
            cfg.repair.guard_dir = str(Path(guard).resolve())
        try:
            with progress_bar() as progress:
                run_loop(store, cfg, rounds=rounds, version=version, out=out, tc=tc, on_round=show,
                         start_model=start_model, exam=exam_items, progress=progress,
                         log=lambda s: err.print(s, highlight=False))
        except (DatasetError, DiagnosisError, ModelError, ValueError) as e:
            raise UserError(str(e)) from None
    if as_json:
        click.echo(json.dumps([r.model_dump() for r in rows], indent=1))
        return
    print_rounds(rows, tc=tc, exam=str(exam) if exam else "")


def round_line(row) -> str:
    """The line printed as a round ends: each accuracy with its chance level."""
    def acc(m) -> str:
        return m.fmt() + (f" (chance {m.chance_fmt()})" if m.chance is not None else "")

    return (f"round {row.round}: dev {acc(row.dev)}, test {acc(row.test)}"
            + (f", exam {acc(row.exam)}" if row.exam else "")
            + (f"; dev fixed {row.fixed}, newly broken {row.newly_broken} (McNemar p={row.dev.p:.2g})"
               if row.round else "") + (f" — stop: {row.stop}" if row.stop else ""))


def print_rounds(rows, tc=None, exam: str = "") -> None:
    """The round table: every accuracy as k/n with its 95 % Wilson interval and its chance level beside it ('-':
    not known), every change with McNemar's p."""
    built = rows[0].built if rows else {}
    title = "repair loop" + (f" — model {tc.base}" if tc is not None else "")
    t = Table(title=title, caption=_caption(built, tc, exam), caption_justify="left")
    has_exam = any(r.exam for r in rows)
    cols = ["round", "version", "dev accuracy [95 % CI]", "dev chance", "test (held out)", "test chance",
            *(["exam", "exam chance"] if has_exam else []), "dev fixed/broken (p)", "test fixed/broken (p)",
            *(["exam fixed/broken (p)"] if has_exam else []), "gap/break/unexpl.", "patch+replay", "guard", "s", "stop"]
    for c in cols:
        t.add_column(c, justify="left" if c in ("version", "stop") else "right")
    for r in rows:
        cl = "/".join(str(r.classes.get(k, 0)) for k in ("concept_gap", "chain_break", "unexplained")) if r.classes else "-"
        ex = [r.exam.fmt() if r.exam else "-", r.exam.chance_fmt() if r.exam else "-"] if has_exam else []
        exd = [r.exam.change() if r.exam else "-"] if has_exam else []
        g = "-" if r.guard_m is None else r.guard_m.fmt() + (
            f" ({r.guard_delta:+.1%}, p={r.guard_m.p:.2g})" if r.round and r.guard_m.p is not None else "")
        t.add_row(str(r.round), r.version_name, r.dev.fmt(), r.dev.chance_fmt(), r.test.fmt(), r.test.chance_fmt(),
                  *ex, r.dev.change(), r.test.change(), *exd,
                  cl, f"{r.patch_items}+{r.replay_items}" if r.round else "-", g, str(r.seconds), r.stop)
    console.print(t)


def _caption(built: dict, tc, exam: str) -> str:
    lines = []
    if tc is not None:
        lines.append(f"training: base {tc.base}, epochs {tc.epochs:g}, lr {tc.lr:g}, "
                     + ("all weights" if tc.rank == 0 else f"LoRA rank {tc.rank}"))
    for kind, note in built.items():
        lines.append(f"{kind}: {note}")
    if exam:
        lines.append(f"exam: {exam}")
    lines.append("dev: diagnosed and repaired against; test: held out, never diagnosed; p: exact McNemar on the items "
                 "that flipped since the previous round; chance: what a uniform guesser of the stated number of "
                 "answers passes")
    return "\n".join(lines)
