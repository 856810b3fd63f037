"""The report's review section: precision per level with 95 % Wilson intervals, from ``proda review stats``.

Its own module so the report's main file only calls ``collect(store)`` and ``render(figures)``: the
numbers come from :func:`proda.review.stats.compute`, the same as the command.
"""

from __future__ import annotations

import html

from proda.graphdb.errors import StoreError


def plot_precision(levels: list[dict]) -> str | None:
    """Horizontal bars of precision per level with interval whiskers; a data URI (None without verdicts)."""
    if not levels:
        return None
    from proda.report.plots import _plt, _png

    plt = _plt()
    names = [f"{r['level']} (n={r['n']})" for r in levels][::-1]
    vals = [100 * r["rate"] for r in levels][::-1]
    lo = [100 * (r["rate"] - r["ci_low"]) for r in levels][::-1]
    hi = [100 * (r["ci_high"] - r["rate"]) for r in levels][::-1]
    fig, ax = plt.subplots(figsize=(6, 0.6 + 0.5 * len(levels)))
    ax.barh(names, vals, xerr=[lo, hi], color="#4c72b0", ecolor="#222", capsize=4)
    ax.set_xlim(0, 100)
    ax.set_xlabel("precision: accepted share of reviewed units, % (95 % Wilson interval)")
    ax.set_title("Review: precision per level")
    return _png(fig)


def collect(store) -> dict:
    """``proda review stats --json``'s figures (empty when the store cannot answer)."""
    from proda.review.stats import compute

    try:
        return compute(store)
    except StoreError:
        return {"units": 0}


def render(s: dict | None) -> str:
    """The ``<section id="review">`` HTML: the plot, a table per level, reasons, agreement, per kind."""
    e = html.escape
    if not s or not s.get("units"):
        return ('<section id="review"><h2>Review</h2><p class="note">No verdicts yet: sample units with '
                '<code>proda review</code> or import filled sheets with <code>proda review import</code>.</p></section>')
    img = plot_precision(s["levels"])
    rows = "".join(f"<tr><td>{e(r['level'])}</td><td class=num>{r['k']}</td><td class=num>{r['n']}</td>"
                   f"<td class=num>{e(r['fmt'])}</td></tr>" for r in s["levels"])
    kinds = "".join(f"<tr><td>{e(r['level'])}</td><td>{e(str(r['kind']))}</td><td class=num>{e(r['fmt'])}</td></tr>"
                    for r in s["kinds"])
    reasons = "; ".join(f"{e(lv)}: " + ", ".join(f"{e(k)} {v}" for k, v in rs.items()) for lv, rs in s["reasons"].items())
    agree = "".join(f"<li>{e(a['level'])}: {e(a['a'])} / {e(a['b'])}, {a['n']} units, agreement {100 * a['agree']:.0f} %, "
                    f"Cohen's kappa {a['kappa']:.2f}</li>" for a in s["agreement"])
    return (f'<section id="review"><h2>Review</h2><p>{s["units"]:,} units and items judged ({s["verdicts"]:,} current '
            f'verdicts). Precision = accepted / judged; edits and rejects count as wrong.</p><div class="row">'
            f'<div><img src="{img}" alt="precision per level"></div><div><table><tr><th>level</th><th>accepted</th>'
            f'<th>judged</th><th>precision [95 % CI]</th></tr>{rows}</table>'
            f'{f"<p>reject reasons: {reasons}</p>" if reasons else ""}{f"<ul>{agree}</ul>" if agree else ""}</div></div>'
            f'<h3>Per rule / generator kind</h3><table><tr><th>level</th><th>kind</th><th>precision [95 % CI]</th></tr>'
            f'{kinds}</table></section>')
