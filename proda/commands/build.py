"""``proda build train|bench``, ``proda data check|versions``, ``proda export train|bench``.

Register with ``from proda.commands.build import build, data, export`` and
``main.add_command(build); main.add_command(data); main.add_command(export)``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.table import Table

from proda.cli_support import UserError, console, err, one_line_errors, open_project_store, progress_bar


def _dataset_error(fn):
    """Turn DatasetError / bad settings into one-line UserErrors."""
    from proda.datasets import DatasetError

    return one_line_errors(DatasetError, ValueError)(fn)


def _kv_table(title: str, rows: list[tuple[str, object]]) -> Table:
    t = Table(title=title, show_header=False, title_justify="left")
    t.add_column("", style="bold")
    t.add_column("", justify="right")
    for k, v in rows:
        t.add_row(k, f"{v:.1%}" if isinstance(v, float) else str(v))
    return t


def _hist_table(title: str, hist: dict, total: int | None = None) -> Table:
    t = Table(title=title, title_justify="left", min_width=max(36, len(title) + 4))
    t.add_column("")
    t.add_column("n", justify="right")
    t.add_column("share", justify="right")
    total = total if total is not None else sum(hist.values())
    for k, v in hist.items():
        t.add_row(str(k), str(v), f"{v / total:.1%}" if total else "-")
    return t


# ------------------------------------------------------------------------------------------ build
def _version_fields(v) -> dict:
    """The written version's id, name and parent for ``--json`` (all None on a dry run): both build commands."""
    return {"version": v.id if v else None, "name": v.name if v else None, "parent": v.parent if v else None}


def _version_rows(v) -> list[tuple[str, object]]:
    """The report table's first rows, the written version and its parent (or that a dry run wrote nothing)."""
    return [("version", f"{v.name} ({v.id})" if v else "dry run: nothing written"),
            ("parent", (v.parent if v else None) or "-")]


@click.group()
def build() -> None:
    """Compile the knowledge base into training items and a benchmark (each build is a new dataset version)."""


@build.command("train")
@click.option("--per-statement", type=click.IntRange(min=1), default=None,
              help="At most N items teach any one statement; the budget is N x statements [build] per_statement.")
@click.option("--max-items", type=click.IntRange(min=0), default=None, help="Cap on the number of items (0: none).")
@click.option("--generator", type=click.Choice(["template", "llm"]), default=None,
              help="template (offline, deterministic) or llm (rewrites template items with [llm]).")
@click.option("--seed", type=int, default=None)
@click.option("--parent", default=None, help="Parent dataset version (default: the latest train version).")
@click.option("--name", default=None, help="Version name (default: train-vN).")
@click.option("--dry-run", is_flag=True, help="Generate and report, write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@_dataset_error
def build_train(ctx, per_statement, max_items, generator, seed, parent, name, dry_run, as_json) -> None:
    """Training items from L1 concepts and L2 statements."""
    from proda.datasets import create_version, resolve_version
    from proda.train import synth

    with open_project_store(ctx) as (cfg, store):
        bc = cfg.build
        opts = {"per_statement": per_statement or bc.per_statement,
                "max_items": bc.max_items if max_items is None else max_items,
                "generator": generator or bc.generator, "seed": bc.seed if seed is None else seed,
                "type_mix": dict(bc.type_mix), "dedupe_jaccard": bc.dedupe_jaccard}
        if parent is not None:
            resolve_version(store, "train", parent)  # fail before any work
        from proda.review import filter as review_filter

        rs = review_filter.reviewed(store)  # review verdicts: rejected units left out, edited ones used as edited
        kb = synth.load_kb(rs)
        if not kb.statements and not kb.concepts:
            raise UserError("the knowledge base has no statements or defined concepts: run `proda ingest` first")
        client = None
        if opts["generator"] == "llm":
            from proda.llm.client import ChatClient

            client = ChatClient(cfg.llm, cfg.path(cfg.llm.cache_dir), json_mode=cfg.llm.json_mode)
        try:
            with progress_bar() as prog:
                items, rep = synth.generate(kb, per_statement=opts["per_statement"], max_items=opts["max_items"],
                                            type_mix=opts["type_mix"], seed=opts["seed"],
                                            dedupe=opts["dedupe_jaccard"], generator=opts["generator"],
                                            client=client, progress=prog)
        except Exception as e:
            from proda.llm.client import LLMError

            if isinstance(e, LLMError):
                raise UserError(str(e)) from None
            raise
        finally:
            if client is not None:
                client.close()
        items = review_filter.drop_items(rs, items)  # and the items that teach a rejected unit
        if review_filter.summary(rs):
            err.print(review_filter.summary(rs), highlight=False)
        if not items:
            raise UserError("no training items could be generated from this knowledge base")
        counts = {"items": len(items), **rep.types}
        v = None if dry_run else create_version(store, "train", items, counts, opts, parent=parent, name=name)
    out = {**_version_fields(v), **rep.__dict__}
    if as_json:
        click.echo(json.dumps(out, indent=2, default=str))
        return
    console.print(_kv_table("training items", [
        *_version_rows(v),
        ("statements", rep.statements), ("defined concepts", rep.concepts), ("items", rep.items),
        ("near-duplicates dropped", rep.near_duplicates), ("over per-statement cap", rep.capped),
        *([("llm rewritten", rep.llm_rewritten), ("llm kept template", rep.llm_failed)] if opts["generator"] == "llm" else []),
        ("seconds", f"{rep.seconds:.1f}"), ("items/s", f"{rep.items / max(rep.seconds, 1e-9):.0f}")]))
    console.print(_hist_table("type mix", rep.types))


@build.command("bench")
@click.option("--per-chain", type=click.IntRange(min=1), default=None, help="Items per L3 chain [build] per_chain.")
@click.option("--seed", type=int, default=None)
@click.option("--parent", default=None, help="Parent dataset version (default: the latest bench version).")
@click.option("--name", default=None, help="Version name (default: bench-vN).")
@click.option("--dry-run", is_flag=True, help="Generate and report, write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@_dataset_error
def build_bench(ctx, per_chain, seed, parent, name, dry_run, as_json) -> None:
    """Benchmark items (A-D, 1-4 correct) from L3 chains."""
    from proda.datasets import create_version, resolve_version
    from proda.evaluate import bench

    with open_project_store(ctx) as (cfg, store):
        bc = cfg.build
        opts = {"per_chain": per_chain or bc.per_chain, "seed": bc.seed if seed is None else seed,
                "option_tolerance": bc.option_tolerance, "dedupe_jaccard": bc.dedupe_jaccard,
                "min_per_chapter": bc.min_per_chapter, "option_tolerance_fallback": bc.option_tolerance_fallback,
                "per_chain_names": bc.per_chain_names, "bridge_items": bc.bridge_items}
        if parent is not None:
            resolve_version(store, "bench", parent)
        from proda.review import filter as review_filter

        rs = review_filter.reviewed(store)  # review verdicts: rejected units left out, edited ones used as edited
        with progress_bar() as prog:
            items, rep = bench.build(rs, cfg, per_chain=opts["per_chain"], seed=opts["seed"], progress=prog)
        if rep is None:
            raise UserError(bench.no_chain_message(store))
        made = len(items)
        items = review_filter.drop_items(rs, items)  # and the items that test a rejected unit
        if review_filter.summary(rs):
            err.print(review_filter.summary(rs), highlight=False)
        if not items:
            raise UserError(bench.no_item_message(rep, made))
        from proda.evaluate.split import assign_split, split_counts

        opts["test_share"] = bc.test_share
        items = assign_split(items, bc.test_share, opts["seed"])  # held-out test items: never diagnosed
        splits = split_counts(items)
        counts = {"items": len(items), **rep.kinds, "split_dev": splits["dev"], "split_test": splits["test"]}
        v = None if dry_run else create_version(store, "bench", items, counts, opts, parent=parent, name=name)
    out = {**_version_fields(v), **rep.__dict__, "split": splits}
    if as_json:
        click.echo(json.dumps(out, indent=2, default=str))
        return
    console.print(_kv_table("benchmark items", [
        *_version_rows(v),
        ("chains", rep.chains), ("usable chains (3+ steps)", rep.chains_usable),
        ("steps written as events", rep.steps_as_events),
        ("chains with items", rep.chains_with_items), ("candidates", rep.candidates),
        ("dropped (option lengths)", rep.dropped_length), ("near-duplicates dropped", rep.near_duplicates),
        ("items", rep.items), ("dev / test (held out)", f"{splits['dev']} / {splits['test']}"),
        ("max option length spread", f"{rep.max_length_spread:.0%}"),
        ("seconds", f"{rep.seconds:.1f}")]))
    if rep.bridges:
        console.print(_kv_table("bridge items (a concept named by its definition)", [
            ("definitions taught", rep.bridges["definitions"]), ("identifying phrases", rep.bridges["phrases"]),
            ("their statements", rep.bridges["statements"]), ("items", rep.bridges["items"])]))
    console.print(_hist_table("items per chapter (chapters with a usable chain or a bridge item)", rep.per_chapter))
    short = [ch for ch, n in rep.per_chapter.items() if n < (opts.get("min_per_chapter") or 0)]
    if short:
        err.print(f"{len(short)} of {len(rep.per_chapter)} chapters below [build] min_per_chapter "
                  f"({opts['min_per_chapter']}): their chains give no more items", highlight=False)
    console.print(_hist_table("question kinds", rep.kinds))
    console.print(_hist_table("correct-answer positions", rep.positions))
    console.print(_hist_table("correct options per item", rep.n_correct))
    console.print(_hist_table("distractor kinds", rep.distractor_kinds))


# ------------------------------------------------------------------------------------------- data
@click.group()
def data() -> None:
    """Inspect dataset versions and check them for contamination."""


@data.command("check")
@click.option("--train-version", default=None, help="Train version id or name (default: latest).")
@click.option("--bench-version", default=None, help="Bench version id or name (default: latest).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@_dataset_error
def data_check(ctx, train_version, bench_version, as_json) -> None:
    """Sizes, type mix, coverage, what could be memorised, and the audit; exits 1 above [build] thresholds."""
    from proda.datasets import check

    with open_project_store(ctx) as (cfg, store):
        r = check(store, cfg, train_version, bench_version)
    if as_json:
        click.echo(json.dumps(r, indent=2, default=str))
    else:
        tv, bv, cov, ov = r["train_version"], r["bench_version"], r["coverage"], r["overlap"]
        console.print(_kv_table("sizes", [("train version", f"{tv['name']} ({tv['id']})"), ("train items", tv["items"]),
                                          ("bench version", f"{bv['name']} ({bv['id']})"), ("bench items", bv["items"])]))
        console.print(_hist_table("training type mix", r["train_types"]))
        console.print(_hist_table("benchmark kinds", r["bench_kinds"]))
        console.print(_hist_table("benchmark correct positions", r["bench_positions"]))
        t = Table(title="coverage", title_justify="left")
        for c in ("unit", "total", "taught (train)", "share", "tested (bench)", "share"):
            t.add_column(c, justify="right" if c != "unit" else "left")
        for u in ("concepts", "statements"):
            t.add_row(u, str(cov[u]), str(cov[f"{u}_taught"]), f"{cov[f'{u}_taught_share']:.1%}",
                      str(cov[f"{u}_tested"]), f"{cov[f'{u}_tested_share']:.1%}")
        t.add_row("chains", str(cov["chains"]), "-", "-", str(cov["chains_tested"]),
                  f"{cov['chains_tested'] / max(cov['chains'], 1):.1%}")
        console.print(t)
        console.print(_kv_table("contamination (what a model could memorise from training text)", [
            ("benchmark items with question and key in one training item", ov["memorisable"]),
            ("memorisable share", ov["memorisable_share"]),
            ("threshold max_exact_overlap", r["thresholds"]["max_exact_overlap"]),
            ("for information: questions alone in training text", ov["exact"]),
            (f"for information: items sharing a word {ov['n']}-gram (same book by design)", ov["ngram_items"])]))
        for ex in ov["memorisable_items"]:
            console.print(f"  memorisable: {ex['id']} in {ex['train_item']} ({ex['why']}): {ex['question']}",
                          highlight=False, markup=False)
        from proda.evaluate.audit import render

        render(r["audit"], console)
        for n in r["notes"]:
            console.print(f"note: {n}", highlight=False, markup=False)
    if not r["ok"]:
        for f in r["failures"]:
            err.print(f"data check: {f}", highlight=False, markup=False)
        sys.exit(1)


@data.command("audit")
@click.option("--train-version", default=None, help="Train version id or name (default: latest).")
@click.option("--bench-version", default=None, help="Bench version id or name (default: latest).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@_dataset_error
def data_audit(ctx, train_version, bench_version, as_json) -> None:
    """Option-only baseline, per-form correct shares, key positions, length AUC; exits 1 above [build] thresholds."""
    from proda.datasets import load_bench_items, load_train_items, resolve_version
    from proda.evaluate.audit import audit, render

    with open_project_store(ctx) as (cfg, store):
        tv = resolve_version(store, "train", train_version)
        bv = resolve_version(store, "bench", bench_version)
        r = audit(load_train_items(store, tv.id), load_bench_items(store, bv.id), cfg.build, seed=cfg.build.seed)
    r["train_version"], r["bench_version"] = tv.name, bv.name
    if as_json:
        click.echo(json.dumps(r, indent=2, default=str))
    else:
        render(r, console)
    if not r["ok"]:
        for f in r["failures"]:
            err.print(f"audit: {f}", highlight=False, markup=False)
        sys.exit(1)


@data.command("versions")
@click.option("--kind", type=click.Choice(["train", "bench"]), default=None)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def data_versions(ctx, kind, as_json) -> None:
    """List dataset versions, oldest first."""
    with open_project_store(ctx) as (_cfg, store):
        rows = store.read("dataset_versions", kind=kind)
    if as_json:
        click.echo(json.dumps([{**r, "counts": json.loads(r["counts"] or "{}"),
                                "config": json.loads(r["config"] or "{}")} for r in rows], indent=2))
        return
    if not rows:
        console.print("no dataset versions yet: run `proda build train` / `proda build bench`")
        return
    names = {r["id"]: r["name"] for r in rows}
    t = Table(title="dataset versions", title_justify="left")
    for c in ("name", "id", "kind", "parent", "items", "created"):
        t.add_column(c, justify="right" if c == "items" else "left")
    for r in rows:
        t.add_row(r["name"], r["id"], r["kind"], names.get(r["parent"], r["parent"] or "-"), str(r["items"]),
                  r["created"])
    console.print(t)


# ----------------------------------------------------------------------------------------- export
def _stored(ctx, kind: str, version: str | None) -> tuple:
    """A stored dataset version of ``kind`` ("train" or "bench"; default the latest) and its items: what both export
    commands read before writing their format."""
    from proda.datasets import load_bench_items, load_train_items, resolve_version

    with open_project_store(ctx) as (_cfg, store):
        v = resolve_version(store, kind, version)
        return v, (load_train_items if kind == "train" else load_bench_items)(store, v.id)


@click.group()
def export() -> None:
    """Write a dataset version in formats other tools read."""


@export.command("train")
@click.option("--format", "fmt", type=click.Choice(["messages", "alpaca", "sharegpt"]), default="messages")
@click.option("--version", default=None, help="Train version id or name (default: latest).")
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
@_dataset_error
def export_train_cmd(ctx, fmt, version, out) -> None:
    """JSONL (+ LLaMA-Factory dataset_info.json)."""
    from proda.datasets import export_train

    v, items = _stored(ctx, "train", version)
    r = export_train(items, fmt, out, version=v.name)
    console.print(f"wrote {r['items']} items of {v.name} to {r['file']} (LLaMA-Factory dataset "
                  f"{r['dataset']!r} in {r['dataset_info']})", highlight=False)


@export.command("bench")
@click.option("--format", "fmt", type=click.Choice(["lm-eval"]), default="lm-eval")
@click.option("--version", default=None, help="Bench version id or name (default: latest).")
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
@_dataset_error
def export_bench_cmd(ctx, fmt, version, out) -> None:
    """lm-eval task YAML + JSONL: `lm_eval --include_path OUT --tasks proda_bench`."""
    from proda.datasets import export_bench

    v, items = _stored(ctx, "bench", version)
    r = export_bench(items, fmt, out, version=v.name)
    console.print(f"wrote {r['items']} items of {v.name} to {r['file']} and task {r['task']} "
                  f"(lm_eval --include_path {out} --tasks proda_bench)", highlight=False)
    if r["chance"] is not None:  # lm-eval reports acc alone: the guessing level of these items beside it
        console.print(f"prompts state how many options are correct; a guesser of that many scores {r['chance']:.1%} "
                      f"acc on these items" + (f" ({r['given_away']} items have every option correct: their count "
                                               f"gives them away)" if r["given_away"] else ""), highlight=False)


def _standalone() -> click.Group:
    """``python -m proda.commands.build -p PROJECT ...``: these groups without the main CLI (tests, scripts)."""

    @click.group()
    @click.option("--project", "-p", type=click.Path(file_okay=False, path_type=Path), envvar="PRODA_PROJECT")
    @click.pass_context
    def root(ctx: click.Context, project: Path | None) -> None:
        ctx.obj = {"project": project}

    for g in (build, data, export):
        root.add_command(g)
    return root


if __name__ == "__main__":  # pragma: no cover
    _standalone()()
