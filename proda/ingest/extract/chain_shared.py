"""A cascade link carried by a shared term: "X raises Y. Increased Y triggers Z." -- the next sentence's subject is
what the clause before brought about, the same term up to change words and measure nouns, moved the same way.

Split from ``chain_cascades.py`` (which re-exports these names; ``proda.ingest.mine`` reads ``direction``); cues are
data in ``patterns/chains.toml`` (section ``shared``).
"""

from __future__ import annotations

from proda.ingest.extract.chain_leads import _verb_family, own_cause
from proda.ingest.extract.chain_rules import Sent, rules  # noqa: F401
from proda.ingest.extract.chain_text import not_event
from proda.lexicon import family_of, polarity_of


_ARG_DEPS = ("dobj", "pobj", "attr", "oprd", "nsubj", "nsubjpass", "xcomp")


def _key(tokens) -> frozenset[str]:
    """The quantity a noun phrase names: content lemmas without change words ("increased", "higher") and, beside
    other words, without measure nouns ("levels", "the amount of")."""
    r = rules()["shared"]
    words = [t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "X") and t.lower_ not in r["change_words"]
             and t.lemma_.lower() not in r["change_words"]]
    kept = [w for w in words if w not in r["measure_nouns"]]
    return frozenset(kept or words)


def _specific(tokens, key: frozenset[str]) -> bool:
    """A term that can carry a link alone: several words, a name or symbol, or one word that is no everyday English."""
    from proda.ingest.extract.terms import zipf

    if len(key) >= 2:
        return True
    word = next(iter(key), "")
    if not word or any(t.pos_ == "PRON" for t in tokens):
        return False
    named = any(c.isdigit() or (c.isupper() and (k or not t.is_sent_start)) for t in tokens for k, c in enumerate(t.text))
    return named or zipf(word) < rules()["shared"]["max_single_zipf"]  # a capital opening the sentence names nothing


def direction(words) -> int:
    """+1 when a change word says the quantity went up ("increased Y", "high Y"), -1 down ("low Y"), 0 neither."""
    r = rules()["shared"]
    ws = [w.lower() for w in words]
    up, down = any(w in r["up_words"] for w in ws), any(w in r["down_words"] for w in ws)
    return 0 if up == down else (1 if up else -1)


def _results(span) -> list[tuple[frozenset[str], object]]:
    """What the causal clauses of ``span`` bring about: the keys of the noun phrases in their objects (the
    object itself and the nouns it is "of": "the release of ADH" gives "release ADH" and "ADH")."""
    fams = rules()["cascade"]["families"]
    out = []
    for v in span:
        if v.pos_ != "VERB" or _verb_family(v) not in fams or any(c.dep_ == "neg" for c in v.children):
            continue
        for t in span:
            if t.i <= v.i or t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in _ARG_DEPS:
                continue
            if t.dep_ == "pobj" and t.head.lower_ not in ("of", "to", "into") and not (
                    t.head.lower_ == "in" and t.head.head.lemma_.lower() in rules()["cascade"]["event_nouns"]):
                continue  # "from the anterior pituitary", "in the liver": where it happens, not what it brings about;
                # "an increase in intrapulmonary pressure" names the quantity that moved
            gov = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if gov is None or gov.i != v.i:
                continue
            cut = {y.i for x in t.subtree if x.dep_ in ("relcl", "acl", "appos") for y in x.subtree}
            toks = [x for x in t.subtree if span.start <= x.i < span.end and x.i not in cut]
            # which way the clause moved its result: the verb's sign, flipped by a decrease word on the object
            sign = polarity_of(_verb_lemma(v)) * (direction(x.text for x in toks) or 1)
            if t.head.lower_ == "in" and t.head.head.lemma_.lower() in ("decrease", "reduction", "fall", "drop", "loss"):
                sign = -sign  # "causing a decrease in pressure": the quantity went down
            out.append((_key(toks), sign))
            out.append((_key(x for x in toks if x.i >= t.left_edge.i and (x.i <= t.i)), sign))
    return [(k, v) for k, v in out if k]


def _verb_lemma(t) -> str:
    lemma = t.lemma_.lower()
    prep = next((c.lower_ for c in t.children if c.dep_ in ("prep", "prt") and c.i > t.i), "")
    return f"{lemma}_{prep}" if prep and family_of(f"{lemma}_{prep}") != f"{lemma}_{prep}" else lemma


def continues(prev, s: Sent) -> bool:
    """ "X raises Y. Increased Y triggers Z.": the subject of this sentence's main verb (an event: causal, or being
    moved, bound, converted) is what the previous clause's causal verb brought about (same term up to change words
    and measure nouns, and a specific one), moved the way that clause moved it ("X lowers Y. Low Y ..." links,
    "X lowers Y. High Y ..." does not) -- or the quantity that clause told moving as its own subject, taken up with
    a change word the same way ("Y falls. The falling Y reduces Z", ``_moved_subjects``)."""
    root = s.span.root
    if root.pos_ != "VERB" or _verb_family(root) not in rules()["shared"]["next_families"] or not_event(s.span):
        return False
    if own_cause(root):
        return False  # "When you are dehydrated, salivation is reduced": the sentence names its own cause, so a shared
        # term with the clause before does not make it that clause's outcome (audit round 9: two causes spliced)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.left_edge.lower_ in rules()["cascade"]["demonstratives"]:
        return False
    cut = {y.i for x in subj.subtree if x.dep_ in ("relcl", "acl", "appos") for y in x.subtree}
    toks = [t for t in subj.subtree if t.i not in cut and t.i < root.i]
    key, moved = _key(toks), direction(t.text for t in toks)
    if not key or not _specific(toks, key):
        return False
    return any(k == key and moved in (0, sign) for k, sign in _results(prev)) or (
        moved != 0 and any(k == key and moved == sign for k, sign in _moved_subjects(prev)))


def _moved_subjects(span) -> list[tuple[frozenset[str], int]]:
    """The quantities a clause of ``span`` moves as their own subject, with the way they went: "the reservoir level
    falls" gives ({reservoir}, -1).  A verb of change (``shared.moved_families``) with no object, not negated.

    Why: "X lowers Y. Lower Y ..." links through the object of a causal verb (``_results``); "Y falls. The falling Y
    reduces Z" says the same with the change told of Y itself, and was no link (gold census, chemistry 13: "its
    concentration falls ... The decreasing concentration ..."). The caller asks the next subject to carry a change word
    that moves it the same way ("The falling Y"): a bare "Y" again names the quantity, not its fall."""
    fams = rules()["shared"]["moved_families"]
    out = []
    for v in span:
        if v.pos_ != "VERB" or _verb_family(v) not in fams or any(c.dep_ in ("neg", "dobj") for c in v.children):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subj is None or not span.start <= subj.i < span.end:
            continue
        cut = {y.i for x in subj.subtree if x.dep_ in ("relcl", "acl", "appos") for y in x.subtree}
        key = _key(t for t in subj.subtree if t.i not in cut and t.i < v.i)
        if key:
            out.append((key, polarity_of(_verb_lemma(v))))
    return out


def refers_back(prev, s: Sent) -> bool:
    """ "... the river carried a huge flood. This flood caused ...": a demonstrative noun phrase
    (``cascade.back_determiners`` + noun) as subject of a causal verb, or of any event verb with an order adverb
    (``cascade.order_adverbs``: "This blood eventually returns to ..."), takes up what the clause before acted on, so
    the sentence is that clause's next step (gold misses "This torque leads to ...", "This momentum led to ...", "This
    blood eventually returns"). Only where its noun heads an argument (``_BACK_DEPS``: subject, object, or what the verb
    leads "to"/"into") of a verb of the LAST clause of the sentence before (``prev``, its last step): a noun of an
    earlier clause would join the sentence after a step it does not follow. A bare pronoun ("It caused"), a noun of
    nothing before ("This bridge") or a general noun (``enumeration.generic_nouns``: "These people") link nothing; nor a
    copula or a negated verb before."""
    r = rules()["cascade"]
    root = s.span.root
    ordered = root.lemma_.lower() not in r["state_verbs"] and any(
        c.dep_ == "advmod" and c.lower_ in r["order_adverbs"] and c.i < root.i for c in root.children)
    if root.pos_ != "VERB" or not (_verb_family(root) in r["families"] or ordered) or not_event(s.span) or own_cause(root):
        return False  # "This water eventually flows over the dam": an order adverb says it comes next, whatever the verb
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.left_edge.i != s.span.start \
            or subj.left_edge.lower_ not in r["back_determiners"]:
        return False
    lemma = subj.lemma_.lower()
    if lemma in rules()["enumeration"]["generic_nouns"]:
        return False
    main = prev.root
    verbs = [main] + [c for c in main.children if c.dep_ in ("conj", "xcomp", "ccomp") and c.pos_ == "VERB"]
    for v in verbs:
        if v.pos_ != "VERB" or v.lemma_.lower() in r["state_verbs"] or any(c.dep_ == "neg" for c in v.children):
            continue
        for t in _arguments(v):
            if prev.start <= t.i < prev.end and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() == lemma:
                return True
    return False


_BACK_DEPS = ("dobj", "nsubj", "nsubjpass", "oprd")


def _arguments(v):
    """The heads of ``v``'s subject and objects, and of what it leads "to" or "into" ("led to a strike")."""
    for c in v.children:
        if c.dep_ in _BACK_DEPS:
            yield c
        elif c.dep_ in ("prep", "agent") and c.lower_ in ("to", "into", "by"):
            yield from (g for g in c.children if g.dep_ == "pobj")
