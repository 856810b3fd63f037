"""Seeded, stratified samples of one level, stored in the graph as ``ReviewSample`` nodes.

Why stratified: a KB's errors cluster by document (one badly formatted chapter)
and by generator, so a simple random sample of 40 can miss a whole chapter by
chance.  Allocation is proportional to stratum size (largest remainders), so
every unit has the same inclusion probability and the plain share of accepted
units is an unbiased estimate of precision; the seed makes the draw repeatable
and the stored unit list makes it re-openable after the KB has changed.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from dataclasses import dataclass

from proda.ids import digest
from proda.review import LEVELS, ReviewError


@dataclass
class Sample:
    id: str
    level: str
    seed: int
    size: int
    domain: str | None
    version: str | None
    unit_ids: list[str]
    strata: dict
    population: int
    created: str


def now() -> str:
    t = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + f".{int(t * 1e6) % 1_000_000:06d}Z"


def project_id(store) -> str:
    """This graph's project id (created on first use): sheets carry it so another project's sheet is refused."""
    return store.write("review_project", new_id="proj_" + uuid.uuid4().hex[:12], created=now())[0]["id"]


def allocate(strata: dict[str, int], n: int) -> dict[str, int]:
    """Proportional allocation of ``n`` over strata by largest remainders (ties broken by name)."""
    total = sum(strata.values())
    if n >= total:
        return dict(strata)
    quotas = {k: n * v / total for k, v in strata.items()}
    out = {k: int(q) for k, q in quotas.items()}
    rest = n - sum(out.values())
    for k in sorted(quotas, key=lambda k: (-(quotas[k] - out[k]), k))[:rest]:
        out[k] += 1
    return out


def draw(population: list[dict], n: int, seed: int) -> tuple[list[str], dict[str, int]]:
    """``n`` ids from ``population`` rows ``{id, stratum}``: proportional per stratum, seeded, in a shuffled order."""
    by: dict[str, list[str]] = {}
    for r in population:
        by.setdefault(r["stratum"] or "", []).append(r["id"])
    alloc = allocate({k: len(v) for k, v in by.items()}, n)
    rng = random.Random(f"review:{seed}")
    chosen: list[str] = []
    for k in sorted(by):
        ids = sorted(by[k])
        chosen += rng.sample(ids, alloc[k])
    rng.shuffle(chosen)  # interleave documents so a reviewer does not judge one chapter at a stretch
    return chosen, {k: v for k, v in sorted(alloc.items()) if v}


def item_version(store, level: str, version: str | None) -> str | None:
    """The dataset version an item sample draws from (latest by default); None for KB levels."""
    if level not in ("train", "bench"):
        return None
    from proda.datasets import DatasetError, resolve_version

    try:
        return resolve_version(store, level, version).id
    except DatasetError as e:
        raise ReviewError(str(e)) from None


def open_sample(store, level: str, size: int, seed: int, domain: str | None = None,
                version: str | None = None) -> Sample:
    """The sample for these parameters: the stored one if it was drawn before (so review continues), else a new draw."""
    if level not in LEVELS:
        raise ReviewError(f"unknown level {level!r} ({' | '.join(LEVELS)})")
    if size < 1:
        raise ReviewError("--sample must be at least 1")
    vid = item_version(store, level, version)
    proj = project_id(store)
    sid = "rs_" + digest(proj, level, size, seed, domain or "", vid or "", n=12)
    rows = store.read("review_sample_find", id=sid)
    if rows:
        return _from_row(rows[0])
    population = store.read(f"review_population_{level}", domain=domain, version=vid)
    if not population:
        where = f" in domain {domain!r}" if domain else ""
        raise ReviewError(f"nothing to review: no {level}{where} in this knowledge base")
    ids, strata = draw(population, size, seed)
    store.write("review_sample_create", id=sid, level=level, seed=seed, size=size, domain=domain, version=vid,
                unit_ids=ids, strata=json.dumps(strata, sort_keys=True), population=len(population),
                created=now(), project=proj)
    return _from_row(store.read("review_sample_find", id=sid)[0])


def find_sample(store, sample_id: str) -> Sample:
    rows = store.read("review_sample_find", id=sample_id)
    if not rows:
        raise ReviewError(f"no review sample {sample_id!r} in this project")
    return _from_row(rows[0])


def _from_row(r: dict) -> Sample:
    return Sample(id=r["id"], level=r["level"], seed=int(r["seed"]), size=int(r["size"]), domain=r.get("domain"),
                  version=r.get("version"), unit_ids=list(r["unit_ids"] or []),
                  strata=json.loads(r.get("strata") or "{}"), population=int(r.get("population") or 0),
                  created=r.get("created") or "")
