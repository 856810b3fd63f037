"""Dump reader blocks of files: python blocks.py ROOT files..."""
import sys
sys.path.insert(0, sys.argv[1])
from proda.ingest.readers import read_document, iter_files, ReadError
from pathlib import Path
for f in iter_files([Path(p) for p in sys.argv[2:]]):
    print("=====", f)
    try:
        d = read_document(f)
    except ReadError as e:
        print("ReadError", e); continue
    print("TITLE", d.title)
    for b in d.blocks:
        print(f"[{b.kind}{'/'+str(b.level) if b.level else ''}] {' > '.join(b.heading_path)[-60:]} || {b.text}")
