"""``proda report``: one self-contained HTML page (plots inline as base64 PNG, no network needed).

Numbers come from the ``analytics_*`` / ``coverage_*`` named queries (reproducible in Neo4j
Browser) plus :mod:`proda.graphdb.analytics` for connected components.  Sections about runs,
diagnoses and repair rounds render from the graph when those nodes exist, else a short note.
"""

from __future__ import annotations

import html
import json
import time
from pathlib import Path

from proda.graphdb.errors import StoreError
from proda.report.plots import (_accuracy_rows, _img, plot_accuracy, plot_coverage, plot_degree, plot_diagnoses,
                                plot_domains, plot_heatmap, plot_levels, plot_rounds)
from proda.stats import wilson


# ------------------------------------------------------------------------------ data
def _safe(store, name: str, **params) -> list[dict]:
    try:
        return store.read(name, **params)
    except StoreError:
        return []


def collect(store, run: str | None = None, top: int = 15) -> dict:
    """Everything the report shows, as plain data (also what ``proda report --json`` prints)."""
    from proda.graphdb.analytics import kb_stats
    from proda.report import coverage

    d: dict = {"generated": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    d["kb"] = kb_stats(store)
    d["items"] = (_safe(store, "analytics_item_counts") or [{}])[0]
    d["domains"] = store.read("analytics_domain_sizes")
    d["degree"] = store.read("analytics_degree_histogram")
    d["hubs"] = store.read("analytics_prerequisite_hubs", limit=top)
    d["orphans"] = store.read("analytics_orphan_concepts", limit=top)
    d["coverage"] = coverage(store, uncovered_limit=top)
    d["coverage_by_domain"] = store.read("coverage_by_domain")
    d["runs"] = _safe(store, "run_list")
    diagnosed = _safe(store, "analytics_latest_diagnosed_run")
    d["run"] = run or (diagnosed[0]["id"] if diagnosed else None) or (d["runs"][0]["id"] if d["runs"] else None)
    if d["run"]:
        d["results"] = store.read("analytics_results_by_chapter", run=d["run"])
        if not d["results"]:  # a run without RESULT edges (external questions): its stored summary
            d["run_summary"] = _summary((_safe(store, "analytics_run_summary", run=d["run"]) or [{}])[0])
        d["diagnoses"] = store.read("analytics_diagnosis_split", run=d["run"])
        d["gap_concepts"] = store.read("analytics_gap_concepts", run=d["run"], limit=top)
    else:
        d["results"], d["diagnoses"], d["gap_concepts"] = [], [], []
    d["failures_by_run"] = _safe(store, "analytics_failures_by_run")
    from proda.report.rounds import attach_chances

    d["rounds"] = attach_chances(_safe(store, "analytics_rounds"), _safe(store, "analytics_round_sizes"))
    return d




def _summary(row: dict) -> dict | None:
    """A run's stored summary (``results.summarize``) with its kind and source; None when it stored none."""
    try:
        s = json.loads(row.get("summary") or "null")
    except ValueError:
        return None
    return {**s, "kind": row.get("kind"), "source": row.get("source")} if isinstance(s, dict) and s.get("n") else None


def _result_rows(d: dict, stated: bool) -> tuple[dict, int, int]:
    """Accuracy rows (``_accuracy_rows``' form) per domain, chapter and kind, items scored and passed: from the run's
    RESULT edges, or for a run without them (an external questions file) from its stored summary's groups."""
    if d["results"]:
        rows = {k: _accuracy_rows(d["results"], k, stated) for k in ("domain", "chapter", "kind")}
        return rows, sum(r["n"] for r in d["results"]), sum(r["passed"] for r in d["results"])
    s = d.get("run_summary") or {}

    def groups(key: str) -> list[tuple]:
        return [(k, g["n"], g["passed"], g.get("chance") if stated else None) for k, g in (s.get(key) or {}).items()]

    rows = {"domain": groups("by_domain"), "chapter": groups("by_document"), "kind": []}  # external: no item kinds
    return rows, s.get("n", 0), s.get("passed", 0)


# ----------------------------------------------------------------------------- html
CSS = """
*{box-sizing:border-box}body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;background:#F4F6F8;color:#1d2733}
header{background:#1F3B57;color:#fff;padding:22px 34px 18px}header h1{margin:0;font-size:24px;font-weight:650}
header p{margin:4px 0 0;color:#C9D6E3;font-size:13px}main{max-width:1180px;margin:0 auto;padding:18px 26px 40px}
section{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:18px 22px;margin:18px 0}
h2{font-size:17px;margin:0 0 12px;color:#1F3B57}h3{font-size:14px;margin:14px 0 6px;color:#33475b}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:4px 0 6px}.card{flex:1 1 140px;background:#F7F9FB;border:1px solid #E3E8EE;border-radius:8px;padding:10px 14px}
.card b{display:block;font-size:22px;color:#1F3B57}.card span{font-size:12px;color:#5b6b7b}
.card.good b{color:#2CA02C}.card.bad b{color:#D62728}
.row{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}.row>div{flex:1 1 420px;min-width:0}
img{max-width:100%;height:auto}table{border-collapse:collapse;width:100%;font-size:13px}
th{text-align:left;color:#5b6b7b;font-weight:600;border-bottom:2px solid #E3E8EE;padding:5px 8px}
td{border-bottom:1px solid #EEF1F4;padding:4px 8px;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td:nth-child(2){white-space:nowrap}
.bar{display:inline-block;height:9px;background:#4C78A8;border-radius:2px;vertical-align:middle;margin-right:6px}
.note{color:#6b7b8b;font-size:13px;font-style:italic}.pill{display:inline-block;padding:1px 7px;border-radius:9px;font-size:11px;background:#EEF1F4;color:#445}
.pill.no{background:#FBE3E3;color:#A12}.pill.yes{background:#E1F3E1;color:#1A6B1A}
nav{font-size:13px;margin-top:8px}nav a{color:#C9D6E3;margin-right:14px;text-decoration:none}
footer{color:#8795a3;font-size:12px;text-align:center;margin:10px 0 30px}
"""


def _e(x) -> str:
    return html.escape("" if x is None else str(x))


def _card(value, label: str, cls: str = "") -> str:
    return f'<div class="card {cls}"><b>{_e(value)}</b><span>{_e(label)}</span></div>'


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _acc(acc: float | None, n: int | None) -> str:
    """A stored accuracy with its 95 % Wilson interval (k recovered from the rounded rate and n)."""
    if acc is None or not n:
        return ""
    w = wilson(round(acc * n), n)
    return f"{100 * acc:.1f}% [{100 * w.low:.1f}, {100 * w.high:.1f}]"


def _level(rows: list[tuple]) -> float | None:
    """The chance level of all of ``_accuracy_rows``' groups together (their item-weighted mean)."""
    if not rows or any(r[3] is None for r in rows):
        return None
    return sum(r[1] * r[3] for r in rows) / max(1, sum(r[1] for r in rows))


def _table(head: list[str], rows: list[list], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    th = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _yes(b) -> str:
    return '<span class="pill yes">yes</span>' if b else '<span class="pill no">no</span>'


def render(d: dict, title: str = "proda report") -> str:
    kb, cov, items = d["kb"], d["coverage"], d["items"]
    parts: list[str] = []

    # -- knowledge base
    dom = plot_domains(d["domains"])
    parts.append(f"""<section id="kb"><h2>Knowledge base</h2><div class="cards">
{_card(f"{kb.get('documents', 0):,}", "documents")}{_card(f"{kb.get('concepts', 0):,}", "L1 concepts")}
{_card(f"{kb.get('statements', 0):,}", "L2 statements")}{_card(f"{kb.get('chains', 0):,}", "L3 chains")}
{_card(f"{kb.get('steps', 0):,}", "L3 steps")}{_card(f"{kb.get('defined_concepts', 0):,}", "concepts with a definition")}
</div><div class="row"><div>{_img(plot_levels(kb), "KB size per level")}</div>
<div>{_img(dom, "KB size per domain") if dom else '<p class="note">no domains</p>'}</div></div></section>""")

    # -- connectivity
    deg = plot_degree(d["degree"])
    n = kb.get("concepts", 0) or 0
    hub_max = max([h["dependents"] for h in d["hubs"]] + [1])
    hub_rows = [[_e(h["name"]), f'<span class="bar" style="width:{int(90 * h["dependents"] / hub_max)}px"></span>{h["dependents"]:,}',
                 f"{h['by_definition']:,}", f"{h['by_statement']:,}", f"{h['by_chain_order']:,}"] for h in d["hubs"]]
    orphans = ", ".join(_e(o["name"]) for o in d["orphans"])
    lcr = kb.get("largest_component_ratio", 0.0)
    parts.append(f"""<section id="connectivity"><h2>Connectivity</h2><div class="cards">
{_card(_pct(lcr), "concepts in the largest component", "good" if lcr >= 0.8 else "bad")}
{_card(f"{kb.get('orphan_concepts', 0):,}", f"orphan concepts ({_pct(kb.get('orphan_ratio', 0.0))})", "bad" if kb.get('orphan_ratio', 0) > 0.05 else "")}
{_card(f"{kb.get('prerequisite_edges', 0):,}", "PREREQUISITE edges")}{_card(f"{kb.get('reasoning_edges', 0):,}", "RELATES edges")}
{_card(f"{(2 * (kb.get('prerequisite_edges', 0) + kb.get('reasoning_edges', 0)) / n) if n else 0:.1f}", "mean degree")}
</div><div class="row"><div>{_img(deg, "degree distribution") if deg else '<p class="note">no concepts</p>'}</div>
<div><h3>Top prerequisite hubs (concepts most others need)</h3>
{_table(["concept", "dependents", "by definition", "by statement", "by chain order"], hub_rows, {2, 3, 4}) if hub_rows else '<p class="note">no PREREQUISITE edges</p>'}</div></div>
<h3>Orphan concepts</h3><p>{orphans or '<span class="note">none</span>'}{" …" if kb.get("orphan_concepts", 0) > len(d["orphans"]) else ""}</p></section>""")

    # -- coverage
    unc_rows = [[_e(u["kind"]), _e(u["name"]), _e(u["domain"]), _yes(u["taught"]), _yes(u["tested"]), f"{u['degree']:,}"]
                for u in cov["uncovered"]]
    no_items = not (cov.get("train_items") or cov.get("bench_items"))
    parts.append(f"""<section id="coverage"><h2>Data coverage</h2><div class="cards">
{_card(f"{cov.get('train_items', 0):,}", "training items")}{_card(f"{cov.get('bench_items', 0):,}", "benchmark items")}
{_card(_pct(cov['concept_coverage']), "concepts taught and tested")}{_card(_pct(cov['statement_coverage']), "statements taught and tested")}
{_card(_pct(cov['unit_coverage']), "all units covered")}</div>
{'<p class="note">No training or benchmark items yet: build them with proda build; every unit is uncovered.</p>' if no_items else ''}
<div class="row"><div>{_img(plot_coverage(cov), "data coverage")}</div>
<div><h3>Uncovered units, most connected first</h3>{_table(["level", "unit", "domain", "taught", "tested", "degree"], unc_rows, {5}) if unc_rows else '<p class="note">every unit is covered</p>'}</div></div></section>""")

    # -- results
    if d["run"] and (d["results"] or d.get("run_summary")):
        run = next((r for r in d["runs"] if r["id"] == d["run"]), {"id": d["run"]})
        # chance levels only for a run that stated the count (it stored its chance): an older run's prompts left the
        # count open, and the stated chance would understate what guessing scored there
        stated = run.get("chance") is not None
        rows, tot, ok = _result_rows(d, stated)
        by_dom = plot_accuracy(rows["domain"], "Accuracy per domain")
        by_ch = plot_accuracy(rows["chapter"], "Accuracy per chapter (worst first)")
        by_kind = plot_accuracy(rows["kind"], "Accuracy per item kind")
        level = (_level(rows["domain"]) if d["results"] else run["chance"]) if stated else None
        source = (d.get("run_summary") or {}).get("source") if not d["results"] else None
        # scoring method and option orders: runs scored differently must not look alike
        run_rows = [[_e(r["id"]), _e(r.get("model")), _e(r.get("created")), _e(r.get("method") or ""),
                     _e(str(r["orders"]) if r.get("orders") is not None else ""), f"{r.get('n') or 0:,}",
                     _acc(r.get("accuracy"), r.get("n")), _pct(r["chance"]) if r.get("chance") is not None else "-"]
                    for r in d["runs"][:10]]
        w = wilson(ok, tot)
        beats = level is not None and w.low > level
        parts.append(f"""<section id="results"><h2>Benchmark results · run {_e(d['run'])}</h2><div class="cards">
{_card(_pct(ok / tot if tot else 0), f"accuracy, 95 % CI [{100 * w.low:.1f}, {100 * w.high:.1f}] (n={tot:,})", "good" if tot and ok / tot >= 0.75 else "bad")}
{_card(_pct(level) if level is not None else "-", ("chance: a guesser of the stated number of answers" + ("; the interval clears it" if beats else "; the interval does not clear it")) if level is not None else "chance: not recorded for this run")}
{_card(f"{tot:,}", "items scored")}{_card(f"{tot - ok:,}", "failed")}{_card(_e(run.get('model') or ''), "model")}</div>
{f'<p class="note">questions from an external file: {_e(source)}</p>' if source else ""}
<div class="row"><div>{_img(by_dom, "accuracy per domain") if by_dom else ""}{_img(by_kind, "accuracy per kind") if by_kind else ""}</div><div>{_img(by_ch, "accuracy per chapter") if by_ch else ""}</div></div>
<h3>Runs</h3>{_table(["run", "model", "created", "scoring", "option orders", "items", "accuracy [95 % CI]", "chance"],
                     run_rows, {4, 5, 6, 7})}</section>""")
    else:
        parts.append('<section id="results"><h2>Benchmark results</h2><p class="note">No runs yet: '
                     'test a model with proda test to see results per domain and chapter.</p></section>')

    # -- diagnosis
    if d["diagnoses"]:
        gap_rows = [[_e(g["name"]), f"{g['failures']:,}", f"{g['taught_by']:,}"] for g in d["gap_concepts"]]
        parts.append(f"""<section id="diagnosis"><h2>Diagnosis · run {_e(d['run'])}</h2><div class="row">
<div>{_img(plot_diagnoses(d['diagnoses']), "diagnosis split")}</div>
<div><h3>Top gap concepts</h3>{_table(["concept", "failures blamed", "taught by items"], gap_rows, {1, 2}) if gap_rows else '<p class="note">no concept gaps</p>'}</div></div></section>""")
    else:
        parts.append('<section id="diagnosis"><h2>Diagnosis</h2><p class="note">No diagnoses yet for '
                     f'{"run " + _e(d["run"]) if d["run"] else "any run"}.</p></section>')

    # -- heat map
    hm, note = plot_heatmap(d["failures_by_run"], d["results"])
    if hm:
        parts.append(f'<section id="heatmap"><h2>Failure heat map</h2>{_img(hm, "failure heat map")}'
                     f'{f"<p class=note>{_e(note)}</p>" if note else ""}</section>')
    else:
        none = "No run on benchmark items yet." if d["runs"] else "No runs yet."  # an external run has no item rows
        parts.append(f'<section id="heatmap"><h2>Failure heat map</h2><p class="note">{none}</p></section>')

    # -- repair rounds
    if d["rounds"]:
        from proda.report.rounds import plot_split_rounds, round_table_rows

        head, rr = round_table_rows(d["rounds"])
        parts.append(f"""<section id="rounds"><h2>Repair history</h2><div class="row"><div>{_img(plot_rounds(d['rounds']), "repair history")}</div>
<div>{_img(plot_split_rounds(d['rounds']), "dev, test and exam accuracy per round")}</div></div>
{_table(head, rr, set(range(1, len(head))))}</section>""")
    else:
        parts.append('<section id="rounds"><h2>Repair history</h2><p class="note">No repair rounds yet.</p></section>')

    from proda.report import review_section

    parts.append(review_section.render(d.get("review")))
    nav = "".join(f'<a href="#{a}">{b}</a>' for a, b in [("kb", "knowledge base"), ("connectivity", "connectivity"),
                                                        ("coverage", "coverage"), ("results", "results"),
                                                        ("diagnosis", "diagnosis"), ("heatmap", "heat map"),
                                                        ("rounds", "repair"), ("review", "review")])
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{_e(title)}</title><style>{CSS}</style></head><body>
<header><h1>{_e(title)}</h1><p>generated {_e(d['generated'])} · {kb.get('concepts', 0):,} concepts · {items.get('bench_items', 0) or 0:,} benchmark items · {items.get('runs', 0) or 0:,} runs</p><nav>{nav}</nav></header>
<main>{''.join(parts)}</main><footer>Every number is a named query in proda/cypher/ (analytics_*, coverage_*): run it in Neo4j Browser after proda push.</footer>
</body></html>"""


def build_report(store, out: Path, run: str | None = None, title: str | None = None) -> tuple[Path, dict]:
    d = collect(store, run=run)
    from proda.report.review_section import collect as review_figures

    d["review"] = review_figures(store)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(d, title or "proda report"), encoding="utf-8")
    return out, d
