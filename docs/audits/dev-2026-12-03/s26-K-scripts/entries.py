"""Judge every definition_list concept draft of a dump with entry_defines: print verdict, name, definition."""
import json, sys
sys.path.insert(0, "/work/main")
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.definition_entries import entry_defines
nlp = load_nlp("en_core_web_sm")
d = json.load(open(sys.argv[1]))
n = {True: 0, False: 0}
seen = set()
for ch, rows in d.items():
    for r in rows:
        for c in r["extraction"]["concepts"]:
            if c["how"] != "definition_list" or (ch, c["name"]) in seen:
                continue
            seen.add((ch, c["name"]))
            ok = entry_defines(c["definition"], nlp)
            n[ok] += 1
            if len(sys.argv) < 3 or sys.argv[2] == str(ok):
                print("KEEP" if ok else "DROP", ch, c["name"], c["definition"][:150].replace("\n", " "), sep="\t")
print(n, file=sys.stderr)
