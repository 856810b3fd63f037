"""Statements of extract_parsed (chains + sentence frames + termhood gates) on the cached parses of every
non-held-out chapter, hyphenated ordinals counted as numbers (arguments._counted = like_num or NUM) vs not.  Context = the chunk's own
text (the document text is not cached), no window, no heading parse.
usage: python sweep.py all|dev OUT.tsv"""
import sys, pickle, time
from pathlib import Path
from spacy.tokens import DocBin
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract import offline, arguments
HELD = {"chemistry": {"08", "11", "16"}, "sociology": {"04", "08", "19"}}
which, outp = sys.argv[1], sys.argv[2]
nlp = load_nlp("en_core_web_sm")
real = arguments._counted
out = open(outp, "w")
for book in ["anatomy", "chemistry", "sociology", "political-science"]:
    p = Path(f"/tmp/s12/D/cache/{book}-{which}")
    chunks, _ = pickle.load(open(p / "chunks.pkl", "rb"))
    n_before = n_after = 0; t0 = time.time()
    seen = set()
    for (chap, chunk), doc in zip(chunks, DocBin().from_disk(p / "docs.spacy").get_docs(nlp.vocab)):
        assert chap not in HELD.get(book, set())
        arguments._counted = lambda t: t.like_num or t.pos_ == "NUM"
        before = {(s.subject, s.predicate, s.object, s.source_quote) for s in offline.extract_parsed(chunk, doc, None, "", None).statements}
        arguments._counted = real
        after = {(s.subject, s.predicate, s.object, s.source_quote) for s in offline.extract_parsed(chunk, doc, None, "", None).statements}
        n_before += len(before); n_after += len(after)
        for k in after - before:
            if k in seen: continue
            seen.add(k); out.write(f"{book}\t{chap}\t+\t" + "\t".join(k) + "\n")
        for k in before - after:
            if k in seen: continue
            seen.add(k); out.write(f"{book}\t{chap}\t-\t" + "\t".join(k) + "\n")
    out.flush()
    print(book, len(chunks), "chunks; statements before", n_before, "after", n_after, f"{time.time()-t0:.0f}s", flush=True)
