"""An object that counts its members and then names them: "consists of three parts: a phosphate group, a sugar and a
base", "has two layers, the cortex and the medulla".

Why: the counted noun alone ("three parts") says nothing a reader can check, so :func:`arguments.arg_at` refuses it
and the sentence gave no statement, though its list is the fact (round 36: "Lexical entries consist of three basic
parts, a head word, a part of speech and a pronunciation" gave nothing; the development pages hold some hundreds of
the shape, in anatomy, chemistry, sociology and the manuals alike).  The members after the colon or comma are the
object, read whole ("consist of | head word, part of speech, and pronunciation"): the count says they are the whole
set, and each alone ("the wall has an outer serosa") loses it.  The counted noun is left out: set off by a colon
(which no argument holds) or a comma ("three parts, head word, ...": four things) it read as one more member.

The check is the count.  The members are read from the words, not from the parse (the small pipeline hangs the
second member of such a list on the first as an apposition, or tags a plural noun as a verb): split at semicolons,
else at commas and the last "and"/"or", they must be exactly as many as the number says, each a short noun phrase
without a verb, and the list must run to the sentence's end.  Anything else -- a member with a relative clause or a
verb ("two hormones: FSH stimulates ..."), fewer members than the count ("three stages: search"), a list the
sentence goes on past -- gives no object, as before.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.arguments import Arg, arg_text, in_parens
from proda.ingest.extract.chain_rules import rules

_MAX_WORDS = 7  # a member longer than this carries a clause or an aside, not a name
_MAX_COUNT = 10  # the counts first measured (two to ten)


def _count(h: Token) -> int | None:
    """The number counting ``h`` ("three parts", "the following 3 stages"), two or more, or None."""
    num = next((c for c in h.children if c.dep_ == "nummod" and c.i < h.i), None)
    if num is None or any(c.dep_ in ("cc", "conj", "quantmod", "advmod") for c in num.children):
        return None  # "two or more parts", "about three layers": a bound, not a count
    # the number words are the counted-chain rules' (chain_counted._count reads "five distinct stages" with them)
    n = int(num.text) if num.text.isdigit() else rules()["counted"]["numbers"].get(num.lower_)
    return n if n is not None and 2 <= n <= _MAX_COUNT else None


def _members(toks: list[Token]) -> list[list[Token]]:
    """The members of a list: split at semicolons when it has any, else at commas; a last member opening with
    "and"/"or", or one holding them where the split fell short, is split there (the "and" goes)."""
    sep = ";" if any(t.text == ";" for t in toks) else ","
    out: list[list[Token]] = [[]]
    for t in toks:
        if t.text == sep:
            out.append([])
        else:
            out[-1].append(t)
    last = out[-1]
    cut = next((k for k in range(len(last) - 1, -1, -1) if last[k].lower_ in ("and", "or")), None)
    if cut is not None:
        out[-1:] = [last[:cut], last[cut + 1:]] if cut > 0 else [last[1:]]
    return out if all(out) else []  # "A, , B": a list the reader did not split as written


def _member_ok(m: list[Token]) -> bool:
    words = [t for t in m if not t.is_punct]
    if not words or len(words) > _MAX_WORDS or sum(t.text == "(" for t in m) != sum(t.text == ")" for t in m):
        return False
    bare = [t for t in m if t.text not in "()"]
    if any(t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") and not in_parens(t) for t in bare):
        return False  # "muscles that move the arm", "FSH stimulates ...": a clause, not a name
    if any(t.like_num and not in_parens(t) for t in bare):
        return False  # "contains two carbon atoms, four hydrogen atoms, and ...": the counted noun is a member itself
    return any(t.pos_ in ("NOUN", "PROPN") for t in bare)


def counted_list(h: Token, sent: Span) -> Arg | None:
    """The named members of the counted object ``h`` as one argument, or None (see the module docstring)."""
    if h.dep_ not in ("dobj", "pobj") or (h.dep_ == "pobj" and h.head.dep_ == "agent"):
        return None
    n = _count(h)
    if n is None:
        return None
    doc, k = h.doc, h.i + 1
    if k < sent.end and doc[k].text == "(":  # "three layers (tunics):"
        close = next((t.i for t in doc[k:sent.end] if t.text == ")"), None)
        if close is None:
            return None
        k = close + 1
    if k >= sent.end or doc[k].text not in (":", ","):
        return None
    end = sent.end
    while end > k + 1 and doc[end - 1].is_punct and doc[end - 1].text in ".!;:":
        end -= 1
    span = list(doc[k + 1:end])
    if any(t.text in (":", "—", "–") for t in span):
        return None  # a list whose members are glossed ("A: the ..."): not one list of names
    members = _members(span)
    if len(members) != n or not all(_member_ok(m) for m in members):
        return None
    named = [[t for t in m if not (t.dep_ in ("det", "predet") and t.lower_ in ("a", "an", "the", "both", "either"))]
             for m in members]
    if any(not m for m in named):
        return None
    texts = [arg_text(set(m)) for m in named]
    text = ", ".join(texts[:-1]) + (", and " if n > 2 else " and ") + texts[-1]
    first = named[0]
    head = next((t for t in reversed(first) if t.pos_ in ("NOUN", "PROPN")), first[-1])
    return Arg(head, text, texts[0], "", True, set(doc[k + 1:end]))
