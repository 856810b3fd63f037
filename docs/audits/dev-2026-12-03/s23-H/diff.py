"""Units (subject, predicate, object, quote) per chunk, before vs after: added, removed, and changed fields."""
import json, sys
b = json.load(open(sys.argv[1])); a = json.load(open(sys.argv[2]))
added, removed, changed = [], [], []
for ch in a:
    for rb, ra in zip(b[ch], a[ch]):
        key = lambda s: (s['subject'], s['predicate'], s['object'], s['source_quote'])
        kb = {key(s): s for s in rb['extraction']['statements']}
        ka = {key(s): s for s in ra['extraction']['statements']}
        for k in ka.keys() - kb.keys(): added.append((ch, k, ka[k].get('predicate_lemma')))
        for k in kb.keys() - ka.keys(): removed.append((ch, k, kb[k].get('predicate_lemma')))
        for k in ka.keys() & kb.keys():
            d = {f: (kb[k].get(f), ka[k].get(f)) for f in set(ka[k]) | set(kb[k]) if ka[k].get(f) != kb[k].get(f)}
            if d: changed.append((ch, k, d))
        if ra['extraction']['chains'] != rb['extraction']['chains']: print('chains~', ch, ra.get('chunk'))
print('added', len(added), 'removed', len(removed), 'changed', len(changed))
json.dump(dict(added=added, removed=removed, changed=changed), open(sys.argv[3], 'w'), indent=1, ensure_ascii=False)
