"""A definite office or body ("the president", "the government") under a heading that names a kind of polity: the
claim is that kind's, and the heading's kind is carried into the subject, as a fronted scope is.

Why: the round-22 judges rejected "president | hold | political power" from "Both the prime minister and the
president hold political power." under the heading "Semi-Presidential Regimes": the book says it of that regime type
(a parliamentary regime's president is often ceremonial).  The sentence's "the president" is the president of the
kind the heading names, as "the government" under "North Korea: ..." is that country's (:mod:`instance_scope`, which
refuses; here the kind can be named, so it is carried: "president in semi-presidential regimes | hold | political
power").

The rule, on the parse of the lower-cased heading (a title-case heading tags every word a proper noun):

* the heading ends in a plural noun from a short general-language list of the wholes a polity or organisation is
  (``patterns/instances.toml`` ``polity_kinds``: "regimes", "systems", "nations", ...) with modifiers of its own
  that say which kind ("semi-presidential regimes", "low-income nations", "the executive in parliamentary
  regimes"); a bare plural ("Legislatures", "Regimes") names the whole class, not a kind;
* the frame's subject, or a conjunct of it ("Both the prime minister and the president"), is a definite singular
  noun of the bodies and offices of a polity (``instances.toml`` ``owned_nouns``) that names nothing itself, as
  :func:`instance_scope.instance_left_out` asks (no proper noun, no place phrase on the verb, no kind phrase of its
  own, no kind fronted before it), and the frame carries no fronted scope;
* then the kind is carried ("in semi-presidential regimes"); when the heading's modifiers are coordinated
  ("Presidential and Parliamentary Regimes": which one the sentence means cannot be read) or the subject is itself
  a whole of the list ("the country" under "Low-Income Nations"), the frame is refused.

Every word list is general English data, no discipline's terms.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from proda.ingest.extract.instance_scope import _clause_verb, _definite_kind, _kind_fronted, _kind_phrase, _names, \
    _placed
from proda.ingest.extract.lexdata import toml_table

MAX_KIND_TOKENS = 6  # "low - income nations" (a hyphen is a token): a longer phrase makes no subject one can learn
_MODIFIER_TAGS = ("JJ", "NN", "NNP", "VBN", "HYPH", "CC")  # "semi-presidential", "party", "elected and hereditary"


@lru_cache(maxsize=1)
def _wholes() -> frozenset[str]:
    return frozenset(w.lower() for w in toml_table("instances.toml")["instances"]["polity_kinds"])


@lru_cache(maxsize=256)
def heading_kind(heading: str) -> str | None:
    """The kind the heading names ("semi-presidential regimes"), "" when it names none, None when it names two
    coordinated kinds ("presidential and parliamentary regimes")."""
    from proda.ingest.extract.nlp import load_nlp

    text = heading.strip().rstrip(".:?").lower()
    if not text:
        return ""
    doc = load_nlp()(text)
    last = next((t for t in reversed(doc) if not t.is_punct), None)
    if last is None or last.tag_ != "NNS" or last.lemma_ not in _wholes():
        return ""
    i = last.i  # the words before the noun that say which kind, back to a preposition, article, colon or verb
    while i > 0 and (doc[i - 1].tag_ in _MODIFIER_TAGS or doc[i - 1].text in ("-", ",", "/")):
        i -= 1
    mods = [t for t in doc[i:last.i] if not t.is_punct]
    if not mods or (i > 0 and doc[i - 1].lower_ in ("these", "those", "such", "other")):
        return ""  # "Legislatures", "Types of Regimes", "These Regimes": the class, not a kind named here
    if any(t.tag_ == "CC" or t.text in (",", "/") for t in doc[i:last.i]):
        return None  # "presidential and parliamentary regimes", "hybrid or mixed systems": one or the other
    while doc[i].is_punct:
        i += 1
    if last.i + 1 - i > MAX_KIND_TOKENS or not any(t.tag_ in ("JJ", "NN", "VBN") for t in mods):
        return ""
    return doc[i:last.i + 1].text


def _subjects(w: Token) -> list[Token]:
    s = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return [] if s is None else [s, *s.conjuncts]


def kind_scope(fr, sent: Span, heading: str) -> str | None:
    """The scope to carry ("in semi-presidential regimes") for frame ``fr`` of ``sent`` under ``heading`` (the
    chunk's own section heading), "" when none, None when the frame must be refused (the module docstring)."""
    if fr.scope or not heading:
        return ""
    w = _clause_verb(sent.doc[fr.verb])
    subs = _subjects(w)
    owned = [s for s in subs if _definite_kind(s)]
    if not owned:
        return ""
    if any(_names(t) for s in subs for t in s.subtree) or _placed(w) or any(_kind_phrase(s) for s in subs) \
            or _kind_fronted(sent, subs[0]):
        return ""
    kind = heading_kind(heading)
    if kind == "":
        return ""
    if kind is None or any(s.lemma_.lower() in _wholes() for s in owned):
        return None
    return f"in {kind}"
