"""``proda review``: the local review page, ``review export|import`` of audit sheets, ``review stats``.

Register with ``from proda.commands.review import review`` and ``main.add_command(review)``.
"""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import click
from rich.table import Table

from proda.cli_support import console, one_line_errors, open_project_store
from proda.review import LEVELS


def _review_error(fn):
    from proda.review import ReviewError

    return one_line_errors(ReviewError)(fn)


def _default_reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


@click.group(invoke_without_command=True)
@click.option("--level", type=click.Choice(LEVELS), default="statements", show_default=True)
@click.option("--sample", "size", type=click.IntRange(min=1), default=40, show_default=True, help="Units to review.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--domain", default=None, help="Only units of this domain.")
@click.option("--version", default=None, help="train/bench: dataset version id or name (default: latest).")
@click.option("--reviewer", default=None, help="Your name on the verdicts (default: the login name).")
@click.option("--no-browser", is_flag=True, help="Print the URL only; do not open a browser.")
@click.pass_context
@_review_error
def review(ctx, level, size, seed, domain, version, reviewer, no_browser) -> None:
    """Review a seeded sample on a local page (127.0.0.1, one-time token); Ctrl-C to stop."""
    if ctx.invoked_subcommand is not None:
        return
    from proda.review.sample import open_sample
    from proda.review.web import serve

    with open_project_store(ctx) as (_cfg, store):
        s = open_sample(store, level, size, seed, domain, version)
        serve(store, s, reviewer or _default_reviewer(), open_browser=not no_browser)


@review.command("export")
@click.option("--level", type=click.Choice(LEVELS), required=True)
@click.option("--sample", "size", type=click.IntRange(min=1), default=40, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--domain", default=None, help="Only units of this domain.")
@click.option("--version", default=None, help="train/bench: dataset version id or name (default: latest).")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default=None,
              help="Default: from the --out suffix, else csv.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
@_review_error
def export_cmd(ctx, level, size, seed, domain, version, fmt, out) -> None:
    """Write a stratified, seeded sample as an audit sheet with empty verdict / reason / note / edit columns."""
    from proda.review.sample import open_sample
    from proda.review.sheets import export

    fmt = fmt or ("jsonl" if out.suffix.lower() == ".jsonl" else "csv")
    with open_project_store(ctx) as (_cfg, store):
        s = open_sample(store, level, size, seed, domain, version)
        n = export(store, s, fmt, out)
    strata = ", ".join(f"{k or '-'}: {v}" for k, v in list(s.strata.items())[:6])
    more = f", … {len(s.strata) - 6} more" if len(s.strata) > 6 else ""
    console.print(f"wrote {n} {level} of sample {s.id} (seed {s.seed}, {s.population} in the population, "
                  f"{len(s.strata)} strata: {strata}{more}) to {out}", highlight=False, soft_wrap=True)


@review.command("import")
@click.argument("sheet", type=click.Path(path_type=Path))
@click.option("--reviewer", default=None, help="Name on rows without a reviewer column (default: the login name).")
@click.pass_context
@_review_error
def import_cmd(ctx, sheet, reviewer) -> None:
    """Import a filled sheet: every row checked first, then all verdicts in one transaction."""
    from proda.review.sheets import import_sheet

    with open_project_store(ctx) as (_cfg, store):
        r = import_sheet(store, sheet, reviewer or _default_reviewer())
    console.print(f"{sheet}: {r['written']} verdicts imported, {r['skipped']} rows without a verdict skipped",
                  highlight=False, soft_wrap=True)


@review.command("stats")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@_review_error
def stats_cmd(ctx, as_json) -> None:
    """Precision per level, rule/generator kind, document and reviewer (95 % Wilson intervals); Cohen's kappa."""
    from proda.review.stats import compute

    with open_project_store(ctx) as (_cfg, store):
        s = compute(store)
    if as_json:
        click.echo(json.dumps(s, indent=2, ensure_ascii=False))
        return
    if not s["units"]:
        console.print("no verdicts yet: run `proda review` or `proda review import SHEET`")
        return
    for key, col, title in [("levels", None, "precision per level"), ("kinds", "kind", "per rule / generator kind"),
                            ("documents", "document", "per document"), ("reviewers", "reviewer", "per reviewer")]:
        t = Table(title=title, title_justify="left")
        t.add_column("level")
        if col:
            t.add_column(col, overflow="fold")
        t.add_column("accepted", justify="right")
        t.add_column("precision [95 % CI] (n)", justify="right")
        for r in s[key]:
            t.add_row(r["level"], *([str(r[col])] if col else []), str(r["k"]), r["fmt"])
        console.print(t)
    if s["reasons"]:
        t = Table(title="reject reasons", title_justify="left")
        for c in ("level", "reason", "n"):
            t.add_column(c, justify="right" if c == "n" else "left")
        for lv, rs in s["reasons"].items():
            for reason, n in rs.items():
                t.add_row(lv, reason, str(n))
        console.print(t)
    if s["agreement"]:
        t = Table(title="agreement (correct / not correct)", title_justify="left")
        for c in ("level", "reviewers", "units", "agreement", "Cohen's kappa"):
            t.add_column(c, justify="left" if c in ("level", "reviewers") else "right")
        for a in s["agreement"]:
            t.add_row(a["level"], f"{a['a']} / {a['b']}", str(a["n"]), f"{a['agree']:.1%}", f"{a['kappa']:.2f}")
        console.print(t)


@review.command("samples")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@_review_error
def samples_cmd(ctx, as_json) -> None:
    """Stored samples and how far their review got (re-open one with the same --level/--sample/--seed)."""
    with open_project_store(ctx) as (_cfg, store):
        rows = store.read("review_samples")
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        console.print("no review samples yet: run `proda review` or `proda review export`")
        return
    t = Table(title="review samples", title_justify="left")
    for c in ("sample", "level", "seed", "units", "population", "judged", "reviewers", "domain", "created"):
        t.add_column(c, justify="right" if c in ("seed", "units", "population", "judged") else "left")
    for r in rows:
        t.add_row(r["id"], r["level"], str(r["seed"]), str(r["units"]), str(r["population"]), str(r["judged"]),
                  ", ".join(r["reviewers"]), r["domain"] or "-", r["created"])
    console.print(t)
