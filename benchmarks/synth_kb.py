"""A seeded synthetic knowledge base of any size, with ProDaLib's shape, written through proda's own store code.

    python benchmarks/synth_kb.py --scale 0.1 --project /tmp/kb-synth      # generate + load, print counts
    python benchmarks/synth_kb.py --scale 0.1 --dry-run                    # only generate, print row counts

Size at ``--scale 1.0`` is the paper's released KB: 227,869 concepts, 186,784
statements, 43,953 chains.  Shape:

* concept degree is heavy-tailed: which concepts statements and steps mention
  is drawn from a Zipf-like law over a random ranking of the concepts (a few
  hub concepts such as "cell" or "pressure" are mentioned thousands of times,
  most concepts a handful of times, some only by their definition);
* chains have 3-9 steps (mode 5), each step mentions 1-3 concepts; consecutive
  steps are linked by NEXT_STEP, and ~40 % of all statements are transition
  statements between step i and i+1 (FROM_STEP/TO_STEP), relating a concept of
  step i to one of step i+1;
* PREREQUISITE edges come from the same three sources as
  :func:`proda.ingest.prerequisites.derive_prerequisites`: definitions (1-2 per
  defined concept, drawn from the same heavy-tailed law, so hubs are
  prerequisites of many), hierarchical statements (``is_a``/``part_of``/
  ``requires``), and chain order (a concept of step i+1 needs one of step i);
* documents and chunks (about two chains per chunk, fifty chunks per document)
  so that every concept, statement, chain and step has FROM_CHUNK provenance.

Ids are proda's content hashes (:mod:`proda.ids`) and every row has exactly the
fields ``proda.ingest.pipeline._write_units`` passes to the ``ingest_*.cypher``
named queries; :func:`write_kb` writes them with :func:`proda.graphdb.bulk.load_kb`
in the order the pipeline does: through those queries (``store.write_rows``, the
path of an incremental ingest), or in bulk into a fresh embedded store.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from proda.graphdb.bulk import PHASES, Progress, load_kb  # noqa: E402
from proda.ids import chain_id, chunk_id, concept_id, digest, document_id, normalize_name, statement_id, step_id  # noqa: E402

PRODALIB = {"concepts": 227_869, "statements": 186_784, "chains": 43_953}
DOMAINS = ["anatomy", "physiology", "chemistry", "biology", "physics", "economics", "psychology", "geology"]
PREDICATES = ["is_a", "part_of", "requires", "causes", "produces", "regulates", "contains", "increases",
              "decreases", "inhibits", "binds_to", "located_in", "precedes", "converts_to", "measures"]
HIERARCHICAL = {"is_a", "part_of", "requires"}
TRANSITION_PREDICATES = ["causes", "leads_to", "produces", "triggers", "enables", "converts_to"]
TRANSITION_SHARE = 0.4  # share of all statements that are chain transitions
CHAINS_PER_CHUNK = 2
CHUNKS_PER_DOCUMENT = 50
ZIPF_A = 1.0  # exponent of the mention law (p(rank k) ~ 1/(k+10)^a) ...
UNIFORM_SHARE = 0.35  # ... mixed with this share of uniform draws, so most concepts get a mention or two

# the order proda.ingest.pipeline writes in: (named query, SynthKB attribute named after it)
WRITE_ORDER = [(name, name.removeprefix("ingest_")) for name in PHASES]
NODE_PHASES = {"documents", "chunks", "concepts", "chains", "steps", "statements"}
# the batch sizes the pipeline uses (None: the store's default, [store] batch_size)
PIPELINE_BATCH = {"ingest_chunks": 500}

_SYL = ["ba", "ce", "di", "fo", "gu", "ka", "le", "mi", "no", "pu", "ra", "se", "ti", "vo", "xu", "ze",
        "bro", "cla", "dre", "flo", "gri", "pla", "tro", "sta", "qui", "nel", "mar", "tor", "lin", "pen"]
_WORDS = ["the", "of", "and", "a", "to", "in", "is", "that", "which", "by", "cells", "process", "form", "layer",
          "surface", "tissue", "system", "energy", "change", "during", "through", "when", "structure", "function",
          "membrane", "signal", "pressure", "flow", "release", "increase", "result", "body", "called", "each"]


def word(i: int) -> str:
    """A pronounceable, unique name for concept index ``i`` (never ending in 's', so keys never collide)."""
    out = []
    i += 1
    while i:
        i, r = divmod(i, len(_SYL))
        out.append(_SYL[r])
    return "".join(out) + "n"


@dataclass
class SynthKB:
    scale: float
    seed: int
    documents: list[dict] = field(default_factory=list)
    chunks: list[dict] = field(default_factory=list)
    chunk_next: list[dict] = field(default_factory=list)
    concepts: list[dict] = field(default_factory=list)
    concept_sources: list[dict] = field(default_factory=list)
    chains: list[dict] = field(default_factory=list)
    steps: list[dict] = field(default_factory=list)
    next_steps: list[dict] = field(default_factory=list)  # {prev, id}: NEXT_STEP
    step_mentions: list[dict] = field(default_factory=list)
    chain_sources: list[dict] = field(default_factory=list)
    step_sources: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    statement_steps: list[dict] = field(default_factory=list)
    statement_sources: list[dict] = field(default_factory=list)
    prerequisites: list[dict] = field(default_factory=list)
    # for building benchmark items: per chain, its step ids, per-step concept ids, transition statement ids
    chain_index: list[dict] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {attr: len(getattr(self, attr)) for _, attr in WRITE_ORDER}

    @property
    def units(self) -> int:
        """Nodes written (documents, chunks, concepts, chains, steps, statements)."""
        return sum(len(getattr(self, a)) for a in NODE_PHASES)

    @property
    def rows(self) -> int:
        return sum(self.counts().values())


class _Mentions:
    """Heavy-tailed sampler of concept indices: Zipf-like over a random ranking of the concepts."""

    def __init__(self, rng: np.random.Generator, n: int, a: float = ZIPF_A):
        self.rng = rng
        w = 1.0 / (np.arange(n) + 10.0) ** a
        self.cdf = np.cumsum(w / w.sum())
        self.rank_to_concept = rng.permutation(n)

    def sample(self, size: int) -> np.ndarray:
        r = np.searchsorted(self.cdf, self.rng.random(size), side="right")
        out = self.rank_to_concept[np.minimum(r, len(self.cdf) - 1)]
        flat = self.rng.random(size) < UNIFORM_SHARE
        out[flat] = self.rng.integers(0, len(self.cdf), int(flat.sum()))
        return out


def _text(rng: np.random.Generator, n_words: int, names: list[str] | None = None) -> str:
    ws = [_WORDS[i] for i in rng.integers(0, len(_WORDS), n_words)]
    for nm in names or []:
        ws.insert(int(rng.integers(0, len(ws) + 1)), nm)
    return " ".join(ws)


def generate(scale: float = 0.1, seed: int = 0, chunk_words: int = 250) -> SynthKB:
    """Build every row the ingest pipeline would write for a KB of ``scale`` x ProDaLib."""
    rng = np.random.default_rng(seed)
    kb = SynthKB(scale=scale, seed=seed)
    n_con = max(20, round(PRODALIB["concepts"] * scale))
    n_st = max(10, round(PRODALIB["statements"] * scale))
    n_ch = max(3, round(PRODALIB["chains"] * scale))
    n_chunk = max(1, math.ceil(n_ch / CHAINS_PER_CHUNK))
    n_doc = max(1, math.ceil(n_chunk / CHUNKS_PER_DOCUMENT))
    mentions = _Mentions(rng, n_con)

    # documents and chunks
    doc_ids = [document_id(digest("synth-doc", seed, i, n=64)) for i in range(n_doc)]
    doc_domain = [DOMAINS[i % len(DOMAINS)] for i in range(n_doc)]
    for i, did in enumerate(doc_ids):
        kb.documents.append({"id": did, "path": f"synth/{doc_domain[i]}/doc{i:05d}.md", "title": f"Synthetic document {i}",
                             "format": "md", "sha256": digest("synth-doc", seed, i, n=64), "chars": 0,
                             "domain": doc_domain[i]})
    chunk_ids, chunk_doc = [], []
    chars_per_doc = [0] * n_doc
    for j in range(n_chunk):
        d = j // CHUNKS_PER_DOCUMENT
        ord_ = j % CHUNKS_PER_DOCUMENT
        text = _text(rng, chunk_words)
        start = chars_per_doc[d]
        chars_per_doc[d] += len(text) + 2
        cid = chunk_id(doc_ids[d], start, start + len(text))
        chunk_ids.append(cid)
        chunk_doc.append(d)
        heading = f"Section {ord_ // 5 + 1}"
        kb.chunks.append({"id": cid, "doc_id": doc_ids[d], "ord": ord_, "text": text, "start": start,
                          "end": start + len(text), "heading_path": [f"Synthetic document {d}", heading],
                          "heading": heading, "caption": f"Synthetic document {d} #{ord_}"})
        if ord_ > 0:
            kb.chunk_next.append({"a": chunk_ids[j - 1], "b": cid})
    for d, c in zip(kb.documents, chars_per_doc):
        d["chars"] = c

    # concepts: names, ids; defined with probability 0.7; first chunk = where they are "defined"
    names = [word(i) for i in range(n_con)]
    cids = [concept_id(n) for n in names]
    defined = rng.random(n_con) < 0.7
    home_chunk = rng.integers(0, n_chunk, n_con)
    def_prereq: list[list[int]] = [[] for _ in range(n_con)]
    k_def = rng.integers(1, 3, n_con)
    draws = mentions.sample(int(k_def.sum()))
    pos = 0
    for i in range(n_con):
        if defined[i]:
            def_prereq[i] = sorted({int(x) for x in draws[pos : pos + k_def[i]] if x != i})
        pos += k_def[i]
    for i in range(n_con):
        dom = doc_domain[chunk_doc[home_chunk[i]]]
        definition = ""
        if defined[i]:
            definition = f"A {names[i]} is a " + _text(rng, 10, [names[p] for p in def_prereq[i]]) + "."
        aliases = [names[i].upper()[:4]] if rng.random() < 0.1 else []
        kb.concepts.append({"id": cids[i], "name": names[i], "key": normalize_name(names[i]), "aliases": aliases,
                            "alias_keys": sorted({normalize_name(a) for a in aliases} - {""}),
                            "aliases_text": "; ".join(aliases), "definition": definition, "type": "term",
                            "domain": dom})
        kb.concept_sources.append({"unit": cids[i], "chunk": chunk_ids[home_chunk[i]],
                                   "quote": definition[:120], "how": "definition" if defined[i] else "mention"})
    extra = rng.random(n_con) < 0.2  # some concepts are mentioned in a second chunk too
    for i in np.nonzero(extra)[0]:
        other = int(rng.integers(0, n_chunk))
        if other != home_chunk[i]:
            kb.concept_sources.append({"unit": cids[i], "chunk": chunk_ids[other], "quote": "", "how": "mention"})
    prereq: dict[tuple[int, int], str] = {}

    def add_prereq(b: int, a: int, how: str) -> None:
        if a != b:
            k = (b, a)
            if k not in prereq:
                prereq[k] = how
            elif how not in prereq[k]:
                prereq[k] += "," + how

    for i in range(n_con):
        for p in def_prereq[i]:
            add_prereq(i, p, "definition")

    # chains and steps
    lengths = np.clip(np.rint(rng.normal(5.5, 1.6, n_ch)), 3, 9).astype(int)
    n_steps = int(lengths.sum())
    per_step = rng.integers(1, 4, n_steps)
    step_concepts_flat = mentions.sample(int(per_step.sum()))
    sc_pos = 0
    step_pos = 0
    pairs: list[tuple[int, int, int]] = []  # (chain index, position i (1-based), chunk)
    chain_steps: list[list[str]] = []
    chain_step_concepts: list[list[list[int]]] = []
    for c in range(n_ch):
        L = int(lengths[c])
        chunk = c // CHAINS_PER_CHUNK
        dom = doc_domain[chunk_doc[chunk]]
        per = []
        texts = []
        for _ in range(L):
            k = int(per_step[step_pos])
            cs = sorted({int(x) for x in step_concepts_flat[sc_pos : sc_pos + k]})
            sc_pos += k
            step_pos += 1
            per.append(cs)
            texts.append(_text(rng, 8, [names[x] for x in cs]))
        about = per[0][0]
        name = f"{names[about]} pathway {c}"
        chid = chain_id(name, texts)
        sids = [step_id(chid, p) for p in range(1, L + 1)]
        chain_steps.append(sids)
        chain_step_concepts.append(per)
        kb.chains.append({"id": chid, "name": name, "summary": f"How {names[about]} proceeds in {L} steps.",
                          "preconditions": [f"{names[per[0][-1]]} is present"], "negative_constraints": [],
                          "domain": dom, "length": L, "about": cids[about]})
        kb.chain_sources.append({"unit": chid, "chunk": chunk_ids[chunk], "quote": texts[0], "how": "chain"})
        for p in range(1, L + 1):
            sid = sids[p - 1]
            kb.steps.append({"id": sid, "chain_id": chid, "position": p, "text": texts[p - 1],
                             "prev": sids[p - 2] if p > 1 else None})
            if p > 1:
                kb.next_steps.append({"prev": sids[p - 2], "id": sid})
            kb.step_sources.append({"unit": sid, "chunk": chunk_ids[chunk], "quote": texts[p - 1], "how": "step"})
            kb.step_mentions += [{"step": sid, "concept": cids[x]} for x in per[p - 1]]
            if p < L:
                pairs.append((c, p, chunk))
                for b in per[p]:  # chain order: a concept of step p+1 needs one of step p
                    add_prereq(b, per[p - 1][0], "chain_order")
        kb.chain_index.append({"chain": chid, "steps": sids, "concepts": [[cids[x] for x in cs] for cs in per],
                               "transitions": []})

    # statements: transition statements on a sample of adjacent step pairs, the rest drawn from the mention law
    st_seen: set[str] = set()

    def add_statement(s: int, pred: str, o: int, chunk: int) -> str | None:
        if s == o:
            return None
        sid = statement_id(cids[s], pred, cids[o])
        if sid in st_seen:
            return None
        st_seen.add(sid)
        quote = f"{names[s]} {pred.replace('_', ' ')} {names[o]}"
        kb.statements.append({"id": sid, "subject": names[s], "predicate": pred, "object": names[o],
                              "subject_id": cids[s], "object_id": cids[o], "source_quote": quote,
                              "domain": doc_domain[chunk_doc[chunk]]})
        kb.statement_sources.append({"unit": sid, "chunk": chunk_ids[chunk], "quote": quote, "how": "statement"})
        if pred in HIERARCHICAL:
            add_prereq(s, o, "statement")
        return sid

    n_trans = min(len(pairs), round(n_st * TRANSITION_SHARE))
    for k in rng.choice(len(pairs), n_trans, replace=False):
        c, p, chunk = pairs[int(k)]
        per = chain_step_concepts[c]
        s = per[p - 1][int(rng.integers(0, len(per[p - 1])))]
        o = per[p][int(rng.integers(0, len(per[p])))]
        pred = TRANSITION_PREDICATES[int(rng.integers(0, len(TRANSITION_PREDICATES)))]
        sid = add_statement(s, pred, o, chunk)
        if sid:
            a, b = chain_steps[c][p - 1], chain_steps[c][p]
            kb.statement_steps.append({"statement": sid, "from_step": a, "to_step": b})
            kb.chain_index[c]["transitions"].append({"statement": sid, "from": p, "to": p + 1})
    while len(kb.statements) < n_st:
        need = n_st - len(kb.statements)
        ss, oo = mentions.sample(need), mentions.sample(need)
        preds = rng.integers(0, len(PREDICATES), need)
        chunks = rng.integers(0, n_chunk, need)
        for s, o, p, ck in zip(ss, oo, preds, chunks):
            add_statement(int(s), PREDICATES[int(p)], int(o), int(ck))
            if len(kb.statements) >= n_st:
                break

    kb.prerequisites = [{"dependent": cids[b], "prerequisite": cids[a], "how": how} for (b, a), how in prereq.items()]
    return kb


def phases(kb: SynthKB) -> dict[str, list[dict]]:
    """The KB as the pipeline's named-query rows, in write order (what :func:`proda.graphdb.bulk.load_kb` takes)."""
    return {name: getattr(kb, attr) for name, attr in WRITE_ORDER}


def write_kb(store, kb: SynthKB, batch_size: int | None = None, progress: Progress | None = None,
             bulk: bool | None = False):
    """Write ``kb`` with :func:`proda.graphdb.bulk.load_kb` and return its ``LoadReport``.

    ``bulk=False`` (the default here) runs the pipeline's named queries through ``store.write_rows``;
    ``bulk=None`` lets ``load_kb`` take the bulk path when the store is a fresh embedded one.
    """
    batches = {name: batch_size or PIPELINE_BATCH.get(name) for name, _ in WRITE_ORDER}
    return load_kb(store, phases(kb), progress=progress, bulk=bulk,
                   batch_size={k: v for k, v in batches.items() if v})


def degree_summary(kb: SynthKB) -> dict:
    """Mentions per concept (statement subject/object + step mentions): the heavy tail in numbers."""
    deg: dict[str, int] = {}
    for s in kb.statements:
        deg[s["subject_id"]] = deg.get(s["subject_id"], 0) + 1
        deg[s["object_id"]] = deg.get(s["object_id"], 0) + 1
    for m in kb.step_mentions:
        deg[m["concept"]] = deg.get(m["concept"], 0) + 1
    v = np.array(sorted(deg.values(), reverse=True) + [0] * (len(kb.concepts) - len(deg)))
    return {"max": int(v[0]), "p99": float(np.percentile(v, 99)), "median": float(np.median(v)),
            "zero": int((v == 0).sum()), "top1pct_share": round(float(v[: max(1, len(v) // 100)].sum() / v.sum()), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scale", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--project", type=Path, help="write into this project's store (created if missing)")
    ap.add_argument("--dry-run", action="store_true", help="only generate and print row counts")
    ap.add_argument("--path", choices=["auto", "bulk", "cypher"], default="auto",
                    help="auto: bulk into a fresh embedded store, else the named queries")
    args = ap.parse_args()
    t0 = time.perf_counter()
    kb = generate(args.scale, args.seed)
    print(f"generated scale {args.scale} in {time.perf_counter() - t0:.1f} s: {kb.units:,} nodes, {kb.rows:,} rows")
    for k, v in kb.counts().items():
        print(f"  {k:20s} {v:>10,}")
    print("  concept mentions:", degree_summary(kb))
    if args.dry_run:
        return
    import tempfile

    from proda.config import DEFAULT_TOML, load_config
    from proda.graphdb.store import open_store

    project = args.project or Path(tempfile.mkdtemp(prefix="proda-synth-"))
    project.mkdir(parents=True, exist_ok=True)
    if not (project / "proda.toml").exists():
        (project / "proda.toml").write_text(DEFAULT_TOML, encoding="utf-8")
    from rich.progress import Progress as Bar

    with open_store(load_config(project)) as store, Bar(transient=True) as bar:
        tasks: dict[str, int] = {}

        def show(name: str, done: int, total: int) -> None:
            if name not in tasks:
                tasks[name] = bar.add_task(name, total=total)
            bar.update(tasks[name], completed=done)

        t = time.perf_counter()
        rep = write_kb(store, kb, bulk={"auto": None, "bulk": True, "cypher": False}[args.path], progress=show)
        wall = time.perf_counter() - t
        for name, sec in rep.seconds.items():
            print(f"  {name:28s} {sec:7.1f} s")
        print(f"loaded ({rep.path}: {rep.nodes or kb.units:,} nodes, {rep.rows:,} rows) into {project} in {wall:.1f} s; "
              f"kb_counts: {store.read('kb_counts')[0]}")


if __name__ == "__main__":
    main()
