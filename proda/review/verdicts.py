"""Verdicts as ``Review`` nodes: validated, written in one transaction, never deleted.

The latest verdict of each reviewer on a unit counts (``current``); undo marks a
verdict retracted so the one before it counts again.  A unit is *rejected* when
any reviewer's current verdict rejects it (a wrong fact taught is worse than
none), else *edited* when one edited it (the newest edit is used), else
*accepted*.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from proda.review import LEVELS, REASONS, VERDICTS, ReviewError
from proda.review.sample import now
from proda.review.units import parse_edit


@dataclass
class Verdict:
    unit_id: str
    level: str
    reviewer: str
    verdict: str
    reason: str = ""
    note: str = ""
    edit: str = ""
    sample_id: str | None = None
    via: str = "page"


def check(v: Verdict, unit: dict | None) -> dict:
    """The row ``review_write`` takes, or ReviewError naming what is wrong with ``v``."""
    if v.level not in LEVELS:
        raise ReviewError(f"unknown level {v.level!r} ({' | '.join(LEVELS)})")
    if unit is None:
        raise ReviewError(f"unknown {v.level} id {v.unit_id!r}")
    if v.verdict not in VERDICTS:
        raise ReviewError(f"unknown verdict {v.verdict!r} ({' | '.join(VERDICTS)})")
    if v.reason and v.reason not in REASONS:
        raise ReviewError(f"unknown reason {v.reason!r} ({' | '.join(REASONS)})")
    if v.verdict == "reject" and not v.reason:
        raise ReviewError(f"a reject needs a reason ({' | '.join(REASONS)})")
    if not v.reviewer.strip():
        raise ReviewError("no reviewer name")
    fields = parse_edit(v.level, v.edit, unit) if v.verdict == "edit" else None
    return {"id": "rv_" + uuid.uuid4().hex[:16], "unit_id": v.unit_id, "level": v.level,
            "reviewer": v.reviewer.strip(), "time": now(), "seq": 0, "verdict": v.verdict,
            "reason": v.reason or "", "note": v.note or "", "edit": v.edit if v.verdict == "edit" else "",
            "fields": json.dumps(fields, sort_keys=True) if fields else None, "sample_id": v.sample_id, "via": v.via}


def write(store, rows: list[dict]) -> int:
    """All rows in ONE transaction (one query), numbered so their order survives equal timestamps."""
    for i, r in enumerate(rows):
        r["seq"] = i
    if not rows:
        return 0
    return int(store.write("review_write", rows=rows)[0]["written"])


def retract(store, review_id: str) -> None:
    store.write("review_retract", id=review_id, time=now())


def current(store, level: str | None = None, ids: list[str] | None = None) -> dict[tuple[str, str], dict]:
    """``{(unit_id, reviewer): review}``: each reviewer's latest standing verdict."""
    out: dict[tuple[str, str], dict] = {}
    for r in sorted(store.read("review_verdicts", level=level, ids=ids), key=lambda r: (r["time"], r["seq"] or 0)):
        out[(r["unit_id"], r["reviewer"])] = r
    return out


def unit_states(store, level: str | None = None, ids: list[str] | None = None) -> dict[str, dict]:
    """``{unit_id: {state: accepted|rejected|edited, level, reasons, reviewers}}`` over all reviewers."""
    out: dict[str, dict] = {}
    for (uid, reviewer), r in current(store, level, ids).items():
        s = out.setdefault(uid, {"level": r["level"], "verdicts": {}, "reasons": []})
        s["verdicts"][reviewer] = r["verdict"]
        if r["reason"]:
            s["reasons"].append(r["reason"])
    for s in out.values():
        vs = set(s["verdicts"].values())
        s["state"] = "rejected" if "reject" in vs else "edited" if "edit" in vs else "accepted"
    return out


def state_of(store, unit_id: str) -> dict:
    """One unit's review state for ``proda blame``: overall state and each reviewer's current verdict."""
    s = unit_states(store, ids=[unit_id]).get(unit_id)
    if s is None:
        return {"state": "unreviewed", "verdicts": []}
    rows = [{"reviewer": who, "verdict": r["verdict"], "reason": r["reason"], "time": r["time"], "edit": r["edit"]}
            for (uid, who), r in current(store, ids=[unit_id]).items()]
    return {"state": s["state"], "verdicts": sorted(rows, key=lambda r: r["time"])}


def state_counts(store) -> dict[str, dict[str, int]]:
    """``{level: {accepted, rejected, edited}}`` over reviewed units, for ``proda coverage``."""
    out: dict[str, dict[str, int]] = {}
    for s in unit_states(store).values():
        c = out.setdefault(s["level"], {"accepted": 0, "rejected": 0, "edited": 0})
        c[s["state"]] += 1
    return out
