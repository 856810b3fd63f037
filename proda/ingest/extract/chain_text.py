"""What a step's text is: a statement of the text's own or a view (quoted words, a question), a fact about things
(a comparison, a copula) rather than an event, and where it ends (a full stop, not an abbreviation's).

Split from ``chain_cascades.py``, which imports these names.
"""

from __future__ import annotations


def _quotes_a_view(text: str) -> bool:
    """Words inside quotation marks (a quote left open, three words or more, or a short label: “socialism,”):
    someone's view.  Only a short hyphenated term ("two “medium-sized” nuclei") is the text's own word."""
    import re

    parts = re.split(r'[“”"]', text)
    if len(parts) == 1:
        return False
    return len(parts) % 2 == 0 or any(len(q.split()) >= 3 or not _quoted_term(q) for q in parts[1::2])


def _abbreviation(word: str, doc) -> bool:
    """ "Mt.", "Inc.", "Jr.", "Co.", "Dr.": the tokenizer's own exceptions for the document's language, plus the few
    abbreviations of a book's apparatus it lacks ("et al.", "Fig.", "No.", "approx.", "ca.")."""
    from spacy.util import get_lang_class

    exc = get_lang_class(doc.lang_).Defaults.tokenizer_exceptions
    return word in exc or word.lower() in exc or word.lower() in ("al.", "fig.", "no.", "approx.", "ca.")


def _full_stop(t) -> bool:
    """ "." after a word, or a word the tokenizer kept its full stop on ("pH."), but no abbreviation ("e.g.", "Dr.")."""
    if t.text == ".":
        return t.i > 0 and t.nbor(-1).text[-1:].isalnum() and not _abbreviation(t.nbor(-1).text + ".", t.doc)
    word = t.text[:-1]
    return t.text.endswith(".") and word.isalnum() and len(word) > 1 and not _abbreviation(t.text, t.doc)


def _quoted_term(q: str) -> bool:
    """A short quote that is a coined term ("“medium-sized” nuclei"): hyphenated, not closed by punctuation.  A bare
    word ("called the reform “socialism,”") may be a scare quote or a label someone applies -- a view, not a fact."""
    return "-" in q and not q.rstrip().endswith((",", ".", ";", ":"))


def _brought_about(t) -> bool:
    """ "This creates a lower pressure within the lung than that of the atmosphere": the comparison is what a causal
    verb brings about (it sits in the verb's direct object), so the clause is an event, not a comparison of two things
    (round 15: anatomy 22's inspiration lost its middle step).  The nearest verb above decides: "X is lower than Y"
    and "X requires more time than Y" (no causal family) stay comparisons."""
    from proda.ingest.extract.chain_leads import _verb_family
    from proda.ingest.extract.chain_rules import rules

    for a in t.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return False
        if a.dep_ == "dobj":
            return a.head.pos_ == "VERB" and _verb_family(a.head) in rules()["cascade"]["families"]
    return False


def attributive_quotes(span) -> bool:
    """Every quotation in ``span`` is a label inside a noun phrase: its words hang on a noun right after the closing
    mark ("experience an “empty nest” period"), so the quote names a kind of thing, it reports nobody's words."""
    marks = [t for t in span if t.text in '“”"']
    if not marks or len(marks) % 2:
        return False
    for a, b in zip(marks[::2], marks[1::2]):
        inner = range(a.i + 1, b.i)
        noun = b.nbor(1) if b.i + 1 < len(b.doc) else None
        if not inner or len(inner) > 3 or noun is None or noun.pos_ != "NOUN":
            return False
        if any(span.doc[k].head.i not in inner and span.doc[k].head.i != noun.i for k in inner):
            return False
    return True


def elapsed_time(span) -> bool:
    """ "As time passes", "as the years went by", "as the hours tick on": the clause's verb (``elapsed.verbs``) says
    only that a span of time (its subject, ``elapsed.nouns``) goes by, with no object or complement.  Time brings
    nothing about, so such a clause is no step of a process (audit round 21, chemistry: "time passes → the
    instantaneous rate will continue to fall → until it reaches zero" rejected as a sentence cut into clauses; the
    development gold reads "As time passes" as no link either, chemistry 13's row chem8).  "As time passes, the rate
    falls" is the rate's event (its root is "falls"); "time controls the rate" has an object; "a generation moved to
    the cities" goes somewhere (a prepositional object), which time going by never does."""
    from proda.ingest.extract.chain_rules import rules

    r = rules()["elapsed"]
    root = span.root
    if root.lemma_.lower() not in r["verbs"] or any(
            c.dep_ in ("dobj", "attr", "acomp", "oprd", "ccomp", "xcomp", "agent") for c in root.children):
        return False
    if any(c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in root.children):
        return False  # "the younger generation moved to the cities": going somewhere is an event (review R7)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lemma_.lower() in r["nouns"]


def not_event(span, terms: bool = False) -> bool:
    """A comparison ("X is slower than Y", "X requires more time than Y", "unlike X"), or a copula stating what
    something is ("X is a Y", "X is slow"): a fact about things, never a step of a process; nor is time going by
    (``elapsed_time``).  Words inside quotation
    marks are someone's view and a question asks, neither is an event the text states.  ``terms``: quotations that
    are labels inside a noun phrase (``attributive_quotes``) are the text's own words (the framed series only, so
    far)."""
    if span.text.rstrip().endswith("?"):
        return True  # a question is no event
    if elapsed_time(span):
        return True  # "as time passes": time going by brings nothing about
    if _quotes_a_view(span.text) and not (terms and attributive_quotes(span)):
        return True  # a quoted view is no event
    for t in span:
        if t.lower_ == "than" and (t.head.tag_ in ("JJR", "RBR") or any(a.tag_ in ("JJR", "RBR") for a in t.head.children)
                                   or t.head.lower_ in ("more", "less", "fewer", "rather", "other")) and not _brought_about(t):
            return True
        if t.tag_ in ("JJR", "RBR") and any(c.lower_ == "than" for c in t.subtree) and not _brought_about(t):
            return True
        if t.lower_ in ("unlike", "whereas") or (t.lower_ in ("compared", "comparison") and t.nbor(1).lower_ in ("to", "with")
                                                  if t.i + 1 < len(t.doc) else False):
            return True
    root = span.root
    return root.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in root.children)
