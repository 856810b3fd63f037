"""Technical tokens kept whole in the parse: file paths written inside prose (issue 11, session 26), code identifiers
with an underscore and qualified names ("covariance.EllipticEnvelope"; session 34, round 29).

Why a module of its own: spaCy's English infix rules split on "/", so a path such as "/etc/init.d/rc" reached the
parser as five tokens, the first ("/etc") tagged as punctuation; argument spans, concept names and chain steps built
on that parse read "init.d/rc" or "share/munin" -- a path with its first segments dropped, which names a different
(or no) file.  Handing the tokenizer the path as one token does not help: the small model tags an unknown token
that opens with "/" as punctuation and attaches it as such.  So the parser sees the pieces it was trained on, and a
component after it merges the pieces of each shape listed in ``patterns/tokens.toml`` into one proper-noun token
that takes the role (dependency and head) of the piece that held it in the sentence: the first piece attached
outside the path that is not punctuation.  Every later rule then renders the path whole or not at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex, compile_suffix_regex

from .lexdata import toml_table

_OPEN = "\"'“‘([{<"
_CLOSE = "\"'”’)]}>.,;:!?"


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, list[str], list[str], re.Pattern]:
    data = toml_table("tokens.toml")
    whole = [e for group in data["keep_whole"].values() for e in group]
    paths = data["keep_whole"]["paths"]
    return re.compile("|".join(f"(?:{e})" for e in whole)), data["split_off"]["suffixes"], \
        data["split_off"].get("infixes", []), re.compile("|".join(f"(?:{e})" for e in paths))


@lru_cache(maxsize=1)
def one_token_shape() -> re.Pattern | None:
    """The ``[one_token]`` shapes as one pattern (a call's name with its "()"), or ``None`` if there are none.  Public:
    the tokenizer keeps such a piece whole, and :mod:`argument_cuts` knows the token it made as a name."""
    one = [e for group in toml_table("tokens.toml").get("one_token", {}).values() for e in group]
    return re.compile("|".join(f"(?:{e})" for e in one)) if one else None


def whole_shape() -> re.Pattern:
    """The ``[keep_whole] paths`` shapes as one pattern: a file path, kept whole by the parse, which :mod:`terms`
    then accepts as a name.  Why public: one definition of what a path looks like, read by the tokenizer and by the
    term check alike (the other kept shapes, code identifiers, are no names: :mod:`l1_terms` refuses them)."""
    return _data()[3]


@lru_cache(maxsize=1)
def _not_split_before() -> tuple[str, ...]:
    return tuple(toml_table("tokens.toml")["split_off"].get("not_split_before", []))


def _keep_qualified(infix: str) -> str:
    """spaCy's rule splitting a full stop between a lower-case and a capital letter, with a look-ahead that keeps a
    qualified name whole (``[split_off] not_split_before``); any other rule unchanged."""
    at = infix.find(")\\.(?=")
    keep = _not_split_before()
    if at < 0 or not keep or not infix.startswith("(?<="):
        return infix
    return infix[:at + 3] + "(?!" + "|".join(f"(?:{k})" for k in keep) + ")" + infix[at + 3:]


def add_suffixes(nlp) -> None:
    """Closing punctuation after a path's last "/" becomes its own token, and a "/" before a dot-segment too
    (``[split_off]``); a full stop inside a qualified name does not split it (:func:`_keep_qualified`); a call's
    name with its "()" is one token (``[one_token]``); words the tokenizer would split as apostrophe-less
    contractions stay whole (``[words]``)."""
    nlp.tokenizer.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes or ()) + _data()[1]).search
    infixes = [_keep_qualified(x) for x in nlp.Defaults.infixes or ()]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes + _data()[2]).finditer
    shape = one_token_shape()
    if shape is not None:  # "bytes.decode()" one token ([one_token]); spaCy's own token_match (if any) still applies
        own = nlp.tokenizer.token_match
        nlp.tokenizer.token_match = (lambda s: shape.fullmatch(s) or own(s)) if own else shape.fullmatch
    table = toml_table("tokens.toml").get("words", {})
    words = set(table.get("not_contractions", []))
    rules = nlp.tokenizer.rules
    if any(k.lower() in words for k in rules):  # (the setter flushes the tokenizer's cache)
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k.lower() not in words}
    for abbr in table.get("abbreviations", []):  # "cf.", "et al.": one token, no sentence end
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])


def path_spans(doc) -> list[tuple[int, int]]:
    """Character offsets of the whitespace-free pieces of ``doc`` that match a ``[keep_whole]`` shape whole."""
    whole = _data()[0]
    out = []
    for m in re.finditer(r"\S+", doc.text):
        a, b = m.start(), m.end()
        while a < b and doc.text[a] in _OPEN:
            a += 1
        while b > a:
            if whole.fullmatch(doc.text, a, b):
                out.append((a, b))
                break
            if doc.text[b - 1] not in _CLOSE:
                break
            b -= 1
    return out


def _role(span):
    """The piece whose dependency and head the merged token takes: the sentence's root when it is a piece (the
    merged token then heads itself, and a dependency other than ROOT would leave the sentence with none: "(/etc/x/y)"
    gave "prep", review findings 5, s27); else the first attached outside the span that is not punctuation."""
    root = next((t for t in span if t.head.i == t.i), None)
    if root is not None:
        return root
    outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
    content = [t for t in outside if t.pos_ not in ("PUNCT", "SYM") and t.dep_ != "punct"]
    return (content or outside or [span.root])[0]


@Language.component("proda_keep_paths")
def keep_paths(doc):
    """Merge each path's tokens into one PROPN token with the role of :func:`_role`'s piece."""
    plans = []
    for a, b in path_spans(doc):
        span = doc.char_span(a, b)
        if span is None or len(span) < 2 or any(t.is_sent_start for t in span[1:]):
            continue
        piece = _role(span)
        head_idx = None if piece.head.i == piece.i else piece.head.idx
        plans.append((a, b, piece.dep_, head_idx))
    if not plans:
        return doc
    with doc.retokenize() as rt:
        for a, b, dep, _ in plans:
            span = doc.char_span(a, b)
            rt.merge(span, attrs={"POS": "PROPN", "TAG": "NNP", "LEMMA": span.text, "DEP": dep})
    at = {t.idx: t for t in doc}
    for a, _, _, head_idx in plans:
        tok, head = at.get(a), None
        if head_idx is not None:
            head = next((t for t in doc if t.idx <= head_idx < t.idx + len(t.text)), None)
        if tok is None or head is None or head.i == tok.i or tok in list(head.ancestors):
            continue
        tok.head = head
    return doc
