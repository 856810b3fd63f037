"""Pool of sentences that give no statement at HEAD (base dumps), with their raw frames and gates.
usage: pool.py BASE.json OUT.json book[,book]"""
import json, re, sys, os
sys.path.insert(0, '/work/main/benchmarks'); sys.path.insert(0, '/work/main')
os.environ.setdefault('OMP_NUM_THREADS', '1')
import extract_dump as ed
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import sentences, citation_like
from proda.ingest.extract.claims import raw_frames
from proda.ids import document_id
from proda.ingest.chunking import chunk_document
from pathlib import Path

base = json.load(open(sys.argv[1])); books = sys.argv[3].split(',')
nlp = load_nlp('en_core_web_sm')
cache = Path('/tmp/extract_dump_parses') / ed.pipeline_key(nlp, Path('/work/main'))
pool = {}; stated = set(); nsent = 0
for key, rows in base.items():
    book, _, ch = key.partition(':')
    if book not in books: continue
    chunks = []
    for doc in ed.documents(book, ch):
        chunks += chunk_document(doc, document_id(doc.sha256))
    byid = {r['chunk']: r for r in rows}
    docs = ed.parse(nlp, [c.text for c in chunks], cache)
    for c, d in zip(chunks, docs):
        r = byid[c.id]
        quotes = [s['source_quote'] for s in r['extraction']['statements']]
        gates = {}
        for g in r['gates']:
            gates.setdefault(g[5], []).append(g[:5])
        for s in sentences(d, c):
            t = s.text
            if citation_like(t): continue
            if any(t in q or q in t for q in quotes):
                stated.add(t); continue
            if t in pool: continue
            alpha = [w for w in t.split() if re.search('[A-Za-z]', w)]
            pool[t] = dict(chapter=key, chunk=c.id, heading=c.heading_path, n_words=len(alpha),
                           raw=[[f.subject, f.predicate, f.object, f.rule] for f in raw_frames(s)], gates=gates.get(t, []))
for t in stated: pool.pop(t, None)
json.dump(pool, open(sys.argv[2], 'w'), indent=0, ensure_ascii=False)
print(len(pool), 'pool sentences;', len(stated), 'with a statement', file=sys.stderr)
