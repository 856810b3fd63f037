"""extract_dump.py with astronomy:<file stem> allowed (flat .md files)."""
import sys
root = sys.argv[sys.argv.index("--root") + 1] if "--root" in sys.argv else "/work/main"
sys.path.insert(0, root)
sys.path.insert(0, "/work/main/benchmarks")
import extract_dump as ed
_orig = ed.documents
def documents(book, chapter):
    if book == "astronomy":
        from proda.ingest.readers import read_document
        return [read_document(ed.CORPORA / "astronomy" / "corpus" / f"{chapter}.md")]
    return _orig(book, chapter)
ed.documents = documents
ed.main()
