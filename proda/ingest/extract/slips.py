"""Parser slips a frame cannot survive: a verb the tagger read as a noun inside an argument.

Why a module of its own: the 2026-11-30 read-back judged three statements whose subject had swallowed the
sentence's first verb ("The muscles of the neck stabilize and move the head" gave "muscles of neck stabilize |
move | head"; "... of the body help | maintain | posture"; "... of the anterior neck facilitate swallowing and
speech | position | larynx").  The parser then hangs the first verb inside the subject's "of" phrase as a noun
(a compound head under "neck", a "pobj"), and tags the next verb untensed (VB) with no auxiliary: a finite verb
with a subject and no auxiliary is never untensed in a declarative sentence, and an untensed-looking noun with a noun
modifier before it ("neck stabilize", "body help", "face control") is the other half of the slip.  Either alone is
common and right ("The tendons of the hand bend and ..." is tagged VB too; "the blood flow" is a compound of a
verb-like noun); together they mark a sentence the parse cannot be trusted on, so none of its frames on that verb
is kept (the same slip in an object list, "protect the organ from injury, store water and produce ...", too).
"""

from __future__ import annotations

from functools import lru_cache

from lemminflect import getAllLemmas
from spacy.tokens import Token

from proda.ingest.extract.conjuncts import first_conjunct
from proda.ingest.extract.cuts import first_verb
from proda.ingest.extract.lexdata import words


@lru_cache(maxsize=4096)
def _verb_form(word: str) -> bool:
    """Whether ``word`` is the base form of an English verb (lemminflect's tables)."""
    return word in getAllLemmas(word, upos="VERB").get("VERB", ())


def _untensed_root(v: Token) -> bool:
    """The clause's first verb is tagged untensed (VB) yet has a subject and no auxiliary, "to" or modal; or a
    participle (VBN) with an active subject and no auxiliary, a reduced relative read as the main verb ("hormones
    secreted into the fluid diffuse into ...")."""
    w = first_verb(v)
    return w.dep_ == "ROOT" and w.tag_ in ("VB", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in w.children) \
        and any(c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and w.tag_ == "VB") for c in w.children)


def _swallowed(t: Token, verb: Token) -> bool:
    """A singular noun-tagged token that is a verb's base form and reads as a verb after a noun: inside the clause's
    subject, a noun modifier before it ("the neck stabilize", "the lower face control"; after the verb "establish the
    heart rate" is a noun's compound), or anywhere the first word of a list item after a comma ("injury, store
    water")."""
    if t.tag_ != "NN" or not _verb_form(t.lower_):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    inside = subj is not None and subj.left_edge.i <= t.i <= subj.right_edge.i  # not "In a negative feedback loop,"
    modified = (inside or verb.tag_ == "VBN") and any(c.dep_ in ("compound", "nmod") and c.i < t.i and c.pos_ in ("NOUN", "PROPN")
                                    for c in t.children)
    listed = t.dep_ == "compound" and t.i > t.sent.start and t.doc[t.i - 1].text == ","
    return modified or listed


def _noun_as_verb(w: Token) -> bool:
    """"... the effects of insulin causes diabetes mellitus": the verb went into the subject ("causes", a noun
    there) and the noun after it was read as the verb: a present-tense root that is no English verb form, right
    after a noun-tagged verb form."""
    if w.tag_ not in ("VBZ", "VBP") or w.i == w.sent.start or w.lemma_.lower() in ("be", "have", "do"):
        return False
    prev = w.doc[w.i - 1]
    # the word must be a known noun and no known verb: a technical verb missing from the dictionary ("innervates",
    # "depolarizes", "hydrolyzes") after a noun that is also a verb ("nerve", "influx") is a sound clause (R15)
    return not getAllLemmas(w.lower_, upos="VERB") and bool(getAllLemmas(w.lower_, upos="NOUN")) \
        and prev.tag_ in ("NN", "NNS") and bool(getAllLemmas(prev.lower_, upos="VERB"))


def _verb_in_noun_slot(w: Token) -> bool:
    """A token tagged as a finite or bare verb that the parse uses as a noun inside the subject of ``w``: "Proteins
    made in the rough reticulum [move] into the vesicles and then travel ..." ("move" a pobj): the subject runs over
    a verb, and the frame's subject with it."""
    s = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # (not a compound, "Sign/VB language", nor a conj, "muscles that position/NN and stabilize": tagger noise on a
    # word the parse still places right)
    return s is not None and any(
        t.tag_ in ("VB", "VBP", "VBZ") and t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
        and not any(c.dep_ in ("aux", "auxpass") for c in t.children) for t in s.subtree if t.i != s.i)


def _coordinator_left(w: Token) -> bool:
    """"The parties of the left support welfare spending and oppose tax cuts": the parse took "support" into the
    subject's "of" phrase and hung the "and" that joins the two verbs on the subject, which then has a coordinator
    and nothing joined to it (a real joined subject, "Parties of the left and trade unions oppose", has its conjunct).
    The root may be tagged present (VBP), so :func:`_untensed_root` does not see it (review of round 15)."""
    s = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return s is not None and any(c.dep_ == "cc" and s.i < c.i < w.i for c in s.children) \
        and not any(c.dep_ == "conj" for c in s.children)


def verb_swallowed(v: Token) -> bool:
    """Whether the clause of verb ``v`` is the slip above: its first verb untensed with no auxiliary, and a noun
    before ``v``'s frame end in the clause that is a verb read as a noun; or its verb a noun (:func:`_noun_as_verb`),
    its subject running over a verb (:func:`_verb_in_noun_slot`) or left with the verbs' coordinator
    (:func:`_coordinator_left`)."""
    w = first_verb(v)
    if _noun_as_verb(w) or _verb_in_noun_slot(w) or _coordinator_left(w):
        return True
    if not _untensed_root(v):
        return False
    if w.tag_ == "VBN" and v.i != w.i and any(c.dep_ == "aux" for c in v.children):
        return False  # "... and can then travel to distant organs": the joined verb's own clause is sound
    end = max(t.i for t in w.subtree) + 1
    return any(_swallowed(t, w) for t in v.doc[v.sent.start:end] if t.pos_ in ("NOUN", "PROPN") and t.i != w.i)


def modifier_list_cut(v: Token) -> bool:
    """Whether an argument of ``v`` is a coordinated modifier list with a gloss after each modifier, "divided into
    axial (muscles of the trunk) and appendicular (muscles of the limbs) categories" (read-back 2026-11-30): the
    parser takes a modifier for the noun ("axial") or hangs the shared head on the last one only ("short types"),
    so a frame names one class, or a modifier, where the book names two kinds of one noun.  The mark is a closing
    parenthesis followed by a noun of the same argument after a coordinator: the head noun comes after the glosses.
    A list of nouns each with its gloss ("into muscles (...) and bones (...).") has no noun after the last one."""
    for c in v.children:
        if c.dep_ not in ("dobj", "prep", "agent", "attr", "dative"):
            continue
        toks = sorted(c.subtree, key=lambda t: t.i)
        ids = {t.i for t in toks}
        doc = v.doc
        for t in toks:
            if t.text == ")" and t.i + 1 in ids and doc[t.i + 1].pos_ in ("NOUN", "PROPN") \
                    and any(u.dep_ == "cc" and u.i < t.i for u in toks):
                return True
    return False


def clause_which(v: Token) -> bool:
    """", which" after a plural object whose verb is singular: "allowed us to alter food products, which impacts our
    health" (read-back 2026-11-30: "food products | impacts | environment"): the "which" takes the whole clause
    before it (altering them), not the noun the parser hung it on, so the frame gives the noun what the act does.
    Only an inflected plural ("products", not "species", "series") that is an object, with no noun joined to it and
    no noun it is "of" (_antecedent climbs "the depolarization of the ventricles, which requires"),
    after a comma; a lone plural subject's disagreement is more often the tagger's (antecedents.misattached).  Not in a
    chain of clauses ("steam, which spins turbines, which in turn produces electricity", judged right): each link
    there names the thing that acts next as often as the act."""
    w = first_verb(v)
    if w.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" for c in w.children):
        return False
    finite = [t for t in [w, *w.children] if (t.i == w.i or t.dep_ in ("aux", "auxpass")) and t.tag_ in ("VBZ", "VBP")]
    n = w.head
    return bool(finite) and finite[0].tag_ == "VBZ" and n.tag_ == "NNS" and n.lemma_.lower() != n.lower_ \
        and (n.dep_ == "dobj" or (n.dep_ == "pobj" and n.head.lower_ != "of")) and n.head.dep_ != "relcl" \
        and not any(c.dep_ == "conj" for c in n.children) \
        and w.left_edge.i > 0 and w.doc[w.left_edge.i - 1].text == ","


def adjective_object(sent, obj: str, verb: int) -> bool:
    """An object that ends on an adjective the parser took for a noun: "assign tasks with little [to no feedback]"
    (audit: "authoritarian leaders | assign | tasks with little"): the phrase is cut inside a range or before its
    noun."""
    last = obj.split()[-1] if obj.split() else ""
    # a bare adjective: not "against each other", nor a noun the tagger graded ("of the pelvis/JJS")
    return any(t.i > verb and t.dep_ == "pobj" and t.tag_ == "JJ" and t.text == last and not list(t.children)
               for t in sent)


def quantifier_flipped(v: Token) -> bool:
    """A passive whose subject is universal and whose agent is indefinite: "Every fiber is innervated by a motor
    neuron" read active ("a motor neuron innervates every fiber", audit round 11) says one neuron reaches all of them;
    the passive distributes the agent over the subject ("each fiber by a neuron of its own").  A definite agent
    ("by the beta cells") or a subject that is not universal ("A follicle is supplied by an artery") reads the same
    either way."""
    agent = next((c for c in v.children if c.dep_ == "agent"), None)
    who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    w = v
    while w.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in w.children) and w.head.i != w.i:
        w = w.head
    subj = next((c for c in w.children if c.dep_ == "nsubjpass"), None)
    if who is None or subj is None:
        return False
    universal = words("remainders.universal")
    return (subj.lower_ in universal or any(c.dep_ in ("det", "predet") and c.lower_ in universal for c in subj.children)) \
        and any(c.dep_ in ("det", "nummod", "amod") and c.lower_ in words("remainders.indefinite") and c.i < who.i
                for c in who.children)



def passive_relative(sent, fr) -> bool:
    """A restrictive relative clause of what can be done ("that can be released", "that may be used") on the object
    of a passive verb's place or instrument: "A charge is stored across the membrane that can be released under the
    correct conditions" (audit round 11: the charge can be released, not the membrane).  Such a clause of a
    potential is as often extraposed from the subject (the patient of both verbs) as about the object, and the parse
    cannot tell; cut off, the object names more than the book (readable.relative_left_out), so the frame is
    dropped.  A plain passive clause ("stored in organelles that are found in plant cells"; 5 of the 6 such clauses
    in the development chapters, all on the object: "enclosed within a cavity that is surrounded by the pleura") or
    an active one ("the bond that joins the atoms") is left."""
    if fr.rule != "passive_prep":
        return False
    doc = sent.doc
    for p in doc[fr.verb].children:
        for o in (c for c in p.children if c.dep_ == "pobj") if p.dep_ == "prep" else ():
            for r in o.children:
                if r.dep_ == "relcl" and doc[r.left_edge.i - 1].text not in (",", "(", "—", "–") \
                        and any(c.dep_ == "nsubjpass" and c.lower_ in ("that", "which") for c in r.children) \
                        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in r.children):
                    return True
    return False


def _adjective_conj(v: Token) -> bool:
    """``v`` is a second adjective of a pair the parser read as a past-tense verb: "joins the right and [left] hip
    bones" (audit round 12: "suture | left | parietal bones").  The tell is a past tense ("left", VBD) joined to a
    present one ("joins") with no subject or auxiliary of its own, right after "and"/"or" that follows the head's
    one-word object ("the right"): two real verbs agree in tense ("enters the canal and leaves the skull").  A
    conjunct verb hung on an adjective or a noun is the same slip."""
    if v.dep_ != "conj" or v.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children):
        return False
    if v.head.pos_ in ("ADJ", "NOUN", "PROPN"):
        return True
    h, doc = v.head, v.doc
    if v.tag_ != "VBD" or h.tag_ not in ("VBZ", "VBP") or v.i < 2 or doc[v.i - 1].dep_ != "cc":
        return False
    first = doc[v.i - 2]
    return first.head.i == h.i and first.dep_ in ("dobj", "obj") \
        and all(c.dep_ == "det" for c in first.children) and first.left_edge.i < first.i


def adjective_pair_as_verb(v: Token) -> bool:
    """The frame's verb is such a misread second adjective, or the verb whose object the misreading cut to the first
    adjective ("suture | joins | right"): neither frame says what the sentence says."""
    return _adjective_conj(v) or any(c.dep_ == "conj" and _adjective_conj(c) for c in v.children)


def participle_after_relative(v: Token) -> bool:
    """A participle that modifies the object of a relative clause read as the sentence's verb: "actors that flagrantly
    violate [established] laws and employ ... are considered ..." (audit round 12: "actors that flagrantly violate |
    established | laws").  The tell: the participle (VBN/VBD, no auxiliary) has a subject whose relative clause ends
    on its bare verb right before it ("violate", with no object of its own), and its object starts right after it;
    the relative verb then lacks the object the participle took.  Its conjuncts ("employ violence") inherit the cut
    subject and go too.  A relative verb with its object ("actors that violate the law established courts") or a
    relative clause that swallowed the participle ("rebels that defy established laws employ violence") is left, and
    so is a relative clause with a subject of its own ("the speed with which this happened demonstrated a rise"):
    its verb needs no object."""
    w = first_conjunct(v, stop_at_own_subject=True)
    if w.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in w.children):
        return False
    subj = next((c for c in w.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in w.children if c.dep_ in ("dobj", "obj")), None)
    if subj is None or obj is None or obj.left_edge.i != w.i + 1:
        return False
    return any(r.dep_ == "relcl" and r.pos_ == "VERB" and r.i == w.i - 1 and r.right_edge.i == r.i
               and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in r.children)
               and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in r.children) for r in subj.children)


def event_which(v: Token) -> bool:
    """", which" + a verb of bringing a result about, hung on the agent of a nominal event: "stimulates Na+
    reabsorption by the kidney, which also results in water retention" (audit round 12: "kidney | results_in | water
    retention"): what results is the reabsorption, not the kidney.  Only on the object of "by" under a noun or an
    active verb (the agent of a nominalised act: "uptake by the intestine"); the agent of a passive ("is made by the
    bacterium, which causes cholera") is the one that acts, and a place ("opens into the kidney, which filters
    blood") or a verb of the noun's own ("which stores glycogen") is left."""
    w = first_verb(v)
    if w.dep_ != "relcl" or w.lemma_.lower() not in words("remainders.event_result_verbs") \
            or not any(c.dep_ == "nsubj" and c.lower_ == "which" for c in w.children):
        return False
    n = w.head
    if n.dep_ != "pobj" or n.head.lower_ != "by" or w.left_edge.i == 0 or w.doc[w.left_edge.i - 1].text != ",":
        return False
    h = n.head.head
    return h.pos_ in ("NOUN", "PROPN") or (h.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in h.children))


def act_which(v: Token) -> bool:
    """", which" + a verb of a result ("lead to", "result in", "contribute to"), hung on the object of a preposition
    on a noun (other than "of"/"by"), or on a verb or adjective with no object that moves: "are less likely to come
    out to healthcare professionals, which may also lead to healthcare issues", "found elements of guilt ... in
    mobile-dependent relationships, which led to overall dissatisfaction" (audit rounds 9 and 10: the professionals
    and the relationships were given the result): the "which" takes the act before it, not the partner or the place
    of the act.  A direct object ("releases glucagon, which leads to ...": the thing released acts), a subject, the
    agent of "by" (:func:`event_which` decides), a noun's "of" phrase (the relative climbs to the head noun) and a
    chain of clauses ("..., which ..., which in turn leads to ...") are left."""
    w = first_verb(v)
    if w.dep_ != "relcl" or w.lemma_.lower() not in words("remainders.clause_result_verbs") \
            or not any(c.dep_ == "nsubj" and c.lower_ == "which" for c in w.children):
        return False
    n = w.head
    if n.dep_ != "pobj" or w.left_edge.i == 0 or w.doc[w.left_edge.i - 1].text != ",":
        return False
    p, h = n.head, n.head.head
    if p.dep_ != "prep" or p.lower_ in ("by", "of") or h.dep_ == "relcl":
        return False
    if p.lower_ in words("remainders.path_preps"):
        return False  # the place a motion enters or crosses leads on itself: "Air passes into the trachea, which
        # leads to the bronchi" (review R18: true paths of anatomy were refused)
    if h.pos_ == "NOUN":
        return True  # "damage to a joint, which results from ...", "venous return to the heart, which contributes to"
    # on a verb, only a partner or a place of an act that moves nothing: the goal of a change or a transfer
    # ("is converted to lactic acid, which may contribute to fatigue", "pumps blood into the trunk, which leads
    # toward the lungs") is the thing that acts next, and so is what a verb of a result names ("result in cells ...")
    return h.pos_ in ("VERB", "AUX", "ADJ") and h.lemma_.lower() not in words("remainders.clause_result_verbs") \
        and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in h.children)


_QUESTION_WORDS = ("how", "why", "whether")


def indirect_question(v: Token) -> bool:
    """The frame's clause is an indirect question standing as the sentence's subject, which the parser did not mark
    as one: "How candidates can raise and spend money on their electoral campaigns may be limited by campaign
    finance laws" (audit round 12: "candidates | can_spend | money ...", "how" hung on the second verb of the
    clausal subject), "How each country interprets and applies the right ... varies widely"; or a "whether" clause
    ("Whether an act is deviant or not depends on ..."), which asserts neither answer; a "how" that opens the
    sentence opens its subject however the clause was parsed (the audited sentence came out with "raise" as its
    root).  A "how" clause elsewhere is left: it presupposes what it asks ("examining how the structures of atoms
    determine the characteristics of elements" states that they do; a sweep refusing every "how" clause removed
    such right units), and so is a clause after it with a subject of its own ("how and when elections occur varies,
    but the high cost of elections is ...").  :func:`proda.ingest.extract.clause_claims.embedded` sees a question
    only as a verb's complement."""
    g = first_verb(v)
    group = [g] + [c for c in g.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    own_subject = v != g and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
    return v.dep_ != "relcl" and not own_subject and any(
        c.lower_ in _QUESTION_WORDS and c.dep_ in ("advmod", "mark") and c.i < u.i and (u == v or c.i < v.i)
        and (g.dep_ in ("csubj", "csubjpass") or c.lower_ == "whether" or c.i == c.sent.start)
        for u in group for c in u.children)


def adverb_led_conjunct(sent, start: int) -> bool:
    """A subject conjunct that opens on a frequency or degree adverb of the predicate (lexical hedges.adverbs) right
    after "and"/"or": "Technology, and increasingly media, has always driven globalization" (audit round 12:
    "increasingly media | has_always_driven | globalization"): the adverb qualifies the predicate for that conjunct
    (media only increasingly), so the conjunct alone with the predicate says what the book denies.  A first draft
    on any adverb after a comma or "and" took fronted phrases and focus words ("In contrast, only a handful of ...",
    "and even toys ... are ubiquitous"): only a conjunct noun (or its adjective) and the predicate's adverbs count;
    a graded adjective opening the sentence ("Increasingly large farms supply the cities") stays."""
    doc = sent.doc
    t = doc[start]
    n = t.head if t.head.pos_ in ("NOUN", "PROPN") else t.head.head
    return t.dep_ == "advmod" and t.lower_ in words("hedges.adverbs") and start > sent.start \
        and doc[start - 1].lower_ in ("and", "or") and t.head.i > t.i and n.dep_ == "conj" \
        and n.pos_ in ("NOUN", "PROPN")


_CONDITION_WORDS = ("if", "unless", "when", "whenever", "wherever", "once", "until")


def subordinate_root(v: Token) -> bool:
    """The parser made a condition clause the sentence's root: "When the body experiences an increase in blood
    volume or pressure, the cells of the heart's atrial wall stretch" (audit round 3: "stretch" read as a noun, the
    main clause lost, "body | experiences | increase ..." kept): a clause opened by a condition or time subordinator
    holds only as the condition of a main clause, so a root that carries one is no claim (frames.py drops both
    clauses of a "When X, Y" it parses right)."""
    w = first_verb(v)
    subj = min((c.i for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), default=w.i)
    doc = v.doc
    if w.dep_ != "ROOT" or any(t.text in (".", "!", "?") or (t.text.endswith(".") and doc[t.i + 1].is_title)
                               for t in doc[min(w.i, v.i):max(w.i, v.i)]):
        return False  # (a conjunct past a full stop, "298 K. The value ...": two sentences glued by the splitter)
    # right before the subject, no comma between: not "Doctors once treated ...", not a verbless "Once in the
    # cleft, the transmitter diffuses ..." (the root there is the main clause)
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in _CONDITION_WORDS and c.i < subj
               and not any(t.is_punct for t in doc[c.i:subj]) for c in w.children)
