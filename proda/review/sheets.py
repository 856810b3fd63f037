"""Audit sheets: ``export`` a sample as CSV or JSONL, ``import`` the filled sheet.

A sheet names its project (the graph's ``ReviewProject`` id) and sample on every
row.  Import reads and checks every row first (project, level, id, verdict,
reason, edit text) and writes nothing unless all are valid; then all verdicts go
in one transaction.  Rows with an empty verdict are skipped (not yet judged).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from proda.review import LEVELS, ReviewError
from proda.review.sample import Sample, project_id
from proda.review.units import effect_word, load, negated_word
from proda.review.verdicts import Verdict, check, write

# statements show ``negated`` (yes: the book says it does NOT hold) and ``effect`` (raises / lowers / neutral: what
# the predicate does to its object) apart: a single signed "polarity" column was read as negation by judges
COLUMNS = ["project", "sample", "id", "level", "unit", "negated", "effect", "kind", "source_quote", "document",
           "heading_path", "reviewer", "verdict", "reason", "note", "edit"]


def sheet_rows(store, sample: Sample) -> list[dict]:
    units = load(store, sample.level, sample.unit_ids)
    proj = project_id(store)
    rows = []
    for uid in sample.unit_ids:
        u = units.get(uid)
        if u is None:
            continue  # removed from the KB since the draw
        rows.append({"project": proj, "sample": sample.id, "id": uid, "level": sample.level, "unit": u["text"],
                     "negated": negated_word(u) if sample.level == "statements" else "",
                     "effect": effect_word(u) if sample.level == "statements" else "",
                     "kind": u["kind"], "source_quote": u["quote"], "document": u["document"],
                     "heading_path": u["heading"], "reviewer": "", "verdict": "", "reason": "", "note": "", "edit": ""})
    return rows


def export(store, sample: Sample, fmt: str, out: Path) -> int:
    rows = sheet_rows(store, sample)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        with out.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=COLUMNS)
            w.writeheader()
            w.writerows(rows)
    elif fmt == "jsonl":
        with out.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        raise ReviewError(f"unknown format {fmt!r} (csv | jsonl)")
    return len(rows)


def read_sheet(path: Path) -> list[dict]:
    """Rows of a CSV or JSONL sheet (by suffix, else sniffed), ReviewError on a file that is neither."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ReviewError(f"{path}: no such file") from None
    except (UnicodeDecodeError, IsADirectoryError) as e:
        raise ReviewError(f"{path}: not a UTF-8 text sheet ({type(e).__name__})") from None
    if path.suffix.lower() == ".jsonl" or (path.suffix.lower() != ".csv" and text.lstrip().startswith("{")):
        rows = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except ValueError as e:
                raise ReviewError(f"{path}: line {n}: not JSON ({e.msg})") from None
            if not isinstance(r, dict):
                raise ReviewError(f"{path}: line {n}: not a JSON object")
            rows.append({k: ("" if v is None else str(v)) for k, v in r.items()})
        return rows
    head = text.split("\n", 1)[0]
    delimiter = ";" if head.count(";") > head.count(",") else "\t" if head.count("\t") > head.count(",") else ","
    reader = csv.DictReader(text.splitlines(keepends=True), delimiter=delimiter)  # spreadsheets save ; or tabs too
    missing = {"project", "id", "level", "verdict"} - set(reader.fieldnames or [])
    if missing:
        raise ReviewError(f"{path}: not a review sheet (missing columns: {', '.join(sorted(missing))})")
    return [{k: (v or "") for k, v in r.items() if k is not None} for r in reader]


def import_sheet(store, path: Path, reviewer: str) -> dict:
    """Check every row, then write all verdicts in one transaction; ``{rows, written, skipped}``."""
    rows = read_sheet(path)
    if not rows:
        raise ReviewError(f"{path}: the sheet has no rows")
    proj = project_id(store)
    by_level: dict[str, list[str]] = {}
    for n, r in enumerate(rows, 2):
        if (r.get("project") or "").strip() != proj:
            raise ReviewError(f"{path}: row {n}: a sheet of another project ({r.get('project')!r}; this one is {proj})")
        lvl = (r.get("level") or "").strip()
        if lvl not in LEVELS:
            raise ReviewError(f"{path}: row {n}: unknown level {lvl!r} ({' | '.join(LEVELS)})")
        by_level.setdefault(lvl, []).append((r.get("id") or "").strip())
    units = {lvl: load(store, lvl, sorted(set(ids))) for lvl, ids in by_level.items()}
    checked, skipped, seen = [], 0, set()
    for n, r in enumerate(rows, 2):
        verdict = (r.get("verdict") or "").strip().lower()
        uid, lvl = (r.get("id") or "").strip(), r["level"].strip()
        if uid not in units[lvl]:
            raise ReviewError(f"{path}: row {n}: unknown {lvl} id {uid!r}")
        if not verdict:
            skipped += 1
            continue
        who = (r.get("reviewer") or "").strip() or reviewer
        if (uid, who) in seen:
            raise ReviewError(f"{path}: row {n}: {uid} is judged twice by {who} in this sheet")
        seen.add((uid, who))
        v = Verdict(unit_id=uid, level=lvl, reviewer=who, verdict=verdict,
                    reason=re.sub(r"[\s-]+", "_", (r.get("reason") or "").strip().lower()),
                    note=(r.get("note") or "").strip(),
                    edit=r.get("edit") or "", sample_id=(r.get("sample") or "").strip() or None, via="sheet")
        try:
            checked.append(check(v, units[lvl][uid]))
        except ReviewError as e:
            raise ReviewError(f"{path}: row {n}: {e}") from None
    written = write(store, checked)
    return {"rows": len(rows), "written": written, "skipped": skipped}
