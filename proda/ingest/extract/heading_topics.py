"""A section heading "HEAD of X" that names a topic about X, not a term (independent audit round 15: "Calculation of
Ionic Radii" and "Unit Cells of Metals" became concepts).

Three shapes, the first two measured on every heading concept of the development chapters of four books (the
heading concepts with "of": 48 of the 50 matched were topics):

* an act done to X: a singular head that is a nominalised verb (its ending in ``terms.act_suffixes``: "Calculation",
  "Regulation of Hormone Secretion", "Formation of Covalent Bonds", "Maintenance of Homeostasis");
* parts or kinds of several Xs: a plural head with a plural object ("Unit Cells of Metals", "Disorders of
  Platelets", "Uses of Radioisotopes");
* a side of X the section treats (audit round 22: "Scope of Executive Cabinets"; on the development chapters
  "Structure of Cardiac Muscle", "Role of ADH", "Lifecycle of Leukocytes", "Consequences of Poverty", "Sources of
  ATP"): a head listed in ``terms.heading_topic_heads``, singular or plural, whatever its object.

A term with "of" keeps a head that is no act ("Standard Enthalpy of Formation") or a singular object ("Agents of
Socialization", "Techniques of Neutralization").  A heading is title case, so the tagger's number is not read (it
tags "Nuclides" NNP): the word's own plural ending is.  Only the heading's evidence is refused: a term the chapter
defines is kept by its definition.

A heading that opens with an indefinite article ("A logical maneuver", "A formalism", audit round 17) presents one
instance the section works through, not the term it is about: a term's heading is bare or definite ("The
determinant", "Parity").
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words


def _plural(tok: Token) -> bool:
    w = tok.lower_
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics"))


def topic_heading(root: Token) -> bool:
    """``root``: the heading's head noun (the parse of the heading alone)."""
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return False
    if not _plural(root) and root.lower_.endswith(tuple(words("terms.act_suffixes"))):
        return True
    from proda.ingest.extract.terms import _singular  # (terms imports this module)

    if _singular(root.lower_) in words("terms.heading_topic_heads"):
        return True  # "Structure of Cardiac Muscle", "Scope of Executive Cabinets": a side of X (audit round 22)
    return _plural(root) and _plural(obj)


def instance_heading(doc) -> bool:
    """The heading opens with "a"/"an": one instance of a kind, no term (``doc``: the parse of the heading alone)."""
    first = next((t for t in doc if not t.is_punct), None)
    return first is not None and first.lower_ in ("a", "an") and first.pos_ == "DET"
