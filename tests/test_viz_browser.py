"""``proda viz`` pages: the layout fits and keeps captions readable (fast, geometry), and in a real headless
Chromium every node opens inside the window with its caption drawn at >= 10 px (slow: a browser and a store).

The browser test measures what NVL really draws: a hook on the 2D canvas records every ``fillText`` (text,
font size times the canvas transform, position on screen), NVL's own ``__Nvl_getZoomLevel`` and
``__Nvl_getNodesOnScreen`` report its view, and the screenshot must show each node's colour where the
node is.  It runs with ``--disable-gpu`` (no WebGL): the page uses NVL's canvas renderer, which draws text.
"""

from __future__ import annotations

import io
import math
import time

import pytest

from proda.report import viz, viz_render
from proda.report.viz import Graph

try:
    from test_review_browser import browser
except ImportError:  # pragma: no cover
    from tests.test_review_browser import browser

FONT_MIN = 10.0  # px on screen


RING = 24


def star(n: int) -> Graph:
    """A centre concept with ``n`` - 1 nodes around it in two rings, captions of 1-4 words."""
    g = Graph("centre")
    g.node("c0", "Concept", "centre concept", center=True)
    words = ["rate", "constant of equilibrium", "social norm", "cardiac output", "urban growth",
             "partial pressure of a gas", "role", "population"]
    kinds = ["Concept", "Statement", "Concept", "Chain", "Concept", "BenchItem", "Step"]
    for i in range(1, n):
        g.node(f"n{i}", kinds[i % len(kinds)], f"{words[i % len(words)]} {i}", passed=(i % 3 == 0) or None)
        other = "c0" if i <= RING else f"n{i - RING}"  # further rings hang off the first
        g.edge(f"n{i}" if i % 2 else other, other if i % 2 else f"n{i}", "RELATES", "needs")
    return g


# --------------------------------------------------------------------------- fast: geometry, no browser
def test_prune_keeps_the_nearest_nodes():
    g = star(120)
    nodes, edges, hidden = viz_render.prune(g, 45)
    ids = {n["id"] for n in nodes}
    assert len(nodes) == 45 and hidden == 75 and "c0" in ids
    # the centre's direct neighbours come before the second ring, the third ring is left out
    assert {f"n{i}" for i in range(1, RING + 1)} < ids and not any(f"n{i}" in ids for i in range(2 * RING + 1, 120))
    assert all(e["source"] in ids and e["target"] in ids for e in edges) and edges
    same = viz_render.prune(star(10), 45)
    assert len(same[0]) == 10 and same[2] == 0


@pytest.mark.parametrize("n", [1, 2, 7, 30, viz.MAX_NODES])
def test_layout_no_overlap_and_fits_the_reference_screen_at_readable_zoom(n):
    g = star(n)
    nodes, edges, _ = viz_render.prune(g, viz.MAX_NODES)
    pos = viz_render.layout(nodes, edges)
    assert set(pos) == {x["id"] for x in nodes}
    pts = list(pos.values())
    for i, a in enumerate(pts):  # circles (centre one bigger) never touch
        for b in pts[i + 1:]:
            assert math.dist(a, b) >= viz_render.RADIUS + viz_render.RADIUS_CENTER + 10
    r = viz_render.RADIUS_CENTER
    w = max(x for x, _ in pts) - min(x for x, _ in pts) + 2 * r + 2 * viz_render.MARGIN
    h = max(y for _, y in pts) - min(y for _, y in pts) + 2 * r + 2 * viz_render.MARGIN
    zoom = min(viz_render.REFERENCE[0] / w, viz_render.REFERENCE[1] / h, viz_render.MAX_ZOOM)
    # NVL's node caption font at caption size 1 is radius / 3.5 / 1.1 (graph units) times the zoom
    assert viz_render.RADIUS / 3.85 * zoom >= FONT_MIN, (n, zoom)
    assert pos == viz_render.layout(nodes, edges)  # deterministic


def test_page_is_self_contained_with_fixed_layout_and_fit_script(tmp_path):
    pytest.importorskip("neo4j_viz")
    out = viz.render(star(60), tmp_path / "p.html", title="centre <b>")
    page = out.read_text()
    assert page.count("<html") == 1 and page.count("<body") == 1  # one document, not one nested in another
    assert "centre &lt;b&gt;" in page and "45 of 60 nodes shown" in page
    assert '"layout": "free"' in page and '"disableWebGL": true' in page
    assert page.index('id="neo4j-viz-data">{') < page.index("window.prodaViz") < page.rindex("</body>")
    assert "0 nodes" in viz.render(Graph("nothing"), tmp_path / "empty.html").read_text()


# ------------------------------------------------------------------------ slow: a real headless browser
_HOOK = r"""
window.__viz = {frames: 0, texts: []};
(function () {
  const P = CanvasRenderingContext2D.prototype, fill = P.fillText, clear = P.clearRect;
  P.clearRect = function (x, y, w, h) {   // NVL clears the whole canvas before each frame
    if (w >= this.canvas.width && h >= this.canvas.height) { window.__viz.frames++; window.__viz.texts = []; }
    return clear.apply(this, arguments);
  };
  P.fillText = function (text, x, y) {
    try {
      const t = this.getTransform(), dpr = window.devicePixelRatio || 1, r = this.canvas.getBoundingClientRect();
      const m = /([\d.]+)px/.exec(this.font);
      window.__viz.texts.push({text: String(text), px: m ? parseFloat(m[1]) * Math.hypot(t.a, t.b) / dpr : 0,
        x: r.left + (t.a * x + t.c * y + t.e) / dpr, y: r.top + (t.b * x + t.d * y + t.f) / dpr});
    } catch (e) {}
    return fill.apply(this, arguments);
  };
})();
"""

_STATE = """
const canvas = [...document.querySelectorAll('canvas')].sort((a, b) => b.width * b.height - a.width * a.height)[0];
const r = canvas.getBoundingClientRect();
const data = JSON.parse(document.getElementById('neo4j-viz-data').textContent);
const on = window.__Nvl_getNodesOnScreen ? window.__Nvl_getNodesOnScreen() : null;
return {zoom: window.__Nvl_getZoomLevel ? window.__Nvl_getZoomLevel() : null, fit: window.prodaViz,
        onScreen: on && on.nodes ? on.nodes.map(n => String(n.id !== undefined ? n.id : n)) : null,
        canvas: [r.left, r.top, r.width, r.height], frames: window.__viz.frames, texts: window.__viz.texts,
        nodes: data.nodes.map(n => ({id: String(n.id), caption: n.caption, x: n.x, y: n.y, size: n.size, color: n.color}))};
"""


def _open(drv, path):
    from selenium.webdriver.support.ui import WebDriverWait

    drv.get(path.as_uri())
    WebDriverWait(drv, 60).until(lambda d: d.execute_script(
        "return !!(window.__Nvl_getZoomLevel && window.__Nvl_getZoomLevel() && window.__viz.texts.length)"))
    last = None
    for _ in range(40):  # wait until NVL has stopped redrawing (two equal reads)
        s = drv.execute_script(_STATE)
        key = (s["frames"], len(s["texts"]), s["zoom"])
        if key == last and s["onScreen"] is not None:
            return s
        last = key
        time.sleep(0.5)
    raise AssertionError("NVL never settled")


def _check(drv, path, expect_nodes: int):
    from PIL import Image

    s = _open(drv, path)
    nodes, (cl, ct, cw, ch) = s["nodes"], s["canvas"]
    assert len(nodes) == expect_nodes
    z, fit = s["zoom"], s["fit"]
    assert fit and z == pytest.approx(fit["zoom"], rel=1e-3), "NVL did not open at the fitted zoom"
    assert sorted(s["onScreen"]) == sorted(n["id"] for n in nodes), "NVL reports nodes off screen"
    shot = Image.open(io.BytesIO(drv.get_screenshot_as_png())).convert("RGB")
    texts = s["texts"]
    assert texts, "nothing drawn on the canvas"
    small = [t for t in texts if t["px"] < FONT_MIN]
    assert not small, f"text below {FONT_MIN} px at the initial zoom: {small[:5]}"
    for n in nodes:
        cx = cl + cw / 2 + (n["x"] - fit["pan"]["x"]) * z
        cy = ct + ch / 2 + (n["y"] - fit["pan"]["y"]) * z
        rad = n["size"] * z
        # the whole circle is inside the canvas
        assert cl <= cx - rad and cx + rad <= cl + cw and ct <= cy - rad and cy + rad <= ct + ch, n["caption"]
        # its caption is drawn inside it (NVL splits, hyphenates and shortens with '…')
        inside = [t["text"].replace("…", "").replace("‐", "").strip() for t in texts
                  if math.dist((t["x"], t["y"]), (cx, cy)) <= rad]
        inside = [x for x in inside if x]
        assert any(x in n["caption"] for x in inside), (n["caption"], inside)
        # and the screenshot shows the node's colour there (above the caption): the canvas is not empty
        px = shot.getpixel((round(cx), round(cy - 0.7 * rad)))
        want = tuple(int(n["color"][i:i + 2], 16) for i in (1, 3, 5))
        assert max(abs(a - b) for a, b in zip(px, want)) <= 16, (n["caption"], px, want)
    return s


@pytest.mark.slow
def test_viz_opens_fitted_and_readable_in_headless_chromium(store, tmp_path):
    try:
        from test_explore import build_kb
    except ImportError:  # pragma: no cover
        from tests.test_explore import build_kb
    from proda.report.viz import chain_graph, concept_graph, item_graph, render

    ids = build_kb(store)
    graphs = {"concept": concept_graph(store, ids["concept"], depth=2, run="run_1"),
              "chain": chain_graph(store, ids["chain"]), "item": item_graph(store, "bi_2", run="run_1"),
              "big": star(120)}
    drv = browser()
    drv.set_window_size(1280, 800)  # a laptop screen: the graph area is about viz_render.REFERENCE
    drv.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": _HOOK})
    try:
        for name, g in graphs.items():
            s = _check(drv, render(g, tmp_path / f"{name}.html"), min(len(g["nodes"]), viz.MAX_NODES))
            assert s["zoom"] >= 1.0, name  # the graph area is at least REFERENCE
            drv.save_screenshot(str(tmp_path / f"{name}.png"))
    finally:
        drv.quit()
