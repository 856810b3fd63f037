"""entry_defines on every entry the HTML reader takes from a page (e.g. GnuCash's own glossary page)."""
import sys, warnings
warnings.filterwarnings("ignore")
sys.path.insert(0, "/work/main")
from proda.ingest.readers import read_document
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.definition_entries import entry_defines
nlp = load_nlp("en_core_web_sm")
doc = read_document(sys.argv[1])
defs = getattr(doc, "definitions", None)
if defs is None:
    from proda.ids import document_id
    from proda.ingest.chunking import chunk_document
    defs = [d for c in chunk_document(doc, document_id(doc.sha256)) for d in c.definitions]
n = [0, 0]
for d in defs:
    ok = entry_defines(d.definition, nlp)
    n[ok] += 1
    print("KEEP" if ok else "DROP", d.term, d.definition[:100].replace("\n", " "), sep="\t")
print(n, file=sys.stderr)
