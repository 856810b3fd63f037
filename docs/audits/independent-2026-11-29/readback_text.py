"""Which judged units of a round a rebuilt KB still produces, matched by their text (statement ids move when concept
ids do, so an id look-up reads a moved unit as lost).  Run with the project's venv:

    python docs/audits/independent-2026-11-29/readback_text.py AUDIT_DIR ROUND_DIR [BOOK ...]

AUDIT_DIR holds kb-BOOK folders built by build.sh (AUDIT_DIR=...); ROUND_DIR the judged sheets (e.g. round15)."""
import csv, re, sys
from pathlib import Path
from proda.config import load_config
from proda.graphdb.store import open_store
base, R = sys.argv[1], Path(sys.argv[2])
books = sys.argv[3:] or ["chemistry", "astronomy"]
def n(t): return " ".join((t or "").lower().replace("_", " ").split())
for book in books:
    with open_store(load_config(Path(f"{base}/kb-{book}"))) as st:
        sts = {n(f"{r['s']} | {r['p']} | {r['o']}") for r in st.read("MATCH (s:Statement) RETURN s.subject AS s, s.predicate AS p, s.object AS o")}
        con = {n(r["name"]): n(r["d"]) for r in st.read("MATCH (c:Concept) RETURN c.name AS name, coalesce(c.definition,'') AS d")}
        tis = {n(r["p"]) for r in st.read("MATCH (t:TrainItem) RETURN t.prompt AS p")}
        chs = {r["id"] for r in st.read("MATCH (c:Chain) RETURN c.id AS id")}
    for lv in ["concepts", "statements", "chains", "train"]:
        f = R / f"{book}-{lv}.csv"
        if not f.exists():
            continue
        rows = list(csv.DictReader(open(f)))
        def there(r):
            u = r["unit"]
            if lv == "statements":
                u = re.sub(r"\s*\[according to [^\]]*\]\s*$", "", u)
                return n(u) in sts
            if lv == "concepts":
                name, _, d = u.partition(":")
                d = d.strip()
                if n(name) not in con: return False
                return d == "(no definition)" or n(d)[:60] == con[n(name)][:60]
            if lv == "train":
                return n(u.split("\nanswer:")[0]) in tis
            return r["id"] in chs
        acc = [r for r in rows if r["verdict"] == "accept"]; rej = [r for r in rows if r["verdict"] != "accept"]
        print(book, lv, "accepted kept", sum(map(there, acc)), "/", len(acc), "| rejected still there", sum(map(there, rej)), "/", len(rej))
        for r in rej:
            if not there(r): print("   GONE:", r["unit"][:110].replace("\n", " / "))
        for r in acc:
            if not there(r): print("   LOST accepted:", r["unit"][:110].replace("\n", " / "))
