"""Interactive subgraph pages (``proda viz``): a concept's neighbourhood, a chain, a benchmark item.

Drawn with neo4j-viz (Neo4j's NVL renderer); its JavaScript is inlined into the page, so the
HTML opens without a network.  Nodes are coloured by level (L1 concept, L2 statement, L3 chain and
step) and benchmark items by their result in a run (passed / failed / no result).
"""

from __future__ import annotations

from pathlib import Path

COLOURS = {
    "Concept": "#4C78A8",  # L1
    "Statement": "#F58518",  # L2
    "Chain": "#7B4FA0",  # L3
    "Step": "#B79AD6",  # L3
    "Chunk": "#A0A0A0",
    "Document": "#707070",
    "TrainItem": "#54A24B",
    "Diagnosis": "#8C2D04",
    "pass": "#2CA02C",
    "fail": "#D62728",
    "untested": "#9DB4C0",
}
MAX_NODES = 45  # more and a 1280 x 720 screen cannot show every caption at >= 10 px (see viz_render)
LEGEND = [("L1 concept", "Concept"), ("L2 statement", "Statement"), ("L3 chain", "Chain"), ("L3 step", "Step"),
          ("item passed", "pass"), ("item failed", "fail"), ("item, no result", "untested"), ("diagnosis", "Diagnosis")]


class Graph(dict):
    """``{"nodes": [...], "edges": [...], "title": str}`` with de-duplicating adders."""

    def __init__(self, title: str = ""):
        super().__init__(nodes=[], edges=[], title=title)
        self._ids: dict[str, dict] = {}
        self._edges: set[tuple] = set()

    def node(self, id_: str, kind: str, caption: str, **props) -> dict:
        if id_ in self._ids:
            self._ids[id_].update({k: v for k, v in props.items() if v is not None})
            return self._ids[id_]
        n = {"id": id_, "kind": kind, "caption": caption or id_, **props}
        self._ids[id_] = n
        self["nodes"].append(n)
        return n

    def edge(self, a: str, b: str, type_: str, caption: str | None = None) -> None:
        key = (a, b, type_, caption)
        if a in self._ids and b in self._ids and key not in self._edges:
            self._edges.add(key)
            self["edges"].append({"source": a, "target": b, "type": type_,
                                  "caption": (caption or type_.lower()).replace("_", " ")})

    def has(self, id_: str) -> bool:
        return id_ in self._ids


def _pred(p: str | None) -> str:
    """A statement node's caption: its predicate, read between the SUBJECT and OBJECT edges (the whole
    statement is the ``statement`` property); NVL fits ~25 characters in a circle."""
    return (p or "").replace("_", " ").strip()


def _ids(g: Graph, kind: str) -> list[str]:
    return [n["id"] for n in g["nodes"] if n["kind"] == kind]


def _add_items(store, g: Graph, run: str | None, limit: int = 40) -> None:
    rows = store.read("viz_items_testing", concepts=_ids(g, "Concept"), statements=_ids(g, "Statement"),
                      chains=_ids(g, "Chain"), steps=_ids(g, "Step"), run=run, limit=limit)
    for r in rows:
        g.node(r["id"], "BenchItem", f"{r['kind'] or 'item'}: {(r['question'] or '')[:40]}",
               passed=r["passed"], title=r["question"])
        g.edge(r["id"], r["unit"], "TESTS")


def concept_graph(store, concept_id: str, depth: int = 2, fanout: int = 12, run: str | None = None,
                  max_nodes: int = 250) -> Graph:
    """The concept, its concept neighbours up to ``depth`` hops, its statements and chains, the items testing them."""
    depth = max(1, min(int(depth), 3))
    g = Graph()
    info = store.read("viz_concepts", ids=[concept_id])
    if not info:
        return g
    c = info[0]
    g["title"] = c["name"]
    g.node(c["id"], "Concept", c["name"], center=True, title=c["definition"])
    frontier, seen, edges = [c["id"]], {c["id"]}, []
    for _ in range(depth):
        if not frontier or len(seen) >= max_nodes:
            break
        rows = store.read("viz_concept_edges", ids=frontier, fanout=fanout)
        nxt = []
        for r in rows:
            edges.append(r)
            for x in (r["a"], r["b"]):
                if x not in seen and len(seen) < max_nodes:
                    seen.add(x)
                    nxt.append(x)
        frontier = nxt
    for r in store.read("viz_concepts", ids=sorted(seen - {c["id"]})):
        g.node(r["id"], "Concept", r["name"], title=r["definition"])
    for r in edges:
        g.edge(r["a"], r["b"], r["type"], r["label"] if r["type"] == "RELATES" else "needs")
    units = store.read("viz_concept_units", id=c["id"], limit=fanout)
    if units:
        u = units[0]
        for s in u["statements"] or []:
            g.node(s["id"], "Statement", _pred(s.get("predicate")) or s["caption"], statement=s["caption"])
            for x, t in ((s.get("subject"), "SUBJECT"), (s.get("object"), "OBJECT")):
                if x and not g.has(x):
                    g.node(x, "Concept", x)
                g.edge(s["id"], x, t, t.lower())
        for ch in (u["chains"] or [])[:fanout]:
            g.node(ch["id"], "Chain", ch["caption"])
            g.edge(ch["id"], c["id"], "ABOUT")
        for st in u["steps"] or []:
            g.node(st["id"], "Step", st["caption"])
            g.edge(st["id"], c["id"], "MENTIONS")
            if st.get("chain") and g.has(st["chain"]):
                g.edge(st["chain"], st["id"], "HAS_STEP")
    _fill_concept_names(store, g)
    _add_items(store, g, run)
    return g


def _fill_concept_names(store, g: Graph) -> None:
    missing = [n for n in g["nodes"] if n["kind"] == "Concept" and n["caption"] == n["id"]]
    if missing:
        names = {r["id"]: r["name"] for r in store.read("viz_concepts", ids=[n["id"] for n in missing])}
        for n in missing:
            n["caption"] = names.get(n["id"], n["id"])


def chain_graph(store, chain_id: str, run: str | None = None) -> Graph:
    """A chain, its steps in order, the concepts they mention, transition statements, the items testing them."""
    g = Graph()
    rows = store.read("viz_chain", id=chain_id)
    if not rows:
        return g
    ch = rows[0]
    g["title"] = ch["name"]
    g.node(ch["id"], "Chain", ch["name"], center=True, title=ch["summary"])
    for c in ch["about"] or []:
        g.node(c["id"], "Concept", c["name"])
        g.edge(ch["id"], c["id"], "ABOUT")
    for s in ch["steps"] or []:
        if not s or not s.get("id"):
            continue
        g.node(s["id"], "Step", s["caption"] or f"{s['position']}. {(s['text'] or '')[:40]}", title=s["text"])
        g.edge(ch["id"], s["id"], "HAS_STEP", f"step {s['position']}")
        for c in s["mentions"] or []:
            g.node(c["id"], "Concept", c["name"])
            g.edge(s["id"], c["id"], "MENTIONS")
    for s in ch["steps"] or []:
        for n in (s or {}).get("next") or []:
            g.edge(s["id"], n, "NEXT_STEP", "next")
    for group in ch["transitions"] or []:
        for x in group or []:
            g.node(x["id"], "Statement", _pred(x.get("predicate")) or x["caption"], statement=x["caption"])
            g.edge(x["id"], x["from"], "FROM_STEP")
            if x.get("to"):
                g.edge(x["id"], x["to"], "TO_STEP")
    _add_items(store, g, run)
    return g


def item_graph(store, item_id: str, run: str | None = None, depth: int = 2, fanout: int = 5) -> Graph:
    """A benchmark item's failing subgraph (:file:`localise_failure.cypher`), coloured by its result."""
    g = Graph()
    rows = store.read("viz_item", item=item_id)
    if not rows:
        return g
    it = rows[0]
    res = store.read("viz_item_result", item=item_id, run=run)
    passed = res[0]["passed"] if res else None
    g["title"] = f"item {item_id}" + (f" in {res[0]['run']}" if res else "")
    g.node(item_id, "BenchItem", f"{it['kind'] or 'item'}: {(it['question'] or '')[:40]}", passed=passed,
           center=True, title=it["question"])
    loc = store.read("localise_failure", id=item_id, depth=depth, fanout=fanout)
    if loc:
        sub = loc[0]
        if sub["chain"]:
            g.node(sub["chain"]["id"], "Chain", sub["chain"]["name"])
        for s in sub["steps"] or []:
            g.node(s["id"], "Step", f"{s['position']}. {(s['text'] or '')[:40]}", title=s["text"])
            if sub["chain"]:
                g.edge(sub["chain"]["id"], s["id"], "HAS_STEP", f"step {s['position']}")
        for x in sub["statements"] or []:
            g.node(x["id"], "Statement", _pred(x["predicate"]) or x["id"],
                   statement=f"{x['subject']} {x['predicate']} {x['object']}")
        for c in sub["concepts"] or []:
            g.node(c["id"], "Concept", c["name"])
        for p in sub["prerequisites"] or []:
            g.node(p["id"], "Concept", p["name"], depth=p["depth"])
            for by in p["needed_by"] or []:
                g.edge(by, p["id"], "PREREQUISITE", "needs")
        for t in sub["tested"] or []:
            g.edge(item_id, t, "TESTS")
        # statements and steps to their concepts
        for r in store.read("viz_unit_concepts", statements=[x["id"] for x in sub["statements"] or []],
                            steps=[s["id"] for s in sub["steps"] or []]):
            g.edge(r["u"], r["c"], r["t"])
    for d in it["diagnoses"] or []:
        g.node(d["id"], "Diagnosis", (d["class"] or "diagnosis").replace("_", " "), diagnosis=d["class"])
        g.edge(d["id"], item_id, "FOR_ITEM")
        for u in d["blames"] or []:
            g.edge(d["id"], u, "BLAMES", "blames")
    return g


def colour(n: dict) -> str:
    if n["kind"] == "BenchItem":
        p = n.get("passed")
        return COLOURS["untested"] if p is None else COLOURS["pass" if p else "fail"]
    return COLOURS.get(n["kind"], "#888888")


def render(g: Graph, out: Path, title: str | None = None, max_nodes: int = MAX_NODES) -> Path:
    """Write ``g`` as one self-contained interactive HTML page (layout and fit: :mod:`.viz_render`)."""
    try:
        import neo4j_viz  # noqa: F401
    except ImportError as e:  # pragma: no cover - declared dependency
        raise RuntimeError(f"proda viz needs the neo4j-viz package ({e}); pip install neo4j-viz") from None
    from proda.report.viz_render import write

    return write(g, out, title or g.get("title") or "proda", colour, LEGEND, COLOURS, max_nodes)
