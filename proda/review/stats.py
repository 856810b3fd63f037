"""Precision from verdicts: per level, per extraction rule / generator kind, per document, per reviewer.

A judged unit counts as correct when accepted; rejected and edited units count
as wrong (an edit says the unit as extracted was not right).  Per level, kind and
document, a unit's verdict is the one of its reviewers' current verdicts that
is worst (reject > edit > accept), the same rule the build filter uses; per
reviewer, each reviewer's own verdicts.  Every rate carries n and a 95 % Wilson
interval; where two reviewers judged the same units, Cohen's kappa on
correct / not correct.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from proda.review import LEVELS
from proda.review.units import load
from proda.review.verdicts import current
from proda.stats import cohen_kappa, wilson

_WORST = {"reject": 2, "edit": 1, "accept": 0}


def _rate(pairs: list[bool]) -> dict:
    r = wilson(sum(pairs), len(pairs))
    return {**r.as_dict(), "fmt": r.fmt()}


def compute(store) -> dict:
    cur = current(store)
    by_unit: dict[str, dict[str, dict]] = defaultdict(dict)
    for (uid, reviewer), r in cur.items():
        by_unit[uid][reviewer] = r
    details: dict[str, dict] = {}
    for level in LEVELS:
        ids = sorted(u for u, rs in by_unit.items() if next(iter(rs.values()))["level"] == level)
        if ids:
            details.update(load(store, level, ids))
    levels, kinds, docs, reviewers = defaultdict(list), defaultdict(list), defaultdict(list), defaultdict(list)
    reasons: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for uid, rs in by_unit.items():
        level = next(iter(rs.values()))["level"]
        worst = max(rs.values(), key=lambda r: _WORST[r["verdict"]])
        ok = worst["verdict"] == "accept"
        levels[level].append(ok)
        d = details.get(uid, {})
        kinds[(level, d.get("kind") or "-")].append(ok)
        docs[(level, d.get("document") or "-")].append(ok)
        for reviewer, r in rs.items():
            reviewers[(level, reviewer)].append(r["verdict"] == "accept")
            if r["verdict"] == "reject":
                reasons[level][r["reason"] or "other"] += 1
    agreement = []
    names = sorted({rv for rs in by_unit.values() for rv in rs})
    for a, b in combinations(names, 2):
        for level in LEVELS:
            both = [(rs[a], rs[b]) for rs in by_unit.values() if a in rs and b in rs and rs[a]["level"] == level]
            if len(both) >= 2:
                la = ["correct" if x["verdict"] == "accept" else "wrong" for x, _ in both]
                lb = ["correct" if y["verdict"] == "accept" else "wrong" for _, y in both]
                agreement.append({"level": level, "a": a, "b": b, "n": len(both),
                                  "agree": sum(x == y for x, y in zip(la, lb)) / len(both),
                                  "kappa": cohen_kappa(la, lb)})
    return {
        "units": len(by_unit), "verdicts": len(cur),
        "levels": [{"level": lv, **_rate(levels[lv])} for lv in LEVELS if levels[lv]],
        "kinds": [{"level": k[0], "kind": k[1], **_rate(v)} for k, v in sorted(kinds.items())],
        "documents": [{"level": k[0], "document": k[1], **_rate(v)} for k, v in sorted(docs.items())],
        "reviewers": [{"level": k[0], "reviewer": k[1], **_rate(v)} for k, v in sorted(reviewers.items())],
        "reasons": {lv: dict(sorted(r.items(), key=lambda x: -x[1])) for lv, r in reasons.items()},
        "agreement": agreement,
    }
