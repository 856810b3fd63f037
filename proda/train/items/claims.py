"""True/false claims and multi-select options built from statements (split from ``generators``).

Rules (issue 12, audit round 3): a true claim is a supported statement in its quote's tense, articles and scope
(``gates``); a false claim is the denial of a certain fact or an object replacement that is the same kind of thing
as the key (same head noun or class noun, a shared is-a class, both proper names or both one technical word), named nowhere else in the
claim, under a subject with no possessive pronoun that could point at the key; every claim must parse as English
with its verb agreeing with its subject.
"""

from __future__ import annotations

import random
from functools import lru_cache

from lemminflect import getLemma
from wordfreq import zipf_frequency

from proda.datasets import LETTERS, normalize_text
from proda.lexicon import families, family_of
from proda.train.items.draft import Draft
from proda.train.items.gates import cued, keeps_scope, reads_as_english, universal_passive
from proda.train.items.kb import KB
from proda.train.items.phrases import GENERAL_ZIPF
from proda.train.items.render import _quote, _rng, article_in, fact, np, prepare
from proda.train.items.text import comparison, is_negative
from proda.train.items.words import head_noun, head_word

# an object replacement is surely false only for a specific relation: X "is" (or "occurs in", "is part of") many things
NO_REPLACEMENT = {"is_a", "part_of", "contain", "connect"}
MULTI_STEMS = ["Which of the following statements about {c} are true? Select all that apply.",
               "Select every correct statement about {c}."]
TF_STEMS = ["True or false: {sentence}.", "Is the following statement true or false? {sentence}."]
REPLACEMENT_DRAWS = 6  # candidates drawn before the kind and cue checks pick one


def _name(text: str) -> bool:
    words = text.split()
    return bool(words) and all(w[:1].isupper() for w in words) and not all(w.isupper() for w in words)


def _term(text: str) -> bool:
    """One word not in everyday use ("glucagon", "TSH", "osteoblasts"; ``phrases.GENERAL_ZIPF``): a technical name."""
    words = text.split()
    return len(words) == 1 and any(ch.isalpha() for ch in text) and zipf_frequency(text.lower(), "en") < GENERAL_ZIPF


def _class_words(kb: KB, text: str) -> set[str]:
    """Class nouns a phrase names before its head ("the hormone glucagon", "hormones called glucocorticoids")."""
    words = normalize_text(text).split()[:-1]
    lemmas = {(getLemma(w, "NOUN") or [w])[0] for w in words}
    return {w for w in lemmas if kb.class_word(w)}


@lru_cache(maxsize=8192)
def action_family(noun: str) -> str:
    """The lexicon family of the verb a noun names the act of ("secretion" -> secrete -> produce, "release" ->
    produce, "inhibition" -> inhibit); "" when the noun names no act of a known family."""
    known = families()
    w = noun.lower()
    if w.endswith("ion"):  # "secretion" -> "secrete", "inhibition" -> "inhibit", "production" -> "produce"
        cands: tuple[str, ...] = (w[:-3], w[:-3] + "e", w[:-4] + "e")
    elif w.endswith("ment"):  # "development" -> "develop"
        cands = (w[:-4],)
    else:  # the verb itself as a noun: "release", "control", "transport"
        cands = (w,)
    for cand in cands:
        if len(cand) > 3 and cand.isalpha() and family_of(cand) in known:
            return family_of(cand)
    return ""


def same_class(kb: KB, s: dict, text: str) -> bool:
    """``text`` is the same kind of thing as ``s``'s object: the same head noun, the same class noun before the
    head, an is-a class in common, or both proper names or both acronyms.  "Wine production" for "decision makers"
    (objects of one verb) is not."""
    key = s["object"]
    if head_noun(text) == s["ohead"] or _class_words(kb, key) & _class_words(kb, text):
        return True
    act = action_family(head_word(key))
    if act and act == action_family(head_word(text)):
        return True  # "the release of GnRH" / "secretion of PTH": acts of one family
    mine = kb.classes.get(s["okey"], set())
    theirs = set().union(*(kb.classes.get(t["okey"], set()) for t in kb.by_chapter.get(s["chapter"], [])
                           if t["object"] == text)) if mine else set()
    return bool(mine & theirs) or (_name(key) and _name(text)) or (_term(key) and _term(text))


def _article_of(kb: KB, s: dict, text: str) -> str:
    """The article ``text`` takes in a sentence of its own (where the KB took it from), fitted to the claim."""
    for t in kb.by_chapter.get(s["chapter"], []):
        for side in ("object", "subject"):
            if t[side] == text:
                return article_in(t.get("quote") or "", text)
    return ""


def claim(kb: KB, s: dict, true: bool, negated: bool, rng: random.Random) -> tuple[str, str] | None:
    """A claim about ``s``'s subject that is ``true`` or false, in the affirmative or ``negated`` surface form:
    (text, how), or None when it cannot be built reliably.

    True: the fact in the form the book states it (a negated claim is true only where the book states the negation).
    False + negated: the denial of an affirmative fact the book states without hedge, of known sign.
    False + affirmative: the object replaced by one verified false for the subject under the whole family, sharing
    no content word with the key, and only for a specific relation (not "is", "is part of", "contains").
    "X does not V W" with a made-up W is never keyed True: it is nonsense or, where W happens to hold, false."""
    if not kb.supported(s) or not keeps_scope(s):
        return None  # a cut argument, a dropped qualifier, a spliced clause, a formula without its layout
    if universal_passive(s.get("quote") or "", s["lemma"], s["subject"]):
        return None  # "Every fiber is innervated by a motor neuron" is no "a motor neuron innervates every fiber"
    got = _claim(kb, s, true, negated, rng)
    return got if got and reads_as_english(got[0], s["lemma"], np(s, "subject")) else None


def _claim(kb: KB, s: dict, true: bool, negated: bool, rng: random.Random) -> tuple[str, str] | None:
    if true:
        if s["neg"] and not (kb.ends_clause(s) and kb.main_clause(s)):
            return None  # "do not socialize children [in a vacuum]": a cut negation flips the book's meaning
        return (fact(s), "true") if negated == s["neg"] else None
    if not kb.polarity_known(s) or s["neg"]:
        return None  # "X does not cross W" says nothing the KB can check
    if negated:
        return (fact(s, negate=True), "negation") if kb.certain(s) and not kb.is_class(s) else None
    if s["fam"] in NO_REPLACEMENT or s["lemma"].startswith("be") or not kb.certain(s) or comparison(s):
        # ("have more parties than monarchies": another side of a comparison is not verified false, session 24)
        return None  # "algae can produce biodiesel, ...": a hedged fact leaves other objects possible
    # another object of the same verb ("pumps blood" -> "pumps lymph"), not any object of the family: a replacement
    # from another verb ("Sarkozy sends in predictions") is false but absurd, so "False" is guessed without knowledge
    for _okey, text in kb.wrong_objects(s, rng, REPLACEMENT_DRAWS, same_verb=True):
        if not same_class(kb, s, text):
            continue  # "individual level of analysis focuses on wine production": absurd, so guessed False
        said = fact(s, text, obj_article=_article_of(kb, s, text))
        if not cued(said, text, s["subject"]):
            return said, "object_replacement"
    return None


def true_false(kb: KB, seed: int) -> list[Draft]:
    """Affirmative pairs: for each supported statement with a verified wrong object, one true claim and one object
    replacement.  Negated claims: the book's own negations (true) and as many denials of certain affirmative facts
    (false), so a "not" in a claim tells nothing about its verdict."""
    out = []
    prepare(kb)

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
    prepare(kb)
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


__all__ = ["claim", "true_false", "multi_select", "same_class", "NO_REPLACEMENT", "TF_STEMS", "MULTI_STEMS"]
