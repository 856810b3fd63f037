import sys; sys.path.insert(0,'/tmp/s24/Q/tree')
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract import comparisons as C
from proda.ingest.extract.scope import comparative
nlp=load_nlp()
def why(s):
    than=C._than(s)
    thans=[t for t in s if t.lower_=='than']
    if than is None:
        if len(thans)!=1: return f'{len(thans)} thans'
        t=thans[0]; return 'than kids: '+' '.join(f'{k.text}/{k.dep_}/{k.pos_}' for k in t.children)
    than,y,inf=than
    if C._vague(y): return 'vague '+y.text
    if any(t.pos_ in ('VERB','AUX') for t in y.subtree): return 'verb in Y '+' '.join(t.text for t in y.subtree)
    vs=[v for v in s if comparative(v)]
    if not vs: return 'no comparative verb'
    v=vs[0]
    return f'v={v.text}/{v.dep_} than.head={than.head.text}/{than.head.dep_} span="{s.doc[v.i+1:than.i].text}"'
for line in open(sys.argv[1]):
    for s in nlp(line.strip()).sents:
        if ' than ' in s.text and ('likely' in s.text or sys.argv[2:]): print(why(s), '||', s.text[:150])
