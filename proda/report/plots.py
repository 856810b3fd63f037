"""Plots of the HTML report, each returned as an inline base64 PNG (``data:`` URI) so the page needs no network.

Split from :mod:`proda.report.html` to keep the page's data and markup apart from matplotlib code; every plot
returns None when there is nothing to draw, and the page then shows a short note instead.
"""

from __future__ import annotations

import base64
import html
import io
import os
import textwrap

PALETTE = {"L1": "#4C78A8", "L2": "#F58518", "L3": "#7B4FA0", "doc": "#8C8C8C", "pass": "#2CA02C",
           "fail": "#D62728", "accent": "#1F3B57", "muted": "#BFC8D2"}
LEVEL_COLOURS = {"documents": PALETTE["doc"], "chunks": "#B5B5B5", "L1 concepts": PALETTE["L1"],
                 "L2 statements": PALETTE["L2"], "L3 chains": PALETTE["L3"], "L3 steps": "#B79AD6"}
DIAG_COLOURS = {"concept_gap": "#E45756", "chain_break": "#7B4FA0", "unexplained": "#9D9D9D"}


# ---------------------------------------------------------------------------- plots
def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({
        "font.size": 10, "axes.spines.top": False, "axes.spines.right": False, "axes.titlesize": 11,
        "axes.titleweight": "bold", "axes.edgecolor": "#888", "axes.labelcolor": "#333", "xtick.color": "#444",
        "ytick.color": "#444", "figure.facecolor": "white", "axes.grid": True, "grid.color": "#ECECEC",
        "grid.linewidth": 0.8, "axes.axisbelow": True,
    })
    return plt


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    _plt().close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _img(uri: str, alt: str) -> str:
    return f'<img src="{uri}" alt="{html.escape(alt)}">'


def plot_levels(kb: dict) -> str:
    plt = _plt()
    rows = [("documents", kb.get("documents", 0)), ("chunks", kb.get("chunks", 0)),
            ("L1 concepts", kb.get("concepts", 0)), ("L2 statements", kb.get("statements", 0)),
            ("L3 chains", kb.get("chains", 0)), ("L3 steps", kb.get("steps", 0))]
    fig, ax = plt.subplots(figsize=(6.2, 2.9))
    labels = [r[0] for r in rows][::-1]
    vals = [r[1] for r in rows][::-1]
    bars = ax.barh(labels, vals, color=[LEVEL_COLOURS[x] for x in labels])
    ax.bar_label(bars, labels=[f"{v:,}" for v in vals], padding=3, fontsize=9)
    ax.set_title("Knowledge base size per level")
    ax.grid(axis="y", visible=False)
    ax.set_xlim(0, max(vals + [1]) * 1.15)
    return _png(fig)


def plot_domains(domains: list[dict]) -> str | None:
    if not domains:
        return None
    plt = _plt()
    import numpy as np

    names = sorted({r["domain"] or "(none)" for r in domains})
    levels = ["documents", "L1 concepts", "L2 statements", "L3 chains"]
    val = {(r["domain"] or "(none)", r["level"]): r["n"] for r in domains}
    x = np.arange(len(names))
    w = 0.8 / len(levels)
    fig, ax = plt.subplots(figsize=(max(5.0, 1.6 * len(names) + 2.5), 2.9))
    for i, lev in enumerate(levels):
        vs = [val.get((n, lev), 0) for n in names]
        b = ax.bar(x + (i - 1.5) * w, vs, w, label=lev, color=LEVEL_COLOURS[lev])
        ax.bar_label(b, labels=[f"{v:,}" if v else "" for v in vs], fontsize=7, padding=2)
    ax.set_xticks(x, names)
    ax.set_yscale("symlog", linthresh=10)
    ax.set_ylim(0, max([r["n"] for r in domains] + [10]) * 4)
    ax.set_title("Per domain (log scale)")
    ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.grid(axis="x", visible=False)
    return _png(fig)


def plot_degree(hist: list[dict]) -> str | None:
    if not hist:
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.2, 2.9))
    # log-spaced bins: 0, 1, 2, 3-4, 5-8, 9-16, ...
    edges = [0, 1, 2, 3, 5, 9, 17, 33, 65, 129, 257, 513, 10**9]
    labels, counts = [], []
    for lo, hi in zip(edges, edges[1:]):
        n = sum(r["concepts"] for r in hist if lo <= r["degree"] < hi)
        if n or lo <= max(r["degree"] for r in hist):
            labels.append(str(lo) if hi - lo == 1 else (f"{lo}–{hi - 1}" if hi < 10**9 else f"≥{lo}"))
            counts.append(n)
    bars = ax.bar(labels, counts, color=[PALETTE["fail"] if lab == "0" else PALETTE["L1"] for lab in labels])
    ax.bar_label(bars, labels=[f"{c:,}" for c in counts], fontsize=8, padding=2)
    ax.tick_params(axis="x", labelrotation=30, labelsize=8)
    ax.set_xlabel("degree (PREREQUISITE + RELATES edges)")
    ax.set_ylabel("concepts")
    ax.set_title("Degree distribution")
    ax.grid(axis="x", visible=False)
    ax.set_ylim(0, max(counts + [1]) * 1.15)
    return _png(fig)


def plot_coverage(cov: dict) -> str:
    plt = _plt()
    import numpy as np

    cats = ["taught", "tested", "taught and tested"]
    c = [cov["concept_taught_share"], cov["concept_tested_share"], cov["concept_coverage"]]
    s = [cov["statement_taught_share"], cov["statement_tested_share"], cov["statement_coverage"]]
    x = np.arange(len(cats))
    fig, ax = plt.subplots(figsize=(6.2, 2.7))
    b1 = ax.bar(x - 0.2, [v * 100 for v in c], 0.38, label=f"L1 concepts ({cov['concepts']:,})", color=PALETTE["L1"])
    b2 = ax.bar(x + 0.2, [v * 100 for v in s], 0.38, label=f"L2 statements ({cov['statements']:,})", color=PALETTE["L2"])
    for b in (b1, b2):
        ax.bar_label(b, labels=[f"{v.get_height():.1f}%" for v in b], fontsize=8, padding=2)
    ax.set_xticks(x, cats)
    ax.set_ylim(0, 112)
    ax.set_ylabel("% of units")
    ax.set_title("Data coverage")
    ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.grid(axis="x", visible=False)
    return _png(fig)


def _accuracy_rows(results: list[dict], key: str, stated: bool = True) -> list[tuple]:
    """(group, n, passed, chance) per ``key``: chance is the mean over the group's items of what a uniform guesser
    of the stated number of answers passes (``asking.chance`` of the rows' ``options``/``keys``); None when the run
    did not state the count (``stated`` False: a run stored before) or a row lacks the sizes."""
    from proda.evaluate.asking import chance

    agg: dict[str, list] = {}
    for r in results:
        a = agg.setdefault(r[key] or "(none)", [0, 0, 0.0, stated])
        a[0] += r["n"]
        a[1] += r["passed"]
        if r.get("options") and r.get("keys"):
            a[2] += r["n"] * chance(r["options"], r["keys"])
        else:
            a[3] = False
    return [(k, v[0], v[1], (v[2] / v[0] if v[3] and v[0] else None)) for k, v in agg.items()]


def plot_accuracy(rows: list[tuple], title: str, limit: int = 25) -> str | None:
    """Bars of accuracy with their 95 % Wilson interval and n; a black tick at each group's chance level (rows of
    four: ``_accuracy_rows``), so a bar that does not clear its tick is no better than guessing."""
    if not rows:
        return None
    plt = _plt()
    rows = [tuple(r) + (None,) * (4 - len(r)) for r in rows]
    rows = sorted(rows, key=lambda r: (r[2] / r[1] if r[1] else 0, -r[1]))[:limit]  # worst first
    # whole names, wrapped on two lines, at a size that stays legible once the page scales the image down
    labels = [textwrap.shorten(r[0], 64, placeholder="…") for r in rows][::-1]
    labels = ["\n".join(textwrap.wrap(k, 32)[:2]) for k in labels]
    acc = [100 * r[2] / r[1] if r[1] else 0 for r in rows][::-1]
    ns = [r[1] for r in rows][::-1]
    chances = [r[3] for r in rows][::-1]
    fig, ax = plt.subplots(figsize=(7.2, max(1.8, 0.48 * len(rows) + 1.0)))
    cols = [PALETTE["pass"] if a >= 75 else ("#E8A33D" if a >= 50 else PALETTE["fail"]) for a in acc]
    from proda.stats import wilson

    # every rate with its 95 % Wilson interval: "50% (n=2)" alone reads as a finding
    ci = [wilson(r[2], r[1]) for r in rows][::-1]
    err = [[a - 100 * c.low for a, c in zip(acc, ci)], [100 * c.high - a for a, c in zip(acc, ci)]]
    bars = ax.barh(labels, acc, color=cols, xerr=err, error_kw={"ecolor": "#444", "elinewidth": 1, "capsize": 3})
    for y, c in enumerate(chances):
        if c is not None:
            ax.plot([100 * c, 100 * c], [y - 0.42, y + 0.42], color="black", lw=2.2, solid_capstyle="butt",
                    label="chance" if y == next(i for i, x in enumerate(chances) if x is not None) else None)
    ax.tick_params(axis="y", labelsize=10)
    ax.bar_label(bars, labels=[f"{a:.0f}% [{100 * c.low:.0f}, {100 * c.high:.0f}] (n={n})"
                               + (f" chance {100 * ch:.0f}%" if ch is not None else "")
                               for a, c, n, ch in zip(acc, ci, ns, chances)], fontsize=10, padding=3)
    if any(c is not None for c in chances):
        ax.legend(frameon=False, fontsize=8, loc="lower right")
    ax.set_xlim(0, 170 if any(c is not None for c in chances) else 150)
    ax.set_xticks(range(0, 101, 20))
    ax.set_xlabel("accuracy %")
    ax.set_title(title)
    ax.grid(axis="y", visible=False)
    return _png(fig)


def plot_diagnoses(split: list[dict]) -> str | None:
    if not split:
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(4.2, 2.9))
    labels = [r["class"] for r in split]
    vals = [r["n"] for r in split]
    ax.pie(vals, labels=[f"{lab.replace('_', ' ')}\n{v} ({100 * v / sum(vals):.0f}%)" for lab, v in zip(labels, vals)],
           colors=[DIAG_COLOURS.get(lab, "#BBBBBB") for lab in labels], startangle=90,
           wedgeprops={"width": 0.45, "edgecolor": "white"}, textprops={"fontsize": 9})
    ax.set_title("Diagnosis split")
    return _png(fig)


def plot_heatmap(failures: list[dict], results: list[dict], limit: int = 30) -> tuple[str | None, str]:
    """Failure rate per chapter × run (several runs) or chapter × item kind (one run)."""
    plt = _plt()
    import numpy as np

    runs = []
    for r in failures:
        if r["run"] not in runs:
            runs.append(r["run"])
    if len(runs) >= 2:
        cols, cell = runs, {(r["chapter"] or "(none)", r["run"]): (r["failed"], r["n"]) for r in failures}
        what = "run"
    elif results:
        cols = sorted({r["kind"] or "(none)" for r in results})
        cell = {}
        for r in results:
            k = (r["chapter"] or "(none)", r["kind"] or "(none)")
            f, n = cell.get(k, (0, 0))
            cell[k] = (f + r["n"] - r["passed"], n + r["n"])
        what = "item kind"
    else:
        return None, ""
    chapters: dict[str, list[int]] = {}
    for (ch, _), (f, n) in cell.items():
        a = chapters.setdefault(ch, [0, 0])
        a[0] += f
        a[1] += n
    order = sorted(chapters, key=lambda c: (-chapters[c][0] / max(chapters[c][1], 1), -chapters[c][1], c))[:limit]
    m = np.full((len(order), len(cols)), np.nan)
    for i, ch in enumerate(order):
        for j, col in enumerate(cols):
            f, n = cell.get((ch, col), (0, 0))
            if n:
                m[i, j] = f / n
    fig, ax = plt.subplots(figsize=(max(4.5, 0.9 * len(cols) + 3.8), max(1.8, 0.3 * len(order) + 1.2)))
    cmap = plt.get_cmap("Reds").with_extremes(bad="#F3F3F3")
    im = ax.imshow(m, aspect="auto", cmap=cmap, vmin=0, vmax=1)
    # run ids share a long prefix (run_2026...): show what tells them apart, slanted so neighbours never overlap
    common = os.path.commonprefix(list(cols)) if len(cols) > 1 else ""
    ticks = [(c[len(common):] or c)[-16:] for c in cols]
    ax.set_xticks(range(len(cols)), ticks, rotation=45 if len(cols) > 2 else 0,
                  ha="right" if len(cols) > 2 else "center", rotation_mode="anchor", fontsize=9)
    if common and len(common) > 3:
        ax.set_xlabel(f"{what} ({common}…)", fontsize=9)
    ax.set_yticks(range(len(order)), [c[:40] for c in order])
    for i in range(len(order)):
        for j in range(len(cols)):
            if not np.isnan(m[i, j]):
                ax.text(j, i, f"{m[i, j]:.0%}", ha="center", va="center", fontsize=9,
                        color="white" if m[i, j] > 0.6 else "#333")
    ax.grid(False)
    fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02, label="failure rate")
    ax.set_title(f"Failure rate per chapter × {what}")
    note = f"{len(order)} of {len(chapters)} chapters, highest failure rate first" if len(chapters) > len(order) else ""
    return _png(fig), note


def plot_rounds(rounds: list[dict]) -> str | None:
    if not rounds:
        return None
    plt = _plt()
    xs = [r["round"] for r in rounds]
    fig, ax = plt.subplots(figsize=(6.4, 2.9))
    ax2 = ax.twinx()
    ax2.bar([x - 0.18 for x in xs], [r["fixed"] or 0 for r in rounds], 0.34, color=PALETTE["pass"], alpha=0.55, label="fixed")
    ax2.bar([x + 0.18 for x in xs], [r["newly_broken"] or 0 for r in rounds], 0.34, color=PALETTE["fail"], alpha=0.55,
            label="newly broken")
    ax2.set_ylabel("items")
    ax2.grid(False)
    ax2.spines["right"].set_visible(True)
    ax.plot(xs, [100 * (r["accuracy"] or 0) for r in rounds], marker="o", color=PALETTE["accent"], lw=2, label="accuracy")
    from proda.report.rounds import chance_points

    ch = chance_points(rounds, "dev")
    if ch:  # the accuracy line is dev's: its chance level beside it
        ax.plot([x for x, _ in ch], [c for _, c in ch], ls="--", lw=1.4, color="#555", marker="_", ms=14, mew=2,
                label="chance (dev)")  # the dash marks each round's level (a one-round loop draws no line)
    for x, r in zip(xs, rounds):
        ax.annotate(f"{100 * (r['accuracy'] or 0):.1f}%", (x, 100 * (r["accuracy"] or 0)), textcoords="offset points",
                    xytext=(0, 7), ha="center", fontsize=8)
    ax.set_zorder(ax2.get_zorder() + 1)
    ax.patch.set_visible(False)
    ax.set_xlabel("round")
    ax.set_ylabel("accuracy %")
    ax.set_xticks(xs)
    ax.set_title("Repair history")
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(h1 + h2, l1 + l2, frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.12, 1.0))
    return _png(fig)
