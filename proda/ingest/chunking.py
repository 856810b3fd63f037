"""Split a ``ParsedDocument`` into structure-following, sentence-aligned chunks.

Extractors see one chunk at a time, so a chunk should be one topic (a heading
section) and must never cut a sentence: every chunk starts and ends on a block
or sentence boundary, and ``chunk.text == doc.text[chunk.start:chunk.end]`` so
that quotes found in a chunk can be located in the document.
"""

from __future__ import annotations

import bisect
import math
import re

from proda.ids import chunk_id
from proda.models import Block, Chunk, Definition, ParsedDocument

SEP = "\n\n"  # how ParsedDocument.text joins blocks

_SENT_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_ABBREV = {
    "e.g", "i.e", "etc", "cf", "vs", "al", "fig", "figs", "eq", "eqs", "eqn", "eqns", "ref", "refs", "vol",
    "pp", "ch", "chap", "sec", "sect", "dr", "mr", "mrs", "ms", "prof", "st", "approx",
    "ca", "resp", "incl", "dept", "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.s", "a.k.a",
}  # fmt: skip


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in a whitespace-normalised block text.

    A sentence ends at ``.!?`` (plus closing quotes/brackets) followed by space
    and a capital, digit or opening quote -- unless the period closes a common
    abbreviation or an initial (``Fig. 2``, ``e.g. Na``, ``T. H. Black``).
    Spans exclude the whitespace between sentences.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if text[m.start()] == "." and _is_abbrev(text, m.start()):
            continue
        end = m.end()
        nxt = end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if end > start:
            spans.append((start, end))
        start = nxt
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _is_abbrev(text: str, dot: int) -> bool:
    ws = text.rfind(" ", 0, dot)
    word = text[ws + 1 : dot].lstrip("([\"'“‘")
    w = word.lower()
    return w in _ABBREV or word in ("No", "Nos") or (len(word) == 1 and word.isalpha() and word.isupper())


def _split_long(text: str, base: int, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """Cut an over-long sentence at spaces (mid-word only for a single word longer than ``size``)."""
    out: list[tuple[int, int]] = []
    while end - start > size:
        cut = text.rfind(" ", start + 1, start + size + 1)
        if cut <= start:
            cut = start + size  # no space at all: the only case that cuts inside a "word"
            out.append((base + start, base + cut))
            start = cut
        else:
            out.append((base + start, base + cut))
            start = cut + 1
        while start < end and text[start] == " ":
            start += 1
    if end > start:
        out.append((base + start, base + end))
    return out


def _sections(blocks: list[Block]) -> list[tuple[int, int]]:
    """Block ranges [i, j): a heading, or a change of heading path, opens a section."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(blocks)):
        if blocks[i].kind == "heading" or blocks[i].heading_path != blocks[i - 1].heading_path:
            out.append((start, i))
            start = i
    if blocks:
        out.append((start, len(blocks)))
    return out


def chunk_document(
    doc: ParsedDocument, doc_id: str, chunk_size: int = 2000, overlap: int = 200, min_chunk: int = 200
) -> list[Chunk]:
    """Chunks of ``doc.text`` that follow sections and pack whole blocks.

    - each heading section starts a new chunk; sections shorter than
      ``min_chunk`` characters are merged with the next one (the last with the
      previous one), so a lone heading never becomes its own chunk;
    - within a section whole blocks are packed up to ``chunk_size``; a longer
      block is cut at sentence boundaries (an over-long sentence at spaces);
    - each later chunk of a section starts up to ``overlap`` characters early,
      at a sentence or block start, so context is repeated without half sentences;
    - ``heading_path`` is that of the chunk's first own (non-overlap) content
      block -- a heading block only if the chunk holds nothing else -- so a chunk
      that opens with an empty heading ("Review Questions") carries the heading
      of the text it actually contains;
    - ``definitions`` lists every definition block lying wholly in the chunk.
    """
    if chunk_size <= 0 or not 0 <= overlap < chunk_size or min_chunk < 0:
        raise ValueError(f"bad chunking settings: chunk_size={chunk_size}, overlap={overlap}, min_chunk={min_chunk}")
    blocks = doc.blocks
    text = SEP.join(b.text for b in blocks)
    starts: list[int] = []
    pos = 0
    for b in blocks:
        starts.append(pos)
        pos += len(b.text) + len(SEP)
    ends = [s + len(b.text) for s, b in zip(starts, blocks)]

    groups: list[tuple[int, int]] = []
    for i, j in _sections(blocks):
        if groups and ends[groups[-1][1] - 1] - starts[groups[-1][0]] < min_chunk:
            groups[-1] = (groups[-1][0], j)  # previous section too small: merge it into this one
        else:
            groups.append((i, j))
    if len(groups) > 1 and ends[groups[-1][1] - 1] - starts[groups[-1][0]] < min_chunk:
        last = groups.pop()
        groups[-1] = (groups[-1][0], last[1])

    chunks: list[Chunk] = []
    for gi, gj in groups:
        units: list[tuple[int, int, int]] = []  # (start, end, block index): blocks, or pieces of long ones
        bounds: list[int] = []  # sentence/block starts usable as overlap starts
        for bi in range(gi, gj):
            bt = blocks[bi].text
            spans = sentence_spans(bt) if overlap or len(bt) > chunk_size else [(0, len(bt))]
            bounds.extend(starts[bi] + s for s, _ in spans)
            if len(bt) <= chunk_size:
                units.append((starts[bi], ends[bi], bi))
            else:
                for s, e in spans:
                    units.extend((a, z, bi) for a, z in _split_long(bt, starts[bi], s, e, chunk_size))
        _pack(units, bounds, text, blocks, starts, ends, doc_id, chunk_size, overlap, chunks)
    return chunks


def _pack(units, bounds, text, blocks, starts, ends, doc_id, chunk_size, overlap, chunks) -> None:
    """Greedily pack one section's units into chunks (appended to ``chunks``)."""
    i = 0
    prev_start = -1
    while i < len(units):
        own = units[i][0]
        start = own
        if prev_start >= 0 and overlap:
            k = bisect.bisect_left(bounds, own - overlap)
            while k < len(bounds) and bounds[k] < own:
                if bounds[k] > prev_start and units[i][1] - bounds[k] <= chunk_size:
                    start = bounds[k]
                    break
                k += 1
        # balance: aim at an even share of what is left, so a section does not end on a tiny tail
        rem = units[-1][1] - own
        target = rem if rem <= chunk_size else rem / math.ceil(rem / (chunk_size - overlap // 2))
        j = i
        while j + 1 < len(units) and units[j + 1][1] - start <= chunk_size and units[j][1] - own < target:
            j += 1
        end = units[j][1]
        first = next((units[x][2] for x in range(i, j + 1) if blocks[units[x][2]].kind != "heading"), units[i][2])
        defs: list[Definition] = []
        seen: set[tuple[str, str]] = set()
        heads: list[tuple[int, list[str]]] = []
        for bi in range(bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)):
            b = blocks[bi]
            if b.kind == "heading" and starts[bi] < end:
                heads.append((starts[bi] - start, list(b.heading_path)))
            if b.kind == "definition" and b.term and ends[bi] <= end:
                d = b.text[len(b.term) + 2 :] if b.text.startswith(b.term + ": ") else b.text
                if (b.term, d) not in seen:
                    seen.add((b.term, d))
                    defs.append(Definition(term=b.term, definition=d))
        chunks.append(
            Chunk(
                id=chunk_id(doc_id, start, end),
                doc_id=doc_id,
                ord=len(chunks),
                text=text[start:end],
                start=start,
                end=end,
                heading_path=list(blocks[first].heading_path),
                definitions=defs,
                headings=heads,
            )
        )
        prev_start = start
        i = j + 1
