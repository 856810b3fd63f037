"""L3 chains of one chunk: explicit procedures and causal cascades, each step an event.

Entry point: :func:`find_chains` (``doc`` is the spaCy parse of ``chunk.text``).

Why these sources and no others: a chain is taught and tested as an ordered
process, so a wrong order or a spliced-on sentence is worse than no chain.
Steps therefore come only from what the text marks as ordered or causal:

- procedures: a block ending in ":" whose introduction names steps / stages /
  a sequence, followed by list blocks of any length (readers lay list items out
  as separate blocks); inline "(Step n)" markers; "Step n:" openings;
  first / then / next / finally sequences (with at least one temporal marker,
  so "First, ... Second, ..." lists of reasons are not processes);
  "the first / second / final stage" sentences;
- named stages ("During the preparatory stage ... followed by the play stage ...", ``chain_stages.py``), and stages
  counted and listed in one sentence ("... had five stages: A, B, C, D, and E", ``chain_counted.py``);
- series in one sentence: three or more coordinated verbs, the last after "and then" / "and finally"
  ("..., carefully dried, and then weighed", ``chain_series.py``);
- cascades inside one paragraph: clauses linked by an explicit causal
  connective ("as a result", "in turn", ", which leads to", ", causing",
  "This causes ..."), never by a shared word or a pronoun alone.

Every cue list is data (``patterns/chains.toml``).  Each step carries a
:class:`~proda.models.StepEvent` (``chain_events.py``) with its polarity, and
the transition statement from step i to step i+1 is the event of step i+1
(what the outcome of step i goes on to do), quoted from its sentence.
"""

from __future__ import annotations

import re

from proda.ingest.extract.clause_claims import numbered_instance
from proda.ingest.extract.chain_events import Event, changed, concept_name, event_of
from proda.ingest.extract.chain_cascades import _verb_family, cascades, threshold_end
from proda.ingest.extract.chain_lists import lists
from proda.ingest.extract.chain_rules import Found, blocks, inline, ordinal, rules, sentences, stages
from proda.ingest.extract.chain_readable import readable
from proda.ingest.extract.chain_series import series
from proda.ingest.extract.chain_ends import clause_cut, with_event
from proda.ingest.extract.chain_signs import signed_name
from proda.ingest.extract.chain_pointing import unreferenced_first
from proda.ingest.extract.chain_static import static_description, without_cut_clauses
from proda.ingest.extract.chain_stages import named_stages, stage_limited
from proda.ingest.extract.path_goals import GOALS
from proda.ingest.extract.terms import is_term
from proda.lexicon import family_of
from proda.models import ChainDraft, Chunk, StatementDraft, StepEvent

__all__ = ["find_chains", "repeated_chains", "rules"]


# ----------------------------------------------------------------------------- assembly


def _heading(chunk: Chunk, before: int | None = None) -> str:
    """The nearest heading that names something: a label ending in ":" ("Answer:") or a heading of the book's
    apparatus ("Chapter Review", "Summary": audit round 6 asked about the process "Chapter Review") names none.

    Which path: the chunk's own heading path holds only the headings above the chunk's start, so a chain below a
    heading inside the chunk (char offset ``before``) takes the path that heading opens (round 11: a gravimetric
    procedure named "Titration", the section the chunk began in).  Only headings the reader marked as such
    (``chunk.headings``, from the HTML / Markdown / PDF markup): a short title-case paragraph is as often a feature
    box's label ("Everyday Connection", review 11) or a caption, and names no section."""
    apparatus = set(rules()["naming"]["apparatus"])
    path = chunk.heading_path or []
    if before is not None:
        path = next((p for at, p in reversed(chunk.headings) if at < before), path)
    for h in reversed(path):
        h = " ".join(h.split())
        if h and not h.endswith(":") and not _apparatus(re.sub(r"^[\d.]+\s+", "", h.lower()).strip(" ."), apparatus):
            return h
    return ""


def _apparatus(h: str, apparatus: set[str]) -> bool:
    """A heading of the apparatus, or several joined ("Key Concepts and Summary"), or in the plural ("Sections
    Summary")."""
    parts = [p for p in re.split(r"\s*(?:,|&|\band\b)\s*", h) if p]
    return bool(parts) and all(p in apparatus or " ".join(w.removesuffix("s") for w in p.split()) in apparatus for p in parts)


def _name(f: Found, events: list[Event | None], chunk: Chunk, taken: set[str], start: int | None = None) -> str:
    """Section heading + process; without a named process, first subject -> last object."""
    head = _heading(chunk, start)
    proc = f.process
    if not proc:
        evs = [e for e in events if e]
        first = next((e.subject_term or concept_name(e.step.subject) for e in evs if e.step.subject), "")
        last = next((e.object_term or concept_name(e.step.object) or e.subject_term for e in reversed(evs)), "")
        cut = [_infinitive_cut(first, f.steps), _infinitive_cut(last, f.steps)]
        vague = any(c != x and _everyday(c) for c, x in zip(cut, (first, last)))  # "cells to grow" -> "cells": nothing
        first, last = cut
        proc = f"{first} → {last}" if first and last and first.lower() != last.lower() else (first or last or f.steps[0].text.split(",")[0])
        if head and (vague or not (is_term(first) and is_term(last))):
            # "Level of a hormone → cells to be more sensitive to the" (audit round 4): an end that is a clause or
            # a cut phrase names nothing; the section heading names the process -- unless it names a field of study
            # ("Histology", audit round 9): then the end that is a term names what moves, beside that heading
            proc = next((t for t in (first, last) if is_term(t) and not _everyday(t)), head) if _field_heading(head) else head
        elif not _noun_end(last, f.steps):
            # "Concentration of reactant → equal" (round 12): a name never ends on an adjective; the last end of an
            # earlier step that reads as a thing, else the heading
            ends = [concept_name(x) for e in reversed(evs) for x in (e.object_term or e.step.object, e.subject_term or e.step.subject)]
            last = next((x for x in ends if _noun_end(x, f.steps) and x.lower() != first.lower()), "")
            proc = f"{first} → {last}" if last and _noun_end(first, f.steps) else head or first
        if proc == head and f.kind != "procedure" and (ends := _thing_ends(first, last, events, f.steps)):
            # a heading alone ("Newspaper", "What Is Technology?", a box's "Wireless Communication") says where, not
            # which process (rounds 12, 23): the process is named by its own first and last events that read as
            # things, beside the heading
            proc = f"{ends[0]} → {ends[1]}"
        if " → " in proc:  # "→ decreased reabsorption of calcium": an end the steps lower or hold back says so (round 21)
            ok = lambda x: is_term(x) and _noun_end(x, f.steps) and not _everyday(x)  # noqa: E731 -- an end that names a thing
            proc = signed_name(proc, events, f.steps, ok) or head or proc
    proc = re.sub(r"\s*\([^()]*\)|\s*\([^()]*$", "", proc)  # asides and a parenthesis the cut left open
    proc = re.sub(r"\s+(?=[’'](?:s\b|\s|$))", "", proc)  # "Hormones ’ assembly": tokens joined before a possessive
    proc = " ".join(proc.split()[:12])
    name = f"{proc[:1].upper()}{proc[1:]} ({head})" if head and head.lower() not in proc.lower() else proc[:1].upper() + proc[1:]
    base, n = name, 2
    while name.lower() in taken:
        name, n = f"{base} #{n}", n + 1
    taken.add(name.lower())
    return name


def _thing_ends(first: str, last: str, events: list[Event | None], steps) -> tuple[str, str] | None:
    """(first, last) ends of a name that both read as things and differ, or None.  The first end is the first
    event's own subject (a later one, "manual labor" of "reduced the need for manual labor", may be what the chain
    lowers); one everyday word ("light") is named with its event ("light passing through the two slits").  The last
    end is the last step's object, else its own subject if a term ("This expertise helps them ..."): an end of a
    middle step names a place or a tool on the way ("Ventricle → cusps of the valve"), not where it goes.  An end
    loses a clause that modifies its noun ("two waves coming into contact at the detector", ``chain_ends``); an end
    so cut must be a term, and neither end may lie inside the other ("right peripheral visual field → right visual
    field")."""
    ok = lambda x: bool(x) and _noun_end(x, steps) and not _everyday(x) and not _vague(x)  # noqa: E731
    pairs = [(e, s) for e, s in zip(events, steps) if e is not None]
    i = next((k for k, (e, _) in enumerate(pairs) if e.step.subject), None)
    if i is None or i == len(pairs) - 1:
        return None
    whole = concept_name(pairs[i][0].subject_term or pairs[i][0].step.subject)
    lead = clause_cut(whole, steps)
    a = first if ok(first) else lead if ok(lead) else with_event(lead, pairs[i][0], steps) if _everyday(lead) and not _vague(lead) else ""
    e, s = pairs[-1]
    subj = concept_name(e.subject_term or e.step.subject)
    state = any(t.dep_ in ("acomp", "oprd") for t in s.span)  # "news sources become more fractured"
    # the step's own grammatical subject: not an antecedent read from outside ("which increases ..."), not a passive's
    # agent ("can then be used by muscles")
    own = subj if not state and any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in subj.lower().split() for t in s.span) else ""
    for n, x in enumerate((last, concept_name(e.object_term or e.step.object), own)):
        y = clause_cut(x, steps) if x else ""
        if a and ok(y) and (y == x and n < 2 or is_term(y)) and not _inside(a, y):
            return a, y
    return None


def _inside(a: str, b: str) -> bool:
    """Every word of one end is a word of the other: the name moves nothing."""
    x, y = set(a.lower().split()), set(b.lower().split())
    return x <= y or y <= x


def _noun_end(arg: str, steps) -> bool:
    """An end of a name that reads as a thing: at most ``naming.max_end_words`` words, opening on a word (no pronoun
    or demonstrative, no dangling relative / connective: "which ...", "so ..."), no finite verb of a clause in it
    ("bone and release calcium"), and its last word a noun or a number as the step's parse reads it where the
    argument stands -- never an adjective, adverb or verb ("Concentration of reactant → equal", round 12)."""
    words = arg.split()
    if not words or len(words) > rules()["naming"]["max_end_words"] or _vague(arg) or not arg[:1].isalnum() \
            or words[0].lower() in rules()["naming"]["dangling_first"]:
        return False
    found = None
    for st in reversed(steps):
        hits = list(re.finditer(rf"(?<!\w){re.escape(arg.lower())}(?!\w)", st.span.text.lower()))
        if hits:
            at = st.span.start_char + hits[-1].start()
            found = st.span.doc.char_span(at, at + len(arg), alignment_mode="expand")
            break
    if found is not None and len(found):
        if any((t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")) or t.pos_ == "CCONJ" for t in found):
            return False  # a clause, not a noun phrase; a coordination the parse reads either way ("bone and release")
        ends = [found[-1]]
    else:  # not found as written ("the" dropped inside, a term the event joined): the last word where it stands
        ends = [t for st in steps for t in st.span if t.text.lower() == words[-1].lower()]
    return bool(ends) and all(_nominal(t) for t in ends)


def _nominal(t) -> bool:
    """A token that stands as a thing: a noun, a number, or a word in a noun's place in the parse (a subject, an
    object, an object of a preposition: "the urine filtrate" tagged ADJ is still the object of "from"); an
    adjective complement ("are equal"), an adverb or a verb is not ("making the channel ready")."""
    return t.pos_ in ("NOUN", "PROPN", "NUM") or t.dep_ in rules()["naming"]["nominal_deps"]


def _infinitive_cut(arg: str, steps) -> str:
    """ "causing the blood pH to drop" has the object "the blood pH to drop": what the name needs is the quantity, not
    the clause ("Tissues → blood pH to drop" read as a cut sentence).  The argument up to an infinitive "to" the parse
    of a step marks (``aux`` on a verb); "exposure to light" (a preposition) stays whole."""
    for st in steps:
        for t in st.span:
            if t.lower_ == "to" and t.dep_ == "aux" and t.head.pos_ in ("VERB", "AUX") and t.i + 1 < len(t.doc):
                cut = f" to {t.nbor(1).text} "
                if cut in f"{arg} ":
                    return arg[: f"{arg} ".index(cut)].strip()
    return arg


def _everyday(arg: str) -> bool:
    """One everyday word ("cells", "people"): no end of a name (``shared.max_single_zipf``, as for a cascade's link)."""
    from proda.ingest.extract.terms import zipf

    words = concept_name(arg).split()
    return len(words) == 1 and words[0].isalpha() and words[0].islower() and zipf(words[0]) >= rules()["shared"]["max_single_zipf"]


def _field_heading(head: str) -> bool:
    """A one-word heading that names a field of study ("Histology", "Ecology": ``naming.field_suffixes``): the angle
    a section takes, not a process."""
    words = head.lower().split()
    return len(words) == 1 and words[0].endswith(tuple(rules()["naming"]["field_suffixes"]))


def _concepts(ev: Event | None, max_words: int) -> list[str]:
    out: list[str] = []
    for arg in (ev.subject_term or concept_name(ev.step.subject), ev.object_term or concept_name(ev.step.object)) if ev else ():
        if arg and len(arg.split()) <= max_words and arg.lower() not in {x.lower() for x in out} and any(c.isalpha() for c in arg):
            out.append(arg)
    return out


def _prose(text: str) -> bool:
    """A step written in words, not an equation or a formula (most of its characters are letters or spaces)."""
    return bool(text) and sum(c.isalpha() or c.isspace() for c in text) >= 0.8 * len(text)


_PRONOUNS = {"it", "its", "them", "they", "this", "these", "those", "that", "he", "she", "him", "her", "we", "us", "you"}
_PLACE_PREPS = {"from", "in", "into", "at", "on", "within", "through", "by", "to"}


def _vague(arg: str) -> bool:
    """An argument that is a pronoun or opens with a demonstrative ("them", "This process"): not a statement endpoint."""
    words = arg.lower().split()
    return not words or words[0] in _PRONOUNS


def _place_antecedent(span) -> bool:
    """ "the release of TRH from the hypothalamus, which triggers ...": the parser hangs "which" on the nearest noun, a
    place inside a prepositional phrase, whereas the text means the event; who triggers is unclear, so no statement."""
    rel = next((t for t in span if t.dep_ == "relcl"), None)
    if rel is None or not any(c.lower_ in ("which", "that") and c.dep_.startswith("nsubj") for c in rel.children):
        return False
    ante = rel.head
    return ante.dep_ == "pobj" and ante.head.lower_ in _PLACE_PREPS


def _clause_antecedent(span) -> bool:
    """ "... reduced the need for manual labor, which in turn meant there were fewer rural jobs": a "which" step whose
    verb is no causal one was linked by "in turn" alone, and its "which" is the whole clause before, not the noun the
    parser hangs it on ("manual labor meant ..." would be taught); the step stays, no statement."""
    lead = next((t for t in span if t.is_alpha), None)
    if lead is None or lead.lower_ != "which" or lead.head.dep_ != "relcl":
        return False
    if changed(lead.head.head):
        return True  # "reduced their purchases of gasoline, which lowered demand": the reduction lowered it
    return _verb_family(lead.head) not in rules()["cascade"]["families"]  # "which leads to" is causal: lead_to


def find_chains(doc, chunk: Chunk, own_end: int | None = None) -> tuple[list[ChainDraft], list[StatementDraft]]:
    """Chains of one chunk and their transition statements (``chain_index``/``step_index`` set).

    ``doc`` is the parse of ``chunk.text``, or of a window that begins with it and runs on into the next chunk
    (``offline.window``): a process described over more than one chunk is then found whole.  With a window,
    ``own_end`` says where the next chunk begins; only chains whose first sentence (an announcement, else the
    first step) starts before it belong to this chunk (the next chunk's window finds the others), so each chain
    comes from exactly one chunk.
    """
    lim = rules()["limits"]
    sents = sentences(doc, blocks(doc.text))
    found: list[Found] = []
    starts: list[int] = []  # where each found chain's first sentence begins (its heading is the one above)
    used: set[int] = set()
    for rule in (lambda: inline(chunk.text, sents), lambda: lists(sents, chunk), lambda: stages(sents),
                 lambda: named_stages(sents, used), lambda: ordinal(sents), lambda: cascades(sents, used),
                 lambda: series(sents, used)):
        for f in rule():
            if f.sent_ids & used or any(not _prose(s.text) for s in f.steps) or static_description(f.steps) or \
                    unreferenced_first(f.steps) or any(numbered_instance(s.sent.span) for s in f.steps):
                continue  # a structure's course or makeup is no process (chain_static); a first step's bare "this"
                # or "it" names what only the paragraph before said (chain_pointing); a step of the page's worked
                # example ("a new bash process with pid #4522"): that run, not the process (round 38 blind reject)
            if len(kept := without_cut_clauses(f.steps) or []) != len(f.steps):
                if not kept:
                    continue
                f.steps = kept  # "and then spring back" (a cut clause) is no step (chain_static)
            used |= f.sent_ids
            # a chain belongs to the chunk holding its first sentence, which may announce it ("… had five
            # stages: A, B, …") with the steps past the seam: the next chunk's window never sees the announcement
            first = min([sents[i].start for i in f.sent_ids if i < len(sents)] + [f.steps[0].sent.start])
            if own_end is None or first < own_end:
                found.append(f)
                starts.append(first)
    chains: list[ChainDraft] = []
    stmts: list[StatementDraft] = []
    taken: set[str] = set()
    cache: dict = {}
    for f, start in zip(found, starts):
        events = [event_of(s.span, s.sent.span, cache) for s in f.steps]
        ci = len(chains)
        chains.append(ChainDraft(
            name=_name(f, events, chunk, taken, start), summary=f.summary or f.steps[0].sent.text,
            steps=[readable(s.text, s.span) for s in f.steps],
            step_concepts=[[] if f.cut else _concepts(e, lim["max_arg_words"]) for e in events],  # Found.cut: no new concepts
            source_quote=f.summary or f.steps[0].sent.text, kind=f.kind,
            events=[(e.step if e else StepEvent(sentence=s.sent.text)).model_copy(update={"then_only": k in f.after})
                    for k, (e, s) in enumerate(zip(events, f.steps))]))
        for n in range(len(events) - 1 if not f.cut else 0):  # a cut chain's facts are its sentences' (Found.cut)
            ev = events[n + 1]
            if ev is None or not ev.step.subject or not ev.step.object:
                continue
            st = ev.step
            if st.subject.lower() == st.object.lower() or max(len(st.subject.split()), len(st.object.split())) > lim["max_arg_words"]:
                continue
            if _vague(st.subject) or _vague(st.object) or _place_antecedent(f.steps[n + 1].span) \
                    or _clause_antecedent(f.steps[n + 1].span) or stage_limited(f.steps[n + 1].span) \
                    or threshold_end(f.steps[n + 1].span):
                continue  # the step stays in the chain; only no statement is taught from an unclear reading
            lemma = ev.lemma or st.predicate.lower().replace(" ", "_")
            stmts.append(StatementDraft(
                subject=st.subject, predicate=st.predicate, object=st.object, source_quote=st.sentence, chain_index=ci,
                step_index=n, predicate_lemma=lemma, family=st.family or family_of(lemma), polarity=st.polarity,
                negated=ev.negated, quantity=ev.quantity, rule=f"chain_{f.kind}",
                subject_term=_changed_term(st.subject, ev.subject_term), object_term=_changed_term(st.object, ev.object_term)))
    return chains, stmts


def _changed_term(arg: str, term: str) -> str:
    """The term of a transition statement's argument that opens on a participle of change ("falling glucose levels":
    the term the step's frame found, "glucose levels"), else "" (the argument names its concept as it stands).

    Why: a statement's concept is its term or, without one, its argument; "falling glucose levels" names how a
    quantity moves, no concept (a cascade linked by the moved quantity, ``chain_shared._moved_subjects``, has such a
    subject by construction).  Only a participle of ``shared.up_words`` / ``down_words`` ("rising", "falling"): with
    every change word the term let through statements on "the resulting process" and "more water lost in urine"
    (dev sweep), whose arguments the ingest's termhood check had refused.  A path ("bones into circulation",
    path_goals.py) is about its source's term."""
    rest = arg.lower()[len(term):].split() if term and arg.lower().startswith(term.lower() + " ") else []
    if rest and rest[0] in GOALS:
        return term  # "bones into circulation": a path's source names the concept (path_goals.py)
    words = arg.lower().split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    shared = rules()["shared"]
    moving = words and words[0].endswith("ing") and words[0] in shared["up_words"] + shared["down_words"]
    return term if moving and term and term.lower() != arg.lower() else ""


_MIN_INNER_WORDS = 3  # a shorter step is a name, not a cut of the same sentence (repeated_chains)


def repeated_chains(chunk_chains: list[tuple[str, list[list[str]]]]) -> set[tuple[int, int]]:
    """(chunk position, chain index) of the chains that repeat a process an earlier chunk of the same document
    already gave: two or more of their steps are, or lie inside, steps of a chain kept before.

    Why: a chain announced at the end of one chunk ("... had four distinct phases: A, B, C, and D.") belongs to
    that chunk, with its steps past the seam; the next chunk, which never sees the announcement, may still find the
    same phases by another rule, with step texts cut differently (so another chain id).  ``chunk_chains``: per
    chunk in document order, its document id and its chains' step texts.

    A step "lies inside" another only when it has ``_MIN_INNER_WORDS`` words or more: a stage's bare name
    ("initiation", ``chain_counted``) lies inside any sentence that names it, and two processes may share their
    stages' names (a chapter's transcription and translation are both "initiation, elongation, termination"): the
    later process's chain was dropped as a repeat (anatomy 03, d2adda3).  Equal steps still count."""
    from proda.datasets import normalize_text

    def inside(a: str, b: str) -> bool:
        return a == b or (len(a.split()) >= _MIN_INNER_WORDS and a in b)

    kept: dict[str, list[str]] = {}
    out: set[tuple[int, int]] = set()
    for k, (doc, chains) in enumerate(chunk_chains):
        seen = kept.setdefault(doc, [])
        for j, steps in enumerate(chains):
            norm = [n for n in (normalize_text(t) for t in steps) if n]
            if sum(1 for n in norm if any(inside(n, m) or inside(m, n) for m in seen)) >= 2:
                out.add((k, j))
            else:
                seen.extend(norm)
    return out
