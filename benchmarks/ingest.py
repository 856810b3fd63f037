"""Ingest benchmark: the OLD regex extractor and the NEW spaCy extractor over six books, one table, same run.

    python benchmarks/ingest.py                          # 3 chapters x 3 sections per book (the default slice)
    python benchmarks/ingest.py --chapters 0 --max-docs 0 # whole books (~2M words: hours on 2 cores)
    python benchmarks/ingest.py --books anatomy,sociology --json out.json

Books: anatomy, chemistry, sociology ``corpus-prose``, political-science
``corpus-prose``, astronomy and the applied-math PDF.  Slice: ``--chapters N``
chapters spread evenly over the book (HTML chapter folders; the PDF's top-level
outline chapters), then at most ``--max-docs M`` sections of each; the slice is
printed with the table.  Every (book, extractor) pair runs in its own child
process (so peak memory is its own) through the real ``proda ingest`` pipeline
into a fresh embedded store: extraction, entity resolution, writing, and for
the new extractor the chains mined from the graph.

Figures per row: chunks; statements, chains per chunk (mined chains in
brackets); steps per chain; concepts with a definition; glossary recall over the
glossary entries of the sliced sections (a term counts when a concept with that
name or alias has a non-empty definition, :mod:`proda.ingest.recall`), and the
same from prose rules only (concepts a definition list did not give: for the
two ``corpus-prose`` copies both are prose); words/s of extraction alone and of
the whole ingest; peak resident memory (JVM of the embedded store included).

The old extractor is the regex ``proda/ingest/extract/offline.py`` of commit
0e7b409, loaded from git history into a temporary module so the baseline stays
runnable after its deletion.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OLD_COMMIT = "0e7b409"
BOOKS = {  # name: (folder under the corpora, corpus subfolder or file, glossary)
    "anatomy": ("anatomy", "corpus", True),
    "chemistry": ("chemistry", "corpus", True),
    "sociology-prose": ("sociology", "corpus-prose", True),
    "political-science-prose": ("political-science", "corpus-prose", True),
    "astronomy": ("astronomy", "corpus", False),
    "applied-math": ("applied-math", "derivations.pdf", False),
}
_MODULE = re.compile(r"^(m\d+)")


def _spread(items: list, n: int) -> list:
    """``n`` items spread evenly over the list (all of them when n <= 0)."""
    if n <= 0 or n >= len(items):
        return list(items)
    return [items[round(i * (len(items) - 1) / max(n - 1, 1))] for i in range(n)] if n > 1 else [items[len(items) // 2]]


def load_slice(corpora: Path, book: str, chapters: int, max_docs: int):
    """The parsed documents of one book's slice and a one-line description of it."""
    from proda.ingest.readers import iter_files, read_document
    from proda.models import ParsedDocument

    folder, sub, _ = BOOKS[book]
    path = corpora / folder / sub
    if path.is_file():  # the PDF: one document; slice its top-level chapters
        doc = read_document(path)
        heads = list(dict.fromkeys(b.heading_path[0] for b in doc.blocks if b.heading_path))
        keep = set(_spread(heads, chapters))
        blocks = [b for b in doc.blocks if b.heading_path and b.heading_path[0] in keep]
        if max_docs > 0:  # sections of the kept chapters
            secs = list(dict.fromkeys(tuple(b.heading_path[:2]) for b in blocks))
            allowed = set()
            for ch in sorted(keep, key=heads.index):
                allowed |= set([s for s in secs if s[0] == ch][:max_docs])
            blocks = [b for b in blocks if tuple(b.heading_path[:2]) in allowed]
        docs = [ParsedDocument(path=doc.path, title=doc.title, format=doc.format, sha256=doc.sha256 + f"-slice{chapters}-{max_docs}",
                               blocks=blocks)]
        return docs, f"{len(keep)} of {len(heads)} chapters ({', '.join(h[:30] for h in heads if h in keep)})"
    chapter_dirs = sorted(d for d in path.iterdir() if d.is_dir() and not d.name.startswith("00"))
    picked = _spread(chapter_dirs, chapters) if chapter_dirs else [path]
    files: list[Path] = []
    for d in picked:
        fs = list(iter_files([d]))
        files += fs[:max_docs] if max_docs > 0 else fs
    if not chapter_dirs and max_docs > 0:
        files = _spread(files, max_docs)
    where = ", ".join(d.name[:24] for d in picked) if chapter_dirs else "flat folder"
    return [read_document(f) for f in files], f"{len(files)} sections of {len(picked)} chapters ({where})"


def old_extractor():
    """The regex extractor of commit 0e7b409, from git history (it imports only proda.ids/models/base and stdlib)."""
    import importlib.util

    src = subprocess.run(["git", "show", f"{OLD_COMMIT}:proda/ingest/extract/offline.py"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    path = Path(tempfile.mkdtemp(prefix="proda-old-")) / "old_offline.py"
    path.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("proda_old_offline", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    ex = mod.OfflineExtractor()
    ex.name = "offline-old"
    return ex


class Timed:
    """Wraps an extractor and sums the seconds spent extracting (the rest of ingest is resolution and writing)."""

    def __init__(self, inner) -> None:
        self.inner, self.seconds = inner, 0.0
        self.name = getattr(inner, "name", "offline")
        self.failures = getattr(inner, "failures", [])
        if hasattr(inner, "extract_many"):
            self.extract_many = self._many

    def extract(self, chunk, domain):
        t = time.perf_counter()
        try:
            return self.inner.extract(chunk, domain)
        finally:
            self.seconds += time.perf_counter() - t

    def _many(self, chunks, domain, progress=None):
        t = time.perf_counter()
        try:
            return self.inner.extract_many(chunks, domain, progress=progress)
        finally:
            self.seconds += time.perf_counter() - t


def child(pickle_path: Path, extractor: str, book: str, corpora: Path) -> dict:
    """One ingest of one slice with one extractor into a fresh embedded store; the figures as a dict."""
    import proda.ingest.pipeline as pipeline
    from proda.config import DEFAULT_TOML, load_config
    from proda.graphdb.store import open_store
    from proda.ingest.recall import glossary_recall

    docs = pickle.loads(pickle_path.read_bytes())
    words = sum(len(d.text.split()) for d in docs)

    def read_all(paths, report, progress):  # the pre-read slice instead of the files
        report.files = len(docs)
        return docs

    pipeline.read_all = read_all
    project = Path(tempfile.mkdtemp(prefix="proda-bench-"))
    (project / "proda.toml").write_text(DEFAULT_TOML, encoding="utf-8")
    cfg = load_config(project)
    ex = Timed(old_extractor() if extractor == "old" else pipeline.make_extractor(cfg, "offline"))
    with open_store(cfg) as store:
        t0 = time.time()
        report = pipeline.ingest(store, cfg, [Path(book)], book, extractor=ex)
        wall = time.time() - t0
        counts = store.read("kb_counts")[0]
        kinds = {r["kind"]: (r["chains"], r["steps"]) for r in store.read("mine_chain_counts")}
        concepts = store.read("concepts_with_provenance")
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    fig = {"book": book, "extractor": extractor, "documents": len(docs), "words": words, "chunks": counts["chunks"],
           "statements": counts["statements"], "chains": counts["chains"], "steps": counts["steps"],
           "mined_chains": kinds.get("mined", (0, 0))[0], "chain_kinds": {k: v[0] for k, v in kinds.items()},
           "concepts": counts["concepts"], "defined_concepts": counts["defined_concepts"],
           "extract_s": round(ex.seconds, 1), "ingest_s": round(wall, 1),
           "extract_words_per_s": round(words / ex.seconds) if ex.seconds else 0,
           "ingest_words_per_s": round(words / wall) if wall else 0,
           "peak_rss_mb": round(self_mb + kids_mb), "rejected_quotes": report.rejected_quotes}
    folder, _, has_gloss = BOOKS[book]
    if has_gloss:
        modules = {m.group(1) for d in docs if (m := _MODULE.match(Path(d.path).name))}
        entries = [json.loads(x) for x in (corpora / folder / "glossary.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
        entries = [e for e in entries if e.get("module") in modules]
        g = Path(tempfile.mkdtemp()) / "glossary.jsonl"
        g.write_text("\n".join(json.dumps(e) for e in entries), encoding="utf-8")
        rec = glossary_recall(concepts, g) if entries else None
        if rec:
            fig.update({"glossary_terms": rec["terms"], "glossary_recall": rec["recall"],
                        "glossary_recall_prose": rec["sentence_only"]["recall"],
                        "glossary_missed": rec["sentence_only"]["missed_examples"][:8]})
    return fig


def table(figs: list[dict], slices: dict[str, str]) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title="proda ingest benchmark: old regex extractor vs new spaCy extractor (same run)")
    for c in ("book", "extractor", "chunks", "statements / chunk", "chains / chunk (mined)", "steps / chain",
              "defined concepts", "glossary recall (prose)", "words/s extract", "words/s ingest", "peak MB"):
        t.add_column(c, justify="left" if c in ("book", "extractor") else "right")
    for f in figs:
        n = f["chunks"] or 1
        rec = f"{f['glossary_recall']:.0%} ({f['glossary_recall_prose']:.0%}) of {f['glossary_terms']}" if "glossary_recall" in f else "—"
        t.add_row(f["book"], f["extractor"], str(f["chunks"]), f"{f['statements'] / n:.2f}",
                  f"{f['chains'] / n:.2f} ({f['mined_chains'] / n:.2f})",
                  f"{f['steps'] / f['chains']:.1f}" if f["chains"] else "—", str(f["defined_concepts"]), rec,
                  f"{f['extract_words_per_s']:,}", f"{f['ingest_words_per_s']:,}", f"{f['peak_rss_mb']:,}")
    Console(width=200).print(t)
    for b, s in slices.items():
        print(f"slice {b}: {s}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--books", default=",".join(BOOKS), help=f"comma-separated, of: {', '.join(BOOKS)}")
    ap.add_argument("--chapters", type=int, default=3, help="chapters per book, spread evenly (0: all)")
    ap.add_argument("--max-docs", type=int, default=3, help="sections per chapter (0: all)")
    ap.add_argument("--extractors", default="old,new")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--child", nargs=3, metavar=("PICKLE", "EXTRACTOR", "BOOK"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if args.child:
        fig = child(Path(args.child[0]), args.child[1], args.child[2], args.corpora)
        print("FIGURES " + json.dumps(fig))
        from proda.graphdb.embedded import exit_process, jvm_started

        if jvm_started():
            exit_process(0)
        return
    figs, slices = [], {}
    tmp = Path(tempfile.mkdtemp(prefix="proda-bench-slices-"))
    for book in [b.strip() for b in args.books.split(",") if b.strip()]:
        docs, slices[book] = load_slice(args.corpora, book, args.chapters, args.max_docs)
        pk = tmp / f"{book}.pickle"
        pk.write_bytes(pickle.dumps(docs))
        for ex in [e.strip() for e in args.extractors.split(",") if e.strip()]:
            p = subprocess.run([sys.executable, __file__, "--corpora", str(args.corpora), "--child", str(pk), ex, book],
                               capture_output=True, text=True)
            line = next((x for x in p.stdout.splitlines() if x.startswith("FIGURES ")), None)
            if line is None:
                tail = (p.stderr or p.stdout).strip().splitlines()[-1:] or ["no output"]
                print(f"{book} / {ex}: failed ({p.returncode}): {tail[0]}", file=sys.stderr)
                continue
            figs.append(json.loads(line[len("FIGURES "):]))
            f = figs[-1]
            print(f"{book} / {ex}: {f['chunks']} chunks, {f['statements']} statements, {f['chains']} chains "
                  f"({f['mined_chains']} mined), {f['ingest_s']} s", file=sys.stderr)
    table(figs, slices)
    if args.json:
        args.json.write_text(json.dumps({"slices": slices, "figures": figs}, indent=2))


if __name__ == "__main__":
    main()
