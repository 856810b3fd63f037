import json, random
from collections import defaultdict
S = json.load(open("/tmp/s13/C3/census_summary.json"))
ex = defaultdict(list)
for l in open("/tmp/s13/C3/census.jsonl"):
    d = json.loads(l); ex[(d["book"], d["gate"])].append(d)
random.seed(1)
for book, r in S.items():
    refused = r["raw"] - r["kept"]
    print(f"\n### {book}\n\nchapters: {', '.join(r['chapters'])}; sentences {r['sentences']}; raw frames {r['raw']}; "
          f"kept {r['kept']} ({r['kept']/max(r['raw'],1):.0%}); sentences with a raw frame {r['sents_with_raw']} ({r['sents_with_raw']/r['sentences']:.0%}), with a kept frame {r['sents_with_kept']} ({r['sents_with_kept']/r['sentences']:.0%}); counted refusals {sum(n for g,n in r['gates'] if not g.startswith('joined_into'))}\n")
    print("| # | gate (first that refuses) | frames | example 1 | example 2 |\n|---|---|---|---|---|")
    top = [(g, n) for g, n in r["gates"] if not g.startswith("joined_into")][:10]
    for k, (g, n) in enumerate(top, 1):
        xs = ex[(book, g)]; pick = random.sample(xs, min(2, len(xs)))
        cells = [f"`{' | '.join(d['f'])}` ← \"{d['sent'][:160].replace('|','/')}{'…' if len(d['sent'])>160 else ''}\" (ch {d['ch']})" for d in pick]
        print(f"| {k} | {g} | {n} | " + " | ".join(cells + [""] * (2 - len(cells))) + " |")
    rest = [(g, n) for g, n in r["gates"] if not g.startswith("joined_into")][10:]
    print(f"\nother gates: " + ", ".join(f"{g} {n}" for g, n in rest))
