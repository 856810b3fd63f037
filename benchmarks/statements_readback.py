"""What each rule of ``cuts`` and ``argument_cuts`` (proda.ingest.extract) removes on whole chapters, to read by hand.

Why: audit round 7 showed that rules written from a sheet and re-measured on the same sheet
(``statements_audit.py``) measure the rule, not the extractor.  This runs the offline extractor on chapters no
sheet covers, once with every rule of ``cuts`` and once with one rule switched off at a time, and prints each
statement a rule removes with its sentence (``RM rule | subject | predicate | object :: quote``), then the
statements per chunk with all of the rules off and on.  Count removed-right vs removed-wrong yourself.

    python benchmarks/statements_readback.py CHAPTER_DIR [CHAPTER_DIR ...] [--rules=name,name]
"""

from __future__ import annotations

import sys
from pathlib import Path

from proda.config import Config
from proda.ids import document_id
from proda.ingest.chunking import chunk_document
from proda.ingest.extract import argument_cuts, cuts
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import _contexts, extract_parsed
from proda.ingest.readers import read_document

# the checks argument_cut / claim_cut call through their module, so switching one off here switches it off there
RULES = ["_coordination_cut", "_inner_phrase_cut", "_runs_on", "_hyphen_cut", "_verb_as_noun", "_correlative",
         "_context_bound", "_degree_left", "_bare_definite", "fronted_purpose", "condition_after", "caused_clause", "exhaustive_list",
         "predicate_misread", "parenthetical_preposition", "control_cut", "list_relative", "result_clause",
         "reciprocal_pair", "stray_fragment"]


def _owner(rule: str):
    """The module a rule lives in: an argument's checks in ``argument_cuts``, the claim's in ``cuts``."""
    return argument_cuts if hasattr(argument_cuts, rule) else cuts


def _off(names: list[str]) -> dict:
    saved = {r: getattr(_owner(r), r) for r in names}
    for r in names:
        setattr(_owner(r), r, lambda *a, **k: False)
    return saved


def _keys(ex) -> dict[tuple, str]:
    return {(s.subject, s.predicate, s.object): s.source_quote for s in ex.statements}


def main(dirs: list[str], rules: list[str]) -> None:
    nlp = load_nlp()
    ic = Config().ingest
    for d in dirs:
        chunks = []
        for f in sorted(Path(d).glob("*.html")) + sorted(Path(d).glob("*.md")):
            pd = read_document(f)
            chunks += chunk_document(pd, document_id(pd.sha256), ic.chunk_size, ic.chunk_overlap, ic.min_chunk)
        if not chunks:
            continue
        ctx = _contexts(chunks)
        n_on = n_off = 0
        for c in chunks:
            doc = nlp(c.text)

            def run() -> dict[tuple, str]:
                return _keys(extract_parsed(c, doc, None, ctx.get(c.doc_id, "")))

            on = run()
            saved = _off(RULES)
            off = run()
            for r, fn in saved.items():
                setattr(_owner(r), r, fn)
            n_on, n_off = n_on + len(on), n_off + len(off)
            gone = set(off) - set(on)
            for r in rules if gone else []:
                saved = _off([r])
                back = run()
                setattr(_owner(r), r, saved[r])
                for k in sorted(gone & set(back)):
                    print(f"RM {r} | {' | '.join(k)} :: {back[k][:220]}", flush=True)
        print(f"CHAPTER {d}: chunks {len(chunks)}, statements rules-off {n_off} ({n_off / len(chunks):.2f}/chunk), "
              f"rules-on {n_on} ({n_on / len(chunks):.2f}/chunk)", flush=True)


if __name__ == "__main__":
    only = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--rules=")), "")
    main([a for a in sys.argv[1:] if not a.startswith("--")], only.split(",") if only else RULES)
