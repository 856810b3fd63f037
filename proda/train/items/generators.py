"""Candidate training items per type, each verified against the KB (``kb.KB``) before it becomes a draft.

Rules (issue 12): a key or a true claim comes from a statement its source quote supports; a wrong option or a false
claim is an object that ``KB.false_for`` clears for the subject under every predicate of the family and that is the
same kind of thing as the key, from the same chapter, sharing no content word with it; a negated claim is keyed True
only where the book states the negation, and as many false denials of certain facts are drawn, so "does not ..."
claims are correct about as often as the others; a definition answers "What is X?" only when X is the subject of the
definition and the sentence says what X is (not "X is an important part of ...").  Audit round 3: every item from a
statement keeps its quote's scope, tense, articles and number (``gates``, ``render``); an open question is asked only
where its answer is the one (``askable``); true/false claims and multi-select options live in ``claims``.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lemminflect import getLemma

from proda.datasets import normalize_text
from proda.lexicon.inflect import base, conjugate, does, is_plural
from proda.train.items.cloze_context import JUDGED
from proda.train.items.claims import claim, multi_select, true_false  # noqa: F401  (re-exported)
from proda.train.items.draft import Draft
from proda.train.items.gloss_check import contradicted, said_of_variant, sentences
from proda.train.items.gloss_render import article_before, gloss_of_term, gloss_sentence
from proda.train.items.gloss_story import told_in_story
from proda.train.items.gates import garbled_formula, keeps_scope, passive_agent, subject_plural
from proda.train.items.kb import KB
from proda.train.items.phrases import defines, general_word, parse
from proda.train.items.render import _article, _lower_first, _quote, _rng, fact, np, past, prepare
from proda.train.items.term_names import clause_name, everyday_word, no_term, own_text
from proda.train.items.text import cap
from proda.train.items.words import content_words

# "How does X affect Y?" is answered only by a verb that says which way ("increases"); "X causes Y" or "X converts
# to Y" would just restate the stem (circular), so those are asked as "What does X cause?" instead
MECHANISM = {"increase", "decrease", "stimulate", "inhibit"}
FUNCTION = {"produce", "transport", "remove", "protect", "control", "cause"}
# verbs of those families that say an effect in every use: "raises children", "grows in peripheral countries",
# "travel great distances", "helps", "allows" have other senses, so no effect or function question is asked of them
EFFECT_VERBS = {"increase", "decrease", "reduce", "lower", "elevate", "enhance", "boost", "amplify", "accelerate",
                "intensify", "augment", "heighten", "diminish", "lessen", "attenuate", "stimulate", "activate",
                "promote", "inhibit", "suppress", "block", "prevent", "repress", "impair", "downregulate", "upregulate",
                "produce", "secrete", "release", "generate", "synthesize", "excrete", "emit", "cause", "lead_to",
                "result_in", "trigger", "induce", "carry", "transport", "deliver", "transfer", "transmit", "supply",
                "remove", "eliminate", "destroy", "degrade", "break_down", "protect", "cover", "surround", "shield",
                "enclose", "line", "control", "regulate", "govern", "coordinate", "modulate", "affect", "influence"}
STRUCTURE = {"is_a", "part_of", "contain", "connect"}
NECESSITY = {"require", "need", "depend_on", "rely_on"}  # "use", "involve" describe one case, not a requirement
# a glossary entry that opens with one of these is a clause about something else, not a definition of the term
_NOT_DEFINITION = ("where", "which", "that", "when", "who", "because", "if", "since", "while", "although", "as ")
_ANAPHORA = {"last", "first", "second", "third", "final", "opposite", "same", "other", "following", "former", "latter", "this", "these", "that", "those", "such",
             "above", "below", "previous", "next", "its", "their", "it", "one", "another", "similar", "latter"}
# "X is an important part of Y", "X is the first organ to form": the sentence mentions X, it does not define it
_REMARK = ("important", "first", "last", "major part", "key part", "main part", "one of", "also", "often",
           "another", "this", "these", "not", "just", "key ", "unquestionably", "clearly", "certainly")

OPEN_TEMPLATES = {
    "definition": ["What {be} {name}?", "Define {name}.", "What does the term \"{name}\" mean?"],
    # a genus-and-differentia sentence answers what kind of thing X is; "What is X?" asks for its meaning, which a
    # property ("a lifelong process that reoccurs ...") does not give
    "kind": ["What kind of thing {be} {s}?"],
    "function": ["What {does} {s} {base}?", "Name what {s} {verb}, according to the text."],
    "mechanism": ["How {does} {s} affect {o}?", "What is the causal relation between {s} and {o}?",
                  "Explain the effect of {s} on {o}."],
    "requires": ["What {does} {s} {base}, according to the text?"],
    "comparison": ["What do {a} and {b} have in common?", "How are {a} and {b} alike?"],
}
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
    for c in kb.concepts:
        d = (c["definition"] or "").strip()
        name = c["name"].strip()
        if len(d) < 15 or not name or c.get("term") is False:
            continue  # engineer A's termhood: a concept that is no term of the field gets no definition item
        if d.lower().startswith(_NOT_DEFINITION):
            continue  # "subscript: where the subscript c denotes ..." defines nothing
        if clause_name(name):
            continue  # "physical exertion stimulates proprioceptors, which are receptors ...": a clause, no name
        glossed = gloss_of_term(name, d) is not None  # "glass, which is a mixture of silicates" (9b2c117)
        if glossed:
            ans = gloss_sentence(name, d, _plural_term(name, d), article_before(d, text))
            if ans is None or contradicted(name, d, book) or said_of_variant(name, d, book) \
                    or told_in_story(d, kb.chunks):
                continue  # "X, or Y", "X, in which ...": no "X is Y" read here; never "X: x, which is ..."; "Lucy
                # is studying law enforcement—a field that seeks bilingual employees": her story, no definition
        elif d[:1].islower() and glossary_entry(d):  # the definition of exactly this term, written as a noun phrase
            if contradicted(name, d, book) or said_of_variant(name, d, book):
                continue  # "pectineus: muscle that abducts ..." where the text says "The pectineus adducts ...";
                # "NADH: ... needed for glycolysis" where it says "the NAD+ needed by glycolysis"
            ans = f"{cap(name)}: {d.rstrip('.')}."
        elif defines_term(name, d) and not is_remark(name, d) and defines(name, d) and not everyday_plural(name) \
                and not everyday_word(name, lambda: own_text(kb, d, text)) \
                and not no_term(name, names, text, lambda: own_text(kb, d, text) or text):  # "the September number",
            # "pure sulfuric acid": no term; "wage" said once, in an analogy: no term of this book
            ans = stopped(d)
        else:
            continue  # "Define liver." must not be answered by a sentence about something else
        if _owned_part(name, d, text):
            continue  # "What does the term body mean?" -> "mid-portion of the stomach": the body of what?
        if garbled_formula(ans):
            continue  # "12mv2" for "1/2 mv^2": a formula that lost its layout teaches a wrong-looking formula
        rng = _rng(seed, c["id"], "def")
        term = term_case(name, d)
        plural = _plural_term(term, d)
        # "What is thyroid gland?" lacks the article a singular count noun needs, and which one (or none, for a mass
        # noun) cannot be told from the name: a singular term is asked by the templates that need none
        templates = OPEN_TEMPLATES["definition"] if plural else OPEN_TEMPLATES["definition"][1:]
        stem = rng.choice(templates).format(name=term, be="are")
        out.append(Draft("open_qa", "definition", stem, ans, concept_ids=[c["id"]]))
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


def circular(stem: str, key: str) -> bool:
    """The stem already holds what the answer teaches: every content word of ``key`` is in ``stem`` ("What is the
    causal relation between A and B to decrease C?" answered "A causes B to decrease C")."""
    k = content_words(key)
    return not k or k <= content_words(stem)


def _listing(objs: list[str]) -> str:
    return objs[0] if len(objs) == 1 else ", ".join(objs[:-1]) + " and " + objs[-1]


def function_items(kb: KB, seed: int) -> list[Draft]:
    """"What does X produce?" answered by every object the KB gives X under the predicate's family ("secretes CRH
    and dopamine, and produces releasing hormones"): one of several as the single answer would be arbitrary."""
    out = []
    prepare(kb)
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for s in kb.statements:
        asked = (s["fam"] in FUNCTION and s["lemma"] in EFFECT_VERBS
                 # links and conversions on a direct object ("binds to collagen", "converts to fibrin")
                 or s["fam"] in ("connect", "convert") and kb.direct_object(s))
        if asked and askable(kb, s) and s.get("subject_term", True) is not False:
            groups[(s["subject_id"], s["snorm"], s["fam"])].append(s)  # one concept id may carry several names
    for (sid, _name, fam), group in sorted(groups.items()):
        group = sorted(group, key=lambda g: g["id"])
        s0, rng = group[0], _rng(seed, sid, fam, "fn")
        by_lemma: dict[str, list[dict]] = defaultdict(list)
        for g in group:
            by_lemma[g["lemma"]].append(g)
        lemma = s0["lemma"] if len(by_lemma) == 1 else fam  # the family's own verb covers all its predicates
        subj = np(s0, "subject")
        parts, plural = [], subject_plural(s0["subject"])
        plural = is_plural(s0["subject"]) if plural is None else plural  # "The bulbus cordis develops": singular
        stem = rng.choice(OPEN_TEMPLATES["function"]).format(
            s=subj, does="do" if plural else "does", base=base(lemma), verb=conjugate(lemma, plural))
        for lem, gs in sorted(by_lemma.items()):
            objs = sorted({np(g, "object") for g in gs}, key=str.lower)
            parts.append(f"{conjugate(lem, plural)} {_listing(objs)}")
        answer = cap(f"{subj} {', and '.join(parts)}")
        if circular(stem, " ".join(g["object"] for g in group)):
            continue
        expl = f"{answer}." + (_quote(s0) if len(group) == 1 else "")
        out.append(Draft("open_qa", "function", stem, expl, concept_ids=[sid] + [g["object_id"] for g in group],
                         statement_ids=[g["id"] for g in group]))
    return out


def glossary_entry(d: str) -> bool:
    """A glossary definition is a noun phrase ("peptide hormone produced by ..."); one that opens with a finite verb
    ("illustrates fundamental equilibrium concepts using ...") is a sentence cut from the text, not a definition."""
    first = parse(d)[0]
    return first.tag_ not in ("VBZ", "VBP", "VBD", "MD", "VBG")  # "starting with the reactants at ...": a clause


def open_items(kb: KB, seed: int) -> list[Draft]:
    out = function_items(kb, seed)
    defined = {c["id"] for c in kb.concepts if (c.get("definition") or "").strip()}  # asked by definition_items
    for s in kb.statements:
        if not askable(kb, s):
            continue
        fam, rng = s["fam"], _rng(seed, s["id"], "open")
        subj = np(s, "subject")
        ids = dict(concept_ids=[s["subject_id"], s["object_id"]], statement_ids=[s["id"]])
        true = fact(s)
        if fam in MECHANISM and s["lemma"] in EFFECT_VERBS and kb.direct_object(s):  # "increase with age": no effect on age
            stem = rng.choice(OPEN_TEMPLATES["mechanism"]).format(s=subj, o=np(s, "object"),
                                                                  does=does(s["subject"]))
            if not circular(stem, true):
                out.append(Draft("open_qa", "mechanism", stem, f"{true}.{_quote(s)}", **ids))
        if fam == "require" and s["lemma"] in NECESSITY:
            stem = rng.choice(OPEN_TEMPLATES["requires"]).format(s=subj, does=does(s["subject"]),
                                                                  base=base(s["lemma"]))
            if not circular(stem, s["object"]):
                out.append(Draft("open_qa", "application", stem, f"{cap(s['object'])}: {_lower_first(true)}.{_quote(s)}",
                                 **ids))
        quote = (s.get("quote") or "").strip()
        # "What is X?" from a statement only where its sentence defines X (genus and differentia, X the subject of
        # the main clause): "a clean environment is a social value to them" classifies nothing
        if (fam == "is_a" and s["subject_id"] not in defined and kb.is_copula(s) and kb.grammatical_subject(s)
                and not anaphoric(s["object"])
                and not anaphoric(s["subject"]) and s.get("subject_term", True) is not False
                and not everyday_plural(s["subject"])
                and defines(s["subject"], quote) and not is_remark(s["subject"], quote)):
            stem = rng.choice(OPEN_TEMPLATES["kind"]).format(s=subj, be="are" if is_plural(s["subject"]) else "is")
            out.append(Draft("open_qa", "definition", stem, stopped(quote), **ids))
    by_class: dict[str, list[dict]] = defaultdict(list)
    for s in kb.by_family.get("is_a", []):
        if (askable(kb, s, open_question=False) and kb.is_copula(s) and kb.grammatical_subject(s)
                and _article(s, s["object"]) != "the" and not anaphoric(s["object"])
                and bare_class(s["object"])):  # "the X" names one thing; "equilibrium in which ..." is no class
            by_class[s["okey"]].append(s)
    for _okey, group in sorted(by_class.items()):
        group = sorted(group, key=lambda g: g["id"])
        for a, b in zip(group, group[1:]):
            if a["skey"] == b["skey"]:
                continue
            rng = _rng(seed, a["id"], b["id"], "cmp")
            stem = rng.choice(OPEN_TEMPLATES["comparison"]).format(a=np(a, "subject"),
                                                                   b=np(b, "subject"))
            expl = f"Both are kinds of {a['object']}: {fact(a)}, and {_lower_first(fact(b))}."
            out.append(Draft("open_qa", "comparison", stem, expl,
                             concept_ids=[a["subject_id"], b["subject_id"], a["object_id"]],
                             statement_ids=[a["id"], b["id"]]))
    return out


def bare_class(obj: str) -> bool:
    """A class named by a short noun phrase without a clause or a phrase narrowing it down: only then is "both are
    kinds of it" true of two of its members."""
    words = normalize_text(obj).split()
    return 0 < len(words) <= 3 and not set(words) & {"that", "which", "who", "whose", "where", "in", "of", "with", "for"}


def single_choice(kb: KB, seed: int) -> list[Draft]:
    out = []
    prepare(kb)
    for s in kb.statements:
        if not askable(kb, s, open_question=False):
            continue
        if s["fam"] == "is_a" and not kb.grammatical_subject(s):
            continue  # "toes are which of these? abduction": the quote does not say what its subject is
        rng = _rng(seed, s["id"], "sc")
        # objects of the same verb ("allow for rotation": other things joints allow for), not any object of the
        # family: "syndesmosis" or "suture" beside "rotation" are no movements and give the key away
        wrong = kb.wrong_objects(s, rng, 3, same_verb=True)
        if len(wrong) < 3:
            continue
        opts = [s["object"]] + [w for _, w in wrong]
        order = list(range(4))
        rng.shuffle(order)
        options = [opts[i] for i in order]
        correct = [order.index(0)]
        subj, phrase = np(s, "subject"), s["lemma"]
        if phrase == "be" or phrase.startswith("be_"):
            stem = f"According to the text, {subj} {conjugate(phrase, is_plural(subj))} which of these?"
        else:
            stem = rng.choice([f"Which of the following {does(subj)} {subj} {base(phrase)}?",
                               f"According to the text, {subj} {conjugate(phrase, is_plural(subj))} which of these?"])
        out.append(Draft("single_choice", s["fam"], cap(stem), f"{fact(s)}.{_quote(s)}", options, correct,
                         concept_ids=[s["subject_id"], s["object_id"]] + [k for k, _ in wrong if k.startswith("c_")],
                         statement_ids=[s["id"]], option_forms=["object"] * 4))
    return out


def askable(kb: KB, s: dict, open_question: bool = True) -> bool:
    """A question in the present tense about ``s`` can be asked: it is supported, affirmative, keeps its quote's
    scope (``gates.keeps_scope``) and is not a past event.  An open question also needs an answer that is the one:
    not about a class ("neurons": "Hypothalamic hormones are secreted by neurons" is no answer to "What do neurons
    secrete?"), a one-word agent of a passive, a subject named by an everyday plural ("cells", "states": not "the hip") or one inside
    another subject of the same family ("negative feedback" beside "negative feedback loop"): their answers are many."""
    if not kb.supported(s) or s["neg"] or not keeps_scope(s) or past(s):
        return False
    if not open_question:
        return True
    if (general_word(s["subject"]) and is_plural(s["subject"])) or kb.is_class(s) or (
            len(s["subject"].split()) == 1 and passive_agent(s.get("quote") or "", s["lemma"], s["subject"])):
        return False  # "What do cells rely on?", "What do neurons secrete?" (from "... are secreted by neurons")
    mine = content_words(s["subject"])
    for t in kb.by_chapter_family.get((s["chapter"], s["fam"]), []):
        theirs = content_words(t["subject"])
        # I am the general one ("negative feedback" beside "negative feedback loop"), or a near-duplicate name
        # inside mine; "cell" beside "beta cell" leaves "What does the beta cell produce?" one answer
        if t["skey"] != s["skey"] and t["onorm"] != s["onorm"] and mine and theirs and (
                mine < theirs or (theirs <= mine and len(theirs) > 1)):
            return False
    return True


__all__ = ["askable", "definition_items", "open_items", "single_choice", "true_false", "multi_select", "claim", "fact",
           "defines_term"]
