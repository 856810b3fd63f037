"""Every block the reader makes of the PDFs (or any readable files) under some folders, as JSON lines, to compare
two trees' readers block by block.

Why: a change to the PDF reader (a heading rule, a block break) moves every unit downstream, and the extraction dump
(`extract_dump.py`) shows only the units it changed; what the reader itself did, on every development PDF, is read
here first (session 45: the breaks at lines set apart by space were narrowed three times on this diff before the
sweep).  One line a block: [file, kind, level, heading path, text].

    PYTHONPATH=/tmp/before python benchmarks/reader_blocks.py /tmp/before.jsonl DIR ...
    python benchmarks/reader_blocks.py /tmp/after.jsonl DIR ... && cmp /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--glob", default="*.pdf", help="which files under the folders (default *.pdf)")
    a = ap.parse_args()
    from proda.ingest.readers import read_documents

    with a.out.open("w") as out:
        for root in a.folders:
            for f in sorted(root.rglob(a.glob)):
                for d in read_documents(f):
                    for b in d.blocks:
                        row = [str(f), b.kind, getattr(b, "level", None), list(getattr(b, "heading_path", []) or []),
                               b.text]
                        out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
