"""Is an extracted argument a complete noun phrase of its source sentence?  (issue 12, class 3)

Why: a teacher rejects an item built on a cut argument ("Hyaline cartilage forms models" from "... forms cartilage
models of the future bones", "Heat consumes in reaction", "Algae produces even jet fuel", subject "convenient
approach" from "a convenient approach for determining Ea").  Extraction errors of this kind are not visible in the
statement alone; they are visible in the dependency parse of the quote: the argument's tokens are not one
constituent, or the constituent goes on outside them (a compound or adjective to its left, an "of" phrase, a
restrictive relative clause or another conjunct to its right), or the argument is not headed by a noun.  So the
last gate before an item is built parses the quote (spaCy, the ingest pipeline, cached per sentence) and keeps a
statement only when both arguments read as complete noun phrases there.  General English only: dependency labels,
parts of speech and a short list of determiner-like words that cannot open a noun phrase alone.
"""

from __future__ import annotations

import re

from functools import lru_cache

from wordfreq import zipf_frequency

from proda.datasets import normalize_text
from proda.ingest.extract.lexdata import words as lexicon

# words that leave a phrase dangling when they open it ("other hormones", "even jet fuel", "both bones")
DANGLING = {"other", "even", "both", "such", "only", "also", "another", "same", "certain", "various", "similar",
            "different", "this", "these", "those", "that", "its", "their", "his", "her", "our", "your", "my", "further",
            "additional", "just", "very", "still", "yet", "either", "neither", "each", "former", "latter", "above",
            "below", "following", "previous", "respective", "corresponding", "particular", "specific", "given", "no",
            "more", "less", "fewer", "adjacent", "neighboring", "neighbouring", "surrounding", "nearby"}  # relational: adjacent to what?
_ARTICLES = {"a", "an", "the"}
_NOUNISH = {"NOUN", "PROPN", "NUM", "X", "SYM"}
_BAD_LAST = {"ADP", "DET", "CCONJ", "SCONJ", "ADJ", "ADV", "PART", "AUX", "PRON", "VERB"}
_FINITE = {"VBZ", "VBP", "VBD", "MD"}
# a modifier of the phrase's words outside the phrase means the noun phrase goes on there
# a lost adjective still leaves a phrase; a lost possessor does not ("its release" -> "release": of what?)
_LEFT_CUT = {"compound", "nmod", "nummod", "advmod", "npadvmod", "quantmod", "poss"}
_RIGHT_CUT = {"compound", "conj", "cc", "nummod", "amod", "pobj", "dobj", "nmod"}
# a verb's argument-like preposition after its object: "drove police forces toward ... tactics", "converts X into Y"
_ARG_PREP = {"to", "toward", "towards", "into", "onto"}
GENERAL_ZIPF = 4.2  # a one-word option this common ("energy", "movement", "cell", "death") is too general to be wrong


def general_word(text: str) -> bool:
    """A one-word phrase in everyday use (wordfreq Zipf >= GENERAL_ZIPF): as a distractor it may well be true
    ("energy" for what combustion produces) or be the key's hypernym."""
    words = normalize_text(text).split()
    return len(words) == 1 and zipf_frequency(words[0], "en") >= GENERAL_ZIPF


@lru_cache(maxsize=1)
def _nlp():
    from proda.ingest.extract.nlp import load_nlp

    return load_nlp()


@lru_cache(maxsize=32768)
def parse(text: str):
    return _nlp()(text)


def _key(w: str) -> str:
    w = w.lower().strip("\"'“”‘’")
    for suf in ("ies", "es", "s"):
        if len(w) > 4 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def spans(phrase: str, quote: str, possessives: bool = False) -> list[tuple[int, int]]:
    """Token spans [start, end) of ``phrase`` in the parsed ``quote``, articles of the quote skipped inside (the
    extractor drops them: "presence of significant level" in "presence of a significant level").  A hyphen or a
    slash inside a word is a token of both ("dome-shaped muscle"): dropped from the phrase alone, no phrase with a
    hyphenated word was ever found in its own quote (S14-I).  With ``possessives``, a possessive determiner of the
    quote (PRP$, lexical cloze.possessive_determiners) is skipped too, as the extractor drops it ("chief justice of
    national court" in "chief justice of their national court", S15-K); never where the phrase holds one."""
    doc = parse(quote)
    toks = [t for t in _nlp().tokenizer(phrase) if not (t.is_punct and t.text not in "-/")]
    want = [_key(t.text) for t in toks if t.text.lower() not in _ARTICLES]
    if not want:
        return []
    skip = set(_ARTICLES)
    if possessives and not {t.lower_ for t in toks} & set(lexicon("cloze.possessive_determiners")):
        skip |= {t.lower_ for t in doc if t.tag_ == "PRP$" and t.lower_ in lexicon("cloze.possessive_determiners")}
    idx = [t.i for t in doc if t.text.lower() not in skip and not (t.is_punct and t.text not in "-/")]
    keys = [_key(doc[i].text) for i in idx]
    n, out = len(want), []
    for k in range(len(keys) - n + 1):
        if keys[k: k + n] == want:
            out.append((idx[k], idx[k + n - 1] + 1))
    return out


def _complete_span(doc, a: int, b: int, side: str) -> bool:
    toks = doc[a:b]
    inside = set(range(a, b))
    if toks[0].text.lower() in DANGLING or toks[-1].pos_ in _BAD_LAST and toks[-1].tag_ not in ("NN", "NNS"):
        return False
    roots = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1:
        return False  # not one constituent: "body a tremendous range of movements"
    root = roots[0]
    gerund = root.tag_ == "VBG" and root.i == a and b - a > 1 and toks[-1].pos_ in _NOUNISH  # "releasing hormones"
    if (root.pos_ not in _NOUNISH and not gerund) or root.dep_ in ("conj", "compound", "amod", "poss"):
        return False  # a verb ("glucagon stimulates mechanisms"), a modifier, or one conjunct of a list
    if side == "subject" and root.dep_.startswith("nsubj") and \
            sum(1 for c in root.head.children if c.dep_.startswith("nsubj")) > 1:
        return False  # two subjects of one verb: "Solution [heading] Unlike ..., this one does not involve ..."
    if any((t.tag_ in _FINITE or (t.tag_ == "VB" and t.i > a and doc[t.i - 1].tag_ == "TO"))
           and not _in_relative(t, root) for t in toks):
        return False  # a clause inside: "target cells to decrease their number of receptors"
    for t in toks:
        for c in t.children:
            if c.i in inside:
                continue
            if c.i < a and c.dep_ in _LEFT_CUT and c.text.lower() not in _ARTICLES:
                return False  # "models" of "cartilage models"
            if c.i >= b and "(" in (x.text for x in doc[b: c.i]):
                continue  # a parenthesis: "(or prepotential depolarization)", "(Roberts 2005)"
            if c.i >= b:
                if c.dep_ in _RIGHT_CUT:
                    return False  # "rate" of "rate and strength"
                if c.dep_ == "prep" and (side == "subject" or t.i != root.i or c.text.lower() in ("of", "for")):
                    return False  # "convenient approach for ...", "rotation in relation [to the femur]"
                if c.dep_ in ("relcl", "acl") and not (c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","):
                    return False  # "reaction" of "a reaction that absorbs heat": restricted, not a general fact
    if side == "object" and root.head.i != root.i:
        verb = root.head
        if any(c.dep_ == "prep" and c.i >= b and c.text.lower() in _ARG_PREP for c in verb.children):
            return False  # "drives police forces" of "drove police forces toward more aggressive tactics"
    return True


def _in_relative(t, root) -> bool:
    """``t`` lies in a relative or participial clause that modifies the phrase ("psychologist who focused on ...")."""
    while t.i != root.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False


_NOT_VERB_DEPS = {"compound", "amod", "nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "npadvmod"}


def _verb_parsed(doc, verb: str) -> bool:
    """The statement's verb is parsed as a verb of the sentence; if the small model read "secretes" as a noun
    ("The pancreas secretes glucagon." -> compound), its constituents cannot be trusted either."""
    v = verb.lower()
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in _NOT_VERB_DEPS
               and (not v or t.lemma_.lower() == v or t.text.lower().startswith(v[:4]))
               and (t.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in t.children))
               for t in doc)


@lru_cache(maxsize=65536)
def complete_np(phrase: str, quote: str, side: str = "object", verb: str = "") -> bool:
    """``phrase`` reads as a complete noun phrase where ``quote`` names it (some occurrence does); when the quote
    does not contain it token by token, the phrase parsed alone must be headed by a noun and not dangle.  ``verb``:
    the statement's verb lemma, to tell a parse that found the clause from one that did not."""
    words = normalize_text(phrase).split()
    if not words or words[0] in DANGLING:
        return False
    if not quote.strip():
        return False
    found = spans(phrase, quote)
    doc = parse(quote)
    if found and not _verb_parsed(doc, verb):
        return True  # the parse missed the clause: it cannot judge its constituents, the word checks stand
    if found:
        return any(_complete_span(doc, a, b, side) for a, b in found)
    alone = parse(phrase)
    roots = [t for t in alone if t.head.i == t.i]
    return len(roots) == 1 and roots[0].pos_ in _NOUNISH and alone[-1].pos_ not in _BAD_LAST


_DEFINE_VERBS = {"be", "refer", "mean", "denote", "define"}
# complements that place a thing (an example, a part, a product, a threat, a way of seeing) without saying what kind
# of thing it is, or relate it to another thing ("the origin of ..."): audit round 3 rejected "Polarization is a
# systemic threat ...", "North Korea is an example of ...", "The security dilemma is the byproduct of ..." as
# definitions, the read-back "The palm is the origin of the intrinsic muscles of the hand".  Data: lexical [cloze]
# relation_genera (shared with the cloze's copula stem) and placing_genera.
def not_genus() -> set[str]:
    return lexicon("cloze.relation_genera") | lexicon("cloze.placing_genera")


def names_a_class(genus) -> bool:
    """A relation genus that is also a class noun ([cloze] class_genera) names X's class when an indefinite article
    and its own restricting clause or phrase come with it: "A polling place is a place where voters ...", "A senator
    is a member of the Senate who ..." define; "The sun is the center of the solar system" relates (reviewer R15)."""
    return (genus.lemma_.lower() in lexicon("cloze.class_genera")
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in genus.children)
            and any(c.dep_ in ("relcl", "acl", "prep") for c in genus.children))


# "X is the Y—that is, <gloss>": the gloss says what Y is, the sentence only that X holds that role (audit round 10:
# "The king of Morocco is the head of state—that is, the leader who represents ...")
_GLOSS = re.compile(r"(—|–|,|;|\()\s*(that is|i\.e\.|in other words)\b", re.IGNORECASE)
_CONTRAST = {"while", "whereas", "although", "though"}
# complements that name a kind only through their "of" noun ("a form of arthritis that ...")
PARTITIVE = {"form", "type", "kind", "sort", "variety", "category", "class", "subset", "branch", "subtype"}
_RANKING = {"more", "less", "most", "least", "another", "other", "first", "last", "main", "major", "key", "important", "only",
            "leading", "primary", "principal", "best", "worst"}


def defines(name: str, sentence: str) -> bool:
    """``sentence`` defines ``name`` by genus and differentia: its main clause has ``name`` (alone, not one of a
    list) as subject, a copula or define-verb ("is", "refers to", "means", "is defined as") and as complement a noun
    (one, not "a slower lizard and an easier meal") that a relative clause, participle or prepositional phrase
    narrows down ("a label that describes ...", "a civil force in charge of ...").  "Speeding is a deviant act, but
    ...", "Larceny, car theft, and vandalism are all types of ...", "because a clean environment is a social value
    to them" and "X is the study of ..."-free remarks are not definitions."""
    if not sentence.strip():
        return False
    doc = parse(sentence)
    for a, b in spans(name, sentence):
        if a > 1 or (a == 1 and doc[0].text.lower() not in _ARTICLES):
            continue
        subj = [t for t in doc[a:b] if t.head.i not in range(a, b)]
        if len(subj) != 1 or subj[0].dep_ not in ("nsubj", "nsubjpass"):
            continue
        subj = subj[0]
        verb = subj.head
        if verb.dep_ != "ROOT" or verb.lemma_ not in _DEFINE_VERBS or verb.tag_ == "VBD":
            continue  # "The Haber process was a boon to agriculture": a past event or verdict, no definition
        if any(c.dep_ in ("conj", "appos", "cc") for c in subj.children):
            continue  # "Larceny, car theft, and vandalism are ..."
        if sum(1 for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")) != 1:
            continue
        genus = _complement(verb)
        if genus is None or genus.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "conj" for c in genus.children):
            continue
        # "X is one of ...": a member; "questions are ones that ...": the plural pro-form stands for X's own class
        barred = not_genus() - ({"one"} if genus.tag_ == "NNS" else set())
        if genus.lemma_.lower() in barred and not names_a_class(genus):
            continue  # "X is a systemic threat", "an example of", "the byproduct of", "a natural part of": no class
        if any(c.dep_ == "det" and c.lower_ == "the" for c in genus.children) and _GLOSS.search(
                doc[genus.i:].text):
            continue  # "X is the head of state—that is, the leader who ...": the gloss defines the complement
        if genus.lemma_.lower() == "way" and not any(c.dep_ == "relcl" for c in genus.children):
            continue  # "a classic realist way of seeing ...": a view of X; "the way in which ..." says what X is
        if any((c.dep_ == "conj" or c.dep_ == "advcl" and {x.lower_ for x in c.children} & _CONTRAST) and any(
                x.dep_ in ("nsubj", "nsubjpass") and x.lower_ not in ("it", "they", "this", "which", "that")
                for x in c.children) for c in verb.children):
            continue  # "..., while asylum-seekers are those ...", "..., and someone specializing in ... studies"
        if genus.lemma_.lower() in PARTITIVE:  # "a form of arthritis that ...": the class is the "of" noun
            inner = [g for c in genus.children if c.dep_ == "prep" and c.text.lower() == "of"
                     for g in c.children if g.dep_ == "pobj"]
            if not inner or not (any(c.dep_ in ("relcl", "acl", "prep") for c in inner[0].children)
                                 or any(c.dep_ in ("relcl", "acl") for c in genus.children)):
                continue  # "Radioactivity is a form of air pollution": which form, the sentence does not say
            return True
        if any(c.tag_ in ("JJS", "RBS") or c.text.lower() in _RANKING or c.pos_ == "NUM"
               for c in genus.subtree if c.i < genus.i) or \
                any(c.dep_ == "advmod" for c in verb.children if c.i < genus.i):
            continue  # "the most frequently injured joint", "simply another form of", "is 6.0 mol/L/s": no class
        if any(c.dep_ in ("relcl", "acl", "prep") for c in genus.children):
            return True
    return False


def _complement(verb):
    """The noun a definition's verb equates its subject with: attr of "is", object of "means", object of the
    "to" of "refers to" or of the "as" of "is defined as"."""
    for c in verb.children:
        if c.dep_ in ("attr", "dobj"):
            return c
    for c in verb.children:
        if c.dep_ == "prep" and c.text.lower() in ("to", "as"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _verb_tokens(doc, verb: str):
    v = verb.lower()
    return [t for t in doc if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() == v or t.text.lower().startswith(v[:4]))]


def passive_subject(phrase: str, quote: str, verb: str) -> bool:
    """The quote has ``phrase`` as the passive subject of ``verb`` ("The medial elbow is supported by ..."): an
    active statement "medial elbow supports ..." turned the sentence round."""
    doc = parse(quote)
    verbs = {t.i for t in _verb_tokens(doc, verb)}
    return any(t.dep_ == "nsubjpass" and t.head.i in verbs for a, b in spans(phrase, quote) for t in doc[a:b])


def main_clause(quote: str, verb: str) -> bool:
    """``verb`` is the main verb of the quote (or conjoined with it), not inside a relative or adverbial clause:
    "an emergency in which the ventricles do not pump blood" states no general fact about ventricles."""
    doc = parse(quote)
    return any(t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT") for t in _verb_tokens(doc, verb))


def loose_which(quote: str, verb: str) -> bool:
    """The statement's verb has ", which" as its subject in the quote: such a "which" may stand for the whole
    preceding clause ("absorbed by the solution, which increases its temperature"; "spins turbines, which in turn
    produces electricity"), so the noun before it is no safe subject."""
    v = verb.lower()
    for t in parse(quote):
        if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() == v or t.text.lower().startswith(v[:4])):
            for c in t.children:
                if c.dep_.startswith("nsubj") and c.text.lower() == "which" and c.i and parse(quote)[c.i - 1].text == ",":
                    return True
    return False


__all__ = ["complete_np", "defines", "loose_which", "passive_subject", "main_clause", "general_word", "spans", "parse", "DANGLING", "GENERAL_ZIPF"]


GROW = frozenset({"compound", "amod", "nmod", "poss", "nummod"})  # a cut phrase is a modifier of the noun it names


def grown_roots(doc, phrase: str, quote: str, nouns_only: bool = False, possessives: bool = False):
    """Per span (a, b) of ``phrase`` in ``quote`` (parsed as ``doc``) whose tokens have one root: ``(a, b, t)``, the
    root grown through its modifier arcs (``GROW``) to the noun it modifies ("blood" of "blood flow" -> "flow"),
    where ``nouns_only`` only into a NOUN or PROPN head.  One walk for the cloze's object slot and its passive
    subject (cloze.blank_span, cloze_slots._passive_verb); ``possessives`` as in ``spans``."""
    for a, b in spans(phrase, quote, possessives):
        inside = set(range(a, b))
        roots = [t for t in doc[a:b] if t.head.i not in inside or t.head.i == t.i]
        if len(roots) != 1:
            continue
        t = roots[0]
        while t.dep_ in GROW and (not nouns_only or t.head.pos_ in ("NOUN", "PROPN")) and t.head.i != t.i:
            t = t.head
        yield a, b, t
