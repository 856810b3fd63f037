"""``proda push``, ``proda neo4j guide``, ``proda blame``, ``proda coverage``, ``proda viz``, ``proda report``.

Register with ``from proda.commands.explore import push, neo4j, blame, coverage, viz, report`` and
``main.add_command(...)`` for each.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import click
from rich.table import Table

from proda.cli_support import UserError, console, err, open_project_store, progress_bar
from proda.graphdb.errors import StoreError


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


# ------------------------------------------------------------------------------------ push
@click.command()
@click.option("--to", "uri", required=True, help="Target Bolt URI (neo4j://host:7687, neo4j+s://..., bolt://...).")
@click.option("--user", default="neo4j", show_default=True)
@click.option("--password-env", default="NEO4J_PASSWORD", show_default=True,
              help="Name of the environment variable holding the target's password.")
@click.option("--database", default="neo4j", show_default=True)
@click.option("--batch", type=click.IntRange(1, 100_000), default=1000, show_default=True, help="Rows per transaction.")
@click.pass_context
def push(ctx: click.Context, uri: str, user: str, password_env: str, database: str, batch: int) -> None:
    """Copy the project's graph (KB, items, runs, diagnoses) into a Neo4j database; pushing twice changes nothing."""
    from proda.graphdb.push import counts
    from proda.graphdb.push import push as run_push
    from proda.graphdb.store import GraphStore

    password = os.environ.get(password_env)
    if password is None:
        raise UserError(f"no password: set the environment variable {password_env} (or pass --password-env NAME)")
    with open_project_store(ctx) as (_, source):
        try:
            target = GraphStore(uri, (user, password), database, "neo4j", batch_size=batch)
        except StoreError as e:
            raise UserError(f"target: {e}") from None
        try:
            with progress_bar() as progress:
                rep = run_push(source, target, batch=batch, progress=progress)
            t_labels, t_edges = counts(target)
        except StoreError as e:
            raise UserError(f"push failed: {e}") from None
        finally:
            target.close()
    t = Table(title=f"pushed to {uri} ({database})")
    t.add_column("")
    t.add_column("pushed", justify="right")
    t.add_column("in target", justify="right")
    for label, n in rep.nodes.items():
        t.add_row(f":{label}", f"{n:,}", f"{t_labels.get(label, 0):,}")
    for rel, n in rep.edges.items():
        t.add_row(f"[:{rel}]", f"{n:,}", f"{t_edges.get(rel, 0):,}")
    console.print(t)
    console.print(f"schema: {rep.schema}")
    for s in rep.skipped:
        err.print(f"[yellow]skipped:[/yellow] {s}", highlight=False)


# ----------------------------------------------------------------------------------- neo4j
@click.group()
def neo4j() -> None:
    """Neo4j Browser helpers."""


@neo4j.command()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("proda.cypher"), show_default=True,
              help="A .cypher script (one favourite) or a .zip (one favourite per query, in a 'proda' folder).")
@click.option("--no-store", is_flag=True, help="Do not read sample parameter values (a run, a failed item) from the project.")
@click.pass_context
def guide(ctx: click.Context, out: Path, no_store: bool) -> None:
    """Write the named exploration queries for Neo4j Browser's favourites (Favorites drawer > Import)."""
    from proda.report import guide_queries, guide_values, write_guide

    values: dict = {}
    if not no_store:
        try:
            with open_project_store(ctx) as (_, store):
                values = guide_values(store)
        except UserError as e:  # no project here: defaults are fine
            err.print(f"[yellow]note:[/yellow] {e.message}; using default parameter values", highlight=False)
    write_guide(out, values)
    qs = guide_queries()
    console.print(f"wrote {len(qs)} queries to {out}")
    for q in qs:
        console.print(f"  • {q['title']}" + (f"  [dim]({', '.join(q['params'])})[/dim]" if q["params"] else ""))


# ----------------------------------------------------------------------------------- blame
@click.command()
@click.argument("unit")
@click.option("--limit", type=int, default=50, show_default=True, help="Rows per section.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def blame(ctx: click.Context, unit: str, limit: int, as_json: bool) -> None:
    """For a concept (name or id) or a statement id: items teaching it, items testing it, failures, diagnoses, patches."""
    from proda.graphdb import ddl
    from proda.report import blame as run_blame

    with open_project_store(ctx) as (_, store):
        b = run_blame(store, unit, limit=limit)
        if b is None:
            sugg = ddl.search_concepts(store, unit, limit=5)
            hint = f"; did you mean: {', '.join(s['name'] for s in sugg)}" if sugg else ""
            raise UserError(f"no concept or statement {unit!r}{hint}")
        from proda.review.verdicts import state_of

        b["review"] = state_of(store, b["unit"]["id"])
    if as_json:
        click.echo(json.dumps(b, ensure_ascii=False, indent=1, default=str))
        return
    u = b["unit"]
    console.print(f"[bold]{u['name']}[/bold]  [dim]{u['kind']} {u['id']}[/dim]")
    fails = len(b["failures"])
    console.print(f"taught by {len(b['taught_by'])} training items, tested by {len(b['tested_by'])} benchmark items, "
                  f"{fails} failed results, {len(b['diagnoses'])} diagnoses, {len(b['patches'])} patches")
    console.print(f"review: {b['review']['state']}" + "".join(
        f"; {r['verdict']}{' (' + r['reason'] + ')' if r['reason'] else ''} by {r['reviewer']}"
        for r in b["review"]["verdicts"]), highlight=False)
    _rows("taught by (TEACHES)", ["item", "type", "via", "versions", "prompt"],
          [[r["id"], r["type"] or "", r["via"], ", ".join(r["versions"] or []), (r["text"] or "")[:90]] for r in b["taught_by"]])
    _rows("tested by (TESTS)", ["item", "kind", "via", "chapter", "question"],
          [[r["id"], r["kind"] or "", r["via"], r["chapter"] or "", (r["text"] or "")[:90]] for r in b["tested_by"]])
    _rows("results per run", ["run", "created", "items", "passed", "accuracy"],
          [[r["run"], str(r["created"] or ""), str(r["n"]), str(r["passed"]), _pct(r["passed"] / r["n"]) if r["n"] else ""]
           for r in b["runs"]])
    _rows("failures", ["run", "item", "predicted", "correct", "question"],
          [[r["run"], r["item"], str(r["predicted"]), str(r["correct"]), (r["question"] or "")[:80]] for r in b["failures"]],
          style="red")
    _rows("diagnoses", ["diagnosis", "class", "runs", "items", "blames"],
          [[r["id"], r["class"] or "", ", ".join(r["runs"]), ", ".join(r["items"]), ", ".join(map(str, r["blames"]))[:80]]
           for r in b["diagnoses"]])
    _rows("patches", ["patch", "what", "link", "unit"], [[r["id"], r["patch"], r["link"], r["unit"]] for r in b["patches"]])


def _rows(title: str, cols: list[str], rows: list[list[str]], style: str | None = None) -> None:
    if not rows:
        console.print(f"[dim]{title}: none[/dim]")
        return
    t = Table(title=title, title_justify="left", title_style=style or "bold")
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*[str(x) for x in r])
    console.print(t)


# -------------------------------------------------------------------------------- coverage
@click.command()
@click.option("--uncovered", is_flag=True, help="Also list the units not both taught and tested.")
@click.option("--limit", type=int, default=50, show_default=True, help="Uncovered units listed (most connected first).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def coverage(ctx: click.Context, uncovered: bool, limit: int, as_json: bool) -> None:
    """Data coverage: share of concepts and statements taught by >= 1 training item and tested by >= 1 benchmark item."""
    from proda.report import coverage as run_coverage

    with open_project_store(ctx) as (_, store):
        c = run_coverage(store, uncovered_limit=limit if uncovered else 0)
        from proda.review.verdicts import state_counts

        c["review"] = state_counts(store)
    if not uncovered:
        c.pop("uncovered", None)
    if as_json:
        click.echo(json.dumps(c, ensure_ascii=False, indent=1))
        return
    t = Table(title=f"data coverage ({c['train_items']:,} training items, {c['bench_items']:,} benchmark items)")
    for col in ("", "units", "taught", "tested", "taught and tested"):
        t.add_column(col, justify="right" if col else "left")
    for level, single, label in (("concepts", "concept", "L1 concepts"), ("statements", "statement", "L2 statements")):
        t.add_row(label, f"{c[level]:,}",
                  f"{c[f'{level}_taught']:,} ({_pct(c[f'{single}_taught_share'])})",
                  f"{c[f'{level}_tested']:,} ({_pct(c[f'{single}_tested_share'])})",
                  f"[bold]{c[f'{level}_covered']:,} ({_pct(c[f'{single}_coverage'])})[/bold]")
    console.print(t)
    _rows("review state (proda review; rejected units are left out of new builds)",
          ["level", "accepted", "rejected", "edited"],
          [[lv, r["accepted"], r["rejected"], r["edited"]] for lv, r in c["review"].items()])
    if uncovered:
        _rows(f"uncovered units (first {limit}, most connected first)", ["level", "unit", "domain", "taught", "tested", "degree"],
              [[u["kind"], u["name"] or u["id"], u["domain"] or "", "yes" if u["taught"] else "no",
                "yes" if u["tested"] else "no", str(u["degree"])] for u in c["uncovered"]])


# ------------------------------------------------------------------------------------- viz
@click.command()
@click.argument("concept", required=False)
@click.option("--chain", "chain_id", help="A chain id (or exact name) instead of a concept.")
@click.option("--item", "item_id", help="A benchmark item id: its failing subgraph.")
@click.option("--depth", type=click.IntRange(1, 3), default=2, show_default=True, help="Concept neighbourhood hops.")
@click.option("--run", "run_id", help="Colour benchmark items by their result in this run (default for --item: its newest run).")
@click.option("--max-nodes", type=click.IntRange(1, 500), default=45, show_default=True,
              help="Show the nodes nearest the centre up to this many: more and captions open below 10 px on a laptop.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("viz.html"), show_default=True)
@click.pass_context
def viz(ctx: click.Context, concept: str | None, chain_id: str | None, item_id: str | None, depth: int,
        run_id: str | None, max_nodes: int, out: Path) -> None:
    """An interactive HTML page of a concept's neighbourhood, a chain, or a benchmark item's subgraph."""
    from proda.report import find_unit
    from proda.report.viz import chain_graph, concept_graph, item_graph, render

    if sum(x is not None for x in (concept, chain_id, item_id)) != 1:
        raise UserError("give exactly one of: CONCEPT, --chain ID, --item ID")
    with open_project_store(ctx) as (_, store):
        if concept is not None:
            u = find_unit(store, concept)
            if u is None or u["kind"] != "Concept":
                raise UserError(f"no concept named {concept!r}")
            g = concept_graph(store, u["id"], depth=depth, run=run_id)
        elif chain_id is not None:
            hit = store.read("viz_find_chain", x=chain_id)
            if not hit:
                raise UserError(f"no chain {chain_id!r}")
            g = chain_graph(store, hit[0]["id"], run=run_id)
        else:
            g = item_graph(store, item_id, run=run_id)
            if not g["nodes"]:
                raise UserError(f"no benchmark item {item_id!r}")
    try:
        render(g, out, max_nodes=max_nodes)
    except RuntimeError as e:
        raise UserError(str(e)) from None
    shown = min(len(g["nodes"]), max_nodes)
    console.print(f"wrote {out} ({len(g['nodes'])} nodes, {len(g['edges'])} relationships"
                  + (f"; the {shown} nearest the centre drawn)" if shown < len(g["nodes"]) else ")"))


# ---------------------------------------------------------------------------------- report
@click.command()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("report.html"), show_default=True)
@click.option("--run", "run_id", help="The run whose results, diagnoses and heat map to show (default: the newest).")
@click.option("--title", default=None, help="Page title (default: 'proda report · <project folder>').")
@click.option("--json", "as_json", is_flag=True, help="Also print the report's numbers as JSON.")
@click.pass_context
def report(ctx: click.Context, out: Path, run_id: str | None, title: str | None, as_json: bool) -> None:
    """One self-contained HTML report: KB size, connectivity, coverage, results, diagnoses, repair history."""
    from proda.report.html import build_report

    with open_project_store(ctx) as (cfg, store):
        if run_id and run_id not in {r["id"] for r in store.read("run_list")}:
            raise UserError(f"no run {run_id!r}")
        try:
            path, d = build_report(store, out, run=run_id,
                                   title=title or f"proda report · {Path(cfg.project_dir).resolve().name}")
        except ImportError as e:
            raise UserError(f"the report needs matplotlib ({e}); pip install matplotlib") from None
    if as_json:
        click.echo(json.dumps(d, ensure_ascii=False, indent=1, default=str))
        return
    kb, cov = d["kb"], d["coverage"]
    console.print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KiB)")
    console.print(f"  {kb['concepts']:,} concepts, {kb['statements']:,} statements, {kb['chains']:,} chains; "
                  f"largest component {_pct(kb['largest_component_ratio'])}, {kb['orphan_concepts']:,} orphans; "
                  f"coverage {_pct(cov['unit_coverage'])}" + (f"; run {d['run']}" if d["run"] else "; no runs yet"))
