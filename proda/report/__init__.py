"""Making the graph visible: blame, coverage, the Neo4j Browser guide (here), the HTML report (:mod:`.html`)
and interactive subgraph pages (:mod:`.viz`).

Every number comes from a named Cypher query in ``proda/cypher/`` (``blame_*``, ``coverage_*``,
``analytics_*``, ``guide_*``), so it can be reproduced in Neo4j Browser.
"""

from __future__ import annotations

import re
import zipfile
from importlib import resources
from pathlib import Path

from proda import cypher


# ------------------------------------------------------------------------------- find a unit
def find_unit(store, unit: str) -> dict | None:
    """A concept (by id, name or alias) or a statement (by id): ``{id, name, kind}`` or None."""
    from proda.ids import normalize_name

    hit = store.read("blame_find_id", id=unit.strip())
    if hit:
        return hit[0]
    hit = store.read("concept_find", key=normalize_name(unit))
    if hit:
        return {"id": hit[0]["id"], "name": hit[0]["name"], "kind": "Concept"}
    return None


# ------------------------------------------------------------------------------------- blame
def blame(store, unit: str, limit: int = 50) -> dict | None:
    """Items teaching and testing a unit, their failures, diagnoses and patches (None: no such unit)."""
    u = find_unit(store, unit)
    if u is None:
        return None
    kind = "concept" if u["kind"] == "Concept" else "statement"
    taught = store.read(f"blame_{kind}_taught", id=u["id"], limit=limit)
    tested = store.read(f"blame_{kind}_tested", id=u["id"], limit=limit)
    items = sorted({t["id"] for t in tested})
    results = store.read("blame_results", items=items) if items else []
    runs: dict[str, dict] = {}
    for r in results:
        s = runs.setdefault(r["run"], {"run": r["run"], "created": r["created"], "n": 0, "passed": 0})
        s["n"] += 1
        s["passed"] += 1 if r["passed"] else 0
    failures = [r for r in results if r["passed"] is False][:limit]
    diagnoses = store.read("blame_diagnoses", id=u["id"], items=items, limit=limit)
    try:
        patches = store.read("blame_patches", id=u["id"], diagnoses=[d["id"] for d in diagnoses], limit=limit)
    except Exception:  # noqa: BLE001 - no Patch type yet on some backends
        patches = []
    return {"unit": u, "taught_by": taught, "tested_by": tested, "runs": list(runs.values()),
            "failures": failures, "diagnoses": diagnoses, "patches": patches}


# ---------------------------------------------------------------------------------- coverage
def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def coverage(store, uncovered_limit: int = 50) -> dict:
    """Share of concepts and statements taught by >= 1 TrainItem and tested by >= 1 BenchItem (0 on an empty KB)."""
    rows = store.read("coverage_summary")
    c = {k: int(v or 0) for k, v in (rows[0] if rows else {}).items()}
    for level in ("concepts", "statements"):
        n = c.get(level, 0)
        for what in ("taught", "tested", "covered"):
            c.setdefault(f"{level}_{what}", 0)
        single = level[:-1]
        c[f"{single}_taught_share"] = _share(c[f"{level}_taught"], n)
        c[f"{single}_tested_share"] = _share(c[f"{level}_tested"], n)
        c[f"{single}_coverage"] = _share(c[f"{level}_covered"], n)
    units = c.get("concepts", 0) + c.get("statements", 0)
    c["unit_coverage"] = _share(c.get("concepts_covered", 0) + c.get("statements_covered", 0), units)
    c["uncovered"] = store.read("coverage_uncovered", limit=uncovered_limit) if uncovered_limit else []
    return c


# ----------------------------------------------------------------------------- Neo4j Browser
_PARAM = re.compile(r"^//\s*param\s+(\w+)\s*=\s*(.+?)\s*$")


def guide_queries() -> list[dict]:
    """The ``guide_*`` named queries: ``{name, title, params (name -> Cypher literal), text}``."""
    out = []
    for name in cypher.names():
        if not name.startswith("guide_"):
            continue
        raw = (resources.files("proda.cypher") / f"{name}.cypher").read_text(encoding="utf-8")
        lines = raw.splitlines()
        title = lines[0].lstrip("/").strip() if lines and lines[0].startswith("//") else name
        params = {m.group(1): m.group(2) for m in (_PARAM.match(ln) for ln in lines) if m}
        out.append({"name": name, "title": title, "params": params, "text": cypher.load(name)})
    return out


def _literal(v) -> str:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    return "'" + str(v).replace("\\", "\\\\").replace("'", "\\'") + "'"


def _favourite(q: dict, values: dict | None) -> str:
    lines = [f"// {q['title']}"]
    for p, default in q["params"].items():
        v = _literal(values[p]) if values and values.get(p) not in (None, "") else default
        lines.append(f":param {p} => {v};")
    lines.append(q["text"].rstrip().rstrip(";") + ";")
    return "\n".join(lines) + "\n"


def write_guide(out: Path, values: dict | None = None) -> Path:
    """Write the guide queries for Neo4j Browser's favourites.

    ``*.zip``: one favourite per query (each file's first ``// line`` is its name) in a ``proda`` folder,
    as Browser exports and imports them.  Otherwise one ``.cypher`` script: ``// name`` headers, ``:param``
    lines and the queries, separated by ``;`` (Browser's multi-statement editor runs it; one favourite).
    ``values`` fills parameters (e.g. a run id) instead of the defaults in the query files.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    qs = guide_queries()
    if out.suffix.lower() == ".zip":
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for q in qs:
                zf.writestr(f"proda/{q['name'][len('guide_'):]}.cypher", _favourite(q, values))
        return out
    head = ("// proda: exploration queries\n"
            "// Import into Neo4j Browser: Favorites drawer > Import (or drag this file onto the drawer);\n"
            "// or run it in the editor (multi-statement). Set a parameter with :param name => value.\n\n")
    out.write_text(head + "\n".join(_favourite(q, values) for q in qs), encoding="utf-8")
    return out


def guide_values(store) -> dict:
    """Sample parameter values from a store: its newest run, a failed item of it, a chain, a concept."""
    vals: dict = {}
    runs = store.read("run_list")
    if runs:
        vals["run"] = runs[0]["id"]
        failed = store.read("guide_failed_items", run=runs[0]["id"], limit=1)
        if failed:
            vals["item"] = failed[0]["item"]
    chain = store.read("viz_longest_chain")
    if chain:
        vals["chain"] = chain[0]["id"]
    concept = store.read("sample_concept_with_prerequisites")  # the query files' default is one book's term
    if concept:
        vals["concept"] = concept[0]["name"]
    return vals
