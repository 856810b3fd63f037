"""Blind re-judging of the passage rule for benchmark options (9f01449) on the development KBs (E5's, ingested at
e31a9fb: anatomy 17/22/25, chemistry 13/17/20, sociology prose 05/07/20, political science prose 03/06/09, and
chemistry 14): every item the benchmark built before (E5's before.json) and after (after4.json), one row per distinct
(chapter, question, options), shuffled with random.Random(2003), split into two sheets (rows 0-32, 33-64) for two
fresh judges; key.json maps each row to removed / new / both.  Run once in session 19 from /tmp/E5 (not kept)."""
import csv, json, random
b = json.load(open('/tmp/E5/before.json'))['items']; a = json.load(open('/tmp/E5/after4.json'))['items']
k = lambda it: (it['chapter'], it['question'], tuple(it['options']))
B = {k(i): i for i in b}; A = {k(i): i for i in a}
rows = [('removed' if key not in A else 'both', it) for key, it in B.items()]
rows += [('new', it) for key, it in A.items() if key not in B]
random.Random(2003).shuffle(rows)
keymap = {}
with open('dev-bench.csv', 'w', newline='') as f:
    w = csv.writer(f); w.writerow(['row', 'chapter', 'question', 'options', 'keyed', 'verdict', 'reason', 'note'])
    for i, (g, it) in enumerate(rows):
        w.writerow([i, it['chapter'], it['question'], '\n'.join(f'{chr(65+j)}. {o}' for j, o in enumerate(it['options'])),
                    ','.join(chr(65 + j) for j in it['correct']), '', '', ''])
        keymap[i] = g
json.dump(keymap, open('key.json', 'w'))
