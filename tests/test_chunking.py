"""Chunking: offsets index doc.text, structure and sentence boundaries are respected."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from proda.ids import chunk_id, document_id
from proda.ingest.chunking import chunk_document, sentence_spans
from proda.ingest.readers import iter_files, read_document
from proda.models import Block, Chunk, ParsedDocument

DATA = Path(__file__).parent / "data" / "readers"


def corpora() -> Path:
    return Path(os.environ.get("PRODA_CORPORA") or Path(__file__).resolve().parents[2] / "shared" / "corpora")


def doc_of(*blocks: Block) -> ParsedDocument:
    return ParsedDocument(path="x.md", title="X", format="md", sha256="0" * 64, blocks=list(blocks))


def para(text: str, path: list[str]) -> Block:
    return Block(kind="paragraph", text=text, heading_path=path)


def head(text: str, path: list[str]) -> Block:
    return Block(kind="heading", text=text, heading_path=path, level=len(path))


def sentences(n: int, start: int = 0) -> str:
    return " ".join(f"Sentence number {i} talks about the topic at some length here." for i in range(start, start + n))


def check(doc: ParsedDocument, chunks: list[Chunk], doc_id: str, size: int) -> None:
    """Offsets invariant, ids, and start/end on block or sentence boundaries (word boundary for over-long sentences)."""
    text = doc.text
    starts, ends, longs = set(), set(), []
    pos = 0
    for b in doc.blocks:
        for s, e in sentence_spans(b.text):
            starts.add(pos + s)
            ends.add(pos + e)
            if e - s > size:
                longs.append((pos + s, pos + e))
        pos += len(b.text) + 2
    inside_long = lambda x: any(s < x < e for s, e in longs)  # noqa: E731
    for i, c in enumerate(chunks):
        assert c.text == text[c.start : c.end]
        assert c.ord == i and c.doc_id == doc_id and c.id == chunk_id(doc_id, c.start, c.end)
        assert 0 < len(c.text) <= size
        assert c.start in starts or (inside_long(c.start) and text[c.start - 1] == " "), text[c.start - 30 : c.start + 30]
        assert c.end in ends or (inside_long(c.end) and text[c.end] == " "), text[c.end - 30 : c.end + 30]
    covered = set()
    for c in chunks:
        covered.update(range(c.start, c.end))
    assert all(i in covered for i in range(len(text)) if not text[i].isspace())  # nothing lost


def test_sentence_spans():
    t = 'Fig. 2 shows it, e.g. the U.S. data. Dr. T. H. Black wrote “this.” Then 3 more! Is it? Yes.'
    got = [t[s:e] for s, e in sentence_spans(t)]
    assert got == ["Fig. 2 shows it, e.g. the U.S. data.", "Dr. T. H. Black wrote “this.”", "Then 3 more!", "Is it?", "Yes."]


def test_sections_pack_and_merge():
    doc = doc_of(
        head("Intro", ["Intro"]),
        para("Short intro.", ["Intro"]),  # tiny section: merged with the next one
        head("Body", ["Body"]),
        para(sentences(5), ["Body"]),
        para(sentences(5, 5), ["Body"]),
        head("Next", ["Next"]),
        para(sentences(6, 10), ["Next"]),
    )
    chunks = chunk_document(doc, "doc_1", chunk_size=2000, overlap=0, min_chunk=200)
    check(doc, chunks, "doc_1", 2000)
    assert len(chunks) == 2
    assert chunks[0].text.startswith("Intro\n\nShort intro.\n\nBody\n\n") and chunks[0].text.endswith(sentences(5, 5))
    assert chunks[0].heading_path == ["Intro"]
    assert chunks[1].text.startswith("Next\n\n") and chunks[1].heading_path == ["Next"]  # a heading starts a chunk


def test_empty_heading_takes_path_of_its_content():
    doc = doc_of(head("Review Questions", ["T", "Review Questions"]), head("Glossary", ["T", "Glossary"]),
                 Block(kind="definition", text="cell: smallest unit", term="cell", heading_path=["T", "Glossary"]))  # fmt: skip
    (c,) = chunk_document(doc, "d")
    assert c.heading_path == ["T", "Glossary"] and c.definitions[0].term == "cell"


def test_long_block_split_at_sentences_with_overlap():
    doc = doc_of(head("A", ["A"]), para(sentences(60), ["A"]), head("B", ["B"]), para(sentences(3), ["B"]))
    chunks = chunk_document(doc, "d", chunk_size=500, overlap=150, min_chunk=100)
    check(doc, chunks, "d", 500)
    a = [c for c in chunks if c.heading_path == ["A"]]
    assert len(a) > 5
    for prev, cur in zip(a, a[1:]):
        assert prev.start < cur.start < prev.end  # overlaps the previous chunk ...
        assert prev.end - cur.start <= 150  # ... by at most `overlap` characters
        assert cur.text[0].isupper()  # at a sentence start
    b = next(c for c in chunks if c.heading_path == ["B"])
    assert b.text.startswith("B\n\n")  # no overlap across sections
    assert all(c.text[-1] == "." for c in chunks)


def test_no_overlap_when_disabled():
    doc = doc_of(para(sentences(40), ["A"]))
    chunks = chunk_document(doc, "d", chunk_size=600, overlap=0)
    check(doc, chunks, "d", 600)
    assert all(b.start > a.end for a, b in zip(chunks, chunks[1:]))
    assert max(len(c.text) for c in chunks) - min(len(c.text) for c in chunks) < 200  # balanced, no tiny tail


def test_overlong_sentence_cut_between_words():
    words = " ".join(f"word{i}" for i in range(400))  # one 3,000-character "sentence"
    doc = doc_of(para(words, []))
    chunks = chunk_document(doc, "d", chunk_size=700, overlap=100)
    check(doc, chunks, "d", 700)
    assert all(c.text.split()[0].startswith("word") and c.text.split()[-1].startswith("word") for c in chunks)
    assert " ".join(c.text for c in chunks).count("word399") >= 1


def test_definitions_in_chunk_without_duplicates():
    d = [Block(kind="definition", text=f"term{i}: meaning {i}", term=f"term{i}", heading_path=["G"]) for i in range(3)]
    doc = doc_of(head("G", ["G"]), *d, d[0], para(sentences(2), ["G"]))
    (c,) = chunk_document(doc, "d")
    assert [(x.term, x.definition) for x in c.definitions] == [(f"term{i}", f"meaning {i}") for i in range(3)]


def test_bad_settings():
    doc = doc_of(para("Text.", []))
    for kw in ({"chunk_size": 0}, {"overlap": 2000}, {"overlap": -1}, {"min_chunk": -5}):
        with pytest.raises(ValueError):
            chunk_document(doc, "d", **kw)
    assert chunk_document(doc_of(), "d") == []


def test_sample_files():
    for name in ["sample.md", "sample.txt", "glossary.html", "anatomy-m45985.html"]:
        doc = read_document(DATA / name)
        did = document_id(doc.sha256)
        chunks = chunk_document(doc, did, chunk_size=400, overlap=100, min_chunk=100)
        check(doc, chunks, did, 400)
    glossary = [x.term for c in chunks for x in c.definitions]
    assert sorted(set(glossary)) == ["cell", "organ", "organ system", "organism", "tissue"]


def test_anatomy_corpus_chunks():
    root = corpora() / "anatomy" / "corpus"
    if not root.exists():
        pytest.skip(f"corpus not available: {root}")
    t = time.perf_counter()
    n_chunks = 0
    defs: set[tuple[str, str, str]] = set()
    for f in iter_files([root]):
        doc = read_document(f)
        did = document_id(doc.sha256)
        chunks = chunk_document(doc, did)
        check(doc, chunks, did, 2000)
        n_chunks += len(chunks)
        defs.update((did, x.term, x.definition) for c in chunks for x in c.definitions)
    elapsed = time.perf_counter() - t
    assert len(defs) == 3190  # every glossary entry reaches a chunk as structure
    assert 2000 < n_chunks < 3200
    assert elapsed < 30, f"anatomy read+chunk took {elapsed:.1f}s"
