"""Refusal census: raw frames (claims.raw_frames = frames.frames) vs kept (claims.sentence_frames), and for each
refused frame the first gate of sentence_frames' chain that refuses it (loses_limit split into its sub-checks).
D's cached parses of every non-held-out chapter (cache/*-all holds only non-held-out chapters; checked below)."""
import pickle, sys, json
from collections import Counter, defaultdict
from pathlib import Path
from spacy.tokens import DocBin
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import citation_like, sentences
from proda.ingest.extract import claims as C, limits as L
HELD = {"anatomy": {"04", "07", "25"}, "chemistry": {"01","02","03","05","08","10","11","15","16","18","21"},
        "sociology": {"02","04","08","10","11","12","15","17","19"}, "political-science": {"01","02","15","16"}}
LSUB = ["sign_lost", "manner_negation", "negative_adverb", "ungrouped_pair", "book_pointer", "passive_goal", "content_of_noun",
        "view_before", "clause_left_after", "correlative_clause", "meaning_left_out", "paragraph_scope",
        "superlative_unbounded", "spliced_scope", "time_which", "floating_set"]
def lsub(sent, fr):
    v = sent.doc[fr.verb]
    args = {"sign_lost": (v, fr.predicate), "manner_negation": (v,), "negative_adverb": (sent, fr), "ungrouped_pair": (sent, fr.start, fr.end),
            "book_pointer": (sent, fr.start, fr.end), "passive_goal": (v, fr.rule), "content_of_noun": (v,), "view_before": (v,),
            "clause_left_after": (sent, fr), "correlative_clause": (sent,), "meaning_left_out": (sent, fr), "paragraph_scope": (sent, fr),
            "superlative_unbounded": (sent, fr), "spliced_scope": (v,), "time_which": (v,), "floating_set": (v,)}
    for n in LSUB:
        if getattr(L, n)(*args[n]): return "loses_limit:" + n
    return "loses_limit:?"
from proda.ingest.extract import hedges as H
from proda.ingest.extract.lexdata import words
def ksub(sent, fr):
    v = sent.doc[fr.verb]
    T = [("partial_negation", lambda: H._partial_negation(v)), ("restricted", lambda: H._restricted(v, fr.start, fr.end)),
         ("excepted", lambda: H._excepted(sent, fr.start, fr.end)), ("hypothetical_above", lambda: H._hypothetical_above(v)),
         ("split_pair", lambda: H._split_pair(v)), ("about_the_case", lambda: H._about_the_case(v)), ("placed", lambda: H._placed(v)),
         ("relative_to_someone", lambda: H._relative_to_someone(v, fr.end)), ("pointing_adverb", lambda: H.pointing_adverb(v)),
         ("named_finding", lambda: H.named_finding(v)), ("timed_by_as", lambda: H._timed_by_as(v)), ("partial_phrase", lambda: H._partial_phrase(v)),
         ("negation_left", lambda: not fr.negated and H._negation_left(v)),
         ("double_negative", lambda: fr.subject.lower().startswith("no ") and any(c.dep_ == "neg" for c in v.children)),
         ("nominal_adverb", lambda: any(c.dep_ == "advmod" and c.lower_ in words("hedges.nominal") and c.lower_ not in fr.predicate.lower().split() for c in v.children)),
         ("hedge_adverb", lambda: any(c.dep_ == "advmod" and c.lower_ in words("hedges.adverbs") and c.lower_ not in fr.predicate.lower().split() for c in v.children)),
         ("hedge_elsewhere", lambda: H._hedge_elsewhere(v, fr.predicate)), ("specificational", lambda: H._specificational(v, fr.subject))]
    return "keeps_scope:" + next((n for n, t in T if t()), "?")
def gate(sent, fr, holder):
    v = sent.doc[fr.verb]
    if holder != "" and holder is not None and False: pass
    if holder == "": return "holder_unnamed (view without holder)"
    T = [("keeps_scope", lambda: not C.keeps_scope(fr, sent)), ("verb_misread", lambda: C.verb_misread(v)),
      ("inside_view", lambda: C.inside_view(v)), ("disjunction", lambda: C.disjunction(v)), ("unplaced", lambda: C.unplaced(v, fr.subject)),
      ("story_or_misread", lambda: C.story_or_misread(v)), ("cut_mid_word", lambda: C.cut_mid_word(sent, fr.end)),
      ("relative_left_out", lambda: C.relative_left_out(v, fr.object)),
      ("far_preposition", lambda: fr.rule.startswith("phrasal") and C.far_preposition(v, fr.predicate)),
      ("claim_cut", lambda: C.claim_cut(v, fr.predicate, fr.object)), ("loses_limit", lambda: C.loses_limit(sent, fr)),
      ("clause_past_aside", lambda: C.clause_past_aside(v, fr.end)), ("verb_swallowed", lambda: C.verb_swallowed(v)),
      ("modifier_list_cut", lambda: C.modifier_list_cut(v)), ("clause_which", lambda: C.clause_which(v)), ("names_together", lambda: C.names_together(v)),
      ("adjective_object", lambda: C.adjective_object(sent, fr.object, fr.verb)), ("quantifier_flipped", lambda: C.quantifier_flipped(v)),
      ("passive_relative", lambda: C.passive_relative(sent, fr)), ("told_elsewhere", lambda: C.told_elsewhere(sent, fr)),
      ("adjective_pair_as_verb", lambda: C.adjective_pair_as_verb(v)), ("participle_after_relative", lambda: C.participle_after_relative(v)),
      ("event_which", lambda: C.event_which(v)), ("act_which", lambda: C.act_which(v)), ("indirect_question", lambda: C.indirect_question(v)),
      ("adverb_led_conjunct", lambda: C.adverb_led_conjunct(sent, fr.start)), ("subordinate_root", lambda: C.subordinate_root(v)),
      ("under_a_held_view", lambda: C.under_a_held_view(v)), ("possession_cut", lambda: C.possession_cut(v, fr.object)),
      ("swallowed_predicate", lambda: C.swallowed_predicate(v))]
    for n, t in T:
        if t(): return lsub(sent, fr) if n == "loses_limit" else ksub(sent, fr) if n == "keeps_scope" else n
    fr2 = C.possession_polarity(v, fr)
    if fr2 is None: return "possession_polarity"
    v = sent.doc[fr2.verb]; limit = C.fronted_scope(v, fr2.start)
    if limit is None: return "fronted_scope"
    for n, t in [("name_cut", lambda: C.name_cut(v, fr2.subject, fr2.object)), ("complement_cut", lambda: C.complement_cut(v, fr2.predicate, fr2.object)),
                 ("modifier_cut", lambda: C.modifier_cut(v, fr2.subject) or (fr2.rule == "passive" and C.modifier_cut(v, fr2.object))),
                 ("restriction_dropped", lambda: C.restriction_dropped(v, fr2, limit))]:
        if t(): return n
    return None
nlp = load_nlp()
out = open("/tmp/s13/C3/census.jsonl", "w")
summary = {}
for book in sys.argv[1:] or ["anatomy", "chemistry", "sociology", "political-science"]:
    p = Path(f"/tmp/s12/D/cache/{book}-all")
    chunks, _ = pickle.load(open(p / "chunks.pkl", "rb"))
    withraw = withkept = 0; seen = set(); raw_n = kept_n = sents_n = mism = 0; cnt = Counter(); chaps = set()
    for (chap, chunk), doc in zip(chunks, DocBin().from_disk(p / "docs.spacy").get_docs(nlp.vocab)):
        assert chap not in HELD[book], (book, chap)
        chaps.add(chap)
        for s in sentences(doc, chunk):
            if citation_like(s.text) or s.text in seen: continue
            seen.add(s.text); sents_n += 1
            kept = C.sentence_frames(s)
            att = C.attributions(s); fs = C.raw_frames(s, att)
            raw_n += len(fs); kept_n += len(kept); withraw += bool(fs); withkept += bool(kept)
            if not fs: continue
            if C.heading_like(s) or C.glued_heading(s) or C.note_fragment(s) or C.quoted_passage(s) or C.illustration(s):
                g = next(n for n in ["heading_like", "glued_heading", "note_fragment", "quoted_passage", "illustration"] if getattr(C, n)(s))
                for f in fs:
                    cnt["sentence:" + g] += 1
                    out.write(json.dumps({"book": book, "ch": chap, "gate": "sentence:" + g, "f": [f.subject, f.predicate, f.object], "sent": s.text}, ensure_ascii=False) + "\n")
                continue
            drop, joined = C.joined_parts(s, fs, C.parts_of_a_whole(fs))
            for k in drop:
                f = fs[k]
                if any(j.verb == f.verb for j in joined): g = "joined_into_whole (not lost)"
                else: g = "parts_of_a_whole"
                cnt[g] += 1
                out.write(json.dumps({"book": book, "ch": chap, "gate": g, "f": [f.subject, f.predicate, f.object], "sent": s.text}, ensure_ascii=False) + "\n")
            listed = C.listed_holder(s); restated = C.restated_holder(s); mykept = 0
            for fr in [C.purpose_joined(s, f) for f in [f for k, f in enumerate(fs) if k not in drop] + joined]:
                h = C.attribution_of(s.doc[fr.verb], att)
                h = listed if h is None else h
                h = restated if h is None else h
                g = gate(s, fr, h)
                if g is None: mykept += 1; continue
                cnt[g] += 1
                out.write(json.dumps({"book": book, "ch": chap, "gate": g, "f": [fr.subject, fr.predicate, fr.object], "sent": s.text}, ensure_ascii=False) + "\n")
            if mykept != len(kept): mism += 1
    summary[book] = {"chapters": sorted(chaps), "sentences": sents_n, "raw": raw_n, "sents_with_raw": withraw, "sents_with_kept": withkept, "kept": kept_n, "mismatch_sents": mism, "gates": cnt.most_common()}
    print(json.dumps({book: summary[book]}, ensure_ascii=False), flush=True)
json.dump(summary, open("/tmp/s13/C3/census_summary.json", "w"), ensure_ascii=False, indent=1)
