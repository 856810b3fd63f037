"""Round 25's held-out chapters, reproducibly.  Why this rule: by session 25 nearly every chapter had been read by
someone, so the least-exposed ones are taken: per book, random.Random(25).choice among chapters numbered 01+ that no
earlier round's files under docs/audits/independent-2026-11-29 name and that hold no process of the chain gold list
(docs/audits/dev-2026-11-30/chain-gold.csv, which chain rules were developed against); where none remain, among those
not used in rounds 18-24 and not in the chain gold.  Anatomy 22 (the demo's chapter) is always left out.
Run before round25/ existed: run now, the round's own files name its chapters and the draw changes (a next round
should pass its round number and skip its own folder)."""
import csv, random, os, re, subprocess
C = '/work/shared/corpora'
A = '/work/main/docs/audits/independent-2026-11-29'
named = set(subprocess.run(f"grep -rhoE '(anatomy|chemistry|sociology|political-science)/corpus(-prose)?/[0-9]{{2}}' {A}",
                           shell=True, capture_output=True, text=True).stdout.split())
named = {(p.split('/')[0], int(p[-2:])) for p in named}
gold = {(r['book'], int(r['chapter'])) for r in csv.DictReader(open('/work/main/docs/audits/dev-2026-11-30/chain-gold.csv'))
        if r['chapter'].isdigit()}
r1824 = {'anatomy': {11, 14, 26, 6, 5, 13, 18}, 'chemistry': {6, 14, 5, 17, 10, 3, 9}, 'sociology': {18, 13, 9, 16, 1, 2, 6},
         'political-science': {12, 13, 11, 14, 10, 15, 3}}
paths = {'anatomy': 'anatomy/corpus', 'chemistry': 'chemistry/corpus', 'sociology': 'sociology/corpus-prose',
         'polisci': 'political-science/corpus-prose'}
r = random.Random(25)
print('# round 25 held-out chapters: see pick.py for the rule (least-exposed chapters, random.Random(25))')
for b in ['anatomy', 'chemistry', 'sociology', 'polisci']:
    bk = paths[b].split('/')[0]
    chs = sorted(d for d in os.listdir(f'{C}/{paths[b]}') if d[:2].isdigit() and int(d[:2]) >= 1 and 'front' not in d
                 and not (bk == 'anatomy' and d[:2] == '22') and (bk, int(d[:2])) not in gold)
    fresh = [d for d in chs if (bk, int(d[:2])) not in named]
    pool = fresh or [d for d in chs if int(d[:2]) not in r1824[bk]]
    print(b, f'{paths[b]}/{r.choice(pool)}')
