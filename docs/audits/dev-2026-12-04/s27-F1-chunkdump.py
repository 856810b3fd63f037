"""Reader + chunker output for every development chapter of the old books and the 8 dev chapters (/tmp/s26/devcorpora): python chunkdump.py ROOT OUT.json"""
import json, sys, os
from pathlib import Path
root, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)
sys.path.insert(0, "/work/main/benchmarks")
from held_out import held_out
import proda
assert Path(proda.__file__).resolve().parents[1] == Path(root).resolve(), proda.__file__
from proda.ingest.readers import iter_files, read_documents, ReadError
from proda.ingest.chunking import chunk_document
from proda.ids import document_id
C = Path("/work/shared/corpora")
HELD = {("anatomy", "28"), ("chemistry", "20"), ("sociology", "03"), ("political-science", "06")}
res = {}
for book, sub in [("anatomy", "corpus"), ("chemistry", "corpus"), ("sociology", "corpus"), ("sociology", "corpus-prose"),
                  ("political-science", "corpus"), ("political-science", "corpus-prose"), ("astronomy", "corpus")]:
    base = C / book / sub
    if book == "astronomy":
        units = [("all", [base])]
    else:
        units = [(d.name[:2], [d]) for d in sorted(base.iterdir()) if d.is_dir()]
    for ch, paths in units:
        if (book, ch) in HELD or (ch != "all" and held_out(book, ch)):
            continue
        for f in iter_files(paths):
            try:
                docs = read_documents(f)
            except ReadError as e:
                res[str(f)] = {"error": str(e)}; continue
            for d in docs:
                cs = chunk_document(d, document_id(d.sha256))
                res[d.path] = {"title": d.title, "blocks": [b.model_dump() for b in d.blocks],
                               "chunks": [c.model_dump() for c in cs]}
for d in sorted(Path("/tmp/s26/devcorpora").glob("*/corpus/*")):
    if not d.is_dir():
        continue
    for f in iter_files([d]):
        try:
            docs = read_documents(f)
        except ReadError as e:
            res[str(f)] = {"error": str(e)}; continue
        for dd in docs:
            cs = chunk_document(dd, document_id(dd.sha256))
            res[dd.path] = {"title": dd.title, "blocks": [b.model_dump() for b in dd.blocks], "chunks": [c.model_dump() for c in cs]}
if "--pdf" in sys.argv:
    for d in read_documents(C / "applied-math" / "derivations.pdf"):
        cs = chunk_document(d, document_id(d.sha256))
        res[d.path] = {"title": d.title, "blocks": [b.model_dump() for b in d.blocks], "chunks": [c.model_dump() for c in cs]}
Path(out).write_text(json.dumps(res, sort_keys=True, ensure_ascii=False))
print(len(res), "documents", sum(len(v.get("chunks", [])) for v in res.values()), "chunks", file=sys.stderr)
