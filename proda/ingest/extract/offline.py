"""The offline extractor (the default): spaCy parses, dependency frames and defining constructions.

Per chunk, top-down: chains (:func:`proda.ingest.extract.chains.find_chains`), statements (one per dependency
frame whose two arguments are about terms, :mod:`frames`), concepts (glossary entries, defining constructions,
abbreviations, a noun-phrase heading, and the terms statements are about, :mod:`definitions`, :mod:`terms`).

Why a pool of *spawned* processes: parsing bounds ingest, and the ingest process hosts a JVM (the embedded
store), which must never be forked.  Each worker loads the spaCy pipeline once and runs the whole per-chunk
extraction, returning plain dicts.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

from proda.ids import normalize_name
from proda.ingest.extract.base import verify_quotes
from proda.ingest.extract.claims import sentence_frames  # (re-exported: the audit re-runs and tests call it here)
from proda.ingest.extract.definition_aspects import glossary_entries
from proda.ingest.extract.definitions import definitions_in
from proda.ingest.extract.gates import ChunkTerms, Report, frame_gate
from proda.ingest.extract.heading_kind import kind_scope
from proda.ingest.extract.lexdata import words
from proda.ingest.extract import worker
from proda.ingest.extract.nlp import FALLBACK, load_nlp
from proda.ingest.extract.terms import abbreviations, heading_term, heading_text, text_cased
from proda.ingest.extract.worked_examples import worked_example
from proda.models import Chunk, ConceptDraft, Extraction, StatementDraft

TASK_CHUNKS = 32  # most chunks per task sent to a worker (``_task_size``)
MIN_TASK_CHUNKS = 8
WINDOW_SENTS = 8  # sentences of the next chunk a chain may run on into (``window``)


# ----------------------------------------------------------------------------- layout


# the label opening a worked example's part, followed by its text ("Solution The water absorbs ...", "Solution (a)")
_EXAMPLE_LABEL = re.compile(r"^\s*(?:(?:Worked\s+)?Example\s+\d[\d.]*|Solution|Check Your Learning|Exercise\s+\d[\d.]*)"
                            r"(?:\s*[:.]?\s+[A-Z(\d\[]|\s*:?\s*$)")


def _skipped(chunk: Chunk) -> list[tuple[int, int]]:
    """Character ranges no sentence rule reads: glossary lines (handled as structure), table rows, and worked
    examples: from a paragraph opened by "Solution", "Check Your Learning", "Example 4.2" ... to the end of the
    chunk (the section the example sits in), and the first paragraph of an "Answer" section.  A worked example's
    sentences are true of its numbers ("the water absorbs heat", "Q is greater than K"), not facts to teach."""
    text, out, pos = chunk.text, [], 0
    dl = {f"{d.term}: {d.definition}" for d in chunk.definitions}
    parts = text.split("\n\n")
    answer = bool(re.match(r"^\s*(?:Answers?|Solutions?)\s*:?\s*$", parts[0]))  # the chunk opens an answer
    example = False
    for n, part in enumerate(parts):
        example = example or bool(_EXAMPLE_LABEL.match(part))
        if part.strip() in dl or " | " in part or example or (answer and n <= 1):
            out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


def sentences(doc, chunk: Chunk) -> list:
    """The parse's sentences that lie in readable prose (not glossary lines or table rows), as Spans."""
    skip = _skipped(chunk)
    out = []
    for s in doc.sents:
        if not s.text.strip() or any(a <= s.start_char < b for a, b in skip):
            continue
        toks = [t for t in s if not t.is_space]
        if toks:
            out.append(doc[toks[0].i:toks[-1].i + 1])
    return out


# ----------------------------------------------------------------------------- concepts


# rules whose definition is the weakest evidence: a name given inside a sentence about something else
# (definition_named.named_in); any other rule's definition of the same concept replaces it
WEAK_DEFINITIONS = ("named_in",)


class _Concepts:
    """Concept drafts of one chunk keyed by normalised name; an alias lands on the concept it names."""

    def __init__(self) -> None:
        self.by_key: dict[str, ConceptDraft] = {}

    def _find(self, key: str) -> ConceptDraft | None:
        if key in self.by_key:
            return self.by_key[key]
        return next((c for c in self.by_key.values() if key in {normalize_name(a) for a in c.aliases}), None)

    def add(self, name: str, definition: str = "", quote: str = "", how: str = "mention", aliases=(), ctype: str = "term") -> None:
        name = name.strip(" ,;:.")
        key = normalize_name(name)
        if not key:
            return
        aliases = [a.strip(" ,;:.") for a in aliases if normalize_name(a) not in ("", key)]
        hit = self._find(key)
        if hit is None:
            self.by_key[key] = ConceptDraft(name=name, aliases=aliases, definition=definition, source_quote=quote,
                                            how=how, type=ctype)
            return
        have = {normalize_name(hit.name)} | {normalize_name(a) for a in hit.aliases}
        for a in [name, *aliases]:
            if normalize_name(a) not in have:
                hit.aliases.append(a)
                have.add(normalize_name(a))
        if definition and (not hit.definition or hit.how in WEAK_DEFINITIONS and how not in WEAK_DEFINITIONS):
            hit.definition, hit.source_quote, hit.how = definition, quote, how  # a name given inside a sentence
            # about something else gives way to a stronger definition of the same concept (round-13 judges)

    def defines(self, key: str) -> bool:
        """Whether ``key`` names a concept this chunk defines or gives another name."""
        return self._find(key) is not None

    def all(self) -> list[ConceptDraft]:
        return list(self.by_key.values())


_PAREN = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")


def _split_term(term: str) -> tuple[str, list[str]]:
    """Glossary term "adrenocorticotropic hormone (ACTH)" -> ("adrenocorticotropic hormone", ["ACTH"])."""
    m = _PAREN.match(term.strip())
    if m and m.group(1):
        return m.group(1), [a.strip() for a in re.split(r"[,;]| or ", m.group(2)) if a.strip()]
    return term.strip(), []


# a reference inside running text: a link, a DOI, "(New York: Basic Books, 1974)", "accessed April 2, 2021",
# "Retrieved October 29, 2014" -- books whose notes are inlined in the prose (audit round 4: "stone: Stone, "The
# Scope of IMF Conditionality."" and a "Degrowth" book title stored as concepts with definitions)
_CITATION = re.compile(r"https?://|www\.|\bdoi(?:\.org|:)|\([A-Z][^():]{1,40}: [^()]{2,80}, (?:1[5-9]|20)\d\d\)"
                       r"|\b(?:accessed|retrieved) (?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December) \d{1,2}, \d{4}", re.I)


def citation_like(text: str) -> bool:
    """A sentence carrying a bibliographic reference: neither a claim nor a definition of the book."""
    return bool(_CITATION.search(text))


# ----------------------------------------------------------------------------- one chunk


def extract_parsed(chunk: Chunk, doc, heading_doc=None, context: str = "",
                   window: tuple | None = None, report: Report | None = None) -> Extraction:
    """Chains, statements and concepts of one chunk from its parse (``doc`` is the parse of ``chunk.text``).

    ``context`` is the text of the whole document (default: the chunk): a term recurs when it occurs twice there.
    ``window``: (parse of the chunk followed by the next chunk's text, where the next chunk begins) for chains
    (:func:`window`); everything else is read from the chunk alone.  ``report(gate, frame, sentence)``: told
    which gate of :mod:`gates` dropped each sentence frame, or that it was kept (benchmarks/statement_gates.py).
    """
    from proda.ingest.extract.chains import find_chains

    text = chunk.text
    concepts = _Concepts()
    # glossary entries, the strongest evidence; not a manual's note on a control ("Enable: Sets the status ..."),
    # nor a list of aspects ("Speed: it is the fastest ...", definition_aspects); each entry read alone on the
    # default pipeline, loaded once per process, not in the chunk's parse
    for d, quote in glossary_entries(chunk, load_nlp()):
        name, aliases = _split_term(d.term)
        concepts.add(name, d.definition, quote, "definition_list", aliases)

    terms = ChunkTerms(context or text, chunk.heading_path, concepts.defines)
    known, termlike = terms.known, terms.termlike

    chains, statements = find_chains(window[0], chunk, window[1]) if window else find_chains(doc, chunk)
    # a transition read from a step in the next chunk is quoted there: that chunk's own reading keeps its statements
    statements = [st for st in statements if st.source_quote in text]
    seen = {(normalize_name(s.subject), s.predicate, normalize_name(s.object)) for s in statements}
    skip = words("sections.skip")
    cited = any(h.strip().lower() in skip for h in chunk.heading_path)
    # "Remarks › Temperament": the section itself or its parent only (a deeper path may be an outline misread, as
    # "Remarks › Klein › Appendices › ..." in the round-17 PDF, whose appendices are no remarks)
    remarked = any(h.strip().lower() in words("sections.asides") for h in chunk.heading_path[-2:])
    # a preface is the writer talking about his book: its sentences teach no fact of the subject (audit round 17)
    aside = any(h.strip().lower().replace("’", "'") in words("remarks.sections") for h in chunk.heading_path)
    aside = aside or worked_example(chunk.heading_path)  # "EXAMPLES › ...": one example's particulars
    if aside:
        statements = []
    sents = [] if cited else [x for x in sentences(doc, chunk) if not citation_like(x.text)]
    defs = definitions_in(doc, sents)
    for sent in sents:  # first what the chunk defines, so that statements may be about it
        for f in defs.get(sent.start, []):
            concepts.add(f.name, f.definition, f.quote, f.how, f.aliases)
        for name, short in abbreviations(sent):
            concepts.add(name, "", sent.text, "abbreviation", [short])
    for sent in sents:
        quote = sent.text
        for fr, holder in ([] if aside else sentence_frames(sent)):
            kind = kind_scope(fr, sent, terms.heading)  # "the president" under "Semi-Presidential Regimes"
            if kind:
                fr = fr.model_copy(update={"subject": f"{fr.subject} {kind}", "scope": kind})
            gate, effect = frame_gate(fr, sent, terms, context or text)
            if kind is None:
                gate = "heading_kind"
            key = (normalize_name(fr.subject), fr.predicate, normalize_name(fr.object))
            if not gate and key in seen:
                gate = "duplicate"
            if report:
                report(gate or (effect or "") + "kept", fr, sent)
            if gate:
                continue
            seen.add(key)
            statements.append(StatementDraft(
                subject=fr.subject, predicate=fr.predicate, object=fr.object, source_quote=quote,
                subject_term=fr.subject_term, object_term=fr.object_term, predicate_lemma=fr.predicate_lemma,
                family=fr.family, polarity=fr.polarity, negated=fr.negated, quantity=fr.quantity,
                rule=effect + fr.rule, attribution=holder or ""))
    if heading_doc is not None and not cited and not remarked:
        h = heading_term(heading_doc)
        if h and known(h) and re.search(r"\b" + re.escape(normalize_name(h)), text.lower()):
            concepts.add(text_cased(h, text), how="heading")  # "morocco" -> "Morocco" where the text says so
    for st in statements:  # the terms statements are about (termhood checked again in the pipeline)
        for name in (st.subject_term or st.subject, st.object_term or st.object):
            if termlike(name):
                concepts.add(name, how="mention")
    # the ingest pipeline makes every statement endpoint and step concept a concept: only terms may reach it
    def _final(st) -> bool:
        s, o = termlike(st.subject_term or st.subject), termlike(st.object_term or st.object)
        ok = (s and o) or (st.rule.startswith(("effect_", "class_")) and (s or o))
        if not ok and report:
            report("final_termlike", st, None)
        return ok

    statements = [st for st in statements if _final(st)]
    for ch in chains:
        ch.step_concepts = [[n for n in names if termlike(n)] for names in ch.step_concepts]
    ex = Extraction(chunk_id=chunk.id, chains=chains, statements=statements, concepts=concepts.all())
    return verify_quotes(ex, text)


# ----------------------------------------------------------------------------- processes

_WORKER_MODEL = "en_core_web_sm"


def _init_worker(model: str) -> None:
    global _WORKER_MODEL  # the one piece of per-process state: which pipeline this worker parses with
    _WORKER_MODEL = model
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    load_nlp(model)


def _extract_batch(chunks: list[dict], model: str | None = None, contexts: dict[str, str] | None = None,
                   ahead: dict | None = None) -> list[dict]:
    """Worker body: parse a batch of chunks with ``nlp.pipe`` and extract each (dicts in, dicts out).

    ``ahead``: the chunk after the batch, parsed only so that the last chunk's chains may run on into it.

    ``contexts``: document text by ``doc_id`` (for recurrence); a chunk without one uses its own text.
    """
    nlp = load_nlp(model or _WORKER_MODEL)
    cs = [Chunk.model_validate(c) for c in chunks]
    nxt = cs[1:] + ([Chunk.model_validate(ahead)] if ahead else [])
    docs = list(nlp.pipe([c.text for c in cs + nxt[len(cs) - 1:]], batch_size=16))
    heads = list(nlp.pipe([heading_text(c.heading_path[-1]) if c.heading_path else "" for c in cs], batch_size=64))
    ctx = contexts or {}
    out = []
    for i, (c, d, h) in enumerate(zip(cs, docs, heads)):
        w = window(nlp, c, d, nxt[i], docs[i + 1]) if i < len(nxt) else None
        out.append(extract_parsed(c, d, h, ctx.get(c.doc_id, ""), w).model_dump())
    return out


@lru_cache(maxsize=4)
def _seam(nlp):
    """A paragraph break with the pipeline's annotations (``Doc.from_docs`` needs the same ones on every part)."""
    return nlp("\n\n")


def window(nlp, chunk: Chunk, doc, nxt: Chunk, nxt_doc) -> tuple | None:
    """The chunk's parse followed by the part of the next chunk past their overlap, and where the next chunk
    begins in it: chains read across the seam (chunks are a few paragraphs; a process often runs longer).
    None when the next chunk belongs to another document or does not follow on."""
    if nxt.doc_id != chunk.doc_id or not chunk.doc_id or nxt.start < chunk.start or nxt.start > chunk.end + 4:
        return None
    if list(nxt.heading_path) != list(chunk.heading_path):
        return None  # the next chunk opens another section: no process runs across a heading
    cut = max(0, chunk.end - nxt.start)
    k = next((t.i for t in nxt_doc if t.idx >= cut and not t.is_space), None)
    if k is None:
        return None
    from spacy.tokens import Doc

    # a chain that starts here runs on for a few sentences at most (``max_gap``, ``max_steps``): only those are joined
    ends = [s.end for s in nxt_doc.sents if s.end > k][:WINDOW_SENTS]
    if not ends:
        return None
    joined = Doc.from_docs([doc, _seam(nlp), nxt_doc[k:ends[-1]].as_doc(copy_user_data=True)], ensure_whitespace=False)
    return joined, min(len(chunk.text), max(0, nxt.start - chunk.start))


def _contexts(chunks: list[Chunk]) -> dict[str, str]:
    """Each document's text, rebuilt from its chunks (overlaps do not matter for counting recurrence twice:
    an overlap repeats a mention, so only text past the previous chunk's end is added)."""
    out: dict[str, list[str]] = {}
    last_end: dict[str, int] = {}
    for c in sorted(chunks, key=lambda c: (c.doc_id, c.start)):
        if not c.doc_id:
            continue
        cut = max(0, last_end.get(c.doc_id, 0) - c.start)
        out.setdefault(c.doc_id, []).append(c.text[cut:])
        last_end[c.doc_id] = max(last_end.get(c.doc_id, 0), c.end)
    return {k: "\n\n".join(v) for k, v in out.items()}


def _task_size(n_chunks: int, workers: int) -> int:
    """Chunks per task.  Large, because each task parses one chunk more than it extracts (the next task's first,
    for chains across the seam: 1 in 9 parses was such a repeat at 8 chunks a task); small enough that each worker
    still gets about four tasks, so that the pool's work stays even.  Which chunks share a task changes no result."""
    return max(MIN_TASK_CHUNKS, min(TASK_CHUNKS, -(-n_chunks // (4 * max(workers, 1)))))


class OfflineExtractor:
    """Deterministic extractor on a spaCy parse (the default; no model calls)."""

    name = "offline"

    def __init__(self, spacy_model: str = "en_core_web_sm", workers: int = 0) -> None:
        self.spacy_model = spacy_model
        self.workers = workers

    def extract(self, chunk: Chunk, domain: str) -> Extraction:
        return Extraction.model_validate(_extract_batch([chunk.model_dump()], self.spacy_model)[0])

    def extract_many(self, chunks: list[Chunk], domain: str, progress: Callable[[int], None] | None = None) -> list[Extraction]:
        """All chunks, in order; across ``workers`` spawned processes when there is more than one batch."""
        load_nlp(self.spacy_model)  # fail here, with one line, before any process starts
        ctx = _contexts(chunks)
        w = self.workers or os.cpu_count() or 1
        k = _task_size(len(chunks), w)
        batches = [[c.model_dump() for c in chunks[i:i + k]] for i in range(0, len(chunks), k)]
        cbatch = [{c["doc_id"]: ctx[c["doc_id"]] for c in b if c["doc_id"] in ctx} for b in batches]
        aheads = [chunks[i + k].model_dump() if i + k < len(chunks) else None for i in range(0, len(chunks), k)]
        n = min(w, len(batches))
        out: list[dict] = []
        if n <= 1:
            for b, cb, ah in zip(batches, cbatch, aheads):
                out += _extract_batch(b, self.spacy_model, cb, ah)
                if progress:
                    progress(len(b))
        else:
            ctx = multiprocessing.get_context("spawn")  # never fork: the parent may host a JVM
            # the initializer in a light module: torch stays out of the workers (proda/ingest/extract/worker.py)
            with ProcessPoolExecutor(n, mp_context=ctx, initializer=worker.init,
                                     initargs=(self.spacy_model, FALLBACK)) as pool:
                models = [self.spacy_model] * len(batches)
                for b, res in zip(batches, pool.map(_extract_batch, batches, models, cbatch, aheads)):
                    out += res
                    if progress:
                        progress(len(b))
        return [Extraction.model_validate(d) for d in out]
