"""An argument's relative clause read to its end, and a verb stated alone out of a choice of verbs (session 28, C).

Why apart from :mod:`frame_args`: both are the blind judges' "cut" class (round 28) on readings the frame makes
whole (a restrictive clause added by :func:`scope.clause_span`) or shares (one object under two verbs), checked
on the parse once the frame's arguments are known:

* a relative clause the parse ended early: "a shared memory pool whose size is defined by the configuration
  variables [max_a and max_b]", "a genetic disorder that affects [(completely or partially)] [the coloring of
  skin]": the words after the clause, hung elsewhere, are its own.  Read whole when what follows, to the end of the
  sentence, is a plain noun phrase; else refused (an argument never ends inside its clause);
* a verb one of "or"-coordinated verbs over one object: "the index must store, or else be able to reconstruct,
  the value" does not say it must store it.  Under "can"/"may" each alternative is possible ("can raise or lower
  the rate" says it can raise it), so those stay;
* a bare "the N" whose restriction an earlier "a N of ..." of the sentence gave: read with it (:func:`restored`);
* a term cut out of a hyphenated word ("index-only scans" read as "scans"): :func:`hyphen_word`, for
  :func:`arguments.term_of`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from proda.ingest.extract.lexdata import toml_table

_NP = {"DET", "NOUN", "PROPN", "ADJ", "NUM", "X"}
_RUN = _NP | {"CCONJ", "ADP", "PART"}
_ENDS = (";", ":", ".", "!", "?")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """The word lists of ``patterns/argument_wholes.toml``, lowercased."""
    return {k: frozenset(w.lower() for w in v) for k, v in toml_table("argument_wholes.toml").items()}


def _after_brackets(doc, k: int, end: int) -> int:
    """The index after a bracket group opening at ``doc[k]`` (``k`` itself when none opens there)."""
    if doc[k].text != "(":
        return k
    depth = 0
    while k < end:
        depth += (doc[k].text == "(") - (doc[k].text == ")")
        k += 1
        if depth == 0:
            return k
    return end


def clause_continued(toks: set[Token]) -> set[Token] | None:
    """``toks`` (an argument with its relative clause) when the clause ends where the argument does; the argument
    with the rest of the sentence when the parse hung the clause's noun phrase elsewhere and that rest is a plain
    noun phrase (no verb, bracket or clause break); ``None`` when the clause is cut and cannot be read whole."""
    doc = next(iter(toks)).doc
    last = max(t.i for t in toks)
    end = doc[last].sent.end
    k = _after_brackets(doc, last + 1, end) if last + 1 < end else end
    while k < end and doc[k].text == ")" and any(t.text == "(" for t in toks):
        k += 1  # (a bracket the clause opened, its closing hung elsewhere: "affects (completely or partially) the")
    if k >= end or doc[k] in toks or doc[k].pos_ not in _NP or doc[k].text in _ENDS:
        return toks  # (a verb, a comma, a preposition of the main verb: the clause has ended)
    stop = k
    while stop < end and doc[stop].text not in _ENDS:
        stop += 1
    run = list(doc[k:stop])
    if len(run) > 10 or any(t.pos_ not in _RUN and t.text not in (",", "-", "/") for t in run) \
            or run[-1].pos_ in ("CCONJ", "ADP", "DET", "PART") or run[-1].text == ",":
        return None
    return toks | set(run)


def _modal_choice(v: Token) -> bool:
    """``v`` (a verb) is under a possibility modal ("can", "may": ``choice_modals``)."""
    return any(c.dep_ == "aux" and c.lower_ in _lists()["choice_modals"] for c in v.children)


def _has_object(m: Token, skip: set[Token]) -> bool:
    """``m`` (a verb) has an object of its own, outside ``skip`` (the other verbs and the shared object)."""
    todo = [m]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c in skip:
                continue
            if c.dep_ in ("dobj", "attr", "pobj", "agent", "ccomp", "oprd"):
                return True
            if c.dep_ in ("xcomp", "acomp", "prep", "aux"):
                todo.append(c)
    return False


def alternative_verb(v: Token, obj: Token) -> bool:
    """``v`` is one of verbs joined by "or" ("either ... or", "or else") whose object ``obj`` is shared: another of
    the verbs has no object of its own, so the object is theirs together and ``v`` alone is one choice stated as
    the claim.  A possibility modal on the verbs keeps each alternative ("can increase or decrease the rate")."""
    top = v
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    verbs, todo = [], [top]
    while todo:
        t = todo.pop()
        verbs.append(t)
        todo += [c for c in t.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if len(verbs) < 2 or not any(c.dep_ in ("cc", "preconj") and c.lower_ in ("or", "either", "nor")
                                 for t in verbs for c in t.children):
        return False
    if any(_modal_choice(t) for t in verbs):
        return False
    skip = set(verbs) | set(obj.subtree)
    return any(not _has_object(m, skip) for m in verbs if m != v)


def _bare_the(h: Token) -> bool:
    """``h`` is a common noun whose only dependent is "the" ("the subset")."""
    return h.tag_ in ("NN", "NNS") and [c.dep_ for c in h.children] == ["det"] and next(h.children).lower_ == "the"


def restricted_before(h: Token) -> Token | None:
    """The earlier noun of ``h``'s sentence that a bare "the N" ``h`` points back to, when the sentence introduced it
    ("a N", a bare plural) with a phrase or clause of its own right after it ("built over a subset [of a table]; the
    subset is defined by ...", "Dumps [created by pg_dump] ..., the dump represents ...").  Not one the sentence
    took as known ("the airway during sleep": "during" places the event, not the airway)."""
    if not _bare_the(h):
        return None
    from proda.ingest.extract.scope import clause_of

    return next((t for t in h.sent if t.i < h.i and t.lemma_.lower() == h.lemma_.lower() and t.pos_ == "NOUN"
                 and all(c.lower_ in ("a", "an") for c in t.children if c.dep_ in ("det", "poss"))
                 and (clause_of(t) is not None or any(c.dep_ == "prep" and c.i == t.i + 1 and c.lower_ in
                                                      ("of", "with", "for") for c in t.children))), None)


def restored(a, v: Token):
    """The argument ``a`` (an ``arguments.Arg``), a bare "the N", read as the earlier "a N of ..." it points back to:
    "the subset is defined by a conditional expression" says it of the subset of a table.  ``a`` unchanged when there
    is none or it cannot be read whole (``argument_cuts._named_before`` then refuses the bare one)."""
    from proda.ingest.extract.arguments import MAX_ARG_WORDS, Arg, arg_text, arg_tokens
    from proda.ingest.extract.scope import clause_span

    t = restricted_before(a.head)
    if t is None:
        return a
    toks = arg_tokens(t)
    whole = clause_span(t, toks)
    if whole is None:
        return a
    toks |= whole
    text = arg_text(toks)
    if v in toks or a.head in toks or len(text.split()) > MAX_ARG_WORDS or text.lower() == t.lower_ \
            or any(x.text in "();" for x in toks) or any(ch.isdigit() for ch in text):
        return a
    return Arg(t, text, a.term, a.quantity, a.plural, toks)


def _named_whole(sub: list[Token], h: Token) -> bool:
    """The hyphenated word ``sub`` with its noun ``h`` is named by the passage: the same words stand before the same
    noun elsewhere in it ("high-density lipoprotein ... high-density lipoproteins"), or a bracketed abbreviation
    follows the noun ("low-density lipoprotein (LDL)")."""
    doc, n = h.doc, len(sub)
    words = [t.lower_ for t in sub]
    for t in doc:
        if t.i != sub[0].i and t.lower_ == words[0] and t.i + n < len(doc) and \
                [x.lower_ for x in doc[t.i:t.i + n]] == words and doc[t.i + n].lemma_.lower() == h.lemma_.lower():
            return True
    k = h.i + 1
    return k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].text.isupper() and len(doc[k + 1].text) > 1 \
        and doc[k + 2].text == ")"


def hyphen_word(c: Token, named: bool = False) -> bool:
    """``c``, a premodifier of a noun, with its subtree is one hyphenated word whose first part is a noun, adjective
    or number ("index-only scans", "follicle-stimulating hormone", "first-degree burn", "same-sex marriage"): the
    word names the kind, and the term without it names another ("scans", "hormone").  Not one opened by an adverb
    ("newly-created", "well-known"), which describes; nor an adjective of degree with a scale noun
    (``degree_adjectives``, ``scale_nouns``: "high-quality images", "low-cost information"), which grades, unless the
    book names the whole (``named``: a naming verb's name; or it recurs or is abbreviated in the passage:
    :func:`_named_whole`).  "high-spin complex", "high-energy bond" name kinds and stay."""
    sub = sorted(c.subtree, key=lambda t: t.i)
    if len(sub) < 3 or len(sub) % 2 == 0 or sub[-1].i - sub[0].i + 1 != len(sub) or sub[0].pos_ not in (
            "NOUN", "PROPN", "ADJ", "NUM"):
        return False
    if sub[-1].lower_ in _lists()["form_words"]:
        return False  # "dome-shaped muscle", "teardrop-shaped structure": a form described, no kind named
    if not (all(t.is_alpha for t in sub[::2]) and all(
            t.text == "-" and not t.whitespace_ and not t.doc[t.i - 1].whitespace_ for t in sub[1::2])):
        return False
    if sub[0].pos_ == "ADJ" and sub[0].lower_ in _lists()["degree_adjectives"] and len(sub) == 3 \
            and sub[2].lower_ in _lists()["scale_nouns"] and not named:
        return _named_whole(sub, c.head)  # "high-quality images": graded, no kind -- unless the passage names it
    return True
