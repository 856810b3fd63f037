"""An agentless passive whose only phrase is a fronted setting: "In a frequency analysis the lowest eigenfrequencies
and eigenmodes of the structure are calculated" -> "lowest eigenfrequencies ... | are calculated in | frequency
analysis".

Why: a passive with no agent and no phrase after its verb gave no frame, so the sentence taught nothing (blind round
40: the central fact of a page on frequency analysis; "In a static analysis the time dimension is not involved").
The fronted phrase is where the act happens, the one argument the sentence gives it.  Read only where it is the
clause's one fronted phrase and a scope the frame could carry (:func:`scope_limits.fronted_scope` accepts it: no
idiom, book part, pointing word, date or condition), its noun unquantified ("In most cells" is a share, not a
setting), and the verb has no other phrase of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words
from proda.ingest.extract.scope_limits import fronted_scope

_SETTING_PREPS = ("in", "within", "during")
_MANNER = {"manner", "way", "fashion", "sense", "respect", "form"}  # "In a systematized manner": how, not where
_QUANTIFIERS = {"most", "many", "some", "all", "each", "every", "several", "few", "any", "no", "certain", "other"}


def fronted_setting(v: Token, subj: Token) -> Token | None:
    """The preposition of the fronted setting of the agentless passive ``v`` whose subject is ``subj``, or None."""
    edge = subj.left_edge.i
    fronted = [c for c in v.children if c.i < edge and c.dep_ in ("prep", "advcl", "advmod", "npadvmod")]
    if len(fronted) != 1 or fronted[0].dep_ != "prep" or fronted[0].lower_ not in _SETTING_PREPS:
        return None
    q = fronted[0]
    if any(c.dep_ in ("prep", "agent", "dobj", "attr", "oprd", "xcomp", "ccomp", "advcl", "acomp") and c.i > v.i
           for c in v.children):
        return None  # "are calibrated using Platt scaling", "are required to maintain files": the claim is there
    if any(c.dep_ == "advmod" and c.lower_ not in words("hedges.adverbs") for c in v.children):
        return None  # "is publicly funded", "are shared equally": the manner is the point, and the predicate drops it
    obj = next((c for c in q.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in _MANNER or any(
            t.lower_ in _QUANTIFIERS for t in obj.subtree if t.i < obj.i):
        return None
    phrase = " ".join(t.text for t in q.subtree)
    carried = fronted_scope(v, edge)
    return q if carried and carried.lower() == phrase.lower() else None
