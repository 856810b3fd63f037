"""The report's repair-history section: dev, held-out test and the book's exam across the loop's rounds.

Why its own module: the three curves answer different questions (did the repair
fix what it diagnosed? did it generalise to items it never saw? did the model
get better at the book's own exam?), and each point is drawn with its 95 %
Wilson interval, so a gain inside the noise looks like one.  Rounds stored
before the split existed have only ``accuracy``: they are drawn as dev without
an interval.
"""

from __future__ import annotations

from proda.stats import wilson

SERIES = (("dev", "dev (diagnosed)", "#4C78A8"), ("test", "test (held out)", "#F58518"),
          ("exam", "the book's exam", "#7B4FA0"))


def _point(r: dict, name: str) -> tuple[float, float, float] | None:
    k, n = r.get(f"{name}_k"), r.get(f"{name}_n")
    if n:
        w = wilson(int(k), int(n))
        return 100 * w.value, 100 * w.low, 100 * w.high
    if name == "dev" and r.get("accuracy") is not None:
        v = 100 * r["accuracy"]
        return v, v, v
    return None


def plot_split_rounds(rounds: list[dict]) -> str | None:
    """Accuracy per round for dev, test and exam with 95 % Wilson intervals as error bars (PNG data URI)."""
    from proda.report.plots import _plt, _png

    if not rounds:
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.4, 3.0))
    for j, (name, label, colour) in enumerate(SERIES):
        pts = [(r["round"], p) for r in rounds if (p := _point(r, name))]
        if not pts:
            continue
        xs = [x + (j - 1) * 0.08 for x, _ in pts]
        ys = [p[0] for _, p in pts]
        err = [[p[0] - p[1] for _, p in pts], [p[2] - p[0] for _, p in pts]]
        ax.errorbar(xs, ys, yerr=err, marker="o", capsize=3, lw=1.8, color=colour, label=label)
    ax.set_xticks([r["round"] for r in rounds])
    ax.set_xlabel("round")
    ax.set_ylabel("accuracy % (95 % CI)")
    ax.set_title("Dev, held-out test and exam accuracy per round")
    ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.02, 1.0))
    return _png(fig)


def round_table_rows(rounds: list[dict]) -> tuple[list[str], list[list[str]]]:
    """Header and rows: each accuracy as 'x % [lo, hi] (n=…)', each change as fixed/broken with McNemar's p."""
    from proda.report.html import _e

    def fmt(r, name):
        k, n = r.get(f"{name}_k"), r.get(f"{name}_n")
        if n:
            return wilson(int(k), int(n)).fmt()
        return f"{100 * r['accuracy']:.1f} %" if name == "dev" and r.get("accuracy") is not None else "-"

    def p(r, name):
        v = r.get(f"{name}_p")
        return "-" if v is None else f"{v:.2g}"

    head = ["round", "dev", "test (held out)", "exam", "dev fixed", "dev newly broken", "dev p", "test p", "exam p",
            "guard"]
    rows = [[_e(r["round"]), _e(fmt(r, "dev")), _e(fmt(r, "test")), _e(fmt(r, "exam")), f"{r.get('fixed') or 0:,}",
             f"{r.get('newly_broken') or 0:,}", p(r, "dev"), p(r, "test"), p(r, "exam"), _e(r.get("guard"))]
            for r in rounds]
    return head, rows
