"""Where the term and the noun after it stand in the sentence (split from ``definition_gates.py``, which outgrew 400
lines; no behaviour change): clause boundaries, a story or a reported view, a passing mention, a list, a sentence-final
apposition.

Why: "X, a Y that ..." glosses X only when the comma belongs to X's own phrase: an opening clause that ends at the
comma, a past event told on the way, a list whose next item follows, or an "A of X" whose gloss is the whole phrase
make the noun after X something else (audit rounds 4-6, 10, 11).  :mod:`proda.ingest.extract.definition_gates` keeps
the checks on the term and its genus.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.lexdata import words


_SUBORDINATORS = {"when", "if", "although", "though", "because", "while", "since", "as", "after", "before", "once",
                  "unless", "whereas", "whenever", "until"}


def _clause_ends(sent: Span, term: Token) -> bool:
    """The comma after the term closes the clause it stands in, so the noun phrase after the comma belongs to the
    outer sentence, not to the term: an opening subordinate clause ("When we use calorimetry to determine the heat
    involved in a chemical reaction, the same principles ... apply") or a ", which ..." relative clause ("gives
    France, which also has a semi-presidential regime, a high global freedom score"); audit round 5."""
    doc = sent.doc
    before = doc[sent.start:term.left_edge.i]
    commas = [t.i for t in before if t.text == ","]
    if not commas and len(before) and before[0].lower_ in _SUBORDINATORS:
        return True
    last = commas[-1] if commas else None
    return last is not None and last + 1 < term.i and doc[last + 1].lower_ in ("which", "who", "whom", "whose", "where")


def _lost_subject(sent: Span, term: Token) -> bool:
    """"When it comes to social media, the networked nature of the technology ... is ...": the term sits in an
    opening subordinate clause and the main verb after it has no subject, so the noun after the comma is that
    subject (misparsed as an apposition), not a gloss of the term."""
    root = sent.root
    return term.i < root.i and any(a.dep_ == "advcl" for a in term.ancestors) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children)


def _told(sent: Span, term: Token, genus: Token | None = None) -> bool:
    """A sentence that tells a past event and only mentions the term on the way ("Fritz Haber developed a process
    for converting nitrogen to ammonia, a form of nitrogen that ...", audit round 4): its main verb is in the past
    and the term is not its subject, so the apposition glosses a word of a story, not a term the book defines.
    A gloss that repeats the term's own head ("the idea of the World Bank as a knowledge institution, an institution
    that collects ...", a glossary term) introduces the term whatever the tense."""
    root = sent.root
    if genus is not None and genus.lemma_.lower() == term.lemma_.lower() and genus.i > term.i:
        return False
    return root.tag_ == "VBD" and not (term.dep_ in ("nsubj", "nsubjpass") and term.head == root) and \
        not _reported(root, term)


def _reported(root: Token, term: Token) -> bool:
    """"Marx proposed that it be replaced with class consciousness, the awareness of one's rank in society",
    "Durkheim also believed that social integration, or the strength of ties ..., was a key factor": a past
    reporting verb ("proposed", "believed", "argued") tells what someone held, not a story; the term inside the
    reported clause is glossed as the idea it is.  Only a named thinker's (a proper noun) and only a verb that
    reports a view without taking sides: "Critics claimed that welfare, a handout to the undeserving, discouraged
    work" glosses welfare with the critics' polemic (review of the change)."""
    lem = root.lemma_.lower()
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    return lem in words("verbs.reporting") | words("attribution.verbs") and lem not in STANCE_VERBS and \
        bool(subj) and subj[0].pos_ == "PROPN" and \
        any(a.dep_ == "ccomp" and a.head == root for a in term.ancestors)


# verbs that report a view while taking a side, and holders named by their side: their gloss is no definition
STANCE_VERBS = frozenset("claim allege insist charge complain accuse contend assert".split())
STANCE_HOLDERS = frozenset("critic opponent supporter proponent detractor skeptic sceptic advocate defender "
                           "enemy adversary rival".split())
# a thing shown in the book's apparatus ("Figure 3 shows a cell, in which the nucleus is stained red")
APPARATUS = frozenset("figure table photo photograph image diagram map chart graph micrograph illustration "
                      "panel box".split())


def passing_mention(term: Token) -> bool:
    """X is one thing a sentence tells of, not the concept: the object of a past verb ("The senator quoted the
    statute, which refers to ...", "Researchers surveyed each household, in which ..."), of an imperative
    ("Consider a market, in which ..."), of a figure that shows it, or "each/every X".  A clause after it says what
    that one thing is like or what it mentions, not what X is (review of the change: all four were defined)."""
    if any(c.lower_ in ("each", "every") for c in term.children):
        return True
    if term.dep_ not in ("dobj", "pobj"):
        return False
    v = term.head
    while v.dep_ == "prep" or v.pos_ == "ADP":
        if v.head.i == v.i:
            return False
        v = v.head
    if v.pos_ not in ("VERB", "AUX"):
        return False
    if v.tag_ == "VBD" or (v.tag_ == "VB" and v.i == v.sent.start):
        return True
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    return bool(subj) and subj[0].lemma_.lower() in APPARATUS


def _runs_into_verb(term: Token, genus: Token) -> bool:
    """"By the time the pandemic hit, the population of people over 50 ... was ...": an apposition inside its clause
    is closed by a comma or dash before the verb; a noun phrase after the comma that runs straight into the verb is
    that verb's subject after an opening clause whose last words the parse took for a noun (audit round 6)."""
    doc = genus.doc
    nxt = genus.right_edge.i + 1
    opening = term.dep_ in ("nsubj", "nsubjpass") and term.head.i > genus.i or \
        any(a.dep_ == "advcl" and a.i < genus.i for a in term.ancestors)  # "if an artist quits social media, a slew of"
    return opening and nxt < len(doc) and not doc[nxt].is_punct and doc[nxt].pos_ in ("VERB", "AUX")


def in_list(term: Token, genus: Token) -> bool:
    """"everything—a tool for information, a tool for entertainment, a way to communicate, and a way to ...": X and
    the noun after it are items of one list (an item above X is a conjunct, or ", and" follows the noun), so the
    noun is the next item, not X's gloss."""
    return any(a.dep_ == "conj" for a in term.ancestors if a.i > genus.sent.start) or list_follows(term, genus)


def list_follows(term: Token, genus: Token) -> bool:
    """"Veto power, the power to name judges (as in P), or the power to call ... are all examples of formal powers"
    (audit round 10): ", or"/", and" goes on past the noun after X's comma (past its bracket), or X heads a conjunct
    after it, so that noun is the list's next item, not X's gloss."""
    doc = genus.doc
    nxt = genus.right_edge.i + 1
    opener = doc[genus.left_edge.i - 1].text if genus.left_edge.i > 0 else ""
    if opener == "(" or (opener in ("—", "–") and any(t.text == opener for t in doc[genus.i + 1:nxt])):
        return False  # "X (a Y) and Z", "X—the Y of Z—with ..., and so on": the bracket or dash closes the gloss
    if term.dep_ == "pobj" and any(c.dep_ == "conj" for c in genus.children) \
            and any(c.dep_ == "prep" and c.lower_ == term.head.lower_ for c in genus.children):
        return True  # "a bright red for the sun, a darker red for the halo and a dark blue for the night sky": pairs
        # of a list, each noun with its own "for" (POV-Ray tutorial, session 46: "sun" glossed by the next pair)
    if genus.right_edge.dep_ == "cc" and doc[nxt - 2].text == ",":
        return True  # the parse hangs ", or" on the noun's own phrase
    if any(c.dep_ == "conj" for c in genus.children) and \
            any(c.dep_ == "cc" and doc[c.i - 1].text == "," for c in genus.children):
        return True  # "..., or the power to ..." hung on the noun as its conjunct
    if nxt < len(doc) and doc[nxt].text == "(":
        nxt = next((t.i + 1 for t in doc[nxt:genus.sent.end] if t.text == ")"), nxt)
    elif nxt < len(doc) and doc[nxt].text == ")":
        nxt += 1  # the parse took the bracket's words into the noun's phrase but not its closing bracket
    if any(c.dep_ == "conj" and c.i > genus.i for c in term.children):
        return True
    clause = next((t for t in doc[nxt + 1:nxt + 3] if t.dep_ == "relcl" and t.left_edge.i == nxt + 1), None) \
        if nxt + 1 < len(doc) and doc[nxt].text == "," else None
    if clause is not None:  # "X, the zinc atom in Z, which contains ..., and the carbon atoms ...": the parse hangs
        nxt = clause.right_edge.i + 1  # the item's ", which" clause on X; the item ends where the clause does
    if not (nxt + 1 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].dep_ == "cc"):
        return False
    return doc[nxt + 1].head.pos_ in ("NOUN", "PROPN") or _item_closes(doc[nxt + 1])  # "X, an institution that ...,
    # and by 2010, the Bank ...": a clause goes on, no list


def _item_closes(cc: Token) -> bool:
    """", and"/", or" after the noun phrase that follows X's comma opens one more noun phrase that is no clause's
    subject ("include swelling of the tissues, an increase in the size of the limb, and stretched, tight skin"; "the
    mercury atom in the linear molecule, the zinc atom in ..., and the carbon atoms in ..."; audit round 20, judged
    wrong): X, that noun phrase and the last are a run of items closed by the conjunction, whatever word the parser
    hung them on (there the verb, so the noun test above missed them).  The noun must be a conjunct (or apposition)
    reached past only articles, adjectives, numbers, commas and participles ("stretched, tight skin", tagged a verb):
    a clause after the conjunction ("..., and the crew kept it below deck"), a verb with its object ("..., and lifted
    the stone") or a phrase opening with a preposition or an adverb ("..., and by 2010, ...", "..., and released into
    the blood") is no item, and the apposition stays."""
    doc, sent = cc.doc, cc.sent
    for t in doc[cc.i + 1:sent.end]:
        if t.pos_ in ("NOUN", "PROPN"):
            while t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i:
                t = t.head  # the noun phrase's own head
            return t.dep_ in ("conj", "appos")  # "..., and the crew kept it": a subject; "..., and lifted the
            # stone": an object
        if not (t.pos_ in ("DET", "ADJ", "NUM") or t.text == "," or t.tag_ in ("VBN", "VBD", "VBG")):
            return False
    return False


def of_object(term: Token) -> bool:
    """"the dictatorship of the proletariat, a temporary period when ...": a gloss after "A of X" explains the whole
    "A of X", which the parse hangs on X; read as X's own it would teach what the proletariat is."""
    return term.dep_ == "pobj" and term.head.lower_ == "of"


def _closes_sentence(sent: Span, x: Token, y: Token, a: int) -> bool:
    """"these scholars argue for degrowth, a decrease in economic production and consumption levels.": the small
    parser hangs a sentence-final apposition on the clause's subject ("scholars"), but a noun phrase set off by one
    comma right after X's last word and running to the full stop can only gloss X (nothing follows it that an
    earlier noun could govern).  X must stand after the main verb: in "at the shoulder joint, the head of the
    humerus articulates ..." the parse found no verb, and the noun after the comma is the clause's subject; in
    "When 3.12 g of glucose is burned in a bomb calorimeter, the temperature ... increases" the comma closes an
    opening clause; "a gap in e-readiness—the ability to ...": a name the tokenizer split at its hyphen is cut; "The
    judiciary is separate from the executive in presidential regimes, an arrangement that may help protect ...": a
    noun whose clause says what something may do remarks on the whole clause, it does not gloss X."""
    doc = sent.doc
    end = y.right_edge.i + 1
    root = sent.root
    return root.pos_ in ("VERB", "AUX") and root.i < x.left_edge.i and x.right_edge.i == a - 1 and \
        sent[0].lower_ not in _SUBORDINATORS and doc[x.left_edge.i - 1].text not in ("-", "–", "/") and \
        doc[a].text in (",", "—", "–") and y.left_edge.i <= a + 2 and \
        end < sent.end and doc[end].text in (".", "!") and end == sent.end - 1 and \
        not any(c.dep_ in ("relcl", "acl") and any(m.tag_ == "MD" for m in c.children) for c in y.children)
