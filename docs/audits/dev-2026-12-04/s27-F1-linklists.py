"""The lists the HTML reader (ROOT/proda/ingest/readers_html_page.py) drops as tables of contents, over the development HTML
(old books without held-out chapters, the 8 dev chapters), and every in-page-only link list: python s27-F1-linklists.py ROOT"""
import sys, warnings
from pathlib import Path
sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "/work/main"); sys.path.insert(0, "/work/main/benchmarks")
from held_out import held_out
from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from proda.ingest import readers_html_page as P
warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
HELD = {("anatomy", "28"), ("chemistry", "20"), ("sociology", "03"), ("political-science", "06")}
files = []
C = Path("/work/shared/corpora")
for book, sub in [("anatomy", "corpus"), ("chemistry", "corpus"), ("sociology", "corpus"), ("sociology", "corpus-prose"),
                  ("political-science", "corpus"), ("political-science", "corpus-prose")]:
    for d in sorted((C / book / sub).iterdir()):
        if d.is_dir() and (book, d.name[:2]) not in HELD and not held_out(book, d.name[:2]):
            files += sorted(d.rglob("*.htm*"))
for d in sorted(Path("/tmp/s26/devcorpora").glob("*/corpus/*")):
    files += sorted(d.rglob("*.htm*"))
old = new = 0
for f in files:
    soup = BeautifulSoup(f.read_text(), "lxml")
    for el in soup.find_all(["ul", "ol", "dl"]):
        now = P._link_list(el)
        new += now
        hrefs = [a.get("href", "") for a in el.find_all("a", href=True)]
        if now or (hrefs and all(h.startswith("#") for h in hrefs)):
            print(f.parts[-3] if "devcorpora" in str(f) else f.parts[-4], f.name, "DROP" if now else "keep", hrefs[:3])
print(len(files), "files", new, "lists dropped after the fix")
