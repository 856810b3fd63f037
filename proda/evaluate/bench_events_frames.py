"""What a verb's frame says about the phrases around its object, for ``bench_events.render`` (session 18, review R1).

Why: the passive writer turns "V-ing X PP" into "X is V-ed PP", which is only right when X is acted on and PP belongs
where the verb's frame puts it.  Review R1 read four kinds of wrong event on the development chapters:

* a motion verb whose object is the place or route it moves through ("enters the blood" -> "The blood is entered"):
  the place is no patient, and the event is the mover's, whom the step does not name;
* a change verb's result phrase swept into its subject ("transforms oxaloacetate into PEP" -> "Oxaloacetate into
  PEP is transformed"): what X becomes stays after the verb ("Oxaloacetate is transformed into PEP");
* a verb that acts on an event given a path phrase of that event ("preventing backflow into the ileum" ->
  "Backflow is prevented into the ileum"): "prevent" takes no path, so the phrase is the event's
  ("Backflow into the ileum is prevented");
* a route "lead to" read as causal ("lead to a series of larger pulmonary veins" -> "... results"): what results is
  an event or a state, so a "lead to" object must read as one by its form.

The word classes are general English verb and suffix classes (Levin's verbs of inherently directed motion, verbs of
change of state, verbs of causing and preventing), no book's words.
"""

from __future__ import annotations

from lemminflect import getAllLemmas

from proda.evaluate.bench_pronouns import _plural

# verbs of inherently directed motion whose direct object is the place or route moved through or to
PLACE_OBJECT_VERBS = frozenset("enter leave exit cross reach pass traverse approach ascend descend climb escape flee "
                               "join follow".split())
PATH_PREPS = frozenset("into from to toward towards through across onto".split())
# of these, the two whose object is as often what remains or what is attained ("leaving only helium as a gas",
# "reaching equilibrium when ..."): their passive reads right there ("Only helium is left as a gas")
ALSO_STATE = frozenset({"leave", "reach"})


def place_object(root, obj, rest) -> bool:
    """Whether the verb's direct object is the place its mover goes to or through ("enters the blood", "which leaves
    the cell"), so that its passive ("The cell is left") is no event of the step.  For "leave"/"reach", only a
    definite object with nothing after it but a path ("leaves the heart through the aorta"); a bare or counted
    object, or one with a phrase that says how it is left ("leaving the rest in its ionized form"), is what remains
    or is attained (book clauses of the four books, session 18: 10 of 14 "leaving" passives read right)."""
    lemma = root.lemma_.lower()
    if lemma not in PLACE_OBJECT_VERBS:
        return False
    if lemma not in ALSO_STATE:
        return True
    if obj.left_edge.lower_ in ("only", "just"):
        return False  # "leaving only the connective tissue ...": what remains
    definite = any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that", "these", "those") for c in obj.children)
    after = [t for t in rest if not t.is_punct]
    return definite and (not after or after[0].lower_ in PATH_PREPS | {"via"})
# verbs of a change of state whose "into" phrase says what the thing becomes
CHANGE_INTO = frozenset("transform convert change turn split divide separate partition subdivide cleave break "
                        "decompose degrade hydrolyze hydrolyse metabolize metabolise ferment".split())
# verbs whose object is an event they cause, stop or alter: they take no path phrase of their own, so one after the
# object is the event's ("triggers secretion of TSH from the pituitary").  Not the verbs of letting ("allows water
# into the cell": a path of the verb) nor of converting ("reduces Fe3+ to Fe2+"), nor of an amount, whose "to" or
# "toward" is the level reached ("will decrease blood osmolarity toward the physiologic norm").
ACTS_ON_EVENT = frozenset("cause stimulate activate trigger prompt induce provoke prevent inhibit block promote "
                          "enhance suppress facilitate impede hinder halt regulate initiate mediate".split())
# verbs of letting: "allows water into the cell" is a path of the verb, but the parse that hangs "into" on "water"
# also hangs it on "water movement", whose path it is: such a step is left unwritten
LETTING = frozenset("allow permit let".split())


def path_phrase(root, np_end: int):
    """The path phrase ("into the ileum") hung on ``root`` right after its object (ending at ``np_end``), when the
    verb acts on an event: it belongs before the passive verb, in the event's phrase.  None otherwise: where "to"
    names a value ("increases the rate to 5 per second"); where the phrase's object is itself an event or a state,
    what the verb drives its object to ("provoking the country into war", "inducing the cells into apoptosis");
    or where a second path phrase of the verb follows ("triggers migration from rural areas to cities"), which the
    move would strand after the verb (review R3)."""
    if root.lemma_.lower() not in ACTS_ON_EVENT or np_end + 1 >= len(root.doc):
        return None
    p = root.doc[np_end + 1]
    if p.head.i != root.i or p.dep_ != "prep" or p.lower_ not in PATH_PREPS:
        return None
    obj = next((c for c in p.children if c.dep_ == "pobj"), None)
    if obj is None or obj.like_num or any(c.like_num or c.dep_ == "nummod" for c in obj.children) or event_like(obj):
        return None
    nxt = root.doc[p.right_edge.i + 1] if p.right_edge.i + 1 < len(root.doc) else None
    if nxt is not None and nxt.head.i == root.i and nxt.dep_ == "prep" and nxt.lower_ in PATH_PREPS:
        return None
    return p


def result_phrase(root, obj):
    """The "into" phrase a change verb's object carries in the parse ("transforms oxaloacetate into PEP", with
    "oxaloacetate" misread as a verb and "into" hung on it): what the thing becomes, to write after the verb.  Also
    under a verb of letting (``LETTING``), whose caller leaves the step unwritten."""
    into = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "into" and c.i > obj.i), None)
    return into if root.lemma_.lower() in CHANGE_INTO | LETTING else None


# endings of a noun that names an act, a process or a state ("formation", "development", "deformity", "redness")
EVENT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "sis", "ness", "ity", "ism", "itis")
# nouns of a change, an outcome or a condition that no ending marks ("the loss of", "death", "kidney failure")
CHANGE_NOUNS = frozenset("change increase decrease rise fall drop decline loss gain growth shift death disease illness "
                         "problem disorder symptom failure injury damage lack crisis conflict war error effect outcome "
                         "result consequence condition state response reaction process event phenomenon".split())
CHANGE_MODIFIERS = frozenset("more less fewer increased decreased reduced elevated diminished".split())
_WRAPPERS = frozenset("series number set group kind type form variety range array".split())  # "a series of X": X


def event_like(obj) -> bool:
    """Whether the object of "lead to" reads as an event or a state by its form, so that "X results" is what the
    step says; a thing or a place ("the common pathway", "a series of larger pulmonary veins") is a route's end.
    An act noun by its ending, a change noun ("increase", "loss"), a noun modified by a change ("increased urine
    production", "more water"), or a bare noun that is also a verb ("spontaneous fractures", "damage")."""
    head = obj
    determined = any(c.dep_ in ("det", "poss") for c in obj.children)
    if head.lemma_.lower() in _WRAPPERS:  # "a series of larger veins", "a number of changes": the noun after "of"
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if inner is None:
            return False
        head = inner
    lemma = head.lemma_.lower()
    if lemma in CHANGE_NOUNS:
        return True
    if lemma.endswith(EVENT_SUFFIXES):
        # an ending is no proof ("cavity", "city", "junction", "compartment"): a definite act noun names its event
        # by an argument ("the formation of a clot") or as a name ("the Great Depression"); "the nasal cavity",
        # "the city" with neither are the places a route reaches (review R3)
        definite = any(c.lower_ == "the" or c.dep_ == "poss" for c in head.children)
        return not definite or head.pos_ == "PROPN" or any(c.dep_ == "prep" for c in head.children if c.i > head.i)
    if any(c.lower_ in CHANGE_MODIFIERS for c in head.children if c.i < head.i):
        return True
    determined = determined or any(c.dep_ in ("det", "poss") for c in head.children)
    return not determined and bool(getAllLemmas(lemma, upos="VERB"))


POSSESSIVES = {"its": False, "their": True}  # possessive pronoun -> plural owner
DEICTIC = frozenset({"our", "your", "my"})  # the writer's and the reader's: no antecedent to lose ("our teeth")


def _holds(noun, pron) -> bool:
    """Whether ``noun``'s own phrase holds ``pron`` ("the release of its hormone"), which it cannot own; reached
    through a conjunct ("Israel and its neighbours", "the group and its message") it is the owner's phrase."""
    x = pron
    while x.head.i != x.i:
        if x.head.i == noun.i:
            return x.dep_ != "conj"
        x = x.head
    return False


def _number(noun, pron, plural) -> bool:
    """The owner's number: its own where the pronoun's phrase is its conjunct ("Israel and its neighbours" is no
    plural owner of "its"), else with its conjuncts ("the heart and the lungs ... their")."""
    if any(c.dep_ == "conj" and (c.i == pron.i or c.is_ancestor(pron)) for c in noun.children):
        return noun.tag_ in ("NNS", "NNPS")
    return plural(noun)


def owner_lost(tokens) -> bool:
    """Whether a possessive pronoun among the written tokens has no owner among them: "resulting in the loss of their
    jobs", cut from "Workers ..., resulting in ...", was written "The loss of their jobs results", whose "their" names
    nobody.  Kept only where exactly one noun written before it agrees in number and does not hold the pronoun in
    its own phrase ("Blood flows along its pressure gradient"; in "the release of its hormone" the release owns
    nothing); "his"/"her" name a person the step never names, "our"/"your" the writer and the reader, as the book
    did."""
    toks = list(tokens)
    for k, t in enumerate(toks):
        if t.tag_ != "PRP$":
            continue
        if t.lower_ in DEICTIC:
            continue
        plural = POSSESSIVES.get(t.lower_)
        if plural is None:
            return True
        owners = [h for h in toks[:k] if h.pos_ in ("NOUN", "PROPN") and h.dep_ not in ("compound", "nmod", "poss")
                  and not (h.dep_ == "conj" and h.head.pos_ in ("NOUN", "PROPN")) and not _holds(h, t)
                  and _number(h, t, _plural) == plural]
        if len(owners) != 1:
            return True
    return False



def clausal_object(obj, causative: bool) -> bool:
    """Whether the verb's object is no plain noun phrase but holds a verb of its own (s28-T2): written as the
    subject of the passive or "results" event, the verb form is left standing in the noun phrase and the sentence is
    not English ("then starts the code running" -> "The code running is started", "causes the myosin head to detach"
    -> "The myosin head to detach ... results").  From the parse only:

    * the object's head is a participle or gerund (the small parser takes "running" for the head of "the code
      running"), unless it is a nominal gerund with its determiner and "of" phrase ("the opening of calcium
      channels"), or any verb form with a noun before it ("the cells divide"); not a finite tag alone, which is the
      tagger's guess at an unknown noun ("transforms oxaloacetate into PEP", "oxaloacetate" tagged VBP);
    * an -ing participle after the object's head ("prevents the blood flowing back"): a small clause, whose event
      is the flowing, not the blood;
    * after a causative verb, an infinitive clause hung on the object ("causing the reaction to proceed faster",
      review R1) or "to" + a word tagged a base verb or a lower-case proper noun (the small parser's reading of
      "to detach", "to bulge" as a preposition and its noun): the object is the subject of the caused event."""
    kids = list(obj.children)
    small = obj.tag_.startswith("VB") and any(c.dep_ in ("compound", "nsubj") and c.i < obj.i for c in kids)
    if obj.tag_ in ("VBG", "VBN") or small:  # a finite tag alone is the tagger's guess at an unknown noun
        nominal = any(c.dep_ in ("det", "poss") for c in kids) and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in kids) and not any(c.dep_ == "dobj" for c in kids)
        if not nominal:
            return True
    for c in kids:
        if c.i > obj.i and c.dep_ == "acl" and c.tag_ == "VBG":
            return True
        if causative and c.dep_ == "acl" and any(a.tag_ == "TO" for a in c.children):
            return True
        if causative and c.dep_ == "prep" and c.lower_ == "to" and c.i > obj.i:
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None and (pobj.tag_ == "VB" or pobj.tag_.startswith("NNP") and pobj.text.islower()):
                return True
    return False


def event_plural(head) -> bool:
    """The number of an object written as the subject of its event ("... is increased", "... results"): the plural
    of ``_plural``, and two readings it misses (s28-T2, the dev KBs' bench items): a count above one on the head,
    where the small parser took a modifier for it ("resulting in two acetyl CoA molecules" -> "Two acetyl CoA
    molecules results", the head read as "acetyl"; not a measure of an "of" phrase, "25 percent of the output is"),
    and a list joined by "or"/"nor" only, whose verb agrees with its nearest member ("muscle twitching, cramping,
    spasms, or convulsions result"; not a gloss of two, "a pattern, or stripes, ... is", nor "S1 or lub").  A number
    is a count only where it opens the phrase: after a noun it is a label ("Type 2 diabetes results", "Port 80 is
    opened", review item 1)."""
    members, ccs, cur = [head], [], head
    while (nxt := next((c for c in cur.children if c.dep_ == "conj"), None)) is not None:
        ccs += [c for c in cur.children if c.dep_ == "cc"]
        members.append(nxt)
        cur = nxt
    ccs += [c for c in cur.children if c.dep_ == "cc"]
    gloss = len(members) == 2 and any(c.i > 0 and c.doc[c.i - 1].text == "," for c in ccs)  # "a pattern, or stripes,"
    if len(members) > 1 and ccs and all(c.lower_ in ("or", "nor") for c in ccs) and not gloss:
        return members[-1].tag_ in ("NNS", "NNPS")
    count = [c for c in head.children if c.dep_ == "nummod" and c.tag_ == "CD" and _opens_phrase(c, head)]
    partitive = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)  # "25 percent of the output is"
    if count and not partitive and (count[0].text.isdigit() and int(count[0].text) > 1
                                    or count[0].text.isalpha() and count[0].lower_ != "one"):
        return True
    for t in head.subtree:  # "a decrease in the concentration of dissolved CO2 and subsequent left-shifts of the
        # equilibria": a noun with an "of" phrase of its own, joined by "and" to the last noun of a preposition's
        # phrase, is a second event beside the head (the parse hangs it low); not "a grid of arteries and veins"
        if t.dep_ == "conj" and t.head.dep_ == "pobj" and t.head.i < t.i and t.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.head.children) \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) and _under_phrases(t, head):
            return True
    return _plural(head)


def open_gloss(head, toks) -> bool:
    """The subject ``toks`` ends inside a gloss opened by a comma and never closed: a common noun with its
    determiner, then names joined by "or" ("the first heart sound, S1 or lub"); the event's verb follows it, so
    the gloss takes its closing comma ("The first heart sound, S1 or lub, is produced", review item 18).  Not a
    list of common nouns ("the liver, kidneys or spleen"), whose commas are the list's."""
    members, cur = [], head
    while (nxt := next((c for c in cur.children if c.dep_ == "conj"), None)) is not None:
        members.append(nxt)
        cur = nxt
    ccs = [c for m in [head] + members for c in m.children if c.dep_ == "cc"]
    return bool(members) and head.pos_ == "NOUN" and any(c.dep_ == "det" for c in head.children) \
        and head.doc[members[0].i - 1].text == "," and all(m.pos_ == "PROPN" for m in members) \
        and bool(ccs) and all(c.lower_ == "or" for c in ccs) and toks[-1].i == members[-1].right_edge.i


def _opens_phrase(num, head) -> bool:
    """The number ``num`` stands before ``head`` with no noun right before it ("two acetyl CoA molecules"), so it
    counts; "type 2", "stage 3", "port 80" name a kind or a place (a label's number, review item 1)."""
    prev = num.doc[num.i - 1] if num.i > 0 else None
    return num.i < head.i and (prev is None or prev.pos_ not in ("NOUN", "PROPN"))


def _under_phrases(t, head) -> bool:
    """``t`` hangs on ``head`` through preposition phrases and conjuncts only (no relative clause between)."""
    while t.i != head.i:
        if t.dep_ not in ("conj", "pobj", "prep") or t.head.i == t.i:
            return False
        t = t.head
    return True
