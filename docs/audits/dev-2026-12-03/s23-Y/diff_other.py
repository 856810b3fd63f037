import json, sys
b=json.load(open(sys.argv[1])); a=json.load(open(sys.argv[2]))
for ch in a:
    for rb, ra in zip(b[ch], a[ch]):
        cb={c['name']:c for c in rb['extraction']['concepts']}; ca={c['name']:c for c in ra['extraction']['concepts']}
        for n in ca.keys()-cb.keys(): print('concept+', ch, n, ca[n]['how'])
        for n in cb.keys()-ca.keys(): print('concept-', ch, n, cb[n]['how'])
        for n in ca.keys()&cb.keys():
            if ca[n]!=cb[n]: print('concept~', ch, n)
        if ra['extraction']['chains']!=rb['extraction']['chains']: print('chains~', ch, ra['chunk'])
        kb={(s['subject'],s['predicate'],s['object'],s['source_quote']):s for s in rb['extraction']['statements']}
        for s in ra['extraction']['statements']:
            k=(s['subject'],s['predicate'],s['object'],s['source_quote'])
            if k in kb and kb[k]!=s: print('statement~', ch, k[:3], {f:(kb[k][f],s[f]) for f in s if s[f]!=kb[k][f]})
