"""Stored-definition check of termhood (split from ``termhood.py``, which outgrew 400 lines): does a sentence that a
rule found really define its concept?

Why: a definition is taught verbatim, so before ingest stores one it is parsed again on its own and must define this
very name (its main-clause subject or complement, the name a naming verb introduces, or a gloss set beside it), pass
the same gates as a new one, and not merely mention the term.  :mod:`proda.ingest.termhood` (evidence and recurrence)
re-exports :func:`valid_definitions` and :data:`DEFINING`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from proda.ids import normalize_name, singular
from proda.ingest.extract.definition_gates import name_aside
from proda.ingest.extract.definition_offtopic import entry_off_topic
from proda.ingest.extract.definition_unsaid import unsaid
from proda.ingest.extract.definitions import genus_defines
from proda.ingest.extract.name_compounds import compound_text
from proda.models import ConceptDraft

# rules that find a concept by its definition (the sentence must define it) or give it another name
DEFINING = {"is_a", "defined_as", "called", "named_in", "known_as", "refers_to", "means", "which_means", "made_of",
            "appos_def", "appos_gloss", "gloss", "which_is", "use_term", "in_which"}
NAMING = {"also_called", "appos_called"}
# verbs whose object or complement is the name they introduce ("is called X", "what Marx termed X")
_NAMING_VERBS = {"call", "term", "name", "label", "know", "refer", "define", "dub", "coin"}


@lru_cache(maxsize=1)
def full_nlp():
    """spaCy with the parser *and* NER (the extractor's pipeline drops NER), built by :func:`load_nlp` with the
    extractor's tokenizer and components so a draft re-parsed here splits paths as its extraction did; None when no
    model loads.

    Public: the checks of stored drafts parse with it -- :func:`valid_definitions` here, :mod:`.termhood` (people,
    adjectives; it re-exports this for the tests), :mod:`.termhood_classed` and :mod:`.termhood_clipped`."""
    from proda.ingest.extract.nlp import NLPUnavailable, load_nlp

    try:  # the extractor's own setup (tokenizer suffixes, kept paths, block breaks), NER kept (review finding 12)
        return load_nlp("en_core_web_sm", exclude=())
    except NLPUnavailable:
        return None


# ----------------------------------------------------------------------------- definitions


def name_spans(doc, name: str) -> list:
    """Token spans of ``doc`` that read ``name``: case-insensitive, hyphen or space between words, an article
    allowed between them ("people of a subculture"), the last word in any number.  Public: :mod:`.termhood` and
    :mod:`.termhood_clipped` find a concept's name in its sentence with it, as :func:`valid_definitions` does."""
    ws = [w for w in re.split(r"[\s\-]+", _fold(name).strip(" ,;:.")) if w]
    if not ws:
        return []
    sep = r"[\s\-]+(?:(?:a|an|the)\s+)?"
    stem = singular(ws[-1])
    forms = {stem, ws[-1], stem + "s", stem + "es"} | ({stem[:-1] + "ies"} if stem.endswith("y") else set())
    last = "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"
    pat = re.compile(r"(?<!\w)" + sep.join([re.escape(w) for w in ws[:-1]] + [last]) + r"(?!\w)")
    text = _fold(doc.text)
    if len(text) != len(doc.text):  # folding changed offsets: the plain lower-cased text keeps them
        text = doc.text.lower()
    out = []
    for m in pat.finditer(text):
        sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if sp is not None:
            out.append(sp)
    return out


def _listed(y, gloss=None) -> bool:
    """Whether noun ``y`` is one item of a comma list ("language, the concept of personal names, and jokes"): its
    noun phrase (with "of" phrases) is followed by ", and" / ", or" or it has a conj after a comma; ``gloss``: X's
    own "or Y" gloss, which is no list item."""
    doc = y.doc
    for g in y.children:
        if g.dep_ == "conj" and g != gloss and doc[g.i - 1].text == "," or \
                (g.dep_ == "conj" and g != gloss and doc[g.i - 1].dep_ == "cc" and doc[g.i - 2].text == ","):
            return True
    if gloss is not None:
        return False  # X itself: the ", or Y" after it is its gloss
    chunks = {t.i: nc for nc in doc.noun_chunks for t in nc}
    end = chunks[y.i].end if y.i in chunks else y.i + 1
    while end + 1 < len(doc) and doc[end].lower_ == "of" and end + 1 in chunks:
        end = chunks[end + 1].end
    if end + 1 < len(doc) and doc[end].text == ",":  # ", and Z" / ", Y2, and Z" later in the same sentence
        rest = doc[end + 1:y.sent.end]
        return any(t.lower_ in ("and", "or") and doc[t.i - 1].text == "," for t in rest)
    return False


def _glosses(span) -> bool:
    """"X, the regulation of norms" / "X—the relationships that ..." / "X, or offenses committed by ..." /
    "X (the increase of ...)": a noun phrase set right after X explains X, unless it is one item of a list
    ("language, the concept of personal names, and jokes"), the subject of its own clause ("Without the
    superscript, the value of ∆G can be calculated") or names something else ("growth impairment—a disorder
    called pituitary dwarfism" explains the dwarfism)."""
    doc, head = span.doc, span.root
    if all(t.pos_ == "PROPN" for t in span) or (span.end < len(doc) and doc[span.end].text == ":"):
        return False  # "Sweden, a country with ...": an entity described, not a term; "X: A, B and C" lists
    y = None
    for c in head.children:  # the parse attaches the gloss to X
        if c.i > head.i and (c.dep_ == "appos" or
                             (c.dep_ == "conj" and any(t.lower_ == "or" for t in doc[head.i + 1:c.i]))):
            y = c
            break
    if y is None and span.end + 1 < len(doc) and doc[span.end].text in (",", "—", "–", "("):
        at = span.end + 2 if doc[span.end + 1].lower_ == "or" else span.end + 1  # "X, or the belief that ..."
        nxt = doc[at:at + 3]  # or right after X, attached elsewhere by the small parser
        root = next((t for t in nxt if t.pos_ in ("NOUN", "PROPN")), None)
        if root is not None and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for t in doc[at:root.i]) \
                and root.dep_ in ("appos", "dobj", "npadvmod", "attr", "conj"):
            y = root
    if y is None or y.pos_ not in ("NOUN", "PROPN") or y.dep_ in ("nsubj", "nsubjpass") or _listed(y) or \
            any(c.dep_ == "conj" for c in y.children) or \
            _listed(head, y):  # "members of the proletariat, or those who ...": a pronoun glosses no term
        return False
    # "growth impairment—a disorder called pituitary dwarfism": a participle names another term; "cosmopolitanism,
    # the idea that one should define oneself as ...": a naming verb in the idea's own clause names nothing
    return not any(t.lemma_ in _NAMING_VERBS and t.dep_ in ("acl", "relcl") and t.tag_ == "VBN" for t in y.subtree) and \
        genus_defines(None, y)


def _classifies(term, root) -> bool:
    """"X is a Y that ..." classifies X only when neither X nor Y is graded or owned: "Local governmental meetings
    are excellent venues", "Global climate change is perhaps the most pressing example", "The biggest per capita
    polluters are ...", "Kim Jong-un's grandfather was ..." judge or describe, they do not define."""
    from proda.ingest.extract.definition_gates import sized_genus
    from proda.ingest.extract.l1_terms import evaluative

    if any(c.dep_ == "poss" for c in term.children):
        return False
    from proda.ingest.extract.lexdata import words

    attrs = [c for c in root.children if c.dep_ == "attr"]
    mods = [c for t in attrs for c in t.children if c.dep_ in ("amod", "advmod") and c.i < t.i]
    mods += [c for c in root.children if c.dep_ == "advmod"]
    # the term's own adjective may grade ("A strong acid is an acid that ionizes completely"): only a superlative
    # or comparative ("The biggest polluters") or a judging word makes it a description
    own = [c for c in term.children if c.dep_ in ("amod", "advmod") and c.i < term.i]
    if any(m.tag_ in ("JJS", "JJR", "RBS", "RBR") or m.lower_ in words("terms.judging_name_words") for m in own):
        return False
    # a size on a genus with its own restriction classifies ("a very small artery that leads to a capillary")
    sized = {m.i for m in mods if m.lower_ in words("terms.dimension_adjectives") and sized_genus(m.head)}
    # so does a degree word ("a severe allergic response that ...", "an increased depth of ...") on a class noun
    # narrowed by a clause or an "of" phrase of its own; a judging word, a general noun ("an efficient process that
    # ..."), a bare genus or one placed by another phrase ("a difficult task in a world ...", "rapid responders to
    # the site") still characterise
    sized |= {m.i for m in mods if m.lower_ in words("terms.degree_adjectives") and _narrowed(m.head) and
              m.lower_ not in words("terms.judging_adjectives") and m.lower_ not in words("terms.judging_name_words")
              and m.head.lemma_.lower() not in words("terms.generic_heads")}
    # a hyphenated word grades as a whole: "decision-making processes" classify, "well-known examples" judge
    return not any(m.tag_ in ("JJS", "JJR", "RBS", "RBR") or (evaluative(compound_text(m)) and m.i not in sized) or
                   m.lower_ in ("perhaps", "probably", "arguably", "often", "sometimes", "usually", "also") for m in mods)


def _narrowed(genus) -> bool:
    """The genus has a restricting clause ("a response that ...", "skin formed after ...") or an "of" phrase ("an
    increased depth and rate of ventilation") of its own right after it (or after a noun conjoined to it): what the
    degree word on it grades is a class, not the term.  A clause the parse hangs on it past another phrase ("a
    difficult task in a world that ...") belongs to that phrase's noun."""
    nouns = [genus] + [c for c in genus.children if c.dep_ == "conj"]
    at = {n.i for n in nouns}
    return any((c.dep_ in ("relcl", "acl") or (c.dep_ == "prep" and c.lower_ == "of")) and c.left_edge.i - 1 in at
               for n in nouns for c in n.children)


def defines_at(span, how: str) -> bool:
    """Whether the sentence is about the phrase at ``span``: its main-clause subject or complement, or the name a
    naming verb introduces; a "X, which means ..." clause defines X wherever X stands.  Public: used here and by
    :func:`proda.ingest.termhood_clipped.unclipped`, which checks the same places."""
    head = span.root
    sent = span.sent
    if how in ("appos_def", "appos_gloss", "gloss") and _glosses(span):
        return True
    verb = head.head
    if verb.lemma_ in _NAMING_VERBS and head.dep_ in ("oprd", "dobj", "attr", "xcomp", "nsubjpass") and \
            not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return True  # "what he calls class consciousness" (not "Whether an act is labeled deviant ...")
    if how == "which_means":  # "X, which means to judge ..." (the parse may hang the clause elsewhere)
        after = span.doc.text[span.end_char:span.end_char + 40].lower()
        return bool(re.match(r"\s*,\s*which\s+(?:means|refers)\b(?!\s+that)", after))
    if how == "in_which":  # "direct democracy, in which the populace decides ...": X right before the clause
        after = span.doc.text[span.end_char:span.end_char + 20].lower()
        return bool(re.match(r"\s*,\s*in\s+which\b", after))
    if how == "use_term":  # "Sociologists use the term X to describe ...": X is the object of "use"
        return head.dep_ == "dobj" and head.head.lemma_ == "use"
    if how == "which_is":  # "organic solidarity, which is social order based around ...": X right before the clause
        after = span.doc.text[span.end_char:span.end_char + 40].lower()
        return bool(re.match(r"\s*,\s*which\s+(?:is|are)\b", after))
    first = next((t for t in sent if not t.is_punct and not t.is_space and t.i >= name_aside(sent)), None)
    if first is not None and (first.dep_ == "mark" or first.tag_ in ("WRB", "WDT", "WP") or
                              (first.lower_ == "the" and first.i + 1 < sent.end and
                               sent.doc[first.i + 1].tag_ in ("JJR", "RBR"))):
        return False  # "Whether an act is labeled deviant ...", "where the subscript c ...", "The stronger a bond, ..."
    root = sent.root
    if how == "is_a" and not _classifies(head, root):
        return False
    if how in ("is_a", "made_of") and head.dep_ in ("nsubj", "nsubjpass") and head.head == root and \
            not all(genus_defines(root, a) for a in root.children if a.dep_ == "attr"):
        return False  # "Polarization is a systemic threat ...": the genus judges or relates, it does not define
    # and a first clause the parse hangs on the one after a semicolon ("X describes Y; it is ..."), "..., whereas Y ..."
    main = {root} | {c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")} | \
        {c for c in root.children if (c.dep_ == "ccomp" and c.i < root.i and ";" in sent.doc[c.i:root.i].text) or
         (c.dep_ == "advcl" and c.i > root.i and any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in c.children))}
    if head == root:
        return True
    if head.dep_ in ("nsubj", "nsubjpass", "attr", "oprd") and head.head in main:
        return True
    if head.head.lemma_ in _NAMING_VERBS and head.dep_ in ("oprd", "dobj", "attr", "xcomp", "nsubjpass"):
        return True  # "what he called the power elite", "a group of cells that ... is called a tissue"
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.lemma_ in _NAMING_VERBS:
        return True  # "... are known as hate crimes", "... is defined as X" (X named) / "X is referred to as Y"
    return False


_TEMPORAL = {"once", "still", "yet", "now", "already", "formerly", "longer"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"}


def _mentions_only(span, how: str) -> bool:
    """Sentence shapes that use the term without saying what it is (audit round 6): an instruction with no subject
    ("When adding ..., round the result to the same number of decimal places ..."); a gloss after "A of B", which
    explains B ("the expansion of suffrage, or the right to vote"); "X is another Y" or "X was once a Y", which rank X
    among other things or tell its past ("Gender is yet another determinant of voter turnout", "Divorce ... was once
    a word that ..."); "The reciprocal process, freezing, is ...", where the inserted noun is the thing described;
    "X is defined as 32 °F", a measured value; an apposition after the verb of a root that carries a subordinating
    mark (audit round 11: the main clause's subject read as X's gloss, "as tension is released from the biceps
    brachii, the angle of the elbow joint increases")."""
    sent, head = span.sent, span.root
    root = sent.root
    if root.pos_ in ("VERB", "AUX") and root.tag_ in ("VB", "VBP") and not any(c.dep_ in _SUBJECTS for c in root.children):
        return True
    if how in ("gloss", "appos_gloss", "appos_def") and any(t.lower_ == "of" for t in span[1:]):
        return True
    if how in ("gloss", "appos_gloss", "appos_def") and span.start > root.i and \
            any(c.dep_ == "mark" and c.i < root.i for c in root.children):
        return True  # "as tension is released from the biceps brachii, the angle ... increases": the root is the
        # fronted clause's verb, so the parse lost the main clause and hung its subject on X as an apposition
    if how == "is_a" and head.head == root:
        attrs = [c for c in root.children if c.dep_ == "attr"]
        if any(d.lower_ in ("another", "other") for a in attrs for d in a.children if d.i < a.i) or \
                any(c.dep_ in ("advmod", "neg") and c.lower_ in _TEMPORAL for c in root.children):
            return True
        inner = sent.doc[head.right_edge.i + 1:root.i]
        if len(inner) > 2 and inner[0].text == inner[-1].text == "," and \
                all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for t in inner[1:-1]):
            return True
    if how == "defined_as":
        as_ = [c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "as"]
        objs = [o for a in as_ for o in a.children if o.dep_ == "pobj"]  # not "the regions between two waves"
        return any(t.like_num for o in objs for t in [o, *o.children])
    return False


def valid_definitions(drafts: list[ConceptDraft]) -> list[ConceptDraft]:
    """The drafts with every sentence-rule definition that does not define its concept removed (and its rule
    downgraded to ``mention``): "growth impairment: Abnormally low levels of GH can cause growth impairment—a
    disorder called pituitary dwarfism" defines pituitary dwarfism, not growth impairment.  Glossary entries pass
    unless their text is a clause about something else or their term a task
    (:func:`proda.ingest.extract.definition_offtopic.entry_off_topic`, session 28); drafts of other extractors (LLM)
    pass unchanged."""
    from proda.ingest.extract.offline import citation_like
    from proda.ingest.extract.terms import glued
    from proda.ingest.extract.definition_gates import open_ended

    out = list(drafts)
    for i, d in enumerate(drafts):  # a reference, or a heading run into the sentence: no sentence of the book's own
        if d.definition and d.how in DEFINING and (citation_like(d.definition) or glued(d.definition)):
            out[i] = d.model_copy(update={"definition": "", "how": "mention"})
        elif d.definition and open_ended(d.definition):  # "... whose solubility product is.": ran into an equation
            out[i] = d.model_copy(update={"definition": "", "how": "mention"})
    drafts = out
    nlp = full_nlp()
    if nlp is not None:  # a glossary entry whose text is a clause about something else (definition_offtopic)
        drafts = [d.model_copy(update={"definition": "", "how": "mention"})
                  if d.how == "definition_list" and d.definition and entry_off_topic(d.name, d.definition, nlp) else d
                  for d in drafts]
    todo = [i for i, d in enumerate(drafts) if d.definition and d.how in DEFINING]
    if not todo or nlp is None:
        return drafts
    out = list(drafts)
    docs = nlp.pipe([checked_text(drafts[i]) for i in todo], batch_size=64)
    for i, doc in zip(todo, docs):
        d = drafts[i]
        # a "sentence" opening in lower case is a fragment the parse split off ("starting with the reactants ...",
        # "where the subscript c denotes ..."): the definition it would teach has no beginning; and the sentence
        # rules, run again on the sentence alone, must define this very name (a stored definition passes the same
        # gates as a new one: genus, exact subject, no demonstrative description)
        if doc.text[:1].islower() and not _gloss_span(doc, d) or \
                not any(defines_at(sp, d.how) and not _mentions_only(sp, d.how) and not unsaid(sp, d.how)
                        for sp in name_spans(doc, d.name)) or \
                normalize_name(d.name) not in _defined_names(doc):
            out[i] = d.model_copy(update={"definition": "", "how": "mention"})
    return out


# rules whose definition glosses a phrase ("X, a Y ..."); :mod:`.termhood_clipped` reads the same set
GLOSSES = frozenset({"appos_def", "appos_gloss", "gloss", "which_is", "in_which", "which_means"})


def checked_text(d: ConceptDraft) -> str:
    """The text a stored definition is checked on: a gloss stored without its sentence
    (:func:`proda.ingest.extract.definition_clauses.gloss_text`) is checked on the sentence it came from
    (``source_quote``), whose words around it tell whether it glosses the term ("there is, underlying the news, a
    picture of ...": no gloss of "news"); anything else on the definition itself.  Public: used here and by
    :func:`proda.ingest.termhood_clipped.unclipped`, which parses the same text."""
    q = d.source_quote or ""
    return q if d.how in GLOSSES and d.definition != q and d.definition in q else d.definition


def _gloss_span(doc, d: ConceptDraft) -> bool:
    """A definition that opens with the term itself, so its lower case is the term's, not a fragment's: a gloss
    stored without the sentence around it ("glass, which is a mixture of silicates",
    :func:`proda.ingest.extract.definition_clauses.gloss_text`), or a sentence about a name written in lower case
    (a command, a program, a symbol: "grep is a tool that prints the lines matching a pattern", "pH is a measure of
    ..."; session 26, engineer K: every such definition of the two software books was dropped as a fragment); not
    a code identifier ("max_retry_count"), whose underscores say it is a name in a program, no term to define."""
    return (d.how in GLOSSES or doc.text.startswith(d.name) and "_" not in d.name) and \
        any(sp.start == 0 for sp in name_spans(doc, d.name))


def _defined_names(doc) -> set[str]:
    """Normalised names the sentence rules give a definition in ``doc``."""
    from proda.ingest.extract.definitions import definitions_in

    return {normalize_name(f.name) for fs in definitions_in(doc, list(doc.sents)).values() for f in fs
            if f.definition}


def _fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).replace("’", "'").lower()
