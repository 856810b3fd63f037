"""A whole named by its parts is one claim with all of them: "An atomic nucleus consists of protons and neutrons".

Why: a predicate of ``verbs.whole_objects`` ("consist of", "be composed of", "be made up of", "be limited to" ...)
is false of any one coordinated part ("the skeleton consists of fibrous membranes": audit round 7), so
:func:`narrative.parts_of_a_whole` dropped every such frame -- and with them every composition fact of the books
("The brain stem is composed of the midbrain, pons, and medulla", "The chromosome is composed of DNA and proteins":
judged right in round 6, statements_audit LOST).  Here the frames of one verb, subject and coordinated object
become ONE frame whose object is the whole coordination, read from the parse (every conjunct, also those whose
own frame a check refused: "the pons"), so no part stands alone and the claim is kept.  A coordination one of
whose conjuncts cannot be read as an argument, a conjunct read without a phrase of its own, or a list that runs on
past the last part the parse found (", and mean arterial pressure") gives no frame, as before.  The frame's
``object_term`` stays the first part's (the concept the statement links to); its object text names every part.
(Review R18 item 4 asked whether that link teaches "nucleus consists of protons": training items, probes and
distractor checks render ``object`` -- the whole list -- never the object concept's name; the concept id only groups
the statement under "protons" and gives the prerequisite "protons before nucleus", true of a part.  An empty object
concept would drop the statement in ``pipeline`` (a statement needs both ends), so the first part stays.)
A list the parse cut after its first part (the rest hung as a sibling: "made up of water and dissolved salts") is
joined when the rest reads whole and refused when not (:func:`_cut_list`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.arguments import arg_at, conjuncts_of
from proda.ingest.extract.counted_lists import counted_list
from proda.ingest.extract.lexdata import words

def _parts(h: Token) -> list[Token]:
    """The conjuncts of ``h``; "the cerebellum, the pons, and the medulla" is often parsed as an apposition ("the
    pons") carrying the rest of the list, which is then part of the same list."""
    cjs = conjuncts_of(h)
    app = next((c for c in h.children if c.dep_ == "appos" and c.i > h.i), None)
    if len(cjs) == 1 and app is not None and len(conjuncts_of(app)) > 1 \
            and any(c.dep_ == "cc" for t in conjuncts_of(app) for c in t.children):
        return [h] + conjuncts_of(app)
    return cjs


def _object_head(v: Token, obj: str) -> Token | None:
    """The noun of ``v``'s object or preposition object whose coordination holds the frame's object ``obj``."""
    cands = [c for c in v.children if c.dep_ == "dobj"]
    cands += [o for p in v.children if p.dep_ == "prep" and p.i > v.i for o in p.children if o.dep_ == "pobj"]
    low = obj.lower()
    for h in cands:
        if any(low.startswith(c.lower_) or f" {c.lower_}" in f" {low}" for c in _parts(h)):
            return h
    return None


def _joined(h: Token, sent: Span) -> tuple[str, int] | None:
    """("A, B, and C", end token index) of the coordination headed by ``h``, with the sentence's coordinator; ``None``
    when a conjunct cannot be read as an argument."""
    cjs = _parts(h)
    args = [arg_at(c, sent) for c in cjs]
    if any(a is None or not a.text for a in args):
        return None
    toks = {t.i for a in args for t in a.toks}
    lo, hi = min(toks), max(toks)
    doc = h.doc
    if any(t.i not in toks and not (t.is_punct or t.dep_ in ("cc", "det", "predet")) for t in doc[lo:hi + 1]):
        return None  # "axons [from spinal nerves C1 through C5] and ...": a conjunct read without its own phrase
    if any(doc[i].text == "," for a in args for i in range(min(t.i for t in a.toks), max(t.i for t in a.toks))):
        return None  # "the choroid, ciliary body": two list items read as one conjunct
    if hi + 1 < h.sent.end and not _tail_apart(doc, hi + 1):
        return None  # "the brain and spinal cord [as the central organs, and the ganglia ...]", ", and X": the list runs on
    cc = next((c.lower_ for t in cjs for c in t.children if c.dep_ == "cc" and c.lower_ in ("and", "or")), "and")
    texts = [a.text for a in args]
    text = f" {cc} ".join(texts) if len(texts) == 2 else ", ".join(texts[:-1]) + f", {cc} " + texts[-1]
    return text, max(t.i for a in args for t in a.toks) + 1


def _tail_apart(doc, i: int) -> bool:
    """Whether the word after the last part leaves the list whole: the end of the clause, an aside set off by a
    comma ("protons and neutrons, collectively called nucleons") or examples ("functions such as memory"); not a
    comma before a coordinator (", and mean arterial pressure": a part the parse left out) nor a phrase run on."""
    t = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if (t.lower_ in words("remainders.example_preps") and t.lower_ != "as") \
            or (t.lower_ == "such" and nxt is not None and nxt.lower_ == "as"):
        return True  # "higher cognitive functions such as memories": examples, not parts ("as X" alone: a role)
    if t.text == ",":
        return nxt is not None and nxt.dep_ != "cc" and nxt.lower_ not in ("and", "or")
    return t.is_punct and t.text not in ("—", "–", "-", "(")  # the sentence's or clause's end


def _cut_list(h: Token, v: Token, sent: Span) -> tuple[str, int] | bool | None:
    """The rest of a list the parse cut after its first part ``h`` (review R18 item 4): ("and B", end token index)
    when the second part reads whole, ``False`` when it does not, ``None`` when the object is no cut list.  The
    parser hangs the second part as a sibling of the first: "made up of water and dissolved salts" ('and' and
    'salts' on the verb), "consists of plasma and formed elements" ('and' on 'plasma' with no conjunct, 'elements' a
    second pobj or the object of 'formed' read as a verb).  An 'and' on the verb before a verb ("is made of silica
    and lives in water") joins a second predicate: the whole stays."""
    doc = h.doc
    cc = next((c for c in h.children if c.dep_ == "cc" and c.i > h.i and c.lower_ in ("and", "or")), None)
    own = cc is not None  # the object's own coordinator with no conjunct: a list, whatever follows
    j = h.right_edge.i + 1
    if cc is None and j < sent.end and doc[j].dep_ == "cc" and doc[j].lower_ in ("and", "or"):
        cc = doc[j]
    if cc is None:
        return None
    nxt = [t for t in sent if t.i > cc.i and t.left_edge.i == cc.i + 1]
    top = max(nxt, key=lambda t: len(list(t.subtree)), default=None)
    if top is not None and _participle_read_as_verb(top, v):
        d = next(c for c in top.children if c.dep_ == "dobj")
        return _second_part(doc, cc, d, sent, lead=top.lower_)  # "and [established] ethnic enclaves"
    if top is None or top.pos_ not in ("NOUN", "PROPN"):
        return False if own else None
    if top.dep_ not in ("conj", "pobj", "dobj") or top.head not in (v, h.head) \
            or any(c.dep_ in ("conj", "cc") for c in top.children):
        return False
    return _second_part(doc, cc, top, sent)


def _second_part(doc, cc: Token, top: Token, sent: Span, lead: str = "") -> tuple[str, int] | bool:
    """("and B", end) of the part headed by ``top`` after the coordinator ``cc`` (``lead``: the participle the parse
    read as a verb, which the part starts with), or ``False`` when it does not read whole up to the clause's end."""
    a = arg_at(top, sent)
    if a is None or not a.text:
        return False
    end = max(t.i for t in a.toks) + 1
    known = {x.i for x in a.toks} | ({cc.i + 1} if lead else set())
    if any(t.i not in known and not (t.is_punct or t.dep_ in ("det", "predet")) for t in doc[cc.i + 1:end]):
        return False  # a word of the second part the argument leaves out
    if end < sent.end and not _tail_apart(doc, end):
        return False
    return f"{cc.lower_} {lead + ' ' if lead else ''}{a.text}", end


def _participle_read_as_verb(t: Token, v: Token) -> bool:
    """"consists of water and formed salts" parsed as a second predicate 'formed salts': a past participle with no
    auxiliary of its own and a direct object, after a present-tense verb, is no predicate coordinated with it (the
    tenses disagree) but the adjective of the next part.  "is made of silica and covered with spines" (no object:
    the shared 'is') and "is made of silica and was found ..." (its own auxiliary) stay predicates."""
    finite = next((c.tag_ for c in v.children if c.dep_ in ("aux", "auxpass")), v.tag_)
    return t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN") and finite in ("VBZ", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in t.children) \
        and any(c.dep_ == "dobj" for c in t.children)


def joined_parts(sent: Span, fs: list, wholes: set[int]) -> tuple[set[int], list]:
    """(positions of ``fs`` to drop, frames to add): each frame of a whole-of-parts predicate whose object is one
    conjunct of a coordination is replaced by one frame per (verb, subject, coordination) carrying all of it; the
    frames :func:`narrative.parts_of_a_whole` found (``wholes``) that no coordination explains stay dropped."""
    drop, add, done = set(wholes), [], set()
    for k, f in enumerate(fs):
        if f.predicate_lemma not in words("verbs.whole_objects"):
            continue
        v = sent.doc[f.verb]
        h = _object_head(v, f.object)
        if h is not None and counted_list(h, sent) is not None:
            continue  # "consists of three parts: A, B and C": read whole already (counted_lists.py)
        if h is not None and len(_parts(h)) < 2:
            cut = _cut_list(h, v, sent)
            if cut is not None:  # "consists of plasma and [...]": a part the parse cut off, the first alone is false
                drop.add(k)
                drop |= {j for j, g in enumerate(fs) if sent.doc[g.verb].head.i == v.i
                         and sent.doc[g.verb].dep_ == "conj" and _participle_read_as_verb(sent.doc[g.verb], v)}
            if cut:
                add.append(f.model_copy(update={"object": f"{f.object} {cut[0]}", "end": max(f.end, cut[1])}))
            continue
        if h is None:
            continue
        drop.add(k)
        key = (f.verb, f.subject, h.i)
        if key in done:
            continue
        done.add(key)
        joined = _joined(h, sent)
        if joined is not None:
            add.append(f.model_copy(update={"object": joined[0], "end": max(f.end, joined[1])}))
    return drop, add
