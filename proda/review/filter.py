"""Verdicts change what gets built: rejected units left out, items depending on them dropped, edits used.

``proda build`` reads the KB through :func:`reviewed` (a store wrapper that
filters and rewrites the rows of the generation queries) and passes its items
through :func:`drop_items`.  Working on rows and items, not on the generators'
internals, keeps the hook to two lines whatever the generators become.  Only new
builds change: existing versions and their items are never touched, and the
original units stay in the graph with their provenance (an edit is a
``Revision`` node beside them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from proda.ids import digest
from proda.review.verdicts import unit_states


@dataclass
class Decisions:
    """What the current verdicts say: ids to leave out and edited fields per unit id."""

    rejected: set[str] = field(default_factory=set)
    edits: dict[str, dict] = field(default_factory=dict)
    applied: dict[str, int] = field(default_factory=lambda: {"rows_dropped": 0, "rows_edited": 0,
                                                               "items_dropped": 0, "items_edited": 0})

    def __bool__(self) -> bool:
        return bool(self.rejected or self.edits)


def decisions(store) -> Decisions:
    """Rejected unit ids (chains bring their steps) and the newest standing edit of each edited unit."""
    d = Decisions()
    states = unit_states(store)
    d.rejected = {u for u, s in states.items() if s["state"] == "rejected"}
    chains = sorted(u for u in d.rejected if states[u]["level"] == "chains")
    for r in store.read("review_units_chains", ids=chains) if chains else []:
        d.rejected |= {s["id"] for s in r["steps"] if s.get("id")}
    edited = {u for u, s in states.items() if s["state"] == "edited"}
    for r in sorted(store.read("review_revisions"), key=lambda r: r["time"]):
        if r["unit_id"] in edited and r["fields"]:
            d.edits[r["unit_id"]] = {**json.loads(r["fields"]), "_level": r["level"]}
    return d


def _edit_row(query: str, row: dict, e: dict) -> dict:
    row = dict(row)
    if query == "train_concepts" and "definition" in e:
        row["definition"] = e["definition"]
    elif query == "train_statements":
        for k in ("subject", "predicate", "object", "polarity"):
            if k in e and (k in row or k != "polarity"):
                row[k] = e[k]
    elif query == "bench_chains" and "steps" in e:
        old = {s["position"]: s for s in row.get("steps") or []}
        row["steps"] = [{**old.get(p, {"id": f"{row['id']}_edit_{p}", "concepts": []}), "position": p, "text": t}
                        for p, t in enumerate(e["steps"], 1)]
    return row


class ReviewedStore:
    """The store as generation should see it: reads of the generation queries filtered and edited."""

    QUERIES = ("train_statements", "train_concepts", "bench_chains")

    def __init__(self, store, d: Decisions):
        self._store, self.decisions = store, d

    def __getattr__(self, name):
        return getattr(self._store, name)

    def read(self, name: str, /, **params):
        rows = self._store.read(name, **params)
        if name not in self.QUERIES or not self.decisions:
            return rows
        d, out = self.decisions, []
        for r in rows:
            if r.get("id") in d.rejected:
                d.applied["rows_dropped"] += 1
                continue
            if name == "bench_chains":
                r = {**r, "transitions": [t for t in r.get("transitions") or [] if not t or t.get("id") not in d.rejected]}
            if r.get("id") in d.edits:
                r = _edit_row(name, r, d.edits[r["id"]])
                d.applied["rows_edited"] += 1
            out.append(r)
        return out


def reviewed(store) -> ReviewedStore:
    return ReviewedStore(store, decisions(store))


def depends_on(item, rejected: set[str]) -> bool:
    ids = {item.id, getattr(item, "chain_id", None), *getattr(item, "concept_ids", []),
           *getattr(item, "statement_ids", []), *getattr(item, "step_ids", [])}
    return bool(ids & rejected)


def drop_items(rs, items: list) -> list:
    """Items without a rejected unit (or a rejected item id); an edited item takes its corrected answer or key."""
    d: Decisions = rs.decisions if isinstance(rs, ReviewedStore) else rs
    out = []
    for it in items:
        if depends_on(it, d.rejected):
            d.applied["items_dropped"] += 1
            continue
        e = d.edits.get(it.id)
        change = {k: e[k] for k in ("answer", "correct") if e and k in e and hasattr(it, k)}
        if change:
            # a new id: items are MERGEd by id and never rewritten, so the edited item must be a new node
            prefix = it.id.split("_", 1)[0] if "_" in it.id else "it"
            change["id"] = f"{prefix}_" + digest(it.id, json.dumps(change, sort_keys=True))
            it = it.model_copy(update=change)
            d.applied["items_edited"] += 1
        out.append(it)
    return out


def summary(rs) -> str:
    """One line for the build output, empty when no verdict changed anything."""
    d: Decisions = rs.decisions if isinstance(rs, ReviewedStore) else rs
    a = d.applied
    if not any(a.values()):
        return ""
    return (f"review: {a['rows_dropped']} rejected units left out, {a['items_dropped']} items depending on rejected "
            f"units dropped, {a['rows_edited'] + a['items_edited']} edited units/items used in their edited form")
