"""What every ``proda`` command shares: the consoles, the one-line error, the project store, progress bars."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from proda.config import CONFIG_NAME, Config, ConfigError, find_project, load_config
from proda.graphdb.errors import StoreError

def _width() -> int | None:
    """Rich's width: the terminal's, or ``COLUMNS``; piped into a file or a log (``make demo > log``) it would fall back
    to 80 columns and squeeze the round table into unreadable cells, so a pipe gets 160."""
    import sys

    if os.environ.get("COLUMNS") or sys.stdout.isatty():
        return None
    return 160


console = Console(width=_width())
err = Console(stderr=True, soft_wrap=True)


class UserError(click.ClickException):
    """One red line on stderr, exit 1."""

    def show(self, file=None) -> None:
        err.print(f"[red]error:[/red] {escape(self.message)}", highlight=False, markup=True)


def one_line_errors(*types: type[Exception]) -> Callable:
    """Decorator: the listed exceptions (a stage's own error types) become one-line UserErrors, no traceback."""
    import functools

    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            try:
                return fn(*a, **kw)
            except types as e:
                raise UserError(str(e)) from None

        return wrapper

    return deco


def project_config(ctx: click.Context) -> Config:
    obj = ctx.find_root().obj or {}
    project = obj.get("project") or find_project()
    if project is None:
        raise UserError(f"no {CONFIG_NAME} here or in a parent folder: run `proda init DIR` or pass --project DIR")
    if not (Path(project) / CONFIG_NAME).is_file():
        raise UserError(f"{project}: not a proda project (no {CONFIG_NAME}); run `proda init {project}`")
    try:
        return load_config(Path(project))
    except ConfigError as e:
        raise UserError(str(e)) from None


@contextmanager
def open_project_store(ctx: click.Context) -> Iterator[tuple[Config, object]]:
    """``(cfg, store)`` for the current project; store errors become one-line UserErrors."""
    from proda.graphdb.store import open_store

    cfg = project_config(ctx)
    try:
        with open_store(cfg) as store:
            yield cfg, store
    except StoreError as e:
        raise UserError(str(e)) from None


@contextmanager
def progress_bar() -> Iterator[Callable[[str, int, int], None]]:
    """A ``progress(phase, done, total)`` callback drawing one bar per phase on stderr."""
    prog = Progress(TextColumn("[bold]{task.description:<18}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, disable=not err.is_terminal and bool(os.environ.get("CI")))
    tasks: dict[str, int] = {}

    def update(phase: str, done: int, total: int) -> None:
        if phase not in tasks:
            tasks[phase] = prog.add_task(phase, total=total)
        prog.update(tasks[phase], completed=done, total=total)

    with prog:
        yield update


def _finite(obj):
    """NaN and infinities become null: ``--json`` output must be JSON, which has no NaN."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def dumps_json(obj, **kw) -> str:
    """``json.dumps`` for ``--json`` output: strict JSON (no NaN), values it cannot encode as strings."""
    return json.dumps(_finite(obj), allow_nan=False, default=str, **kw)
