"""Census of comparative sentences ('than') in development chapters; usage: census.py BASE.json OUT.json"""
import json, re, sys, os
sys.path.insert(0, '/work/main/benchmarks'); sys.path.insert(0, '/work/main')
os.environ.setdefault('OMP_NUM_THREADS', '1')
import extract_dump as ed
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import sentences, citation_like
from proda.ids import document_id
from proda.ingest.chunking import chunk_document
from pathlib import Path
base = json.load(open(sys.argv[1]))
nlp = load_nlp('en_core_web_sm')
cache = Path('/tmp/extract_dump_parses') / ed.pipeline_key(nlp, Path('/work/main'))
out = {}
def shape(s):
    than = [t for t in s if t.lower_ == 'than']
    if not than: return None
    t = than[0]
    if t.i > s.start and s.doc[t.i-1].lower_ in ('rather', 'other'): return 'rather/other than'
    # likely
    if any(w.lower_ in ('likely','unlikely') and any(c.lower_ in ('more','less') for c in w.children) for w in s): return 'more/less likely'
    h = t.head
    words = [w.lower_ for w in s]
    if any(w.lemma_ == 'have' and any(c.dep_=='dobj' and any(x.lower_ in ('more','fewer','less') for x in c.children) for c in w.children) for w in s): return 'have more/fewer N'
    if h.dep_ == 'acomp' or (h.tag_ == 'JJR' and h.head.lemma_ == 'be') or any(w.dep_=='acomp' and (w.tag_=='JJR' or any(c.lower_ in('more','less') for c in w.children)) for w in s): return 'copula ADJ-er/more ADJ'
    if h.lower_ in ('more','less','fewer') or any(w.lower_ in ('more','less','fewer') and w.head.pos_=='VERB' for w in s): return 'V more/less'
    if h.tag_ in ('JJR','RBR'): return 'other comparative'
    return 'other than'
for key, rows in base.items():
    book, _, ch = key.partition(':')
    chunks = []
    for doc in ed.documents(book, ch):
        chunks += chunk_document(doc, document_id(doc.sha256))
    byid = {r['chunk']: r for r in rows}
    docs = ed.parse(nlp, [c.text for c in chunks], cache)
    for c, d in zip(chunks, docs):
        r = byid[c.id]
        quotes = [s['source_quote'] for s in r['extraction']['statements']]
        for s in sentences(d, c):
            t = s.text
            if citation_like(t) or ' than ' not in ' '+t.lower()+' ': continue
            sh = shape(s)
            st = [x for x in r['extraction']['statements'] if t in x['source_quote'] or x['source_quote'] in t]
            e = out.setdefault(t, dict(chapter=key, shape=sh, stated=[]))
            e['stated'] += [[x['subject'], x['predicate_lemma'], x['object']] for x in st]
json.dump(out, open(sys.argv[2], 'w'), indent=0, ensure_ascii=False)
import collections
cnt = collections.Counter((v['chapter'].split(':')[0], v['shape'], bool(v['stated'])) for v in out.values())
for k in sorted(cnt, key=str): print(k, cnt[k])
