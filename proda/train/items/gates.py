"""Last gates on an item built from a statement: its tense, its scope, its English, its cues (audit round 3).

Why each gate (the judges' reasons, docs/audits/independent-2026-11-29/round3/*-train.csv):
- tense: "Eric Garner was killed by an officer ..." became "Officer ... kills Eric Garner": a past event told in the
  present is false English and a false claim, so a statement keeps the tense of its quote's verb (``tense``);
- scope: "In semi-presidential systems, the president's authority is not dependent on the legislature" became a
  universal claim, "Initially, all venous blood flows into the sinus venosus" lost its "initially", "Deprived of
  glucose, cells rely on fat stores" lost its condition: a qualifier of the verb's clause that the item does not
  carry means no item (``dropped_qualifier``);
- English: "Hormones produced by the anterior pituitary drains": the rendered sentence is parsed, its root must be
  the statement's verb with the statement's subject, agreeing in number (``reads_as_english``);
- cues: a replacement named elsewhere in the claim ("after Garner had ..." + Eric Garner) or a subject holding a
  possessive pronoun that may point at the key ("at her apartment") gives a false claim away (``cued``);
- unanswerable: an open question about the agent of a passive ("Hypothalamic hormones are secreted by neurons" ->
  "What do neurons secrete?") asks about a topic the sentence is not about, so its answer is not the one
  (``passive_agent``);
- layout: "12mv2" for "1/2 mv^2": a formula that lost its fractions and superscripts teaches a wrong-looking formula
  (``garbled_formula``).
General English only: dependency labels, Penn tags and a few function words; nothing of one book.
"""

from __future__ import annotations

import re
from functools import lru_cache

from proda.datasets import normalize_text
from proda.train.items.phrases import parse, spans

# adverbs that narrow when, how often or how far a fact holds ("initially", "only", "usually", "largely"); a manner
# adverb ("tightly regulated", "flows passively") or a linking one ("also", "however") leaves the fact true without it
_QUALIFYING = {"only", "usually", "initially", "largely", "often", "typically", "rarely", "sometimes", "mostly",
               "primarily", "partly", "partially", "mainly", "generally", "normally", "eventually", "first", "later",
               "once", "previously", "currently", "formerly", "originally", "increasingly", "frequently", "commonly",
               "occasionally", "seldom", "just", "predominantly", "chiefly", "especially", "particularly", "almost",
               "nearly", "hardly", "barely", "ultimately", "temporarily", "briefly", "slightly", "somewhat",
               "relatively", "less", "more", "most", "least", "mostly", "historically", "traditionally", "recently",
               "today", "now", "sometime", "subsequently", "later", "early", "soon", "already", "still", "no", "longer",
               "potentially", "possibly", "probably", "likely", "perhaps", "apparently", "allegedly", "reportedly",
               "theoretically", "ideally", "arguably", "necessarily", "rather"}
# a fronted phrase that links to the previous sentence ("In addition", "In contrast", "In fact") narrows nothing
_LINKING = {"addition", "contrast", "fact", "turn", "short", "summary", "sum", "conclusion", "particular", "other",
            "words", "comparison", "practice", "effect", "essence", "brief", "result", "example", "instance"}
# prepositions that narrow where, when or among whom a fact holds ("in semi-presidential systems", "during exercise")
_SCOPE_PREP = {"in", "during", "under", "within", "among", "after", "before", "since", "until", "at", "for", "without",
               "unlike", "except", "upon", "on", "with", "as"}
# subordinators of a condition or a time that bound a clause ("when", "if", "unless")
_CONDITION = {"if", "when", "whenever", "unless", "while", "until", "once", "after", "before", "provided"}
# after the verb, only these open a scope rather than an argument or a modifier of the object the parser misplaced
_SCOPE_AFTER = {"in", "during", "under", "among", "without", "unlike", "except"}
_POSSESSIVE = {"her", "his", "its", "their", "our", "my", "your"}
_PAST_AUX = {"was", "were", "had", "did"}
# a lower-case letter group glued to digits ("12mv2", "mv2", "r2"): a fraction or a power lost its layout
_GARBLED = re.compile(r"(?<![\w^])(\d+[a-z]{1,3}\d+|[a-z]{1,2}\d)(?![\w])")
# "+12 or −12" for "+1/2 or −1/2": a signed pair of the same unit fraction whose slash was lost
_SIGNED_PAIR = re.compile(r"[+±]\s?(1\d)\b\s*(?:or|and|to|,|/)\s*[−–-]\s?\1\b")


def _verb(doc, lemma: str, obj: str = "", quote: str = ""):
    """The token of the statement's verb in the parsed quote: the one that governs the object where the object is
    given ("... decrease sympathetic stimulation and increase parasympathetic stimulation"), else the main-clause
    one when several match."""
    v = lemma.split("_", 1)[0].lower()
    found = [t for t in doc if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() == v or
                                                              (len(v) > 3 and t.text.lower().startswith(v[:4])))]
    if v == "be":  # "is dependent on": the copula, or the adjective/participle it carries
        found = [t for t in doc if t.lemma_.lower() == "be"] or found
    if obj and quote:
        at = {t.i for a, b in spans(obj, quote) for t in doc[a:b]}
        governing = [t for t in found if at & {x.i for x in t.subtree}
                     and not any(at & {x.i for x in c.subtree} for c in t.children if c.dep_ == "conj")]
        if governing:
            return governing[0]
    main = [t for t in found if t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT")]
    return (main or found or [None])[0]


@lru_cache(maxsize=65536)
def tense(quote: str, lemma: str, obj: str = "") -> str:
    """"past" when the quote tells the statement's verb in a past tense ("was killed", "had eliminated", "rose",
    "did not"), "present" otherwise, "" when the verb is not found."""
    if not quote.strip():
        return ""
    t = _verb(parse(quote), lemma, obj, quote)
    if t is None:
        return ""
    if t.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.text.lower() in _PAST_AUX for c in t.children):
        return "past"
    if t.dep_ == "conj" and t.tag_ == "VBN" and tense(quote, t.head.lemma_) == "past":
        return "past"  # "were elected and served": the second verb shares the first's auxiliary
    return "present"


def _covered(doc, phrases: tuple[str, ...], quote: str) -> set[int]:
    out: set[int] = set()
    for p in phrases:
        for a, b in spans(p, quote):
            for t in doc[a:b]:
                out |= {x.i for x in t.subtree} if t.head.i not in range(a, b) else {t.i}
    return out


@lru_cache(maxsize=65536)
def dropped_qualifier(quote: str, lemma: str, subject: str, obj: str) -> str:
    """The qualifier of the statement's clause in ``quote`` that an item of (subject, verb, object) would drop
    ("In semi-presidential systems", "Initially", "Deprived of glucose", "when ..."), or "" when there is none."""
    if not quote.strip():
        return ""
    doc = parse(quote)
    v = _verb(doc, lemma, obj, quote)
    if v is None:
        return ""
    heads, h = [v], v
    while h.head.i != h.i and h.dep_ in ("conj", "acomp", "xcomp") and len(heads) < 6:
        h = h.head
        heads.append(h)  # a fronted qualifier of the first conjunct scopes over the later ones
    if v.lemma_ == "be":
        heads += [c for c in v.children if c.dep_ in ("acomp", "attr")]  # "is not dependent on ..."
    covered, subj = _covered(doc, (subject, obj), quote), _covered(doc, (subject,), quote)
    subj_at = min(subj) if subj else v.i
    for h in heads:
        for c in h.children:
            if c.i in covered or (h.i != v.i and c.i >= subj_at):
                continue  # after the subject, a modifier of another conjunct is that conjunct's own
            words = " ".join(t.text for t in c.subtree)
            if c.dep_ == "advcl":
                marks = {m.text.lower() for m in c.children if m.dep_ == "mark" or m.dep_ == "advmod" and m.i < c.i}
                if marks == {"as"} and c.tag_ == "VBN" and not any(x.dep_.startswith("nsubj") for x in c.children):
                    continue  # "As mentioned above, ...": a pointer to the text, no condition
                if c.i < subj_at or marks & _CONDITION:
                    return words  # "Deprived of glucose, ...", "... when blood glucose falls"
            elif c.dep_ in ("advmod", "npadvmod") and c.i != v.i and {x.text.lower() for x in c.subtree} & _QUALIFYING:
                return words  # "Initially", "typically", "increasingly", "One way or another"
            elif c.dep_ == "prep" and c.text.lower() in _SCOPE_PREP:
                if any(x.i in covered for x in c.subtree):
                    continue  # the object's own preposition ("rely on fat stores")
                if [x.text.lower() for x in c.subtree][1:] and all(
                        x.text.lower() in _LINKING for x in c.subtree if x.i != c.i and x.pos_ in ("NOUN", "ADJ")):
                    continue  # "In addition, ...", "In contrast, ..."
                if c.i < subj_at or (h.i == v.i and c.i > v.i and c.text.lower() in _SCOPE_AFTER):
                    return words  # "In semi-presidential systems, ...", "... during exercise"
    return ""


@lru_cache(maxsize=65536)
def passive_agent(quote: str, lemma: str, subject: str) -> bool:
    """``subject`` is the by-agent of the statement's passive verb in ``quote`` ("Hypothalamic hormones are secreted
    by neurons"): the sentence is about its passive subject, not about what the agent does in general."""
    doc = parse(quote)
    v = _verb(doc, lemma)
    if v is None:
        return False
    agents = [c for c in v.children if c.dep_ == "agent"]
    covered = _covered(doc, (subject,), quote)
    return any(x.i in covered for a in agents for x in a.subtree)


def universal_passive(quote: str, lemma: str, subject: str) -> bool:
    """``subject`` is the by-agent of a passive whose subject is universal ("Every fiber is innervated by a motor
    neuron", audit round 11): read active ("a motor neuron innervates every fiber") it says one agent reaches them
    all, so no claim is made of it (the extractor drops such triples now, ``slips.quantifier_flipped``; this guards
    KBs built before).  A plain passive subject ("Insulin is secreted by the beta cells") stays."""
    from proda.ingest.extract.lexdata import words

    if not passive_agent(quote, lemma, subject):
        return False
    v = _verb(parse(quote), lemma)
    universal = words("remainders.universal")
    return any(c.dep_ == "nsubjpass" and (c.lower_ in universal or any(
        d.dep_ in ("det", "predet") and d.lower_ in universal for d in c.children)) for c in v.children)


def _number(tok) -> str:
    if tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children):
        return "plural"
    return "singular" if tok.tag_ in ("NN", "NNP") else ""


def _singular_in_use(word: str) -> bool:
    """The singular lemminflect gives a plural-looking noun is a word in use (wordfreq): "ganglia" of "ganglion",
    "criteria" of "criterion"; not "hyperplasia", a mass noun lemminflect reads as the plural of "hyperplasium",
    which no one writes ("What are hyperplasia?", audit round 11)."""
    from lemminflect import getLemma
    from wordfreq import zipf_frequency

    return any(s != word and zipf_frequency(s, "en") > 0 or s == word for s in getLemma(word, "NOUN"))


@lru_cache(maxsize=65536)
def subject_plural(phrase: str) -> bool | None:
    """Whether a subject noun phrase takes a plural verb, judged on its head noun found by the parse, not on its
    last word ("Hormones produced by the anterior pituitary" is plural); None when the parse finds no noun head.
    The head's number comes from lemminflect (``is_plural``): the small parser tags "pancreas" as a plural.  A head
    that ends in -s is plural only where the parse agrees (tag NNS/NNPS): lemminflect reads any -s noun it does not
    know as a plural, so "bulbus cordis" gave "What are bulbus cordis?" (round 12 review), while the parse tags such
    a name NN/NNP and a real plural ("ventricles", "reactants") NNS.  A plural whose singular no one writes
    ("hyperplasia" read as of "hyperplasium") is a mass noun (``_singular_in_use``)."""
    from proda.lexicon.inflect import is_plural

    doc = parse(phrase)
    roots = [t for t in doc if t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN"):
        return None
    root = roots[0]
    if any(c.dep_ == "conj" and any(x.text.lower() == "and" for x in root.children) for c in root.children):
        return True  # "T3 and T4"
    if not is_plural(root.text) or not _singular_in_use(root.lower_):
        return False
    if root.lower_.endswith("s") and root.tag_ not in ("NNS", "NNPS"):
        low = parse(phrase[:1].lower() + phrase[1:])  # "Hormones produced by ..." opens the phrase: tagged NNP
        return len(low) == len(doc) and low[root.i].tag_ in ("NNS", "NNPS")
    return True


def _agrees(text: str, lemma: str, subject: str) -> bool:
    """The word after ``subject`` in ``text``, where it is a present form of the verb, agrees with the subject's
    number (by ``subject_plural``): "Hormones produced by ... drains" does not, whatever the parser makes of it."""
    from proda.lexicon.inflect import inflect

    at = text.lower().find(subject.lower())
    rest = text[at + len(subject):].split() if at >= 0 else []
    plural = subject_plural(subject)
    if not rest or plural is None:
        return True
    w, v = rest[0].lower(), lemma.split("_", 1)[0].lower()
    third, bare = ("is", "are") if v == "be" else (inflect(v, "VBZ"), inflect(v, "VBP"))
    if third == bare:
        return True
    return not (plural and w in (third, "does", "has") or not plural and w in (bare, "do"))


@lru_cache(maxsize=65536)
def reads_as_english(text: str, lemma: str, subject: str = "") -> bool:
    """The rendered claim shows no agreement error where the parse finds the statement's verb with a subject
    ("Hormones produced by the anterior pituitary drains into circulation" fails).  Where the small parser does not
    find the verb at all ("The pancreas secretes insulin" read as one noun phrase) the claim stands: its verb was
    conjugated for the subject's parsed number (``subject_plural``), so a misparse is no evidence of bad English."""
    if subject and not _agrees(text, lemma, subject):
        return False
    doc = parse(text.rstrip(".") + ".")
    v = lemma.split("_", 1)[0].lower()
    for t in doc:
        if t.pos_ not in ("VERB", "AUX") or not (t.lemma_.lower() == v or (len(v) > 3 and t.text.lower().startswith(v[:4]))):
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) > 1:
            return False  # two subjects of one verb: a clause spliced into the subject
        if not subj:
            continue
        tags = {x.tag_ for x in [t] + [c for c in t.children if c.dep_ in ("aux", "auxpass")]}
        n = _number(subj[0])
        if n == "plural" and "VBZ" in tags or n == "singular" and "VBP" in tags:
            return False
    return True


def cued(claim_text: str, replacement: str, subject: str) -> bool:
    """A false claim gives itself away: the replacement's words occur elsewhere in the claim ("... after Garner had
    allegedly committed a misdemeanor kills Eric Garner"), or the subject holds a possessive pronoun that may point
    at the original object ("police ... at her apartment")."""
    rest = normalize_text(claim_text).replace(normalize_text(replacement), " ", 1).split()
    words = [w for w in normalize_text(replacement).split() if len(w) > 2]
    if any(w in rest for w in words):
        return True
    return bool(set(normalize_text(subject).split()) & _POSSESSIVE)


def garbled_formula(text: str) -> bool:
    """The text carries a formula that lost its layout ("12mv2" for "1/2 mv^2"): letters glued to digits in
    lower case, which chemical formulas (upper case: "CO2", "H2O") are not; or a signed pair of one two-digit
    number ("either +12 or −12" for "+1/2 or −1/2", round 11)."""
    return bool(_GARBLED.search(text) or _SIGNED_PAIR.search(text))


@lru_cache(maxsize=65536)
def spliced(quote: str, subject: str) -> bool:
    """The subject carries an adverbial clause of the quote ("officer using a chokehold after Garner had allegedly
    committed a misdemeanor"): a clause about an event spliced into a noun phrase does not read as one."""
    doc = parse(quote)
    return any(t.dep_ == "advcl" for a, b in spans(subject, quote) for t in doc[a:b])


def heading(quote: str) -> bool:
    """A title, not a sentence: no final stop and most words capitalised ("Catalysts Do Not Affect Equilibrium")."""
    q = quote.strip()
    words = [w for w in q.split() if w[:1].isalpha()]
    return bool(words) and not q.endswith((".", "!", "?", '"', "”", ")")) and \
        sum(w[:1].isupper() for w in words) > 0.6 * len(words) and len(words) > 2


def keeps_scope(s: dict) -> bool:
    """An item of (subject, verb, object) keeps what the quote says (``scope_lost`` says what it loses); cached."""
    if "_scope" not in s:
        s["_scope"] = not scope_lost(s)
    return s["_scope"]


def scope_lost(s: dict) -> str:
    """What an item of (subject, verb, object) would lose of its quote, "" when nothing: a qualifier of its clause
    dropped, a clause spliced into its subject, a heading (not a sentence), a formula without its layout.  Named
    ("keeps_scope:spliced") so that ``benchmarks/train_funnel.py`` reports this gate, not a copy of it."""
    q = s.get("quote") or ""
    if dropped_qualifier(q, s["lemma"], s["subject"], s["object"]):
        return "keeps_scope:dropped_qualifier"
    if spliced(q, s["subject"]):
        return "keeps_scope:spliced"
    if heading(q):
        return "keeps_scope:heading"
    if garbled_formula(f"{s['subject']} {s['object']} {q}"):
        return "keeps_scope:garbled_formula"
    return ""


__all__ = ["keeps_scope", "scope_lost", "spliced", "heading", "tense", "dropped_qualifier", "passive_agent",
           "universal_passive", "subject_plural", "reads_as_english", "cued", "garbled_formula"]
