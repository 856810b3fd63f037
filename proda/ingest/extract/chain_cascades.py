"""Causal cascades inside one paragraph: clauses joined by an explicit causal connective (see ``chains.py``).

Split from ``chain_rules.py``; cues are data in ``patterns/chains.toml`` (section ``cascade``).
"""

from __future__ import annotations

import re

from proda.ingest.extract.chain_rules import Found, Sent, Step, _short, _starts_with, _strip_marker, rules
from proda.ingest.extract.chain_text import _abbreviation, _full_stop, _quoted_term, _quotes_a_view, not_event  # noqa: F401
from proda.lexicon import family_of, polarity_of


def _verb_family(t) -> str:
    lemma = t.lemma_.lower()
    prep = next((c.lower_ for c in t.children if c.dep_ in ("prep", "prt") and c.i > t.i), "")
    fam = family_of(f"{lemma}_{prep}") if prep else ""
    return fam if fam and fam != f"{lemma}_{prep}" else family_of(lemma)


def _inner_splits(s: Sent) -> list[int]:
    """Token indices where a causal clause opens inside a sentence.

    Two shapes only: a relative clause on the previous clause's object (", which in turn causes ..."; its
    antecedent must hang on a verb of the clause just before, so "alpha cells, which produce X; beta cells,
    which produce Y" is a list, not a cascade) and a present participle after a comma (", leading to ...",
    ", thereby reducing ...").  Coordinated verbs ("inhibits X, reduces Y, and signals Z") are parallel
    effects, never steps of one sequence.
    """
    r = rules()["cascade"]
    out: list[int] = []
    for t in s.span:
        turn = t.i >= 2 and t.doc[t.i - 1].lower_ == "turn" and t.doc[t.i - 2].lower_ == "in"
        if t.pos_ != "VERB" or t.i <= s.span.start + 2 or (_verb_family(t) not in r["families"] and not turn
                                                            and _consequence_conjunct(t) < 0):
            continue  # ", which in turn provide more neutrons": "in turn" ("and thus") marks the link whatever the verb
        bound = -1  # where a clause opens without a comma before it (a restrictive "that", "and thus")
        if t.dep_ == "relcl":
            rel = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")), None)
            if rel is None:
                continue
            ante = t.head
            verb = next((a for a in ante.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is None or not (out[-1] if out else s.span.start) <= verb.i < t.i:
                continue
            if ante.dep_ == "conj" or any(c.dep_ == "conj" and c.i > t.i for c in ante.children) or any(
                    c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in t.children):
                continue  # "contains immunoglobulin A, which prevents ..., and lysozyme, which ...": an aside on one
                # item of a list, not what the clause before brought about (audit round 9)
            if _restrictive_result(rel, ante, verb):
                bound = rel.i
        elif t.dep_ == "conj" and t.tag_ == "VBG":
            bound = _consequence_conjunct(t)
            if bound < 0:
                continue
        elif not (t.dep_ in ("advcl", "acl", "xcomp") and t.tag_ == "VBG"):
            continue
        between = t.doc[out[-1] if out else _opening(s) : t.i]
        if any(x.text == ";" or x.lower_ in r["contrast"] or _alternative(x) for x in between):
            continue  # "X, whereas Y, increasing Z" / "A; B, which ..." / "yielding X or, with excess Y, forming Z":
            # parallel, contrasted or alternative, not a sequence
        k = t.i - 1
        while k > s.span.start and t.doc[k].lower_ in r["inner_lead"] and t.doc[k].text not in ",;":
            k -= 1
        if t.doc[k].text in ",;" and (not out or k + 1 > out[-1]):
            out.append(k + 1)
        elif bound > s.span.start and (not out or bound > out[-1]):
            out.append(bound)
    return out


def _alternative(x) -> bool:
    """An "or" on a verb that coordinates nothing else ("yielding trihalides or, with excess fluorine, forming the
    pentahalides"): what follows is the other outcome.  "stimulates lipolysis, or the breakdown of ..." has its
    conjunct (a gloss) and is no alternative."""
    return x.lower_ == "or" and x.dep_ == "cc" and x.head.pos_ == "VERB" and not any(c.dep_ == "conj" for c in x.head.children)


def _restrictive_result(rel, ante, verb) -> bool:
    """ "Her arrest triggered a public outcry that led to the famous Montgomery bus boycott": a relative clause with
    no comma before it opens the next step only when its noun is what the clause before brought about (the direct
    object of a causal verb, right before "that"/"which") and its own verb is causal (the caller checks).  "She
    joined a group that led the protest" names the group; "joined" brought nothing about.  Nor does a verb that
    blocks, lowers, stops or harms its object (negative sign, or a family of ``cascade.holds_back``): "Aspirin inhibits
    the enzymes that produce prostaglandins" says the producing is held back, so it cannot be the step that follows
    (review 11).  The governing verb only: ``chain_events.changed`` also reads the verbs above it ("..., creating a
    pressure gradient that causes air to leave" under "the pressure rises")."""
    fams = rules()["cascade"]["families"]
    return (rel.i == ante.i + 1 and ante.dep_ == "dobj" and ante.head.i == verb.i
            and _verb_family(verb) in fams and not any(c.dep_ == "neg" for c in verb.children)
            and polarity_of(verb.lemma_.lower()) >= 0 and _verb_family(verb) not in rules()["cascade"]["holds_back"])


def _consequence_conjunct(t) -> int:
    """ "..., allowing the state to call upon the people and thus enhancing the state's legitimacy": a participle
    joined by "and thus" / "and thereby" / "and therefore" to a comma participle is that participle's consequence,
    the next step (a bare "and" joins parallel effects: "inhibits X, reduces Y, and signals Z" stays one step).  The
    index of "and", or -1."""
    head = t.head
    if not (head.tag_ == "VBG" and head.dep_ in ("advcl", "acl", "xcomp")):
        return -1
    low = [x.lower_ for x in t.doc[max(head.i + 1, t.i - 3): t.i]]
    for phrase in rules()["cascade"]["inner_phrases"]:
        words = phrase.split()
        if words[0] == "and" and low[-len(words):] == words:
            return t.i - len(words)
    return -1


def _opening(s: Sent) -> int:
    """Where the sentence's own clauses begin: after a sentence adverb and its comma ("However, when the threshold
    is reached, ..."), which relate the sentence to the one before and are no contrast inside it."""
    sp = s.span
    if len(sp) > 4 and sp[0].pos_ == "ADV" and sp[0].head.i == sp.root.i and sp[1].text == ",":
        return sp.start + 2
    return sp.start


def _is_verb(t) -> bool:
    """A verb, or a word the small pipeline tagged as a noun that has its own subject ("When blood glucose rises":
    "rises" NNS with the subject "glucose"; "the thoracic cavity and lungs decrease in volume": "decrease" a noun
    as the root) and so is the clause's verb all the same."""
    return t.pos_ == "VERB" or (t.tag_.startswith("NN") and t.dep_ in ("advcl", "ROOT")
                                and any(g.dep_ == "nsubj" for g in t.children))


def _temporal_lead(s: Sent) -> tuple[int, str]:
    """ "When the body loses water, the pituitary releases ADH": (token index where the main clause opens, the
    opening word) when the sentence opens with a temporal clause that has its own subject; (-1, "") otherwise."""
    r = rules()["cascade"]
    root = s.span.root
    first = _opening(s)
    for c in root.children:
        if c.dep_ != "advcl" or c.i > root.i or c.left_edge.i != first or not _is_verb(c):
            continue
        mark = " ".join(t.lower_ for t in s.span[first - s.span.start: c.i - s.span.start]
                        if t.dep_ in ("mark", "advmod") and t.head.i == c.i or t.lower_ == "as" and t.head.i in (c.i, first + 1))
        lead = mark.split(" ")[0] if mark else ""
        joined = " ".join(t.lower_ for t in s.span[first - s.span.start: first - s.span.start + 3])
        is_lead = any(joined.startswith(p + " ") for p in r["temporal_leads"]) or (
            lead in r["change_leads"] and _verb_family(c) in ("increase", "decrease"))
        if not is_lead or not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return -1, ""
        end = c.right_edge.i + 1
        subj = next((g for g in root.children if g.dep_ in ("nsubj", "nsubjpass") and g.i > end), None)
        if subj is None or subj.pos_ == "PRON" or subj.lower_ in r["demonstratives"]:
            return -1, ""  # "When ..., they diffuse": the main clause must say who acts ("that law" does)
        if end + 1 < s.span.end and s.span.doc[end].text == "," and s.span.doc[end + 1].lower_ not in r["contrast"]:
            return end + 1, s.span.doc[s.span.start:first + 1].text
    return -1, ""


def _outcome_when(s: Sent) -> int:
    """ "A glucose-sparing effect occurs when GH stimulates lipolysis, releasing fatty acids ...": the main clause
    names the outcome of what the when-clause and its continuation describe, so as a first step it put the result
    before its causes (audit round 5: "the glucose-sparing effect" offered as a step that does not follow).  The
    token index where the when-clause's own words begin (its subject), or -1 when the sentence is not of that shape."""
    r = rules()["cascade"]
    root = s.span.root
    if root.lemma_.lower() not in r["outcome_verbs"] or any(c.dep_ in ("dobj", "attr") for c in root.children):
        return -1
    for c in root.children:
        if c.dep_ != "advcl" or c.i < root.i or c.pos_ != "VERB":
            continue
        mark = next((g for g in c.children if g.dep_ in ("mark", "advmod") and g.i < c.i), None)
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i), None)
        if mark is None or mark.lower_ not in r["temporal_leads"] or subj is None or subj.pos_ == "PRON":
            return -1
        return mark.i + 1
    return -1


def _initial(s: Sent) -> str:
    """The connective opening a sentence that makes it the consequence of the one before ("" if none).

    "As a result, ..." and "As a result of this change, ..." link; "As a result of X, ..." names its own
    cause and "In response to X, ..." its own trigger, so neither continues the previous clause.
    """
    r = rules()["cascade"]
    low = s.text.lower()
    back = _back_lead(s)
    if back:
        return back
    p = _starts_with(low, r["initial"])
    if not p:
        return ""
    rest = low[len(p):].lstrip()
    if rest.startswith("of "):
        tail = rest[3:]
        if not _starts_with(tail, r["demonstratives"]):
            return ""
        comma = low.find(",", len(p))
        return s.text[: comma + 1] if 0 < comma < len(p) + 60 else ""
    if rest.split(" ", 1)[0] in ("to", "with", "that"):
        return ""
    if p.split()[-1] in r["demonstratives"] and rest[:1].isalpha():
        # "Because of this reflex, ...": the demonstrative names a thing of its own (audit round 9: the step read
        # "reflex, your lunch is ..."); only an event noun ("because of this change,") is the clause before
        noun = re.match(r"[a-z-]+", rest).group(0)
        comma = low.find(",", len(p))
        return s.text[: comma + 1] if noun in r["event_nouns"] and comma == len(p) + 1 + len(noun) else ""
    return p


def _back_lead(s: Sent) -> str:
    """ "After this occurs, ATP is converted ...", "Once this happens, ...", "After this, ...": a temporal lead
    whose event is a bare demonstrative points at the clause before, so the sentence is what happens next.  The lead
    through its comma ("" if none): "After this step, ..." or "Once this happens" run past a few words are no lead."""
    r = rules()["cascade"]
    low = s.text.lower()
    p = _starts_with(low, r["back_leads"])
    if not p:
        return ""
    comma = low.find(",", len(p))
    if comma < 0 or len(low[len(p):comma].split()) > 2:
        return ""
    words = low[len(p):comma].split()
    if words and not all(w in r["back_verbs"] for w in words):
        return ""  # "After this decision, the court ...": a named event of its own, not the clause before
    rest = low[comma + 1:].split()
    if rest and rest[0] in ("and", "or", "but", "if"):
        return ""  # "When this happens, and it often does, ...": an aside, not the next event
    return s.text[: comma + 1]


def _then_next(s: Sent) -> bool:
    """ "The Ca++ then initiates contraction.", "Pi is then released, ...": "then" on the main verb, before it or
    right after it, says the clause happens next -- after the clause before it in the paragraph.  Only with a noun
    subject (who acts must be named: "These neutrons" yes, a bare "This" or "It" no) and never in a condition ("If X, then Y") or "then" as "at that time" at the end."""
    root = s.span.root
    if root.pos_ not in ("VERB", "AUX") or any(t.lower_ == "if" for t in s.span):
        return False
    then = next((c for c in root.children if c.lower_ == "then" and c.dep_ == "advmod"), None)
    if then is None or then.i > root.i + 1 or then.i == s.span.start:
        return False  # a sentence opening with "Then" is the ordinal rule's (a marked sequence), not a cascade's
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.i < then.i and subj.pos_ in ("NOUN", "PROPN")  # "These neutrons may then cause"


def _demonstrative_cause(s: Sent) -> bool:
    """ "This causes ...", "These changes reduce ...": a bare demonstrative, or one with an event noun, as subject
    of a causal verb.  "These hormones increase ..." names agents, not the previous event, and does not link."""
    r = rules()["cascade"]
    root = s.span.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i != s.span.start or subj.left_edge.lower_ not in r["demonstratives"]:
        return False
    if _verb_family(root) not in r["families"]:
        return False
    return subj.i == subj.left_edge.i or subj.lemma_.lower() in r["event_nouns"] or family_of(subj.lemma_.lower()) in r["families"]


def _event_ok(span, first: bool) -> bool:
    """A cascade step needs a verb with a subject or an object; the first step a subject that is not a pronoun."""
    verbs = [t for t in span if _is_verb(t)]
    if not verbs or not_event(span):
        return False
    if not first:
        return True
    lead = next((t for t in span if t.is_alpha), None)
    if lead is not None and (lead.tag_ == "VBG" or lead.lower_ in ("which", "that", "and", "thus", "thereby")):
        return False  # "causing the rib cage to expand ...": a continuation whose cause was left out (audit round 6)
    subj = next((c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.left_edge.lower_ not in rules()["cascade"]["demonstratives"]


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
    "X lowers Y. High Y ..." does not)."""
    root = s.span.root
    if root.pos_ != "VERB" or _verb_family(root) not in rules()["shared"]["next_families"] or not_event(s.span):
        return False
    if any(c.dep_ == "advcl" and c.i < root.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
           and any(g.dep_ in ("mark", "advmod") and g.pos_ == "SCONJ" for g in c.children) for c in root.children):
        return False  # "When you are dehydrated, salivation is reduced": the sentence names its own cause, so a shared
        # term with the clause before does not make it that clause's outcome (audit round 9: two causes spliced)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.left_edge.lower_ in rules()["cascade"]["demonstratives"]:
        return False
    cut = {y.i for x in subj.subtree if x.dep_ in ("relcl", "acl", "appos") for y in x.subtree}
    toks = [t for t in subj.subtree if t.i not in cut and t.i < root.i]
    key, moved = _key(toks), direction(t.text for t in toks)
    return bool(key) and _specific(toks, key) and any(k == key and moved in (0, sign) for k, sign in _results(prev))


def cascades(sents: list[Sent], used: set[int]) -> list[Found]:
    r, lim = rules()["cascade"], rules()["limits"]
    segs: list[tuple[int, int, int, bool]] = []  # (sentence index, token start, token end, linked to previous)
    for i, s in enumerate(sents):
        prev = segs[-1] if segs and segs[-1][0] == i - 1 and sents[i - 1].block == s.block else None
        linked = bool(_initial(s)) or _demonstrative_cause(s) or (prev is not None and _then_next(s)) or (
            prev is not None and continues(s.span.doc[prev[1]:prev[2]], s))
        when = -1 if _back_lead(s) else _temporal_lead(s)[0]  # "After this occurs, X ...": the lead is no event
        start = _outcome_when(s)
        start = start if start > 0 else s.span.start
        cuts = [start] + ([when] if when > start else []) + [k for k in _inner_splits(s) if k > max(when, start)] + \
            [s.span.end]
        for n, (a, z) in enumerate(zip(cuts, cuts[1:])):
            segs.append((i, a, z, linked if n == 0 else True))
    out: list[Found] = []
    run: list[tuple[int, int, int, bool]] = []

    def close() -> None:
        segs_ = run[: lim["max_steps"]]
        while segs_ and not _event_ok(sents[segs_[0][0]].span.doc[segs_[0][1]:segs_[0][2]], True):
            segs_ = segs_[1:]  # a chain starts on a clause that says who does what
        if len(segs_) < lim["min_steps"] or {x[0] for x in segs_} & used:
            return
        steps = []
        for i, a, z, _ in segs_:
            s = sents[i]
            sp = s.span.doc[a:z]
            # "lowering blood pH. Increasing the rate ...": two sentences the parser ran together; the step ends at the
            # full stop and the chain with it (what follows was never linked)
            stop = next((t.i for t in sp[:-1] if t.nbor(1).is_title and _full_stop(t)), None)
            if stop is not None:
                sp = s.span.doc[a:stop + 1]
            if not _event_ok(sp, False):
                break  # a comparison or a clause without a verb ends the process here; what came before stands
            lead = ""
            if a == s.span.start:
                # "Consequently, when X rises, ...": the temporal lead spans the adverb, so it is stripped whole
                when = _temporal_lead(s)[1]
                lead = (_opening(s) > s.span.start and when) or _initial(s) or when
            steps.append(Step(_short(_strip_marker(sp.text, lead).strip(" ,;"), lim["max_step_words"]), sp, s))
            if stop is not None:
                break
        if len(steps) >= lim["min_steps"]:
            out.append(Found("cascade", steps, sent_ids={x[0] for x in segs_[: len(steps)]}))

    for seg in segs:
        i = seg[0]
        if run and seg[3] and sents[i].block == sents[run[-1][0]].block and i - run[-1][0] <= 1:
            run.append(seg)
        else:
            close()
            run = [seg]
    close()
    return out


