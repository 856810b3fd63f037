import json,sys
sys.path.insert(0,'/work/main')
sys.path.insert(0,'/tmp/s28/D-out')
from proda.ingest.termhood_definitions import full_nlp
from proda.ingest.extract.definition_offtopic import entry_off_topic
import defs
nlp=full_nlp()
HELD={'anatomy':'Development and Inheritance','chemistry':'Nuclear Chemistry','sociology':'Culture','political-science':'The Fundamentals of Group Political Activity'}
for f in ['before-default.json','before-s26.json','before-s27.json','before-s26b.json','before-old.json','before-old2.json','before-old3.json']:
    for x in defs.defs('/tmp/s28/D-out/'+f):
        if x[3]=='definition_list' and entry_off_topic(x[2],x[4],nlp):
            print('DUMP',x[0],'|',x[2],'=>',x[4][:200])
n=0;flag=0
for b,h in HELD.items():
    for l in open(f'/work/shared/corpora/{b}/glossary.jsonl'):
        e=json.loads(l)
        if e['chapter']==h: continue
        n+=1
        if entry_off_topic(e['term'],e['definition'],nlp):
            flag+=1; print('GLOSS',b,'|',e['term'],'=>',e['definition'][:200])
print('glossary entries',n,'flagged',flag)
