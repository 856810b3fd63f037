"""A naming whose subject points back ("This process is called X") defined together with the sentence before it.

Why: textbooks describe a thing in one sentence and name it in the next ("Fluid moves out of the capillary into the
interstitial fluid. This process is called filtration."; two of 40 gold glossary terms drawn from the development
chapters, docs/audits/dev-2026-11-30/definition-ceiling.md, and 25 namings in those chapters of four books).  The naming sentence alone teaches a
pointer (audit round 8), so it gave a name without a definition; the pair of sentences says what X is.  The pair
counts only when the naming opens with its pointing subject and the sentence before is a full statement of the
same paragraph: capitalised, ending in a full stop, with a finite verb and at least ``_MIN_WORDS`` words ("The opposite
is also true." says nothing of the thing named), not itself opening with a pointer ("This is a decrease from 77 percent
in 1980. This two-parent family structure is known as a nuclear family": the statistic is no definition).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.lexdata import words

_MIN_WORDS = 8
_POINTERS = {"this", "these", "such"}
_PRONOUNS = {"that", "those", "it", "they", "he", "she", "we"}


def _opens_with_pointer(sent: Span, desc: Token) -> bool:
    """The naming's subject opens the sentence and is, or starts with, a demonstrative ("This process ...",
    "These amendments ...", "Such an individual ...", "This is ...")."""
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    return first is not None and first.i == desc.left_edge.i and first.lower_ in _POINTERS and \
        (first == desc or first.head == desc or first.head.head == desc)


def sentence_before(sent: Span) -> Span | None:
    """The full sentence of the same paragraph right before ``sent``, or None."""
    doc = sent.doc
    i = sent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or "\n" in doc.text[doc[i].idx:sent.start_char]:
        return None  # the text's first sentence, or the one before is another paragraph's
    toks = [t for t in doc[i].sent if not t.is_space]
    if not toks:
        return None
    prev = doc[toks[0].i:toks[-1].i + 1]
    end = prev.text.rstrip("\"”’')")
    if not prev.text[:1].isupper() or not end.endswith(".") or sum(t.is_alpha for t in prev) < _MIN_WORDS:
        return None
    if prev[0].lower_ in _POINTERS | _PRONOUNS:
        return None  # "This is a decrease from 77 percent in 1980.": it points further back itself
    if not any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in prev):
        return None  # a heading or a noun phrase, not a statement (the small parser may miss its subject)
    return prev


def negated_naming(verb: Token) -> bool:
    """The naming verb is denied ("This is not called a presidential system", "... is never / no longer referred to
    as X", reviewer R16): it says what the thing is not called, so it defines nothing and names nothing."""
    return any(c.dep_ == "neg" or c.lower_ == "never" or
               c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children)


def _identifies(sent: Span, desc: Token) -> bool:
    """The name given is a proper name ("This treaty is known as the Treaty of Versailles", "These amendments are known
    as the Bill of Rights"): the pair identifies one thing, it does not say what a kind of thing is (reviewer R16).
    A proper name is capitalised throughout, not indefinite, and repeats the pointer's noun or is a named entity;
    "the Krebs cycle" keeps a common noun, "a Sidereal Day" is a kind, "the Julian Day" no entity."""
    verb = desc.head
    named = [t for t in sent if t.i > verb.i and t.pos_ in ("NOUN", "PROPN", "ADJ")]
    if not named or not all(t.text[:1].isupper() for t in named) or \
            any(t.lower_ in ("a", "an") for t in sent if t.i > verb.i):
        return False
    return any(t.lemma_.lower() == desc.lemma_.lower() or t.ent_type_.lower() in words("antecedent.proper_entities")
               for t in named)


def about_the_kind(prev: Span, desc: Token) -> bool:
    """The sentence before holds the whole thing the pointer names and is about it (reviewer R16 finding 2): not
    hedged ("may slowly adjust"), not a dispute or a report ("Scientists disagree about how long the effect lasts"),
    not one step of a series ("The right ventricle then contracts"); a pointer noun of a whole made of parts ("This
    entire sequence", "This cycle") is refused, one of a change ("This response") needs an event, not a state, as
    the main verb; a pointer noun the sentence before repeats must stand in its subject (or a copula's attribute) ("The Senate
    approved the treaty. This treaty ...": the sentence is about the Senate)."""
    root = prev.root
    if any(c.dep_ == "aux" and c.lower_ in words("antecedent.hedge_modals") for c in root.children) or \
            any(t.lower_ in words("antecedent.hedge_adverbs") | words("antecedent.step_adverbs") for t in prev) or \
            root.lemma_.lower() in words("antecedent.doubt_verbs"):
        return False
    if desc.pos_ not in ("NOUN", "PROPN"):
        return True  # "This is known as the double helix": the pronoun takes what the sentence before says
    lemma = desc.lemma_.lower()
    if lemma in words("antecedent.collective_nouns") or desc.lower_ in words("antecedent.collective_nouns") or \
            any(c.lower_ in words("antecedent.whole_modifiers") for c in desc.children):
        return False
    if lemma in words("antecedent.change_nouns") and root.lemma_.lower() in words("antecedent.state_verbs"):
        return False
    heads = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if root.lemma_.lower() == "be":  # "There are minute nerves in ...", "Julian Days are a way of ... the number of"
        heads += [c for c in root.children if c.dep_ == "attr"]
    about = {t.i for h in heads for c in (h, *h.conjuncts) for t in c.subtree}
    return all(t.i in about for t in prev if t.lemma_.lower() == lemma and t.pos_ == "NOUN")


def _clause_before(sent: Span, desc: Token) -> Span | None:
    """The clause before a ";" or "(" right before the pointing subject ``desc`` opens ("The cell divides into two
    identical cells; this process is called mitosis", "A process can clone itself (this is known as a fork)"): the
    same pair as two sentences, in one (round 38's missed facts), under the same tests as :func:`sentence_before`."""
    first = desc.left_edge
    if first.i == sent.start or first.lower_ not in _POINTERS or first.i - 1 < sent.start or \
            sent.doc[first.i - 1].text not in (";", "("):
        return None
    prev = sent.doc[sent.start:first.i - 1]
    if not prev.text[:1].isupper() or sum(t.is_alpha for t in prev) < _MIN_WORDS or \
            prev[0].lower_ in _POINTERS | _PRONOUNS or not any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in prev):
        return None
    return prev


def named_with_before(sent: Span, desc: Token) -> str | None:
    """The text of the sentence before and the naming ``sent`` (verbatim, as the chunk has it) when ``desc``, the
    naming verb's subject, points back to that sentence (or to the clause before a ";" or "(" of ``sent``); None
    otherwise."""
    if desc.dep_ != "nsubjpass" or negated_naming(desc.head):
        return None
    inner = _clause_before(sent, desc)
    if inner is not None:
        return sent.text if not _identifies(sent, desc) and about_the_kind(inner, desc) else None
    if not _opens_with_pointer(sent, desc):
        return None
    prev = sentence_before(sent)
    if prev is None or _identifies(sent, desc) or not about_the_kind(prev, desc):
        return None
    return sent.doc[prev.start:sent.end].text


def points_to_sentence_before(span: Span) -> bool:
    """The named ``span`` (X of "This process is called X") is named by a sentence whose pointing subject the
    sentence before it resolves (the stored definition holds both)."""
    verb = span.root.head.head if span.root.head.lower_ in ("as", "to") else span.root.head
    verb = verb.head if verb.lower_ == "to" and verb.dep_ == "prep" else verb
    desc = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return desc is not None and named_with_before(span.sent, desc) is not None


def contrasted_name(nm: Token) -> bool:
    """The name given is one side of a pair ("This is referred to as the motherhood penalty versus the fatherhood
    premium", "... as opposed to Y", "referred to as X and Y"; audit round 16): the pointer takes in a contrast the
    text draws over more than the sentence before, which may describe only the other side, so the pair of sentences
    defines neither name (``antecedent.contrast_words``: a word, or the first two, right after the name).  "called X
    or Y" gives another name of the same thing and keeps the pair (found by the sweep: "late prophase or
    prometaphase", "a radioactive tracer (or radioactive label)")."""
    if any(c.dep_ == "conj" for c in nm.children) and any(c.dep_ == "cc" and c.lower_ == "and" for c in nm.children):
        return True
    doc = nm.doc
    after = [t.lower_ for t in doc[nm.i + 1:min(len(doc), nm.i + 6)] if not (t.is_punct or t.is_quote)][:2]
    return bool(after) and (after[0] in words("antecedent.contrast_words") or " ".join(after) in
                            words("antecedent.contrast_words"))
