"""Cloze gate for a blank that is not one whole constituent of a list (audit round 16): the parse, lost in a list
whose items carry brackets, hung a bracket or the list's last conjuncts on a far word, so the grown noun phrase
stopped inside the list.

Why: the judges refused "National identity groups may seek _____ (breaking away from a state), or irredentism
(reclaiming land)." keyed "regional autonomy (relative independence from a central government), secession" and
"Women tend to outnumber _____ (even though the term ... still conjures the image of a man), and social work." keyed
"men in care-related occupations such as childcare, healthcare": the key is part of a list whose rest stays in the
prompt, and the bracket right after the blank glosses the key's last word, so a student who answers the first
conjunct ("secession" for the gloss "breaking away from a state") is marked wrong.  Refused: a bracket right after
the blank that is no reference ("(see Figure 4)", "(Table 2)", "(1998)", "(Durkheim 1893)" stay: they gloss
nothing), and a blank followed, after such a bracket if any, by the rest of a list: ", and oats" after "grains
such as wheat, barley", ", secession, or irredentism".  Not a clause after the comma (", and they die without it",
", reducing blood flow": a verb outside brackets), a gloss or a second phrase of the verb (", or the people
directly affected", ", and from the thoracic ganglia": two members, the blank holding no comma of a list) nor a
list that opens after a word of the sentence ("outnumber _____ in programs such as music, dance, and art": the blank
is its own constituent).  The reference words are data
(``patterns/lexical.toml`` [cloze] ``reference_leads``, ``book_parts``)."""

from __future__ import annotations

from proda.ingest.extract.lexdata import words

_FINITE = {"VBZ", "VBP", "VBD", "MD"}
_LIST_CC = {"and", "or", "nor"}


def _aside_end(doc, b: int) -> int:
    """The index after the bracket that opens right at ``b`` (``b`` itself when none opens there or it never
    closes)."""
    if b >= len(doc) or doc[b].text != "(":
        return b
    depth = 0
    for t in doc[b:]:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0:
            return t.i + 1
    return b


def _reference(inner) -> bool:
    """A bracket that points at the book or a source, not at the words before it: "see Figure 4", "Table 2",
    "1998", "Durkheim 1893" (names and numbers only)."""
    toks = [t for t in inner if not t.is_punct]
    if not toks:
        return True
    leads = words("cloze.reference_leads") | words("cloze.book_parts") | {"fig", "eq", "equation", "cf", "p", "pp"}
    if toks[0].lower_ in leads:
        return True
    return any(t.like_num for t in toks) and all(t.like_num or t.pos_ == "PROPN" or t.lower_ in ("and", "et", "al")
                                                 for t in toks)


def _outside_brackets(doc, a: int, b: int) -> list:
    out, depth = [], 0
    for t in doc[a:b]:
        if t.text in ("(", "["):
            depth += 1
        elif t.text in (")", "]"):
            depth -= 1
        elif depth <= 0:
            out.append(t)
    return out


def _noun_start(t) -> bool:
    return t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM")


def _list_goes_on(doc, span, k: int) -> bool:
    """From token ``k`` on, the sentence ends with the rest of the blank's list: a comma, then nothing but noun
    phrases, commas and a coordinator (a verb outside brackets, bar a participle inside a noun phrase, makes it the
    sentence's clause: ", reducing blood flow", ", and the veins return ..."), and either the blank itself already
    holds a comma of the list (", and oats" after "grains such as wheat, barley") or a further comma before the
    coordinator shows a list of three (", secession, or irredentism"); ", or the people directly affected" (a
    gloss) and ", and from the ganglia" (a second phrase of the verb) are no list of the blank."""
    if k >= len(doc) or doc[k].text != ",":
        return False
    rest = [t for t in _outside_brackets(doc, k + 1, len(doc)) if not t.is_punct]
    if len(rest) > 1 and rest[0].lower_ == "such" and rest[1].lower_ == "as" \
            and span.start <= rest[1].head.i < span.end:
        return False  # "_____, such as blood tests, vaccinations and ...": the blank's own examples (S15-K)
    if not rest or any(t.pos_ in ("VERB", "AUX") and not (t.tag_ in ("VBN", "VBG") and t.dep_ in ("amod", "acl"))
                       for t in rest):
        return False
    ccs = [j for j, t in enumerate(rest) if t.lower_ in _LIST_CC and t.dep_ == "cc"]
    if not ccs or ccs[-1] == len(rest) - 1 or not _noun_start(rest[ccs[-1] + 1]):
        return False
    if ccs[-1] == 0:
        return any(t.text == "," for t in _outside_brackets(doc, span.start, span.end))
    return _noun_start(rest[0]) and any(t.text == "," for t in doc[rest[0].i:rest[ccs[-1]].i])


def cut_list(doc, span) -> bool:
    """The blank leaves a bracket that glosses its words, or the rest of its list, in the prompt (module
    docstring)."""
    b = span.end
    k = _aside_end(doc, b)
    if k > b and not _reference(doc[b + 1:k - 1]):
        return True  # "seek _____ (breaking away from a state), ...": the bracket glosses the key's last word
    return _list_goes_on(doc, span, k)


__all__ = ["cut_list"]
