"""Candidate training items per type, each verified against the KB (``kb.KB``) before it becomes a draft.

Rules (issue 12): a key or a true claim comes from a statement its source quote supports; a wrong option or a false
claim is an object that ``KB.false_for`` clears for the subject under every predicate of the family and that is the
same kind of thing as the key, from the same chapter, sharing no content word with it; a negated claim is keyed True
only where the book states the negation, and as many false denials of certain facts are drawn, so "does not ..."
claims are correct about as often as the others; a definition answers "What is X?" only when X is the subject of the
definition and the sentence says what X is (not "X is an important part of ...").
"""

from __future__ import annotations

import random
from collections import defaultdict

from proda.datasets import LETTERS, normalize_text
from proda.lexicon.inflect import base, conjugate, does, is_plural
from proda.train.items.draft import Draft
from proda.train.items.kb import KB, content_words
from proda.train.items.phrases import defines, parse
from proda.train.items.text import cap, is_negative, sentence

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
# an object replacement is surely false only for a specific relation: X "is" (or "occurs in", "is part of") many things
NO_REPLACEMENT = {"is_a", "part_of", "contain", "connect"}
# a glossary entry that opens with one of these is a clause about something else, not a definition of the term
_NOT_DEFINITION = ("where", "which", "that", "when", "who", "because", "if", "since", "while", "although", "as ")
_ANAPHORA = {"last", "first", "second", "third", "final", "opposite", "same", "other", "following", "former", "latter", "this", "these", "that", "those", "such",
             "above", "below", "previous", "next", "its", "their", "it", "one", "another", "similar", "latter"}
# "X is an important part of Y", "X is the first organ to form": the sentence mentions X, it does not define it
_REMARK = ("important", "first", "last", "major part", "key part", "main part", "one of", "also", "often",
           "another", "this", "these", "not", "just", "key ", "unquestionably", "clearly", "certainly")

OPEN_TEMPLATES = {
    "definition": ["What is {name}?", "Define {name}.", "What does the term \"{name}\" mean?"],
    "kind": ["What {be} {s}?", "What kind of thing {be} {s}?"],
    "function": ["What {does} {s} {base}?", "Name what {s} {verb}, according to the text."],
    "mechanism": ["How {does} {s} affect {o}?", "What is the causal relation between {s} and {o}?",
                  "Explain the effect of {s} on {o}."],
    "requires": ["What {does} {s} {base}, according to the text?"],
    "comparison": ["What do {a} and {b} have in common?", "How are {a} and {b} alike?"],
}
MULTI_STEMS = ["Which of the following statements about {c} are true? Select all that apply.",
               "Select every correct statement about {c}."]
TF_STEMS = ["True or false: {sentence}.", "Is the following statement true or false? {sentence}."]
_DEF_VERBS = ("is", "are", "was", "were", "refers", "refer", "means", "mean", "describes", "denotes", "can", "consists",
              "also", "or", "the", "a", "an")


def _quote(s: dict) -> str:
    """The source sentence, quoted, unless it is held out: a chain transition's sentence, or one sharing a word
    8-gram with a chain step (the benchmark shows step texts as options; quoting them would leak benchmark text)."""
    q = (s.get("quote") or "").strip()
    return f' The text says: "{q}"' if q and not s.get("chains") and not s.get("held_out") else ""


def _rng(seed: int, *parts: str) -> random.Random:
    return random.Random(f"{seed}:" + ":".join(parts))


def _article(s: dict, obj: str) -> str:
    """The article the source puts before the object of a copula ("ACE is not a hormone"), fitted to ``obj``."""
    if s["lemma"] != "be" or obj.split(" ", 1)[0].lower() in ("a", "an", "the"):
        return ""
    q = " " + normalize_text(s.get("quote") or "") + " "
    o = normalize_text(s["object"])
    for art in ("a", "an", "the"):
        if f" {art} {o} " in q:
            return art if art == "the" else ("an" if obj[:1].lower() in "aeiou" else "a")
    return ""


def fact(s: dict, obj: str | None = None, *, negate: bool = False, subject: str | None = None) -> str:
    o = s["object"] if obj is None else obj
    art = _article(s, o)
    return sentence(subject or s["subject"], s["predicate"], f"{art} {o}" if art else o, negate=negate,
                    lemma=s.get("predicate_lemma") or "")


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
    return any(tail.startswith(r) for r in _REMARK) or anaphoric(tail)


def definition_items(kb: KB, seed: int) -> list[Draft]:
    out = []
    for c in kb.concepts:
        d = (c["definition"] or "").strip()
        name = c["name"].strip()
        if len(d) < 15 or not name or c.get("term") is False:
            continue  # engineer A's termhood: a concept that is no term of the field gets no definition item
        if d.lower().startswith(_NOT_DEFINITION):
            continue  # "subscript: where the subscript c denotes ..." defines nothing
        if d[:1].islower() and glossary_entry(d):  # the definition of exactly this term, written as a noun phrase
            ans = f"{cap(name)}: {d.rstrip('.')}."
        elif defines_term(name, d) and not is_remark(name, d) and defines(name, d):
            ans = d if d.endswith((".", "!", "?")) else d + "."
        else:
            continue  # "Define liver." must not be answered by a sentence about something else
        rng = _rng(seed, c["id"], "def")
        stem = rng.choice(OPEN_TEMPLATES["definition"]).format(name=name)
        out.append(Draft("open_qa", "definition", stem, ans, concept_ids=[c["id"]]))
    return out


def circular(stem: str, key: str) -> bool:
    """The stem already holds what the answer teaches: every content word of ``key`` is in ``stem`` ("What is the
    causal relation between A and B to decrease C?" answered "A causes B to decrease C")."""
    k = content_words(key)
    return not k or k <= content_words(stem)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if not text[1:2].isupper() else text


def _listing(objs: list[str]) -> str:
    return objs[0] if len(objs) == 1 else ", ".join(objs[:-1]) + " and " + objs[-1]


def function_items(kb: KB, seed: int) -> list[Draft]:
    """"What does X produce?" answered by every object the KB gives X under the predicate's family ("secretes CRH
    and dopamine, and produces releasing hormones"): one of several as the single answer would be arbitrary."""
    out = []
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for s in kb.statements:
        asked = (s["fam"] in FUNCTION and s["lemma"] in EFFECT_VERBS
                 # links and conversions on a direct object ("binds to collagen", "converts to fibrin")
                 or s["fam"] in ("connect", "convert") and kb.direct_object(s))
        if asked and kb.supported(s) and not s["neg"] and s.get("subject_term", True) is not False:
            groups[(s["subject_id"], s["snorm"], s["fam"])].append(s)  # one concept id may carry several names
    for (sid, _name, fam), group in sorted(groups.items()):
        group = sorted(group, key=lambda g: g["id"])
        s0, rng = group[0], _rng(seed, sid, fam, "fn")
        by_lemma: dict[str, list[dict]] = defaultdict(list)
        for g in group:
            by_lemma[g["lemma"]].append(g)
        lemma = s0["lemma"] if len(by_lemma) == 1 else fam  # the family's own verb covers all its predicates
        stem = rng.choice(OPEN_TEMPLATES["function"]).format(
            s=s0["subject"], does=does(s0["subject"]), base=base(lemma), verb=conjugate(lemma, is_plural(s0["subject"])))
        parts = []
        for lem, gs in sorted(by_lemma.items()):
            objs = sorted({g["object"] for g in gs}, key=str.lower)
            parts.append(f"{conjugate(lem, is_plural(s0['subject']))} {_listing(objs)}")
        answer = cap(f"{s0['subject']} {', and '.join(parts)}")
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
        if not kb.supported(s) or s["neg"]:
            continue
        fam, rng = s["fam"], _rng(seed, s["id"], "open")
        ids = dict(concept_ids=[s["subject_id"], s["object_id"]], statement_ids=[s["id"]])
        true = fact(s)
        if fam in MECHANISM and s["lemma"] in EFFECT_VERBS and kb.direct_object(s):  # "increase with age": no effect on age
            stem = rng.choice(OPEN_TEMPLATES["mechanism"]).format(s=s["subject"], o=s["object"], does=does(s["subject"]))
            if not circular(stem, true):
                out.append(Draft("open_qa", "mechanism", stem, f"{true}.{_quote(s)}", **ids))
        if fam == "require" and s["lemma"] in NECESSITY:
            stem = rng.choice(OPEN_TEMPLATES["requires"]).format(s=s["subject"], does=does(s["subject"]),
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
                and defines(s["subject"], quote) and not is_remark(s["subject"], quote)):
            stem = rng.choice(OPEN_TEMPLATES["kind"]).format(s=s["subject"], be="are" if is_plural(s["subject"]) else "is")
            out.append(Draft("open_qa", "definition", stem, quote if quote.endswith((".", "!", "?")) else quote + ".",
                             **ids))
    by_class: dict[str, list[dict]] = defaultdict(list)
    for s in kb.by_family.get("is_a", []):
        if (kb.supported(s) and not s["neg"] and kb.is_copula(s) and kb.grammatical_subject(s)
                and _article(s, s["object"]) != "the" and not anaphoric(s["object"])
                and bare_class(s["object"])):  # "the X" names one thing; "equilibrium in which ..." is no class
            by_class[s["okey"]].append(s)
    for _okey, group in sorted(by_class.items()):
        group = sorted(group, key=lambda g: g["id"])
        for a, b in zip(group, group[1:]):
            if a["skey"] == b["skey"]:
                continue
            rng = _rng(seed, a["id"], b["id"], "cmp")
            stem = rng.choice(OPEN_TEMPLATES["comparison"]).format(a=a["subject"], b=b["subject"])
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
    for s in kb.statements:
        if not kb.supported(s) or s["neg"]:
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
        subj, phrase = s["subject"], s["lemma"]
        if phrase == "be" or phrase.startswith("be_"):
            stem = f"According to the text, {subj} {conjugate(phrase, is_plural(subj))} which of these?"
        else:
            stem = rng.choice([f"Which of the following {does(subj)} {subj} {base(phrase)}?",
                               f"According to the text, {subj} {conjugate(phrase, is_plural(subj))} which of these?"])
        out.append(Draft("single_choice", s["fam"], cap(stem), f"{fact(s)}.{_quote(s)}", options, correct,
                         concept_ids=[s["subject_id"], s["object_id"]] + [k for k, _ in wrong if k.startswith("c_")],
                         statement_ids=[s["id"]], option_forms=["object"] * 4))
    return out


def claim(kb: KB, s: dict, true: bool, negated: bool, rng: random.Random) -> tuple[str, str] | None:
    """A claim about ``s``'s subject that is ``true`` or false, in the affirmative or ``negated`` surface form:
    (text, how), or None when it cannot be built reliably.

    True: the fact in the form the book states it (a negated claim is true only where the book states the negation).
    False + negated: the denial of an affirmative fact the book states without hedge, of known sign.
    False + affirmative: the object replaced by one verified false for the subject under the whole family, sharing
    no content word with the key, and only for a specific relation (not "is", "is part of", "contains").
    "X does not V W" with a made-up W is never keyed True: it is nonsense or, where W happens to hold, false."""
    if not kb.supported(s):
        return None
    if true:
        if s["neg"] and not (kb.ends_clause(s) and kb.main_clause(s)):
            return None  # "do not socialize children [in a vacuum]": a cut negation flips the book's meaning
        return (fact(s), "true") if negated == s["neg"] else None
    if not kb.polarity_known(s) or s["neg"]:
        return None  # "X does not cross W" says nothing the KB can check
    if negated:
        return (fact(s, negate=True), "negation") if kb.certain(s) and not kb.is_class(s) else None
    if s["fam"] in NO_REPLACEMENT or s["lemma"].startswith("be") or not kb.certain(s):
        return None  # "algae can produce biodiesel, ...": a hedged fact leaves other objects possible
    # another object of the same verb ("pumps blood" -> "pumps lymph"), not any object of the family: a replacement
    # from another verb ("Sarkozy sends in predictions") is false but absurd, so "False" is guessed without knowledge
    w = kb.wrong_objects(s, rng, 1, same_verb=True)
    return (fact(s, w[0][1]), "object_replacement") if w else None


def true_false(kb: KB, seed: int) -> list[Draft]:
    """Affirmative pairs: for each supported statement with a verified wrong object, one true claim and one object
    replacement.  Negated claims: the book's own negations (true) and as many denials of certain affirmative facts
    (false), so a "not" in a claim tells nothing about its verdict."""
    out = []

    def add(s: dict, verdict: bool, text: str, how: str, rng: random.Random) -> None:
        said = fact(s)
        expl = f"According to the text, {said[:1].lower() + said[1:] if not said[1:2].isupper() else said}.{_quote(s)}"
        out.append(Draft("true_false", "true" if verdict else how, rng.choice(TF_STEMS).format(sentence=text),
                         expl if not verdict else f"{said}.{_quote(s)}", verdict="True" if verdict else "False",
                         option_forms=[_form(text)], concept_ids=[s["subject_id"], s["object_id"]],
                         statement_ids=[s["id"]]))

    denials = []
    n_negated_true = 0
    for s in kb.statements:
        rng = _rng(seed, s["id"], "tf")
        if s["neg"]:
            got = claim(kb, s, True, True, rng)
            if got and kb.polarity_known(s):
                add(s, True, got[0], got[1], rng)
                n_negated_true += 1
            continue
        if not kb.usable(s):
            continue
        t, f = claim(kb, s, True, False, rng), claim(kb, s, False, False, rng)
        if t and f:
            add(s, True, t[0], t[1], rng)
            add(s, False, f[0], f[1], rng)
        d = claim(kb, s, False, True, rng)
        if d:
            denials.append((s, d, rng))
    pick = _rng(seed, "tf-denials")
    pick.shuffle(denials)
    for s, d, rng in denials[:n_negated_true]:  # as many false negated claims as true ones
        add(s, False, d[0], d[1], rng)
    return out


def _form(text: str) -> str:
    return "negated" if is_negative(text) else "affirmative"


def multi_select(kb: KB, seed: int) -> list[Draft]:
    """"Which statements about C are true?": 1-4 true options; each option's form drawn apart from its truth."""
    out = []
    for cid in sorted(kb.by_concept):
        # statements about C: C is their subject (an option about another subject is no statement about C)
        group = sorted((g for g in kb.by_concept[cid] if kb.usable(g) and g["subject_id"] == cid), key=lambda g: g["id"])
        if not group:
            continue
        cname = group[0]["subject"]
        group = [g for g in group if g["snorm"] == group[0]["snorm"]]  # one concept id may carry several names
        if len(group) < 2:
            continue
        rng = _rng(seed, cid, "ms")
        pool = group[:]
        rng.shuffle(pool)
        for k in range(max(1, min(3, len(pool) // 2))):
            chunk = pool[k * 2: k * 2 + 4]
            if len(chunk) < 2:
                break
            plan = [True] * rng.choice([1, 2, 2, 3, 3, 4]) + [False] * 4
            plan = plan[:4]
            rng.shuffle(plan)
            opts: list[tuple[str, bool, dict, str]] = []
            for j, want in enumerate(plan):
                neg = False  # a negated option is true only where the book states the negation: none here
                for t in chunk[j % len(chunk):] + chunk[: j % len(chunk)]:
                    got = claim(kb, t, want, neg, rng)
                    if got and all(normalize_text(got[0]) != normalize_text(o[0]) for o in opts):
                        opts.append((got[0], want, t, got[1]))
                        break
            if len(opts) != 4 or not any(o[1] for o in opts):
                continue
            options = [o[0] for o in opts]
            correct = [i for i, o in enumerate(opts) if o[1]]
            reasons = []
            for i, (_text, ok, t, how) in enumerate(opts):
                if ok:
                    reasons.append(f"{LETTERS[i]} is true." if how != "true" else f"{LETTERS[i]} is stated in the text.")
                else:
                    why = {"object_replacement": "names the wrong object", "negation": "denies what the text says"}[how]
                    reasons.append(f"{LETTERS[i]} is false ({why}); the text says: {fact(t)}.")
            stem = rng.choice(MULTI_STEMS).format(c=cname)
            units = {u for o in opts for u in (o[2]["subject_id"], o[2]["object_id"])}
            out.append(Draft("multi_select", "concept", stem, " ".join(reasons), options, correct,
                             concept_ids=sorted(units | {cid}), statement_ids=sorted({o[2]["id"] for o in opts}),
                             option_forms=[_form(o) for o in options]))
    return out


__all__ = ["definition_items", "open_items", "single_choice", "true_false", "multi_select", "claim", "fact",
           "defines_term"]
