"""Claims a frame cuts away from what the book limits them to (audit round 7): checks that drop a frame.

Why apart from :mod:`scope` and :mod:`readable`: the round-7 judges (docs/audits/independent-2026-11-29/round7)
rejected statements the earlier checks let through, in a few classes no construction owns —

* an argument cut inside: a coordination or a prepositional phrase of an inner noun left out ("the product of a
  wave's wavelength [and its frequency]", "the reaction of acids [with alcohols]"), a noun phrase that runs on past
  a parenthesis ("the radio [(3 kHz-300 GHz) frequency region]"), a compound cut at a hyphen ("[civil rights–]
  related interest groups"), a modifier the parser hung on the verb ("exhibits [sp3] hybridization"), a verb the
  tagger took for a conjoined noun ("muscle tone and influences [autonomic
  functions]"), half of "the greater the X, the greater the Y";
* an argument that names nothing without its context: a relative position ("the outermost layer [of the eye]",
  "the last s orbital"), a back reference ("the principles discussed earlier");
* a limit on the whole claim that the frame loses: a fronted purpose ("To set up a lab-based experiment,
  sociologists create ..."), a condition after the verb ("not binding on member states [without the consent of
  those states]"), a clause that only says what something may cause or allow ("may cause governments to ...
  provide critical aid"), "respectively" pairing two lists, an exhaustive "only" on a list, a predicate
  preposition set off by commas ("based, at least in principle, on rules");
* a misread predicate: a participle or "being" read as the verb ("comes from X and ascending tracts"), a
  capitalised verb of a heading glued to the sentence ("Ranking Ionization Energies Predict ...").

Each check reads the parse and general English word lists (``patterns/lexical.toml``, ``[cuts]``); when the
construction cannot be read right, the frame is dropped.
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.example_lists import opens_examples
from proda.ingest.extract.lexdata import words

_DASHES = ("-", "–")  # (an em dash sets off a phrase: "not causal—use of social media ...")


def _chain(v: Token) -> list[Token]:
    """``v`` and the verbs it is coordinated under ("change ... or provide": provide's clause is change's)."""
    out = [v]
    while out[-1].dep_ == "conj" and out[-1].head.i != out[-1].i and out[-1].head.pos_ in ("VERB", "AUX"):
        out.append(out[-1].head)
    return out


def first_verb(v: Token) -> Token:
    """The first of the verbs ``v`` is coordinated under (:func:`_chain`'s last): the clause's own verb."""
    return _chain(v)[-1]


# ----------------------------------------------------------------------------- arguments


def _coordination_cut(toks: set[Token], head: Token) -> bool:
    """A word inside the argument whose coordination the argument leaves out: "product of wave's wavelength"
    [and its frequency] (a "cc" with no conjunct is the parser losing the second half)."""
    doc = head.doc
    for t in toks:
        cc = [c for c in t.children if c.dep_ == "cc" and c.i > t.i and c.lower_ in ("and", "or") and c not in toks]
        conj = [c for c in t.children if c.dep_ == "conj"]
        # (what follows the "and" is a noun phrase, not a verb: "and can impose" coordinates clauses)
        if cc and not conj and t.dep_ != "conj" and cc[0].i + 1 < len(doc) and doc[cc[0].i + 1].pos_ in ("DET", "PRON", "NOUN", "PROPN", "ADJ") \
                and doc[cc[0].i + 1].tag_ != "PRP":
            return True
        # an inner noun of an "of"/"between" phrase whose conjunct is left out: "product of wavelength [and
        # frequency]" (not "the right to property [and to exchange]", where either half holds; not a verb the parse
        # hung on the noun: "the growth of bacteria and suppresses ...")
        either = any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in t.children)  # "conditions [or events]"
        if t.i != head.i and t.dep_ == "pobj" and (t.head.lower_ in ("of", "between") or either) \
                and any(c not in toks and c.pos_ in ("NOUN", "PROPN") for c in conj):
            return True
    return False


def _inner_phrase_cut(toks: set[Token]) -> bool:
    """The noun inside the argument's "of" phrase keeps a phrase of its own the argument left out: "reaction of
    acids" [with alcohols]."""
    return any(t.dep_ == "pobj" and t.head in toks and t.head.lower_ == "of" and any(
        c.dep_ == "prep" and c not in toks and c.lower_ in words("cuts.inner_preps") for c in t.children) for t in toks)


def _runs_on(toks: set[Token]) -> bool:
    """The noun phrase goes on after a parenthesis the argument stopped at: "the radio (3 kHz-300 GHz) frequency
    region" read as "radio"."""
    doc = next(iter(toks)).doc
    end = max(t.i for t in toks)
    if end + 1 >= len(doc) or doc[end + 1].text != "(":
        return False
    depth, k = 0, end + 1
    while k < len(doc):
        depth += (doc[k].text == "(") - (doc[k].text == ")")
        if depth == 0:
            break
        k += 1
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is not None and nxt not in toks and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


def _hyphen_cut(toks: set[Token]) -> bool:
    """The argument starts right after, or ends right before, a hyphen or dash joined to words on both sides:
    "[civil rights–]related interest groups", "civil rights[–related interest groups]"."""
    first, last = min(toks, key=lambda t: t.i), max(toks, key=lambda t: t.i)
    doc = first.doc

    def joined(k: int) -> bool:  # doc[k] is a dash glued to the words before and after it
        return 0 < k < len(doc) - 1 and doc[k].text in _DASHES and not doc[k].whitespace_ \
            and not doc[k - 1].whitespace_ and doc[k - 1].is_alpha and doc[k + 1].is_alpha
    return (joined(first.i - 1) and doc[first.i - 1] not in toks) or (joined(last.i + 1) and doc[last.i + 1] not in toks)


def _verb_as_noun(head: Token) -> bool:
    """A "noun" with an object of its own is a verb the tagger missed ("muscle tone and influences autonomic
    functions")."""
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in head.children)


def _correlative(toks: set[Token]) -> bool:
    """"the greater the functional importance of a role, the greater the reward": half of a correlative comparison."""
    doc = next(iter(toks)).doc
    sent = next(iter(toks)).sent
    marks = [t for t in sent if t.lower_ == "the" and t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("JJR", "RBR")]
    return len(marks) >= 2 and any(t in toks for t in marks)


def _context_bound(toks: set[Token], head: Token) -> bool:
    """"the outermost layer", "the last s orbital" (of what?), "the principles discussed earlier": the argument is
    placed relative to something the sentence does not name."""
    # (after the head only: "previously ignored voices" is no back reference)
    if any(t.lower_ in words("cuts.back_references") and t.dep_ in ("advmod", "npadvmod") and t.i > head.i for t in toks):
        return True
    # ("the outermost layer"; "middle scalene" without an article is a name)
    placed = any(c.lower_ in words("cuts.position_adjectives") and c.i < head.i for c in head.subtree if c in toks) \
        and any(c.lower_ == "the" and c.i < head.i for c in head.subtree)
    completed = any(c.dep_ == "prep" and c in toks for c in head.children)
    return placed and not completed


def _degree_left(toks: set[Token]) -> bool:
    """"so much power [to shape its own affairs]": a degree "so" whose result the argument does not state."""
    return any(t.lower_ == "so" and t.dep_ == "advmod" for t in toks)


def _bare_definite(head: Token) -> bool:
    """"A water molecule is eliminated from the reaction": a general noun (``cuts.pointing_nouns``) with only "the"
    points back to the one the passage is about; unnamed, the claim says nothing ("the condensation reaction", "the
    reaction of X" name it)."""
    return head.lemma_.lower() in words("cuts.pointing_nouns") and head.tag_ == "NN" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and not any(c.dep_ not in ("det", "punct") for c in head.children)


def _reason_adjunct(head: Token) -> bool:
    """"Negative advertising is problematic for obvious reasons" gave the object "obvious reasons": "for" + a noun of
    reason or aim (``cuts.adjunct_nouns``) says why the claim holds, it is no argument of it (blind check, session
    17: the statement and its cloze, "problematic for _____", taught nothing)."""
    return head.lemma_.lower() in words("cuts.adjunct_nouns") and head.dep_ == "pobj" and head.head.lower_ == "for"


def _named_before(head: Token) -> bool:
    """"Because the bond order for the H–H bond is 1, the bond is a single bond": a bare "the N" after the same noun
    with a modifier of its own in the sentence points back to that one (audit round 11)."""
    if not (head.tag_ in ("NN", "NNS") and [c.dep_ for c in head.children] == ["det"]
            and next(head.children).lower_ == "the"):
        return False
    return any(t.i < head.i and t.lemma_.lower() == head.lemma_.lower() and t.pos_ == "NOUN"
               and any(c.dep_ in ("compound", "amod", "nmod", "nummod", "poss") for c in t.children)
               for t in head.sent)


def _inner_clause_left(toks: set[Token], head: Token) -> bool:
    """A noun the argument counts or measures keeps a restrictive clause the argument left out: "the increase in
    the number of men and women [who delay marriage]" (audit round 11: the object said something else).  Only under a
    relational noun ("number of", ``args.relational``): "financial support for the children [they care for]" reads
    whole without its clause (judged right in earlier rounds)."""
    rel = words("args.relational")
    for t in toks:
        if t.i == head.i or t.pos_ not in ("NOUN", "PROPN") or t.dep_ != "pobj" or t.head.lower_ != "of" \
                or t.head.head.lemma_.lower() not in rel:
            continue
        for c in t.children:
            if c not in toks and c.i > t.i and (c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ in ("VBG", "VBN"))) \
                    and t.doc[c.left_edge.i - 1].text not in (",", "—", "–", "(", ";"):
                return True
    return False


# words that open a list of examples in a gap, as asides (example_lists.opens_examples; "as" counts after "such"):
# "such" itself too, since every word of "[such as Na+]" is skipped
_GAP_EXAMPLE_WORDS = ("including", "such")
_ASIDE = {"advmod", "neg", "prt", "npadvmod", "punct", "det", "poss", "predet", "preconj", "cc", "case", "appos"}


def gap_words(doc, a: int, b: int) -> bool:
    """Whether doc[a:b], a stretch an argument skips, holds a phrase of its own ("around the world", "σs molecular
    orbital"), not only asides (an adverb, "not only", an apposition "Ea", a particle, punctuation or a
    parenthesis)."""
    depth, aside = 0, set()
    for t in doc[a:b]:
        depth += (t.text == "(") - (t.text == ")")
        example = opens_examples(t, _GAP_EXAMPLE_WORDS)
        if depth > 0 or t.text == ")" or t.dep_ in _ASIDE or example or (a <= t.head.i < b and t.head.i in aside):
            aside.add(t.i)  # (examples are asides too: "attract positive ions [such as Na+] to ...")
    for t in sorted(doc[a:b], key=lambda t: -len(list(t.ancestors))):
        if t.i not in aside and a <= t.head.i < b and t.head.i in aside:
            aside.add(t.i)  # (a child seen before its head: asides are whole subtrees)
    return any(t.i not in aside and t.is_alpha for t in doc[a:b])


def comma_aside(doc, head: Token, a: int, b: int) -> bool:
    """doc[a:b] is one non-restrictive clause or apposition set off by commas on both sides (", which is made by
    the liver,"), whose words all hang on ``head``: an aside a phrase after it skips, not a phrase of its own."""
    if b - a < 3 or doc[a].text != "," or doc[b - 1].text != ",":
        return False
    inner = doc[a + 1:b - 1]
    if any(t.text in ",;:()" for t in inner):
        return False
    top = [t for t in inner if not (a < t.head.i < b - 1)]
    return len(top) == 1 and top[0].head == head and top[0].dep_ in ("relcl", "appos", "acl")


def _spliced(toks: set[Token]) -> bool:
    """The argument's words skip a phrase inside its span ("a lower energy [σs molecular orbital (read as ...)] in
    which ...", "suffering [among the poor] during ..."): the text joins what the sentence keeps apart (audit round
    11)."""
    doc = next(iter(toks)).doc
    idx = sorted(t.i for t in toks)
    return any(b - a > 1 and gap_words(doc, a + 1, b) for a, b in zip(idx, idx[1:]))


def _modifier_on_verb(toks: set[Token], head: Token) -> bool:
    """A word between the verb and its argument that the parser hung on the verb though it modifies the argument:
    "exhibits [sp3] hybridization" ("sp3" an adverb of "exhibits") read as "exhibits hybridization" (round 13,
    item 4).  Only an adjective, noun or number right before the argument; an adverb ("clearly exhibits") is the
    verb's own."""
    first = min(toks, key=lambda t: t.i)
    v = head.head
    if first.i == 0 or v.pos_ not in ("VERB", "AUX"):
        return False
    prev = first.doc[first.i - 1]
    return prev.head == v and v.i < prev.i and prev.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") \
        and prev.dep_ in ("advmod", "npadvmod", "dep", "amod", "nmod", "compound", "nummod")


def argument_cut(toks: set[Token], head: Token) -> bool:
    """Whether an argument (its tokens and head) cannot stand as what the book says (see the module docstring)."""
    if not toks:
        return False
    return _coordination_cut(toks, head) or _inner_phrase_cut(toks) or _runs_on(toks) or _hyphen_cut(toks) \
        or _verb_as_noun(head) or _correlative(toks) or _context_bound(toks, head) or _degree_left(toks) \
        or _bare_definite(head) or _named_before(head) or _modifier_on_verb(toks, head) \
        or _reason_adjunct(head)


def left_out(toks: set[Token], head: Token) -> bool:
    """Whether the words of an argument built from its tokens leave out the clause that restricts it or a phrase
    inside its span (not asked of a copula object read whole from the parse, :func:`arguments.copula_object`)."""
    return bool(toks) and (_inner_clause_left(toks, head) or _spliced(toks))


# ----------------------------------------------------------------------------- the claim


def fronted_purpose(v: Token) -> bool:
    """"To set up a lab-based experiment, sociologists create ...", "To test ..., the patient touches ...": the
    claim is a step taken for that purpose, not a general fact."""
    for w in _chain(v):
        subj = [c.i for c in w.children if c.dep_ in ("nsubj", "nsubjpass")]
        edge = min(subj + [w.i])
        # (a bare "To illustrate," / "To summarize," is a discourse marker: it limits nothing)
        if any(c.dep_ == "advcl" and c.i < edge and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
               and any(x.dep_ in ("dobj", "prep", "prt", "ccomp", "xcomp") for x in c.children) for c in w.children):
            return True
    return False


def condition_after(v: Token, predicate: str, obj: str = "") -> bool:
    """"UN decisions are not binding on member states [without the consent of those states]": a phrase of the
    verb that states the condition the claim holds under."""
    said = set(predicate.lower().split()) | set(obj.lower().split())  # (a frame may carry it: "dictate X without Y")
    # "without" states a condition on a denied or possible claim ("cannot be sustained without O2"); on a plain one it
    # tells the manner ("decided by a judge without a jury present")
    bounded = any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for w in _chain(v) for c in w.children)
    return any(c.dep_ == "prep" and c.lower_ in words("cuts.condition_preps") and c.lower_ not in said
               and (c.lower_ != "without" or bounded) for w in _chain(v) for c in w.children)


def caused_clause(v: Token) -> bool:
    """"Such pressure may cause governments to change their policies or provide critical aid": an infinitive clause
    with its own subject says what something may cause, allow or want, not what happens."""
    return any(any(c.dep_ == "aux" and c.lower_ == "to" for c in w.children)
               and any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children) for w in _chain(v))


def exhaustive_list(v: Token) -> bool:
    """"Hybridization involves only σ bonds, lone pairs ... and radicals", "is based on both social factors and
    individual achievement", "respectively": the claim holds of the whole list (or pairs two lists); one conjunct
    alone is false.  ("plays both policy-making and budget-oversight roles": each role alone is true.)"""
    if any(t.lower_ == "respectively" for t in v.sent):
        return True
    only = words("cuts.exhaustive")
    for c in v.children:
        if c.dep_ in ("dobj", "attr") or (c.dep_ == "prep" and c.i > v.i):
            h = c if c.dep_ != "prep" else next((x for x in c.children if x.dep_ == "pobj"), None)
            if h is not None and any(x.dep_ == "conj" for x in h.children) \
                    and any(x.lower_ in only and x.i < h.i and (x.lower_ != "both" or c.dep_ == "prep") for x in h.subtree):
                return True
    return False


def predicate_misread(v: Token, predicate: str) -> bool:
    """The verb is no finite verb of the sentence: a participle conjoined to a finite verb ("comes from most of the
    special senses and ascending somatosensory tracts": predicate "ascending"), "being", or a capitalised word of a
    heading glued to the sentence ("Ranking Ionization Energies Predict the order ...")."""
    if v.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in v.children) \
            and (v.lemma_ == "be" or (v.dep_ == "conj" and v.head.tag_ not in ("VBG",))):
        return True
    return v.i > v.sent.start and v.text[:1].isupper() and v.pos_ in ("VERB", "AUX") and not v.text.isupper()


def parenthetical_preposition(v: Token, predicate: str) -> bool:
    """"are all based, at least in principle, on rules" read as "are based in principle": the predicate's
    preposition is set off by commas (an aside), not the verb's complement."""
    last = predicate.split()[-1].lower() if predicate.split() else ""
    p = next((c for c in v.children if c.dep_ == "prep" and c.i > v.i and c.lower_ == last), None)
    if p is None:
        return False
    doc = v.doc
    lo, hi = p.left_edge.i, p.right_edge.i
    closed = doc[hi].text == "," or (hi + 1 < len(doc) and doc[hi + 1].text == ",")  # (the parse may hang the comma on it)
    return lo > 0 and doc[lo - 1].text == "," and closed


def control_cut(v: Token) -> bool:
    """"PIL allows marginalized groups, who often lack resources ..., to seek justice": the infinitive of a verb of
    ``verbs.object_control`` hangs past the object's relative clause, so the frame ends at the object."""
    if v.lemma_.lower() not in words("verbs.object_control"):
        return False
    d = next((c for c in v.children if c.dep_ == "dobj"), None)
    return d is not None and any(t.lower_ == "to" and t.dep_ == "aux" and t.i > 0 and v.doc[t.i - 1].text == ","
                                 for t in d.subtree)


def result_clause(v: Token) -> bool:
    """"Rods are so sensitive to light that a single photon can result in an action potential": the clause under
    "so ... that" holds of the thing the main clause names (rods), and the main clause without it ("are so
    sensitive to light") says nothing definite."""
    if v.dep_ in ("ccomp", "advcl") and any(c.dep_ == "advmod" and c.lower_ in ("so", "such") for c in v.head.children):
        return True
    return any(c.dep_ in ("acomp", "attr", "dobj") and any(x.dep_ == "advmod" and x.lower_ == "so" for x in c.children)
               and any(x.dep_ in ("ccomp", "advcl") for x in c.children) for c in v.children)


def reciprocal_pair(v: Token) -> bool:
    """"Electrons and magnetic behavior are related through electromagnetic fields": a passive verb of
    ``cuts.reciprocal`` relates its coordinated subjects to each other; one alone "is related" to nothing."""
    if v.lemma_.lower() not in words("cuts.reciprocal") or not any(c.dep_ == "auxpass" for c in v.children):
        return False
    return any(c.dep_ == "nsubjpass" and any(x.dep_ == "conj" for x in c.children) for w in _chain(v) for c in w.children)


def stray_fragment(v: Token) -> bool:
    """The parser hung a noun on the verb with no relation ("dep"): the sentence was not parsed as one clause
    ("Amino acids are organic molecules that contain an amine group (–NH2), a carboxylic acid group ..."), so the
    frame may have stopped anywhere in a list."""
    return any(c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN") and c.i > w.i for w in _chain(v) for c in w.children)


def list_relative(v: Token) -> bool:
    """"such as more extensive tutoring, arts lessons, and athletic efforts, which can lead to ...": a relative
    clause on the last item of a list may be about the whole list."""
    # ("..., which all flex the knee": a clause about every item holds of the last one too)
    if v.dep_ != "relcl" or v.head.dep_ != "conj" or any(t.lower_ in ("all", "each", "both") for t in v.subtree if t.i < v.i):
        return False
    first = v.head
    while first.dep_ == "conj":
        first = first.head
    items = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")]
    # ("alpha cells, which produce glucagon; beta cells, which produce insulin": each item has its own clause)
    return sum(1 for t in items if any(c.dep_ == "relcl" for c in t.children)) < 2


def claim_cut(v: Token, predicate: str, obj: str) -> bool:
    """Whether the frame of verb ``v`` with ``predicate`` and object text ``obj`` loses a limit of the claim or
    misreads its verb."""
    return fronted_purpose(v) or condition_after(v, predicate, obj) or caused_clause(v) or exhaustive_list(v) \
        or predicate_misread(v, predicate) or parenthetical_preposition(v, predicate) or control_cut(v) \
        or list_relative(v) or result_clause(v) or reciprocal_pair(v) or stray_fragment(v)


def name_cut(v: Token, subject: str, obj: str) -> bool:
    """"Stefan" of "Stefan Löfven", "French sociologist" of "the French sociologist Émile Durkheim": an argument
    whose name, an apposition right after its head, the frame left out (an abbreviation in brackets, "(PLC)", is
    no name)."""
    heads = [h for h in v.children if h.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if v.dep_ in ("relcl", "acl"):
        heads.append(v.head)  # "the French sociologist Émile Durkheim, who established ..."
    for h in heads:
        for a in h.children:
            if a.dep_ == "appos" and a.pos_ == "PROPN" and a.left_edge.i == h.i + 1 and not a.left_edge.is_punct \
                    and a.text not in subject \
                    and a.text not in obj:
                return True
    return False
