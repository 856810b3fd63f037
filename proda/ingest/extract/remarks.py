"""The writer's own remarks, and arguments whose referent only the paragraph before names (audit round 17).

Why a module of its own: the round-17 judges rejected, on a book whose author talks to the reader, statements that
are no fact of the subject but the writer's asides ("Thirty years of keeping my own private notes in hex have
persuaded me that the leap justifies the risk", "the razor is overused in some circles ... in this writer's view",
"The writer is not aware of any conventionally established symbols ..."), and statements about "the equation",
"the equations", "the specific interpretation": a definite abstract noun whose content the sentence never gives, so
the claim points at a paragraph the learner does not see.  Both read the parse and general English
word lists (``[remarks]`` in ``patterns/lexical.toml``), never one book's words:

* :func:`writer_speaks`: the sentence is the writer's own -- a first-person singular pronoun ("I", "me", "my")
  outside quotation marks, or a bare definite noun naming the writer ("the writer", "this author"); or any sentence
  of a paragraph told in the first person singular (two of its sentences say "I"/"my": an anecdote).  A textbook's
  "we" is the reader and the writer working together ("as we have seen, the derivative of the sine is the cosine")
  and stays; so does a sentence that only mentions the reader ("As the reader likely knows, a right triangle is
  ..."): the claim after it is the book's.
* :func:`taste`: a frame carrying an adjective of the writer's taste ("Curl is an interesting quantity").
* :func:`unnamed_referent`: an argument holds a definite noun of the class that takes its content from the context
  (shell nouns -- "the idea", "the result", "the problem", "the approach" -- and the nouns naming a piece of the text
  -- "the equation", "the formula", "the example") with nothing in its phrase that says which one: no name or
  compound ("the quadratic formula", "the Kronecker equations"), no describing adjective, no complement ("the
  equation of a circle"), no clause ("the idea that ..."), no formula ("the formula x = y"); a bracketed number is
  none ("the equation (3.1)" is read "equation" in the statement).  An adjective that only points ("the specific
  interpretation", "the first equation": ``terms.vague_modifiers``) names none.  Generic definites of other nouns
  ("the heart pumps blood") are untouched, and so is a noun inside a clause of the argument (:func:`_in_clause`).
  "The (interested) reader" as an argument is the book's addressee, refused alike (:func:`_addressee`), and so is
  "Prominent examples include X": examples of a class only the paragraph before names (:func:`unclassed_examples`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.lexdata import words

_QUOTES = ('"', "“", "”")
_CLAUSES = ("relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "pcomp")
# dependents that say which one a definite noun means ("the equation of a circle", "the idea that ...")
_NAMING = ("compound", "nmod", "appos", "prep", "relcl", "acl", "npadvmod", "poss", "amod", "acomp", "quantmod")


def _quoted(t: Token) -> bool:
    """Whether ``t`` stands inside quotation marks opened earlier in its sentence."""
    marks = [x.text for x in t.sent if x.i < t.i and x.text in _QUOTES]
    straight = marks.count('"')
    return marks.count("“") > marks.count("”") or straight % 2 == 1


def first_person(t: Token) -> bool:
    """"I", "me", "my", "mine", "myself" as a pronoun, none written in capitals ("ME": an abbreviation).  "I" only
    with a verb that agrees with it ("I think", "I have", "I never meant", "I should"): not the numeral of "Type I
    collagen", "World War I", "angiotensin I.", nor the identity matrix of a mathematics book ("the matrix I is ...",
    "the six I are ...", "I, J, K").  Not a pronoun used as a noun, with a determiner of its own ("the I and the me"
    of a theory of the self, "the so-called I"), nor "I" before a capitalised verb (a title: "her I Will Not Move
    speech"; review R21).  A determiner that is no article before it is not its own ("All I did was wait", "This I
    know"): the writer speaks.  Also asked by :mod:`chain_voice` (an anecdote told as a cascade), which had its own
    cruder copy that took "the six I are summed" for the writer."""
    low = t.lower_
    if low not in words("remarks.first_person") or t.tag_ not in ("PRP", "PRP$") or (len(t.text) > 1 and t.text.isupper()):
        return False
    if any(c.dep_ == "det" for c in t.children) or (t.i > t.sent.start and t.nbor(-1).tag_ == "DT"
                                                     and t.nbor(-1).lower_ in ("the", "a", "an")):
        return False
    if low != "i":
        return True
    before = t.doc[t.i - 1] if t.i > t.sent.start else None
    if before is not None and before.pos_ in ("NOUN", "PROPN") and before.text[:1].isupper():
        return False  # "Type I collagen": the tagger reads "collagen" as a verb that agrees
    if _inverted(t, before):
        return True
    paired = _paired(t)  # "you and I are": the plural verb agrees with the coordination
    for x in t.doc[t.i + 1:t.sent.end]:
        if x.pos_ in ("ADV", "PART") or x.dep_ in ("advmod", "neg"):
            continue  # "I never meant", "I do not know"
        return x.pos_ in ("VERB", "AUX") and x.tag_ in ("VBP", "VBD", "MD") \
            and (paired or x.lower_ not in ("are", "were")) and not x.text[:1].isupper()
    return False


def _inverted(t: Token, before: Token | None) -> bool:
    """ "said I", "Never have I seen", "Here am I": "I" the subject of a verb or auxiliary that agrees with it right
    before it (past, present non-third-person or modal; not "are"/"were", not capitalised inside the sentence: a
    title).  A numeral "I" follows a noun ("Type I", "matrix I"), never its own verb as subject."""
    if t.dep_ not in ("nsubj", "nsubjpass") or before is None or before.pos_ not in ("VERB", "AUX"):
        return False
    own_aux = before.dep_ in ("aux", "auxpass") and before.head.i == t.head.i  # "have I seen": tagged VB
    return (before.tag_ in ("VBP", "VBD", "MD") or (own_aux and before.tag_ == "VB")) \
        and before.lower_ not in ("are", "were") and (before.i == t.sent.start or not before.text[:1].isupper())


def _paired(t: Token) -> bool:
    """ "you and I", "My brother and I": "I" the second conjunct of a person -- a personal pronoun or a noun with a
    possessive pronoun of its own -- so a plural verb ("are", "were") agrees; "Types II and I are" pairs numerals,
    and so does "Our categories III and I are" (the possessive is the noun's, the numeral before "and" says what "I"
    is: review R1)."""
    h = t.head
    if t.dep_ != "conj" or t.i < 2 or t.nbor(-1).lower_ not in ("and", "or"):
        return False
    if all(ch in "IVXLC" for ch in t.nbor(-2).text):
        return False
    return h.tag_ == "PRP" or (h.pos_ == "NOUN" and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in h.children))


def _writer(t: Token) -> bool:
    """"the writer", "this author", "the present writer": a definite noun naming the one who writes, with no name,
    complement or clause that makes it somebody else ("the author of the study", "the writer Toni Morrison"), and
    none after a named subject it stands for ("Weber studied the churches, and the author stressed ...": review R21)."""
    if t.lemma_.lower() not in words("remarks.writer_nouns") or t.pos_ != "NOUN" or t.tag_ != "NN":
        return False
    if any(x.pos_ == "PROPN" and x.dep_ in ("nsubj", "nsubjpass") for x in t.doc[t.sent.start:t.i]):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children):
        return False
    return not any(c.dep_ in ("compound", "appos", "prep", "relcl", "acl", "nmod") for c in t.children) \
        and not (t.i + 1 < len(t.doc) and t.nbor(1).pos_ == "PROPN")


def _says_i(sent: Span, lo: int) -> bool:
    """A first-person singular pronoun of the writer's (the checks of :func:`first_person`) outside quotation marks
    opened since ``lo``, the paragraph's start: a quotation runs over sentences ("“I didn't vote for him. But at that
    point, my personal feelings ...”", a speaker's, not the writer's).  A capital one inside the sentence is a title
    ("the Me Too movement")."""
    text = sent.doc.text
    for t in sent:
        if not first_person(t) or (t.i > sent.start and t.text[:1].isupper() and t.lower_ != "i"):
            continue
        before = text[lo:t.idx]
        if before.count("“") <= before.count("”") and before.count('"') % 2 == 0:
            return True
    return False


def _told_paragraph(sent: Span) -> bool:
    """``sent`` lies in a paragraph (text between blank lines of its chunk) told in the first person singular: two
    or more of its sentences (ended by a full stop, not a parser's split) say "I", "me", "my" or "myself" as the
    writer.  An anecdote goes on sentence by sentence without the pronoun ("the post also had a tiny library", "the
    duty was peacetime duty"; S16 after-measure on a mathematics book), and each of those sentences is the writer's
    story, not a fact of the subject.  One quoted "I" (an interviewee's) is no story of the writer's, and a life told
    in the third person has none."""
    doc = sent.doc
    text = doc.text
    lo = text.rfind("\n\n", 0, sent.start_char)
    lo = 0 if lo < 0 else lo + 2
    hi = text.find("\n\n", sent.end_char)
    hi = len(text) if hi < 0 else hi
    key = ("proda_told", lo)
    told = doc.user_data.get(key)
    if told is None:
        said, whole = set(), 0  # a parser's split without a full stop is one sentence ("If I claim A = [3 4; 5]T
        for s in doc.sents:      # to represent ..., then you may rescale my A": one "I", not two sentences)
            if lo <= s.start_char < hi:
                if _says_i(s, lo):
                    said.add(whole)
                last = [t for t in s if not t.is_space and t.text not in _QUOTES + ("'", ")")]
                whole += bool(last) and last[-1].text in (".", "!", "?")
        told = len(said) >= 2
        doc.user_data[key] = told
    return told


def writer_speaks(sent: Span) -> bool:
    """The sentence is the writer's remark about himself, his views or his book, or a sentence of a paragraph he
    tells in the first person (:func:`_told_paragraph`; see the module docstring)."""
    return any((first_person(t) or _writer(t)) and not _quoted(t) for t in sent) or _told_paragraph(sent)


def taste(sent: Span, fr) -> bool:
    """"The kernel is an interesting matrix", "Long division in binary is kind of fun", "An elegant idea awaits
    discovery", "X is interesting as a social phenomenon": an argument or the predicate carries an adjective of the
    writer's taste (``remarks.taste_adjectives``: interesting, elegant, fun, beautiful ...), which is his judgement,
    not a fact a learner is tested on (audit round 17: asides of a writer who talks to the reader).  Only a word of
    the frame's own phrases counts, the head's modifier or the predicate ("the clever trick" of a subordinate clause
    leaves the claim alone); a proper name is none ("the Treaty of Nice": review R21)."""
    liked = words("remarks.taste_adjectives")
    if any(w.lower() in liked for w in fr.predicate.split()):
        return True
    said = f"{fr.subject} {fr.object}".lower().split()
    for t in sent.doc[fr.start:fr.end]:
        if t.lower_ in liked and t.lower_ in said and t.i != fr.verb and t.pos_ != "PROPN" and (
                t.dep_ == "amod" and t.head.pos_ in ("NOUN", "PROPN") or t.dep_ in ("pobj", "attr", "dobj")):
            return not _in_clause(t, sent.doc[fr.verb])
    return False


def _formula_after(t: Token) -> bool:
    """"the formula x = y", "the expression a + b": the formula right after the noun says which one.  A number or a
    bracketed label does not ("the equation (3.1)" is read "equation" in the statement, which names none)."""
    if t.i + 1 >= len(t.doc) or t.i + 1 >= t.sent.end:
        return False
    nxt = t.nbor(1)
    if nxt.dep_ == "case" or nxt.is_punct or nxt.like_num:
        return False  # "the equation's adjoint": a possessive
    return (len(nxt.text) <= 2 and nxt.is_alpha and nxt.pos_ not in ("ADP", "DET", "CCONJ", "PRON", "AUX")) \
        or not nxt.is_ascii or any(c in nxt.text for c in "=+<>^_")


def _numbered(t: Token) -> bool:
    """"Equation (8.29) is Cauchy's integral formula", "Figure 3.2 shows ...": a number after the noun and no
    determiner -- a place in the text, which the statement ("Equation | is | ...") drops."""
    return not any(c.dep_ in ("det", "poss") for c in t.children) and any(
        c.like_num and c.i > t.i and c.dep_ in ("appos", "nummod", "npadvmod", "conj") for c in t.children)


def _bare_definite(t: Token, v: Token | None = None) -> bool:
    """``t`` is a shell or text noun with "the" and nothing saying which one (see the module docstring), or a part of
    one tool or worked case (``remarks.local_things``: "the default", "the input") likewise, or opening the sentence
    bare ("Input is a tree file").  ``v``: the frame's verb; a relative clause on ``t`` that is the frame's own
    ("the default, which specifies ...") is the claim, not a name."""
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound":
        return False
    local = t.lemma_.lower() in words("remarks.local_things") or t.lower_ in words("remarks.local_things")
    if not local and t.lemma_.lower() not in words("remarks.shell_nouns"):
        return False
    opening = local and t.i == t.sent.start and t.text[:1].isupper() and t.tag_ in ("NN", "NNP") \
        and not any(c.dep_ == "det" for c in t.children)  # "Input is a tree file"; "Modules can be ..." are kinds
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and not _numbered(t) and not opening:
        return False
    if local and _code_after(t):
        return False
    pointing = words("terms.vague_modifiers") | words("args.anaphoric_modifiers") | words("remarks.page_adjectives")
    # "the ideas, attitudes, and beliefs of a society": the complement on the last conjunct is every conjunct's
    for c in (c for x in (t, *t.conjuncts) for c in x.children):
        if c.dep_ in ("appos", "nummod", "npadvmod") and c.like_num:
            continue  # "the equation (3.1)": a number names nothing the statement keeps
        if v is not None and c.i == v.i:
            continue
        if local and c.dep_ == "det" and _names_local(c):
            return False
        if local and not _names_local(c):
            continue
        if c.dep_ in _NAMING and not (c.dep_ == "amod" and c.lower_ in pointing) and not _placed(c):
            return False
    return not _formula_after(t)


def _code_after(t: Token) -> bool:
    """A code name right after the noun names it, however the parse hung it: "the option --force", "the function
    now()", "the module sklearn.metrics", "the file named.conf"."""
    if t.i + 1 >= len(t.doc):
        return False
    n = t.doc[t.i + 1]
    w = n.text
    return (w.startswith("-") and len(w) > 1 and w.strip("-")[:1].isalnum()) or "_" in w \
        or (t.i + 2 < len(t.doc) and t.doc[t.i + 2].text == "(" and not n.whitespace_) \
        or ("." in w.strip(".") and w[:1].isalpha())


def _names_local(c: Token) -> bool:
    """Whether a dependent of a local thing's noun says whose or which: not a one-letter label ("the R option": the
    page's program's), not a phrase placing it ("the function in multilabel classification": of which tool?); an
    owner ("the input of the amplifier", "the default for X") does."""
    if c.dep_ in ("compound", "nmod"):
        return len(c.text) > 1
    if c.dep_ == "det":  # "The jaccard_score function": a name the parse took for a determiner
        return c.pos_ != "DET" or not c.is_alpha or "_" in c.text
    return c.dep_ != "prep" or c.lower_ in ("of", "for", "from")


def _placed(c: Token) -> bool:
    """A clause placing its noun on the page, "the example shown above", "the method described here": names none."""
    return c.dep_ in ("acl", "relcl") and any(x.dep_ == "advmod" and x.lower_ in words("remarks.placing_adverbs")
                                              for x in c.children)


def unnamed_referent(sent: Span, fr) -> bool:
    """A frame argument holds a definite shell or text noun whose content only the context gives.  The arguments are
    read from the frame's words in the sentence, up to where its object's text ends: an object given whole as text
    (a copula's, or one with the verb's tail: "touches the curve at the point") runs past the frame's own tokens."""
    doc = sent.doc
    said = f"{fr.subject} {fr.object}".lower()  # ("equation’s adjoint": a possessor is glued to its mark)
    end = fr.end
    at = sent.text.find(fr.object, max(doc[fr.verb].idx - sent.start_char, 0)) if fr.object else -1
    if at >= 0:
        stop = sent.start_char + at + len(fr.object)
        end = max(end, max((t.i + 1 for t in sent if t.idx < stop), default=end))
    v = doc[fr.verb]
    return unclassed_examples(v) or _placed_scope(v) or _local_subject(v) or any(
        (_bare_definite(t, v) or _addressee(t) or display_place(t)) and not _in_clause(t, v)
        for t in doc[fr.start:end] if t.i != fr.verb and t.lower_ in said)


def _local_subject(v: Token) -> bool:
    """The verb's subject is "the file" (``remarks.local_subjects``) with nothing saying which: the one at hand."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words("remarks.local_subjects")
               and [x.lower_ for x in c.children if x.dep_ not in ("punct",)] == ["the"] for c in v.children)


def display_place(t: Token) -> bool:
    """"the bottom line", "the left panel", "the top row", "the red lines": a place in one display the page shows,
    named by its position or how it is drawn; what it "represents" or "shows" is said of that printout or figure, not of the subject."""
    if t.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return False
    mods = [c.lower_ for c in t.children if c.dep_ in ("amod", "compound")]
    lemma = t.lemma_.lower()
    return (lemma in words("remarks.display_nouns") and any(m in words("remarks.display_positions") for m in mods)) \
        or (lemma in words("remarks.display_mark_nouns") and any(m in words("remarks.display_marks") for m in mods))


def _placed_scope(v: Token) -> bool:
    """A phrase fronted on the verb whose noun is the page's ("In the example shown above, the total debits equal
    the total credits", "In the model, ...") or that points at another place of it ("In all of the above cases,
    the server returns a response code of NOTAUTH", blind round 34): the frame keeps it as its scope, and the scope
    points at the page."""
    fronted = [p for p in v.children if p.dep_ == "prep" and p.i < v.i
               and p.lower_ not in words("hedges.unrestricting_preps")]  # "Unlike X of the preceding examples"
    local = words("remarks.local_things") | {"example"}  # "During the exercise": a time, no place of the page
    return any(any(n.dep_ == "pobj" and n.lemma_.lower() in local and _bare_definite(n) for n in p.children)
               or any(x.dep_ in ("amod", "advmod") and x.lower_ in words("remarks.placing_words") for x in p.subtree)
               for p in fronted)


def unclassed_examples(v: Token) -> bool:
    """"Prominent examples include the gamma function": the subject of a listing verb (``remarks.listing_verbs``) is
    an instance noun (``remarks.instance_nouns``) with no "of"-phrase or clause saying of what, so the class is the
    paragraph's (S16 after-measure on a mathematics book).  "Examples of special functions include ..." names it;
    "Severe cases require surgery" lists nothing."""
    if v.lemma_.lower() not in words("remarks.listing_verbs"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words("remarks.instance_nouns")
               and not any(x.dep_ in ("prep", "relcl", "acl", "compound", "poss") for x in c.children)
               for c in v.children)


def _addressee(t: Token) -> bool:
    """"the interested reader", "the reader", "the concerned reader": a singular noun of the book's reader
    (``remarks.reader_nouns``) with "the" and no compound ("the card reader": a device) nor complement ("the reader
    of the report"): the one the book talks to, so a frame holding it tells him what to do, no fact of the subject (S16
    after-measure on a mathematics book).  Plural or indefinite readers ("older readers prefer ...", "a skilled reader
    recognizes ...") are a group the book studies and stay."""
    if t.lemma_.lower() not in words("remarks.reader_nouns") or t.pos_ != "NOUN" or t.tag_ != "NN":
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
        and not any(c.dep_ in ("compound", "nmod", "prep", "relcl", "acl", "appos", "poss") for c in t.children)


def _in_clause(t: Token, v: Token) -> bool:
    """``t`` lies in a clause of its own inside the argument ("investigations to see how the facts fit the codes
    applicable to the situation", "the point when people join together to publicize the issue"): there a definite
    noun is as often the case at hand, named by the argument itself, as a referent of the paragraph before
    (development sweep, 2026-12-01: 3 of 5 such nouns were no pointer); only the argument's own phrase is read."""
    while t.i != v.i and t.head.i != t.i:
        if t.dep_ in _CLAUSES:
            return True
        t = t.head
    return False
