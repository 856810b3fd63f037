"""Definitions that do not define their term: a second term's clause run on, a clause read as a gloss, a consequence.

Why (issue 11, session 25 engineer D; blind round 25 found concepts at ~89 % real terms, its rejects mostly
definitions): the readers of :mod:`proda.ingest.extract.definitions` keep a span of the sentence as the term's
definition, and three shapes of span teach something that is not what the term is:

* a second term's defining clause set beside the first's -- "A refers to P, while B refers to Q" kept whole as the
  definition of A (and of B).  The contrast clause (``while`` after a comma, or ``whereas``, with its own noun subject and
  a finite verb) is certainly a separate statement, so A's definition is cut to A's clause.  B's is left whole: its
  clause opens in lower case ("..., whereas internal respiration refers to ..."), and the stored-definition check
  (``termhood_definitions.valid_definitions``) refuses such a fragment, so a cut would lose B's definition (and
  "While B refers to P, A refers to this ..." leans on the contrast clause);
* a gloss that is a clause: "X, the angle of the joint increases" -- an appositive reader took a clause with its own
  subject and finite verb as a noun phrase set beside X;
* "X, which means that ..." -- a clause of consequence, not what X means.

The review runs on what :func:`proda.ingest.extract.definitions.definitions_in` found, after its own gates, and
only removes or shortens; it lives in its own module because engineers C and R change ``definitions.py`` and
``definition_gates.py`` in the same session.  Words are data (``patterns/definition_runons.toml``); the shapes are
read from spaCy's dependency parse.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from proda.ingest.extract.definition_clauses import Found
from proda.ingest.extract.definition_shapes import _plural
from proda.ingest.extract.lexdata import toml_table

FINITE = ("VBZ", "VBP", "VBD", "MD")


@lru_cache(maxsize=1)
def _data() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in toml_table("definition_runons.toml").items()}


def review(doc, sents: list[Span], out: dict[int, list[Found]]) -> dict[int, list[Found]]:
    """``out`` (definitions by sentence start) with run-on definitions cut and non-defining ones removed."""
    by_start = {s.start: s for s in sents}
    res: dict[int, list[Found]] = {}
    for start, found in out.items():
        sent = by_start.get(start)
        kept = []
        for f in found:
            g = f if sent is None or not f.definition else reviewed(sent, f)
            if g is not None:
                kept.append(g)
        if kept:
            res[start] = kept
    return res


def reviewed(sent: Span, f: Found) -> Found | None:
    """``f`` as it should be kept: unchanged, with its definition cut to its own clause, or None (refused)."""
    span = _span_of(sent, f.definition)
    if span is None:
        return f
    name = _name_tokens(span, f.name)
    if name is None:
        return f
    if f.how == "which_means" and _consequence(span):
        return None
    if f.how in _data()["gloss_rules"] and f.how != "which_means" and (_clause_gloss(span, name) or
                                                                       _of_object_gloss(span, f.name) or
                                                                       _names_another(span, name)):
        return None
    cut = _own_clause(span, name)
    if cut is None:
        return f
    if not cut:
        return None
    return replace(f, definition=cut)


def _span_of(sent: Span, text: str) -> Span | None:
    """The tokens of ``sent`` that ``text`` (a verbatim piece of it) covers."""
    at = sent.text.find(text)
    if at < 0:
        return None
    a = sent.start_char + at
    return sent.doc.char_span(a, a + len(text), alignment_mode="expand")


def _name_tokens(span: Span, name: str) -> list[Token] | None:
    """Where the term stands in ``span``: its words in a row (articles between them skipped: a name is stored
    without them), else the first token of its last word (the head)."""
    ws = name.lower().split()
    toks = list(span)
    for i in range(len(toks)):  # the words in a row, articles between them skipped ("crust of plate")
        got, j = [], i
        for w in ws:
            while j < len(toks) and toks[j].tag_ in ("DT", "PRP$") and toks[j].lower_ != w and got:
                j += 1
            if j < len(toks) and toks[j].lower_ == w:
                got.append(toks[j])
                j += 1
            else:
                break
        if len(got) == len(ws) and ws:
            return got
    last = ws[-1] if ws else ""
    head = next((t for t in toks if t.lower_ == last or t.lemma_.lower() == last), None)
    return [head] if head is not None else None


def _consequence(span: Span) -> bool:
    """"..., which means that a given area receives more energy": ``mean`` with a clause of its own (a ``that`` or a
    subject) states a consequence, not a meaning."""
    for t in span:
        if t.lemma_ == "mean" and t.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "ccomp" and any(d.dep_ in ("mark", "nsubj", "nsubjpass") for d in c.children)
                   for c in t.children):
                return True
    return False


def _clause_gloss(span: Span, name: list[Token]) -> bool:
    """The words set beside the term hold a clause of their own: a finite verb whose subject (no relative word)
    stands among them after the term ("biceps, the angle of the elbow increases")."""
    end = name[-1].i
    rel = _data()["relative_subjects"]
    for t in span:
        if t.i <= end or not _finite(t) or t.dep_ == "relcl":
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and end < c.i < t.i]
        if subj and all(c.lower_ not in rel and c.tag_ not in ("WDT", "WP") for c in subj):
            # the subject must be the gloss's own noun, not the term (a whole-sentence definition says more of X)
            if not any(n in c.subtree for c in subj for n in name) and _beside(span, name, subj[0]):
                return True
    return False


def _names_another(span: Span, name: list[Token]) -> bool:
    """"the current from an external source—a process known as electrolysis": the noun set beside the term is
    given a name of its own ("known as", "called"), so the aside defines that name, not the term."""
    naming = _data()["naming_verbs"]
    for t in span:
        if t.i <= name[-1].i or t.dep_ != "appos" or t.head.i > name[-1].i:
            continue
        for c in t.children:
            if c.dep_ == "acl" and c.lemma_ in naming and c.tag_ == "VBN" and t.i < c.i < span.end:
                return True
    return False


def _of_object_gloss(span: Span, name: str) -> bool:
    """"inflammation of the meninges, the tough membranes that ...": the words set beside "N1 of N2" describe N2 --
    their noun is N2's noun ("the tendon of the thigh muscle, the large muscle ...") or, N1 a common noun, has N2's
    number where N1 has the other -- so they are no definition of the name N1 of N2."""
    sep = next((t for t in span if t.text in (",", "—", "–", "(") and t.i > span.start), None)
    if sep is None or " of " not in f" {name.lower()} ":
        return False
    of = next((t for t in span[:sep.i - span.start] if t.lower_ == "of" and t.dep_ == "prep"), None)
    if of is None or of.head.i >= of.i or not of.head.tag_.startswith("NN"):
        return False
    n1 = of.head
    n2 = next((t for t in reversed(span[:sep.i - span.start]) if t.dep_ == "pobj" and t.tag_.startswith("NN")), None)
    genus = next((t for t in span[sep.i + 1 - span.start:] if t.tag_.startswith("NN") and
                  t.dep_ not in ("compound", "amod", "nmod", "poss")), None)
    if n2 is None or genus is None or n2.i <= of.i:
        return False
    # number alone is no cue where N1 is a proper name: "the Bill of Rights, the first ten amendments to the
    # Constitution" glosses the whole name (code review, session 25).  Not the NNP tag, which spaCy gives a
    # sentence-initial common noun ("Inflammation of the tonsils, the small glands ...", code review 2): N1 and N2
    # capitalised, N1 not the sentence's first word
    proper = n1.text[:1].isupper() and n2.text[:1].isupper() and not n1.is_sent_start
    return genus.lemma_.lower() == n2.lemma_.lower() != n1.lemma_.lower() or \
        not proper and _plural(genus) == _plural(n2) != _plural(n1)


def _finite(t: Token) -> bool:
    """A verb with a tense: itself ("increases") or by its auxiliary ("was approved")."""
    return t.tag_ in FINITE or t.pos_ in ("VERB", "AUX") and \
        any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in t.children)


def _beside(span: Span, name: list[Token], subj: Token) -> bool:
    """``subj``'s phrase opens the words set beside the term: only punctuation and articles come between."""
    first = min(x.i for x in subj.subtree)
    between = span.doc[name[-1].i + 1:first]
    return all(t.is_punct or t.tag_ in ("DT", "PDT") for t in between)


def _own_clause(span: Span, name: list[Token]) -> str | None:
    """The term's own clause where a contrast clause follows it ("A refers to P, while B refers to Q"): A's clause,
    verbatim; None where there is no such clause or the term stands in it."""
    data = _data()
    for m in span:
        if m.lower_ not in data["contrast_markers"] or m.dep_ not in ("mark", "advmod"):
            continue
        verb = m.head
        if not (span.start <= verb.i < span.end) or verb.i < m.i or not _finite(verb):
            continue
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > m.i]
        if not subj or subj[0].tag_ in ("PRP", "WDT", "WP", "EX"):
            continue
        comma = m.i > span.start and span.doc[m.i - 1].text in (",", ";")
        if m.i > span.start and not comma and m.lower_ not in data["always_contrast"]:
            continue  # "Driving While Brown refers to ...", "... that expands while the lungs fill": no clause beside
        sub = [t for t in verb.subtree if span.start <= t.i < span.end]
        a, b = min(t.i for t in sub), max(t.i for t in sub) + 1
        if a != m.i:
            continue
        if any(a <= n.i < b for n in name) or a == span.start:
            return None  # the term in the contrast clause, or the contrast first: see the module's note
        before = span.doc[name[0].i - 1] if name[0].i > span.start else None
        if before is not None and before.dep_ in ("amod", "compound") and before.head in name:
            return None  # "The descending loop ..., whereas the ascending loop ...": the name is the whole of both
        if b >= span.end - 1:  # "A ..., while B ...": A's clause
            return span.doc[span.start:a - 1 if comma else a].text
        return None
