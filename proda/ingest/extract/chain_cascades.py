"""Causal cascades inside one paragraph: clauses joined by an explicit causal connective (see ``chains.py``).

Split from ``chain_rules.py``; cues are data in ``patterns/chains.toml`` (section ``cascade``).  This module cuts
sentences into steps (a causal clause opening inside a sentence) and assembles the runs; how a sentence links to the
one before is ``chain_leads.py`` (an opening connective or temporal clause) and ``chain_shared.py`` (a shared term).
"""

from __future__ import annotations

from proda.ingest.extract.chain_causes import split_cause
from proda.ingest.extract.chain_leads import (  # noqa: F401  (re-exported: tests and chains.py import them here)
    _back_lead, _demonstrative_cause, _event_ok, _in_turn_next, _initial, _is_verb, _opening, _outcome_when,
    _reason_end, _temporal_lead, _then_next, _verb_family, summing_end)
from proda.ingest.extract.chain_rules import Found, Sent, Step, _short, _starts_with, _strip_marker, rules  # noqa: F401
from proda.ingest.extract.chain_shared import (  # noqa: F401
    _key, _results, _specific, _verb_lemma, continues, direction, refers_back)
from proda.ingest.extract.chain_text import _abbreviation, _full_stop, _quoted_term, _quotes_a_view, not_event  # noqa: F401
from proda.ingest.extract.chain_voice import told_by_writer
from proda.lexicon import polarity_of


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
        order = _order_adverb(t) or (t.i if t.dep_ == "relcl" and t.lemma_.lower() in r["outcome_relatives"] else 0)
        if t.pos_ != "VERB" or t.i <= s.span.start + 2 or (_verb_family(t) not in r["families"] and not turn
                                                            and _consequence_conjunct(t) < 0 and not order):
            continue  # ", which in turn provide more neutrons": "in turn" ("and thus") marks the link whatever the verb
        bound = -1  # where a clause opens without a comma before it (a restrictive "that", "and thus")
        rel = None
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
            if _restrictive_result(rel, ante, verb) or order:
                bound = rel.i  # "a weak acid that subsequently ionizes": what the acid does next
        elif t.dep_ == "conj" and order:
            bound = order  # "inspired further protests and eventually led to a strike": the "and" opens the step
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
        if t.doc[k].text in ",;" and (not out or k + 1 > out[-1]) and (rel is None or rel.i > k):
            out.append(k + 1)  # not "one ovum that, at the instant of fertilization, | becomes ...": the clause opened
            # before the comma (audit round 10); only a restrictive result may still open the step at its pronoun
        elif bound > s.span.start and (not out or bound > out[-1]):
            out.append(bound)
    return sorted(set(out) | {k for k in _result_clauses(s) + _until_clauses(s) + _threshold_clauses(s) if not out or k > out[-1]})


def _until_clauses(s: Sent) -> list[int]:
    """ "the level of the lake rises until the water spills over the dam", "X will increase until it equals Y": an
    "until" clause with its own subject and verb after the verb it hangs on is the end the process runs to, the next
    step (gold misses of chemistry 13: "... will increase until it equals the rate of vaporization").  Not after a
    negated verb ("did not rise until the keeper closed the gate": the closing came first), nor on a participle (a
    course, below), nor after a contrast or ";" in the sentence.  The index of "until"."""
    r = rules()["cascade"]
    out = []
    for t in s.span:
        if t.lower_ != "until" or t.dep_ != "mark" or t.i <= s.span.start + 2:
            continue
        verb, head = t.head, t.head.head
        if verb.dep_ != "advcl" or head.i > t.i or head.pos_ not in ("VERB", "AUX") or not _is_verb(verb) \
                or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        goes_on = head.lemma_.lower() in r["continue_verbs"] or (
            head.dep_ == "xcomp" and head.head.lemma_.lower() in r["continue_verbs"])  # "continues to elongate until"
        if not (goes_on or _verb_family(head) in r["until_families"]):
            continue  # "swelling that persists until the patient sees a doctor", "remains high until X": how long a
            # state lasts, up to an event it did not bring about (review R16)
        if "relcl" in (head.dep_, head.head.dep_ if head.dep_ == "xcomp" else "") and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "they") for c in verb.children):
            continue  # a relative clause runs to an end only its own thing reaches ("a bud, which continues to
            # elongate until it forms the laryngotracheal bud"); "swelling that continues to grow until the patient
            # sees a doctor" names an event of someone else's, no outcome of the swelling (review R16)
        if head.i == s.span.root.i and _pointer_subject(s):
            continue  # "This process continues until X": one step, the pointer and its end (no empty "This process
            # continues" step; chain_leads._runs_until links it to the sentence before)
        if head.tag_ == "VBG" and head.dep_ in ("advcl", "acl", "xcomp"):
            continue  # "follows the river, giving off small lanes until it reaches the coast": the participle goes along
            # with the clause before, and its "until" says how far that runs (a course), not what happens next
        if any(c.dep_ == "neg" for c in head.children) or any(
                x.text == ";" or x.lower_ in r["contrast"] for x in t.doc[_opening(s): t.i]):
            continue
        out.append(t.i)
    return out


def _threshold_clauses(s: Sent) -> list[int]:
    """ "The acid raises the acidity of the brine to a level that kills the harmful bacteria", "the pressure rises to the
    point where the valve opens": a verb of change (``cascade.until_families``, as for "rises until ...") carried "to" a
    level or point (``cascade.threshold_nouns``) that a relative clause says brings about an event -- reaching the
    threshold is what makes that event happen, so the clause is the next step, the same shape as an "until" clause
    (gold miss of chemistry 07, pickling: "... increases the acidity of the brine to a level that kills any harmful
    bacteria").  The relative clause needs a subject of its own ("that", "which" or a noun after "where") and a verb
    that is an event: not a state ("to a level that is safe"), not a verb of saying or judging ("to a point that most
    voters accept"), not negated ("to the point where they could not pay": what did not happen is no step of a
    cascade), and no contrast or ";" stands before it.  "to the extent that" (a degree or a condition) is no
    threshold noun.  The index where the clause opens: "that" / "which" / "where", or "at" of "at which"."""
    r = rules()["cascade"]
    out = []
    for t in s.span:
        if t.dep_ != "relcl" or not _is_verb(t) or t.i <= s.span.start + 2:
            continue
        noun, to = t.head, t.head.head
        if noun.lemma_.lower() not in r["threshold_nouns"] or noun.dep_ != "pobj" or to.lower_ != "to" \
                or to.head.pos_ != "VERB" or to.head.i > to.i or _verb_family(to.head) not in r["until_families"]:
            continue
        if t.lemma_.lower() in r["state_verbs"] or t.lemma_.lower() in r["as_not_verbs"] or any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "should")) for c in t.children):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        opener = next((x for x in s.span.doc[noun.i + 1: t.i] if x.lower_ in ("that", "which", "where", "when")), None)
        if opener is None or opener.i != noun.i + 1 and not (opener.i == noun.i + 2 and noun.nbor(1).lower_ == "at"):
            continue  # "to a level that kills", "to the point where it opens", "to a level at which it bursts"
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if opener.lower_ in ("that", "which") and opener.i == noun.i + 1 and subjects != [opener] \
                or any(c.dep_ in ("oprd", "acomp") for c in t.children):
            continue  # "to a level that most residents consider fair": the clause says what the level is to someone,
            # not what it brings about; "to a level that kills ..." ("that" its subject) does
        start = noun.i + 1
        if any(x.text == ";" or x.lower_ in r["contrast"] for x in s.span.doc[_opening(s): start]):
            continue
        out.append(start)
    return out


def threshold_end(span) -> bool:
    """Whether a step ends on the threshold noun whose relative clause opens the next step ("the pressure rises to the
    point | where the valve opens"): its event "pressure rises to the point" names no end of its own, so no
    transition statement is taken from it (``chains.find_chains``); the step stays."""
    last = next((t for t in reversed(span) if not t.is_punct), None)
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return (last is not None and nxt is not None and last.lemma_.lower() in rules()["cascade"]["threshold_nouns"]
            and last.dep_ == "pobj" and last.head.lower_ == "to" and any(c.dep_ == "relcl" for c in last.children))


def _pointer_subject(s: Sent) -> bool:
    """Whether the sentence's subject opens it with a demonstrative ("This process ...", "This ...")."""
    subj = next((c for c in s.span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.left_edge.i == s.span.start and subj.left_edge.lower_ in rules()["cascade"]["demonstratives"]


def _result_clauses(s: Sent) -> list[int]:
    """ "A lower pressure means a smaller difference ..., so less oxygen crosses the membrane.": ", so" + a clause with
    its own subject and verb opens the result of the clause before (round 15: anatomy 22's high-altitude cascade).
    "so that" (a purpose), "so far", "so much" and a "so" with no clause of its own after it open nothing; a contrast
    or ";" between the two clauses makes them parallel (as for the other inner splits)."""
    r = rules()["cascade"]
    out = []
    for t in s.span:
        if t.lower_ not in r["result_conjunctions"] or t.i <= s.span.start + 2 or t.doc[t.i - 1].text != ",":
            continue
        if t.i + 1 >= s.span.end or t.doc[t.i + 1].lower_ in r["result_not_before"]:
            continue
        rest = t.doc[t.i + 1: s.span.end]
        if not any(_is_verb(v) and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > t.i for c in v.children) for v in rest):
            continue
        if any(x.text == ";" or x.lower_ in r["contrast"] for x in t.doc[s.span.start: t.i]):
            continue
        out.append(t.i)
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


def _order_adverb(t) -> int:
    """ "... inspired further protests and eventually led to a general strike", "a weak acid that subsequently
    ionizes": an adverb of order (``cascade.order_adverbs``) before a verb coordinated to an earlier verb (after its
    "and") or before the verb of a relative clause says the clause happens next (gold misses of political science 07
    and chemistry 13).  Where the step opens: the "and" of a coordinated verb, the verb of a relative clause; 0 when
    there is no such adverb.  A bare "and" ("inspired X and led to Y") lists effects and opens nothing; two verbs
    only: three or more coordinated verbs are a series, whose rule cuts each verb a step of its own."""
    if t.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ in rules()["cascade"]["order_adverbs"] and c.i < t.i
                                   for c in t.children):
        return 0
    if t.dep_ == "relcl":
        return t.i
    if t.dep_ != "conj" or t.head.pos_ != "VERB" or t.head.i > t.i:
        return 0
    if t.head.dep_ == "conj" or sum(1 for c in t.head.children if c.dep_ == "conj") > 1:
        return 0  # "isolated ..., carefully dried, and then weighed": three verbs or more are a series (chain_series)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and _verb_family(t) not in rules()["cascade"]["families"]:
        return 0  # "..., and the governor then traveled to Europe": a clause of its own subject after "then" only
        # follows in time (review R16); with a causal verb ("and the prices then reduced sales") it is the next step
    cc = next((c for c in t.head.children if c.dep_ == "cc" and c.lower_ == "and" and c.head.i < c.i < t.i), None)
    return cc.i if cc is not None else 0


def _then_splits(s: Sent) -> set[int]:
    """Where a step opens by an adverb of order alone: "earn a medical degree | and then complete residency" -- a
    coordinated verb of no causal family (``cascade.families``) after "then" / "later" (``_order_adverb``).

    Why (session 12, bench reading of anatomy 05): such a step, like a sentence linked by "then" alone
    (``_then_next`` with a main verb of no causal family), follows the one before in time; nothing says the one
    brought it about ("In addition, dermatologists may then participate in a fellowship" was asked as a consequence
    of the degree).  A run whose every link is of this kind is kept as a ``sequence``, asked by its order only
    (``cascades``); one causal link among them keeps it a cascade."""
    fams = rules()["cascade"]["families"]
    return {k for t in s.span if t.dep_ == "conj" and _verb_family(t) not in fams and (k := _order_adverb(t))}


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


def _level_after_link(sp, s: Sent, a: int) -> bool:
    """ "In turn, the tissue levels of oxygen are also lower." / "As a result, the yield is higher.": a copula with a
    comparative, opened by a causal connective, states the change the step before brought about (round 15: anatomy
    22's acclimatization cascade ended at its first step).  Only after such a connective and only a comparative with
    nothing it is compared with ("than"): "In turn, the water is blue" or "X is lower than Y" state what something is."""
    root = sp.root
    return (a == s.span.start and bool(_initial(s)) and root.lemma_ == "be"
            and any(c.dep_ == "acomp" and c.tag_ in ("JJR", "RBR") for c in root.children)
            and not any(t.lower_ == "than" for t in sp))


def _open_clause(sp, sent) -> bool:
    """Whether the step ends inside a clause that runs on past it: a subject, a clause mark or an auxiliary in the step
    whose verb lies after it in the sentence ("producing one haploid ovum that, at the instant of fertilization |
    becomes the first diploid cell", audit round 10).  A clause ending in the step ("When X rises, | Y falls") is
    whole; its verb hangs on the next, the subject and mark do not.  Only up to the sentence's full stop: a sentence
    the parser ran on into the next ("... lowering blood pH. Increasing the rate ... allows") may hang a word on a
    verb past it."""
    end = next((x.i for x in sent if x.i >= sp.end and _full_stop(x)), sent.end)
    return any(t.dep_ in ("nsubj", "nsubjpass", "csubj", "mark", "aux", "auxpass", "neg") and sp.end <= t.head.i < end
               for t in sp)


def _summed_asides(sents: list[Sent]) -> set[int]:
    """Sentences that add a parallel effect (``enumeration.parallel``: "also", "in addition") right before a sentence
    that sums up what came before and links to it ("Sympathetic stimulation of the arterioles will also decrease. ...
    Combined, these activities cause blood pressure to fall.", ``chain_leads.summing_end``): the summing sentence is
    the next step of the run before the aside, which is no step (it follows the run's first events, not its last one:
    asked as a step, "what follows the fall in cardiac output?" would key it)."""
    par = rules()["enumeration"]["parallel"]
    out = set()
    for i, s in enumerate(sents):
        if i < 2 or summing_end(s.span) < 0 or not _demonstrative_cause(s) \
                or not sents[i - 2].block == sents[i - 1].block == s.block:
            continue
        low = f" {sents[i - 1].text.lower()} "
        if any(f" {p} " in low or f" {p}," in low for p in par) and summing_end(sents[i - 1].span) < 0:
            out.add(i - 1)
    return out


def cascades(sents: list[Sent], used: set[int]) -> list[Found]:
    r, lim = rules()["cascade"], rules()["limits"]
    segs: list[tuple[int, int, int, bool, bool]] = []  # (sentence index, token start, token end, linked to previous,
    # linked only as what comes next in time: ``_then_splits``)
    for i, s in enumerate(sents):
        prev = segs[-1] if segs and segs[-1][0] == i - 1 and sents[i - 1].block == s.block else None
        caused = bool(_initial(s)) or _demonstrative_cause(s) or (prev is not None and _in_turn_next(s)) or (
            prev is not None and continues(s.span.doc[prev[1]:prev[2]], s)) or (
            prev is not None and refers_back(s.span.doc[prev[1]:prev[2]], s))
        then = not caused and prev is not None and _then_next(s)
        linked = caused or then
        then = then and _verb_family(s.span.root) not in r["families"]
        later = _then_splits(s)
        when = -1 if _back_lead(s) else _temporal_lead(s)[0]  # "After this occurs, X ...": the lead is no event
        start = _outcome_when(s)
        start = start if start > 0 else s.span.start
        cuts = [start] + ([when] if when > start else []) + [k for k in _inner_splits(s) if k > max(when, start)] + \
            [s.span.end]
        for n, (a, z) in enumerate(zip(cuts, cuts[1:])):
            segs.append((i, a, z, linked if n == 0 else True, then if n == 0 else a in later))
    out: list[Found] = []
    run: list[tuple[int, int, int, bool, bool]] = []

    def close() -> None:
        segs_ = run[: lim["max_steps"]]
        while segs_ and not _event_ok(sents[segs_[0][0]].span.doc[segs_[0][1]:segs_[0][2]], True):
            segs_ = segs_[1:]  # a chain starts on a clause that says who does what
        segs_, cause = split_cause(segs_, sents)  # "X leads to Y. This causes Z.": X | leads to Y | ... (chain_causes)
        if len(segs_) < lim["min_steps"] or {x[0] for x in segs_} & used:
            return
        steps = []
        for n, (i, a, z, _, _) in enumerate(segs_):
            s = sents[i]
            sp = s.span.doc[a:z]
            # "lowering blood pH. Increasing the rate ...": two sentences the parser ran together; the step ends at the
            # full stop and the chain with it (what follows was never linked)
            stop = next((t.i for t in sp[:-1] if t.nbor(1).is_title and _full_stop(t)), None)
            if stop is not None:
                sp = s.span.doc[a:stop + 1]
            cause_step = cause and n == 0  # the cut cause, a noun phrase: no clause to check (chain_causes)
            if not cause_step and not _event_ok(sp, False) and not _level_after_link(sp, s, a):
                break  # a comparison or a clause without a verb ends the process here; what came before stands
            if not cause_step and _open_clause(sp, s.span):
                return  # a step would end inside a clause the next step finishes: no chain rather than a cut one
            lead = ""
            if a == s.span.start:
                # "Consequently, when X rises, ...": the temporal lead spans the adverb, so it is stripped whole
                when = _temporal_lead(s)[1]
                lead = (_opening(s) > s.span.start and when) or _initial(s) or when
            steps.append(Step(_short(_strip_marker(sp.text, lead).strip(" ,;"), lim["max_step_words"]), sp, s))
            if stop is not None:
                break
        if len(steps) >= lim["min_steps"] and not told_by_writer([st.span for st in steps]):
            kind = "sequence" if all(x[4] for x in segs_[1: len(steps)]) else "cascade"  # _then_splits
            after = {k for k in range(1, len(steps)) if segs_[k][4]} if kind == "cascade" else set()
            out.append(Found(kind, steps, sent_ids={x[0] for x in segs_[: len(steps)]}, after=after, cut=cause))

    summed = _summed_asides(sents)
    for seg in segs:
        i = seg[0]
        if run and i in summed and run[-1][0] == i - 1 and len({x[0] for x in run}) >= 2:
            continue  # "... will also decrease, resulting in vasodilation." before "Combined, these activities ...": a
            # parallel effect the summing sentence takes in; a run of two linked sentences or more waits for it (no
            # step: it follows no step before).  After one lone sentence nothing waits ("X can lead to blindness.
            # Y also reduces circulation. Together, these changes ...": the sum is of Y, not of X)
        skipped = i - 1 in summed and bool(run) and run[-1][0] == i - 2 and len({x[0] for x in run}) >= 2
        if run and seg[3] and sents[i].block == sents[run[-1][0]].block and i - run[-1][0] <= 1 + skipped:
            run.append(seg)
        else:
            close()
            run = [seg]
    close()
    return out
