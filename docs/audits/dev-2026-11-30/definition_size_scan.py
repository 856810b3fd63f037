"""New definitions from the size-word change, sentence by sentence over every NON-held-out chapter of four books:
sentences with a size word, definitions kept with the change vs with terms.dimension_adjectives emptied."""
import re
from pathlib import Path
from proda.ingest.readers import read_document
from proda.ingest.extract import lexdata
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.definitions import definitions_in
from proda.ingest.termhood import valid_definitions
from proda.models import ConceptDraft
C = Path("/work/shared/corpora")
HELD = {"anatomy/corpus": {"04", "07", "25"},
        "chemistry/corpus": {"01", "02", "03", "05", "08", "10", "11", "15", "16", "18", "21"},
        "sociology/corpus-prose": {"02", "04", "08", "10", "11", "12", "15", "17", "19"},
        "political-science/corpus-prose": {"01", "02", "15", "16"}}
SIZE = re.compile(r"\b(is|are) (a|an) ([a-z]+ )?(small|large|tiny|thin|thick|narrow|wide|broad)\b")
nlp = load_nlp()
def kept(doc):
    found = [f for fs in definitions_in(doc, list(doc.sents)).values() for f in fs if f.definition]
    ks = valid_definitions([ConceptDraft(name=f.name, definition=f.definition, how=f.how, source_quote=f.quote) for f in found])
    return {(d.name, d.definition) for d in ks if d.definition}
lex = lexdata.lexical()
dims = lex["terms.dimension_adjectives"]
for sub, held in HELD.items():
    for d in sorted((C / sub).iterdir()):
        if not d.is_dir() or d.name[:2] in held or d.name[:2] == "00":
            continue  # held out: never read
        for f in sorted(d.glob("*.html")):
            for b in read_document(f).blocks:
                for s in re.split(r"(?<=[.?!])\s+", b.text):
                    if not SIZE.search(s):
                        continue
                    doc = nlp(s)
                    new = kept(doc)
                    lex["terms.dimension_adjectives"] = frozenset()
                    old = kept(nlp(s))
                    lex["terms.dimension_adjectives"] = dims
                    for n, dfn in new - old:
                        print(f"[{sub[:4]} {d.name[:2]}] {n} | {dfn[:220]}", flush=True)
