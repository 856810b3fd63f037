"""The ``proda`` command line.  Every failure a user can cause prints one line and exits non-zero."""

from __future__ import annotations

import json
import math
import os
import signal
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from proda.cli_support import UserError, console, dumps_json, err, open_project_store, progress_bar
from proda.config import CONFIG_NAME, DEFAULT_TOML, ConfigError, load_config
from proda.graphdb.errors import StoreError



def _sigterm(*_):
    raise SystemExit(143)  # run atexit/finally so an owned embedded store shuts down cleanly


@click.group()
@click.option("--project", "-p", type=click.Path(file_okay=False, path_type=Path), envvar="PRODA_PROJECT",
              help="Project folder holding proda.toml (default: here or a parent, or the one subfolder that has one).")
@click.version_option(package_name="proda")
@click.pass_context
def main(ctx: click.Context, project: Path | None) -> None:
    """proda: turn a domain corpus into a tested, self-improving LLM."""
    signal.signal(signal.SIGTERM, _sigterm)
    ctx.obj = {"project": project}


# ---------------------------------------------------------------------------------- init
@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path), default=".")
def init(directory: Path) -> None:
    """Create DIRECTORY/proda.toml and the embedded store."""
    from proda.graphdb.store import open_store

    directory.mkdir(parents=True, exist_ok=True)
    f = directory / CONFIG_NAME
    if f.exists():
        console.print(f"{f} exists; leaving it as it is")
    else:
        f.write_text(DEFAULT_TOML, encoding="utf-8")
        console.print(f"created {f}")
    try:
        cfg = load_config(directory)
        with open_store(cfg) as store:
            where = cfg.path(cfg.store.path) if store.backend == "embedded" else store.uri
            console.print(f"store ready: {store.backend} at {where}")
    except (ConfigError, StoreError) as e:
        raise UserError(str(e)) from None


# -------------------------------------------------------------------------------- ingest
@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--extractor", type=click.Choice(["offline", "llm"]), default=None, help="Default: proda.toml [ingest] extractor.")
@click.option("--domain", default="general", show_default=True, help="Domain tag for every unit of this run.")
@click.option("--dry-run", is_flag=True, help="Read and chunk, then print the calls and tokens extraction would spend.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], extractor: str | None, domain: str, dry_run: bool) -> None:
    """Ingest files or folders (.txt .md .html .pdf) into the knowledge base."""
    from proda.ingest.pipeline import ingest as run_ingest
    from proda.ingest.pipeline import make_extractor
    from proda.ingest.readers import SUPPORTED, iter_files

    if next(iter_files(list(paths)), None) is None:  # folders only, none holding a file proda reads
        raise UserError(f"no supported files ({' '.join(sorted(SUPPORTED))}) in {', '.join(map(str, paths))}")
    from proda.graphdb.jvm import prefer_quick_jit

    prefer_quick_jit()  # the store's JVM with C1 only: an ingest's queries do not repay C2 (proda/graphdb/jvm.py)
    with open_project_store(ctx) as (cfg, store), progress_bar() as progress:
        from proda.llm import LLMError

        try:
            ex = make_extractor(cfg, extractor)
            report = run_ingest(store, cfg, list(paths), domain, extractor=ex, dry_run=dry_run, progress=progress)
        except (ValueError, LLMError) as e:
            raise UserError(str(e)) from None
        for chunk, reason in getattr(ex, "failures", []) or []:
            err.print(f"[yellow]extraction failed:[/yellow] chunk {chunk}: {reason}", highlight=False)
    for e in report.errors:
        err.print(f"[red]error:[/red] {e}", highlight=False)
    if dry_run:
        console.print(f"dry run: {report.files} files, {report.documents_new} new documents "
                      f"({report.documents_skipped} already ingested), {report.chunks} chunks")
        console.print(report.dry_run)
    else:
        _print_ingest(report)
    if report.errors or report.extraction_failures:
        sys.exit(1)


def _print_ingest(r) -> None:
    t = Table(title=f"ingest {r.run_id}", show_header=True)
    t.add_column("")
    t.add_column("this run", justify="right")
    t.add_column("KB before", justify="right")
    t.add_column("KB after", justify="right")
    t.add_row("files read", str(r.files), "", "")
    t.add_row("documents (new / skipped)", f"{r.documents_new} / {r.documents_skipped}",
              str(r.before.get("documents", "")), str(r.after.get("documents", "")))
    for key, label, run in [("chunks", "chunks", r.chunks), ("chains", "L3 chains", r.chains),
                            ("statements", "L2 statements", r.statements), ("concepts", "L1 concepts", r.concepts_written),
                            ("prerequisite_edges", "PREREQUISITE edges", r.prerequisite_rows)]:
        t.add_row(label, str(run), str(r.before.get(key, "")), str(r.after.get(key, "")))
    t.add_row("quotes rejected (not verbatim)", str(r.rejected_quotes), "", "")
    t.add_row("entity merges", str(r.merges), "", "")
    if r.extraction_failures:
        t.add_row("extraction failures", str(r.extraction_failures), "", "")
    t.add_row("errors", str(len(r.errors)), "", "")
    t.add_row("seconds", f"{r.seconds:.1f}", "", "")
    console.print(t)


# ------------------------------------------------------------------------------------ kb
@main.group()
def kb() -> None:
    """Inspect the knowledge base."""


@kb.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Counts per level, connectivity, orphans."""
    from proda.graphdb.analytics import kb_stats

    with open_project_store(ctx) as (_, store):
        s = kb_stats(store)
    if as_json:
        click.echo(dumps_json(s, indent=2))
        return
    t = Table(title="knowledge base")
    t.add_column("measure")
    t.add_column("value", justify="right")
    for k, v in s.items():
        t.add_row(k.replace("_", " "), f"{v:.1%}" if k.endswith("ratio") else str(v))
    console.print(t)


@kb.command()
@click.option("--json", "as_json", is_flag=True)
@click.option("--limit", type=int, default=0, help="At most this many (0: all).")
@click.pass_context
def concepts(ctx: click.Context, as_json: bool, limit: int) -> None:
    """List concepts: id, name, aliases, definition, domain."""
    with open_project_store(ctx) as (_, store):
        rows = store.read("kb_concepts")
    rows = rows[:limit] if limit else rows
    if as_json:
        click.echo(dumps_json([{k: r[k] for k in ("id", "name", "aliases", "definition", "domain")} for r in rows],
                              ensure_ascii=False, indent=1))
        return
    t = Table(title=f"{len(rows)} concepts")
    for c in ("name", "aliases", "definition", "domain"):
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(r["name"], ", ".join(r["aliases"][:4]), (r["definition"] or "")[:100], r["domain"] or "")
    console.print(t)


@kb.command()
@click.argument("name")
@click.option("--limit", type=int, default=10, show_default=True, help="Rows per section.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def show(ctx: click.Context, name: str, limit: int, as_json: bool) -> None:
    """A concept: definition, prerequisites, statements, chains, source sentences."""
    from proda.graphdb import ddl
    from proda.ids import normalize_name

    with open_project_store(ctx) as (_, store):
        hits = store.read("concept_find", key=normalize_name(name))
        if not hits:
            sugg = ddl.search_concepts(store, name, limit=5)
            hint = f"; did you mean: {', '.join(s['name'] for s in sugg)}" if sugg else ""
            raise UserError(f"no concept named {name!r}{hint}")
        info = store.read("concept_show", id=hits[0]["id"], limit=limit)[0]
        info["chains"] = store.read("concept_chains", id=hits[0]["id"], limit=limit)
    if as_json:
        click.echo(dumps_json(info, ensure_ascii=False, indent=1))
        return
    _print_concept(info)


def _print_concept(c: dict) -> None:
    from rich.panel import Panel

    head = f"[bold]{c['name']}[/bold]  ({c.get('type') or 'term'}, {', '.join(c.get('domains') or [c.get('domain') or ''])})"
    if c.get("aliases"):
        head += f"\n[dim]also:[/dim] {', '.join(c['aliases'])}"
    head += f"\n\n{c.get('definition') or '[dim](no definition found)[/dim]'}"
    console.print(Panel(head, title=c["id"], expand=False))
    if c["prerequisites"] or c["dependents"]:
        t = Table(title="prerequisites (needs) / dependents (needed by)")
        t.add_column("needs")
        t.add_column("needed by")
        pre = [f"{p['name']} [dim]({p['how']})[/dim]" for p in c["prerequisites"]]
        dep = [f"{p['name']} [dim]({p['how']})[/dim]" for p in c["dependents"]]
        for i in range(max(len(pre), len(dep))):
            t.add_row(pre[i] if i < len(pre) else "", dep[i] if i < len(dep) else "")
        console.print(t)
    if c["statements"]:
        t = Table(title="statements (L2)")
        for col in ("subject", "predicate", "object", "source quote"):
            t.add_column(col, overflow="fold")
        for s in c["statements"]:
            t.add_row(s["subject"], s["predicate"], s["object"], s["quote"] or "")
        console.print(t)
    for ch in c["chains"]:
        steps = "\n".join(f"{i}. {s}" for i, s in enumerate(ch["steps"], 1))
        console.print(Panel(steps, title=f"chain: {ch['name']}", expand=False))
    if c["sources"]:
        t = Table(title="source sentences")
        t.add_column("document", overflow="fold")
        t.add_column("quote", overflow="fold")
        for s in c["sources"]:
            t.add_row(f"{s['document']} › {s['heading'] or ''}", s["quote"] or "")
        console.print(t)


# --------------------------------------------------------------------------------- query
def _param(value: str) -> tuple[str, object]:
    if "=" not in value:
        raise click.BadParameter(f"{value!r}: expected key=value")
    k, v = value.split("=", 1)
    try:
        parsed = json.loads(v)
    except ValueError:
        return k, v
    if isinstance(parsed, int) and not -(2**63) <= parsed < 2**63:
        raise UserError(f"--param {k}: {v} is outside the 64-bit integer range a graph database stores; "
                        f"quote it to pass a string")
    if isinstance(parsed, float) and not math.isfinite(parsed):
        raise UserError(f"--param {k}: {v} is not a finite number")
    return k, parsed


@main.command()
@click.argument("cypher")
@click.option("--param", "params", multiple=True, help="key=value (value parsed as JSON when it can be).")
@click.option("--json", "as_json", is_flag=True)
@click.option("--write", is_flag=True, help="Allow write clauses (CREATE, MERGE, SET, DELETE, ...).")
@click.pass_context
def query(ctx: click.Context, cypher: str, params: tuple[str, ...], as_json: bool, write: bool) -> None:
    """Run a Cypher query (read-only unless --write); values only through --param."""
    p = dict(_param(x) for x in params)
    with open_project_store(ctx) as (_, store):
        try:
            rows = store.write_text(cypher, p) if write else store.read_only(cypher, p)
        except StoreError as e:
            raise UserError(str(e)) from None
    if as_json:
        click.echo(dumps_json(rows, ensure_ascii=False, indent=1))
        return
    t = Table(title=f"{len(rows)} rows")
    cols = list(rows[0].keys()) if rows else []
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*[json.dumps(r[c], ensure_ascii=False, default=str) if not isinstance(r[c], str) else r[c] for c in cols])
    console.print(t)


# --------------------------------------------------------------------------------- serve
@main.command()
@click.pass_context
def serve(ctx: click.Context) -> None:
    """Keep the embedded store running and print its Bolt URI (for Neo4j Browser, cypher-shell, drivers)."""
    import time

    with open_project_store(ctx) as (cfg, store):
        if store.backend != "embedded" or store.server is None or not store.server.owner:
            raise UserError("serve needs the embedded backend and a store no other process holds")
        ep = store.server.endpoint
        try:  # from before the first line: a Ctrl-C right after "Ctrl-C to stop" must not escape as "Aborted!"
            console.print(f"Bolt: [bold]{ep.uri}[/bold]  user: root  password: in {cfg.path(cfg.store.path) / 'secret'}  database: {ep.database}")
            console.print("Other proda commands on this project attach to this server. Ctrl-C to stop.")
            # short sleeps: the kernel may deliver SIGINT/SIGTERM to one of the JVM's threads, and Python runs its
            # handler only when the main thread next runs bytecode; a one-hour sleep left Ctrl-C unanswered (seen
            # under load in tests/test_concurrency.py, the server still up 28 minutes after SIGINT)
            while True:
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass


def _register() -> None:
    """Command groups live in proda/commands/, one module per stage."""
    from proda.commands.build import build, data, export
    from proda.commands.explore import blame, coverage, neo4j, push, report, viz
    from proda.commands.model import test, train
    from proda.commands.repair import diagnose, diff, loop, repair
    from proda.commands.review import review

    for cmd in (build, data, export, train, test, diagnose, repair, loop, diff, push, neo4j, blame, coverage, viz,
                report, review):
        main.add_command(cmd)


_register()

def run() -> None:
    """The ``proda`` entry point: the command, then an exit that skips the JVM teardown if a store ran here."""
    code = 0
    try:
        main()
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except KeyboardInterrupt:
        err.print("[red]error:[/red] interrupted", highlight=False)
        code = 130
    except Exception as e:  # the last resort: one line, the traceback only when asked for (PRODA_DEBUG=1)
        if os.environ.get("PRODA_DEBUG"):
            raise
        first = next((ln for ln in str(e).splitlines() if ln.strip()), "")
        err.print(f"[red]error:[/red] {escape(type(e).__name__ + ': ' + first[:300])} (PRODA_DEBUG=1 shows the traceback)",
                  highlight=False, markup=True)
        code = 1
    from proda.graphdb.embedded import exit_process, jvm_started

    if jvm_started():
        exit_process(code)
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
