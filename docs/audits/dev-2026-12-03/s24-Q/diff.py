"""Units per chunk, base vs after: statements added/removed (key: subject, predicate, lemma, object, polarity,
negated, family, quote), concepts and chains changed.  usage: diff.py BASE AFTER OUT.json"""
import json, sys
b, a = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
F = ('subject', 'predicate', 'predicate_lemma', 'object', 'polarity', 'negated', 'family', 'source_quote')
out = dict(added=[], removed=[], concepts=[], chains=[])
for ch in a:
    bb = {r['chunk']: r for r in b[ch]}
    for r in a[ch]:
        o = bb[r['chunk']]
        key = lambda s: tuple(s.get(k) for k in F)
        sa = {key(s) for s in r['extraction']['statements']}
        so = {key(s) for s in o['extraction']['statements']}
        out['added'] += [[ch, r['chunk']] + list(s) for s in sorted(sa - so, key=str)]
        out['removed'] += [[ch, r['chunk']] + list(s) for s in sorted(so - sa, key=str)]
        ca = json.dumps(r['extraction']['concepts'], sort_keys=True); co = json.dumps(o['extraction']['concepts'], sort_keys=True)
        if ca != co: out['concepts'].append([ch, r['chunk']])
        if json.dumps(r['extraction']['chains'], sort_keys=True) != json.dumps(o['extraction']['chains'], sort_keys=True):
            out['chains'].append([ch, r['chunk']])
json.dump(out, open(sys.argv[3], 'w'), indent=1, ensure_ascii=False)
for k, v in out.items(): print(k, len(v))
