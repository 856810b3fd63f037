"""How many of a book's glossary terms did extraction recover (with a definition)?

The anatomy and chemistry HTML carry their glossaries as ``<dl>`` lists, so a
figure that counts definition-list concepts is close to 100 % by construction.
``glossary_recall`` therefore reports two figures: all concepts, and concepts
found by the sentence rules alone (``how != "definition_list"``).  A sentence-rule definition counts only
where the sentence defines its term (:func:`proda.ingest.termhood.valid_definitions`, as ingest stores it).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from proda.ids import normalize_name

__all__ = ["corpus_recall", "glossary_recall", "load_glossary", "prose_recall", "term_keys"]

_PAREN = re.compile(r"\s*\(([^()]*)\)\s*")


def term_keys(term: str) -> set[str]:
    """Normalised forms a glossary term may be found under.

    The term itself, and for ``"adenosine triphosphate (ATP)"`` also the term
    without its parenthesis (extractors keep the abbreviation as an alias).
    """
    keys = {normalize_name(term)}
    bare = _PAREN.sub(" ", term).strip()
    if bare and bare != term:
        keys.add(normalize_name(bare))
    keys.discard("")
    return keys


def load_glossary(path: Path) -> list[dict]:
    out = []
    with Path(path).open(encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def _index(concepts: Iterable[dict]) -> tuple[set[str], set[str]]:
    """(names+aliases of defined concepts, the same without definition-list concepts)."""
    every: set[str] = set()
    sentence: set[str] = set()
    for c in concepts:
        if not (c.get("definition") or "").strip():
            continue
        names = [c.get("name") or ""] + list(c.get("aliases") or [])
        keys = {normalize_name(n) for n in names if n}
        keys.discard("")
        every |= keys
        hows = c.get("how") or ""
        hows = set(hows) if isinstance(hows, (list, set, tuple)) else {hows}
        if hows - {"definition_list"}:
            sentence |= keys
    return every, sentence


def glossary_recall(concepts: Iterable[dict], glossary_path: Path) -> dict:
    """Share of glossary terms found as the name or an alias of a concept with a non-empty definition.

    ``concepts``: dicts with ``name``, ``aliases``, ``definition`` and optionally
    ``how`` (a string or a list of the rules that found the concept; a concept
    counts for the sentence-only figure when any of them is not
    ``definition_list``).  Returns ``terms``, ``found``, ``recall``,
    ``missed_examples`` (first 20) and ``sentence_only`` with the same keys.
    """
    every, sentence = _index(concepts)
    gloss = load_glossary(glossary_path)
    terms: list[str] = []
    seen: set[str] = set()
    for g in gloss:
        t = g.get("term", "").strip()
        k = normalize_name(t)
        if t and k not in seen:
            seen.add(k)
            terms.append(t)

    def figure(index: set[str]) -> dict:
        found = 0
        missed: list[str] = []
        for t in terms:
            if term_keys(t) & index:
                found += 1
            elif len(missed) < 20:
                missed.append(t)
        n = len(terms)
        return {"terms": n, "found": found, "recall": round(found / n, 4) if n else 0.0, "missed_examples": missed}

    res = figure(every)
    res["sentence_only"] = figure(sentence)
    return res


def corpus_recall(corpus: Path, glossary_path: Path, extractor=None) -> dict:
    """Read, chunk and extract a corpus folder, then :func:`glossary_recall` over its concepts.

    Adds ``chunks``, ``seconds`` (extraction only) and ``totals`` (concepts,
    statements, chains).  Uses the offline extractor unless one is given.
    """
    import time

    from proda.ids import document_id
    from proda.ingest.chunking import chunk_document
    from proda.ingest.readers import iter_files, read_document

    if extractor is None:
        from proda.ingest.extract.offline import OfflineExtractor

        extractor = OfflineExtractor()
    chunks = []
    for f in iter_files([Path(corpus)]):
        doc = read_document(f)
        chunks.extend(chunk_document(doc, document_id(doc.sha256)))
    t0 = time.perf_counter()
    outs = [extractor.extract(c, Path(corpus).name) for c in chunks]
    seconds = time.perf_counter() - t0
    # the definitions the ingest pipeline would store: a sentence that does not define its term does not count
    from proda.ingest.termhood import valid_definitions

    drafts = valid_definitions([c for o in outs for c in o.concepts])
    res = glossary_recall((c.model_dump() for c in drafts), glossary_path)
    res["chunks"] = len(chunks)
    res["seconds"] = round(seconds, 2)
    res["totals"] = {
        "concepts": sum(len(o.concepts) for o in outs),
        "statements": sum(len(o.statements) for o in outs),
        "chains": sum(len(o.chains) for o in outs),
    }
    return res


def prose_recall(chapters: list[Path], glossary_path: Path, spacy_model: str = "en_core_web_sm") -> dict:
    """Glossary recall of the defining sentences alone on whole chapter folders (issue #11's prose-only figure).

    Why a second entry point: :func:`corpus_recall` runs the whole extractor (statements, chains), minutes per
    chapter on two cores, while what a definition rule changes is only the concepts defined in sentences.  This
    reads, chunks and parses each section of ``chapters`` and keeps the definitions the ingest pipeline would store
    (:func:`proda.ingest.termhood.valid_definitions`; glossary lines are skipped, so an HTML book's ``<dl>`` lists
    do not count); the glossary is cut to the entries of the sections read (their module ids open the file names).
    Returns :func:`glossary_recall`'s ``sentence_only`` figure with a 95 % Wilson interval and the defined concepts.
    """
    from proda.ids import document_id
    from proda.ingest.chunking import chunk_document
    from proda.ingest.extract.definitions import definitions_in
    from proda.ingest.extract.nlp import load_nlp
    from proda.ingest.extract.offline import _Concepts, citation_like, sentences
    from proda.ingest.extract.terms import abbreviations
    from proda.ingest.readers import read_document
    from proda.ingest.termhood import valid_definitions
    from proda.stats import wilson

    nlp = load_nlp(spacy_model)
    drafts, modules = [], set()
    for folder in chapters:  # a chapter folder, or one section file
        for f in [Path(folder)] if Path(folder).is_file() else sorted(Path(folder).glob("*.html")):
            modules.add(f.name.split("-")[0])
            doc = read_document(f)
            for chunk in chunk_document(doc, document_id(doc.sha256)):
                parsed = nlp(chunk.text)
                found = _Concepts()
                sents = [x for x in sentences(parsed, chunk) if not citation_like(x.text)]
                defs = definitions_in(parsed, sents)
                for sent in sents:
                    for d in defs.get(sent.start, []):
                        found.add(d.name, d.definition, d.quote, d.how, d.aliases)
                    for name, short in abbreviations(sent):
                        found.add(name, "", sent.text, "abbreviation", [short])
                drafts += found.all()
    if not modules:
        raise ValueError(f"no HTML section files in {', '.join(map(str, chapters))}: prose recall reads the HTML books "
                         "whose glossary entries name their section (module)")
    kept = [c for c in valid_definitions(drafts) if c.definition and c.how != "definition_list"]
    gold = [g for g in load_glossary(glossary_path) if g.get("module") in modules]
    if not gold:
        raise ValueError(f"{glossary_path}: no glossary entry names one of the {len(modules)} sections read")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for g in gold:
            tmp.write(json.dumps(g, ensure_ascii=False) + "\n")
    try:
        res = glossary_recall((c.model_dump() for c in kept), Path(tmp.name))["sentence_only"]
    finally:
        Path(tmp.name).unlink()
    ci = wilson(res["found"], res["terms"])
    res["interval"] = [round(ci.low, 4), round(ci.high, 4)]
    res["defined"] = [{"name": c.name, "how": c.how, "definition": c.definition} for c in kept]
    return res


if __name__ == "__main__":  # python -m proda.ingest.recall CORPUS_DIR GLOSSARY.jsonl | --prose GLOSSARY CHAPTER_DIR...
    import sys

    if len(sys.argv) >= 4 and sys.argv[1] == "--prose":
        try:
            out = prose_recall([Path(a) for a in sys.argv[3:]], Path(sys.argv[2]))
        except ValueError as e:
            sys.exit(f"error: {e}")
        lo, hi = out["interval"]
        print(f"{out['found']}/{out['terms']} = {out['recall']:.1%} [{lo:.1%}, {hi:.1%}] (n={out['terms']})")
        sys.exit(0)
    if len(sys.argv) != 3:
        sys.exit("usage: python -m proda.ingest.recall CORPUS_DIR GLOSSARY.jsonl\n"
                 "       python -m proda.ingest.recall --prose GLOSSARY.jsonl CHAPTER_DIR...")
    print(json.dumps(corpus_recall(Path(sys.argv[1]), Path(sys.argv[2])), indent=2, ensure_ascii=False))
