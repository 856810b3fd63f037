"""What an item written from the lemma says for each changed unit, before and after (render.fact, HEAD's renderer)."""
import json, sys
from proda.train.items.render import fact
d = json.load(open(sys.argv[1]))
for ch, k, diff in d['changed']:
    subj, pred, obj, quote = k
    out = []
    for i in (0, 1):
        lem = diff.get('predicate_lemma', [None, None])[i] if 'predicate_lemma' in diff else None
        if lem is None:
            continue
        out.append(fact(dict(subject=subj, predicate=pred, object=obj, quote=quote, lemma=lem, predicate_lemma=lem)))
    print(f"{ch} | {subj} | {pred} | {obj} | {diff} | items: {' => '.join(out)}")
