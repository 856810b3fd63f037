"""Chain recall, a reading aid: for each process of the hand-made gold list, the chains the offline extractor finds
whose steps overlap the gold sentences, with their steps; and chains per chunk per chapter.

    python benchmarks/chain_recall.py                         # every gold chapter
    python benchmarks/chain_recall.py --ids soc1,pol4,chem3   # only these gold rows (their chapters)
    python benchmarks/chain_recall.py --chapters sociology:05 --all --jsonl /tmp/x.jsonl   # any development chapter

Why a reading aid and not a score: whether a chain holds a process whole, in part or not at all is a judgment (the
steps are cut differently from the gold wording), so a person marks whole / partial / no; the word overlap only
picks which chains to show.  ``--jsonl`` writes every chain of the chapters, so two runs (before / after a change)
can be diffed and the new chains read for precision.

How chains are found: as ``proda ingest`` does with the offline extractor -- the reader, ``chunk_document`` with the
ingest defaults, one spaCy parse per chunk, ``offline.window`` (a chain may run on into the next chunk) and
``find_chains``.  Parses are cached per chapter under ``--cache`` (the parse does not depend on the chain rules).
Gold: docs/audits/dev-2026-11-30/chain-gold.csv (book, chapter, section, process, steps_in_order, sentences).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPORA = Path(os.environ.get("PRODA_CORPORA", ROOT.parent / "shared" / "corpora"))
GOLD = ROOT / "docs" / "audits" / "dev-2026-11-30" / "chain-gold.csv"
SUB = {"sociology": "corpus-prose", "political-science": "corpus-prose"}  # the copies without glossary lists
_STOP = set("the a an and or of to in on at by for with from as is are was were be been that this these those it its "
            "their they which who will can may then into than also each other such not but has have had".split())


def chapter_files(book: str, chapter: str) -> list[Path]:
    """The section files of one chapter ("07" -> corpus/07-*/ files; astronomy: the article "precession.md")."""
    base = CORPORA / book / SUB.get(book, "corpus")
    if book == "astronomy":
        return [base / f"{chapter}.md"]
    dirs = sorted(base.glob(f"{chapter}-*"))
    if not dirs:
        raise SystemExit(f"no chapter {book}:{chapter} under {base}")
    from proda.ingest.readers import iter_files

    return list(iter_files([dirs[0]]))


def chapter_chains(book: str, chapter: str, nlp, cache: Path | None) -> tuple[int, list[dict]]:
    """(chunks, chains as dicts) of one chapter, read the way ``proda ingest`` reads it."""
    from spacy.tokens import DocBin

    from proda.ingest.chunking import chunk_document
    from proda.ingest.extract.chains import find_chains
    from proda.ingest.extract.offline import window
    from proda.ingest.readers import read_document

    chunks = []
    for f in chapter_files(book, chapter):
        chunks += chunk_document(read_document(f), str(f))
    path = cache / f"{book}-{chapter}.spacy" if cache else None
    if path and path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if len(docs) != len(chunks) or any(d.text != c.text for d, c in zip(docs, chunks)):
            docs = None  # the reader or chunker changed: parse again
        else:  # DocBin keeps no tensor; ``Doc.from_docs`` in ``window`` needs one as wide as the seam's
            import numpy

            width = nlp("x").tensor.shape[1]
            for d in docs:
                d.tensor = numpy.zeros((len(d), width), dtype="float32")
    else:
        docs = None
    if docs is None:
        docs = list(nlp.pipe([c.text for c in chunks], batch_size=16))
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = DocBin(store_user_data=True)
            for d in docs:
                db.add(d)
            db.to_disk(path)
    out = []
    for i, (c, d) in enumerate(zip(chunks, docs)):
        w = window(nlp, c, d, chunks[i + 1], docs[i + 1]) if i + 1 < len(chunks) else None
        chains, _ = find_chains(w[0], c, w[1]) if w else find_chains(d, c)
        for ch in chains:
            out.append({"book": book, "chapter": chapter, "doc": Path(c.doc_id).name, "chunk": i, "name": ch.name,
                        "kind": ch.kind, "steps": list(ch.steps)})
    return len(chunks), out


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2}


def overlap(gold: str, chain: dict) -> float:
    """Share of the gold sentences' content words that the chain's steps hold (the "..." elisions count for nothing)."""
    g = _words(gold.replace("...", " "))
    return len(g & _words(" ".join(chain["steps"]))) / len(g) if g else 0.0


# the latest blind round's chapters (benchmarks/held_out.py reads its chapters.txt) are refused unless
# --allow-held-out is given (review R16): a reading aid must not open the chapters the independent audit is kept for
sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_out import held_out  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--ids", default="", help="comma-separated gold ids (default: all)")
    ap.add_argument("--chapters", default="", help="book:chapter,... to read instead of the gold rows' chapters")
    ap.add_argument("--min", type=float, default=0.25, help="least overlap for a chain to be shown for a gold row")
    ap.add_argument("--all", action="store_true", help="print every chain of the chapters too")
    ap.add_argument("--jsonl", default="", help="write every chain here (one per line)")
    ap.add_argument("--cache", default="/tmp/chain_recall_parses", help="parse cache folder ('' for none)")
    ap.add_argument("--model", default="en_core_web_sm")
    ap.add_argument("--allow-held-out", action="store_true", help="read held-out audit chapters too (refused otherwise)")
    a = ap.parse_args()

    with open(a.gold, newline="") as fh:
        gold = [r for r in csv.DictReader(fh)]
    if a.ids:
        keep = set(a.ids.split(","))
        gold = [r for r in gold if r["id"] in keep]
    if a.chapters:
        chapters = [tuple(x.split(":", 1)) for x in a.chapters.split(",")]
        gold = [r for r in gold if (r["book"], r["chapter"]) in set(chapters)]
    else:
        chapters = list(dict.fromkeys((r["book"], r["chapter"]) for r in gold))
    if (bad := [f"{b}:{c}" for b, c in chapters if held_out(b, c)]) and not a.allow_held_out:
        raise SystemExit(f"refused: held-out audit chapters {', '.join(bad)} (pass --allow-held-out to read them)")

    from proda.ingest.extract.nlp import load_nlp

    nlp = load_nlp(a.model)
    cache = Path(a.cache) if a.cache else None
    chains: dict[tuple[str, str], list[dict]] = {}
    counts: dict[tuple[str, str], int] = {}
    for key in chapters:
        counts[key], chains[key] = chapter_chains(*key, nlp, cache)
    if a.jsonl:
        with open(a.jsonl, "w") as fh:
            for key in chapters:
                for ch in chains[key]:
                    fh.write(json.dumps(ch, ensure_ascii=False) + "\n")

    for r in gold:
        cands = sorted(((overlap(r["sentences"], ch), ch) for ch in chains[(r["book"], r["chapter"])]),
                       key=lambda x: -x[0])
        shown = [(s, ch) for s, ch in cands if s >= a.min]
        print(f"== {r['id']} [{r['book']} {r['chapter']}] {r['process']}  (gold file: {r.get('found_after', '')})")
        print(f"   gold: {r['steps_in_order']}")
        if not shown:
            best = f"{cands[0][0]:.2f}" if cands else "-"
            print(f"   -- no chain overlaps >= {a.min} (best {best})")
        for s, ch in shown:
            print(f"   [{s:.2f}] {ch['kind']}: {ch['name']}  ({ch['doc']} chunk {ch['chunk']})")
            for n, st in enumerate(ch["steps"], 1):
                print(f"        {n}. {st}")
    if a.all:
        for key in chapters:
            print(f"\n## all chains {key[0]} {key[1]}")
            for ch in chains[key]:
                print(f"   {ch['kind']}: {ch['name']}  ({ch['doc']} chunk {ch['chunk']})")
                for n, st in enumerate(ch["steps"], 1):
                    print(f"        {n}. {st}")
    print("\nchains per chunk:")
    tot = defaultdict(lambda: [0, 0])
    for key in chapters:
        n, c = counts[key], len(chains[key])
        tot[key[0]][0] += n
        tot[key[0]][1] += c
        print(f"   {key[0]:18s} {key[1]:12s} chunks {n:4d}  chains {c:3d}  per chunk {c / max(n, 1):.3f}")
    for book, (n, c) in tot.items():
        print(f"   {book:18s} {'(all)':12s} chunks {n:4d}  chains {c:3d}  per chunk {c / max(n, 1):.3f}")


if __name__ == "__main__":
    main()
