"""Statements one side only has, per chunk: base vs after dumps. usage: diff.py BASE AFTER OUT.json"""
import json, sys, collections
b=json.load(open(sys.argv[1])); a=json.load(open(sys.argv[2]))
key=lambda s:(s['subject'],s['predicate'],s['object'],s['source_quote'])
added=[]; removed=[]; per=collections.Counter(); perch=collections.Counter(); other=0
for ch in a:
    if ch not in b: continue
    book=ch.split(':')[0]
    for rb, ra in zip(b[ch], a[ch]):
        assert rb['chunk']==ra['chunk']
        perch[book]+=1
        sb={key(s):s for s in rb['extraction']['statements']}; sa={key(s):s for s in ra['extraction']['statements']}
        per[(book,'before')]+=len(sb); per[(book,'after')]+=len(sa)
        for k in sa.keys()-sb.keys(): added.append(dict(chapter=ch, chunk=ra['chunk'], **sa[k]))
        for k in sb.keys()-sa.keys(): removed.append(dict(chapter=ch, chunk=ra['chunk'], **sb[k]))
        if {k:v for k,v in ra['extraction'].items() if k!='statements'} != {k:v for k,v in rb['extraction'].items() if k!='statements'}:
            other+=1
        # changed fields on same key
        for k in sa.keys()&sb.keys():
            if sa[k]!=sb[k]: other+=1
for book in sorted(perch):
    print(f"{book}: chunks {perch[book]}, statements {per[(book,'before')]} -> {per[(book,'after')]}, per chunk {per[(book,'before')]/perch[book]:.3f} -> {per[(book,'after')]/perch[book]:.3f}")
print('added', len(added), 'removed', len(removed), 'chunks/statements with other changes', other)
json.dump(dict(added=added, removed=removed), open(sys.argv[3],'w'), indent=1, ensure_ascii=False)
