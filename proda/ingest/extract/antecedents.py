"""Which noun a pronoun, a relative clause or a verb belongs to: a pronoun's antecedent, a relative clause's owner in
an "X of Y" chain, and the number agreement that decides between them or shows the parse handed a verb another
clause's subject.

Why apart from :mod:`arguments` (which builds the argument phrases): these read agreement and reference across the
sentence (and the sentence before), not the phrase under one head, and statements, definitions and hedges ask them
on their own; together the two had passed the project's 400 lines.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.lexdata import words


def _resolve(pron: Token, sent: Span) -> Token | None:
    """A pronoun's antecedent when exactly one subject/object noun of agreeing number precedes it (this or the
    previous sentence); ``None`` when none or several fit."""
    if pron.lower_ not in words("args.resolvable") or _cleft(pron):
        return None
    plural = pron.lower_ == "they"
    doc = sent.doc
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    if prev is not None and _subject_elsewhere(prev, pron):
        return None
    scope = list(prev) if prev is not None else []
    # a phrase fronted on the pronoun's own verb names the setting, not what the pronoun stands for: "In
    # manufacturing, it has an advantage" speaks of something named before ("manufacturing | has | advantage",
    # read-back of round 19), and skipping the phrase's nouns would hand "it" whatever noun is left ("Given the
    # abundance of water, it stands to reason" gave "more depth", from the sentence before): left unresolved
    if any(p.dep_ == "prep" and p.i < pron.i for p in pron.head.children):
        return None
    scope += [t for t in sent if t.i < pron.i]
    cands = {}  # every agreeing noun-phrase head in scope counts: resolution only when it is unique
    for t in scope:
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "nmod", "npadvmod"):
            many = t.tag_ in ("NNS", "NNPS")
            if t.dep_ == "nsubj" and t.head.tag_ in ("VBZ", "VBP"):
                many = t.head.tag_ == "VBP"  # the verb's number: "the media allows" is one thing
            if many == plural and not (t.dep_ == "pobj" and t.head.lower_ == "unlike") and not _idiom_object(t):
                # (what the sentence sets against its subject is not what a pronoun after it stands for: "Unlike
                # normative political science, empirical political science is ... . It seeks to describe ..."
                # gave "normative political science", session 23 sweep)
                cands.setdefault(t.lemma_.lower(), t)
    if len(cands) == 1:
        only = next(iter(cands.values()))
        return None if _ours_or_some(only) else only
    return continued_subject(pron, sent) if cands else None


def _ours_or_some(t: Token) -> bool:
    """"So far all of our light sources have one thing in common. They produce sharp shadows." (POV-Ray tutorial,
    session 46): a noun the writer owns ("our", "my", "your": the book's own scene or example) or one counted out of
    a whole ("all of", "most of", "some of") is no antecedent the pronoun's claim holds of: "they" is the scene's
    lights so far, or that part, not the kind."""
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my", "your") for c in t.children):
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in words("args.partitive_heads")


def _cleft(pron: Token) -> bool:
    """"It was not just the hurricane that was disastrous", "It is the enzyme that ...": "it" of a cleft sentence,
    the subject of "be" whose complement carries a "that"/"who" clause, stands for nothing named before (the
    hurricane is what the clause's subject is); resolved, it gave "New Orleans | was not | just the hurricane that
    was disastrous" (session 43's sociology sample).  Not a complement with "a"/"an": "It is a device that lifts
    water" describes what "it" is."""
    verb = pron.head
    if pron.lower_ != "it" or pron.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and c.i > verb.i and not any(
        d.dep_ == "det" and d.lower_ in ("a", "an", "another") for d in c.children) and any(
        r.dep_ == "relcl" and any(w.lower_ in ("that", "who") and w.i < r.i for w in r.children) for r in c.children)
        for c in verb.children)


def _idiom_object(t: Token) -> bool:
    """The bare noun of an adverbial idiom ("by default", "in fact", "in general"): no thing a pronoun can stand for.
    Where the parse lost the sentence's subject, it was the one noun left ("The logcheck program monitors log files
    every hour by default. It sends ..." gave "default | sends | unusual log messages": round 38's development
    pages)."""
    return t.dep_ == "pobj" and t.lemma_.lower() in words("args.idiom_pobjs") and \
        not any(c.dep_ in ("det", "amod", "compound", "nummod", "poss") for c in t.children)


def continued_subject(pron: Token, sent: Span) -> Token | None:
    """The subject a subject pronoun carries on from the clause before it, when several nouns agree with it.

    Why: "Bochs is a virtual machine, but it only emulates x86"; "The lxc package contains a script. It relies on
    ...": a main-clause "it"/"they" continues the subject of the clause just before it (the sentence's first
    conjunct, or the previous sentence's main clause), and the agreement count alone refuses it whenever another
    noun of its number stands anywhere in scope.  Taken only when that clause's subject is a noun of the pronoun's
    number, its verb has no object of that number that could be meant instead ("The kernel loads the module. It
    ..."), the clause before has no second coordinated clause with a subject of its own, the pronoun is its own
    clause's first noun phrase, and both clauses are main clauses (a first conjunct that is the sentence's root, no
    "that", "because" opening the pronoun's clause); otherwise ``None``, as before."""
    if pron.lower_ not in ("it", "they") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = pron.head
    if any(c.dep_ == "mark" for c in verb.children):
        return None  # "Many believe that X is ..., but that it serves ...": a subordinate clause, no main clause
        # (s27-A: the belief of test_statements_limits, refused before)
    if verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("VERB", "AUX") \
            and verb.head.i < pron.i:
        before = verb.head  # "X is ..., but it ...": the first conjunct, in the same sentence
    elif verb.dep_ == "ROOT" and sent.start > 0:
        before = sent.doc[sent.start - 1].sent.root
    else:
        return None
    if any(c.dep_ == "conj" and c.i != verb.i and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
           for c in before.children):
        return None  # "Households were home to families, and the wisdom of elders was respected. They offered
        # ...": two coordinated clauses, two subjects as near (s26-A sweep)
    if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in before.children) and \
            any(c.dep_ == "cc" and c.lower_ in ("or", "and") for c in before.children):
        return None  # "the command d.rgb can be used or the graphical GIS manager (wxGUI). It assigns ...": the parse
        # hung the second of two alternatives on the verb (its "or" too), so either may be meant (blind round 28);
        # not a noun the parse moved there from a phrase ("on the basis of X and their position": the "and" is the
        # phrase's)
    if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in verb.subtree if t.i < pron.i):
        return None  # "In the NAT model, it ...": the setting named first
    plural = pron.lower_ == "they"
    subj = next((c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or (subj.tag_ in ("NNS", "NNPS")) != plural:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("this", "these", "that", "those") for c in subj.children):
        return None  # the earlier subject points back itself
    if any(c.dep_ in ("dobj", "dative", "oprd") and c.pos_ in ("NOUN", "PROPN")
           and (c.tag_ in ("NNS", "NNPS")) == plural for c in before.children):
        return None  # an object of the same number could be what the pronoun means
    objs = [c for c in before.children if c.dep_ == "dobj"]
    if any(p.dep_ == "dative" and any(
            o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and (o.tag_ in ("NNS", "NNPS")) == plural
            for o in p.children) for h in (before, *objs) for p in h.children):
        return None  # so could the recipient of its number ("to the mills"): "Farmers sell their grain to the
        # mills. They grind ..." (review findings 2, s27).  Only the recipient: refusing on any prepositional
        # object of the verb also dropped right ones ("TSH is released from the anterior pituitary in response to
        # TRH ... . It triggers ...", "For example, Cushing's disease is ... . It is caused by ...": s27-F2)
    return subj


def _subject_elsewhere(prev: Span, pron: Token) -> bool:
    """The previous sentence's own subject is the same pronoun or a clause ("Sociology teaches ... . It makes people
    aware that there are many kinds of people in the world. It increases ..."; "Looking at ... helps people see ...
    . It raises ..."): "it" continues that subject, which this sentence cannot show, so the one noun left in scope
    ("world") is no antecedent (read-back 2026-11-30: "world | increases | willingness")."""
    root = prev.root
    for c in root.children:
        if c.dep_ in ("csubj", "csubjpass"):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ == pron.lower_ or c.tag_ == "VBG" or
                                                  c.pos_ in ("VERB", "AUX", "ADJ", "ADV")):
            return True  # (a subject the tagger read as a verb: "only discover still remains. It is a tool" is the
            # program "discover", not "Progeny" from the fronted phrase: round 38's development pages)
    return False


def _antecedent(h: Token, verb: Token | None = None) -> Token | None:
    """The noun a relative clause is about: "the release of ADH, which ..." is about the release, not ADH.  With the
    clause's ``verb``, its number decides when it disagrees with the owner: "the use of proteins, which bind to DNA"
    is about the proteins (audit round 11: "use of proteins | bind to | DNA")."""
    chain = [h]
    while h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ in ("NOUN", "PROPN"):
        h = h.head.head
        chain.append(h)
    if verb is not None and number_disagrees(verb, h):
        # the outer noun refuses the verb: the clause is the one noun of its "of" chain that agrees, wherever the
        # parse hung it ("the loss of workers, who leave"); two that agree ("the output of the mills of the towns,
        # which employ ...") leave it unknown (review R12 #1: the innermost was taken though a middle one agreed)
        n = chain[0]
        while (of := next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i), None)) \
                and (n := next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)):
            chain.insert(0, n)
        agree = [n for n in chain[:-1] if n.pos_ in ("NOUN", "PROPN") and not number_disagrees(verb, n)]
        if len(agree) > 1:
            return None
        if agree:
            return agree[0]
    return h if h.pos_ in ("NOUN", "PROPN") else None


def number_disagrees(v: Token, subj: Token) -> bool:
    """A present-tense verb whose number is not its subject's: "roles ... which involve work that provides support
    and establishes status" (the parse coordinated "establishes" with "involve"), "the use of proteins, which bind":
    the verb belongs to another noun, so the frame would say of one thing what the book says of another (audit round
    11).  Coordinated subjects count as plural; a verb form the tagger leaves bare ("VB") or past says nothing."""
    finite = [t for t in [v, *v.children] if (t.i == v.i or t.dep_ in ("aux", "auxpass")) and t.tag_ in ("VBZ", "VBP")]
    if not finite and _bare_present(v):
        finite = [v]  # "the loss of workers, who leave for the cities": the tagger's "VB" on a relative's own verb
    if not finite or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    # (a relative clause's antecedent is one noun even when coordinated: "growth hormone, which is ..., and FSH")
    plural = subj.tag_ in ("NNS", "NNPS") or (subj.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" for c in subj.children))
    return (finite[0].tag_ == "VBZ") == plural


def _bare_present(v: Token) -> bool:
    """A verb tagged "VB" that is a relative clause's finite verb: its subject is the relative pronoun and nothing
    (a modal, "to", "do") precedes it, so it is a plural present ("who leave"), as "VBP" would say (review R12 #7)."""
    return v.tag_ == "VB" and v.dep_ == "relcl" \
        and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in v.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in v.children)


def misattached(v: Token, subj: Token, rule: str) -> bool:
    """A subject the parse handed to ``v`` that its number refuses: the subject a coordinated verb inherits while the
    verb it is coordinated with agrees ("roles ..., which involve work ... and establishes status").  A verb's own
    subject is left alone: "the media includes", "digitalis lowers" are the tagger's or the book's number, not another
    clause's subject."""
    if v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return number_disagrees(v, subj) and not number_disagrees(v.head, subj)
    if rule == "reduced_relative" and listed_participle(v, subj):
        return True
    # (a relative clause's antecedent already follows the verb's number where the sentence offers another noun:
    # _antecedent; a lone antecedent that disagrees is more often the tagger's error: "the pleurae, which are")
    return False


def listed_participle(v: Token, noun: Token) -> bool:
    """"a nucleus composed of protons and neutrons, [surrounded by] a volume of space": a participle set off by a
    comma that the parse hung on a later conjunct of an "and" list (dep "conj") modifies the noun before the list or
    the whole list, never its last item alone ("volume of space | surrounds | neutrons", round 14 fresh judges).
    Left: a participle on the first item ("The catecholamines, epinephrine and NE, secreted by the adrenal medulla":
    the list is the noun's apposition, development sweep), an "or" gloss ("hypertrophy, or the enlargement of
    muscles, exemplified by"), a list inside one noun ("mesh of elastin and collagenous fibers, produced by": the
    frame says the whole list)."""
    if noun.dep_ != "conj" or v.i < noun.i or v.left_edge.i == 0 or v.doc[v.left_edge.i - 1].text != ",":
        return False
    first = noun
    while first.dep_ == "conj":
        first = first.head
    items = [first]
    for t in items:  # the coordination's items: "A, B, and C" hangs C and its "and" on B
        items += [c for c in t.children if c.dep_ == "conj"]
    return any(c.dep_ == "cc" and c.lower_ == "and" for t in items for c in t.children)


def owner_clause(n: Token) -> bool:
    """A restrictive relative or participial clause on ``n``, the noun after "X of" ("the part of the nose that
    connects the root to ..."): English lets the clause restrict either noun, so "part of | nose that connects ..."
    may say of the whole what the book says of the part (audit round 11)."""
    return any(c.dep_ in ("relcl", "acl") and c.i > n.i and c.left_edge.i > 0
               and n.doc[c.left_edge.i - 1].text not in (",", "—", "–", "(", ";") for c in n.children)


# prepositions that name the antecedent or its members, not a place or source apart from it ("X such as Y, which")
_NAMING_PREPS = frozenset({"of", "as", "like", "including"})


def placed_inner(h: Token, verb: Token) -> bool:
    """A relative clause (its ``verb``) the parse hung on ``h``, the noun of a prepositional phrase of another noun
    A, where the clause is as likely A's: "Ozone in the upper atmosphere, which protects the earth ..." (audit round
    21: "upper atmosphere | protects | earth"), "oxytocin secretion from the pituitary, which triggers ...".

    Two shapes, each measured on the development chapters (a plain number disagreement also refused right frames:
    a list's last item, "rugae, which increase", "the Schwann cell, which insulate"):
    * the clause's verb agrees in number with A and not with ``h`` ("taste receptors on the tongue, which send"):
      the clause is A's, which the parse does not give;
    * A is a bare noun (no determiner: readable.ambiguous_antecedent refuses those) and the subject or object of a
      verb, and the phrase is of place or source (not of/as/like/including, which name the noun or its members): the
      sentence alone cannot say.  The tagger's bare "noun" is often a verb ("mesenchyme differentiates into
      cartilage, which ..."), hence the verb argument required.  Not when the verb agrees with ``h`` and not with A
      ("cells in the liver, which stores glycogen": the clause is the liver's, review R6)."""
    if h.dep_ != "pobj" or h.head.dep_ != "prep" or h.head.lower_ in _NAMING_PREPS:
        return False
    owner = h.head.head
    if owner.pos_ not in ("NOUN", "PROPN"):
        return False
    if number_disagrees(verb, h) and not number_disagrees(verb, owner):
        return True
    if number_disagrees(verb, owner) and not number_disagrees(verb, h):
        return False  # "bacteria in the soil, which contains ...": the verb is the inner noun's (review R6)
    return not any(c.dep_ in ("det", "poss") for c in owner.children) \
        and owner.dep_ in ("nsubj", "nsubjpass", "dobj") and owner.head.pos_ in ("VERB", "AUX")
