"""Defining constructions read from a clause around the term, and the :class:`Found` record all rules return.

Why a module of its own: :mod:`proda.ingest.extract.definitions` matches the patterns and dispatches; the rules
here each need several gates of their own ("X, in which ...", "X, which is a Y ...", "A define(s) X as Y",
"X describes Y"), and keeping them together keeps both files readable and under the size limit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token
from wordfreq import zipf_frequency

from proda.ingest.extract.arguments import term_of
from proda.ingest.extract.definition_gates import (DEMONSTRATIVES, _exact, _likened, _named_thing, _opens,
                                                   _restricts, clause_genus, genus_defines)
from proda.ingest.extract.definition_setting import of_object, passing_mention
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.terms import head_token, is_term


@dataclass
class Found:
    name: str
    definition: str  # the defining sentence (verbatim), or "" when only an alias was learned
    quote: str
    how: str
    aliases: list[str] = field(default_factory=list)


def _strip_term_word(name: str, tok: Token) -> str:
    """"the term anomie" -> "anomie", "the name Milky Way" -> "Milky Way": after an article or possessive the noun
    names the construction, not the concept (``terms.construction_nouns``; audit round 15: "name Milky Way" was taught
    as a term).  Where that noun opens the phrase itself it is the term's own first word ("Name recognition is ...",
    "Word order is ..."), and "term of office" keeps it as its head.  ``tok``: the term's head in the parse."""
    first, _, rest = name.partition(" ")
    if first.lower() not in words("terms.construction_nouns") or not rest or rest.split()[0].lower() == "of":
        return name
    sign = next((t for t in tok.subtree if t.i <= tok.i and t.lower_ == first.lower()), None)
    if sign is None:
        return name
    doc = tok.doc
    led = sign.i > 0 and doc[sign.i - 1].tag_ in ("DT", "PRP$", "POS", "WDT")
    return rest if led else name


def gloss_text(sent: Span, term: Token, last: Token) -> str:
    """What a gloss set beside its term defines: the whole sentence when the term opens it (the sentence is about
    it), else only the term and its gloss, from the term's first word to the gloss's last ("with glass, which is a
    mixture of silicates" -> "glass, which is a mixture of silicates").  Why (audit round 11): "glass: Hydrofluoric
    acid is unique in its reactions with sand ... and with glass, which is a mixture of silicates:" taught a
    sentence about another thing as what glass is; the gloss alone is what the book says glass is, verbatim."""
    if _opens(sent, term):
        return sent.text
    doc = sent.doc
    start = min(t.i for t in term.subtree if t.i <= term.i)
    while start < term.i and doc[start].lower_ in ("a", "an", "the"):
        start += 1
    end = _held_modifier(sent, max(last.right_edge.i, term.i))
    at = last.left_edge.i if doc[last.left_edge.i].text in ("(", "—", "–") else last.left_edge.i - 1  # the parse
    closer = _closing(sent, at) if at >= sent.start and doc[at].text in ("(", "—", "–") else None  # may hang the mark
    if closer is not None:  # "X (a Y that ...)", "X—the charge of one electron—with ...": the bracket or the dash
        end = closer  # closes Y, and all of Y is inside it, wherever the parse ended Y's phrase (audit round 17: "(a
        # convergence domain bounded without by a large circle and within by a small)" lost its "and within ...")
    elif end + 1 < sent.end and _runs_on(doc[end + 1]):
        return ""  # "the vector, a column of m [scalars like u = ...]": the parse ended Y inside its own noun phrase
    depth = 0  # "osteoblasts, the cells involved in bone deposition, thereby sparing blood calcium": an adverbial
    for t in doc[last.i + 1:end + 1]:  # after a comma (outside brackets) is the sentence's, not the gloss's
        depth += (t.text in ("(", "[")) - (t.text in (")", "]"))
        if depth <= 0 and t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("RB", "VBG"):
            end = t.i - 1
            break
    while end > start and (doc[end].is_punct or doc[end].is_space) and doc[end].text not in (")", "”", "’"):
        end -= 1
    span = doc[start:end + 1].text
    if span.count("(") > span.count(")") and end + 1 < len(doc) and doc[end + 1].text == ")":
        span = doc[start:end + 2].text  # "rebar (a steel rod used for reinforcing concrete)": the gloss's own bracket
    return span


_FORMULA_SIGNS = ("=", "<", ">", "≤", "≥", "≡", "≈", "+", "−", "×", "/", "^")


def _closing(sent: Span, at: int) -> int | None:
    """The index of the mark that closes the bracket or dash at ``at`` (a bracket's own pair, nested brackets
    skipped; the next dash), or None where it stays open to the sentence's end."""
    doc, depth = sent.doc, 0
    for t in doc[at + 1:sent.end]:
        if doc[at].text == "(":
            depth += (t.text == "(") - (t.text == ")")
            if depth < 0:
                return t.i
        elif t.text == doc[at].text:
            return t.i
    return None


def _runs_on(nxt: Token) -> bool:
    """The word right after a gloss's last word goes on with no punctuation between: a noun, a number, an adjective,
    a formula's sign or a finite verb.  A gloss that ends there is cut inside its own phrase by a parse that hung the
    rest elsewhere (a formula in the sentence misleads it: "a column of m" for "a column of m scalars like ...", the
    plural read as a verb), or it is no apposition but the subject of the verb that follows ("while X changes with
    time t, the magnitude of Y remains steady"; both audit round 17).  A participle after it ("units called
    organelles", which the tagger may read as a past tense) is a modifier the parse hung elsewhere, which the gloss
    may lose."""
    return not nxt.is_punct and (nxt.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "SYM") or nxt.text in _FORMULA_SIGNS
                                 or nxt.tag_ in ("VBZ", "VBP", "MD"))


def _held_modifier(sent: Span, end: int) -> int:
    """The gloss's last token index, past a modifier that opens right after it ([terms] gloss_continuers:
    "regardless of ...", "without ...", "that ...", "in which ...") but which the parse hung on a far word: in a long
    list of glosses ("a, the Y of ...; b, an attraction to people regardless of sex, gender, ...; c, ...") it hung
    "regardless" on the list's first item, and "Define b." was answered "b is an attraction to people" (audit round
    16, judged a wrong fact: the modifier is the differentia).  The modifier ends with its own subtree, before a
    semicolon; a comma before it ("X, a Y, which ...") leaves it the sentence's."""
    doc = sent.doc
    k = end + 1
    if k >= sent.end:
        return end
    first = doc[k]
    lead = first.lower_ in words("terms.gloss_continuers") or (
        first.pos_ == "ADP" and k + 1 < sent.end and doc[k + 1].lower_ in ("which", "whom"))
    if not lead or doc[end].is_punct:
        return end
    node = first  # the highest word whose phrase starts at the modifier's first word
    while node.head.i != node.i and node.head.left_edge.i >= k and node.head.i > end:
        node = node.head
    right = min(node.right_edge.i, sent.end - 1)
    semi = next((t.i for t in doc[k:right + 1] if t.text == ";"), None)
    if semi is not None:
        right = semi - 1
    return right if right > end else end


def _in_which(r: dict[str, Token], sent: Span, text: str) -> Found | None:
    """"direct democracy, in which the populace decides political matters by a direct majority vote", "participant
    observation, in which researchers join people and participate in a group's routine activities ...": a
    non-restrictive clause set right after X's last word, in the present and with its own subject, says what
    happens in X, which is what X is.  Not a story ("the experiment, in which participants were asked": past), a
    possibility ("in which people can ..."), a named thing or period ("the 1980s, in which"), a list item, "A of X"
    (the clause is about A), a word of the prose ("the study, in which ..."), a copula's complement ("Supination is
    the opposite motion, in which ...": the clause describes the subject) or an image ("DNA appears like a beaded
    necklace, in which the string is the DNA"; "likened society to a living organism, in which ...").  X is the last
    word before the comma: after "skepticism of direct democracy, in which ..." the parse cannot tell whose clause
    it is."""
    term, verb, doc = r["term"], r["verb"], sent.doc
    at = r["in"].i
    if at < 2 or doc[at - 1].text != "," or doc[at - 2] != term or verb.head != term:
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and not any(a.tag_ in ("VBZ", "VBP") for a in aux) or any(a.tag_ in ("MD", "VBD") for a in aux) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if term.dep_ in ("conj", "attr") or any(c.dep_ == "conj" for c in term.children) or _named_thing(term) or \
            passing_mention(term) or \
            of_object(term) or _likened(term) or \
            any(c.lower_ in DEMONSTRATIVES or c.dep_ == "nummod" for c in term.children if c.i < term.i) or \
            term.lemma_.lower() in words("terms.generic_heads") | words("args.work_nouns") or \
            (term.left_edge.i > sent.start and doc[term.left_edge.i - 1].text == ","):
        return None
    name = _strip_term_word(term_of(term), term)
    gloss = gloss_text(sent, term, verb)  # "": cut inside its phrase
    return Found(name, gloss, text, "in_which") if gloss and is_term(name) and _exact(term, name) else None


def _which_is(r: dict[str, Token], sent: Span, text: str) -> Found | None:
    """"organic solidarity, which is social order based around an acceptance of ...", "capitalism, which is a way of
    organizing an economy so that ...": the clause follows X's own last word after a comma, is in the present, says
    nothing but "is Y" (no "also", "often", "now": a fact about X, not what X is) and Y carries its own restriction."""
    term, verb, genus, doc = r["term"], r["verb"], r["genus"], sent.doc
    which = r["which"]
    if which.i < 2 or doc[which.i - 1].text != "," or doc[which.i - 2] != term or \
            any(c.dep_ not in ("nsubj", "attr", "punct") for c in verb.children):
        return None  # "the principles of authoritarianism, which": the clause may hang on another word
    dets = [c.lower_ for c in genus.children if c.dep_ in ("det", "poss")]
    if (dets and dets[0] not in ("a", "an", "the")) or any(c.dep_ == "nummod" or c.like_num for c in genus.children) or \
            any(c.dep_ == "prep" and c.lower_ == "like" for c in genus.children) or \
            not any(_restricts(c) and any(True for _ in c.children) for c in genus.children) or \
            genus.lemma_.lower() in words("terms.remark_heads") or \
            (genus.lemma_.lower() in words("terms.generic_heads") and not clause_genus(genus) and
             not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" for g in c.children)
                     for c in genus.children) and
             not (any(c.dep_ in ("amod", "compound") for c in genus.children) and is_term(term_of(genus)) and
                  any(c.dep_ in ("relcl", "acl") for c in genus.children))) or not genus_defines(verb, genus):
        return None  # "a way of organizing ...", "social order based on ..." name their class; "an example of" does not;
        # "the formula S2, which is a paramagnetic molecule like O2 with ...": a comparison describes, it does not define
        # "bodily fluids, which are water based": a bare participle grades the noun, it restricts nothing
    if term.dep_ == "conj" or any(c.dep_ == "conj" for c in term.children) or _named_thing(term) or \
            any(c.lower_ in DEMONSTRATIVES or c.dep_ == "nummod" for c in term.children if c.i < term.i) or \
            of_object(term):
        return None  # "A, B, and C, which are ...": a list; "Sweden, which is a country ...": a thing described;
        # "there are 94 district courts, which are ...": counted things; "The vapor pressure of water, which is the
        # pressure exerted by ...": the clause explains the whole "A of X"
    name = _strip_term_word(term_of(term), term)
    gloss = gloss_text(sent, term, verb)  # "": cut inside its phrase
    return Found(name, gloss, text, "which_is") if gloss and is_term(name) and _exact(term, name) else None


_EVERYDAY = 4.6  # wordfreq Zipf at and above which a word is everyday English (as in proda.evaluate.bench_paths)
_HEDGED_AGENTS = {"some", "many", "most", "few", "other", "others", "several"}


def _defines_active(r: dict[str, Token], sent: Span, text: str) -> Found | None:
    """"Shoemaker and Vos (2009) define gatekeeping as the sorting process by which ...", "John Rawls defines civil
    disobedience as a public, nonviolent ... act contrary to law": the active form of "X is defined as Y", with the
    definer named.  Not one reading among others ("Some scholars define X as ...", "Others define it as ..."), not
    a possibility ("one could define X as"), not a pronoun or a word of the context ("define it/this process as"),
    and Y must be a class noun that defines (not a number: "define the zero point as 273 K")."""
    verb, term, genus = r["verb"], r["term"], r["genus"]
    agent = r["agent"]
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    if past and any(c.i < agent.i and any(t.like_num for t in c.subtree) for c in verb.children):
        return None  # "Prior to 1973, the American Psychological Association (APA) defined homosexuality as an abnormal
        # or deviant disorder": a reading set in its time, not what X is ("As stated earlier, ... Durkheim defined")
    # the small parser may tag a past "defined" a participle, a plural subject's "define" a noun and its object a
    # gerund ("Shoemaker and Vos (2009) define gatekeeping as ..."): the roles still read right
    if verb.tag_ not in ("VB", "VBZ", "VBP") and not past and not (verb.tag_ == "NN" and verb.lower_ in ("define", "defines")) or \
            any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD" and not
                                    (c.lower_ in ("'ll", "’ll", "will") and agent.lower_ == "we")) for c in verb.children):
        return None  # "we'll define marriage as ..." is the book's own definition; "one could define X as" is not
    if agent.lower_ in _HEDGED_AGENTS or any(c.lower_ in _HEDGED_AGENTS for c in agent.children if c.i < agent.i):
        return None
    if term.pos_ == "PRON" or _named_thing(term) or \
            any(c.lower_ in DEMONSTRATIVES for c in term.children if c.i < term.i) or \
            genus.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "nummod" or c.like_num for c in [genus, *genus.children]) or \
            any(t.dep_ == "det" and t.lower_ in ("this", "these", "those", "that") for t in genus.subtree) or \
            not genus_defines(None, genus):
        return None
    name = _strip_term_word(term_of(head_token(term)), head_token(term))
    return Found(name, text, text, "defined_as") if is_term(name) and _exact(head_token(term), name) else None


def _first_mention(sent: Span, name: str) -> bool:
    """No earlier sentence of the same passage uses the term (a heading line, a few words long, does not count):
    a verb predicate defines a term only where the passage introduces it; later it tells more about it."""
    low = name.lower()
    for s in sent.doc.sents:
        if s.start >= sent.start:
            break
        if len(s) > 6 and low in s.text.lower():
            return False
    return True


def _describes(r: dict[str, Token], sent: Span, text: str) -> Found | None:
    """"Subjective poverty describes poverty that is composed of many dimensions", "Majority theory, or
    majoritarianism, describes the roles and responsibilities of the majority ...": a verb predicate defines only
    where the sentence reads as introducing a concept: its subject is a bare singular or mass noun phrase (no
    article, number or possessive: "The model describes", "Equation 3 describes", "Sociologists describe" are
    about a thing or people), it opens the sentence, the verb is in the present with nothing on it ("also", "can",
    "not"), its object is a noun, and the passage has not used the term before (at its first mention a sentence
    says what a term is; later ones say more about it)."""
    verb, term, obj = r["verb"], r["term"], r["obj"]
    if verb.dep_ == "ccomp" and not any(t.text == ";" for t in sent.doc[verb.i:verb.head.i]):
        return None  # only a first clause the parse hangs on the one after a semicolon, not a reported clause
    if verb.tag_ != "VBZ" or any(c.dep_ in ("aux", "neg", "advmod", "prep") for c in verb.children if c.i < obj.i):
        return None
    named = any(c.lower_ in ("term", "concept") for c in term.children if c.i < term.i)  # "The term X describes"
    if term.tag_ not in ("NN", "NNP", "NNPS") and not named or _named_thing(term) or \
            any(c.dep_ in ("nummod", "poss", "predet", "acl", "relcl", "prep") or
                (c.dep_ == "det" and not (named and c.lower_ == "the")) for c in term.children) or \
            any(c.dep_ == "conj" for c in term.children if not any(k.lower_ == "or" for k in term.children)):
        return None  # "A, B and C describe ...": a list; "X, or Y, describes ...": Y is another name
    if not _contrast_clause(verb, term) or (term.left_edge.i != sent.start and verb.dep_ != "advcl") or obj.pos_ not in ("NOUN", "PROPN") or \
            any(c.dep_ in ("det", "poss") and c.lower_ in DEMONSTRATIVES for c in obj.children):
        return None
    name = _strip_term_word(term_of(term), term)
    if not (is_term(name) and _exact(term, name)) or name.lower() in words("args.work_nouns") or \
            not _first_mention(sent, name) or (" " not in name and zipf_frequency(name.lower(), "en") >= _EVERYDAY):
        return None  # "History describes the rise of ...", "Evidence describes ...": an everyday word is no term named
    alias = [term_of(c) for c in term.children if c.dep_ == "conj" and is_term(term_of(c)) and
             any(k.lower_ == "or" for k in term.children)]  # "Majority theory, or majoritarianism, describes ..."
    return Found(name, text, text, "refers_to", aliases=alias[:1])


_CONTRAST_MARKS = ("while", "whereas")


def _contrast_clause(verb: Token, term: Token) -> bool:
    """A main clause, or the second half of a contrast that opens on its own term: "External respiration refers to
    gas exchange that occurs in the alveoli, whereas internal respiration refers to gas exchange that occurs in the
    tissue", "media globalization is ..., while technological globalization refers to ...".  Not another adverbial
    clause ("When a leader refers to ...", "Because X describes ..."): that one sets a condition or a cause."""
    if verb.dep_ != "advcl":
        return True
    marks = [c for c in verb.children if c.dep_ == "mark"]
    return len(marks) == 1 and marks[0].lower_ in _CONTRAST_MARKS and verb.i > verb.head.i and \
        term.left_edge.i == marks[0].i + 1
