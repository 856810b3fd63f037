"""Cloze gate for a stem that says nothing but its subject (read-back of 2026-11-30): the blank is the whole
predicate, so a student who read the book cannot tell which of its sentences about the subject is meant.

Why: the judges refused "The forearm is _____." (-> "the origin of the extrinsic muscles of the hand"),
"Cyberbullying is _____." (-> "a special feature of the Internet"), "The world is filled with _____." (-> "symbols"),
and in round 10 "Prime ministers have also utilized _____." and "Zone D holds _____.": many answers fit.  A stem
fixes its blank when, besides the subject, it carries a word of its own (a noun, an adjective, a number or a verb
that is not a light one: "pumps", "adapt to", "in dry summers", "is an example of").  A copula with nothing else
fixes it only when the blank defines the subject: the KB stores that definition for the subject, or the blank is a
class noun narrowed by a clause or phrase of its own ("the long bone that joins ...", "the study of ...", "the
largest bone in ...", "tissue just inferior to ..."), not a relation to something else ("the origin of", "a feature
of", "a form of"), a bare noun ("a symbol") nor a genus only placed in a field or a group ("a very fundamental
quantity in Astronomy and Astrophysics", audit round 15; ``_scope_only``); or the subject lists things and the blank
is the plural class they share ("Sports uniforms, company logos, and traffic signs are _____." -> "symbols").  The
subject's own restricting words count too where they single out one thing ("The SI unit of energy is _____.", "The
hormone that lowers blood glucose is _____.", "The largest gland in ...", a KB term "Endocrine communication involves
_____."), not a bare head ("The forearm is _____."); a verb of change under "may"/"can" ("Drug use may increase
_____.") is light.

Measured on the judged sheets (one-row KBs from each judged cloze's quote and key): copula-only stems were judged
right 5 times ("Financial crises are _____.", "The ligand in heme is _____.", round 9) and wrong 2 times (the
read-back's); as a class they stay under the 90 % target, so they go.  Audit round 16: a light verb of having,
making or doing ("ASEAN has _____.", "MNCs do exert _____.", "Feminists engaged in _____.", judged borderline) is
light too, and a key that is a collection of general things ("a common sequence of events") is refused
(``collection_key``); those verbs ([cloze] active_light_verbs) only in the active and without a particle ("The atoms
are made up of _____." keeps its cue).  The words are data (``patterns/lexical.toml``
[cloze] ``light_verbs``, ``relation_genera``; ``args.relational``, ``precision.relation_heads``)."""

from __future__ import annotations

import re

from proda.datasets import normalize_text
from proda.ingest.extract.lexdata import words
from proda.lexicon import family_of
from proda.train.items.phrases import general_word

_CUE_POS = {"NOUN", "PROPN", "ADJ", "NUM", "VERB"}
_NARROWING = {"relcl", "acl", "prep"}  # what narrows a genus to the defined thing


def _subject_tokens(doc) -> set[int]:
    """The main clause's subjects and their words before the main verb (the parse hangs a later apposition on a
    subject now and then: "X flows into Y, normally the largest veins ...")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    out: set[int] = set()
    for t in doc:
        if t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.dep_ == "ROOT":
            out |= {u.i for u in t.subtree if root is None or u.i < root.i}
    return out


def _hedged_effect(doc) -> bool:
    """The main verb is a verb of change or cause under a modal of possibility ("Drug use may increase _____."): the
    stem names one of many possible effects, so neither the verb nor the subject's words fix the blank."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return root is not None and open_effect(root.lemma_) and any(
        c.dep_ == "aux" and c.lower_ in words("cloze.possibility_modals") for c in root.children)


def open_effect(lemma: str) -> bool:
    """A verb of change or cause: [cloze] open_effect_verbs, or any verb of the lexicon's causal predicate families
    ([cloze] open_effect_families: "induce", "provoke", "boost", "hinder" ...; reviewer R15)."""
    lemma = lemma.lower()
    return lemma in words("cloze.open_effect_verbs") or family_of(lemma) in words("cloze.open_effect_families")


def open_subject(doc) -> bool:
    """The main clause's one subject has a head that names a relation, a purpose, a verdict or only people ([cloze]
    open_subject_heads: "The function of the heart", "The main problem", "The people who live there"): its
    restricting words say whose, not which of many descriptions the predicate holds (reviewer R15)."""
    subj = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    return len(subj) == 1 and subj[0].lemma_.lower() in words("cloze.open_subject_heads")


def _content(tokens) -> list[str]:
    return [t.text for t in tokens if t.pos_ in _CUE_POS and not t.is_stop]


def _is_name(phrase: str, concepts: list[dict], repeated) -> bool:
    """``phrase`` is a term of the KB (a concept's name) or a name its quotes repeat (``repeated``: a count)."""
    key = normalize_text(phrase)
    return any(c.get("term") is not False and normalize_text(c.get("name") or "") == key for c in concepts) or (
        repeated is not None and repeated(phrase.lower()) >= 2)


def subject_cues(doc, concepts: list[dict] = (), repeated=None) -> list[str]:
    """The subject's own words that say which one thing it is (reviewer, 2026-11-30: "The SI unit of energy is
    _____.", "The hormone that lowers blood glucose is _____.", "The largest gland in the human body is _____."):
    on a definite head ("the"), an "of" phrase, a relative or participle clause, a superlative, an ordinal or a
    singling adjective ([cloze] singling_adjectives: "the only", "the chief"); on a definite or bare head, its
    adjective or noun modifiers when the modified phrase is a term of the KB or a name the quotes repeat
    ("Endocrine communication involves _____."), never before a copula (audit round 11: "The nervous system is
    _____." -> "a very complex organ system", "Taco Bell is _____."; the name says what the sentence is about, not
    which of its descriptions the blank holds).  A bare head ("The forearm", "Cyberbullying"), an indefinite or
    quantified one ("A tower of ...", "Many farmers") or a list says nothing narrower."""
    subj = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    if len(subj) != 1 or any(c.dep_ == "conj" for c in subj[0].children) or _hedged_effect(doc) or open_subject(doc):
        return []
    head = subj[0]
    det = [c.lower_ for c in head.children if c.dep_ in ("det", "poss", "predet", "nummod")]
    if det and det != ["the"]:
        return []
    single = words("cloze.singling_adjectives") | words("cloze.ordinals")
    out: list[str] = []
    if det:
        for c in head.children:
            if c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and c.lower_ == "of":
                out += _content(c.subtree)
            elif c.dep_ == "amod" and c.i < head.i and (c.tag_ == "JJS" or c.lower_ in single
                                                          or any(x.lower_ == "most" for x in c.children)):
                out.append(c.text)
    if not out and head.head.lemma_.lower() != "be":  # round 11: "The nervous system is _____.", a term, is open
        mods = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
        if mods and _is_name(doc[min(m.left_edge.i for m in mods): head.i + 1].text, concepts, repeated):
            out += [m.text for m in mods]
    return out


def cues(doc, span, concepts: list[dict] = (), repeated=None) -> list[str]:
    """The words of the stem, besides the blank, that say something: content words outside the subject that are no
    light verb (a relational noun counts: "is an example of _____" says how the blank relates to the subject; a verb
    of change under "may"/"can" is light, ``_hedged_effect``), and the subject's own restricting words
    (``subject_cues``)."""
    subj = _subject_tokens(doc)
    light = words("cloze.light_verbs")
    hedged, effects = _hedged_effect(doc), words("cloze.open_effect_verbs")
    return [t.text for t in doc if t.i not in subj and not (span.start <= t.i < span.end) and t.pos_ in _CUE_POS
            and (t.pos_ == "VERB" or not t.is_stop) and t.lemma_.lower() not in light and t.lower_ not in light
            and not _active_light(t) and not (hedged and (t.lemma_.lower() in effects or t.lower_ in effects
                                 or t.pos_ == "VERB" and open_effect(t.lemma_)))] + subject_cues(doc, concepts, repeated)
    # a verb counts unless it is a light one: spaCy's stop list holds "made", "move", "show", "put"


def _active_light(t) -> bool:
    """A verb of [cloze] active_light_verbs in its light use: active, with no particle ("ASEAN has _____.", "MNCs do
    exert _____.", "Feminists engaged in _____.", "a sperm makes _____." -> "contact with ..."; audit round 16).  In
    the passive or with a particle it has a meaning of its own ("The atoms are made up of _____.")."""
    return t.lemma_.lower() in words("cloze.active_light_verbs") and not any(
        c.dep_ in ("auxpass", "prt", "nsubjpass") for c in t.children)


def _genus_defines(span) -> bool:
    """The blank is a class noun narrowed by a clause or phrase of its own, or a superlative ("the largest bone in
    the leg"): it says which thing the subject is.  Not a relation to another thing ("the origin of the tendons",
    "a feature of the city") nor a bare or merely modified noun ("a symbol", "modified sweat glands")."""
    head = span.root
    relation = words("cloze.relation_genera") | words("args.relational") | words("precision.relation_heads")
    if head.lemma_.lower() in relation or head.lower_ in relation:
        return False
    single = words("cloze.singling_adjectives") | words("cloze.ordinals")
    return any((c.dep_ in _NARROWING or c.dep_ == "amod" and c.i > head.i) and not _scope_only(head, c)
               for c in head.children) or any(
        c.tag_ == "JJS" or c.lower_ == "most" or c.lower_ in single for c in head.subtree if c.i < head.i)


def _scope_only(head, prep) -> bool:
    """``prep`` only places a modified or quantified genus in a field, a place or a group ("a very basic quantity
    [in physics and engineering]", "a central structure [in many societies]", "a problem [in many arenas]"; audit
    round 15: "Luminosity is _____." -> "a very fundamental quantity in Astronomy and Astrophysics"): it says where
    the thing matters, not which thing it is.  Its object is bare nouns (a coordination, a quantifier of [cloze]
    scope_quantifiers allowed), and the genus has a modifier of its own before it or the object is quantified; not
    "the resident immune cells [in the brain]" (a determined place says which), "a rise [in prices]" (the bare
    genus's argument) nor "a tax [on imports]" (no placing preposition, [cloze] scope_preps)."""
    if prep.dep_ != "prep" or prep.lower_ not in words("cloze.scope_preps"):
        return False
    objs = list(prep.children)
    if len(objs) != 1 or objs[0].dep_ != "pobj" or objs[0].pos_ not in ("NOUN", "PROPN"):
        return False
    quantifiers = words("cloze.scope_quantifiers")
    quantified = False
    for u in objs[0].subtree:
        if u.i == objs[0].i or u.dep_ == "cc" or (u.dep_ == "conj" and u.pos_ in ("NOUN", "PROPN")
                                                  and not list(u.children)):
            continue  # "in physics and engineering"
        if u.dep_ in ("amod", "det") and u.lower_ in quantifiers:
            quantified = True
            continue
        return False
    return quantified or any(c.dep_ in ("amod", "compound") and c.i < head.i for c in head.children)


def _common_class(doc, span) -> bool:
    """The subject lists three or more things and the blank is a plural noun: what they have in common ("Sports
    uniforms, company logos, and traffic signs are _____." -> "symbols", judged right by the read-back)."""
    subj = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    members = [t for t in subj[0].subtree if t.dep_ == "conj"] if subj else []
    return len(members) >= 2 and span.root.tag_ == "NNS"


def _kb_defines(subject: str, answer: str, concepts: list[dict]) -> bool:
    """The KB stores a definition of the subject that holds the blank's words: the blank is that definition."""
    subj, key = normalize_text(subject), normalize_text(answer)
    return any(c.get("definition") and normalize_text(c.get("name") or "") and
               f" {normalize_text(c['name'])} " in f" {subj} " and key in normalize_text(c["definition"])
               for c in concepts)


def _copula_attr(span) -> bool:
    return span.root.dep_ == "attr" and span.root.head.lemma_.lower() == "be"


def denied(span) -> bool:
    """The blank is what a copula says the subject is not ("Taco Bell is not _____." -> "the only fast food
    franchise to ...", "The United States is not _____.", audit round 11): countless things fit, whatever the
    key's own clause and whatever date or place opens the sentence.  A negation on a verb of its own ("do not
    contain _____") says which relation fails, and stays."""
    return _copula_attr(span) and any(c.dep_ == "neg" for c in span.root.head.children)


def _vague_adjective(t) -> bool:
    """An adjective that rates or grades, not classifies ("growing", "major", "very complex"; not "political",
    "ceremonial": "a ceremonial role" says which kind)."""
    return t.tag_ in ("VBG", "VBN") or t.lower_ in words("terms.vague_modifiers") | words("cloze.judged") or any(
        c.dep_ == "advmod" for c in t.children)


def broad_class(span) -> bool:
    """The blank is only an article and a broad class noun ([cloze] class_heads, [terms] generic_heads, the
    relation and placing genera), with at most a grading adjective or one bare noun in a phrase ("a system of
    thought", "a
    growing concern", "a country in crisis", audit round 11): "an ideology", "a serious problem" fit as well, so
    whatever clause stays in the prompt the key is not the book's to recall.  A class the blank narrows by a
    clause, a determined phrase or a compound of its own ("a system of government in which ...", "a feature of the
    economy"), a classifying adjective ("a political approach", "a ceremonial role", judged right in round 10) or a
    definite genus ("the study of ...") stays."""
    head = span.root
    heads = (words("cloze.class_heads") | words("terms.generic_heads") | words("cloze.relation_genera")
             | words("cloze.placing_genera"))
    if not _copula_attr(span) or head.lemma_.lower() not in heads:
        return False
    for c in head.children:
        if c.i < span.start or c.i >= span.end:
            continue
        if c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ in ("amod", "advmod") and _vague_adjective(c):
            continue
        if c.dep_ == "prep" and all(u.dep_ == "pobj" and not list(u.children) for u in c.children) \
                and len(list(c.children)) == 1:
            continue  # "of thought", "in crisis": one bare noun
        return False
    return span[0].lower_ in ("a", "an")


def thin_stem(doc, span, subject: str, concepts: list[dict], repeated=None) -> bool:
    """The stem carries nothing besides its subject to fix the blank (see the module's docstring); ``repeated``
    counts the KB's quotes that hold a phrase."""
    if cues(doc, span, concepts, repeated):
        return False
    root = span.root.head
    if span.root.dep_ == "attr" and root.lemma_.lower() == "be":
        if open_subject(doc):
            return True  # "The function of the kidney is _____." -> "the filtration of blood": one of its functions
        return not (_kb_defines(subject, span.text, concepts) or _genus_defines(span) or _common_class(doc, span))
    return True


def given_measure(doc, span) -> bool:
    """The blank is one bare noun of a quantity or a broad class ([cloze] measure_nouns, [terms] generic_heads,
    [vacuous] broad_heads) and a number follows it within four words ("The furnace can achieve _____ up to 1900 °C."
    -> "temperatures", round 14, fresh judges): the number and its unit say what is measured, so the key tests
    reading, not the book.  A blank with its own words ("melting points up to ...") or a quantity with no number
    after it ("The fibula does not bear _____." -> "weight") is left."""
    if len(span) != 1 or span.root.pos_ not in ("NOUN", "PROPN"):
        return False
    heads = words("cloze.measure_nouns") | words("terms.generic_heads") | words("vacuous.broad_heads")
    if span.root.lemma_.lower() not in heads and span.root.lower_ not in heads:
        return False
    return any(t.like_num or t.pos_ == "NUM" for t in doc[span.end:span.end + 4])


def collection_key(span) -> bool:
    """The key is an indefinite collection noun ([cloze] collection_heads) with an "of" phrase of one bare everyday
    noun and nothing else ("a common sequence of events", "a number of factors", audit round 16: "Inflammation ...
    follows _____." rejected): it says how many or in what order, and the things are no more than a class.  Not "a
    series of lumbar veins" (the key names its things) nor "a series of reactions that ..." (a clause)."""
    head = span.root
    if head.lemma_.lower() not in words("cloze.collection_heads"):
        return False
    kids = [c for c in head.children if span.start <= c.i < span.end]
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in kids):
        return False
    ofs = [c for c in kids if c.dep_ == "prep"]
    if len(ofs) != 1 or ofs[0].lower_ != "of" or any(c.dep_ in ("relcl", "acl", "appos", "conj") for c in kids):
        return False
    objs = [c for c in ofs[0].children if c.dep_ == "pobj"]
    return len(objs) == 1 and not list(objs[0].children) and general_word(objs[0].text)


def head_repeated(span, after: str) -> bool:
    """The prompt says the key's head phrase (its words up to its head noun, no article) again after the blank:
    "Congress did not reinstate _____ until 1990 and has rarely imposed the death penalty" -> "the death penalty for
    military crimes" (reviewer R15).  One word of it ("salts" for "mineral salts"), a one-word head repeated by a
    gloss ("Potential energy is _____, or the energy matter possesses ...", judged right) or a verb ("stimulates
    _____ [the release of ...] ... to release stored bile") is no giveaway, and a name before
    the blank is what a pointing key stands for ("after the Clean Air Act was passed, courts upheld _____" -> "the
    act").  ``after``: the prompt after its blank."""
    core = [t for t in span[:span.root.i - span.start + 1] if t.pos_ not in ("DET", "PRON") and not t.is_punct]
    if len(core) < 2 or not any(not t.is_stop for t in core):  # one word: "_____, or the energy ..." glosses
        return False
    phrase = " ".join(t.lower_ for t in core)
    later = after.lower()
    return re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", later) is not None


_MODS = ("amod", "compound", "nmod", "poss", "nummod", "prep", "npadvmod")


def head_named_after(span) -> bool:
    """The key's head noun comes back after the blank as a mention of the same thing ("Invoices are grouped into
    _____ [monthly batches]; each batch matches one customer", "is written as _____ [a signed entry], and the entries
    are totalled"; round 26 judge): the next clause names what fills the blank, so the head is read, not known.
    ``head_repeated`` catches a head phrase of two or more words as text; this reads the parse, so one word counts,
    in any number ("batch" for "batches"), and a verb of the same spelling ("stimulates _____ [the release of bile]
    ... to release") does not.  A later noun with a modifier of its own that the key does not hold names another
    thing of its kind ("drains into _____ [the central vein] and then through the hepatic vein", "the Consultative
    Council", "determined from _____ [experimental data] ... and from other data"): no giveaway (s27-T: 24 of 29
    refusals on old and new books were of such nouns, 10 of them fair items); a phrase set off by a comma is no
    modifier of it ("and the chamber, by a majority vote, selects ...", a misparse).  Words that point back to a
    thing named before ("the same folder", "each batch") are no modifier either (``patterns/lexical.toml`` [cloze]
    same_pointers)."""
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN") or head.is_stop or len(head.text) < 3:
        return False
    lemma = head.lemma_.lower()
    mine = {t.lemma_.lower() for t in span} | words("cloze.same_pointers")
    doc = span.doc
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() == lemma and not any(
        c.dep_ in _MODS and not {x.lemma_.lower() for x in c.subtree if not x.is_punct} <= mine
        and (c.left_edge.i == 0 or doc[c.left_edge.i - 1].text != ",") for c in t.children) for t in doc[span.end:])


def acronym_given(span, rest: str) -> bool:
    """The key's capitalised words spell a word of the prompt by their initials ("KVM, which stands for _____" ->
    "Kernel-based Virtual Machine"; round 26 sweep): the abbreviation gives the answer away."""
    initials = "".join(w[0] for w in re.split(r"[\s-]+", span.text) if w[:1].isupper())
    return len(initials) >= 2 and re.search(r"(?<!\w)" + re.escape(initials) + r"(?!\w)", rest) is not None


__all__ = ["collection_key", "thin_stem", "cues", "subject_cues", "denied", "broad_class", "given_measure",
           "head_repeated", "head_named_after",
           "acronym_given"]
