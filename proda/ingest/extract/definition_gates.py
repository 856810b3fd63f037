"""The gates a matched definition must pass: is the sentence about this very term, and does its genus define it?

Why: a parse pattern only says that a sentence has the shape "X is a Y that ..." / "X, a Y that ..."; whether it
teaches what X is depends on the roles around it (X opens the sentence, the name is the whole phrase the sentence
uses, the genus is a class noun with a restriction, the clause is not a story, an opening clause does not swallow
X, the apposition is closed before the verb).  :mod:`proda.ingest.extract.definitions` matches the constructions;
this module holds the checks on the term and its genus, shared with the stored-definition check
(:mod:`proda.ingest.termhood`); where the term and its gloss stand in the sentence (clause boundaries, stories,
lists: :mod:`proda.ingest.extract.definition_setting`), what a naming leaves unsaid
(:mod:`proda.ingest.extract.definition_unsaid`) and a gloss that is itself a naming
(:mod:`proda.ingest.extract.definition_namings`) are split off.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from proda.ingest.extract.arguments import term_of
from proda.ingest.extract.definition_instance import instance_glossed
from proda.ingest.extract.definition_judged import praised_genus
from proda.ingest.extract.definition_properties import states_property
# (moved there; callers import them here)
from proda.ingest.extract.definition_namings import names_itself, someones_term  # noqa: F401
from proda.ingest.extract.definition_unsaid import unsaid  # noqa: F401  (moved there; callers import it here)
from proda.ingest.extract.lexdata import words

_TERM_WORDS = words("terms.construction_nouns")  # "the term X", "the name X" name X
# "your"/"my" as "its": one owner's own thing ("as do your Sunday school class, the regulars who ...", a quotation's
# list; development KB, political science ch. 5) is no term its gloss defines
DEMONSTRATIVES = {"this", "these", "that", "those", "such", "its", "their", "his", "her", "our", "your", "my",
                  "another", "other"}


_ASIDE_VERBS = {"suggest", "imply", "indicate"}


def name_aside(sent: Span) -> int:
    """Where the sentence starts after an opening "As the name suggests," / "As the names imply," (the token after
    its comma); ``sent.start`` when it has none.  The aside only remarks that the name says what follows, so
    "As the name suggests, debt accumulation is the buildup of external debt, ..." still opens with its term."""
    toks = list(sent)
    if len(toks) < 6 or toks[0].lower_ != "as":
        return sent.start
    comma = next((t for t in toks[:7] if t.text == ","), None)
    if comma is None or not any(t.lemma_.lower() in _ASIDE_VERBS for t in sent.doc[sent.start:comma.i]) or \
            not any(t.lower_ in ("name", "names", "term", "terms", "label", "word") for t in sent.doc[sent.start:comma.i]):
        return sent.start
    return comma.i + 1


def _opens(sent: Span, tok: Token) -> bool:
    """The term's phrase starts the sentence (after at most a determiner, and after an "As the name suggests,"
    aside): the sentence is about it."""
    first = min(t.i for t in tok.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct") or t == tok)
    lead = [t for t in sent if name_aside(sent) <= t.i < first]
    return all(t.dep_ == "det" and t.lower_ in ("a", "an", "the") for t in lead) and \
        not any(t.lower_ in DEMONSTRATIVES for t in tok.children if t.i < tok.i)


def compared_genus(genus: Token) -> bool:
    """"Chlorine is a stronger oxidizing agent than bromine" (round 14, fresh judges): a comparative before the genus
    ("a stronger / larger / more reactive Y") with its "than" says how X ranks against another thing, not what X is
    (the bare comparative without "than" is refused by session 12's named rules).  A comparative inside the genus's
    own clause ("a halogen that is more reactive than ...") or set after it ("an acid stronger than pure sulfuric
    acid", a postpositive differentia) is left."""
    if not any(c.i < genus.i and (c.tag_ in ("JJR", "RBR") or c.dep_ == "advmod" and c.lower_ in ("more", "less"))
               for c in genus.subtree):  # "a stronger oxidizing agent": the parse hangs it on "oxidizing"
        return False
    clauses = {t.i for c in genus.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return any(t.lower_ == "than" and t.i > genus.i and t.i not in clauses for t in genus.subtree)


def ranked_by_merit(desc: Token) -> bool:
    """ "the safest procedure to use on a patient is called endotracheal intubation", "the best treatment ...", "the
    most effective way ...": a superlative (JJS, or "most"/"least" on the adjective) of an adjective that rates merit
    for a use (``terms.merit_adjectives``) on the described noun.  The sentence says which one to choose, not what the
    name is (audit round 18).  The use must be said, an infinitive ("to use", "to lower") or a "for" on the noun's
    phrase ("the most useful measure ... for skewed data"); without one the superlative is the named thing's own
    property ("The most efficient allocation of resources, in which ..., is called Pareto efficiency", review R2).
    A measurable superlative ("the outermost layer", "the lowest possible temperature") picks the thing out and is
    left."""
    if not (any(c.dep_ in ("relcl", "acl") and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
                for c in desc.children) or any(t.dep_ == "prep" and t.lower_ == "for" for t in desc.subtree)):
        return False
    for c in desc.children:
        if c.dep_ != "amod" or c.i > desc.i or c.lemma_.lower() not in words("terms.merit_adjectives"):
            continue
        if c.tag_ == "JJS" or any(m.dep_ == "advmod" and m.lower_ in ("most", "least") for m in c.children):
            return True
    return False


def _restricted_class(genus: Token, lem: str) -> bool:
    """A noun of ``terms.non_genus`` that names a class when a relative clause restricts it and no "of" follows
    (``terms.class_with_clause``): "A method is a function that belongs to an object" (blind round 39's missed
    definition), against "X is a function of Y" (a dependence) or "serves the function of ..." (a role)."""
    return lem in words("terms.class_with_clause") and any(c.dep_ == "relcl" for c in genus.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in genus.children)


def genus_defines(verb: Token | None, genus: Token) -> bool:
    """Whether "X is a GENUS ..." (or "X, a GENUS ...") says what X is: genus and differentia, nothing else.

    Why (round-3 audit): "Polarization is a systemic threat", "North Korea is an example of a modern state",
    "The security dilemma is the byproduct of a system", "NGOs are part of a system", "Radioactivity is a form of
    air pollution", "Socialization is a lifelong process that reoccurs ..." judge, exemplify, relate or merely
    classify X, and a teacher rejects them as definitions.  The genus must be a class noun (not one of
    ``terms.non_genus``; "the part of Y that ..." names a region), a classifying head ("form of Y") needs a clause
    that restricts it, an evaluative adjective on the genus or a judging adverb makes it a characterisation, a
    demonstrative in it ("the source of the energy that drives this reaction") ties it to its context, and a second
    clause with its own subject ("..., and someone specializing in urban sociology studies those") means the
    sentence is about more than X.
    """
    lem = genus.lemma_.lower()
    kids = list(genus.children)
    dets = [c.lower_ for c in kids if c.dep_ in ("det", "poss")]
    clause = any(t.dep_ in ("relcl", "acl") for t in genus.subtree if t != genus)
    if lem in words("terms.non_genus") and not (lem == "part" and dets[:1] == ["the"] and clause) \
            and not _restricted_class(genus, lem):
        return False
    if _named_thing(genus):
        return False  # "A European agency, the Advisory Committee on ...": one named body, not a class
    if instance_glossed(verb, genus):
        return False  # "The king of <country> is the head of state—that is, ...": the gloss defines the genus (round 19)
    if not clause and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids) and (
            lem in words("precision.relation_heads") or  # "Flour is a constituent of most breads" (audit round 11)
            lem in words("cloze.relation_genera") - words("cloze.class_genera") and dets[:1] == ["the"]):
        return False  # what X belongs to, or where it stands to Y ("The palm is the origin of ...": session 17)
    if lem in words("terms.classifying_heads") and not (
            any(c.dep_ in ("relcl", "acl") for c in kids) or
            any(c.dep_ == "prep" and c.lower_ != "of" for c in kids) or clause):
        return False
    if compared_genus(genus):
        return False  # "Chlorine is a stronger oxidizing agent than bromine": a comparison (round 14)
    if praised_genus(verb, genus):
        return False  # "The mailing lists are, without a doubt, the best testimony to ...": praise (session 27)
    if states_property(verb, genus):
        return False  # "Ammonia is a colorless gas with a sharp odor": X's state and look, not what X is (round 22)
    sized = sized_genus(genus)
    if any(c.dep_ in ("amod", "compound") and (c.lower_ in words("terms.judging_adjectives") or
                                               any(d.dep_ == "advmod" and d.lower_ in _DEGREE for d in c.children)) and
           not (sized and c.lower_ in words("terms.dimension_adjectives"))
           for c in kids):
        return False  # "a highly functional way to ...": a graded adjective rates X, it does not classify it
    if verb is not None and any(c.dep_ == "amod" and c.lower_ in words("terms.worth_adjectives") for c in kids):
        return False  # "Dermatology is a competitive specialty in medicine": what the field is worth (round 22)
    if any(c.dep_ in ("relcl", "acl") and _counted_subject(c) for c in kids):
        return False  # "a condition that over 2.7 million people suffer from": who has X and how many, not what X is
    advs = words("terms.judging_adverbs")
    if any(c.dep_ == "advmod" and c.lower_ in advs for c in kids) or \
            (verb is not None and any(c.dep_ == "advmod" and c.lower_ in advs for c in verb.children)):
        return False
    if any(t.dep_ == "det" and t.lower_ in ("this", "these", "those", "that") and not _bound_inside(t, genus)
           for t in genus.subtree):
        return False
    if any(c.dep_ in ("relcl", "acl") and c.tag_ == "VBD" for c in kids):
        return False  # "hydrogen carbonate, a weak acid that subsequently ionized ...": a story, not a definition
    if _uses_or_ranks(genus, dets[:1] == ["the"]):
        return False
    for c in verb.children if verb is not None else []:
        if c.dep_ == "conj" and c.i > (genus.right_edge.i if genus.i > verb.i else verb.i) and \
                any(s.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and s.lower_ not in ("it", "they")
                    for s in c.children):
            return False
    return True


_DEGREE = {"highly", "very", "extremely", "quite", "particularly", "especially", "incredibly", "remarkably", "fairly",
           "rather", "so", "too", "most", "more", "less", "least"}
_COUNT_WORDS = {"many", "most", "few", "several", "millions", "thousands", "billions", "hundreds"}


def _counted_subject(clause: Token) -> bool:
    """The genus's clause has its own subject, and that subject is counted ("over 2.7 million people", "many
    people"): the clause tells how many have or do X (audit round 9), while a defining clause says what X does
    or is ("a condition that weakens bones", "a condition in which the body cannot regulate ..."). A clause whose
    relative is governed by a preposition ("the process by which thousands of messages are shaped") says how X
    works: its counted subject is what X acts on."""
    if any(c.dep_ == "prep" and any(o.tag_ == "WDT" for o in c.children) for c in clause.children):
        return False
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    return any(s.tag_ == "CD" or s.lower_ in _COUNT_WORDS or
               any(m.dep_ in ("nummod", "quantmod", "amod", "det") and (m.tag_ == "CD" or m.lower_ in _COUNT_WORDS)
                   for m in s.children)
               for s in subj)


def _uses_or_ranks(genus: Token, definite: bool) -> bool:
    """Whether the genus's clause ranks X or says what X is used for, not what X is (audit round 4).

    "ammonia, a form of nitrogen that is easiest for plants to absorb": a superlative in the clause ranks X among
    others; "Nickel is the catalyst used in the hydrogenation of fats" names the role X plays in one process (the
    definite article: the one used there); "a theoretical approach that can be used to explain how ..." says what X
    can serve for.  "A calorimeter is a device used to measure heat" (a class of devices by their use) still defines.
    """
    clauses = [c for c in genus.children if c.dep_ in ("relcl", "acl")]
    preds = [p for c in clauses for p in c.children if p.dep_ in ("acomp", "attr", "advmod")]
    if any(p.tag_ in ("JJS", "RBS") or any(m.tag_ == "RBS" for m in p.children) for p in preds):
        return True  # the clause's own predicate ranks ("that is easiest"), not a phrase inside it ("most stable states")
    for c in clauses:
        if c.lemma_ != "use":
            continue
        if any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children) or (definite and c.tag_ == "VBN"):
            return True
    return False


def _restricts(c: Token) -> bool:
    """A clause or phrase that narrows its head: not one set off by a comma ("the zona glomerulosa, which produces
    ...": a non-restrictive clause adds a fact about an identified thing) and not an example ("such as", "like",
    "including"); an adjective phrase after its noun restricts as a clause does ("a cartilaginous structure inferior
    to the laryngopharynx", "a circulatory organ unique to pregnancy")."""
    if c.dep_ == "amod" and c.i > c.head.i and any(d.dep_ == "prep" for d in c.children):
        return c.doc[c.left_edge.i - 1].text != ","
    if c.dep_ not in ("relcl", "acl", "prep"):
        return False
    if c.dep_ == "prep" and c.lower_ in ("as", "like", "including", "except", "unlike"):
        return False
    first = c.left_edge.i
    # "a causal mechanism, or a link, between growth and democracy": what follows the comma belongs to the
    # phrase before it, not to "a link" (audit round 4)
    return not (first > 0 and c.doc[first - 1].text == ",")


def _exact(tok: Token, name: str) -> bool:
    """The name is the whole phrase the sentence uses: no modifier of it was left out ("its 'specific heat'" is not
    "heat", "More collisions" not "collision", "the most superficial region" not "region", "Addison's disease" not
    "disease"); a possessive pronoun ("its", "their") may stand before it."""
    kept = set(re.split(r"[\s\-–/]+", name.lower()))  # "wage–price spiral" keeps "wage" (name_compounds)
    if kept & words("terms.judging_name_words") or tok.lemma_.lower() in words("terms.outcome_heads"):
        return False  # "an essential norm—a generally accepted rule ..." defines "norm"; "The net result is ..."
    for c in tok.children:
        if c.i > tok.i or c.dep_ not in ("amod", "compound", "nmod", "npadvmod", "poss", "nummod", "quantmod",
                                         "advmod"):  # "a formation constant": the parse may hang a noun as npadvmod
            continue
        if c.dep_ == "poss" and c.pos_ == "PRON":
            continue  # "its X"
        if c.lower_ in _TERM_WORDS and all(t.dep_ == "det" or t == c for t in c.subtree):
            continue  # "the term social stratification": the parse may hang the article on "term"
        if any(t.lower_ not in kept and t.is_alpha and t.lower_ not in _TERM_WORDS for t in c.subtree):
            return False
    return True


def subject_runs_on(term: Token) -> bool:
    """The subject goes on past the name the parse gave it: "Garden hose is a ..." with "hose" hung on the verb
    leaves "garden" as the subject, and "Garden" would be defined by a sentence about the hose (audit round 11:
    "Sodium: Sodium hydroxide is an ionic compound ...").  The word right after the name's phrase, before the verb,
    is a content word the name does not own; an adverb ("also", "often", "usually") may stand there."""
    doc = term.doc
    nxt = term.right_edge.i + 1
    if nxt >= len(doc) or nxt >= term.sent.end:
        return False
    t = doc[nxt]
    return t.is_alpha and t not in set(term.subtree) and not t.is_stop and not t.lower_.endswith("ly") and \
        t.pos_ not in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "neg", "cc")


def split_off(sent: Span) -> bool:
    """The parse cut a sentence inside another: the text before it ends with no full stop, colon or line break
    ("Located near Geneva, the CERN (“Conseil ...,” or European Council ...) Laboratory is the world’s premier
    center ..." split after the bracket gave "Laboratory is ..." as a sentence defining "Laboratory", audit round 11
    reading).  What it would define is a piece of a longer name."""
    doc = sent.doc
    i = sent.start - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    if i < 0 or doc[i].is_space or "\n" in doc[i].whitespace_:
        return False
    prev = [doc[i], doc[i - 1]] if i > 0 and doc[i].text in (")", "]", "”", "’", '"', "'") else [doc[i]]
    return not any(t.text[-1:] in (".", "!", "?", ":", ";", "…") for t in prev)


def _simple_np(tok: Token) -> bool:
    """A short name with no clause of its own (a description given a name is not)."""
    return not any(c.dep_ in ("relcl", "acl", "prep", "appos") for c in tok.children) and len(term_of(tok).split()) <= 4


def _cut(named: Token) -> bool:
    """"what Weber called a monopoly on the right to use violence": the name goes on in a prepositional phrase the
    term rules do not keep, so "monopoly" alone would be a truncated name (audit round 5)."""
    nxt = named.doc[named.right_edge.i + 1] if named.right_edge.i + 1 < len(named.doc) else None
    return any(c.dep_ == "prep" and c.lower_ != "of" for c in named.children if c.i > named.i) or \
        (nxt is not None and nxt.dep_ == "prep" and nxt.lower_ != "of" and nxt.head in (named, named.head))


def _named_thing(tok: Token) -> bool:
    """A proper name with only capitalised modifiers ("Sweden", "Timothy J. McKeown"): a thing described, not a term."""
    return tok.pos_ == "PROPN" and all(t.text[:1].isupper() for t in [tok, *tok.children]
                                       if t.dep_ in ("compound", "flat", "amod") or t == tok)


def sized_genus(genus: Token) -> bool:
    """A size word on this genus classifies (``terms.dimension_adjectives``): the genus has a restriction of its own,
    a clause ("a very small artery that leads to a capillary"), a phrase on a class noun ("a tiny passageway for the
    passage of proteins"), or the "of" object of a quantity ("a relatively large number of people with ..."); on a general noun with
    only a phrase ("Family planning is a large step in ensuring ...") the size rates X's weight."""
    lem = genus.lemma_.lower()
    if any(c.dep_ in ("relcl", "acl") for c in genus.children):
        return True
    preps = [c for c in genus.children if c.dep_ == "prep"]
    if lem in words("terms.container_heads"):
        return any(p.lower_ == "of" for p in preps)
    return bool(preps) and lem not in words("terms.generic_heads")


def _bound_inside(det: Token, genus: Token) -> bool:
    """The demonstrative points back to a noun of the genus's own phrase ("the belief that individuals may belong to
    more than one oppressed group and that these groups intersect"): the gloss says it all by itself, unlike "the
    source of the energy that drives this reaction", whose reaction is another sentence's (issue 11)."""
    noun = det.head
    return any(t.lemma_.lower() == noun.lemma_.lower() and t.pos_ == "NOUN" and t.i < det.i for t in genus.subtree)


def clause_genus(genus: Token) -> bool:
    """A general class noun ("idea", "movement", "period": ``terms.clause_genus_heads``) is a genus only with a
    restricting clause of its own: "cosmopolitanism, the idea that one should define oneself primarily as a citizen
    of the world", "environmentalism, a movement that aims to preserve ..."; a prepositional phrase ("a movement of
    the 1970s") or nothing says no more than that X is some idea or movement.  "The study of Y" is a genus too
    (:func:`names_field`)."""
    return genus.lemma_.lower() in words("terms.clause_genus_heads") and \
        any(c.dep_ in ("relcl", "acl") and _restricts(c) for c in genus.children) or names_field(genus)


def names_field(genus: Token) -> bool:
    """"demography, or the study of populations", "histology, the study of tissues": "the (scientific) study of Y"
    set beside X names the field X by what it studies, as "X is the study of Y" does (the copula rule already takes
    that).  Why: "study" is a generic head ("a study of 300 voters" is one piece of research), so the gloss rules
    refused the field's own naming (issue 11, sociology's "demography"); the definite article and a noun object
    of "of" make it the field, not a study someone ran ("the study of which ..." has no noun object).  A field is
    named by a bare noun: "lead the investigation, the study of the causes of the crash" is one inquiry, its noun
    set beside the gloss with an article of its own (review R2)."""
    if genus.lemma_.lower() not in ("study", "science") or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in genus.children) or _determined_before(genus):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and
               any(p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") for p in c.children) for c in genus.children)


def _determined_before(genus: Token) -> bool:
    """The noun set just before the genus's comma, dash or ", or" has a determiner of its own ("the investigation, the
    study of ..."); the parse may hang the apposition on any word, so the noun is read by position."""
    doc, i = genus.doc, genus.left_edge.i - 1
    if i < genus.sent.start or doc[i].lower_ not in (",", "or", "—", "–"):
        return False  # "X is the study of Y", "X, which is the study of Y": no noun set beside it
    while i >= genus.sent.start and doc[i].lower_ in (",", "or", "—", "–"):
        i -= 1
    x = doc[i]
    while x.dep_ == "compound" and x.head.i > x.i:
        x = x.head
    return x.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("det", "poss") for c in x.children)


def _likened(term: Token) -> bool:
    """The noun is the image of a comparison ("like a beaded necklace", "likened society to a living organism")."""
    return any(a.lower_ in ("like", "unlike") or a.lemma_.lower() in ("liken", "compare", "resemble", "equate")
               for a in term.ancestors)


def _those_which(desc: Token) -> bool:
    """"Those components of politics ... that result in specific public policies are referred to as political
    factors": "those" with a restricting clause picks out the things the clause describes (it points forward, to the
    clause), unlike "Such nations" or "These cells", which point back to another sentence."""
    return any(c.dep_ == "det" and c.lower_ == "those" for c in desc.children) and \
        any(t.dep_ in ("relcl", "acl") and _restricts(t) for t in desc.subtree if t.i > desc.i)


def open_ended(text: str) -> bool:
    """The text's last word before its final stop is a copula or a function word ("... whose solubility product
    is.", "... given by the."): the book's sentence ran into an equation or a figure the text lost, so taught
    verbatim it breaks off mid-clause (read-back, session 11).  ``cuts.open_end_words``: closed-class words only,
    so a sentence ending on a noun, an adjective or a stranded pronoun stays."""
    m = re.search(r"([A-Za-z]+(?:[-‐‑][A-Za-z]+)*)\W*$", text.strip())  # a hyphenated word is one word: "well-being"
    return (m is not None and m.group(1).lower() in words("cuts.open_end_words")) or unclosed(text)


def unclosed(text: str) -> bool:
    """A bracket opened and never closed ("profile (i.e. the expected composition of sequences generated by the core
    model", round 41): the text was cut inside an aside, so what it says of its term breaks off."""
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return False  # a closing bracket of a list's "a)" or of an aside opened before the text: not cut here
    return depth > 0


def compared(x: Token) -> bool:
    """"Like the C=O bond in carbon dioxide, the C=O bond of a carbonyl group is polar": X stands in a comparison
    that opens the sentence, and the noun phrase after its comma is what the sentence is about (the parse may hang it
    on X as an apposition); it never explains X."""
    return any(a.dep_ == "prep" and a.lower_ in words("precision.comparison_openers") and
               a.left_edge.i == x.sent.start for a in x.ancestors)


def shell_subject(term: Token) -> bool:
    """"The technique is the method of unknown coefficients", "The theorem is the rock upon which ...": a bare noun
    that takes its content from the sentence before ([remarks] shell_nouns) after "the"/"this"/"that" is the one
    named there, and the sentence says which one it is or what it is like, not what a technique or a theorem is
    (audit round 17, applied mathematics).  A modifier makes it a term of its own ("The chain rule method is ...",
    "A theorem is ..." with "a": the class itself)."""
    return term.lemma_.lower() in words("remarks.shell_nouns") and \
        any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in term.children) and \
        not any(c.dep_ in ("amod", "compound", "nmod", "prep", "acl", "relcl", "poss") for c in term.children)
