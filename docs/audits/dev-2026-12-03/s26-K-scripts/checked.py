"""KB-level view of a dump's concept drafts: every draft (concepts + statement endpoints, as the pipeline places
them) through _checked_definitions of the tree given by --root; prints chapter, name, how, definition for every
draft that keeps a definition (what ingest stores as a defined concept)."""
import json, sys
root = sys.argv[sys.argv.index("--root") + 1]
sys.path.insert(0, root)
import proda
assert proda.__file__.startswith(root), proda.__file__
from proda.models import Extraction
from proda.ingest.concept_drafts import _checked_definitions, _mention_drafts
d = json.load(open(sys.argv[1]))
placed = []
for ch, rows in d.items():
    for r in rows:
        ex = Extraction.model_validate(r["extraction"])
        for c in ex.concepts + _mention_drafts(ex):
            placed.append((ch, c))
out = set()
for ch, c in _checked_definitions(placed):
    if c.definition:
        out.add((ch, c.name, c.how, c.definition.replace("\n", " ").replace("\t", " ")))
for row in sorted(out):
    print(*row, sep="\t")
