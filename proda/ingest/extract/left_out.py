"""What a frame leaves outside it that its claim needs (independent audit round 15).

Why a module of its own: each check answers a reject of round 15 that no earlier rule caught, and each asks of the
sentence what the frame's words do not carry:

* a range a verb of extent states ("Stars range in surface temperature from a few thousand degrees to 50,000
  degrees" stored "stars | range_in | surface temperature"): with "range", "vary", "extend" (lexical
  left_out.range_verbs) the from-to is the fact; cut before it, the frame says nothing true of its own
  (:func:`range_left_out`);
* a hedge in parentheses inside an argument ("spheres of (mostly) hydrogen gas" stored "spheres of hydrogen gas"):
  the argument drops the bracket and with it the hedge, stating more than the book (:func:`bracketed_hedge`);
* a relative clause right after an example of a list ("change properties such as electrical conductivity, which is
  exploited in chips": what is exploited is the change): the clause may be about the example, the listed noun or
  the whole clause, and the parse always picks the example (:func:`example_which`);
* a scope that points at the context ("but [this time] the secondary mirror reflects light to the bottom", "[In
  this case,] ..."): the clause holds only in the case the paragraph
  describes (:func:`deictic_scope`); (round 16) a kind it points at ("In this form of authority, ...") and a clause
  that states a case's condition ("In cases like these, in which a government violates ...":
  :func:`condition_relative`); a participle phrase the tagger read as the subject's name (:func:`participle_subject`);
  a negation in parentheses on the verb ("can (but does not always) provide": :func:`bracketed_negation`).

Each check reads the parse and general English words (``patterns/lexical.toml`` [left_out]); when one fires the frame
is dropped (precision first).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.conjuncts import first_conjunct, own_subject
from proda.ingest.extract.example_lists import opens_examples
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.scope import restrictive


def _in_frame(t: Token, fr) -> bool:
    return fr.start <= t.i < fr.end


def counted_members(sent: Span, fr) -> bool:
    """A phrase of the frame counts members the sentence does not name: "Generalized Linear Models extend linear
    models in two ways." (session 36's sample: a fragment, the ways come after), "classify regimes into two broad
    categories".  The shape: a plural object of a preposition inside the frame, counted by a number above one, whose
    noun promises members (lexical left_out.counted_member_nouns: way, category, type, step ...), with no list of them
    in the sentence (no colon, dash, apposition, coordination or "such as"/"namely"/"including" after it).  A count
    that is the result itself ("divides the cell into four daughter cells") is not of those nouns."""
    nouns = words("left_out.counted_member_nouns")
    args = f" {fr.subject} {fr.object} ".lower()
    for t in sent:
        if t.dep_ != "pobj" or t.tag_ != "NNS" or t.lemma_.lower() not in nouns:
            continue
        num = next((c for c in t.children if c.dep_ == "nummod" and c.tag_ == "CD" and c.lower_ not in ("one", "1")),
                   None)
        if num is None or f" {num.lower_} " not in args or f" {t.lower_} " not in args:
            continue  # (an argument's text may hold a phrase past the frame's span: "models in two ways")
        if any(c.dep_ in ("cc", "conj", "quantmod", "advmod") for c in num.children) \
                or sent.doc[num.i + 1].lower_ in ("or", "to", "-"):
            continue  # "two or more tissue types", "two to three stages": a bound, the fact itself
        w = t.head
        while w.i != sent.doc[fr.verb].i and w.dep_ not in ("relcl", "acl", "advcl") and w.head.i != w.i:
            w = w.head
        if w.i != sent.doc[fr.verb].i:
            continue  # "an acid that ionizes in two stages": the count is inside a clause of an argument, which says it
        after = sent.doc[t.i + 1:sent.end]
        if any(c.dep_ in ("appos", "conj", "acl", "relcl", "prep") for c in t.children) \
                or any(x.text in (":", "—", "–", "-", "(") or x.lower_ in ("namely", "including", "such", "i.e.", "viz.")
                       for x in after):
            continue
        return True
    return False


def range_left_out(sent: Span, fr) -> bool:
    """A verb of extent (lexical left_out.range_verbs) with a "from" phrase whose span (with its "to") the frame
    does not hold: "Planets range in mass [from a tenth of the Earth to 300 Earths]".  A frame whose object holds
    the whole range ("range | from A to B") stays."""
    v = sent.doc[fr.verb]
    if v.lemma_.lower() not in words("left_out.range_verbs"):
        return False
    heads = [v] + [c for c in v.children if c.dep_ == "prep"]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "from" and c.i > v.i:
                span = [t for t in c.subtree] + [x for t in v.children if t.dep_ == "prep" and t.lower_ == "to"
                                                 and t.i > c.i for x in t.subtree]
                if not all(_in_frame(t, fr) for t in span):
                    return True
    return False


def bracketed_hedge(sent: Span, fr) -> bool:
    """A hedge adverb in parentheses (lexical left_out.bracket_hedges: "(mostly)", "(usually)") inside the frame's
    span and not among its words: the argument text leaves bracketed words out, so the frame states the claim
    without its hedge.  A hedge outside the brackets ("mostly hydrogen") is in the argument and stays."""
    doc = sent.doc
    hedges = words("left_out.bracket_hedges")
    said = f"{fr.subject} {fr.predicate} {fr.object}".lower().replace("_", " ").split()
    for t in doc[max(fr.start, sent.start):min(fr.end, sent.end)]:
        if t.lower_ in hedges and t.i > sent.start and t.i + 1 < sent.end and doc[t.i - 1].text == "(" \
                and doc[t.i + 1].text == ")" and t.lower_ not in said:  # "is made largely of": kept in the verb
            return True
    return False


def example_which(v: Token) -> bool:
    """A relative clause (verb ``v``) whose "which" follows an example of a list ("properties such as electrical
    conductivity, which is exploited in ..."): the antecedent may be the example, the listed noun or the whole
    clause that listed it; the frame names the example.  Asked only of a lone bare singular example under a verb
    that is no copula.  On the development chapters the clause was about the example when that is definite ("such
    as the atrial reflex, which is determined by venous return"), one of several each with its clause ("such as the
    epithalamus, which ..., or the subthalamus, which ..."; "including secretin and CCK, which ..."), or listed
    under a copula ("some threats are systemic, such as increasing polarization, which has shown up ...": no act
    for "which" to take up, as "change" is in the audited sentence).  A clause on a noun that opens no list stays
    ("nitrogen, which ...")."""
    if v.dep_ != "relcl" or not any(c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return False
    h = v.head
    if not (h.dep_ == "pobj" and h.tag_ == "NN" and opens_examples(h.head, words("left_out.example_preps"))
            and not any(c.dep_ in ("det", "conj") for c in h.children)):
        return False
    w = h.head
    while w.pos_ not in ("VERB", "AUX") and w.head.i != w.i:
        w = w.head
    return w.lemma_.lower() != "be"  # a copula's list has no act for "which" to take up


def _bare(n: Token) -> bool:
    """"this case", "these systems": a demonstrative and the noun alone.  A noun that names more ("this ketone
    synthesis reaction", "this age of technology") says what the claim is about, a kind, not only a pointer."""
    kids = list(n.children)
    return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ in words("left_out.demonstratives")


def _kind_pointer(n: Token) -> bool:
    """"this form of authority", "these types of markets", "such a kind of economy": a demonstrative (or "such") on
    a noun of a kind (lexical left_out.kind_nouns), with nothing else on it but its "of" phrase.  Unlike "this
    system" (a kind the claim often holds beyond, left out of case_nouns), the noun says the clause is about one
    subtype the paragraph describes; "a parliamentary form of government" names it (scope_limits.fronted_scope
    carries it)."""
    if n.lemma_.lower() not in words("left_out.kind_nouns"):
        return False
    kids = list(n.children)
    pointed = any(k.lower_ in words("left_out.demonstratives") and k.dep_ == "det" or k.lower_ == "such" for k in kids)
    return pointed and all(k.dep_ in ("det", "predet", "amod") and (k.lower_ in words("left_out.demonstratives")
                                                                    or k.lower_ in ("such", "a", "an"))
                           or k.dep_ == "prep" and k.lower_ == "of" for k in kids)


def deictic_scope(sent: Span, fr) -> bool:
    """A phrase on the frame's clause (its verb, or the verbs it is coordinated under), outside the frame, that
    points at the case the paragraph tells: "this time" as an adverb (lexical left_out.occasion_nouns); a case
    preposition (left_out.case_preps) on a demonstrative and a noun of a case, a study, a view or a passage alone
    (left_out.case_nouns: "in this case", "in these studies", "in this theory", "in this clip"), or on a noun of a
    kind with its "of" phrase (:func:`_kind_pointer`: "In this form of authority, all officials are ...", audit
    round 16).  Any noun after a fronted "In this/these/such" (audit round 16's general form) was measured again on
    the development chapters: 8 of 18 kept frames right to refuse ("In this position", "In these places"), the
    rest true beyond the case ("In these hearings, committees can gather information", "In this procedure,
    ultrasound allows ..."): not refused.

    Read on the development chapters and left out: a time or a path ("at this point", "during this period", "along
    these tracts": mostly a step true in general, "During this process, plasminogen is converted into plasmin"); a
    system, a place or another noun ("In these systems, cabinet members play a significant role", "In these
    hearings, committees can gather information": true beyond them about 3 times in 10); a noun that names more
    ("this ketone synthesis reaction": a kind); "that year" (a story its verb's tense keeps); "Here" ("Here a disc
    unites the vertebrae": true of every such joint; "Here," with its comma is readable.pointing_adverb's); a
    reason, a concession or a manner ("For this reason,", "Despite these developments", "In this way").  A frame
    that carries a holder is not asked (claims.sentence_frames): "According to Weber, ... . In this view, written
    rules replace personal loyalty" restates Weber's view (attribution.restated_holder), no case of the paragraph."""
    doc = sent.doc
    w = doc[fr.verb]
    verbs = [w]
    while w.dep_ == "conj" and w.head.i != w.i:
        w = w.head
        verbs.append(w)
    for h in verbs:
        for c in h.children:
            if fr.start <= c.i < fr.end:
                continue
            if c.dep_ == "npadvmod" and c.lemma_.lower() in words("left_out.occasion_nouns") and _bare(c):
                return True  # "this time" (on this occasion); not "that year", "this time travelling under ..."
            if c.dep_ == "prep" and c.lower_ in words("left_out.case_preps") and any(
                    o.dep_ == "pobj" and (_bare(o) and o.lemma_.lower() in words("left_out.case_nouns") or _kind_pointer(o))
                    for o in c.children):
                return True
    return False


def _relative_word(v: Token) -> Token | None:
    """The word that opens clause ``v`` as a relative of place or case: "in which" (a preposition on "which"),
    "where", "when", "wherein"."""
    for c in v.children:
        if c.i > v.i:
            continue
        if c.dep_ == "prep" and any(x.dep_ == "pobj" and x.tag_ in ("WDT", "WP") for x in c.children):
            return c
        if c.dep_ == "advmod" and c.tag_ == "WRB" and c.lower_ in ("where", "when", "wherein", "whereby"):
            return c
    return None


def quantified_relative(v: Token) -> bool:
    """The frame's clause is a restrictive relative clause on a noun under "any", "every", "each", "all" or "no":
    "any transactions that were not yet flushed to disk will not be reflected in that state" picks out the
    transactions the main clause speaks of; it says of none of them that it was not flushed (session 37's fresh
    sample of nine manuals stored "any transactions | were not flushed to | disk", judged wrong: the parse had made
    the relative clause the main one, its "that" the subject, and "transactions" the subject of "flushed").  A
    clause after a comma ("all cells, which divide, ...") says something of them and stays."""
    quantified = ("any", "every", "each", "all", "no")
    if v.dep_ != "relcl":  # the parse may make the clause the main one, its relative word hung on a verb of it
        s = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return s is not None and any(c.dep_ == "det" and c.lower_ in quantified for c in s.children) and any(
            t.tag_ in ("WDT", "WP") and t.dep_ in ("nsubj", "nsubjpass") for t in v.doc[s.right_edge.i + 1:v.i])
    return restrictive(v) and any(c.dep_ in ("det", "predet") and c.lower_ in quantified for c in v.head.children)


def condition_relative(v: Token) -> bool:
    """The frame's clause (verb ``v`` or the verb it is coordinated under) is an "in which" / "where" / "when"
    clause on a noun of a case or a situation (lexical left_out.condition_nouns): "In cases like these, in which a
    government violates international law, the community may be unable to act" (audit round 16) states the
    condition of the cases, not that governments violate the law.  The parser hangs such a clause on the noun
    (relcl) or, after a fronted phrase, elsewhere (an advcl or ccomp of the main verb, the fronted phrase inside it):
    then the noun is the one the relative word follows ("cases like these, in which": the word before it and the
    words that word hangs on, up to a verb).  A clause on a process, a
    phase or a place ("the process of ossification, in which stem cells differentiate into bone cells") tells what
    happens in it and stays."""
    w = first_conjunct(v)
    rel = _relative_word(w)
    if rel is None:
        return False
    nouns = words("left_out.condition_nouns")
    if w.dep_ == "relcl":
        return w.head.lemma_.lower() in nouns
    doc = w.doc
    k = rel.i - 1  # the word before the relative word, in its own sentence (review R19: not the last sentence's)
    while k >= w.sent.start and doc[k].is_punct:
        k -= 1
    if k < w.sent.start:
        return False
    t = doc[k]
    while True:  # "these" -> "like" -> "cases", up to a verb
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in nouns:
            return True
        if t.head.i == t.i or t.i == w.i or t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head


def participle_subject(sent: Span, fr) -> bool:
    """The frame's subject is a participle phrase the tagger read as a name: "Headquartered in Brussels, Belgium, the
    European Union (EU) is the largest ... IGO" was stored "Headquartered in Brussels | is | ..." (audit round 16;
    the capitalised first word tagged a proper noun, the noun after the comma hung on it as an apposition).  Its
    head is the sentence's first word, a participle form ("-ed", "-ing", lexical left_out.participle_endings) with
    its preposition right after it, and a comma follows before a determiner and the verb: the real subject is the
    noun phrase after the comma, so the frame is dropped.  A noun phrase subject ("Founded in Oslo, the Polar
    Council is ..." parsed right) has its noun head, not the participle."""
    doc = sent.doc
    w = first_conjunct(doc[fr.verb])
    for s in w.children:
        if s.dep_ not in ("nsubj", "nsubjpass") or s.i != sent.start or s.i + 1 >= w.i:
            continue
        if not (s.text[:1].isupper() and not s.text.isupper() and len(s.text) >= 6
                and s.lower_.endswith(tuple(words("left_out.participle_endings"))) and _verb_form(s.lower_)):
            continue
        nxt = doc[s.i + 1]
        if nxt.dep_ != "prep" or nxt.head.i != s.i or not fr.subject.startswith(s.text):
            continue
        commas = [t.i for t in doc[s.i + 1:w.i] if t.text == ","]
        if commas and any(t.dep_ == "det" for t in doc[commas[0] + 1:w.i]):
            return True
    return False


def bracketed_negation(sent: Span, fr) -> bool:
    """A negation in parentheses on the frame's verb or a verb it is coordinated under: "which can (but does not
    always) provide stability ... and avoid trade wars" (audit round 16) hedges the modal; arguments and predicates
    leave bracketed words out (the bracket's "always" even reached the predicate: "can always provide"), so the
    frame states more than the book.  Only a bracket between an auxiliary and its verb is asked: after the verb
    ("(not to be confused with ...)", "(because progesterone no longer inhibits them)") it glosses or explains, and
    on a noun ("The kidneys (not the liver) filter the blood") it contrasts that noun."""
    doc = sent.doc
    w = doc[fr.verb]
    verbs = {w.i}
    while w.dep_ == "conj" and w.head.i != w.i and not own_subject(w):  # the verbs under the bracket; "..., and the
        w = w.head                                                      # kidneys remove ...": a clause of its own is not
        verbs.add(w.i)
    opened = None
    for t in doc[sent.start:sent.end]:
        if t.text == "(":
            opened = t.i
        elif t.text == ")" and opened is not None:
            inside = doc[opened + 1:t.i]
            between = any(a.dep_ == "aux" and a.i < opened and t.i < doc[h].i  # "can (...) provide": the modal's hedge
                          for h in verbs for a in doc[h].children)
            if between and _denies(inside):
                return True
            opened = None
    return False


def _denies(inside: Span) -> bool:
    """The bracket denies the claim: a verb in it with its negation ("but does not always") or a negation before a
    word of [left_out] denied_extent ("not always", "not necessarily").  A comment adverb ("(not surprisingly)",
    review R20) denies nothing."""
    neg = words("left_out.negations")
    for x in inside:
        if x.dep_ == "neg" and x.head.pos_ in ("VERB", "AUX") and inside.start <= x.head.i < inside.end:
            return True
        if x.lower_ in neg and x.i + 1 < inside.end and x.doc[x.i + 1].lower_ in words("left_out.denied_extent"):
            return True
    return False


def _verb_form(word: str) -> bool:
    """English knows ``word`` as a verb form ("headquartered", "founded"), not only as a name ("Beijing", "Wyoming":
    review R20)."""
    from lemminflect import getAllLemmas

    return "VERB" in getAllLemmas(word)
