"""The page ``proda viz`` writes: a fixed, readable layout drawn by neo4j-viz (NVL), fitted to the window.

Why not NVL's own force layout: it settles differently on every load, fits the view while it is
still moving (the audit saw nodes off screen) and, fitted, shrinks 70 nodes so far that NVL stops
drawing captions.  NVL draws a node's caption inside its circle, with a font of radius / 3.85 and
only when the radius on screen is >= ~16 px; so a caption is readable (>= 10 px) only where the
radius on screen is >= ~39 px.  Hence:

* at most ``max_nodes`` nodes, those nearest the page's centre node (breadth first, the rest
  counted in the header), sized ``RADIUS`` in graph units, i.e. CSS pixels at zoom 1;
* positions computed here: Kamada-Kawai (networkx) for the shape, then each node moved to its own
  cell of a hexagonal grid (an optimal assignment, scipy) so no two circles overlap and the grid
  has the proportions of a wide screen;
* a small script in the page, run before NVL starts, sets the zoom and pan that fit every node
  into the actual window (capped at ``MAX_ZOOM``); with the grid sized for a 1280 x 640 graph area
  that zoom is >= 1 on an ordinary screen, so captions open at >= 10 px.
"""

from __future__ import annotations

import html
import json
import math
from collections import deque
from pathlib import Path

RADIUS = 40  # graph units; NVL caption font = radius / 3.85 at caption size 1 -> 10.4 px at zoom 1
RADIUS_CENTER = 50
GAP = 30  # free space between neighbouring circles on the grid
PITCH = 2 * RADIUS + GAP
REFERENCE = (1240, 600)  # graph area (px) the grid is shaped and sized for: a 1280 x 720 screen less the header
MAX_ZOOM = 1.6
MARGIN = 24  # px kept free around the graph by the fit
SPREAD = 2.0  # at most this much more room between a small graph's nodes
SLACK = 1.1  # grid cells per node: room for the layout's shape (45 nodes -> a 5 x 10 grid inside REFERENCE)
# which nodes stay when the graph is cut to size, after distance from the centre: units before items
_KEEP_ORDER = {"Concept": 0, "Chain": 0, "Statement": 1, "Step": 1, "BenchItem": 2, "Diagnosis": 2}


def prune(g: dict, max_nodes: int) -> tuple[list[dict], list[dict], int]:
    """The ``max_nodes`` nodes nearest the centre node(s) and the edges among them; returns (nodes, edges, hidden).

    Distance is breadth-first over the edges in either direction; ties keep units before items,
    then better connected nodes, then the order the builder added them (deterministic).
    """
    nodes, edges = g["nodes"], g["edges"]
    if len(nodes) <= max_nodes:
        return list(nodes), list(edges), 0
    adj: dict[str, set] = {n["id"]: set() for n in nodes}
    for e in edges:
        adj[e["source"]].add(e["target"])
        adj[e["target"]].add(e["source"])
    starts = [n["id"] for n in nodes if n.get("center")] or [nodes[0]["id"]]
    dist = {s: 0 for s in starts}
    queue = deque(starts)
    while queue:
        x = queue.popleft()
        for y in sorted(adj[x]):
            if y not in dist:
                dist[y] = dist[x] + 1
                queue.append(y)
    order = {n["id"]: i for i, n in enumerate(nodes)}
    ranked = sorted(nodes, key=lambda n: (dist.get(n["id"], 1 << 30), _KEEP_ORDER.get(n["kind"], 3),
                                          -len(adj[n["id"]]), order[n["id"]]))
    keep = {n["id"] for n in ranked[:max_nodes]}
    return ([n for n in nodes if n["id"] in keep], [e for e in edges if e["source"] in keep and e["target"] in keep],
            len(nodes) - len(keep))


def _box(rows: int, cols: int) -> tuple[float, float]:
    """Width and height (px at zoom 1) the fit needs for a rows x cols hexagonal grid."""
    pad = 2 * RADIUS_CENTER + 2 * MARGIN
    return ((cols - 1) * PITCH + (PITCH / 2 if rows > 1 else 0) + pad, (rows - 1) * PITCH * 0.866 + pad)


def _grid(n: int) -> list[tuple[float, float]]:
    """Centres of a hexagonal grid with >= SLACK * n cells, the rows x cols that the fit shows largest in ``REFERENCE``."""
    need = max(1, math.ceil(n * SLACK))

    def zoom(rows: int) -> float:
        w, h = _box(rows, math.ceil(need / rows))
        return min(REFERENCE[0] / w, REFERENCE[1] / h)

    rows = max(range(1, need + 1), key=lambda r: (round(zoom(r), 6), -r * math.ceil(need / r)))
    cols = math.ceil(need / rows)
    # a small graph is spread over the reference area rather than zoomed in: longer edges keep their captions
    w, h = _box(rows, cols)
    pad = 2 * RADIUS_CENTER + 2 * MARGIN
    fx = min(SPREAD, max(1.0, (REFERENCE[0] - pad) / (w - pad))) if w > pad else 1.0
    fy = min(SPREAD, max(1.0, (REFERENCE[1] - pad) / (h - pad))) if h > pad else 1.0
    return [((c * PITCH + (PITCH / 2 if r % 2 else 0)) * fx, r * PITCH * 0.866 * fy)
            for r in range(rows) for c in range(cols)]


def layout(nodes: list[dict], edges: list[dict]) -> dict[str, tuple[float, float]]:
    """Node id -> (x, y) in graph units: Kamada-Kawai shape snapped onto a hexagonal grid (no overlaps)."""
    import networkx as nx
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    ids = [n["id"] for n in nodes]
    if len(ids) <= 1:
        return {i: (0.0, 0.0) for i in ids}
    gx = nx.Graph()
    gx.add_nodes_from(ids)
    gx.add_edges_from((e["source"], e["target"]) for e in edges)
    if nx.is_connected(gx):
        pos = nx.kamada_kawai_layout(gx)
    else:  # KK needs every pair connected; a seeded spring layout keeps components apart
        pos = nx.spring_layout(gx, seed=7)
    pts = np.array([pos[i] for i in ids], dtype=float)
    cells = np.array(_grid(len(ids)), dtype=float)
    # stretch the layout over the grid's box, then give each node the cell nearest its place
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    span = np.where(hi - lo > 1e-9, hi - lo, 1.0)
    clo, chi = cells.min(axis=0), cells.max(axis=0)
    target = clo + (pts - lo) / span * (chi - clo)
    cost = ((target[:, None, :] - cells[None, :, :]) ** 2).sum(axis=2)
    rows, cols = linear_sum_assignment(cost)
    return {ids[r]: (float(cells[c][0]), float(cells[c][1])) for r, c in zip(rows, cols)}


# Runs before NVL's module script (classic inline scripts run while the page parses, modules after):
# fits the bounding box of all nodes into the graph area left under the header.
_FIT_JS = """<script>(function () {
  var el = document.getElementById('neo4j-viz-data'); if (!el) return;
  var d = JSON.parse(el.textContent), head = document.getElementById('proda-header');
  var w = document.documentElement.clientWidth || window.innerWidth;
  var h = Math.max(300, window.innerHeight - (head ? head.offsetHeight : 0));
  var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  d.nodes.forEach(function (n) { var r = n.size || 20;
    x0 = Math.min(x0, n.x - r); x1 = Math.max(x1, n.x + r); y0 = Math.min(y0, n.y - r); y1 = Math.max(y1, n.y + r); });
  if (!isFinite(x0)) return;
  var m = %(margin)s, z = Math.min(w / (x1 - x0 + 2 * m), h / (y1 - y0 + 2 * m), %(max_zoom)s);
  d.height = h + 'px';
  d.options.zoom = z;
  d.options.pan = {x: (x0 + x1) / 2, y: (y0 + y1) / 2};
  d.options.nvlOptions = d.options.nvlOptions || {};
  d.options.nvlOptions.minZoom = Math.min(z / 2, d.options.nvlOptions.minZoom || 0.075);
  el.textContent = JSON.stringify(d);
  window.prodaViz = {zoom: z, pan: d.options.pan, box: [x0, y0, x1, y1], area: [w, h]};
})();</script>"""

_STYLE = """<style>#proda-header{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#222;padding:10px 18px;
border-bottom:1px solid #ddd;background:#fff}#proda-header h1{font-size:18px;margin:0 0 4px}
#proda-header .k{margin-right:14px;font-size:13px;white-space:nowrap}
#proda-header .k i{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;vertical-align:-1px}
#proda-header .s{color:#666;font-size:13px;margin-left:8px}</style>"""


def page(g: dict, title: str, colour, legend: list[tuple[str, str]], colours: dict, max_nodes: int) -> str:
    """The whole HTML document for ``g`` (see the module docstring for the layout and the fit)."""
    from neo4j_viz import Node, Relationship, VisualizationGraph
    from neo4j_viz.options import Layout, Renderer

    nodes, edges, hidden = prune(g, max_nodes)
    pos = layout(nodes, edges)
    vn = [Node(id=n["id"], caption=n["caption"] or n["id"], color=colour(n), x=pos[n["id"]][0], y=pos[n["id"]][1],
               size=RADIUS_CENTER if n.get("center") else RADIUS, caption_size=1, pinned=True,
               properties={k: v for k, v in n.items() if k not in ("caption", "center") and v is not None})
          for n in nodes]
    vr = [Relationship(id=f"r{i}", source=e["source"], target=e["target"], caption=e["caption"], caption_size=1.8,
                       properties={"type": e["type"]}) for i, e in enumerate(edges)]
    # canvas renderer: the WebGL one draws no text at all (neo4j-viz Renderer docs)
    doc = VisualizationGraph(nodes=vn, relationships=vr).render(
        layout=Layout.COORDINATE, renderer=Renderer.CANVAS, initial_zoom=1.0, pan_position=(0.0, 0.0),
        width="100%", height="600px", theme="light", show_layout_button=False).data
    stats = f"{len(g['nodes'])} nodes, {len(g['edges'])} relationships"
    if hidden:
        stats = (f"{len(nodes)} of {len(g['nodes'])} nodes shown (nearest first; --max-nodes to change), "
                 f"{len(edges)} relationships")
    passed = [n.get("passed") for n in nodes if n["kind"] == "BenchItem"]
    if any(p is not None for p in passed):
        stats += f" · items passed {passed.count(True)}, failed {passed.count(False)}"
    keys = "".join(f'<span class="k"><i style="background:{colours[c]}"></i>{html.escape(lab)}</span>'
                   for lab, c in legend)
    header = (f'<header id="proda-header"><h1>{html.escape(title)}<span class="s">{html.escape(stats)}</span></h1>'
              f"{keys}</header>")
    doc = doc.replace("<title>neo4j-viz</title>", f"<title>proda · {html.escape(title)}</title>", 1)
    doc = doc.replace("</head>", _STYLE + "\n</head>", 1)
    doc = doc.replace("<body>", "<body>\n" + header, 1)
    i = doc.rindex("</body>")
    return doc[:i] + _FIT_JS % {"max_zoom": json.dumps(MAX_ZOOM), "margin": MARGIN} + "\n" + doc[i:]


def write(g: dict, out: Path, title: str, colour, legend, colours, max_nodes: int) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page(g, title, colour, legend, colours, max_nodes), encoding="utf-8")
    return out
