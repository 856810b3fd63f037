"""Session 32 probe: statements whose subject is a definite "the N" with an indefinite "a/an ... N" in the two
sentences before (the textbook cue for an anaphoric definite); prints the count and 30 shuffled cases to read.
Run from the project root: python docs/audits/dev-2026-12-05/s32_anaphora_probe.py (reads /tmp/s32/e.json, an
extract_dump of the 92 development chapters)."""
import json, re, sys, random
sys.path.insert(0, 'benchmarks')
import os
os.environ.setdefault('PRODA_CORPORA', '/tmp/s30/corp')
import extract_dump as ed
from proda.ids import document_id
from proda.ingest.chunking import chunk_document
d = json.load(open('/tmp/s32/e.json'))
texts = {}
for key in d:
    book, ch = key.split(':')
    for doc in ed.documents(book, ch):
        for c in chunk_document(doc, document_id(doc.sha256)):
            texts[c.id] = c.text
hits = []
tot = 0
for key, rows in d.items():
    for r in rows:
        t = texts.get(r['chunk'], '')
        for s in r['extraction']['statements']:
            q = s['source_quote']; i = t.find(q)
            if i < 0: continue
            subj = s['subject']
            core = re.split(r' (?:in|of|at|for|during|within|under|by) ', subj)[0]
            if not re.search(r'\bthe ' + re.escape(core) + r'\b', q, re.I): continue
            tot += 1
            head = core.split()[-1]
            before = t[max(0, i - 500):i]
            sents = re.split(r'(?<=[.!?])\s+', before.strip())[-2:]
            prev = ' '.join(sents)
            m = re.search(r'\b(a|an)\s+(?:[\w-]+\s+){0,3}' + re.escape(head) + r'\b', prev, re.I)
            if m and core.lower() not in m.group(0).lower().split(' ', 1)[-1:][0]:
                hits.append((key, s['subject'], s['predicate'], s['object'], prev[-250:], q[:200], m.group(0)))
            elif m:
                hits.append((key, s['subject'], s['predicate'], s['object'], prev[-250:], q[:200], m.group(0)))
print('definite subjects', tot, 'with an indefinite mention of the head in the 2 sentences before', len(hits))
random.Random(3203).shuffle(hits)
json.dump(hits, open('/tmp/s32/anaph.json', 'w'), indent=1)
for h in hits[:30]:
    print(h[0], '|', h[1], '|', h[2], '|', h[3][:60]); print('   PREV:', h[4]); print('   Q:', h[5]); print('   M:', h[6])
