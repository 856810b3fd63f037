import json, random
B = json.load(open('/tmp/s23/Y/poolB.json')); C = json.load(open('/tmp/s23/Y/poolC.json'))
def ok(t, r): return r['n_words'] >= 6 and not t.rstrip().endswith('?')
pb = sorted(t for t, r in B.items() if ok(t, r)); pc = sorted(t for t, r in C.items() if ok(t, r))
print('pools (>=6 words, no question):', len(pb), len(pc), 'of', len(B), len(C))
rng = random.Random(2301)
out = []
for i, t in enumerate(rng.sample(pb, 60)): out.append(('B', i, t, B[t]))
for i, t in enumerate(rng.sample(pc, 20)): out.append(('C', i, t, C[t]))
json.dump(out, open('/tmp/s23/Y/draw.json', 'w'), indent=1, ensure_ascii=False)
for k, i, t, r in out:
    print(f"{k}{i:02d} [{r['chapter']}] {t}")
    if r['raw']: print('      raw:', r['raw'])
    if r['gates']: print('      gates:', [g[:4] for g in r['gates']])
