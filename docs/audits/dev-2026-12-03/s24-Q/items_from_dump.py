"""Training items a chapter's KB (the after dump's statements) gives from its comparison statements (lemma ending
'_than'), with the tree's generators.  usage: items_from_dump.py TREE AFTER.json OUT.txt [chapters...]"""
import json, sys, os
tree = sys.argv[1]; sys.path.insert(0, tree); sys.path.insert(0, '/work/main/benchmarks')
os.environ.setdefault('OMP_NUM_THREADS', '1')
import extract_dump as ed
from proda.ids import concept_id, statement_id, document_id
from proda.ingest.chunking import chunk_document
from proda.train import synth
d = json.load(open(sys.argv[2])); out = open(sys.argv[3], 'w')
want = sys.argv[4:] or list(d)
for ch in want:
    rows = d[ch]
    if not any(s['predicate_lemma'].endswith('_than') for r in rows for s in r['extraction']['statements']):
        continue
    book, _, n = ch.partition(':')
    chunks = {}
    for doc in ed.documents(book, n):
        for c in chunk_document(doc, document_id(doc.sha256)):
            chunks[c.id] = c.text
    st = []
    for r in rows:
        for s in r['extraction']['statements']:
            st.append(dict(id=statement_id(concept_id(s['subject']), s['predicate'], concept_id(s['object'])),
                           subject=s['subject'], predicate=s['predicate'], object=s['object'], quote=s['source_quote'],
                           subject_id=concept_id(s['subject']), object_id=concept_id(s['object']), chains=[],
                           chunk=r['chunk'], document=f'corpus/{n}-x/a.html', polarity=s['polarity'],
                           negated=s['negated'], predicate_lemma=s['predicate_lemma'], family=s.get('family') or None))
    concepts = [dict(id=concept_id(c['name']), name=c['name'], definition=c.get('definition') or '', type=c.get('type') or 'term')
                for r in rows for c in r['extraction']['concepts']]
    kb = synth.KB(st, concepts, [], chunks)
    comp = {s['id'] for s in st if s['predicate_lemma'].endswith('_than')}
    items, rep = synth.generate(kb, per_statement=3, seed=0)
    for it in items:
        if comp & set(it.statement_ids):
            print(ch, '|', it.type, it.subtype, '|', it.prompt.replace('\n', ' '), '|', it.answer.replace('\n', ' ')[:300], file=out)
    out.flush()
