"""Whose definition a sentence gives when its subject is written in two ways (round 22 blind audit, issue 11).

Three shapes, each read on the subject the sentence rules of :mod:`proda.ingest.extract.definitions` would define:

* :func:`renamed_subject` -- a description renamed by a bare appositive ("The topmost layer, the stratum corneum,
  consists of dead cells that ..."): the appositive is the book's term, the subject before it only says where or
  which one it is, and "topmost layer" was stored as a concept with that definition.  An appositive with its own
  clause or phrase ("Hemoglobin, the protein that carries oxygen, is ...") is a gloss of the subject, which stays the
  term; an abbreviation in capitals ("Adenosine triphosphate (ATP) is ...") is its short name;
* :func:`of_name` -- the subject's "of" phrase left out of the name because its object is coordinated ("Division of
  labor, or job specialization, refers to how ..."): "division" alone was stored as the term.  The "of" phrase is
  put back where the coordination is an "or" gloss set off by commas (else the name is cut, ``None``, if the "of"
  phrase would make it too long); a plain coordination ("Rotation of the neck or body is ...") or an "of" phrase
  the term rules leave out for another reason ("The melting point of a solid is ...") leaves the name as it was;
* :func:`named_instance_named` -- a naming sentence whose described thing is one proper-named thing ("For example,
  in Germany, the Federal Chancellery has been referred to as a “superministry.”"): a nickname of one example, no
  definition of the name.
"""

from __future__ import annotations

from spacy.tokens import Token

_SET_OFF = {",", "—", "–"}  # not a bracket: "S phase (synthesis phase)", "Partial pressure (Px)" expand or abbreviate


def renamed_subject(term: Token) -> bool:
    """``term`` (a subject's head) is an everyday noun (a description) followed by an appositive that is a bare
    name: "the stratum corneum" after "The topmost layer," -- no clause, phrase or possessive of its own, not an
    abbreviation in capitals, set off by a comma or dash right before it, and a proper noun or a phrase
    with a word outside everyday English.  "The stratum basale, the deepest layer, is ..." is the other way round:
    the subject is the term and the appositive describes it."""
    from proda.ingest.extract.arguments import term_of
    from proda.ingest.extract.terms import COMMON_ZIPF, common_phrase, zipf

    if zipf(term.text) < COMMON_ZIPF or term.pos_ != "NOUN":
        return False  # the subject's head is a word of the subject's own ("The stratum basale, ..."), not a description
    for a in term.children:
        if a.dep_ != "appos" or a.i < term.i or a.pos_ not in ("NOUN", "PROPN"):
            continue
        if a.text.isupper() or any(c.dep_ in ("relcl", "acl", "prep", "poss", "appos") for c in a.children):
            continue  # "(ATP)"; "Hemoglobin, the protein that carries oxygen,": a gloss of the subject
        left = a.left_edge.i
        if left > 0 and term.doc[left - 1].text in _SET_OFF and \
                (a.pos_ == "PROPN" and a.text[:1].isupper() or not common_phrase(term_of(a))):
            return True
    return False


def _or_gloss(pobj: Token) -> bool:
    """Every coordinate of ``pobj`` is an "or" alternative set off by commas: "labor, or job specialization,"."""
    conj = [c for c in pobj.children if c.dep_ == "conj"]
    ccs = [c for c in pobj.children if c.dep_ == "cc"]
    doc = pobj.doc
    return len(conj) == 1 and len(ccs) == 1 and ccs[0].lower_ == "or" and ccs[0].i > 0 and \
        doc[ccs[0].i - 1].text == "," and conj[0].right_edge.i + 1 < len(doc) and \
        doc[conj[0].right_edge.i + 1].text in (",", ")")


def of_name(term: Token, name: str) -> str | None:
    """The name with the "of" phrase the subject's head takes right after it, where ``name`` left it out and the
    phrase's object is glossed ", or Y," ("division of labor"); ``None`` where that would pass five words (a cut
    name).  ``name`` unchanged otherwise."""
    from proda.ingest.extract.arguments import term_of

    of = next((c for c in term.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == term.i + 1), None)
    if of is None or " of " in f" {name.lower()} ":
        return name
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ not in ("NOUN", "PROPN") or not _or_gloss(pobj):
        return name  # "The melting point of a solid is ...", "Rotation of the neck or body is ...": the term rules' name
    inner = term_of(pobj)
    return f"{name} of {inner}" if inner and len(name.split()) + 1 + len(inner.split()) <= 5 else None


def named_instance_named(desc: Token) -> bool:
    """The thing a naming verb names is one proper-named thing ("the Federal Chancellery (Bundeskanzleramt) has
    been referred to as ...", "Robert E. Park is best known as ..."): its head a capitalised word of letters with
    lower-case ones after the first (not a formula or symbol: "CO is named carbon monoxide", "Q is called the
    equilibrium constant", "TSH, ACTH ... are referred to as"), with only capitalised modifiers, and not a common
    noun the sentence's first capital made proper ("Glucose is called ..."; the pipeline runs no entity recognizer)."""
    mods = [c for c in desc.children if c.dep_ in ("compound", "flat", "amod")]
    return desc.pos_ == "PROPN" and desc.is_title and desc.text.isalpha() and len(desc.text) > 1 and \
        all(c.text[:1].isupper() for c in mods) and (desc.i > desc.sent.start or any(c.i > desc.sent.start for c in mods))


def defined_word(term: Token, name: str, verb: Token, genus: Token) -> bool:
    """The sentence defines the bare word itself: "A process is a running instance of a program.", "An outcome is a
    result of one trial that ...", "A bit is the smallest unit of data that ...".  Words such as "process",
    "outcome", "bit", "element" are generic heads (``terms.generic_heads``), never a term on their own elsewhere,
    but a book that opens a sentence with the indefinite word and gives it a restricted class defines it as a term of
    its subject (round 38 blind audit: the operating-system book's central definition of "process" was dropped).
    Only that shape: one word, opening the sentence after "A"/"An" (nothing else before it), a present "is", a genus
    of its own, restricted (checked by the caller); "The process is ...", "Processes are ...", "A process was ..."
    point at one process of the text or talk of processes in general; "An example is the ..." (``terms.non_genus``)
    and "A bit is the smallest unit ..." (a definite genus) point at one thing."""
    from proda.ingest.extract.lexdata import words

    sent = term.sent
    before = [t for t in sent if t.i < term.i and not (t.is_punct and t.text in "“‘\"'")]
    return (len(name.split()) == 1 and term.tag_ == "NN" and term.lower_ == name.lower()
            and [t.lower_ for t in before] in (["a"], ["an"]) and all(c.dep_ in ("det", "punct") for c in term.children)
            and verb.lower_ == "is" and genus.tag_ == "NN" and genus.lower_ != term.lower_
            and [c.lower_ for c in genus.children if c.dep_ == "det"] in (["a"], ["an"])
            and term.lemma_.lower() not in words("terms.non_genus"))
