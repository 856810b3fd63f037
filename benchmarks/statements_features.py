"""Error analysis of the judged statements by general construction, not by words.

Why: four audit rounds (5-8) held statements at ~75 % right although each round's own rejects were fixed, so
rules written from one sheet did not generalise.  This script parses every judged statement's source quote, finds
the frame that produced the unit (re-running :func:`frames`), and tabulates parse features of the sentence and of
the frame's place in it against the judges' verdict, per round and over all rounds, so that a gate is chosen by
the constructions that carry rejects everywhere, not by one sheet's words.

    python benchmarks/statements_features.py [--rounds=5,6,7,8] [--current] [--json=rows.json]

``--current``: count only units the current code still produces (what the next audit would see).
A rate is printed with n and a 95 % Wilson interval (:mod:`proda.stats`).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

from proda.ingest.extract.frames import frames
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import citation_like, sentence_frames
from proda.stats import wilson

AUDITS = Path(__file__).resolve().parents[1] / "docs" / "audits" / "independent-2026-11-29"
_CONDITION = {"if", "unless", "when", "whenever", "once", "until", "while", "as", "because", "since", "although",
              "though", "whereas", "before", "after"}
_HEDGE = {"may", "might", "can", "could", "often", "usually", "generally", "typically", "some", "many", "most",
          "tend", "sometimes", "likely"}
_VIEW = {"argue", "believe", "according", "theory", "perspective", "suggest", "view", "claim", "think", "contend",
         "assert", "propose", "theorist", "scholar", "researcher", "critic", "approach"}


def _match(fs, s: str, o: str):
    return next((f for f in fs if f.subject.lower().startswith(s) and f.object.lower().startswith(o)), None)


def _verb_guess(sent, pred: str):
    """The verb a unit's predicate names when no current frame reproduces it (rules changed since the round)."""
    ws = [w for w in pred.lower().split("_") if w not in ("be", "is", "are", "was", "were", "not")]
    for t in sent:
        if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in ws or t.lower_ in ws):
            return t
    return sent.root


def features(sent, v, fr, subj: str, obj: str) -> set[str]:
    """The general constructions of one judged unit (names only, no book's words)."""
    out = set()
    clause = v
    while clause.dep_ == "conj":
        clause = clause.head
    out.add("clause:" + ("main" if clause.dep_ == "ROOT" else clause.dep_ if clause.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp") else "other"))
    if v.dep_ == "conj":
        out.add("coordinated verb")
    root = sent.root
    s_start = fr.start if fr else v.i
    for c in root.children:
        if c.i < min(s_start, v.i) and c.i >= sent.start:
            if c.dep_ == "prep":
                out.add("fronted PP")
            elif c.dep_ == "advcl":
                out.add("fronted clause")
            elif c.dep_ in ("advmod", "npadvmod") and c.lower_ not in ("also", "thus", "however", "therefore", "hence"):
                out.add("fronted adverb")
    marks = {t.lower_ for t in sent if t.dep_ == "mark"}
    if marks & _CONDITION:
        out.add("subordinate clause in sentence")
    if any(t.dep_ == "advcl" and t.i > v.i and t.head == v for t in sent):
        out.add("trailing adverbial clause on verb")
    if any(c.tag_ == "MD" for c in v.children) or any(c.tag_ == "MD" for c in clause.children):
        out.add("modal on verb")
    lem = {t.lemma_.lower() for t in sent}
    if lem & _HEDGE:
        out.add("hedge word in sentence")
    if lem & _VIEW:
        out.add("view/reporting word in sentence")
    n = sum(1 for t in sent if not t.is_punct)
    out.add("len " + ("<15" if n < 15 else "15-24" if n < 25 else "25-34" if n < 35 else ">=35"))
    cover = (len(subj.split()) + len(obj.split()) + 1) / max(n, 1)
    out.add("covers " + ("<30%" if cover < .3 else "30-60%" if cover < .6 else ">=60%"))
    if re.search(r"\bthan\b", sent.text) or any(t.tag_ in ("JJR", "RBR") for t in sent):
        out.add("comparative")
    if any(t.dep_ == "neg" or t.lower_ in ("no", "never", "inversely") for t in sent):
        out.add("negation/inverse in sentence")
    if v.tag_ == "VBD" or any(c.tag_ == "VBD" for c in v.children if c.dep_ in ("aux", "auxpass")):
        out.add("past tense")
    heads = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") and t.head.i == v.i]
    if any(any(c.dep_ == "conj" for c in h.children) for h in heads):
        out.add("coordinated argument")
    if sent.text.rstrip().endswith(":"):
        out.add("ends with colon")
    if subj.split()[:1] and subj.split()[0] in ("the",) or re.match(r"(the|this|these|such)\b", sent.text.lower()):
        out.add("sentence opens with determiner")
    return out


def main(rounds: list[str], current: bool, dump: list | None = None) -> None:
    nlp = load_nlp()
    tab: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for r in rounds:
        for f in sorted(AUDITS.glob(f"round{r}/*-statements.csv")):
            for row in csv.DictReader(f.open(encoding="utf-8")):
                unit = re.sub(r"\s*\[according to [^\]]*\]\s*$", "", row["unit"])
                s, p, o = [x.strip().lower() for x in unit.split("|")]
                doc = nlp(row["source_quote"])
                sents = [x for x in doc.sents if not citation_like(x.text)]
                if current and not any(_match([fr for fr, _ in sentence_frames(x)], s, o) for x in sents):
                    continue
                fr, sent = None, sents[0] if sents else doc[:]
                for x in sents:
                    fr = _match(frames(x), s, o)
                    if fr:
                        sent = x
                        break
                v = doc[fr.verb] if fr else _verb_guess(sent, p)
                bad = row["verdict"] != "accept"
                if dump is not None:
                    dump.append({"round": r, "bad": bad, "unit": row["unit"], "quote": row["source_quote"],
                                 "note": row.get("note", ""), "feats": sorted(features(sent, v, fr, s, o))})
                for feat in features(sent, v, fr, s, o) | {"ALL", "kind:" + (row.get("kind") or "?")}:
                    for key in (f"r{r}", "all"):
                        tab[feat][key][bad] += 1
    print(f"{'feature':38} {'n':>4} {'rej':>4} {'reject rate [95% CI]':>24}   per round rejects/n")
    base = tab["ALL"]["all"]
    rows = sorted(tab.items(), key=lambda kv: -kv[1]["all"][1])
    for feat, d in rows:
        ok, bad = d["all"]
        n = ok + bad
        if n < 5:
            continue
        w = wilson(bad, n)
        lo, hi = w.low, w.high
        per = " ".join(f"{k}:{d[k][1]}/{sum(d[k])}" for k in sorted(d) if k != "all")
        print(f"{feat[:38]:38} {n:4d} {bad:4d} {100 * bad / n:6.1f}% [{100 * lo:4.1f}, {100 * hi:4.1f}]   {per}")
    print(f"baseline reject rate {base[1]}/{sum(base)}")


if __name__ == "__main__":
    rs = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--rounds=")), "5,6,7,8").split(",")
    out = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--json=")), "")
    rows: list | None = [] if out else None
    main(rs, "--current" in sys.argv, rows)
    if out:
        import json

        Path(out).write_text(json.dumps(rows, indent=0))
