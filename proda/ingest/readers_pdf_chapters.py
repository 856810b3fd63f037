"""A PDF book cut into one document per chapter, for :func:`proda.ingest.readers.read_documents`.

Why: an HTML book arrives as one document per section file, and every stage downstream works per document --
review samples are stratified by document, chains are mined inside one, reports list them, and the cloze guard
withholds each document that holds a chain step.  Read as ONE document, an 800-page PDF was a single stratum and a
single withheld unit: two chains anywhere in the book withheld all of it (0 clozes on the mathematics book).

The book is parsed whole first (paragraphs and footnotes run across pages, and the outline places the headings),
then its blocks are grouped by their heading path:

* a chapter is a top-level outline entry, except inside a part -- a top-level entry with entries under it whose
  printed heading (or outline title) names a larger division, "Part I ...", "Book 2 ...", "Volume III ..." --
  where each entry under the part is a chapter and the part stays the first element of the heading path;
* blocks before the first outline entry are the front matter, one document of their own;
* a group that holds nothing but headings (a part's title page) opens the next chapter's document instead.

A chapter's identity (``sha256``, hence its document id) hashes its outline path and the content streams of its pages
-- bytes of the file, as an HTML section's is its file's bytes -- so re-reading the same PDF gives the same ids
(``ingest`` skips every chapter) and an edit inside one chapter gives that chapter alone a new id.
"""

from __future__ import annotations

import hashlib
import re

from proda.models import Block

# a heading that names a division larger than a chapter: its outline children are the chapters
_DIVISION = re.compile(
    r"^(?:part|book|volume)\s+(?:\d{1,3}|[ivxlc]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)

Chapter = tuple[str, str, str, list[Block]]  # (path suffix, title, sha256, blocks)


def chapters_of(blocks: list[Block], reader, outline: list[tuple[int, list[str]]], book: str,
                file_sha: str) -> list[Chapter]:
    """The book's chapters in reading order; ``[]`` without an outline (the caller keeps one document)."""
    if not outline:
        return []
    parts = _parts(blocks, outline)
    groups: dict[tuple[str, ...], list[Block]] = {}
    for b in blocks:  # a key seen again later (an outline out of page order) joins its first group: nothing lost
        groups.setdefault(_key(b.heading_path, parts), []).append(b)
    merged: list[tuple[list[tuple[str, ...]], list[Block]]] = []
    carry_keys: list[tuple[str, ...]] = []
    carry: list[Block] = []
    keys = list(groups)
    for i, k in enumerate(keys):
        if i + 1 < len(keys) and all(b.kind == "heading" for b in groups[k]):
            carry_keys.append(k)
            carry += groups[k]
            continue
        merged.append((carry_keys + [k], carry + groups[k]))
        carry_keys, carry = [], []
    firsts = [min(_first_page(k, outline) for k in ks) for ks, _ in merged]
    n_pages = len(reader.pages)
    out: list[Chapter] = []
    number = 0
    for i, (ks, bs) in enumerate(merged):
        main = ks[-1]
        end = firsts[i + 1] if i + 1 < len(merged) else n_pages
        pages = range(firsts[i], max(end, firsts[i] + 1))
        sha = _digest(reader, pages, ks, file_sha)
        if not main:
            out.append(("front-matter", f"{book} (front matter)", sha, bs))
            continue
        number += 1
        title = next((b.text for b in bs if b.kind == "heading" and tuple(b.heading_path) == main), main[-1])
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].rstrip("-") or "chapter"
        out.append((f"{number:02d}-{slug}", title, sha, bs))
    return out


def _parts(blocks: list[Block], outline: list[tuple[int, list[str]]]) -> set[str]:
    """Top-level entries that are parts: entries under them, and a heading naming a larger division."""
    with_children = {p[0] for _, p in outline if len(p) > 1}
    printed: dict[str, str] = {}
    for b in blocks:
        if b.kind == "heading" and len(b.heading_path) == 1:
            printed.setdefault(b.heading_path[0], b.text)
    return {t for t in with_children if _DIVISION.match(printed.get(t, "")) or _DIVISION.match(t)}


def _key(path: list[str], parts: set[str]) -> tuple[str, ...]:
    if not path:
        return ()
    return tuple(path[:2]) if path[0] in parts and len(path) > 1 else (path[0],)


def _first_page(key: tuple[str, ...], outline: list[tuple[int, list[str]]]) -> int:
    if not key:
        return 0
    return min((pg for pg, p in outline if tuple(p[: len(key)]) == key), default=0)


def _digest(reader, pages: range, keys: list[tuple[str, ...]], file_sha: str) -> str:
    """The chapter's outline path(s) and its pages' content streams.  A page whose content cannot be read makes
    the chapter's identity that of the whole file and its path: stable still, only not local to the chapter."""
    name = "\x1e".join("\x1f".join(k) for k in keys)
    h = hashlib.sha256(b"pdf chapter\x00" + name.encode("utf-8") + b"\x00")
    try:
        for i in pages:
            c = reader.pages[i].get_contents()
            h.update(hashlib.sha256(c.get_data() if c is not None else b"").digest())
    except Exception:
        return hashlib.sha256(f"{file_sha}\x00{name}".encode("utf-8")).hexdigest()
    return h.hexdigest()
