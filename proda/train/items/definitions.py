"""Definition items: "What is X?" / "Define X." answered by the KB's definition of X, only where the sentence says
what X is (split from ``generators`` by responsibility; the rules are those of its docstring and the audit rounds
cited at each gate)."""

from __future__ import annotations

import re

from lemminflect import getLemma

from proda.datasets import normalize_text
from proda.ingest.extract.definition_gates import open_ended
from proda.ingest.extract.definition_unsaid import lost_reference
from proda.lexicon.inflect import is_plural
from proda.train.items.cloze_context import JUDGED
from proda.train.items.described import described
from proda.train.items.draft import Draft
from proda.train.items.gloss_check import contradicted, said_of_variant, sentences
from proda.train.items.gloss_render import article_before, gloss_of_term, gloss_sentence
from proda.train.items.gloss_story import told_in_story
from proda.train.items.gates import garbled_formula, subject_plural
from proda.train.items.kb import KB
from proda.train.items.phrases import defines, general_word, parse
from proda.train.items.render import _rng
from proda.train.items.templates import OPEN_TEMPLATES
from proda.train.items.term_names import clause_name, everyday_word, no_term, own_text
from proda.train.items.text import cap

# a glossary entry that opens with one of these is a clause about something else, not a definition of the term
_NOT_DEFINITION = ("where", "which", "that", "when", "who", "because", "if", "since", "while", "although", "as ")
_ANAPHORA = {"last", "first", "second", "third", "final", "opposite", "same", "other", "following", "former", "latter", "this", "these", "that", "those", "such",
             "above", "below", "previous", "next", "its", "their", "it", "one", "another", "similar", "latter"}
# "X is an important part of Y", "X is the first organ to form": the sentence mentions X, it does not define it
_REMARK = ("important", "first", "last", "major part", "key part", "main part", "one of", "also", "often",
           "another", "this", "these", "not", "just", "key ", "unquestionably", "clearly", "certainly")

_DEF_VERBS = ("is", "are", "was", "were", "refers", "refer", "means", "mean", "describes", "denotes", "can", "consists",
              "also", "or", "the", "a", "an")


def defines_term(name: str, definition: str) -> bool:
    """The definition's subject is the term: "X is ...", "The X refers to ...", "X, also called Y, is ..."."""
    n, d = normalize_text(name).split(), normalize_text(definition).split()
    if not n:
        return False
    for lead in (0, 1):
        if d[lead: lead + len(n)] == n and (lead == 0 or d[0] in ("the", "a", "an")):
            after = d[lead + len(n): lead + len(n) + 1]
            return not after or after[0] in _DEF_VERBS or definition.split(name, 1)[-1][:1] in (",", "(")
    return False


def stopped(sentence: str) -> str:
    """The sentence with one final stop: "... means “large.”" keeps its own stop inside the quotation (it was given
    a second one, "“large.”.", round 11)."""
    return sentence if sentence.rstrip("”\"’'").endswith((".", "!", "?")) else sentence + "."


def everyday_plural(name: str) -> bool:
    """A one-word everyday plural ("rewards", "costs"): a sentence of the text that says what they "are" gives their
    sense in one argument or theory of the book, not the word's meaning, so "Define rewards." has no one answer
    (round 11, sociology).  A glossary entry, written for the term, still defines it."""
    if len(name.split()) != 1 or not is_plural(name):
        return False
    lemma = getLemma(name.lower(), upos="NOUN")
    return general_word(name) or bool(lemma) and general_word(lemma[0])  # "rewards" is rarer than "reward"


def anaphoric(obj: str) -> bool:
    """The object points elsewhere in the text ("the opposite motion", "this attraction"): it says nothing alone."""
    w = normalize_text(obj).split()
    return bool(w) and (w[0] in _ANAPHORA or "this" in w or "these" in w)


def is_remark(name: str, definition: str) -> bool:
    """"X is an important part of ...", "X is the first organ to ...": the copula's complement is an evaluation or
    a ranking, so the sentence says something about X without saying what X is."""
    d, n = normalize_text(definition), normalize_text(name)
    rest = d[len(n):].split(" ", 1)[-1] if d.startswith(n) else d.split(n, 1)[-1]
    words = rest.split()
    if words and words[0] in ("is", "are", "was", "were"):
        words = words[1:]
    if words and words[0] in ("a", "an", "the"):
        words = words[1:]
    tail = " ".join(words)
    rated = [w for w in words[:3] if not w.endswith("ly")][:1]  # "a (highly) functional way", "useful tools"
    return any(tail.startswith(r) for r in _REMARK) or anaphoric(tail) or bool(rated and rated[0] in JUDGED)


def definition_items(kb: KB, seed: int) -> list[Draft]:
    out, text = [], " ".join(kb.chunks.values()).lower()
    book = sentences("\n".join(kb.chunks.values()))
    names = {(c["name"] or "").strip().lower() for c in kb.concepts}
    stated = _stated(kb)
    for c in kb.concepts:
        ans, _ = definition_answer(kb, c, text, book, names)
        if ans is None:
            continue
        d, name = (c["definition"] or "").strip(), c["name"].strip()
        rng = _rng(seed, c["id"], "def")
        term = term_case(name, d)
        plural = _plural_term(term, d)
        # "What is thyroid gland?" lacks the article a singular count noun needs, and which one (or none, for a mass
        # noun) cannot be told from the name: a singular term is asked by the templates that need none
        templates = OPEN_TEMPLATES["definition"] if plural else OPEN_TEMPLATES["definition"][1:]
        stem = rng.choice(templates).format(name=term, be="are")
        out.append(Draft("open_qa", "definition", stem, ans, concept_ids=[c["id"]],
                         statement_ids=stated.get((c["id"], normalize_text(ans)), [])))
    return out


def definition_answer(kb: KB, c: dict, text: str, book, names: set[str]) -> tuple[str | None, str]:
    """(the answer to "What is X?" for concept ``c``, "") or (None, the gate that refuses it, "definition:described"):
    one order of the gates, which ``benchmarks/train_funnel.py`` reports rather than copies.  ``text``: the book
    lower-cased, ``book``: its sentences (``gloss_check.sentences``), ``names``: the KB's concept names."""
    d = (c["definition"] or "").strip()
    name = c["name"].strip()
    if len(d) < 15 or not name:
        return None, "definition:short"
    if c.get("term") is False:
        return None, "definition:not_a_term"  # engineer A's termhood: no term of the field, no definition item
    if d.lower().startswith(_NOT_DEFINITION):
        return None, "definition:_NOT_DEFINITION"  # "subscript: where the subscript c denotes ..." defines nothing
    if open_ended(d) or lost_reference(d):
        return None, "definition:open_ended_or_lost_reference"  # "... whose solubility product is.": the sentence
        # ran into an equation (definition_gates); "... is shown in .": a figure reference lost (round 14)
    if clause_name(name):
        return None, "definition:clause_name"  # "physical exertion stimulates proprioceptors, which are ...": a clause
    glossed = gloss_of_term(name, d) is not None  # "glass, which is a mixture of silicates" (9b2c117)
    if glossed:
        ans = gloss_sentence(name, d, _plural_term(name, d), article_before(d, text))
        # "X, or Y", "X, in which ...": no "X is Y" read here; never "X: x, which is ..."; "Lucy is studying law
        # enforcement—a field that seeks bilingual employees": her story, no definition
        if ans is None:
            return None, "definition:gloss_unread"
        if described(ans):
            return None, "definition:gloss_described"
        if contradicted(name, d, book):
            return None, "definition:gloss_contradicted"
        if said_of_variant(name, d, book):
            return None, "definition:gloss_said_of_variant"
        if told_in_story(d, kb.chunks):
            return None, "definition:gloss_told_in_story"
    elif (body := labelled_entry(name, d) or d)[:1].islower() and glossary_entry(body):  # the definition of exactly
        # this term, written as a noun phrase
        if repeats_term(name, body):
            return None, "definition:repeats_term"  # "point: a point;": a list entry that says nothing of it
        if contradicted(name, body, book):
            return None, "definition:glossary_contradicted"  # "pectineus: muscle that abducts ..." where the text
            # says "The pectineus adducts ..."
        if said_of_variant(name, body, book):
            return None, "definition:glossary_said_of_variant"  # "NADH: ... needed for glycolysis" where it says
            # "the NAD+ needed by glycolysis"
        ans = f"{cap(name)}: {body.rstrip('.;,: ')}."
    else:
        # "Define liver." must not be answered by a sentence about something else; "the September number", "pure
        # sulfuric acid": no term; "wage" said once, in an analogy: no term of this book
        if not defines_term(name, d):
            return None, "definition:defines_term"
        if is_remark(name, d):
            return None, "definition:is_remark"
        if not defines(name, d):
            return None, "definition:defines(genus+differentia)"
        if everyday_plural(name):
            return None, "definition:everyday_plural"
        if everyday_word(name, lambda: own_text(kb, d, text)):
            return None, "definition:everyday_word"
        if no_term(name, names, text, lambda: own_text(kb, d, text) or text):
            return None, "definition:no_term"
        if described(d):
            return None, "definition:described"  # "Zinc is a silvery metal that quickly tarnishes to ..." (round 14)
        ans = stopped(d)
    if _owned_part(name, d, text):
        return None, "definition:owned_part"  # "What does the term body mean?" -> "mid-portion of the stomach"
    if garbled_formula(ans):
        return None, "definition:garbled_formula"  # "12mv2" for "1/2 mv^2": a formula that lost its layout
    return ans, ""


def _stated(kb: KB) -> dict[tuple[str, str], list[str]]:
    """(subject concept, normalised quote) -> the ids of its statements.  A definition item whose answer is that
    very sentence teaches them ("Baroreceptors are specialized stretch receptors ..." is the quote of
    "baroreceptors | be | specialized stretch receptors ..."), so it names them: before (S14-I funnel) it named
    the concept only and 21 such is-a statements of the development KBs counted as never taught.  A rendered gloss
    or a glossary entry is no sentence of the book and names none; a statement of another subject of the sentence
    ("water | cross | membrane") is not what "What is X?" asks."""
    out: dict[tuple[str, str], list[str]] = {}
    for s in sorted(kb.statements, key=lambda x: x["id"]):
        q = normalize_text(s.get("quote") or "")
        if q:
            out.setdefault((s["subject_id"], q), []).append(s["id"])
    return out


# the head nouns of a gloss that place a part within its owner ("mid-portion of the stomach", "region of the brain")
_PART_HEADS = {"part", "portion", "side", "end", "half", "segment", "region", "area", "section", "layer", "surface",
               "edge", "tip", "base", "wall", "opening", "zone"}


def _plural_term(name: str, definition: str) -> bool:
    """The term's number: as its definition conjugates it, else as the parse reads its head (``subject_plural``)."""
    plural = _number_in(name, definition)
    if plural is None:
        plural = subject_plural(name)
        plural = is_plural(name) if plural is None else plural
    return plural


def _owned_part(name: str, gloss: str, text: str) -> bool:
    """A one-word everyday term glossed as a part of one owner ("Body: mid-portion of the stomach") that the book's
    ``text`` (lower case) also uses for a part of another owner ("the body of the humerus"): the item asks for the
    word alone, which names a part of many things.  Not "leg: portion of the lower limb ..." (no other owner) nor a
    rare word ("fundus") or a phrase, which name their own thing."""
    if not general_word(name) or not gloss[:1].islower():
        return False
    head, _, rest = normalize_text(gloss).partition(" of ")  # the gloss's head noun is the word before its "of"
    head = head.split()
    if not rest or not 0 < len(head) <= 3 or head[-1] not in _PART_HEADS:
        return False
    owner = re.sub(r"^(the|a|an) ", "", rest).split()[:1]
    n = re.escape(normalize_text(name))
    others = set(re.findall(rf"\b{n} of (?:the|a|an|each) ([a-z]+)", text)) - set(owner)
    return bool(others)


def _number_in(name: str, definition: str) -> bool | None:
    """The term's number as its own definition conjugates it ("Bradycardia is ...", "Suburbs are ..."); None when the
    definition does not open with the term and a verb."""
    words = normalize_text(definition).split()
    n = len(normalize_text(name).split())
    for lead in (0, 1):
        if words[lead: lead + n] == normalize_text(name).split() and len(words) > lead + n:
            verb = words[lead + n]
            if verb in ("is", "was", "refers", "means", "describes", "denotes", "has"):
                return False
            if verb in ("are", "were", "refer", "mean", "describe", "denote", "have"):
                return True
    return None


def term_case(name: str, definition: str) -> str:
    """The term as written inside a sentence: "Radioactivity", capitalised only because it opens its definition,
    is "radioactivity" in "What does the term ... mean?"; a proper name (tagged so by the parse) keeps its case."""
    if not (name[:1].isupper() and name[1:2].islower()) or not definition.startswith(name):
        return name
    first = parse(definition)[0]
    return name if first.tag_ in ("NNP", "NNPS") else name[:1].lower() + name[1:]


def labelled_entry(name: str, d: str) -> str | None:
    """The body of a list entry stored with its label ("boundary: the border line to describe an area;" for
    "boundary"), else None.  Why: a manual's inline list of terms ("<li> boundary: the border line ...; </li>") is
    read as an apposition and stored whole; answered as a glossary entry it said the term twice and kept the list's
    separator: "Boundary: boundary: the border line to describe an area;." (blind round 28, three of the gis
    training rejects)."""
    head, sep, body = d.partition(":")
    if not sep or normalize_text(head) != normalize_text(name):
        return None
    body = body.strip()
    return body or None


def repeats_term(name: str, body: str) -> bool:
    """``body`` says no word but the term's own and articles ("a point" for "point"): no definition."""
    said = set(re.findall(r"\w+", body.lower())) - {"a", "an", "the"}
    return said <= set(re.findall(r"\w+", name.lower()))


def glossary_entry(d: str) -> bool:
    """A glossary definition is a noun phrase ("peptide hormone produced by ..."); one that opens with a finite verb
    ("illustrates fundamental equilibrium concepts using ...") is a sentence cut from the text, not a definition."""
    first = parse(d)[0]
    return first.tag_ not in ("VBZ", "VBP", "VBD", "MD", "VBG")  # "starting with the reactants at ...": a clause


__all__ = ["definition_items", "defines_term", "stopped", "everyday_plural", "anaphoric", "is_remark",
           "glossary_entry", "labelled_entry", "repeats_term", "term_case"]
