"""A chain step whose subject is "it" or "they", written with the one noun phrase of the step before it can mean.

Why (issue 12, session 17): a cascade cut from one sentence leaves its later steps with a pronoun subject
("individual legislators specialize | they delve more deeply into one or two policy areas ...").  Such a step names
nothing when quoted in a question and reads as a continuation beside whole sentences, so every question on it was
refused ("unreadable_step", "form_mix"); on the session's development KBs that left the political-science chapter
with a chain and no item.  The referent is often certain from grammar alone: the pronoun agrees in number with
exactly one noun phrase of the step before, and that phrase is the subject of its main verb.  Only then is it
written in ("Individual legislators delve ..."); where two phrases agree ("smoke enters the chamber, the movement of
the ions is impeded | it triggers ..."), the one that agrees is an object ("Eric had two children | they ..." is
Eric and his wife), the step before has a pronoun subject of its own, its main verb is misparsed ("This makes Tc-99m
..." read "m" as the verb), or the pronoun may be an expletive ("it is important to ..."), the step stays as it was
and stays refused.  Measured on book sentences opening on It/They after the sentence before (chapters the rule was
not written from: anatomy 01/02/04/07/08/13-16, chemistry 03/05/11, sociology 01/02/12, political science 03/06; 346
pairs): 16 rewritten, 15 read right (one "smooth muscle tissue contraction" for the tissue); /tmp/s17/B sheets.
"""

from __future__ import annotations

SUBJECT_PRONOUNS = {"it": False, "they": True}  # pronoun -> plural
_ROLES = frozenset({"nsubj", "nsubjpass"})  # what the antecedent is in the step before
_QUOTES = frozenset({'"', "\u201c", "\u201d", "\u201e", "``", "''"})
_POINTING = frozenset({"this", "these", "that", "those"})
_LEFT = frozenset({"it", "them", "this", "that", "these", "those"})  # a pronoun still in the step: it names nothing
# words that make a phrase say how many of the things do what its clause says, not which things: copied onto the next
# clause they assert a new count ("Few voters trust the party | they stay home" is not "Few voters stay home")
_RESTRICTING = frozenset({"few", "little", "no", "not", "only", "neither", "none", "never"})


def _plural(head) -> bool:
    """Plural subject: a plural noun, or nouns joined by "and" (not "S1 or lub", an apposition's alternatives).  In a
    list of three or more the parse hangs each conjunct on the one before and "and" on the last but one ("greater
    vasodilation, greater GFR, and more water": "and" is a child of "GFR"), so the whole chain of conjuncts is read:
    the list was written "... more water lost in the urine results"."""
    if head.tag_ in ("NNS", "NNPS"):
        return True
    chain, cur = [], head
    while True:
        nxt = next((c for c in cur.children if c.dep_ == "conj"), None)
        if nxt is None:
            break
        chain.append(cur)
        cur = nxt
    return bool(chain) and any(c.dep_ == "cc" and c.lower_ == "and" for h in chain for c in h.children)


def _phrase(head) -> str | None:
    """The noun phrase headed by ``head`` as it stands (modifiers, "of" phrases), or None when it holds a clause or
    a pronoun (the phrase would carry a verb or point back further)."""
    toks = list(head.subtree)
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("relcl", "acl", "advcl", "ccomp") or
           (t.tag_ in ("PRP", "PRP$") and t.i != head.i) for t in toks) or toks[-1].i - toks[0].i + 1 != len(toks):
        return None
    doc = head.doc
    while not toks[-1].whitespace_ and toks[-1].i + 1 < len(doc) and doc[toks[-1].i + 1].is_alpha:
        nxt = doc[toks[-1].i + 1]  # "Tc-99" + "m": one word the tokenizer cut; the phrase takes it whole
        if list(nxt.children):
            return None
        toks.append(nxt)
    if any(t.text in _QUOTES for t in toks):
        return None  # a quotation cut at its edge ('Thick skin" has ...') or a citation's title
    if any(t.lower_ in _RESTRICTING and not (t.lower_ in ("few", "little") and t.i > 0 and doc[t.i - 1].lower_ == "a"
                                             and not (t.i > 1 and doc[t.i - 2].lower_ == "only")) for t in toks):
        return None  # "Not all bacteria cause disease | they live in the gut": "they" are the bacteria, and "Not all
        # bacteria live in the gut" would deny what the book says (review R1); "a few" names some of them and stays
    words = [t.text_with_ws for t in toks]
    if toks[0].lower_ in _POINTING:
        words[0] = "the" + toks[0].whitespace_  # "this expertise" -> "the expertise"
    return "".join(words).strip()


def antecedent(previous, plural: bool) -> str | None:
    """The subject of ``previous``'s main verb (a parsed step) when it is the one noun phrase there that agrees in
    number; None where none or several agree, or the agreeing one is no subject.  Why the subject only: a pronoun
    subject continues the subject before it far more often than an object ("Eric had two children from a previous
    marriage. They quickly realized ..." is Eric and his wife, not the children; "... are the only commercially
    important compounds. They ..." names the compounds by their class), and a misparsed main verb ("The endocardium
    lines the chambers", "lines" read as a noun) leaves no subject to take."""
    sents = list(previous.sents)
    root = sents[-1].root if sents else None
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    heads = [t for t in previous if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod", "nmod", "poss")
             and not (t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN"))]
    agree = [h for h in heads if _plural(h) == plural]
    if len(agree) != 1 or agree[0].dep_ not in _ROLES or agree[0].head.i != root.i:
        return None
    return _phrase(agree[0])


def pronoun_step(doc, previous) -> str | None:
    """``doc`` (a step opening on "it"/"they" as the subject of its one main verb) with the pronoun written as its
    antecedent in ``previous``; None where the step is not of that shape or the antecedent is not certain."""
    sents = list(doc.sents)
    if previous is None or len(sents) != 1 or not len(doc):
        return None
    first, root = doc[0], sents[0].root
    plural = SUBJECT_PRONOUNS.get(first.lower_)
    if plural is None or first.dep_ not in ("nsubj", "nsubjpass") or first.head.i != root.i \
            or root.pos_ not in ("VERB", "AUX"):
        return None
    if not plural and (root.lemma_ in ("be", "seem", "appear", "take") or
                       any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in root.children)):
        return None  # "it is important to ...", "it seems that ...", "it takes hours": no thing is meant
    if any(t.lower_ in _LEFT and t.tag_ == "PRP" for t in doc[1:]):
        return None  # "they return it to the heart": the step still names nothing
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PRON" for t in previous):
        return None  # "It vigorously churns food. | It also secretes ...": the pronoun continues the one before, whose
        # thing neither step names ("food" would be the only phrase left to agree)
    name = antecedent(previous, plural)
    if not name:
        return None
    rest = doc[1:].text.strip().rstrip(" ,;:.")
    out = " ".join(f"{name} {rest}".split())
    return out[:1].upper() + out[1:]
