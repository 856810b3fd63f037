"""A gloss that is itself a naming explains the name it gives, not the term it stands beside.

Why apart from :mod:`proda.ingest.extract.definition_gates`: these two checks read only the genus (and the copula
verb) for a naming, a clause that gives the genus's own noun a name or a quoted phrase placed in someone's words
("in Marx's terms"); they share the quotation marks and naming verbs below and nothing with the other gates.
"""

from __future__ import annotations

from spacy.tokens import Token

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
