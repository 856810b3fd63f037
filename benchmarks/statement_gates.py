"""Which gate of the offline extractor drops each sentence frame, per book (issue 11: statement recall on prose).

Why: social-science prose gives 0.4-0.7 statements per chunk against 1.3-1.8 in anatomy; before relaxing any
gate we need to know which gates drop the frames :func:`proda.ingest.extract.claims.sentence_frames` produces.
This chunks development chapters as ``proda ingest`` does, runs the real :func:`offline.extract_parsed` with its
``report`` hook (:mod:`proda.ingest.extract.gates`: one call per frame with the gate that dropped it, or
``kept``), and prints per book: chunks, readable sentences, raw frames (:func:`frames.frames` before the
sentence-level checks of :mod:`claims`), frames (after them: what the gates see), statements per chunk (chain
statements included; chains read without the next chunk's window) and the drops per gate.  Every dropped or kept
frame is written with its sentence to a JSONL to read by hand.

    python benchmarks/statement_gates.py [--books=sociology,politics] [--out=/tmp/gates.jsonl] [--limit=N]
    python benchmarks/statement_gates.py --baseline=first_name_only  # before/after a helper of gates, same process
    python benchmarks/statement_gates.py --set=check ...         # the check (or fresh) chapters instead

Default chapters are development chapters only (never the held-out audit chapters).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
BOOKS = {  # name: (corpus folder, development chapters)
    "sociology": ("sociology/corpus-prose", ["05", "14", "20"]),
    "politics": ("political-science/corpus-prose", ["05", "11", "14"]),
    "chemistry": ("chemistry/corpus", ["07", "13", "20"]),
    "anatomy": ("anatomy/corpus", ["20", "22"]),
}
# other development chapters, to judge a change's new statements on chapters its rule was not read on
# (``--set=check``, ``--set=fresh``: one set to refine a rule on, one to judge it on)
SETS = {"check": {"sociology": ["03", "09", "11"], "politics": ["02", "07", "12"], "chemistry": ["09", "14"],
                  "anatomy": ["17", "23"]},
        "fresh": {"sociology": ["07", "12", "19"], "politics": ["09", "10", "13"], "chemistry": ["10", "16"],
                  "anatomy": ["14", "25"]}}


def book_chunks(book: str, limit: int = 0, chapter_set: str = "dev") -> list:
    """The chunks of a book's development chapters, cut as ``proda ingest`` cuts them."""
    from proda.config import Config
    from proda.ids import document_id
    from proda.ingest.chunking import chunk_document
    from proda.ingest.readers import read_document

    folder, chapters = BOOKS[book]
    chapters = SETS[chapter_set][book] if chapter_set in SETS else chapters
    ic = Config().ingest
    chunks = []
    for ch in chapters:
        d = next(p for p in sorted((CORPORA / folder).iterdir()) if p.name.startswith(ch + "-"))
        for f in sorted(d.glob("*.html")):
            pd = read_document(f)
            chunks += chunk_document(pd, document_id(pd.sha256), ic.chunk_size, ic.chunk_overlap, ic.min_chunk)
    return chunks[:limit] if limit else chunks


def _switched_off(names: list[str]):
    """The gate helpers of :mod:`gates` named in ``names`` answer False while the block runs (the baseline)."""
    import contextlib

    from proda.ingest.extract import gates

    @contextlib.contextmanager
    def block():
        saved = {n: getattr(gates, n) for n in names}
        for n in names:
            setattr(gates, n, lambda *a, **k: False)
        try:
            yield
        finally:
            for n, fn in saved.items():
                setattr(gates, n, fn)

    return block()


def run_book(book: str, out, limit: int = 0, baseline: list[str] = (), new_out=None, chapter_set: str = "dev") -> dict:
    """Gate counts of one book; each frame written to ``out`` as a JSON line.  With ``baseline`` (helpers of
    :mod:`gates` to switch off) each chunk is also extracted without them, in the same process on the same parse
    (other engineers change the tree meanwhile: only an in-process comparison is a before/after), and each
    statement only the current code keeps is written to ``new_out``."""
    from proda.ingest.extract.claims import raw_frames  # (before the checks of claims: what the gates may pass)
    from proda.ingest.extract.nlp import load_nlp
    from proda.ingest.extract.offline import _contexts, citation_like, extract_parsed, sentences

    nlp = load_nlp()
    chunks = book_chunks(book, limit, chapter_set)
    ctx = _contexts(chunks)
    gates: Counter = Counter()
    n_st = n_sent = n_raw = n_base = 0
    docs = list(nlp.pipe([c.text for c in chunks], batch_size=16))
    heads = list(nlp.pipe([c.heading_path[-1] if c.heading_path else "" for c in chunks], batch_size=64))
    for c, doc, h in zip(chunks, docs, heads):
        def report(gate, fr, sent, c=c):
            gates[gate] += 1
            out.write(json.dumps({"book": book, "chunk": c.id, "gate": gate, "subject": fr.subject,
                                  "predicate": fr.predicate, "object": fr.object,
                                  "subject_term": fr.subject_term, "object_term": fr.object_term,
                                  "rule": fr.rule, "sentence": sent.text if sent is not None else
                                  getattr(fr, "source_quote", "")}) + "\n")

        now = extract_parsed(c, doc, h, ctx.get(c.doc_id, ""), None, report).statements
        n_st += len(now)
        if baseline:
            with _switched_off(baseline):
                before = extract_parsed(c, doc, h, ctx.get(c.doc_id, "")).statements
            n_base += len(before)
            had = {(s.subject, s.predicate, s.object) for s in before}
            for s in now:
                if (s.subject, s.predicate, s.object) not in had and new_out is not None:
                    new_out.write(json.dumps({"book": book, "chunk": c.id, "subject": s.subject,
                                              "predicate": s.predicate,
                                              "object": s.object, "rule": s.rule, "sentence": s.source_quote}) + "\n")
        sents = [x for x in sentences(doc, c) if not citation_like(x.text)]
        n_sent += len(sents)
        n_raw += sum(len(raw_frames(x)) for x in sents)
    frames = sum(v for k, v in gates.items() if k != "final_termlike")
    row = {"book": book, "chunks": len(chunks), "sentences": n_sent, "raw_frames": n_raw, "frames": frames,
           "statements": n_st, "gates": dict(gates)}
    if baseline:
        row["baseline_statements"] = n_base
    return row


def table(rows: list[dict]) -> None:
    names = sorted({g for r in rows for g in r["gates"]}, key=lambda g: (not g.endswith("kept"), g))
    base = any("baseline_statements" in r for r in rows)
    print("| book | chunks | sentences | raw frames | frames | " + ("baseline statements (/chunk) | " if base else "")
          + "statements (/chunk) | " + " | ".join(names) + " |")
    print("|---" * (6 + base + len(names)) + "|")
    for r in rows:
        n = r["chunks"] or 1
        cells = [str(r["gates"].get(g, 0)) for g in names]
        b = f"{r['baseline_statements']} ({r['baseline_statements'] / n:.2f}) | " if base else ""
        print(f"| {r['book']} | {r['chunks']} | {r['sentences']} | {r['raw_frames']} | {r['frames']} | {b}"
              f"{r['statements']} ({r['statements'] / n:.2f}) | "
              + " | ".join(cells) + " |")


def main(argv: list[str]) -> None:
    opt = dict(a[2:].split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    books = opt.get("books", ",".join(BOOKS)).split(",")
    out_path = Path(opt.get("out", "/tmp/statement_gates.jsonl"))
    baseline = [n for n in opt.get("baseline", "").split(",") if n]
    new_path = out_path.with_name(out_path.stem + "-new.jsonl")
    rows = []
    with out_path.open("w", encoding="utf-8") as out, new_path.open("w", encoding="utf-8") as new_out:
        for b in books:
            rows.append(run_book(b, out, int(opt.get("limit", 0)), baseline, new_out, opt.get("set", "dev")))
            print(json.dumps(rows[-1]), flush=True)
    table(rows)
    print(f"frames with their sentences: {out_path}" + (f"; statements only the current code keeps: {new_path}"
                                                         if baseline else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
