"""Draw 80 sentences with no raw frame (20 per book) from the cached dev-or-all parses; random.Random(16)."""
import pickle, random, sys
from pathlib import Path
from spacy.tokens import DocBin
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import sentences, citation_like
from proda.ingest.extract.claims import raw_frames
from proda.ingest.extract.hedges import heading_like
from proda.ingest.extract.readable import glued_heading, note_fragment
HELD = {"chemistry": {"08", "11", "16"}, "sociology": {"04", "08", "19"}}
nlp = load_nlp("en_core_web_sm")
rng = random.Random(16)
for book in ["anatomy", "chemistry", "sociology", "political-science"]:
    p = Path(f"/tmp/s12/D/cache/{book}-all")
    chunks, _ = pickle.load(open(p / "chunks.pkl", "rb"))
    seen, pool = set(), []
    for (chap, chunk), doc in zip(chunks, DocBin().from_disk(p / "docs.spacy").get_docs(nlp.vocab)):
        assert book != "astronomy" and chap not in HELD.get(book, set())
        for s in sentences(doc, chunk):
            t = s.text.strip()
            if t in seen: continue
            seen.add(t)
            if citation_like(t) or t.endswith("?") or heading_like(s) or glued_heading(s) or note_fragment(s): continue
            if t.split()[0] in ("Figure", "Table") or len([x for x in s if x.is_alpha]) < 5 or "\n" in t: continue
            if raw_frames(s): continue
            parse = " ".join(f"{x.text}/{x.dep_}>{x.head.i - s.start}" for x in s)
            pool.append((chap, t, parse))
    print(book, "frameless pool", len(pool), "of", len(seen), file=sys.stderr)
    for chap, t, parse in rng.sample(pool, 20):
        print(f"{book}\t{chap}\t{t}\t{parse}")
