import json,sys
root=sys.argv[1]; tag=sys.argv[2]; files=sys.argv[3:]
sys.path.insert(0,root)
from proda.ingest.termhood import valid_definitions
from proda.ingest.recall import term_keys
from proda.ids import normalize_name
from proda.models import ConceptDraft
HELD={'anatomy':'Development and Inheritance','chemistry':'Nuclear Chemistry','sociology':'Culture','political-science':'The Fundamentals of Group Political Activity'}
gl={}
for b,h in HELD.items():
    ks=set()
    for l in open(f'/work/shared/corpora/{b}/glossary.jsonl'):
        e=json.loads(l)
        if e['chapter']!=h: ks|=term_keys(e['term'])
    gl[b]=ks
for f in files:
    d=json.load(open(f'{tag}-{f}.json'))
    for ch,chunks in d.items():
        b=ch.split(':')[0]
        if b not in gl: continue
        drafts=[ConceptDraft(**{k:c[k] for k in ('name','aliases','definition','type','source_quote','how')}) for x in chunks for c in x['extraction']['concepts']]
        v=valid_definitions(drafts)
        def found(ds, sentence):
            s=set()
            for c in ds:
                if c.definition and (not sentence or c.how!='definition_list'):
                    s|={normalize_name(n) for n in [c.name,*c.aliases]}
            return len(s&gl[b])
        print(tag,ch,'raw all',found(drafts,False),'raw sent',found(drafts,True),'valid all',found(v,False),'valid sent',found(v,True))
