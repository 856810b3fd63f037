"""``proda ingest``: files -> documents and chunks -> extraction -> resolution -> graph.

Crash safety comes from two facts: every id is a content hash (so every write
is a MERGE onto the same node), and a document is marked ``complete`` only
after all units of the run are written.  A run killed midway is simply run
again: incomplete documents are re-processed and MERGE onto what is there.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from proda.config import Config
from proda.graphdb import ddl
from proda.graphdb.store import GraphStore, write_phase
from proda.ids import chain_id, document_id, normalize_name, statement_id, step_id
from proda.ingest.chunking import chunk_document
from proda.ingest.concept_drafts import _NO_EVIDENCE, _checked_definitions, _evidence, _mention_drafts, _term
from proda.ingest.overlap import Background, load_parsers, warm_models
from proda.ingest.prerequisites import Lexicon, derive_prerequisites
from proda.ingest.readers import ReadError, iter_files, read_documents
from proda.lexicon import family_of
from proda.models import Chunk, ConceptDraft, Extraction, ParsedDocument, StepEvent
from proda.perf import FrozenHeap

Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass
class IngestReport:
    run_id: str = ""
    files: int = 0
    documents_new: int = 0
    documents_skipped: int = 0
    chunks: int = 0
    chains: int = 0
    statements: int = 0
    concept_drafts: int = 0
    concepts_written: int = 0
    terms: int = 0  # concepts of the whole KB that are L1 terms after this run (proda/ingest/termhood.py)
    prerequisite_rows: int = 0
    rejected_quotes: int = 0
    merges: int = 0
    extraction_failures: int = 0
    errors: list[str] = field(default_factory=list)
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)
    seconds: float = 0.0
    bytes_read: int = 0
    dry_run: str = ""


def _resolver(cfg: Config):
    from proda.ingest.resolve import Resolver

    return Resolver(cfg.resolution)


def make_extractor(cfg: Config, name: str | None = None):
    name = name or cfg.ingest.extractor
    if name == "offline":
        from proda.ingest.extract.offline import OfflineExtractor

        return OfflineExtractor(cfg.ingest.spacy_model, cfg.ingest.workers)
    if name == "llm":
        from proda.ingest.extract.llm import LLMExtractor

        return LLMExtractor(cfg.llm, cfg.path(cfg.llm.cache_dir))
    raise ValueError(f"unknown extractor {name!r} (offline | llm)")


def read_all(paths: list[Path], report: IngestReport, progress: Progress | None) -> list[ParsedDocument]:
    files = list(iter_files(paths))
    report.files = len(files)
    docs = []
    for i, f in enumerate(files, 1):
        try:
            if f.exists() and not f.is_file() and not f.is_dir():  # a FIFO or device would block or never end
                raise ReadError(f, "not a regular file (a pipe, socket or device); only regular files are read")
            docs += read_documents(f)  # a PDF book: one document per chapter
            report.bytes_read += f.stat().st_size
        except ReadError as e:
            report.errors.append(str(e))
        if progress:
            progress("read", i, len(files))
    return docs


def ingest(store: GraphStore, cfg: Config, paths: list[Path], domain: str, extractor=None,
           dry_run: bool = False, progress: Progress | None = None, resolver=None) -> IngestReport:
    t0 = time.time()
    report = IngestReport(run_id="run_" + time.strftime("%Y%m%dT%H%M%S", time.gmtime()))
    extractor = extractor or make_extractor(cfg)
    docs = read_all(paths, report, progress)
    complete = {r["id"] for r in store.read("documents_complete")}
    todo: list[tuple[str, ParsedDocument]] = []
    for d in docs:
        did = document_id(d.sha256)
        if did in complete or any(did == x for x, _ in todo):
            report.documents_skipped += 1
        else:
            todo.append((did, d))
    ic = cfg.ingest
    chunks_by_doc = {did: chunk_document(d, did, ic.chunk_size, ic.chunk_overlap, ic.min_chunk) for did, d in todo}
    chunks = [c for cs in chunks_by_doc.values() for c in cs]
    report.documents_new, report.chunks = len(todo), len(chunks)
    if dry_run:
        report.dry_run = _plan(extractor, chunks, domain)
        report.seconds = time.time() - t0
        return report
    report.before = kb_counts(store)
    if not todo:
        report.after = report.before
        report.seconds = time.time() - t0
        return report

    resolver = resolver or _resolver(cfg)
    with FrozenHeap() as heap:  # JPype's full collections skip the models and extractions (proda/perf.py)
        load_parsers(extractor)  # in this thread, before the others start
        heap.freeze()
        written = Background(_write_documents, store, todo, chunks_by_doc, domain, progress)  # beside extraction
        warm = Background(warm_models, resolver)  # (proda/ingest/overlap.py)
        try:
            extractions = _extract(extractor, chunks, domain, progress)
        finally:  # the chunk writes end before the store can close, also when extraction fails
            warm.join()
            written.join()
        written.result()
        heap.freeze()
        report.rejected_quotes = sum(e.rejected_quotes for e in extractions)
        report.extraction_failures = len(getattr(extractor, "failures", []) or [])
        by_chunk = {c.id: c for c in chunks}
        _write_units(store, cfg, extractions, by_chunk, domain, report, progress, resolver)
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        # a document with a chunk whose extraction failed stays incomplete: the next run asks again for that chunk
        # (the chunks that succeeded are answered from the LLM cache)
        failed = {cid for cid, _ in getattr(extractor, "failures", []) or []}
        failed_docs = {c.doc_id for c in chunks if c.id in failed}
        store.write_rows("mark_documents_complete", [{"id": did, "at": now, "extractor": extractor.name}
                                                     for did, _ in todo if did not in failed_docs])
        report.after = kb_counts(store)
        report.seconds = time.time() - t0
        store.write("ingest_run", id=report.run_id, props={
            "at": now, "domain": domain, "extractor": extractor.name, "files": report.files,
            "documents": report.documents_new, "chunks": report.chunks, "seconds": round(report.seconds, 2),
            "errors": len(report.errors), "rejected_quotes": report.rejected_quotes, "merges": report.merges,
            "paths": [str(p) for p in paths],
        })
    return report


def _plan(extractor, chunks: list[Chunk], domain: str) -> str:
    if hasattr(extractor, "plan"):
        from proda.ingest.extract.llm import format_plan

        return format_plan(extractor.plan(chunks, domain))
    return f"{len(chunks)} chunks; the {extractor.name} extractor makes no model calls (0 tokens)"


def _write_documents(store, todo, chunks_by_doc, domain, progress) -> None:
    store.write_rows("ingest_documents", [
        {"id": did, "path": d.path, "title": d.title, "format": d.format, "sha256": d.sha256,
         "chars": len(d.text), "domain": domain} for did, d in todo])
    rows, nxt = [], []
    for did, d in todo:
        cs = chunks_by_doc[did]
        for c in cs:
            heading = c.heading_path[-1] if c.heading_path else d.title
            rows.append({"id": c.id, "doc_id": did, "ord": c.ord, "text": c.text, "start": c.start, "end": c.end,
                         "heading_path": c.heading_path, "heading": heading, "caption": f"{d.title} #{c.ord}"})
        nxt += [{"a": a.id, "b": b.id} for a, b in zip(cs, cs[1:])]
    write_phase(store, "ingest_chunks", rows, "write chunks", progress, batch_size=500)  # chunk texts are large rows
    write_phase(store, "ingest_chunk_next", nxt, "link chunks", progress)


def _extract(extractor, chunks: list[Chunk], domain: str, progress) -> list[Extraction]:
    if hasattr(extractor, "extract_many"):
        done = 0

        def cb(n: int) -> None:
            nonlocal done
            done += n
            if progress:
                progress("extract", done, len(chunks))

        return extractor.extract_many(chunks, domain, progress=cb)
    out = []
    for i, c in enumerate(chunks, 1):
        out.append(extractor.extract(c, domain))
        if progress and (i % 20 == 0 or i == len(chunks)):
            progress("extract", i, len(chunks))
    return out


def _write_units(store, cfg: Config, extractions: list[Extraction], by_chunk: dict[str, Chunk], domain: str,
                 report: IngestReport, progress, resolver) -> None:
    from proda.ingest.resolve import ExistingConcept

    # L1 drafts with their chunk (explicit and implied by L2/L3)
    placed: list[tuple[str, ConceptDraft]] = []
    for ex in extractions:
        for d in ex.concepts + _mention_drafts(ex):
            if normalize_name(d.name):
                placed.append((ex.chunk_id, d))
    placed = _checked_definitions(placed)
    report.concept_drafts = len(placed)
    if progress:
        progress("resolve", 0, 1)
    existing = [ExistingConcept(r["id"], r["name"], list(r["aliases"] or []), r["definition"] or "", r["embedding"])
                for r in store.read("concepts_for_resolution")]
    res = resolver.resolve([d for _, d in placed], existing)
    report.merges = len(res.merges)
    _log_merges(cfg, report.run_id, res.merges)
    if progress:
        progress("resolve", 1, 1)
    ids = res.name_to_id

    def cid(name: str) -> str | None:
        return ids.get(normalize_name(name))

    evidence = _evidence(placed, cid, by_chunk)
    concept_rows = [{
        "id": c.id, "name": c.name, "key": normalize_name(c.name), "aliases": list(c.aliases),
        "alias_keys": sorted({normalize_name(a) for a in c.aliases} - {""}), "aliases_text": "; ".join(c.aliases),
        "definition": c.definition or "", "type": c.type or "term", "domain": domain,
        **evidence.get(c.id, _NO_EVIDENCE),
    } for c in res.concepts]
    report.concepts_written = len(concept_rows)
    write_phase(store, "ingest_concepts", concept_rows, "write concepts", progress)
    ddl.write_embeddings(store, [{"id": c.id, "embedding": [float(x) for x in c.embedding]}
                                 for c in res.concepts if c.embedding is not None and len(c.embedding)])
    sources: dict[tuple[str, str], dict] = {}
    for chunk, d in placed:
        u = cid(d.name)
        if u:
            key = (u, chunk)
            if key not in sources or (d.source_quote and not sources[key]["quote"]):
                sources[key] = {"unit": u, "chunk": chunk, "quote": d.source_quote, "how": d.how}
    write_phase(store, "ingest_concept_sources", list(sources.values()), "link concepts", progress)
    from proda.ingest.termhood import termhood_rows
    from proda.ingest.termhood_classed import unclassed
    from proda.ingest.termhood_described import undescribed

    # a phrase written only as "X is a potent vasoconstrictor" is no term (termhood_described), nor "hormone
    # glucagon", a class noun before a concept it is the genus of (termhood_classed)
    term_nodes, term_chunks = store.read("termhood_concepts"), store.read("termhood_chunks")
    terms = unclassed(undescribed(termhood_rows(term_nodes, term_chunks), term_nodes, term_chunks), term_nodes)
    report.terms = sum(r["term"] for r in terms)
    write_phase(store, "ingest_termhood", terms, "termhood", progress)

    # L3 chains and steps, L2 statements
    chain_rows, step_rows, mention_rows, chain_src, step_src = [], [], [], [], []
    st_rows, st_steps, st_src = {}, [], []
    chain_concepts: list[list[list[str]]] = []
    triples: list[tuple[str, str, str]] = []
    from proda.ingest.extract.chains import repeated_chains  # the extract package loads spaCy: only when ingesting

    repeated = repeated_chains([(by_chunk[ex.chunk_id].doc_id, [ch.steps for ch in ex.chains]) for ex in extractions])
    for k, ex in enumerate(extractions):
        text = by_chunk[ex.chunk_id].text
        chain_ids: list[str | None] = []
        for j, ch in enumerate(ex.chains):
            if (k, j) in repeated:  # the previous chunk's window gave this process already
                chain_ids.append(None)
                continue
            chid = chain_id(ch.name, ch.steps)
            chain_ids.append(chid)
            chain_rows.append({"id": chid, "name": ch.name, "summary": ch.summary, "preconditions": ch.preconditions,
                               "negative_constraints": ch.negative_constraints, "domain": domain,
                               "length": len(ch.steps), "about": cid(ch.name), "kind": ch.kind or ""})
            chain_src.append({"unit": chid, "chunk": ex.chunk_id, "quote": ch.source_quote or ch.summary, "how": "chain"})
            per_step = []
            for pos, st in enumerate(ch.steps, 1):
                sid = step_id(chid, pos)
                ev = ch.events[pos - 1] if pos - 1 < len(ch.events) else StepEvent()
                step_rows.append({"id": sid, "chain_id": chid, "position": pos, "text": st or ev.sentence,
                                  "prev": step_id(chid, pos - 1) if pos > 1 else None,
                                  "subject": ev.subject, "predicate": ev.predicate, "object": ev.object,
                                  "polarity": ev.polarity, "sentence": ev.sentence, "then_only": ev.then_only,
                                  "family": ev.family or (family_of(ev.predicate) if ev.predicate else "")})
                step_src.append({"unit": sid, "chunk": ex.chunk_id, "quote": st if st in text else "", "how": "step"})
                names = ch.step_concepts[pos - 1] if pos - 1 < len(ch.step_concepts) else []
                cids = sorted({c for c in (cid(n) for n in names) if c})
                per_step.append(cids)
                mention_rows += [{"step": sid, "concept": c} for c in cids]
            chain_concepts.append(per_step)
        for st in ex.statements:
            s, o = cid(_term(st.subject, st.subject_term)), cid(_term(st.object, st.object_term))
            if not s or not o or s == o:
                continue
            pred = st.predicate.strip().lower().replace(" ", "_")
            # the id keeps the sign and the whole object: "X increases Y" / "X does not increase Y" and
            # "prevents femur" / "prevents femur from sliding" are different statements
            sid = statement_id(s, f"{pred}|{st.polarity}|{int(st.negated)}", f"{o}|{normalize_name(st.object)}"
                               + (f"|by:{normalize_name(st.attribution)}" if st.attribution else ""))
            triples.append((s, pred, o))
            lemma = st.predicate_lemma or pred
            st_rows.setdefault(sid, {"id": sid, "subject": st.subject, "predicate": pred, "object": st.object,
                                     "subject_id": s, "object_id": o, "source_quote": st.source_quote, "domain": domain,
                                     "predicate_lemma": lemma, "family": st.family or family_of(lemma),
                                     "polarity": int(st.polarity), "negated": bool(st.negated),
                                     "quantity": st.quantity or "", "rule": st.rule or "",
                                     "attribution": st.attribution or ""})
            st_src.append({"unit": sid, "chunk": ex.chunk_id, "quote": st.source_quote, "how": "statement"})
            if st.chain_index is not None and st.step_index is not None and st.chain_index < len(chain_ids) \
                    and chain_ids[st.chain_index] is not None:
                chid = chain_ids[st.chain_index]
                n = len(ex.chains[st.chain_index].steps)
                if 0 <= st.step_index < n - 1:
                    st_steps.append({"statement": sid, "from_step": step_id(chid, st.step_index + 1),
                                     "to_step": step_id(chid, st.step_index + 2)})
    report.chains = len({r["id"] for r in chain_rows})
    report.statements = len(st_rows)
    write_phase(store, "ingest_chains", _dedupe(chain_rows), "write chains", progress)
    steps = _dedupe(step_rows)
    write_phase(store, "ingest_steps", steps, "write steps", progress)
    write_phase(store, "ingest_next_steps", [r for r in steps if r["prev"]], "link steps", progress)
    write_phase(store, "ingest_step_mentions", mention_rows, "link steps", progress)
    write_phase(store, "ingest_chain_sources", chain_src, "link chains", progress)
    write_phase(store, "ingest_step_sources", step_src, "link steps", progress)
    write_phase(store, "ingest_statements", list(st_rows.values()), "write statements", progress)
    write_phase(store, "ingest_statement_steps", st_steps, "link statements", progress)
    write_phase(store, "ingest_statement_sources", st_src, "link statements", progress)

    # PREREQUISITE edges against the whole KB vocabulary
    lex = Lexicon((n, r["id"]) for r in store.read("kb_concepts") for n in [r["name"], *r["aliases"]])
    prereq = derive_prerequisites({c["id"]: c["definition"] for c in concept_rows}, lex, triples, chain_concepts)
    report.prerequisite_rows = len(prereq)
    write_phase(store, "ingest_prerequisites", prereq, "prerequisites", progress)
    store.write_rows("ingest_prerequisites_dedupe", prereq)  # two ingests racing can each MERGE the same edge

    # L3 chains mined from the graph: causal paths inside each document of the run (proda/ingest/mine.py)
    from proda.ingest.mine import mine_chains

    report.chains += mine_chains(store, sorted({c.doc_id for c in by_chunk.values()}), domain, progress)


def _dedupe(rows: list[dict]) -> list[dict]:
    seen: dict[str, dict] = {}
    for r in rows:
        seen.setdefault(r["id"], r)
    return list(seen.values())


def _log_merges(cfg: Config, run_id: str, merges: list[dict]) -> None:
    if not merges:
        return
    d = cfg.path(".proda/logs")
    d.mkdir(parents=True, exist_ok=True)
    with open(d / f"merges-{run_id}.jsonl", "a", encoding="utf-8") as f:
        for m in merges:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")


def kb_counts(store: GraphStore) -> dict:
    return store.read("kb_counts")[0]
