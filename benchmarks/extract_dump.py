"""Dump what the offline extractor makes of a few chapters, to prove that a refactor changes nothing.

Why: a tidy-up of the extractor (a twin unified, a module split) must leave its output as it was, and the tests see
only their own sentences.  This writes, per chunk of each chapter, the extraction (statements, concepts with their
definitions, chains with their steps) and the gate of :mod:`proda.ingest.extract.gates` every sentence frame met,
as one JSON file with sorted keys: run it before and after the change and ``cmp`` the two files.  Any difference
is a behaviour change, to be measured and tested as one.

How: as ``proda ingest`` reads a chapter -- the reader, ``chunk_document`` with the ingest defaults, each
document's text as the context a term recurs in, ``offline.window`` into the next chunk -- then
``offline.extract_parsed`` with a gate report.  No store is opened.  Parses are cached per chunk text under
``--cache`` (whole, with their tensors, so a cached run gives the same output as a fresh one), in a folder per
pipeline (:func:`pipeline_key`), so a change to the pipeline shows too; the reader and chunker run every time.  ``--root`` imports ``proda`` from another tree, e.g. a
``git archive HEAD proda | tar -x -C /tmp/before`` of the commit before the change:

    python benchmarks/extract_dump.py /tmp/after.json
    python benchmarks/extract_dump.py /tmp/before.json --root /tmp/before && cmp /tmp/before.json /tmp/after.json

A chapter is ``book:NN`` (the ``NN-*`` folder of ``corpus/``; ``corpus-prose/`` for sociology and political
science) or, for the PDF book, ``applied-math:A-B``: its outline chapters A to B, front matter not counted.
The latest blind round's chapters (``benchmarks/held_out.py``) are refused unless ``--allow-held-out``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("PRODA_CORPORA", ROOT.parent / "shared" / "corpora"))
SUB = {"sociology": "corpus-prose", "political-science": "corpus-prose"}  # the copies without glossary lists
PDFS = {"applied-math": "derivations.pdf"}
PIPELINE_DATA = ("patterns/tokens.toml",)  # data files the pipeline reads (tech_tokens.py: the tokenizer's shapes)
DEFAULT = "anatomy:17,chemistry:13,sociology:05,political-science:03,applied-math:1-2"


def documents(book: str, chapter: str) -> list:
    """The parsed documents of one chapter, as ``proda ingest`` reads them."""
    from proda.ingest.readers import ReadError, iter_files, read_document, read_documents

    if book in PDFS:
        a, _, b = chapter.partition("-")
        docs = [d for d in read_documents(CORPORA / book / PDFS[book]) if not d.path.endswith("#front-matter")]
        return docs[int(a) - 1:int(b or a)]
    dirs = sorted((CORPORA / book / SUB.get(book, "corpus")).glob(f"{chapter}-*"))
    if not dirs:
        raise SystemExit(f"no chapter {book}:{chapter} under {CORPORA / book}")
    out = []
    for f in iter_files([dirs[0]]):
        try:
            out.append(read_document(f))
        except ReadError as e:  # as ``proda ingest`` does: the file is reported and the chapter read on
            print(f"extract_dump: skipped {e}", file=sys.stderr)
    return out



def pipeline_sources(start: Path, root: Path) -> list[Path]:
    """``start`` and every module of ``root``'s ``proda`` package it imports, directly or through another, sorted.
    Why: the parse depends on whatever ``load_nlp`` runs; reading the imports keeps the cache key whole as modules
    are added, where a list by hand would not."""
    import ast

    seen: set[Path] = set()
    todo = [start]
    while todo:
        f = todo.pop()
        if f in seen or not f.exists():
            continue
        seen.add(f)
        pkg = f.parent
        for node in ast.walk(ast.parse(f.read_text())):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = pkg
                    for _ in range(node.level - 1):
                        base = base.parent
                    mod = base.joinpath(*(node.module or "").split(".")) if node.module else base
                elif node.module and node.module.split(".")[0] == "proda":
                    mod = root.joinpath(*node.module.split("."))
                else:
                    continue
                names = [mod / a.name for a in node.names] + [mod]
            elif isinstance(node, ast.Import):
                names = [root.joinpath(*a.name.split(".")) for a in node.names if a.name.split(".")[0] == "proda"]
            else:
                continue
            for m in names:
                todo += [m.with_suffix(".py"), m / "__init__.py"]
    return sorted(seen)

def pipeline_key(nlp, root: Path) -> str:
    """A name for the parses of this pipeline: the model's name and version, spaCy's version, the pipe names and the
    source of ``root``'s ``proda/ingest/extract/nlp.py`` and of every proda module it imports, directly or not
    (:func:`pipeline_sources`: ``nlp.py`` adds its own components, ``tech_tokens.py`` changes the tokenizer), and
    the data files in :data:`PIPELINE_DATA`.
    Why: a cached parse skips the pipeline, so a before/after pair sharing one cache folder would hide a change to
    the pipeline (review R1, session 17) -- the very thing the dump is run to catch; keyed on ``nlp.py`` alone, an
    edit to the tokenizer's rules would have been hidden (s27-W), and a hand-written list of modules goes stale with
    the next import (s27 review)."""
    import spacy

    base = root / "proda" / "ingest" / "extract"
    files = pipeline_sources(base / "nlp.py", root) + [base / rel for rel in PIPELINE_DATA]
    parts = [nlp.meta.get("name", ""), nlp.meta.get("version", ""), spacy.__version__, *nlp.pipe_names]
    parts += [hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else "" for f in files]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def parse(nlp, texts: list[str], cache: Path | None) -> list:
    """spaCy parses of ``texts``, from ``cache`` where a text was parsed before (``Doc.to_bytes`` keeps tensors)."""
    from spacy.tokens import Doc

    def path(t: str) -> Path | None:
        return cache / (hashlib.sha256(t.encode()).hexdigest()[:24] + ".doc") if cache else None

    out = [Doc(nlp.vocab).from_bytes(path(t).read_bytes()) if cache and path(t).exists() else None for t in texts]
    todo = [i for i, d in enumerate(out) if d is None]
    for i, d in zip(todo, nlp.pipe([texts[i] for i in todo], batch_size=16)):
        if cache:
            cache.mkdir(parents=True, exist_ok=True)
            path(texts[i]).write_bytes(d.to_bytes())
        out[i] = d
    return out


def dump_chapter(nlp, book: str, chapter: str, cache: Path | None) -> list[dict]:
    """Per chunk: its id, heading path, extraction and the gate each frame met ([gate, subject, predicate, object,
    rule, sentence])."""
    from proda.ids import document_id
    from proda.ingest.chunking import chunk_document
    from proda.ingest.extract.offline import _contexts, extract_parsed, window
    from proda.ingest.extract.terms import heading_text

    chunks = []
    for doc in documents(book, chapter):
        chunks += chunk_document(doc, document_id(doc.sha256))
    ctx = _contexts(chunks)
    docs = parse(nlp, [c.text for c in chunks], cache)
    heads = parse(nlp, [heading_text(c.heading_path[-1]) if c.heading_path else "" for c in chunks], cache)
    rows = []
    for i, (c, d, h) in enumerate(zip(chunks, docs, heads)):
        w = window(nlp, c, d, chunks[i + 1], docs[i + 1]) if i + 1 < len(chunks) else None
        gates: list[list] = []

        def report(gate, fr, sent, gates=gates):
            gates.append([gate, fr.subject, fr.predicate, fr.object, fr.rule, sent.text if sent is not None else ""])

        ex = extract_parsed(c, d, h, ctx.get(c.doc_id, ""), w, report)
        rows.append({"chunk": c.id, "heading": c.heading_path, "extraction": ex.model_dump(), "gates": gates})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="JSON file to write")
    ap.add_argument("--chapters", default=DEFAULT, help=f"book:chapter,... (default {DEFAULT})")
    ap.add_argument("--cache", default="/tmp/extract_dump_parses", help="parse cache folder ('' for none)")
    ap.add_argument("--root", type=Path, default=ROOT, help="the tree whose proda/ is run (default: this one)")
    ap.add_argument("--model", default="en_core_web_sm")
    ap.add_argument("--allow-held-out", action="store_true", help="read the latest blind round's chapters too")
    a = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from held_out import held_out

    specs = [s.strip().partition(":")[::2] for s in a.chapters.split(",")]
    if (bad := [f"{b}:{c}" for b, c in specs if held_out(b, c)]) and not a.allow_held_out:
        raise SystemExit(f"refused: held-out audit chapters {', '.join(bad)} (pass --allow-held-out to read them)")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sys.path.insert(0, str(a.root.resolve()))
    import proda
    from proda.ingest.extract.nlp import load_nlp

    if Path(proda.__file__).resolve().parents[1] != a.root.resolve():
        raise SystemExit(f"proda was imported from {proda.__file__}, not from {a.root}")
    nlp = load_nlp(a.model)
    cache = Path(a.cache) / pipeline_key(nlp, a.root.resolve()) if a.cache else None
    result = {}
    for spec in a.chapters.split(","):
        book, _, chapter = spec.strip().partition(":")
        rows = dump_chapter(nlp, book, chapter, cache)
        result[f"{book}:{chapter}"] = rows
        print(f"{book}:{chapter}: {len(rows)} chunks, "
              f"{sum(len(r['extraction']['statements']) for r in rows)} statements, "
              f"{sum(len(r['extraction']['concepts']) for r in rows)} concepts, "
              f"{sum(len(r['extraction']['chains']) for r in rows)} chains", file=sys.stderr)
    a.out.write_text(json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False))


if __name__ == "__main__":
    main()
