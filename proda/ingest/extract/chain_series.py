"""Ordered series inside one sentence: three or more coordinated verbs whose last is marked as coming after the others
("The precipitate is isolated from the reaction mixture by filtration, carefully dried, and then weighed.").

Why a rule of its own: a bare coordination ("inhibits X, reduces Y, and signals Z") lists parallel effects and is never
a sequence (``chain_cascades``), but "and then" / "and finally" on the last verb says the verbs happen in the order
written.  Each verb phrase is a step; the first one keeps the sentence's subject.  A later verb acting on a pronoun
("..., use them, and then throw them away") is no event of its own (``_leans_back``).  Cues are data
(``patterns/chains.toml``, section ``series``).
"""

from __future__ import annotations

from proda.ingest.extract.attribution import attribution_of, attributions
from proda.ingest.extract.chain_events import negated
from proda.ingest.extract.chain_rules import Found, Sent, Step, _short, rules
from proda.ingest.extract.chain_text import not_event
from proda.ingest.extract.lexdata import words

# adverbs saying the events (almost) never happen: "Voters rarely study ..., and then vote" states no sequence
_NEGATIVE_ADVERBS = frozenset("never seldom rarely hardly barely scarcely".split())
# determiners making the subject (almost) nobody: "No cell grows, divides, and then dies"
_NONE_DETS = frozenset("no few little neither".split())


def _verbs(head) -> list:
    """The verb and the verbs coordinated with it, in order (spaCy hangs every conjunct on the first, or each on the
    one before)."""
    out, todo = [head], [head]
    while todo:
        v = todo.pop()
        for c in v.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c not in out:
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


def _marked_last(v) -> bool:
    """ "..., and then weighed": the last verb opens with "and" + an order word of the data, nothing else between."""
    cues = rules()["series"]["last"]
    k = v.left_edge.i
    words = [t.lower_ for t in v.doc[max(k - 1, 0): v.i] if not t.is_punct]
    return len(words) >= 2 and words[0] == "and" and words[1] in cues and all(
        w not in ("or", "but", "if") for w in words)


def _unstated(head, verbs: list, span) -> bool:
    """Whether the series is not stated as happening: a sign over the first verb scopes over every verb coordinated
    with it, but each later step is a bare verb phrase that would lose it (review 11).  "did not read ..., take ...,
    and then answer" (negation), "rarely study ..." / "usually study ..." (a hedge), "would study" / "should study"
    (a modal: hypothetical or normative), "No cell grows ..." / "Few voters ..." (nobody does it), "According to
    Downs, voters study ..." (somebody's view, whose holder the steps lose)."""
    hedged = (words("hedges.adverbs") | words("hedges.sign") | words("hedges.nominal") | _NEGATIVE_ADVERBS) - set(
        rules()["series"]["usual"])
    for v in verbs:
        if negated(v) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children):
            return True
        if any(c.dep_ in ("advmod", "neg") and c.lower_ in hedged for c in v.children):
            return True
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and any(c.dep_ in ("det", "amod", "neg") and c.lower_ in _NONE_DETS for c in subj.children):
        return True
    return attribution_of(head, attributions(span)) is not None


# what a bare verb phrase may hold beside its verb and pronoun object: "then throw them away" says nothing of its own
_BARE = frozenset({"dobj", "dative", "prt", "advmod", "cc", "punct", "neg"})


def _leans_back(verbs: list) -> bool:
    """ "People buy products, use them, and then throw them away": a later verb with no subject of its own whose phrase
    is nothing but the verb and a pronoun ("use them", "then throw them away": particles, adverbs and the coordination
    aside) is no event of its own but a piece of one habitual sentence about its subject (audit round 10, sociology
    20); the series is no process.  A step with its own subject, or saying something of its own ("carefully dried",
    "compare them against each other"), stays an event."""
    for v in verbs[1:]:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue
        own = [c for c in v.children if c.dep_ not in _BARE and not (c.dep_ == "conj" and c in verbs)]
        if not own and any(c.dep_ in ("dobj", "dative") and c.tag_ == "PRP" for c in v.children):
            return True
    return False


def _start(tokens) -> int:
    """Where a step's own words begin: after a leading comma, "and", or the mark of a subordinate clause."""
    k = 0
    while k < len(tokens) and (tokens[k].is_punct or tokens[k].lower_ == "and" or tokens[k].dep_ == "mark"):
        k += 1
    return k


def _then_after(sents: list[Sent], i: int, used: set[int], room: int, head=None, verbs=()) -> list[int]:
    """ "The precipitate is isolated ..., carefully dried, and then weighed. The mass of the precipitate is then
    used to calculate ...": the sentences right after a series, in its paragraph, that say they come next by "then" on
    their main verb with a noun subject of their own (``chain_leads._then_next``: never in a condition, never a
    sentence opening "Then,") are its next steps (gold miss chemistry 07; before, the steps were cut at the series'
    full stop).  Not a demonstrative subject ("This cycle will then continue ...": the process itself or a thing of
    it, no next event), not a negated verb, nor a sentence another rule took.  Review R17 item 4: "then" alone let
    any next sentence in ("Students then often forget to record the mass", "Scientists then studied it for
    decades"), so a next step must also take up a participant of the series (a noun lemma of a series verb's
    subject or object, or inside them, in its own subject or object), keep the series' tense, and carry no frequency
    adverb or hedging modal (:func:`_hedged`).  Indices of those sentences, in order."""
    from proda.ingest.extract.chain_leads import _then_next

    if head is None:
        return []
    mine = _participants([head, *verbs])
    out: list[int] = []
    for j in range(i + 1, len(sents)):
        s = sents[j]
        if len(out) >= room or j in used or s.block != sents[i].block or not _then_next(s) or not_event(s.span):
            break
        root = s.span.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.left_edge.lower_ in rules()["cascade"]["demonstratives"] or negated(root):
            break
        if not (_participants([root]) & mine) or _tense(root) != _tense(head) or _hedged(root):
            break
        out.append(j)
    return out


def _participants(verbs) -> set[str]:
    """Noun lemmas of the verbs' subjects and objects, with the nouns inside them ("the mass of the precipitate")."""
    return {t.lemma_.lower() for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
            for t in c.subtree if t.pos_ in ("NOUN", "PROPN")}


def _tense(v) -> str:
    """ "past" or "present" of a clause: its first auxiliary's tag, else the verb's own."""
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.i < v.i]
    tag = aux[0].tag_ if aux else v.tag_
    return "past" if tag in ("VBD",) or (tag == "VBN" and not aux) else "present"


# "may" is left out: in a procedure it says what the next step allows ("The mass of the precipitate may then be used
# to calculate ..." is the gravimetric analysis' last step, gold chem2; refusing it cost that whole process)
_HEDGE_MODALS = frozenset({"might", "could"})


def _hedged(v) -> bool:
    """A frequency adverb ("often", "usually", "sometimes", "rarely": hedges.adverbs) or a modal of possibility
    ("might", "could") on the verb: the sentence says what can or tends to happen next, not the next step."""
    return any((c.dep_ in ("advmod", "neg") and c.lower_ in words("hedges.adverbs") | _NEGATIVE_ADVERBS)
               or (c.dep_ == "aux" and c.lower_ in _HEDGE_MODALS) for c in v.children)


def series(sents: list[Sent], used: set[int]) -> list[Found]:
    """One chain per sentence holding such a series (see the module docstring)."""
    lim = rules()["limits"]
    out: list[Found] = []
    for i, s in enumerate(sents):
        if i in used or not_event(s.span) or any(t.lower_ in ("if", "whether", "or") and t.dep_ in ("mark", "cc")
                                                  and t.head.pos_ in ("VERB", "AUX") for t in s.span):
            continue  # a condition, a question or alternatives is no series of events
        for head in s.span:
            if head.pos_ not in ("VERB", "AUX") or head.dep_ == "conj":
                continue
            verbs = _verbs(head)
            if not (lim["min_steps"] <= len(verbs) <= lim["max_steps"]) or not _marked_last(verbs[-1]):
                continue
            if any(not _marked_last(v) and v.doc[v.left_edge.i - 1].text != "," for v in verbs[1:-1]):
                continue  # "A, B and C, and then D": every middle item after a comma, one series
            if head.dep_ == "ccomp" or any(a.dep_ == "ccomp" for a in head.ancestors):
                break  # "One might think that a rational voter would study ..., and then vote ...": someone's view,
                # whose holder a chain would lose (read back on political science 2.3, round 11)
            if _unstated(head, verbs, s.span) or _leans_back(verbs):
                break
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.left_edge.lower_ in rules()["cascade"]["demonstratives"]:
                break  # who acts must be named ("I began volunteering ..., ran ..., and then joined ...": who is "I"?)
            cuts = [head.left_edge.i] + [v.left_edge.i for v in verbs[1:]] + [max(v.right_edge.i for v in verbs) + 1]
            steps = []
            for a, z in zip(cuts, cuts[1:]):
                span = s.span.doc[a:z]
                span = span[_start(span):]
                while len(span) and (span[-1].is_punct or span[-1].lower_ == "and"):
                    span = span[:-1]  # "carefully dried, and": the "and" opens the next item
                text = span.text.strip(" ,;.")
                if not text:
                    break
                steps.append(Step(_short(text, lim["max_step_words"]), span, s))
            if len(steps) == len(verbs):
                after = _then_after(sents, i, used, lim["max_steps"] - len(steps), head, verbs)
                steps += [Step(_short(sents[j].span.text.strip(" ,;."), lim["max_step_words"]), sents[j].span, sents[j])
                          for j in after]
                out.append(Found("sequence", steps, sent_ids={i, *after}))
            break
    from proda.ingest.extract.chain_framed import framed_series  # (imports this module's neighbours)

    return out + framed_series(sents, used | {k for f in out for k in f.sent_ids})
