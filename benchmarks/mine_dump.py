"""Mined chains (proda/ingest/mine.py) of the chapters of an ``extract_dump.py`` dump, without a graph store.

Why: mined chains are made from the graph after ingest, so the extractor's dump holds none, and building a KB of
every development chapter to see what a change to mine.py does costs an hour on the shared machine.  This rebuilds
what ``proda ingest`` would write for mining from the dump -- the chunks (reader and chunker, as ingest reads the
chapter: order, heading, text), the concepts (the drafts and the statements' terms through the real ``Resolver``,
one chapter at a time) and the statements with their two concepts -- and runs ``mine.mine_chains`` on a stand-in
store that answers its named queries from these rows as the Cypher does (``mine_doc_statements``: the statements of
one document that may be causal steps; ``mine_statements``: a statement's chunks).

    PRODA_CORPORA=/work/shared/corpora python benchmarks/mine_dump.py /tmp/base-A.json /tmp/mined-A.json \
        [--chapters anatomy:01,...] [--no-embed]

Writes, per chapter, the chunk count and each mined chain (name, sign, steps with subject, predicate, object,
polarity, chunk and quote); ``--rows`` also writes the statement rows the miner read (for a census of near misses).
``--no-embed`` resolves by spelling only (no embedding pass): quicker, a few merges fewer.  ``--reuse OUT`` mines the
rows an earlier ``--rows`` run wrote, without chunking or resolving again: a change to mine.py alone.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


class Store:
    """Answers mine.py's reads from rows; keeps its writes."""

    def __init__(self, statements: list[dict], chunks: dict[str, dict]):
        self.st = statements  # one row per (statement, chunk)
        self.chunks = chunks
        self.writes: dict[str, list[dict]] = defaultdict(list)

    def read(self, name: str, **kw) -> list[dict]:
        if name == "mine_doc_statements":
            fam = set(kw["families"])
            return [{"doc": s["doc"], "id": s["id"]} for s in self.st if s["doc"] in set(kw["docs"])
                    and not s["attribution"] and (not s["family"] or s["family"] in fam)]
        if name == "mine_statements":
            want = {(r["doc"], r["id"]) for r in kw["rows"]}
            return [self._row(s) for s in self.st if (s["doc"], s["id"]) in want]
        raise KeyError(name)

    def _row(self, s: dict) -> dict:
        k = self.chunks[s["chunk"]]
        return {"doc": s["doc"], "id": s["id"], "subject": s["subject"], "predicate": s["predicate"],
                "object": s["object"], "lemma": s["predicate_lemma"], "family": s["family"],
                "polarity": s["polarity"], "negated": s["negated"], "quote": s["source_quote"],
                "subject_id": s["subject_id"], "object_id": s["object_id"], "chunk": s["chunk"], "ord": k["ord"],
                "heading": k["heading"], "chunk_text": k["text"], "title": k["title"]}

    def write_rows(self, name: str, rows: list[dict], batch_size=None, on_batch=None) -> None:
        self.writes[name] += rows
        if on_batch:
            on_batch(len(rows))


def chapter_rows(book: str, chapter: str, dumped: list[dict], resolver) -> tuple[list[dict], dict[str, dict], int]:
    """(statement rows, chunks by id, chunk count) of one chapter as ingest would store them."""
    from extract_dump import documents

    from proda.ids import document_id, normalize_name, statement_id
    from proda.ingest.chunking import chunk_document
    from proda.ingest.concept_drafts import _checked_definitions, _mention_drafts, _term
    from proda.lexicon import family_of
    from proda.models import Extraction

    chunks: dict[str, dict] = {}
    for doc in documents(book, chapter):
        for c in chunk_document(doc, document_id(doc.sha256)):
            chunks[c.id] = {"ord": c.ord, "text": c.text, "doc": c.doc_id, "title": doc.title,
                            "heading": c.heading_path[-1] if c.heading_path else doc.title}
    exs = [Extraction.model_validate(r["extraction"]) for r in dumped]
    missing = [e.chunk_id for e in exs if e.chunk_id not in chunks]
    if missing:
        raise SystemExit(f"{book}:{chapter}: {len(missing)} dumped chunks not found by the chunker")
    placed = [(e.chunk_id, d) for e in exs for d in e.concepts + _mention_drafts(e) if normalize_name(d.name)]
    placed = _checked_definitions(placed)
    ids = resolver.resolve([d for _, d in placed], []).name_to_id
    rows = []
    for e in exs:
        for st in e.statements:
            s, o = ids.get(normalize_name(_term(st.subject, st.subject_term))), ids.get(
                normalize_name(_term(st.object, st.object_term)))
            if not s or not o or s == o:
                continue
            pred = st.predicate.strip().lower().replace(" ", "_")
            sid = statement_id(s, f"{pred}|{st.polarity}|{int(st.negated)}", f"{o}|{normalize_name(st.object)}"
                               + (f"|by:{normalize_name(st.attribution)}" if st.attribution else ""))
            lemma = st.predicate_lemma or pred
            rows.append({"id": sid, "doc": chunks[e.chunk_id]["doc"], "chunk": e.chunk_id, "subject": st.subject,
                         "predicate": pred, "object": st.object, "subject_id": s, "object_id": o,
                         "subject_term": st.subject_term, "object_term": st.object_term,
                         "source_quote": st.source_quote, "predicate_lemma": lemma,
                         "family": st.family or family_of(lemma), "polarity": int(st.polarity),
                         "negated": bool(st.negated), "attribution": st.attribution or ""})
    # one statement row per (statement, chunk); the first write of a statement's properties wins, as MERGE ... SET
    # on the same id would keep the last -- the texts of one id are the same up to the argument surface
    return rows, chunks, len(dumped)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dump", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--chapters", default="", help="book:NN,... (default: every chapter of the dump)")
    ap.add_argument("--rows", action="store_true", help="also write the statement rows")
    ap.add_argument("--no-embed", action="store_true")
    ap.add_argument("--reuse", type=Path, help="an earlier output with --rows: mine its rows again (a change to mine.py)")
    a = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from proda.config import ResolutionConfig
    from proda.ingest.mine import mine_chains
    from proda.ingest.resolve import Resolver

    dump = json.loads(a.dump.read_text())
    resolver = Resolver(ResolutionConfig(enabled=not a.no_embed))
    again = json.loads(a.reuse.read_text()) if a.reuse else {}
    result = {}
    for spec in (a.chapters.split(",") if a.chapters else list(dump)):
        book, _, chapter = spec.partition(":")
        if spec in again:  # the rows of an earlier run with --rows: no chunking or resolving
            rows, n = again[spec]["rows"], again[spec]["chunks"]
            chunks = {r["chunk"]: {"ord": r["ord"], "heading": r["heading"], "title": r["heading"], "doc": r["doc"],
                                   "text": "\0" * r["pos"] + (r["source_quote"] or "") if r["pos"] >= 0 else ""}
                      for r in rows}
        else:
            rows, chunks, n = chapter_rows(book, chapter, dump[spec], resolver)
        store = Store(rows, chunks)
        mine_chains(store, sorted({c["doc"] for c in chunks.values()}), book)
        steps = defaultdict(list)
        src = {r["unit"]: r for r in store.writes["ingest_step_sources"]}
        for s in store.writes["mine_steps"]:
            steps[s["chain_id"]].append(dict(s, chunk=src[s["id"]]["chunk"], quote=src[s["id"]]["quote"]))
        chains = [{"name": c["name"], "sign": c["sign"], "length": c["length"],
                   "steps": [{k: s[k] for k in ("position", "subject", "predicate", "object", "polarity", "family",
                                                "chunk", "quote")} for s in sorted(steps[c["id"]],
                                                                                   key=lambda s: s["position"])]}
                  for c in store.writes["mine_chains"]]
        dumped_chains = sum(len(r["extraction"]["chains"]) for r in dump[spec])
        if a.rows and spec not in again:  # where each is read: chunk order, heading, offset of the quote in the chunk
            rows = [dict(r, ord=chunks[r["chunk"]]["ord"], heading=chunks[r["chunk"]]["heading"],
                         pos=chunks[r["chunk"]]["text"].find(r["source_quote"] or "\0")) for r in rows]
        result[spec] = {"chunks": n, "chains": dumped_chains, "mined": chains, **({"rows": rows} if a.rows else {})}
        print(f"{spec}: {n} chunks, {len(rows)} statement rows, {dumped_chains} chains, {len(chains)} mined",
              file=sys.stderr)
    a.out.write_text(json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False))


if __name__ == "__main__":
    main()
