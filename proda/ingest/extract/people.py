"""Vignette people: a statement whose subject is a person known only by a first name teaches nothing.

Why: textbooks open sections with stories ("Noel was recruited into a great job", "Lucy is an ambitious
student"); the parse reads them as claims, and the audit rejected them as trivia.  A scholar is named with a
surname somewhere in the document ("Émile Durkheim", later "Durkheim"); a vignette's character never is.  The
parsing pipeline leaves the entity recogniser out (speed), so a small tok2vec+ner pipeline is loaded once per
process and run only on the few sentences whose statement subject is a single capitalised word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from proda.ingest.extract.nlp import FALLBACK

_KEEP = ("tok2vec", "ner")


@lru_cache(maxsize=1)
def _ner():
    """The entity recogniser of the English pipeline (``None`` when no pipeline with one is installed)."""
    import spacy

    for name in ("en_core_web_sm", FALLBACK):
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError):
            continue
        if "ner" in nlp.pipe_names:
            for p in [p for p in nlp.pipe_names if p not in _KEEP]:
                nlp.remove_pipe(p)
            return nlp
    return None


def first_name_only(subject: str, sentence: str, context: str) -> bool:
    """Whether ``subject`` is a person the document names by a single word that never follows another name
    ("Noel", "Lucy"), according to the entity recogniser on ``sentence`` or to "she"/"he" taking it up in the next
    clause (the recogniser read "Elena ... worked in the city procurement office; she took graduate
    classes" as an organisation, audit round 6)."""
    if not re.fullmatch(r"[A-Z][a-z]+", subject):
        return False
    nlp = _ner()
    if nlp is None:
        return False
    if not any(e.label_ == "PERSON" and e.text == subject for e in nlp(sentence).ents) \
            and not _gendered(subject, context):
        return False
    before = [(m.group(1), context[:m.start()].rstrip()[-1:])
              for m in re.finditer(r"([^\W\d_][\w'’.-]*)[^\S\n]+" + re.escape(subject) + r"\b", context)]
    # "Spanish. Lucy": a sentence break; "When Noel was fifteen": a capitalised function word opens the sentence;
    # "Pushing Bibi out of the way": a participle opening a sentence is capitalised for that alone; a heading on the
    # line above ("Introduction\n\nElena and Cam met ...") is no first name either (only spaces between the words)
    return not any(w[0].isupper() and not w.endswith(".") and w.lower() not in STOP_WORDS
                   and not (prev in ("", ".", "!", "?", ":", "“", '"') and _participle(w)) for w, prev in before)


def _participle(w: str) -> bool:
    from lemminflect import getAllLemmas

    return w.lower().endswith(("ing", "ed")) and bool(getAllLemmas(w.lower(), upos="VERB"))


def _gendered(subject: str, context: str) -> bool:
    """"she"/"he" as the subject of the clause right after one that the name opens ("Elena had been out of
    college ...; she took", "Bibi loved having them around. She sang"): the name is a person's.  Only when no other
    name stands between them: in "Congress passed the resolution over the veto of President Nixon. He had argued
    ..." the pronoun takes up Nixon, not Congress (review)."""
    for m in re.finditer(r"(?:^|[.!?;:]\s+|\n\s*)" + re.escape(subject) + r"\b([^.!?;]*)[.!?;]\s+(?:[Ss]he|[Hh]e)\b",
                         context):
        if not re.search(r"\b(?!I\b)[A-Z]", m.group(1)):
            return True
    return False
