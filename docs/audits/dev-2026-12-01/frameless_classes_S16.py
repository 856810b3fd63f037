"""Size construction classes among frameless sentences (approximate, from the ROOT's children)."""
import pickle, sys, collections, random
from pathlib import Path
from spacy.tokens import DocBin
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import sentences, citation_like
from proda.ingest.extract.claims import raw_frames
from proda.ingest.extract.hedges import heading_like
from proda.ingest.extract.readable import glued_heading, note_fragment
HELD = {"chemistry": {"08", "11", "16"}, "sociology": {"04", "08", "19"}}
nlp = load_nlp("en_core_web_sm")
def cls(s):
    r = s.root
    kids = {c.dep_: c for c in r.children}
    subj = kids.get("nsubj") or kids.get("nsubjpass")
    if "expl" in kids: return "there_is"
    if "csubj" in kids: return "clausal_subject"
    if r.pos_ not in ("VERB", "AUX"): return "no_verb_root"
    if subj is None: return "no_subject"
    if subj.pos_ == "PRON" or any(c.dep_ in ("det", "poss") and c.lower_ in ("this", "these", "that", "those", "such", "its", "their", "his", "her") for c in subj.children):
        return "pronoun_or_pointing_subject"
    if r.lemma_ == "be" and r.pos_ == "AUX":
        if "attr" in kids: return "copula_attr" + ("+subj_clause" if any(c.dep_ in ("relcl", "acl") for c in subj.children) else "")
        if "acomp" in kids:
            a = kids["acomp"]
            return "copula_adj_prep" if any(c.dep_ == "prep" for c in a.children) else "copula_adj"
        if "ccomp" in kids or "xcomp" in kids: return "copula_clause"
        if "prep" in kids: return "copula_pp"
        return "copula_other"
    if "nsubjpass" in kids: return "passive_agent" if "agent" in kids else "passive_noagent"
    if "dobj" in kids: return "svo"
    if "ccomp" in kids or "xcomp" in kids: return "verb_clausal_comp"
    if "prep" in kids: return "intransitive_pp"
    return "intransitive"
out = open("/tmp/s16/S/classes.tsv", "w")
for book in ["anatomy", "chemistry", "sociology", "political-science"]:
    p = Path(f"/tmp/s12/D/cache/{book}-all")
    chunks, _ = pickle.load(open(p / "chunks.pkl", "rb"))
    seen, cnt = set(), collections.Counter()
    for (chap, chunk), doc in zip(chunks, DocBin().from_disk(p / "docs.spacy").get_docs(nlp.vocab)):
        assert chap not in HELD.get(book, set())
        for s in sentences(doc, chunk):
            t = s.text.strip()
            if t in seen: continue
            seen.add(t)
            if citation_like(t) or t.endswith("?") or heading_like(s) or glued_heading(s) or note_fragment(s): continue
            if t.split()[0] in ("Figure", "Table") or len([x for x in s if x.is_alpha]) < 5 or "\n" in t: continue
            if raw_frames(s): continue
            c = cls(s); cnt[c] += 1
            out.write(f"{book}\t{chap}\t{c}\t{t}\n")
    print(book, sum(cnt.values()), cnt.most_common(), flush=True)
