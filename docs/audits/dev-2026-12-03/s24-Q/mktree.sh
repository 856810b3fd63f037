#!/bin/bash
# an isolated tree: HEAD's proda/, benchmarks/, tests/ plus engineer Q's edits only (others' uncommitted edits left out)
set -e
cd /work/main
rm -rf /tmp/s24/Q/tree; mkdir -p /tmp/s24/Q/tree
git archive HEAD proda benchmarks tests pyproject.toml | tar -x -C /tmp/s24/Q/tree
for f in proda/ingest/extract/comparisons.py proda/ingest/extract/frames.py \
         proda/lexicon/__init__.py proda/lexicon/families.toml proda/train/items/claims.py \
         proda/train/items/generators.py proda/train/items/text.py tests/test_statements_comparisons.py \
         tests/test_items_comparisons.py; do cp $f /tmp/s24/Q/tree/$f; done
python3 /tmp/s24/Q/mine_shared.py /tmp/s24/Q/tree
