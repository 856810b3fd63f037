"""An object coordination that cannot be split is read whole: "causes the expansion or contraction of the chamber".

Why: :func:`scope.coordination_unsafe` refuses to split "A or B", "A and B of C" (a shared complement), "A, B, and
C rates" (a shared head) into one claim per conjunct, each of which would say another thing than the book.  The
frame was then dropped altogether (statements_audit LOST: "water | is polluted with | ...", about 130 frames of
the development books).  Read as ONE argument spanning every conjunct, the coordination says what the book says
-- but only when the whole list is there: the list checks of :mod:`wholes` (every conjunct an argument, no word of
another phrase inside, no comma inside one conjunct, nothing run on past the last one) refuse a list the parse cut
short ("will produce pain, loss of stability of the bones, and may damage ..."), and so does a noun after the
list hung on the verb or on the last conjunct ("destroy the growth and harvest of the crops, the roads of the
valley, and ...": a second object, an apposition).  Only a coordination that stays
an object: a passive's agent becomes the frame's subject, and a subject "A or B" gives no frame (the subject check
every other frame passes), so "is caught by risky behaviors and the sharing of needles" is not read whole.

"A or B" objects (S14-B, refusal census: 773 of 783 development verbs with such an object gave no frame, one side of
a disjunction being no argument): in a plain main clause the whole is read ("arise from custom or tradition",
:func:`whole_disjunction`), and under "can/may/might/could" each conjunct is a claim of its own (:func:`free_choice`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.arguments import Arg, arg_at, arg_text
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.wholes import _joined, _parts


def joined_object(h: Token, sent: Span) -> Arg | None:
    """One argument for the whole unsafe coordination headed by ``h``, or ``None`` when it cannot be read whole: not
    an object (a direct object or a preposition's object other than a passive's agent), or a list the parse cut."""
    if h.dep_ not in ("dobj", "pobj") or (h.dep_ == "pobj" and h.head.dep_ == "agent"):
        return None
    if _joined(h, sent) is None:  # (wholes: a conjunct no argument, a list cut short or run on)
        return None
    args = [arg_at(c, sent) for c in _parts(h)]
    idx = [t.i for a in args for t in a.toks]
    lo, hi = min(idx), max(idx)
    if lo < sent.start or hi >= sent.end:
        return None
    v = h.head if h.dep_ == "dobj" else h.head.head
    if any(c.i > hi and c.dep_ in ("dobj", "dep", "appos", "npadvmod") for c in list(v.children) + _parts(h)[-1:]):
        return None  # "destroy the growth and harvest of the crops, the roads of the valley, and ...": the list runs on
    first = args[0]
    return Arg(first.head, arg_text(set(h.doc[lo:hi + 1])), first.term, first.quantity, True, set(h.doc[lo:hi + 1]))


def _or_root(h: Token) -> Token:
    """The first conjunct of the coordination ``h`` belongs to (spaCy hangs each later conjunct on the one before)."""
    while h.dep_ == "conj" and h.head != h:
        h = h.head
    return h


def _or_parts(h: Token) -> tuple[list[Token], list[Token]] | None:
    """(conjuncts, coordinators) of a plain "A or B" / "A, B, or C" of nouns; ``None`` for "either/neither", "nor",
    an "and" among them, or a gloss (", or X" after a single noun: "values, or preference statements" renames)."""
    root = _or_root(h)
    cjs = sorted([root, *root.conjuncts], key=lambda t: t.i)
    ccs = [c for t in cjs for c in t.children if c.dep_ in ("cc", "preconj")]
    if len(cjs) < 2 or not ccs or any(c.dep_ == "preconj" or c.lower_ != "or" for c in ccs):
        return None
    if len(cjs) == 2 and h.doc[ccs[0].i - 1].text == ",":
        return None
    return cjs, ccs


def _main_claim(root: Token) -> bool:
    """The disjunction ``root`` heads is an object of the sentence's main verb, said outright: the verb is the root,
    its subject a noun of its own (no pronoun read from elsewhere), the sentence complete (no lower-case start: "and
    the process ... must not involve ...") and not opened by a subordinator ("If X ..., the government can be
    exposed to A or B": the parse hung the condition where the condition checks miss it).  Development sweep
    (S14-B): frames read anew in relative, subordinate or shared-subject clauses were wrong about as often as right
    (an antecedent, a subject or a condition of that clause missed), so an "or" object is read in main clauses only."""
    if root.dep_ == "dobj":
        v = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "prep":
        v = root.head.head
    else:
        return False
    sent = v.sent
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = next((t for t in sent if not t.is_punct), sent[0])
    return v.dep_ == "ROOT" and v.pos_ in ("VERB", "AUX") and subj is not None \
        and subj.pos_ in ("NOUN", "PROPN") and not first.text[:1].islower() \
        and not any(t.dep_ == "mark" and t.i < v.i and t.lower_ in words("coordinations.opening_subordinators")
                    for t in sent)


def whole_disjunction(h: Token, text: str) -> bool:
    """``text`` reads the whole "A or B" that ``h`` is a conjunct of (:func:`joined_object`: "arise from custom or
    tradition"), not one side of it (what :func:`scope.malformed` refuses), and no "or" besides its own ("attach
    directly or through tendons or aponeuroses": the parse hung "directly or" on the object)."""
    parts = _or_parts(h)
    said = f" {text} "
    return parts is not None and said.count(" or ") == len(parts[1]) and all(f" {c.text} " in said for c in parts[0]) \
        and _main_claim(parts[0][0])


def free_choice(h: Token) -> bool:
    """"Stress can raise blood pressure or heart rate": a disjunction of nouns as the object of a verb under a modal of
    possibility (lexical coordinations.choice_modals) gives each its own claim -- each is possible ("can raise blood
    pressure", "can raise heart rate").  Not under a negation, "only"/"just" ("can only be A or B" is a limit),
    a modal of necessity or a plain tense ("Students must choose a major or a minor", "Powers arise from custom or
    tradition": either one, so read whole), nor for pronouns or adjectives ("can do little or nothing")."""
    parts = _or_parts(h)
    if parts is None:
        return False
    cjs, _ = parts
    if not _main_claim(cjs[0]) or any(c.pos_ not in ("NOUN", "PROPN") for c in cjs):
        return False
    v = cjs[0].head if cjs[0].dep_ == "dobj" else cjs[0].head.head
    if any(c.dep_ in ("advcl", "acl") and c.left_edge.i == cjs[-1].right_edge.i + 1 for c in v.children):
        return False  # "detected in pregnant people or individuals experiencing stress": the participle is B's
    doc = v.doc
    if any(c.i + 1 < len(doc) and not c.whitespace_ and doc[c.i + 1].text in ("–", "-", "—") for c in cjs):
        return False  # "the Edinger–Westphal nucleus of X or Y": a dashed name the parse cut after its first word
    aux = [c for c in v.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if not aux or any(a.lower_ not in words("coordinations.choice_modals") for a in aux):
        return False
    limits = words("coordinations.choice_limits")
    return not any(c.dep_ == "neg" or c.lower_ in limits for w in (v, *cjs) for c in w.children)


def opposite_pair(conjuncts: list[Token]) -> bool:
    """Two nouns of the coordination of which one is the other with a prefix of opposition ("metals and nonmetals",
    "advantages and disadvantages"; lexical coordinations.opposite_prefixes): the pair names both sides, and neither
    half holds alone ("each system | has | advantages" of "Each system has its advantages and disadvantages" was a
    fragment, audit round 22).  :func:`frame_args._split` reads it whole, or not at all after "have" (to have both
    sides is true of anything)."""
    forms = {c.lemma_.lower() for c in conjuncts if c.pos_ == "NOUN"} | {c.lower_ for c in conjuncts if c.pos_ == "NOUN"}
    return any(p + f in forms for f in forms for p in words("coordinations.opposite_prefixes"))

