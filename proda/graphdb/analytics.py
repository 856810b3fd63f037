"""KB statistics: counts come from Cypher; connectivity is computed in Python.

Connected components have no portable Cypher form (GDS is Neo4j-only and
absent from the embedded store), so the edge list is pulled once and a
union-find runs over it.
"""

from __future__ import annotations

from proda.graphdb.store import GraphStore


def largest_component(nodes: list[str], edges: list[tuple[str, str]]) -> int:
    parent = {n: n for n in nodes}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
    sizes: dict[str, int] = {}
    for n in nodes:
        r = find(n)
        sizes[r] = sizes.get(r, 0) + 1
    return max(sizes.values(), default=0)


def kb_stats(store: GraphStore) -> dict:
    stats = dict(store.read("kb_counts")[0])
    ids = [r["id"] for r in store.read("concept_ids")]
    edges = [(r["a"], r["b"]) for r in store.read("concept_graph_edges")]
    n = len(ids)
    stats["largest_component"] = largest_component(ids, edges)
    stats["largest_component_ratio"] = round(stats["largest_component"] / n, 4) if n else 0.0
    stats["orphan_ratio"] = round(stats["orphan_concepts"] / n, 4) if n else 0.0
    return stats
