"""The report's repair-history section: dev, held-out test and the book's exam across the loop's rounds.

Why its own module: the three curves answer different questions (did the repair
fix what it diagnosed? did it generalise to items it never saw? did the model
get better at the book's own exam?), and each point is drawn with its 95 %
Wilson interval, so a gain inside the noise looks like one.  Rounds stored
before the split existed have only ``accuracy``: they are drawn as dev without
an interval.

Each accuracy is drawn and listed beside its chance level (``<split>_chance``: the mean over the round's items of
what a uniform guesser of the stated number of answers passes, from :func:`attach_chances`), so a round that
does not clear guessing reads as such.  The exam's chance is the round's own (``exam_chance``, stored by the loop);
a round whose run did not state the count (stored before prompts said it), or stored before the loop kept the
exam's chance, shows none.
"""

from __future__ import annotations

from proda.stats import wilson

SERIES = (("dev", "dev (diagnosed)", "#4C78A8"), ("test", "test (held out)", "#F58518"),
          ("exam", "the book's exam", "#7B4FA0"))


def attach_chances(rounds: list[dict], sizes: list[dict]) -> list[dict]:
    """Set ``dev_chance`` / ``test_chance`` on each round from ``analytics_round_sizes`` rows (None when the round's
    run did not state the count or has no items of that split); ``exam_chance`` is the round's stored one (None on
    a round stored before the loop kept it)."""
    from proda.evaluate.asking import chance

    acc: dict[tuple, list] = {}
    for s in sizes:
        a = acc.setdefault((s["round"], s["split"]), [0, 0.0, True])
        a[0] += s["n"]
        a[1] += s["n"] * chance(s["options"] or 0, s["keys"] or 0)
        a[2] = a[2] and bool(s["stated"]) and bool(s["options"]) and bool(s["keys"])
    for r in rounds:
        for name in ("dev", "test"):
            a = acc.get((r["round"], name))
            r[f"{name}_chance"] = a[1] / a[0] if a and a[0] and a[2] else None
        r.setdefault("exam_chance", None)
    return rounds


def chance_points(rounds: list[dict], name: str) -> list[tuple[int, float]]:
    """(round, chance %) of series ``name`` where its chance is known."""
    return [(r["round"], 100 * r[f"{name}_chance"]) for r in rounds if r.get(f"{name}_chance") is not None]


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
        ch = chance_points(rounds, name)
        if ch:  # the series' chance level, dotted in its colour; a dash marks each point (one round: no line)
            ax.plot([x + (j - 1) * 0.08 for x, _ in ch], [c for _, c in ch], ls=":", lw=1.4, color=colour,
                    marker="_", ms=14, mew=2, label=f"{label}: chance")
    ax.set_xticks([r["round"] for r in rounds])
    ax.set_xlabel("round")
    ax.set_ylabel("accuracy % (95 % CI)")
    ax.set_title("Dev, held-out test and exam accuracy per round")
    ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.02, 1.0))
    return _png(fig)


def round_table_rows(rounds: list[dict]) -> tuple[list[str], list[list[str]]]:
    """Header and rows: each accuracy as 'x % [lo, hi] (n=…)' with its chance level beside it ('-': not
    recorded), each change as fixed/broken with McNemar's p."""
    from proda.report.html import _e

    def fmt(r, name):
        k, n = r.get(f"{name}_k"), r.get(f"{name}_n")
        if n:
            return wilson(int(k), int(n)).fmt()
        return f"{100 * r['accuracy']:.1f} %" if name == "dev" and r.get("accuracy") is not None else "-"

    def p(r, name):
        v = r.get(f"{name}_p")
        return "-" if v is None else f"{v:.2g}"

    def ch(r, name):
        v = r.get(f"{name}_chance")
        return "-" if v is None else f"{100 * v:.1f} %"

    head = ["round", "dev", "dev chance", "test (held out)", "test chance", "exam", "exam chance", "dev fixed",
            "dev newly broken", "dev p", "test p", "exam p", "guard"]
    rows = [[_e(r["round"]), _e(fmt(r, "dev")), ch(r, "dev"), _e(fmt(r, "test")), ch(r, "test"), _e(fmt(r, "exam")),
             ch(r, "exam"), f"{r.get('fixed') or 0:,}", f"{r.get('newly_broken') or 0:,}", p(r, "dev"), p(r, "test"),
             p(r, "exam"), _e(r.get("guard"))] for r in rounds]
    return head, rows
