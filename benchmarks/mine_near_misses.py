"""Census of mined-chain near misses: pairs of causal statements that name one thing two ways, and what joining them
would make.

Why (issue 11, mined chains per chunk): ``mine._links`` joins a statement to the next only when the subject of the next
is what the one before made (``mine._joins``), in one section, in the same or the next chunk (session 24's census,
docs/audits/dev-2026-12-03/s24-M.md, ran this at be2dece, when a link also needed one concept node).
This reads the statement rows ``mine_dump.py --rows`` wrote and, per document, pairs every two causal statements
that are good steps (``mine._step_ok``) whose object / subject relate by a looser reading, by the first relation
that holds:

- ``same_key``: the key ``mine._key`` joins on (what mine.py links, if the other conditions hold)
- ``same_key_other_node``: the same key on two concept nodes ("estrogen" / "high concentrations of estrogen")
- ``same_node_other_key``: one node (the resolver merged two names), different keys
- ``spelling``: keys equal up to hyphens
- ``modifier``: one key is the other with premodifiers ("neurotransmitter dopamine" / "dopamine")
- ``head_added``: one key is the other with a head noun after it ("progesterone" / "progesterone synthesis")
- ``acronym``: an acronym and the initials of the other
- ``same_head``: the same last word ("direct pathway" / "indirect pathway")
- ``shared_word``: any shared content word

and where the pair is read (``ok``: one section, the same or the next chunk; ``backward``: the previous chunk;
``far``: further on; ``section``: another heading).  It counts the pairs per book, the three-statement paths at
least one of whose links is such a near miss (``triple``, by the kinds of its two links) and the linked pairs that no
third statement continues (``pair_only``), and prints ``--read N`` of those paths, drawn with ``--seed``, for a
reader to judge with the book open.  Read-only.

    python benchmarks/mine_near_misses.py mined-A.json mined-B.json [--read 30 --seed 24]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_GLUE = {"of", "the", "and", "in"}


def relation(a: dict, b: dict) -> str:
    """How a's object and b's subject relate ("" when they share no word)."""
    from proda.ids import normalize_name
    from proda.ingest import mine

    ka, kb = mine._key(a["object"]), mine._key(b["subject"])
    if ka == kb:
        return "same_key_other_node" if a["object_id"] != b["subject_id"] else "same_key"
    if a["object_id"] == b["subject_id"]:
        return "same_node_other_key"
    wa, wb = ka.split(), kb.split()
    if not wa or not wb:
        return ""
    if ka.replace("-", " ") == kb.replace("-", " "):
        return "spelling"
    if len(wa) != len(wb) and (wa[-len(wb):] == wb or wb[-len(wa):] == wa):
        return "modifier"
    if len(wa) != len(wb) and (wa[:len(wb)] == wb or wb[:len(wa)] == wa):
        return "head_added"
    for x, y in ((a["object"], b["subject"]), (b["subject"], a["object"])):
        acr = re.findall(r"\b[A-Z][A-Z0-9]{1,6}s?\b", x)
        ini = "".join(w[0] for w in normalize_name(mine._strip(y)).split() if w not in _GLUE)
        if len(ini) >= 2 and any(ac.rstrip("s").lower() == ini for ac in acr):
            return "acronym"
    if wa[-1] == wb[-1]:
        return "same_head"
    return "shared_word" if set(wa) & set(wb) - _GLUE else ""


def _where(a: dict, b: dict) -> str:
    if (a.get("heading") or "") != (b.get("heading") or ""):
        return "section"
    d = b["ord"] - a["ord"]
    return "ok" if d in (0, 1) else ("backward" if d < 0 else "far")


def census(files: list[Path]) -> tuple[dict[str, Counter], list[tuple], dict]:
    from proda.ingest import mine

    per_book: dict[str, Counter] = defaultdict(Counter)
    triples: list[tuple] = []
    rows: dict[tuple[str, str], dict] = {}
    for f in files:
        for ch, v in json.loads(Path(f).read_text()).items():
            book = ch.split(":")[0]
            c = per_book[book]
            c["chunks"] += v["chunks"]
            c["mined_chains"] += len(v["mined"])
            first: dict[tuple[str, str], dict] = {}
            for r in sorted(v["rows"], key=lambda r: (r["ord"], r["chunk"])):
                first.setdefault((r["doc"], r["id"]), r)
            by_doc: dict[str, list[dict]] = defaultdict(list)
            for r in first.values():
                r = dict(r, lemma=r["predicate_lemma"], quote=r["source_quote"],
                         chunk_text="\0" * r["pos"] + (r["source_quote"] or "") if r["pos"] >= 0 else "")
                rows[ch, r["id"]] = r
                c["statements"] += 1
                if mine._family(r) in mine.FAMILIES:
                    c["causal"] += 1
                    if mine._step_ok(r):
                        c["causal_usable"] += 1
                        by_doc[r["doc"]].append(r)
            for sts in by_doc.values():
                links: dict[str, list[tuple[str, str]]] = defaultdict(list)
                linked = set()
                for a in sts:
                    for b in sts:
                        if b["id"] == a["id"]:
                            continue
                        if mine._links(a, b):
                            linked.add((a["id"], b["id"]))
                            c["linked"] += 1
                            links[a["id"]].append((b["id"], "linked"))
                            continue
                        rel = relation(a, b)
                        if rel:
                            kind = f"{rel}:{_where(a, b)}"
                            c["pair " + kind] += 1
                            links[a["id"]].append((b["id"], kind))
                for a_id, outs in links.items():
                    for b_id, k1 in outs:
                        for c_id, k2 in links.get(b_id, []):
                            if c_id != a_id and (k1, k2) != ("linked", "linked"):
                                tag = "+".join(sorted({k1, k2}))
                                c["triple " + tag] += 1
                                triples.append((ch, a_id, b_id, c_id, tag))
                starts = {a for a, _ in linked} - {b for _, b in linked}
                c["pair_only"] += sum(1 for a, b in linked if a in starts and not any(x == b for x, _ in linked))
    return per_book, triples, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path, help="outputs of mine_dump.py --rows")
    ap.add_argument("--read", type=int, default=0, help="print this many near-miss paths to read")
    ap.add_argument("--seed", type=int, default=24)
    a = ap.parse_args()
    from proda.ingest import mine

    per_book, triples, rows = census(a.files)
    total: Counter = Counter()
    for book, c in sorted(per_book.items()):
        total.update(c)
        print(book, json.dumps(dict(sorted(c.items()))))
    print("total", json.dumps(dict(sorted(total.items()))))
    print(f"{len(triples)} near-miss paths of three statements")
    for n, (ch, *ids, tag) in enumerate(random.Random(a.seed).sample(triples, min(a.read, len(triples))), 1):
        st = [rows[ch, i] for i in ids]
        sign = 1
        for r in st:
            sign *= mine._sign(r)
        print(f"{n}. {ch} [{tag}] sign {sign:+d}")
        for r in st:
            print(f"   - {mine._text(r)}  (chunk {r['ord']}, {r['heading'][:50]})\n     \"{r['quote'][:240]}\"")


if __name__ == "__main__":
    main()
