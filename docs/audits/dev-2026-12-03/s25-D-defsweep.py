"""Defs-only sweep: definitions_in of every sentence of each chunk (as offline.extract_parsed picks them),
before and after definition_runons.review, over the given chapters; writes a TSV of changed units."""
import sys, json
from pathlib import Path
root = Path(sys.argv[1]); sys.path.insert(0, str(root))
sys.path.insert(0, "/work/main/benchmarks")
import extract_dump as ed
from proda.ingest.readers import read_document
_orig = ed.documents
def documents(book, chapter):
    if book == "astronomy":
        return [read_document(ed.CORPORA / "astronomy" / "corpus" / f"{chapter}.md")]
    return _orig(book, chapter)
ed.documents = documents
from proda.ids import document_id
from proda.ingest.chunking import chunk_document
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import sentences, citation_like
from proda.ingest.extract.definitions import definitions_in
from proda.ingest.extract.definition_runons import review
nlp = load_nlp("en_core_web_sm")
cache = Path("/tmp/s25/parse-cache") / ed.pipeline_key(nlp, root)
out = open(sys.argv[3], "w"); alldefs = open(sys.argv[3] + ".all", "w")
tot = 0
for spec in open(sys.argv[2]).read().strip().split(","):
    book, _, ch = spec.partition(":")
    chunks = []
    for d in documents(book, ch):
        chunks += chunk_document(d, document_id(d.sha256))
    docs = ed.parse(nlp, [c.text for c in chunks], cache)
    n = 0
    for c, doc in zip(chunks, docs):
        sents = [x for x in sentences(doc, c) if not citation_like(x.text)]
        before = definitions_in(doc, sents)
        after = review(doc, sents, before)
        for st, fs in before.items():
            af = after.get(st, [])
            for f in fs:
                n += bool(f.definition)
                if f.definition: alldefs.write(f"{spec}\t{f.how}\t{f.name}\t{f.definition}\t{f.quote}\n")
                g = next((x for x in af if x.name == f.name and x.how == f.how), None)
                if g is None:
                    out.write(f"{spec}\tREMOVED\t{f.how}\t{f.name}\t{f.definition}\t\t{f.quote}\n")
                elif g.definition != f.definition:
                    out.write(f"{spec}\tCUT\t{f.how}\t{f.name}\t{f.definition}\t{g.definition}\t{f.quote}\n")
    out.flush(); tot += n
    print(spec, n, file=sys.stderr, flush=True)
print("total defs", tot, file=sys.stderr)
