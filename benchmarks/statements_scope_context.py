"""Does a judged statement continue a scope its paragraph set earlier?  Reject rates with and without.

Why: the first-wave error analysis (statements_features.py) found that many rejects of rounds 5-8 take their scope
from the paragraph ("Under capitalism, ... . Owners ...", "In a mixed economy ...") which a one-sentence check
cannot see.  Before writing a rule this script measures whether the signal separates rejects from accepts at all:
for every judged statement it finds the quote's paragraph in the book (the sheet's ``document`` title, the
paragraph blocks of :func:`proda.ingest.readers.read_document`) and asks of the sentences BEFORE the quote in the
same paragraph whether one opens with a scope phrase (a fronted prepositional phrase or adverbial clause that is
not a discourse connective: "In X, ...", "Under X, ...", "During X, ...", "When ..., ...").  Controls: the quote's
position (first sentence of its paragraph or later) and a scope phrase fronted in the quote's own sentence, so
that a difference is not just "later sentences are rejected more".

    python benchmarks/statements_scope_context.py [--rounds=5,6,7,8] [--current] [-v]

``--current``: count only the units the current code still produces from the quote (what a rule would act on).

Rates are printed with n and a 95 % Wilson interval (:mod:`proda.stats`); ``-v`` lists the units that carry the
signal with their verdict, the scope sentence and the judge's note.

Finding (rounds 5-8, 639 units, run 2026-11-30): an earlier scope sentence in the paragraph raises the reject rate
only from 21.0 % [17.0, 25.7] (later sentences without one) to 33.3 % [25.6, 42.1] (n=123); among the units the
current code still produces, 16.3 % [10.1, 25.2] (n=92) against 10.4 % [7.3, 14.5].  Of those 15 rejects about 6 are
the paragraph's scope lost; read back, carrying the nearest "In/Under/Within/For + common noun" phrase onto the
accepted units would be wrong or misleading for about a third of them ("[In the 1930s and 1940s] critical theory
is a holistic theory").  So no rule was built on this signal: neither drop nor carry pays.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import citation_like, sentence_frames
from proda.ingest.readers import read_document
from proda.stats import wilson

ROOT = Path(__file__).resolve().parents[1]
AUDITS = ROOT / "docs" / "audits" / "independent-2026-11-29"
CORPORA = ROOT.parent / "shared" / "corpora"
# a fronted PP whose object is one of these is a discourse connective ("For example", "In addition"), no scope
_CONNECTIVE = {"example", "instance", "addition", "fact", "word", "contrast", "short", "general", "turn", "sum",
               "summary", "conclusion", "hand", "particular", "way", "result", "course", "sense", "respect",
               "case", "time", "end", "order", "light", "spite", "regard", "terms", "other", "reason"}
# the narrow form: a setting the claim holds in ("In a mixed economy", "Under capitalism", "Within a system"),
# not a comparison ("Unlike X"), a cause ("Because of X") or a date; a common-noun object, not a name
_SETTING_PREPS = {"in", "under", "within", "among", "during", "for"}
_SCOPE_MARKS = {"when", "if", "once", "while", "whenever", "where", "during", "under", "after", "before", "until"}


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\u2018\u2019]", "'", re.sub(r"[\u201c\u201d]", '"', s))).strip().lower()


def scope_opening(sent) -> str:
    """The scope phrase a sentence opens with ('' if none): a fronted PP or adverbial clause before the subject."""
    root = sent.root
    subj = [c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    first = min(subj) if subj else root.i
    for c in root.children:
        if c.i >= first or c.i != sent.start and not (c.i == sent.start + 1 and sent[0].is_punct):
            continue
        if c.dep_ == "prep":
            obj = [t for t in c.children if t.dep_ == "pobj"]
            if obj and obj[0].lemma_.lower() not in _CONNECTIVE and obj[0].pos_ not in ("PRON",):
                return sent[c.left_edge.i - sent.start:c.right_edge.i - sent.start + 1].text
        if c.dep_ == "advcl":
            marks = [t.lower_ for t in c.children if t.dep_ == "mark"]
            if marks and marks[0] in _SCOPE_MARKS:
                return sent[c.left_edge.i - sent.start:c.right_edge.i - sent.start + 1].text
    return ""


def _setting(sent) -> bool:
    """The narrow scope: the sentence opens with a setting PP on a common noun ('Under capitalism, ...')."""
    sc = scope_opening(sent)
    if not sc:
        return False
    head = sent[0] if not sent[0].is_punct else sent[1]
    obj = [t for t in head.children if t.dep_ == "pobj"]
    return (head.dep_ == "prep" and head.lower_ in _SETTING_PREPS and bool(obj)
            and obj[0].pos_ == "NOUN" and obj[0].ent_type_ not in ("DATE", "TIME"))


def _paragraphs(discipline: str) -> dict[str, list[str]]:
    """Document title -> its paragraph texts, for every section of one book."""
    out: dict[str, list[str]] = {}
    for f in sorted((CORPORA / discipline / "corpus").glob("*/*.html")):
        d = read_document(f)
        out[_norm(d.title)] = [b.text for b in d.blocks if b.kind in ("paragraph", "list_item", "text")]
    return out


def _produced(nlp, row: dict) -> bool:
    """Whether the current extractor still makes the judged unit from its quote (subject and object prefixes)."""
    unit = re.sub(r"\s*\[according to [^\]]*\]\s*$", "", row["unit"])
    s, _, o = [x.strip().lower() for x in unit.split("|")]
    fs = [fr for se in nlp(row["source_quote"]).sents if not citation_like(se.text) for fr, _ in sentence_frames(se)]
    return any(fr.subject.lower().startswith(s) and fr.object.lower().startswith(o) for fr in fs)


def main(rounds: list[str], verbose: bool, current: bool = False) -> None:
    nlp = load_nlp()
    books: dict[str, dict[str, list[str]]] = {}
    tab: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    missing = 0
    for r in rounds:
        for f in sorted(AUDITS.glob(f"round{r}/*-statements.csv")):
            disc = f.name.removesuffix("-statements.csv")
            if disc not in books:
                books[disc] = _paragraphs(disc)
            for row in csv.DictReader(f.open(encoding="utf-8")):
                if row.get("kind", "").startswith("chain"):
                    continue
                if current and not _produced(nlp, row):
                    continue
                bad = row["verdict"] != "accept"
                q = _norm(row["source_quote"])
                key = q[:60]
                paras = books[disc].get(_norm(row.get("document", "")), [])
                para = next((p for p in paras if key in _norm(p)), None)
                if para is None:  # title mismatch: look through the whole book
                    para = next((p for ps in books[disc].values() for p in ps if key in _norm(p)), None)
                if para is None:
                    missing += 1
                    feats = {"paragraph not found"}
                else:
                    sents = list(nlp(para).sents)
                    at = next((i for i, s in enumerate(sents) if _norm(s.text)[:40] and _norm(s.text)[:40] in q
                               or key[:40] in _norm(s.text)), 0)
                    before = [(s, scope_opening(s)) for s in sents[:at]]
                    own = scope_opening(sents[at]) if sents else ""
                    feats = {"first sentence of paragraph" if at == 0 else "later sentence of paragraph"}
                    prev = [(s, sc) for s, sc in before if sc]
                    if prev:
                        feats.add("earlier sentence opens with scope")
                        feats.add("  ... and own sentence has none" if not own else "  ... and own sentence has one")
                    elif at:
                        feats.add("later sentence, no earlier scope")
                    if at and before[-1][1]:
                        feats.add("previous sentence opens with scope")
                    if at and before[0][1]:
                        feats.add("paragraph's first sentence opens with scope")
                    if own:
                        feats.add("own sentence opens with scope")
                    if any(_setting(s) for s, _ in before) and not own:
                        feats.add("earlier setting PP (narrow), own none")
                    if at and _setting(before[-1][0]) and not own:
                        feats.add("previous sentence setting PP (narrow), own none")
                    if verbose and prev:
                        print(f"{'REJ' if bad else 'acc'} r{r} {disc}: {row['unit']}\n    scope: {prev[-1][1]!r}"
                              f" own: {own!r}\n    quote: {row['source_quote'][:140]}\n    note: {row.get('note', '')[:160]}")
                for feat in feats | {"ALL"}:
                    for k in (f"r{r}", "all"):
                        tab[feat][k][bad] += 1
    print(f"{'signal':42} {'n':>4} {'rej':>4} {'reject rate [95% CI]':>24}   per round rejects/n")
    for feat, d in sorted(tab.items(), key=lambda kv: (kv[0] != "ALL", kv[0])):
        ok, bad = d["all"]
        w = wilson(bad, ok + bad)
        per = " ".join(f"{k}:{d[k][1]}/{sum(d[k])}" for k in sorted(d) if k != "all")
        print(f"{feat[:42]:42} {ok + bad:4d} {bad:4d} {100 * bad / (ok + bad):6.1f}% "
              f"[{100 * w.low:4.1f}, {100 * w.high:4.1f}]   {per}")
    print(f"paragraph not found for {missing} units")


if __name__ == "__main__":
    rs = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--rounds=")), "5,6,7,8").split(",")
    main(rs, "-v" in sys.argv, "--current" in sys.argv)
