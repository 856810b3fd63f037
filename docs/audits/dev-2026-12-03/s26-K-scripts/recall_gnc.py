"""GnuCash's own glossary terms (gnc-gloss.html, read by proda's HTML reader) that occur in the accounting dev chapters'
text: which are KB terms, and which are defined (kb JSON from `proda query`)."""
import json, re, sys, warnings
warnings.filterwarnings("ignore")
sys.path.insert(0, "/work/main")
from pathlib import Path
from proda.ids import normalize_name
from proda.ingest.readers import iter_files, read_document
from proda.ids import document_id
from proda.ingest.chunking import chunk_document
g = read_document(sys.argv[1])
terms = sorted({d.term for c in chunk_document(g, document_id(g.sha256)) for d in c.definitions})
text = " ".join(read_document(f).text for f in iter_files([Path("/tmp/s26/devcorpora/accounting/corpus")])).lower()
kb = {normalize_name(r["name"]): r for r in json.load(open(sys.argv[2]))}
n = [0, 0, 0]
for t in terms:
    name = re.sub(r"\s*\(.*\)$", "", t)
    if not re.search(r"\b" + re.escape(name.lower()), text):
        continue
    r = kb.get(normalize_name(name))
    n[0] += 1; n[1] += bool(r and r["term"]); n[2] += bool(r and r["term"] and r["definition"])
    print(name, "TERM" if r and r["term"] else ("node" if r else "-"), "DEF" if r and r["definition"] else "", sep="\t")
print("in text", n[0], "terms", n[1], "defined", n[2], file=sys.stderr)
