"""A reporting verb the parser did not read as the verb of its "that" clause: "Critics of this ruling complain that it
has led to the rise of super PACs, which empower the wealthiest donors" (political science 08) was parsed with
"complain" as the object of "of" and "led" as a relative clause on "Critics", so no reporting verb governed the
clause and "super PACs | empower | wealthiest donors" was stored as the book's fact.

Why a check of its own: :func:`attribution.attributions` and :func:`clause_claims.embedded` read the reporting verb from the
parse tree, which here has none.  The surface still shows it: the clause's "that" comes right after a word the tagger
calls a verb of reporting (``attribution.verbs`` or ``verbs.reporting``) that is not the clause's head.  Every frame
inside such a clause is somebody's view with no holder the parse can give: refused.
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words


def _misreported_clause(w: Token) -> bool:
    """``w`` heads a clause whose "that" follows a verb of reporting the parse did not make its head."""
    said = words("attribution.verbs") | words("verbs.reporting")
    for c in w.children:
        if c.dep_ == "mark" and c.lower_ == "that" and c.i > 0:
            r = w.doc[c.i - 1]
            if r.pos_ == "VERB" and r.lemma_.lower() in said and r.i != w.head.i and r.dep_ not in ("ROOT", "conj"):
                return True
    return False


def misreported(v: Token) -> bool:
    """The verb ``v`` lies in (or heads) a clause reported by a verb the parser hung elsewhere."""
    w = v
    for _ in range(12):
        if w.pos_ in ("VERB", "AUX") and _misreported_clause(w):
            return True
        if w.head.i == w.i:
            return False
        w = w.head
    return False
