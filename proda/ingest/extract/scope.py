"""Whether a dependency frame can be read as a general claim: the checks that drop, or complete, a frame.

Why apart from :mod:`frames`: the audits (docs/audits/independent-2026-11-29) rejected statements for a few
classes of defect that no single construction owns — an argument cut before the words that carry its meaning
("prepares children" for "prepares children for the adult world", "earth" for "the earth's carrying capacity"),
a subject that points back to the context ("other hormones", "both processes"), a claim true only in a
comparison, a hypothetical or a worked example, and a restrictive relative clause ("a reaction that absorbs heat
is endothermic") read as a claim about the whole class.  Each check here uses the parse and general English
word lists (``patterns/lexical.toml``), never a discipline's words.  Precision beats volume: when a construction
cannot be read right, the frame is dropped.
"""


import re

from spacy.tokens import Token

from proda.ingest.extract.joint_arguments import joint_argument
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.of_echo import parallel_of
from proda.ingest.extract.misread_verbs import clause_as_compound

MAX_CLAUSE_TOKENS = 12  # a restrictive clause longer than this makes an argument no one can learn as a unit


def _prev_text(t: Token) -> str:
    return t.doc[t.i - 1].text if t.i > 0 else ""


def restrictive(clause: Token) -> bool:
    """A relative/participial clause that restricts its head (no comma or dash before it): "reactions that absorb
    heat" names a subclass; ", which absorbs heat" says something about the head."""
    return _prev_text(clause.left_edge) not in (",", "—", "–", "(", ";")


def anaphoric(h: Token) -> bool:
    """"other hormones", "both processes", "the same reaction", "the latter": the phrase points back to
    something the sentence does not name, so the claim cannot stand alone."""
    bad = words("args.anaphoric_modifiers")
    if h.lower_ in bad:
        return True
    coordinated = any(c.dep_ == "conj" for c in h.children)  # "both A and B" names both
    if h.dep_ == "conj" and h.head.i < h.i and h.head.pos_ in ("NOUN", "PROPN") and anaphoric(h.head) \
            and not any(c.dep_ in ("det", "poss") and c.i < h.i for c in h.children):
        return True  # "other methods and [regulations]": the pointer is shared, unless [the people's] has its own
    if any(c.dep_ in ("det", "amod", "predet", "advmod") and c.lower_ in bad and c.i < h.i
           and not (coordinated and c.lower_ == "both") for c in h.children):
        return True
    if pointing(h) or comparand_before(h):
        return True
    # "the mesenchyme in these areas": a demonstrative anywhere inside the phrase points back as well
    return any(c.dep_ == "det" and c.lower_ in ("this", "these", "those") for t in h.subtree if t.dep_ == "pobj"
               and t.head.head == h for c in t.children)


def pointing(h: Token) -> bool:
    """"A related method is fermentation", "a similar process": an adjective relating its noun to something named
    before (lexical bounds.pointing_adjectives), with no complement of its own ("related to X", "similar to Y"),
    leaves the noun without a referent (audit round 13).  A bare plural reads reciprocally ("Related species share a
    common ancestor": species related to one another) and stays."""
    bare_plural = h.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss", "nummod") for c in h.children)
    if bare_plural or (h.dep_ == "conj" and h.head.pos_ in ("NOUN", "PROPN")):
        return False  # "the coordination exam and the related gait exam": related to the conjunct before it
    adjectives = words("bounds.pointing_adjectives") | (
        words("bounds.pointing_singular_adjectives") if h.tag_ in ("NN", "NNP") else frozenset())
    # (also on the first word of a compound: "Similar party weakening has occurred in Indonesia", session 41's
    # political science sample, a fragment: the parser hangs the adjective on "party")
    mods = [*h.children, *(g for c in h.children if c.dep_ == "compound" and c.i < h.i for g in c.children)]
    return any(c.dep_ == "amod" and c.i < h.i and c.lower_ in adjectives
               and not any(x.dep_ in ("prep", "xcomp", "npadvmod", "compound", "nmod") for x in c.children)
               and c.doc[c.i - 1].text not in ("-", "–") for c in mods)  # not "age-related": related to age


def comparand_before(h: Token) -> bool:
    """"ONF is the heavier and larger molecule", "Still larger cations can occupy cubic holes" (independent audit
    round 15, judged wrong): a comparative with "still/even/yet" before it (larger than the ones told before), or
    with "the" on a copula's complement that names no set (the claim IS the comparison, of a pair told before: "is
    the stronger ligament"), and no "than" in the phrase compares with something the sentence does not name.  Kept:
    a complement whose phrase names the set ("the larger, weight-bearing bone located on the medial side of the
    leg", "the more common cause of low blood levels of X": development sweep), "the" on a subject or object (a
    role or a subset: "the smaller country contributes personnel", "the heavier alkaline earth metals impart color",
    accepted by the judges), a bare comparative ("Larger ships need deeper harbours": a correlation), one that names
    a part ("the lower jaw", ``bounds.naming_comparatives``) and the quantity words "more/less/fewer"."""
    doc = h.doc
    for c in h.children:
        if c.dep_ != "amod" or c.i > h.i or c.lower_ in words("bounds.naming_comparatives") \
                or c.lower_ in ("more", "less", "fewer"):
            continue
        if not (c.tag_ == "JJR" or any(x.dep_ == "advmod" and x.lower_ in ("more", "less") for x in c.children)):
            continue
        if any(t.lower_ == "than" for t in h.subtree):
            return False
        before = doc[c.left_edge.i - 1] if c.left_edge.i > h.sent.start else None
        named_set = any(x.dep_ in ("prep", "relcl", "acl") or (x.dep_ == "amod" and x.i > c.i) for x in h.children)
        if (h.dep_ == "attr" and any(x.dep_ == "det" and x.lower_ == "the" for x in h.children) and not named_set) \
                or (before is not None and before.lower_ in words("bounds.comparand_adverbs")) \
                or any(x.dep_ == "advmod" and x.lower_ in words("bounds.comparand_adverbs") for x in c.children):
            return True
    return False


def malformed(h: Token, text: str) -> bool:
    """A head that is no noun ("downward projecting": a participle left by a cut), a possessor cut from its
    possessed noun ("earth" of "the earth's carrying capacity"), or a sentence-split artifact ("k. Faster")."""
    if h.tag_ in ("VBG", "VBN", "VBD", "VB", "JJ", "JJR", "JJS", "RB") or h.pos_ in ("ADJ", "VERB", "ADV"):
        return True
    if h.dep_ == "poss" or any(c.dep_ == "case" for c in h.children):
        return True
    if any(c.dep_ == "conj" and c.pos_ == "VERB" for c in h.children):
        return True  # "the downward projecting and overlapping processes": a noun coordinated with a verb is a misparse
    if clause_as_compound(h):
        return True  # "the hypothalamus secretes CRH, which ...": a clause read as a compound noun (misread_verbs)
    if any(x.lower_ in ("not", "never") for c in h.children if c.i < h.i for x in c.subtree):
        return True  # "Not all Americans favor ...": the negation sits on the quantifier, not the verb
    if any(c.dep_ in ("preconj", "cc") and c.lower_ in ("either", "neither", "or", "nor") for c in h.children):
        from proda.ingest.extract.coordinations import free_choice, whole_disjunction  # (it imports arguments)

        # "either inherent factors (or causes ...)": one side of a disjunction; "A or B" read whole, or a side of
        # "can raise A or B" (each possible), is no side
        return not (whole_disjunction(h, text) or free_choice(h))
    first = text.split(" ", 1)[0]
    if first.lower() in ("how", "what", "which", "whose", "whatever", "whichever", "why"):
        return True  # "how many people": an indirect question, not a noun phrase
    if re.match(r"[A-Z][a-z]+[A-Z][a-z]", first):
        return True  # "SolutionThe temperature": a label glued to the sentence by the page layout
    return re.fullmatch(r"[a-z]{1,2}\.", first) is not None  # "k. Faster reactions": a sentence-split artifact


def cut_short(toks: set[Token]) -> bool:
    """An argument that ends on a relational noun whose complement was not kept ("terms", "form", "concepts",
    "capacity", "direction"): "expressed in terms" or "an equation of form" says nothing."""
    rel = words("args.relational")
    h = min(toks, key=lambda t: len(list(t.ancestors)))
    if any(c.dep_ == "prep" and c.lower_ == "of" and c not in toks and c.i > t.i for t in toks for c in t.children):
        return True  # "the gradual process [of developing values]", "the cost [of making a decision]"
    if any(c.dep_ in ("amod", "advmod") and c.i == t.i + 1 and c not in toks
           and any(x.dep_ == "prep" for x in c.children) for t in toks for c in t.children):
        return True  # "water [close to human settlements]": a post-modifier restricts the noun
    if any(c.dep_ == "prep" and c.lower_ == "about" and c not in toks for t in toks for c in t.children):
        return True  # "makes statements [about what is right]": what the noun is about is the claim
    if any(c.dep_ == "prep" and c.lower_ in ("into", "onto") and c not in toks for t in toks for c in t.children
           if any(x.dep_ == "prep" and x.lower_ == "of" for x in t.children)):
        return True  # "the conversion of solid cesium [into a gas]": the goal of a change is the claim
    end = max(t.i for t in toks)
    if end + 1 < len(h.doc) and h.doc[end + 1].lower_ == "as" and h.doc[end + 1].dep_ in ("prep", "mark", "advmod") \
            and not (end + 2 < len(h.doc) and h.doc[end + 2].lower_ == "well"):  # "as well as" coordinates
        return True  # "classify sanctions as formal or informal": the "as" complement is the claim
    for t in toks:
        if t.pos_ != "NOUN" or t.dep_ == "compound" or t.lemma_.lower() not in rel:
            continue
        kept = any(c in toks for c in t.children if c.dep_ in ("prep", "relcl", "acl") and c.i > t.i)
        # "carrying capacity", "health consequences" are complete; "anterior portion", "lateral side" are not
        mods = ("compound", "nmod") if t.lemma_.lower() in words("args.part_nouns") else ("compound", "amod", "nmod")
        # an evaluative adjective does not say which one: "relevant changes [of what?]", unless a phrase follows
        # that the parse hung on the verb ("play a critical role | in the regulation of ...")
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        said = nxt is not None and nxt.pos_ == "ADP"
        qualified = any(c in toks for c in t.children if c.dep_ in mods and (said or c.lower_ not in words("args.evaluative")))
        if not kept and not qualified:
            return True
        for p in (c for c in t.children if c in toks and c.dep_ == "prep"):
            inner = next((x for x in p.children if x.dep_ == "pobj"), None)
            if inner is not None and any(x.dep_ == "prep" and x not in toks for x in inner.children):
                return True  # "in terms of the decrease [in the amount of a reactant]": the complement is cut
    return False


def clause_of(h: Token) -> Token | None:
    """The restrictive relative or participial clause on head ``h`` (first one after it), if any."""
    return next((c for c in h.children if c.dep_ in ("relcl", "acl") and c.i > h.i and restrictive(c)), None)


def clause_span(h: Token, toks: set[Token]) -> set[Token] | None:
    """The tokens of argument ``toks`` plus the restrictive clause on its head, when short and readable;
    ``None`` when the clause is too long or holds brackets (the argument cannot be read whole)."""
    c = clause_of(h)
    if c is None:
        return set()
    sub = list(c.subtree)
    if len(sub) > MAX_CLAUSE_TOKENS or any(t.text in "[];:" for t in sub):  # a parenthesis is left out of the text
        return None
    if any(t.lower_ == "than" for t in sub):
        return None
    if any(t.tag_ in ("WP", "WDT") and t.head not in sub for t in sub):
        return None  # "governed by a leader who, it was hoped, [would rule ...]": the inner clause is cut
    end = max(t.i for t in sub)
    if end + 3 < len(h.doc) and h.doc[end + 1].text == "," and h.doc[end + 2].tag_ == c.tag_ == "VBN" \
            and h.doc[end + 3].lower_ in (",", "and", "or") \
            and not any(x.dep_ in ("nsubj", "nsubjpass") for x in h.doc[end + 2].children):
        return None  # "defendants who have been charged, tried, and convicted for a felony": the parse hung the
        # clause's later verbs elsewhere, and the first alone says less (session 42); a participle with a phrase of
        # its own after the comma is another clause on the noun ("a pit made of fibers, surrounded by flesh")
    return set(toks) | set(sub)


def coordination_unsafe(h: Token, conjuncts: list[Token], spans: list[set[Token]], choice: bool = False) -> bool:
    """Splitting "A and B" into one claim each is wrong when the coordination is a disjunction ("use of force
    or threat of force"), when a modifier is shared across the conjuncts ("a complete relaxation and
    contraction of both atria": one conjunct's phrase straddles another conjunct), or when the words list the
    parts of one whole ("shared beliefs, values and practices")."""
    if len(conjuncts) < 2:
        return False
    if joint_argument(h, conjuncts):
        return True  # "is determined by A and B", "connects A and B", "manipulating A and B" (joint_arguments.py)
    heads = {c.i for c in conjuncts}
    for c in conjuncts:
        if any(x.dep_ == "cc" and x.lower_ in ("or", "nor") for x in c.children) and not choice:
            return True  # (``choice``: "can raise A or B", each possible: coordinations.free_choice)
        if any(x.dep_ == "preconj" and x.lower_ in ("either", "neither") for x in c.children):
            return True
    last = conjuncts[-1]
    if len(conjuncts) == 2 and any(c.dep_ == "compound" and c.i == last.i - 1 for c in last.children):
        # "critical race and gender theory", "fertility, mortality, and migration rates": the head may be shared
        for c in conjuncts[:-1]:
            nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
            if nxt is not None and nxt.lower_ in ("and", "or", ",") and not any(x.dep_ == "compound" for x in c.children):
                return True
    if len(conjuncts) > 2 and any(c.dep_ == "compound" and c.i == last.i - 1 for c in last.children) \
            and all(c.text.isupper() and len(c.text) <= 3
                    and not any(x.dep_ not in ("punct", "cc", "conj", "det") for x in c.children)
                    for c in conjuncts[:-1]):
        return True  # "The U, V, and W axes produce ...": labels sharing the last one's head ("W axes" alone was
        # kept; session 44's LinuxCNC sample)
    for c, s in zip(conjuncts[1:] if h.dep_ in ("pobj", "dobj", "attr") else [], spans[1:]):
        nxt = max([t.i for t in s] or [c.i]) + 1
        if nxt < len(c.doc) and c.doc[nxt].tag_ in ("VBZ", "VBP", "VBD", "MD"):
            return True  # "by A and B supports C": the last conjunct is the subject of a clause of its own
    for s in spans:
        if not s:
            continue
        lo, hi = min(t.i for t in s), max(t.i for t in s)
        if any(lo <= i <= hi for i in heads - {t.i for t in s}):
            return True
    if any(c.dep_ == "amod" and c.i < conjuncts[0].i and any(x.dep_ == "conj" for x in c.children)
           for c in conjuncts[0].children):
        return True  # "poor and disadvantaged neighborhoods and nations": the coordinated adjectives may cover both
    if any(c.dep_ == "amod" and c.i > last.i and any(x.dep_ == "prep" for x in c.children) for c in last.children):
        return True  # "have their bounds and resolution equal to those of the region": the adjective phrase after the
        # last conjunct says of both (blind round 28: "raster output maps | have | bounds" was kept)
    if len(conjuncts) == 2 and any(c.dep_ == "prep" and c.lower_ == "of" and c.i > last.i for c in last.children) \
            and not any(c.dep_ == "prep" for c in conjuncts[0].children):
        return True  # "direct collision and reaction of two ozone molecules": the "of" complement belongs to both
    if len(conjuncts) == 2 and conjuncts[0].lemma_.lower() in words("coordinations.joint_nouns") \
            and conjuncts[1].i > conjuncts[0].i \
            and any(c.dep_ == "prep" and c.lower_ in ("of", "between") for c in conjuncts[0].children) \
            and not any(c.dep_ in ("det", "poss") for c in conjuncts[1].children):
        return True  # "the sum of pH and pOH": a noun of two members takes both ("pOH" alone is no claim; round 19)
    return _of_phrase_open(conjuncts) or parallel_of(conjuncts)  # (of_echo.py)


def _of_phrase_open(conjuncts: list[Token]) -> bool:
    """"the release of X and their Y": the first of two conjuncts ends with its "of" phrase, "and"/"or" follows it
    directly, and the second has no "of" phrase and, for determiner, only a possessive pronoun the first does not
    have -- it may point into the "of" phrase ("their" = the granules: what is released is both; the parse hung
    "mediators" on "release", review R18), so the second is not lifted to be the verb's own argument.  "the storage
    of X and the breakdown of Y", "the rule of law and the limits ...", "our perception of X and our behavior" are
    split.  A bare second noun ("Infections of the nasal passages and pharynx") is as ambiguous but is left: 5 of 7
    development sentences right to refuse, under the 90 % bar (S13-B4)."""
    if len(conjuncts) != 2:
        return False
    first, second, doc = conjuncts[0], conjuncts[1], conjuncts[0].doc
    of = [c for c in first.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > first.i]
    end = of[-1].right_edge.i if of else None
    if end is None or end + 2 != second.left_edge.i or doc[end + 1].lower_ not in ("and", "or") \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in second.children):
        return False
    dets = [c for c in second.children if c.dep_ in ("det", "poss") and c.i < second.i]
    own = {c.lower_ for c in first.children if c.dep_ == "poss"}
    return bool(dets) and all(d.dep_ == "poss" and d.tag_ == "PRP$" and d.lower_ not in own for d in dets)


def owned_by_sibling(args: list) -> list:
    """The coordinated arguments less a later conjunct whose possessive pronoun points at the first: "The other
    alkali metals and [their] salts impart color" split gave "salts | impart | ..." -- whose salts is lost (round 14
    fresh judges).  A later conjunct with its/their/his/her (``remainders.possessive_pronouns``) that the first
    conjunct does not have itself is dropped; the first conjunct keeps its frame ("Lead and its salts damage the
    kidneys" -> "lead | damage | kidneys").  When the first has the same pronoun ("its nucleus and its cytoplasm")
    the owner is someone else for both, and the split is left; so is a longer list or a pronoun not right after the
    "and"/"or" ("depends on the type of substance, its mass, and ...": the pronoun may point at the frame's own
    subject, development sweep)."""
    if len(args) != 2:
        return args
    owners = set(words("remainders.possessive_pronouns"))

    def poss(a, joined: bool) -> set[str]:
        return {c.lower_ for c in a.head.children if c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in owners
                and (not joined or (c.i > 0 and c.doc[c.i - 1].lower_ in ("and", "or")))}

    first = poss(args[0], False)
    return [args[0]] + [a for a in args[1:] if not (poss(a, True) - first)]


def joint(v: Token, subj_conjuncts: list[Token]) -> bool:
    """"Together, A and B form C", "A, along with B, limits C": the subjects act as one; no conjunct alone does."""
    if any(c.lower_ == "together" for c in v.children):
        return True
    subj = subj_conjuncts[0] if subj_conjuncts else None
    if subj is not None and any(c.dep_ == "prep" and c.lower_ in ("with", "along") for c in subj.children):
        return True
    return len(subj_conjuncts) > 1 and v.lemma_.lower() in words("verbs.joint")


def idiom_tail(prep: Token) -> bool:
    """"for instance", "in general", "in turn", "in other words" (args.idiom_phrases): an adverbial idiom, not a
    complement of the verb nor a scope ("narrow interest in other words | may hijack", audit round 11)."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and (" ".join(t.lower_ for t in prep.subtree) in words("args.idiom_phrases") or (
        pobj.lemma_.lower() in words("args.idiom_pobjs") and not any(c.dep_ in ("det", "amod", "compound", "nummod") for c in pobj.children)))


def opens_from_to_range(prep: Token) -> bool:
    """"vary from culture to culture": the "from" object is half of a range.  (Not
    :func:`proda.ingest.extract.narrative.range_cut`, which refuses an object cut at a range's first number.)"""
    if prep.lower_ != "from":
        return False
    sibs = list(prep.head.children) + list(next((c for c in prep.children if c.dep_ == "pobj"), prep).children)
    return any(c.dep_ == "prep" and c.lower_ == "to" and c.i > prep.i for c in sibs)
