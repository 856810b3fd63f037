"""A chain name's ends carry the sign the text gives them (audit round 21: "Blood levels of calcium → reabsorption of
calcium", whose last step says calcitonin *decreases* that reabsorption, was rejected as polarity_inverted).

Why: a name "A → B" reads as "A brings about B" (more of B).  Where the step that names an end says the end is
lowered, held back or not brought about, the bare noun teaches the opposite of the book.  The end is then written
with its own verb, as the step says it, so the name stays true to the steps and still reads as a process:

- the last end is the object of a verb of negative sign (``proda.lexicon.polarity_of``: decrease, inhibit, remove):
  that verb's past participle before it ("→ decreased reabsorption of calcium", "→ lowered blood pH");
- the last end cut before an infinitive of negative sign ("causing the blood pH to drop"): that verb's present
  participle before it ("→ dropping blood pH");
- an end that is the subject of a verb with no object (the end itself changes: "blood pressure drops", "compliance
  is reduced"): the verb's present participle, or its past participle in the passive, before it ("Dropping blood
  pressure → ...", "→ reduced compliance").  The first end is signed only in this shape: the subject of a
  transitive verb ("alcohol inhibits the release of ADH") is what acts, not what changes;
- an object kept "from" doing something ("prevents the banks from bursting", "stops the water from flooding the
  town"): what is held back is the object's event, not the object, so "→ prevented banks" would teach a wrong
  claim and the bare "→ banks" reads as more banks (review R7 of e444cb4: "Papillary muscles → prevented flaps of
  the valves"); the last end is then the nearest earlier step's end that is a term, signed as its step says it
  ("that inhibit gastric secretion" -> "→ inhibited gastric secretion"), else the heading names the chain;
- a negated verb ("no longer releases PTH", whatever its sign): the participle would say the opposite and no end
  says it in a few words, so the caller names the chain by its section heading (:func:`signed_name` gives None;
  the first end of such a verb is left as it is).

The sign is the event's own (the lexicon's sign of its predicate: "falls on the hills" is no fall); the words are
those of the step's verb in the parse, so the end says what the step says.  Only the name changes: the events and
the other stages' link signs (``bench_chains.link_signs``) are untouched.  A name with no such end is
returned as it was.
"""

from __future__ import annotations

ARROW = " → "
KEPT = "\0kept"  # _signed: the end is an object kept from an event (module docstring)


def _same(term: str, arg: str, end: str) -> bool:
    """Whether ``end`` is the event's argument (its term, else its text as a concept name) as the name wrote it, maybe
    cut before an infinitive (``chains._infinitive_cut``)."""
    from proda.ingest.extract.chain_events import concept_name

    e = end.lower().strip()
    return bool(e) and any(a == e or a.startswith(e + " ") for a in (term.lower(), concept_name(arg).lower()) if a)


def _verb(ev, step):
    """The token of the step's parse the event's predicate comes from: a verb whose word is in the predicate, the
    frame's lemma first."""
    words = set(ev.step.predicate.split())
    cands = [t for t in step.span if t.text in words and t.pos_ == "VERB"]
    lemma = (ev.lemma or "").split("_")[0].lower()
    return next((t for t in cands if t.lemma_.lower() == lemma), cands[0] if cands else None)


def _form(lemma: str, tag: str) -> str:
    from lemminflect import getInflection

    got = getInflection(lemma, tag)
    return got[0] if got else ""


def _signed(end: str, ev, step, role: str) -> str | None:
    """``end`` with the sign its event gives it (module docstring); None where only the heading can name it."""
    v = _verb(ev, step)
    if v is None:
        return end
    lemma = v.lemma_.lower()
    if not ev.negated and ev.step.polarity >= 0:
        if role == "object" and (moves := _moves_after(end, v)):
            return f"{moves} {_inside(end, step)}"  # "causing the blood pH to drop" -> "dropping blood pH"
        return end  # the event's own sign: "falls on the hills" (fall_on) is no fall
    if ev.negated:
        return None
    if role == "object" and _kept_from(v):
        return KEPT  # "prevents the banks from bursting": the bursting is held back, not the banks
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)
    form = _form(lemma, "VBN" if role == "object" or passive else "VBG")
    return f"{form} {_inside(end, step)}" if form else end


def _moves_after(end: str, v) -> str:
    """ "cause blood pressure to fall": the end the name cut before the infinitive (``chains._infinitive_cut``) is
    what the infinitive's verb moves; with a verb of negative sign its present participle ("falling"), else ""."""
    from proda.lexicon import polarity_of

    for c in v.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            subj = next((g for g in v.children if g.dep_ == "dobj" and g.i < c.i), None) or next(
                (g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.text.lower() == end.split()[-1].lower() and polarity_of(c.lemma_.lower()) < 0 \
                    and not any(g.dep_ in ("dobj", "neg") for g in c.children):
                return _form(c.lemma_.lower(), "VBG")
    return ""


def _kept_from(v) -> bool:
    """ "prevents X from bursting", "keeps X from being forced": a "from" on the verb (or on its object, a parse
    that attaches it there) that opens a verb's clause; the participle of ``v`` before X would say X is held back."""
    froms = [c for c in v.children if c.lower_ == "from" and c.dep_ == "prep"]
    froms += [c for o in v.children if o.dep_ == "dobj" for c in o.children if c.lower_ == "from" and c.dep_ == "prep"]
    return any(g.dep_ == "pcomp" and (g.pos_ in ("VERB", "AUX") or g.tag_ == "VBG") for f in froms for g in f.children)


def _earlier_end(first: str, pairs: list, ok) -> str | None:
    """The last end kept from an event names nothing right (module docstring): the end of the nearest earlier step
    that is a term, signed as its step says it ("that inhibit gastric secretion" -> "inhibited gastric secretion");
    None (the heading) where there is none.  ``pairs`` run backwards from the step before the kept one; ``ok``: whether
    an end reads as a thing (the caller's test, ``chains._name``)."""
    from proda.ingest.extract.chain_events import concept_name

    for e, s in pairs:
        role = "object" if e.step.object else "subject"
        end = (e.object_term or concept_name(e.step.object)) if e.step.object else (e.subject_term or concept_name(e.step.subject))
        if end and ok(end) and end.lower() != first.lower():
            got = _signed(end, e, s, role)
            return None if got == KEPT else got
    return None


def _inside(end: str, step) -> str:
    """``end`` as it reads after a word put before it: a capital it has only for opening its sentence is lowered
    ("Sympathetic stimulation ... will decrease" -> "Decreasing sympathetic stimulation"), a name's is kept."""
    w = end.split()[0]
    tok = next((t for t in step.span if t.text == w), None)
    if tok is not None and tok.is_sent_start and tok.pos_ != "PROPN" and w[1:].islower():
        return end[:1].lower() + end[1:]
    return end


def signed_name(proc: str, events: list, steps: list, ok=None) -> str | None:
    """``proc`` ("first → last") with each end signed as its step says it; None: name the chain by its heading.
    ``events`` (``chain_events.Event`` or None) and ``steps`` (``chain_rules.Step``) run in step order."""
    first, sep, last = proc.partition(ARROW)
    if not sep:
        return proc
    pairs = [(e, s) for e, s in zip(events, steps) if e is not None]
    lead = next(((e, s) for e, s in pairs if e.step.subject), None)  # the event the first end is read from (chains._name)
    if lead is not None and not lead[0].step.object and _same(lead[0].subject_term, lead[0].step.subject, first):
        first = _signed(first, *lead, "subject") or first
    for i, (e, s) in enumerate(reversed(pairs)):
        if e.step.object and _same(e.object_term, e.step.object, last):
            last = _signed(last, e, s, "object")
            break
        if not e.step.object and e.step.subject and _same(e.subject_term, e.step.subject, last):
            last = _signed(last, e, s, "subject")
            break
    if last == KEPT:
        last = _earlier_end(first, list(reversed(pairs))[i + 1:], ok or (lambda x: False))
    if last is None:
        return None
    return f"{first}{ARROW}{last}"
