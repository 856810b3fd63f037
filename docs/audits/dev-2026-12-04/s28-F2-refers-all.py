"""Every 'refer' sentence of every old-book dev chapter (held-out chapters skipped by directory name before reading):
refers_to definitions with the 'refers to as mention' check off (no D) and on (this tree)."""
import sys, os, re, json, html
root = sys.argv[1]; out = sys.argv[2]
sys.path.insert(0, root)
from proda.ingest.termhood_definitions import full_nlp
import proda.ingest.extract.definitions as D
nlp = full_nlp()
HELD = {'anatomy': '28', 'chemistry': '20', 'sociology': '03', 'political-science': '06'}
rows = []
real = D.refers_as_mention
for book, held in HELD.items():
    base = f'/work/shared/corpora/{book}/corpus'
    for ch in sorted(os.listdir(base)):
        if ch.startswith(held + '-') or ch == held:
            continue
        d = os.path.join(base, ch)
        files = sorted(os.listdir(d)) if os.path.isdir(d) else []
        for fn in files:
            txt = open(os.path.join(d, fn), encoding='utf-8', errors='replace').read()
            for para in re.findall(r'<(?:p|li|dd|td)[^>]*>(.*?)</(?:p|li|dd|td)>', txt, re.S):
                t = html.unescape(re.sub(r'<[^>]+>', '', para)); t = re.sub(r'\s+', ' ', t).strip()
                if not re.search(r'\brefer', t, re.I):
                    continue
                for s in nlp(t).sents:
                    if not re.search(r'\brefer', s.text, re.I):
                        continue
                    D.refers_as_mention = lambda v, s_: False
                    off = sorted((f.name, f.how) for f in D.definitions(s) if f.how == 'refers_to')
                    D.refers_as_mention = real
                    on = sorted((f.name, f.how) for f in D.definitions(s) if f.how == 'refers_to')
                    if off or on:
                        rows.append({'book': book, 'chapter': ch, 'sent': s.text, 'off': off, 'on': on})
import glob
for fn in sorted(glob.glob('/work/shared/corpora/astronomy/corpus/*.md')):
    for para in open(fn, encoding='utf-8').read().split('\n\n'):
        t = re.sub(r'\s+', ' ', para).strip()
        if not re.search(r'\brefer', t, re.I):
            continue
        for s in nlp(t).sents:
            if not re.search(r'\brefer', s.text, re.I):
                continue
            D.refers_as_mention = lambda v, s_: False
            off = sorted((f.name, f.how) for f in D.definitions(s) if f.how == 'refers_to')
            D.refers_as_mention = real
            on = sorted((f.name, f.how) for f in D.definitions(s) if f.how == 'refers_to')
            if off or on:
                rows.append({'book': 'astronomy', 'chapter': fn.rsplit('/', 1)[1], 'sent': s.text, 'off': off, 'on': on})
json.dump(rows, open(out, 'w'), indent=0)
print(len(rows), 'sentences with a refers_to either way;', sum(r['off'] != r['on'] for r in rows), 'differ')
