"""A genus that states X's physical state or look, not what X is (round 22 blind audit: "Nitrosyl fluoride ... is a gas
at room temperature" given as the definition of nitrosyl fluoride).

"Ammonia is a colorless gas with a sharp, pungent odor", "Phosphorus pentachloride is an off-white solid that is
prepared by ...", "Ionic compounds are solids that typically melt at high temperatures": the genus is a state of
matter (``terms.state_genera``) and what follows describes the substance's state, colour, smell or preparation; a
teacher asked "what is ammonia?" does not accept "a colorless gas".  Such a genus defines only where it classifies:

* the term is itself a kind of that state ("An ideal gas is a gas whose molecules ...", "A noble gas is ..."): the
  term's own phrase holds a state noun;
* the genus carries a classifying word ("an amorphous solid", "a covalent solid", a noun before it: "water vapor");
  a bare genus ("a gas at room temperature", "solids that melt ...") or one whose adjectives only describe the look
  (``terms.appearance_adjectives``, ``terms.feel_adjectives``: "colorless", "white", "oily", "toxic") does not
  classify.
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words


def _term_of(verb: Token | None, genus: Token) -> Token | None:
    """The defined term: the copula's subject, or the noun an appositive genus hangs on."""
    if verb is not None:
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return genus.head if genus.dep_ == "appos" else None


def states_property(verb: Token | None, genus: Token) -> bool:
    """Whether "X is a GENUS ..." / "X, a GENUS ..." only gives X's state of matter or its look (module doc)."""
    states = words("terms.state_genera")
    if genus.lemma_.lower() not in states and genus.lower_ not in states:
        return False
    term = _term_of(verb, genus)
    if term is not None and any(t.lemma_.lower() in states or t.lower_ in states for t in term.subtree
                                if t.i < term.i + 1 and t.dep_ not in ("relcl", "acl", "appos")):
        return False  # "An ideal gas is a gas ...": the term is a kind of that state
    looks = words("terms.appearance_adjectives") | words("terms.feel_adjectives")
    for c in genus.children:
        if c.i > genus.i:
            continue
        if c.dep_ in ("compound", "nmod"):
            return False  # "water vapor": a noun names the kind
        if c.dep_ == "amod" and c.lower_ not in looks and \
                not any(w in looks for w in c.lower_.split("-")):
            return False  # "an amorphous solid", "a covalent solid": the adjective classifies
    return True
