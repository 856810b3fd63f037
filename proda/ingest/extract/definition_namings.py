"""A gloss that is itself a naming explains the name it gives, not the term it stands beside.

Why apart from :mod:`proda.ingest.extract.definition_gates`: these two checks read only the genus (and the copula
verb) for a naming, a clause that gives the genus's own noun a name or a quoted phrase placed in someone's words
("in Marx's terms"); they share the quotation marks and naming verbs below and nothing with the other gates.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

_QUOTES = ("“", "‘", '"', "'")


def someones_term(verb: Token, genus: Token) -> bool:
    """"Industrial employers are the “owners of the means of production” in Marx's terms": a quoted complement placed
    in someone's words explains the quoted term by the subject (an everyday phrase); it does not define the subject."""
    quoted = any(c.text in _QUOTES and c.i < genus.i for c in genus.children)
    return quoted and any(p.dep_ == "prep" and p.lower_ == "in" and
                          any(o.dep_ == "pobj" and any(d.dep_ == "poss" for d in o.children) for o in p.children)
                          for p in [*genus.children, *verb.children])


_NAMING_VERBS = {"call", "term", "name", "label", "dub", "coin"}


def names_itself(genus: Token) -> bool:
    """"breast cancer, a phenomenon they call 'pinkwashing'": an apposition whose clause gives its own noun a name
    describes another thing (the named phenomenon), not the noun it stands beside.  So does a quoted apposition in
    someone's words ("Colonial merchants, the “holders of the means of exchange” in Smith's terms, became ..."): it
    names the noun in that writer's vocabulary and explains the quoted term, not the noun (audit round 17; the copula
    form is ``someones_term``)."""
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _NAMING_VERBS and
               any(o.dep_ in ("oprd", "xcomp", "attr") or o.dep_ == "dobj" and o.pos_ != "PRON" for o in c.children)
               for c in genus.children) or someones_term(genus, genus)


# a symbol of a formula written in the text: one letter (Latin or Greek) with an optional subscript ("v", "T_0", "κ",
# "c_0", "v_n"); the HTML reader writes a formula image's TeX as such text (readers_html_page.math_text)
_SYMBOL = re.compile(r"[A-Za-z\u0370-\u03ff](?:_\w+)?")


# general nouns a symbol is introduced with ("the quantity v", "a parameter k"): without the symbol they name nothing
_SYMBOL_CARRIERS = {"quantity", "parameter", "variable", "value", "number", "constant", "term", "factor", "coefficient",
                    "vector", "matrix", "function", "symbol", "scalar", "tensor", "field", "component"}


def symbol_carrier(name: str) -> bool:
    """The defined name is a general noun with a formula's symbol after it: "The quantity v is the average velocity
    over the depth" defined "quantity v" (session 42, judged a fragment).  A term with its symbol ("electric field
    E: the force on a unit charge") stays: the judge of round 40's post build accepted it."""
    words = name.split()
    return len(words) == 2 and _SYMBOL.fullmatch(words[1]) is not None and words[0].lower() in _SYMBOL_CARRIERS


def symbol_named(sent: Span) -> bool:
    """What a naming verb names is a formula's symbols only: "T and p are also called the static temperature and
    static pressure" gave "static temperature" the symbol "T" for its whole definition (session 42: a manual whose
    formulas the reader now renders as text, judged a fragment)."""
    for v in sent:
        if v.lemma_.lower() in _NAMING_VERBS and v.pos_ == "VERB":
            named = [t for c in v.children if c.dep_ in ("nsubjpass", "nsubj") for t in c.subtree
                     if not t.is_punct and t.dep_ != "cc"]
            if named and all(_SYMBOL.fullmatch(t.text) for t in named):
                return True
    return False
