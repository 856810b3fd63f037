"""Named stages: "During the preparatory stage ... This is followed by the play stage ... During the game stage ...".

Why: books of every discipline teach developmental and historical sequences by naming their stages (phases,
periods) one after the other, often across several sentences and without "first ... then ...".  The ordinal rule
(``chain_rules.stages``) sees only "the first / second / final stage"; social-science prose states almost no
causal cascade, so these sequences are most of its ordered reasoning.

Two readings, both strict, because a wrong order taught or tested is worse than no chain:

- **announced list**: a sentence announces a number of stages and lists their names ("a theory of moral
  development that includes three levels: preconventional, conventional, and postconventional"); each named stage
  must then be described, in that order, by a later sentence of the chunk that names it.
- **named mentions**: three or more sentences, close together, each naming one new stage as a time ("during /
  in / at / by the X stage", "followed by the X stage", "the X stage begins ..."), with at least one word of
  order among them ("followed by", "next", "final", "then" ...).  Names listed side by side in one sentence
  ("the solid, liquid and gas phases") are states, not a sequence: no chain.

A step is the sentence that describes its stage (a verbatim prefix, cut at a clause boundary when long).  The
cues are data in ``patterns/chains.toml`` (``[named_stage]``).
"""

from __future__ import annotations

from proda.ingest.extract.chain_rules import Found, Sent, Step, _short, rules


def _cfg() -> dict:
    return rules()["named_stage"]


def _name_of(noun) -> str:
    """The name a stage noun carries: the compound / adjective modifiers right before it ("play stage" -> "play"),
    or "" when a modifier only orders or points ("first", "this", "early", "every")."""
    cfg = _cfg()
    mods = {t.i for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")}
    words, k = [], noun.i - 1
    while k in mods:  # contiguous, nearest first: "the [pre-operational] stage", not "[Piaget]'s ... stage"
        words.append(noun.doc[k])
        k -= 1
    if not words or any(t.lower_ in cfg["not_names"] or t.pos_ in ("NUM", "DET", "PRON") or t.tag_ in ("JJR", "JJS", "CD")
                        or not t.is_alpha for t in words):
        return ""
    return " ".join(t.lower_ for t in reversed(words))


def _as_time(noun) -> bool:
    """The stage is when the sentence happens or what comes next: the object of a time preposition, the agent of
    "followed / succeeded / preceded by", or the subject of a verb of beginning, ending or following."""
    cfg, h = _cfg(), noun.head
    if noun.dep_ == "pobj" and h.lower_ in cfg["time_preps"]:
        return True
    if noun.dep_ == "pobj" and h.lower_ == "by" and h.head.lemma_ in ("follow", "succeed", "precede"):
        return True
    return noun.dep_ in ("nsubj", "nsubjpass") and h.lemma_ in cfg["subject_verbs"]


def _mentions(sent: Sent) -> list[tuple[str, object]]:
    nouns = _cfg()["nouns"]
    return [(_name_of(t), t) for t in sent.span if t.lemma_.lower() in nouns and t.pos_ == "NOUN"]


def _step(sent: Sent) -> Step:
    """The sentence that names the stage, whole: "This is followed by the play stage, during which ..." (audit round
    10: cut at the stage, the step read "the play stage, during which ...", a lower-case fragment; a chain gives its
    steps in order, so the pointer back is the step before, and an order item reads ``bench_chains``' own gates on a
    step that opens on "This")."""
    return Step(_short(sent.text, rules()["limits"]["max_step_words"]), sent.span, sent)


def _ordered(sent: Sent) -> bool:
    low = " " + sent.text.lower() + " "
    return any(f" {c} " in low or f" {c}," in low for c in _cfg()["order_cues"])


def _listed(names: list[str], sent: Sent, noun: str = "") -> str:
    """ "the preparatory, play and game stages" (the noun as the text spells it)."""
    if not noun:
        noun = next((t.lemma_.lower() for t in sent.span if t.lemma_.lower() in _cfg()["nouns"]), "stage")
    return f"the {', '.join(names[:-1])} and {names[-1]} {noun}s"


def named_mentions(sents: list[Sent], used: set[int]) -> list[Found]:
    """Three or more sentences each naming one new stage as a time, with a word of order among them."""
    cfg, lim = _cfg(), rules()["limits"]
    out: list[Found] = []
    run: list[tuple[int, str, object]] = []  # (sentence index, stage name, stage noun)

    def close() -> None:
        if len(run) >= lim["min_steps"] and any(_ordered(sents[i]) for i, _, _ in run):
            steps = [_step(sents[i]) for i, _, _ in run]
            out.append(Found("sequence", steps, process=_listed([n for _, n, _ in run], sents[run[0][0]]),
                             sent_ids={i for i, _, _ in run}))
        run.clear()

    for i, s in enumerate(sents):
        if i in used:
            close()
            continue
        ms = _mentions(s)
        named = {n for n, _ in ms if n}
        new = [(n, t) for n, t in ms if n and n not in {m for _, m, _ in run}]
        if len(named) > 1 and len(new) > 1:
            close()  # names side by side in one sentence: states or a comparison, not one step of a sequence
            continue
        timed = [(n, t) for n, t in new if _as_time(t)]
        if len(timed) == 1 and not (run and i - run[-1][0] > cfg["max_gap"] + 1):
            run.append((i, *timed[0]))
        elif timed:
            close()
            run.append((i, *timed[0]))
        elif run and i - run[-1][0] > cfg["max_gap"]:
            close()
    close()
    return out


def announced(sents: list[Sent], used: set[int]) -> list[Found]:
    """ "... includes three levels: A, B, and C." followed by one describing sentence per name, in that order."""
    cfg, lim = _cfg(), rules()["limits"]
    out: list[Found] = []
    for i, s in enumerate(sents):
        colon = next((t for t in s.span if t.text == ":"), None)
        if colon is None or i in used:
            continue
        head = next((t for t in s.span if t.i < colon.i and t.lemma_.lower() in cfg["nouns"] + cfg["list_nouns"]
                     and t.tag_ == "NNS" and any(c.dep_ == "nummod" or c.lower_ == "following" for c in t.children)), None)
        if head is None:
            continue
        items = [t for t in s.span if t.i > colon.i and t.dep_ in ("appos", "conj", "ROOT", "dep", "npadvmod", "amod",
                                                                     "compound", "nmod", "attr", "dobj", "pobj")
                 and t.pos_ in ("ADJ", "NOUN", "PROPN")]
        names = []
        for t in items:  # the list's heads: each item ends at a comma, "and" or the sentence end
            nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
            if nxt is None or nxt.text in (",", ".", ";") or nxt.lower_ in ("and", "or"):
                names.append(t.lower_)
        if len(names) < lim["min_steps"] or len(set(names)) != len(names):
            continue
        steps, ids, k = [], set(), i + 1
        for n in names:
            while k < len(sents) and k - i <= cfg["max_describe"] and not any(t.lower_ == n for t in sents[k].span):
                k += 1
            if k >= len(sents) or k - i > cfg["max_describe"] or k in used:
                break
            steps.append(Step(_short(sents[k].text, lim["max_step_words"]), sents[k].span, sents[k]))
            ids.add(k)
            k += 1
        # classes or ranks listed as "levels" ("upper, middle, and lower") are described one after the other too:
        # only a word of order among the describing sentences makes them stages (audit round 7)
        if len(steps) == len(names) and any(_ordered(sents[k]) for k in ids):
            out.append(Found("sequence", steps, process=_listed(names, s, head.lemma_), summary=s.text,
                             sent_ids=ids | {i}))
    return out


def _fronted_time(noun) -> bool:
    """ "In Stage 1, ...", "During phase 2, ...", "In the final phase, Stage 4, ...": the stage is the object (or its
    apposition) of a time preposition that comes before the verb it limits, i.e. the sentence is about that stage."""
    if noun.dep_ == "npadvmod":  # "..., Stage 4, we see": a bare noun phrase fronted as the time
        return noun.i < noun.head.i
    if noun.dep_ == "appos":
        noun = noun.head
    h = noun.head
    return noun.dep_ == "pobj" and h.lower_ in _cfg()["time_preps"] and h.i < h.head.i


def _describes(noun) -> bool:
    """The sentence describes the stage it numbers: the stage is when it happens (a fronted "In Stage 2,"), what a
    society or process enters ("they enter Stage 2"), or the subject of a verb that is no copula ("Stage 3 occurs
    once ...").  "Stage 1 hypertension" (a compound: a class's name), "Stage 1 is a systolic pressure of ..." (a
    class defined) and "Sweden is in Stage 4" (a mention) describe none."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head.lemma_ != "be"
    if noun.dep_ == "dobj":
        return noun.head.lemma_ in _cfg()["entry_verbs"]
    return _fronted_time(noun)


def _number(sent: Sent) -> int:
    """The one stage number a sentence describes as "Stage 3" / "phase 2" (0 if none, -1 if it names two or more)."""
    named = [t for t in sent.span[:-1] if t.lemma_.lower() in _cfg()["nouns"] and t.nbor(1).text.isdigit()
             and t.nbor(1).i < sent.span.end]
    if len({t.nbor(1).text for t in named}) > 1:
        return -1
    nums = {int(t.nbor(1).text) for t in named if _describes(t)}
    return nums.pop() if nums else 0


def stage_limited(span) -> bool:
    """A step opening with its stage ("In Stage 2, the tumor has grown into nearby tissue"): what it says holds in
    that stage only, so no statement is taught from it (the limit would be lost)."""
    return any(t.lemma_.lower() in _cfg()["nouns"] and _fronted_time(t) for t in span)


def numbered(sents: list[Sent], used: set[int]) -> list[Found]:
    """ "In Stage 1, birth and death rates are high ... they enter Stage 2, where ... Stage 3 occurs once ...": stages
    the book numbers, from 1 up, each named first by its own sentence, close together.  The numbers are the order;
    a later mention of a stage already named ("Sweden is in Stage 4") adds nothing, a mere mention is no step
    (``_describes``), two numbers in one sentence ("Stage 1 and Stage 2 differ") compare and end the run."""
    cfg, lim = _cfg(), rules()["limits"]
    out: list[Found] = []
    run: list[int] = []
    for i, s in enumerate(sents):
        n = 0 if i in used else _number(s)
        if run and (n == -1 or i - run[-1] > cfg["max_gap"] + 1 or s.block - sents[run[-1]].block > 1):
            if len(run) >= lim["min_steps"]:
                out.append(Found("sequence", [Step(_short(sents[k].text, lim["max_step_words"]), sents[k].span, sents[k])
                                              for k in run], process=f"Stages 1 to {len(run)}", sent_ids=set(run)))
            run = []
        if n == 1 and not run:
            run = [i]
        elif run and n == len(run) + 1:
            run.append(i)
    if len(run) >= lim["min_steps"]:
        out.append(Found("sequence", [Step(_short(sents[k].text, lim["max_step_words"]), sents[k].span, sents[k]) for k in run],
                         process=f"Stages 1 to {len(run)}", sent_ids=set(run)))
    return out


def named_stages(sents: list[Sent], used: set[int]) -> list[Found]:
    found = announced(sents, used)
    taken = set(used).union(*(f.sent_ids for f in found)) if found else set(used)
    found += named_mentions(sents, taken)
    taken = taken.union(*(f.sent_ids for f in found)) if found else taken
    found += numbered(sents, taken)
    from proda.ingest.extract.chain_ordered import ordered  # (imports chain_rules, as this module does)

    taken = taken.union(*(f.sent_ids for f in found)) if found else taken
    found += ordered(sents, taken)
    from proda.ingest.extract.chain_counted import counted  # (imports this module)

    taken = taken.union(*(f.sent_ids for f in found)) if found else taken
    return found + counted(sents, taken, found)
