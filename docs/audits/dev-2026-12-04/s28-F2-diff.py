"""Every unit (statement, chain, concept, gate) that differs between before-*.json and after-*.json."""
import json, sys, csv
sets = ['default', 's26', 's26b', 's27', 'old', 'old2', 'old3']
rows = []
for f in sets:
    b = json.load(open(f'/tmp/s28/F2-out/before-{f}.json')); a = json.load(open(f'/tmp/s28/F2-out/after-{f}.json'))
    assert list(b) == list(a)
    for ch in b:
        assert len(b[ch]) == len(a[ch])
        for cb, ca in zip(b[ch], a[ch]):
            for key in ('statements', 'chains'):
                xb = {json.dumps(s, sort_keys=True) for s in cb['extraction'][key]}
                xa = {json.dumps(s, sort_keys=True) for s in ca['extraction'][key]}
                for s in xb - xa: rows.append((f, ch, 'removed', key, s[:400]))
                for s in xa - xb: rows.append((f, ch, 'added', key, s[:400]))
            if cb['gates'] != ca['gates']: rows.append((f, ch, 'changed', 'gates', str(cb.get('chunk'))[:80]))
            kb = {(c['name'], c['how'], c['definition']) for c in cb['extraction']['concepts']}
            ka = {(c['name'], c['how'], c['definition']) for c in ca['extraction']['concepts']}
            for c in kb - ka: rows.append((f, ch, 'removed', 'concept', ' | '.join(c)))
            for c in ka - kb: rows.append((f, ch, 'added', 'concept', ' | '.join(c)))
for r in rows: print(*r, sep='\t')
print(len(rows), 'changed units')
