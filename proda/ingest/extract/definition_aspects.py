"""A definition list that is no glossary: a list of aspects (pros and cons, effects, purposes), or a lead-in as term.

Why: the HTML reader takes every ``<dl>`` as term/definition pairs, the strongest evidence a concept has.  A book
also writes ``<dl>`` lists whose labels are aspects of the section's subject, each glossed by a claim about that
subject, not by what the label is: "Speed: it is the fastest algorithm for ...", "Bias: there are many implicit
biases in ...", "Regularization: due to the prior, the solutions have ...", "Safety: Pipelines help avoid leaking
statistics ...", "construction time: A larger leaf_size leads to a faster tree construction time".  Taught as
"Define bias." each teaches a false definition (round 29, a machine-learning book: 6 concepts and 4 training items
of 18 + 8 rejects).  An entry-by-entry test cannot tell them from a glossary: one such entry may open on "It is"
(a gloss's shape), and a glossary's noun phrase is now and then parsed as a clause ("condition wherein a deficiency
of bicarbonate causes ...").  The list as a whole can: a glossary's glosses are noun phrases or fragments, and at
most one in a dozen is misread as a clause (4,000 entries of the development books: 10), while an aspect list's
are clauses about another subject.

How, on each entry's first sentence (:func:`clause_about_other`): a finite clause whose full subject (an article, a
quantifier, a plural, a name, an expletive "there": ``definition_offtopic._full_subject``; or the reader or writer,
"You can ...") opens the sentence, or follows a fronted adverbial closed by a comma ("due to ..., the solutions
have"), and neither is, points back at ("It is ...", "Brushes in this category ..."), nor shares a word with the
term; a term naming a statement ("Hund's rule", whose gloss is
the rule it states) never counts.  A run of adjacent entries of which at least half are such clauses is an aspect
list (:func:`aspect_entries`; two such entries at least where the run has two or more, since a chunk's edge may cut
a glossary to a few entries): none of its entries is a definition; its names may still become terms by the book's
termhood.  An entry whose term is itself a lead-in ("There exist two strategies for selecting the cluster to
split:", "A few features available in this model:"), a qualified name of code ("numpy.linalg.cond") or a sentence
("constant always predicts a constant label that is provided by the user.") is no entry either (:func:`lead_in`).
"""

from __future__ import annotations

import re

from proda.ingest.extract.definition_entries import _first_word, _lists, main_subject, sentence_defines
from proda.ingest.extract.definition_offtopic import _full_subject, _points_back, _states, _stems
from proda.ingest.extract.definition_runons import _finite


def clause_about_other(term: str, sent) -> bool:
    """Whether ``sent`` (an entry's parsed first sentence) is a finite clause about another subject than ``term``
    (see the module docstring); lower case too, unlike ``definition_offtopic.entry_off_topic``, which judges one
    entry alone and so must let a glossary's lower-case fragments pass."""
    if _states(term):
        return False
    subj = main_subject(sent)
    first = _first_word(sent)
    person = subj is not None and subj.lower_ in _lists()["persons"]  # "You can search over ...": a use, not a gloss
    if subj is None or not (person or _full_subject(subj)):
        return False
    verb = subj.head
    if verb.pos_ not in ("VERB", "AUX") or not _finite(verb):
        return False
    if subj.dep_ != "expl" and not person:
        if _points_back(subj):
            return False  # "It is ...", "Brushes in this category can ...": a word for the label itself
        if _stems(term) & (_stems(" ".join(t.text for t in subj.subtree)) | _stems(verb.text)):
            return False  # "The table is partitioned ..." for "range partitioning"
    if subj.left_edge.i == first.i:
        return True
    fronted = first.pos_ in ("SCONJ", "ADP") or first.dep_ in ("mark", "prep", "advmod")
    return fronted and any(t.text == "," for t in sent.doc[first.i:subj.left_edge.i])


def aspect_entries(runs: list[list[tuple[str, object]]]) -> set[int]:
    """The positions (counted over all runs, in order) of the entries that belong to an aspect list.  ``runs``: the
    runs of adjacent entries, each entry (term, parsed first sentence or None)."""
    out: set[int] = set()
    i = 0
    for run in runs:
        clauses = sum(1 for term, sent in run if sent is not None and clause_about_other(term, sent))
        # half of the run or more, and two entries where the run has two or more: a list cut by the chunk's edge
        # may hold one entry of a glossary the parse misread, and must not be judged by it alone
        if clauses and 2 * clauses >= len(run) and (clauses >= 2 or len(run) == 1):
            out.update(range(i, i + len(run)))
        i += len(run)
    return out


_QUALIFIED = re.compile(r"[a-z]{2,}\.[a-z_]{2,}")


def lead_in(term: str, nlp) -> bool:
    """A term that is no name: it ends on a colon (the lead-in of what follows: "There exist two strategies ...:"),
    holds a qualified name of code ("numpy.linalg.cond", "conditionnum (statsmodels.stattools)", "tests in
    scipy.stats": a list of a library's functions, glossed by notes on them; round 30; not an abbreviation, "U.S.",
    "e.g.") or is a sentence, closed by a full stop, with a subject and a finite verb ("constant always predicts a
    constant label that is provided by the user.").  Why the full stop: a name parsed alone is often read as a clause
    ("nail fold", "Korotkoff sounds": a noun and a verb), so the parse alone does not tell."""
    term = term.rstrip()
    if term.endswith(":") or _QUALIFIED.search(term):
        return True
    return term.endswith(".") and any(t.pos_ in ("VERB", "AUX") and _finite(t) and
                                      any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
                                      for t in nlp(term))  # parsed only where a full stop closes it


def glossary_entries(chunk, nlp) -> list[tuple[object, str]]:
    """The definition entries of ``chunk`` that may define their terms, each with its quote (the "term: definition"
    line as the chunk holds it, else the definition): not a manual's note on a control
    (:func:`proda.ingest.extract.definition_entries.sentence_defines`), not an entry of an aspect list, not a
    lead-in as term.  Entries are adjacent when only white space lies between their lines in the chunk's text."""
    text, runs, entries = chunk.text, [], []
    end = -1
    for d in chunk.definitions:
        line = f"{d.term}: {d.definition}"
        at = text.find(line, max(end, 0))
        quote = line if line in text else (d.definition if d.definition in text else "")
        body = d.definition.strip()
        sent = next(iter(nlp(body).sents), None) if body else None
        if not runs or at < 0 or end < 0 or text[end:at].strip():
            runs.append([])
        runs[-1].append((d.term, sent))
        entries.append((d, quote, sent))
        end = at + len(line) if at >= 0 else -1
    aspects = aspect_entries(runs)
    return [(d, quote) for i, (d, quote, sent) in enumerate(entries)
            if i not in aspects and (sent is None or sentence_defines(sent)) and not lead_in(d.term, nlp)
            and not value_entry(d.definition)]


_SYMBOLS = set("=^!+*/[]{}<>|~")


def value_entry(definition: str) -> bool:
    """A list entry that gives a value or an example, not what its term is (round 46's development pages, the Maxima
    manual's tables set as definition lists: "prefix: rbp=180", "matchfix: (binding power not applicable)", "unary
    prefix: negation - a", "binary infix: exponentiation a^b"): a note wholly in brackets, or at most two words
    beside a formula's symbols (a setting "lbp=180, rbp=180" among them).  A gloss of a few words and no symbol ("Hydrogen
    peroxide") or a phrase that says what the term is stays."""
    body = definition.strip()
    if not body:
        return False
    if body[0] == "(" and body[-1] == ")" and body.count("(") == 1:
        return True
    wordish = re.findall(r"[A-Za-z]{2,}", body)
    return len(wordish) <= 2 and any(ch in _SYMBOLS for ch in body.replace(" - ", " ^ "))
