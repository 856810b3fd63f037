"""A chain step cut from inside a sentence, written as the event it names, for benchmark options and questions.

Why: a cascade's later steps are clauses that continue the one before ("which triggers the opening of calcium
channels", "causing Ca++ to diffuse out of the SR", "This triggers the release of calcium ions", "leading to less
urine formation").  As options they cannot stand beside whole sentences (the form alone tells them apart, audit
round 3), so ``bench_options.realise`` refused 89 of 96 candidate items on three anatomy chapters and most chains got
no test.  Their event is in the clause itself, so it can be written out without adding anything:

* causative  "causing Ca++ to diffuse out of the SR"        -> "Ca++ diffuses out of the SR"
             "This causes more hydrogen ions to be produced" -> "More hydrogen ions are produced"
* transitive "which triggers the opening of calcium channels" -> "The opening of calcium channels is triggered"
             "thus preventing the loss of fluid in the urine" -> "The loss of fluid in the urine is prevented"
             (the verb stays, so its sign stays: a prevented event is not turned into a caused one)
* result     "leading to less urine formation"               -> "Less urine formation results"
             "causing leakage of fluid into the interstitial space" -> "Leakage of fluid into the interstitial space
             results" (what is caused is an event: a passive "is caused" would strand the phrase after it)

Only a step with no subject of its own or a placeholder one ("which", "this", "it" ...) is rewritten; anything the
parse does not read as one of these shapes (coordinated verbs: two events, which ``bench_events_pairs`` writes half
by half; a particle verb; words before the verb other than connectives) is left as it is, and the item builder keeps
refusing to mix it with whole sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lemminflect import getInflection

from proda.evaluate.bench_events_frames import (LETTING, clausal_object, event_like, event_plural, open_gloss,
                                                owner_lost, path_phrase, place_object, result_phrase)
from proda.evaluate.bench_events_pairs import other_end  # noqa: F401  (read here by tests and the renderer)
from proda.evaluate.bench_events_stative import no_passive
from proda.evaluate.bench_pronouns import SUBJECT_PRONOUNS, _plural, pronoun_step

PLACEHOLDERS = frozenset("which that this these it they".split())
CAUSATIVE = frozenset("cause allow enable force stimulate activate trigger prompt induce permit help make let signal".split())
RESULT = {"lead": "to", "result": "in", "contribute": "to", "give": "rise"}
LEAD_OK = frozenset({"advmod", "cc", "punct", "aux", "nsubj", "npadvmod", "prep"})  # tokens allowed before the verb
PUNCT = frozenset(".,;:!?")
LEAD_PHRASES = frozenset({"in turn", "as a result", "in addition"})  # connective phrases allowed before the verb


def needs_event(text: str) -> bool:
    """Whether a step reads as the continuation of a sentence (lower-case start or a placeholder first word)."""
    words = text.split()
    return bool(words) and (words[0][:1].islower() or words[0].lower() in PLACEHOLDERS)


def _text(tokens, replace: dict | None = None) -> str:
    """The tokens as written, each replaced by ``replace[i]`` where given ("" drops it), trailing punctuation cut."""
    replace = replace or {}
    out = "".join((replace.get(t.i, t.text) + t.whitespace_) if replace.get(t.i) != "" else "" for t in tokens)
    return out.strip().rstrip(" ,;:.")


def _np(tok) -> list:
    """A noun phrase's tokens, with a closing bracket the parse hung elsewhere ("(SR )")."""
    toks = list(tok.subtree)
    nxt = tok.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(tok.doc) else None
    opened = sum(t.text == "(" for t in toks) - sum(t.text == ")" for t in toks)
    return toks + [nxt] if opened > 0 and nxt is not None and nxt.text == ")" else toks


def _context_bound(toks) -> bool:
    """ "its temperature", "this change": the phrase points back into the paragraph and means nothing alone."""
    return bool(toks) and toks[0].lower_ in ("its", "their", "his", "her", "this", "these", "that", "those", "it")


def _aside(toks) -> bool:
    """A non-restrictive relative clause inside the phrase ("the amount of potassium in the blood, which can cause
    hyperpolarization ..."): written as the new subject, the clause is left hanging before the verb ("The amount
    ..., which can cause hyperpolarization ... are decreased", round 11 reject) and its "which" may name the whole
    event, not the noun before it.  Such a step is left alone; a restrictive clause ("the loans that banks offer")
    names the thing and stays."""
    doc = toks[0].doc if toks else None
    return any(t.dep_ == "relcl" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," for t in toks)


def _inflect(lemma: str, tag: str) -> str:
    """``lemma`` in the form of the Penn ``tag`` (lemminflect), or the lemma itself where it knows none."""
    got = getInflection(lemma, tag)
    return got[0] if got else lemma


def _verb_form(tok, plural: bool) -> str:
    """A bare or participle verb as present tense agreeing with its new subject ("diffuse" -> "diffuses")."""
    if tok.lemma_ == "be":
        return "are" if plural else "is"
    return _inflect(tok.lemma_, "VBP" if plural else "VBZ")


def _hedged(adv) -> bool:
    """A frequency, degree, sign or negative adverb on the verb ("rarely", "sometimes", "hardly", "inversely"): the
    rewrite would state the event as simply happening (review of 2026-11-30: "which seldom causes disease in adults"
    was written "Disease in adults results")."""
    from proda.ingest.extract.lexdata import words

    w = adv.lower_
    return any(w in words(f"hedges.{k}") for k in ("adverbs", "sign", "nominal", "negative"))


def _causative(root):
    """(new subject, its clause) for "causing X to V ..." (X object + xcomp) or "causes X to be V-ed" (ccomp)."""
    for c in root.children:
        if c.dep_ not in ("xcomp", "ccomp") or c.pos_ not in ("VERB", "AUX") or c.i < root.i:
            continue
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.i < c.i), None)
        if subj is None:
            subj = next((x for x in root.children if x.dep_ == "dobj" and x.i < c.i), None)
        if subj is not None and subj.lower_ not in PLACEHOLDERS and not (subj.pos_ == "PRON" and subj.text.isalpha()):
            return subj, c  # "allowing them to relax" has no subject to write ("Them relaxes", audit round 6); a
            # symbol the tagger reads as a pronoun ("allowing K+ to exit the cell") names its thing
    return None


def render(doc) -> str | None:
    """The event of one continuation step (a parsed ``Doc``), or None when it cannot be read safely."""
    sents = list(doc.sents)
    if len(sents) != 1:
        return None
    root = sents[0].root
    first = doc[0]
    if first.lower_ in ("this", "these") and first.dep_ == "det" and first.head.dep_ in ("nsubj", "nsubjpass") \
            and first.head.head.i == root.i and first.head.i < root.i and root.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("conj", "prt", "dative") for c in root.children) and _named(first.head):
        # "This demineralization process releases calcium": the demonstrative points back at the step before, which
        # the question or the other options may not show; the definite article names the same thing and stands alone
        # where the noun phrase says what it is ("this process" alone names nothing: it stays)
        if owner_lost(doc[1:]):
            return None
        return _cap("The" + first.whitespace_ + doc[1:].text).rstrip(" ,;:.")
    if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("prt", "dative") or c.tag_ == "RP" for c in root.children):
        return None
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in root.children):
        return None  # "increasing the GFR and enhancing the loss of water": two events
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
    if subj and (len(subj) > 1 or subj[0].lower_ not in PLACEHOLDERS or subj[0].dep_ != "nsubj"):
        return None  # a subject of its own: the step is a sentence, or the parse is not the shape we read
    leads = [c for c in root.children if c.dep_ == "prep" and c.i < root.i]
    if any(_text(c.subtree).lower() not in LEAD_PHRASES for c in leads):
        return None
    in_lead = {t.i for c in leads for t in c.subtree}
    if any(t.i not in in_lead and (t.head.i != root.i or t.dep_ not in LEAD_OK) for t in doc[: root.i]):
        return None  # words before the verb that are not connectives or the placeholder
    if any(c.dep_ in ("advmod", "neg") and _hedged(c) for c in root.children):
        return None  # "This rarely causes bone loss" is no "Bone loss results": the frequency or degree is the claim
    after = [c for c in root.children if c.i > root.i and not (c.is_punct and c.text in PUNCT)]
    modal = next((c for c in root.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    neg = any(c.dep_ == "neg" for c in root.children)
    lemma = root.lemma_.lower()
    cz = _causative(root) if lemma in CAUSATIVE else None
    if cz is not None:
        new_subj, clause = cz
        if neg or modal is not None or any(c.i > clause.right_edge.i for c in after):
            return None  # "does not cause X to V" / "may cause X to V": not an event that happens; or words lost
        subj = _np(new_subj)
        if _context_bound(subj) or _aside(subj):
            return None
        if any(c.dep_ == "conj" and c.tag_ != "VB" for c in clause.children):
            return None  # "to expand and cool" with "cool" read as ADJ, "to contract and shorten" with a VBN: left
            # bare, it would be written "The gas expands and cool" (review R1)
        verbs = {clause.i} | {c.i for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")}
        plural = _plural(new_subj)
        replace: dict[int, str] = {}
        for t in clause.subtree:
            if t.dep_ == "aux" and t.tag_ == "TO" and t.head.i in verbs:
                replace[t.i] = ""  # "to diffuse" -> "diffuses"
            elif t.head.i in verbs and t.dep_ in ("aux", "auxpass") and t.tag_ == "VB":
                replace[t.i] = _verb_form(t, plural)  # "to be produced" -> "are produced"
            elif t.i in verbs and t.tag_ == "VB" and not any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VB"
                                                              for a in t.children):
                replace[t.i] = _verb_form(t, plural)
        skip = {t.i for t in subj}
        if any(t.tag_ == "TO" and t.dep_ == "aux" and t.i not in replace and
               (t.head.tag_ == "VB" or any(a.dep_ == "auxpass" and a.tag_ == "VB" for a in t.head.children))
               for t in clause.subtree):
            return None  # an infinitive left as it was: "The pharynx expands and the epiglottis ... to swing downward",
            # "Oxygen is picked up by the blood and CO2 to be released into the air" (a passive one, dev KB session 12)
        if owner_lost(subj + [t for t in clause.subtree if t.i not in skip]):
            return None  # "causing the workers' children to lose their homes" may keep "their"; "The loss of their
            # jobs" may not: a possessive needs its one owner in the text written (review R1, bench_events_frames)
        return _cap(_text(subj) + " " + _text([t for t in clause.subtree if t.i not in skip], replace))
    if lemma in RESULT:
        prep = next((c for c in root.children if c.dep_ in ("prep", "dobj") and c.lower_ == RESULT[lemma]), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None or neg or modal is not None or len(after) > 1 or _context_bound(_np(obj)) \
                or _aside(_np(obj)) or clausal_object(obj, False):
            return None
        if lemma == "lead" and not event_like(obj):
            return None  # "that lead to a series of larger pulmonary veins": a route's end, no result (review R1)
        if owner_lost(_np(obj)):
            return None
        return _cap(f"{_text(_np(obj))} {'result' if event_plural(obj) else 'results'}")
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in root.children) or obj.lower_ in PLACEHOLDERS \
            or obj.pos_ == "PRON":
        return None
    if clausal_object(obj, lemma in CAUSATIVE) or no_passive(root, obj):
        return None  # "The code running is started": the object holds a verb of its own (s28-T2: bench_events_frames);
        # "Greater entropy is possessed", "Actin and myosin are contained": no passive, or none alone (s28-T3)
    np_ = _np(obj)
    if _context_bound(np_) or _aside(np_):
        return None
    rest = [t for t in root.subtree if t.i > np_[-1].i]
    if place_object(root, obj, rest):
        return None  # "enters the blood" is no "The blood is entered": the place moved to is no patient, and the
        # mover the event is about is not in the step (review R1, session 18: bench_events_frames)
    into = result_phrase(root, obj)  # "transforms X into Y": what X becomes stays after the verb (review R1)
    if into is not None:
        moved = list(into.subtree)
        if lemma in LETTING or [t.i for t in np_[-len(moved):]] != [t.i for t in moved]:
            return None
        np_, rest = np_[: -len(moved)], moved + rest
    path = path_phrase(root, np_[-1].i)  # "preventing backflow into the ileum": the path is the event's (review R1)
    if path is not None:
        moved = list(path.subtree)
        if [t.i for t in moved] != list(range(np_[-1].i + 1, np_[-1].i + 1 + len(moved))):
            return None
        np_, rest = np_ + moved, [t for t in rest if t.i > moved[-1].i]
    if rest and rest[0].dep_ not in ("prep", "advmod", "punct") or len(rest) > 12:
        return None
    if rest and rest[0].lower_ == "by":  # "stimulates the resorption of bone by osteoclasts" -> "... is stimulated
        return None                      # by osteoclasts": after a passive verb, "by" names the agent (audit round 7)
    if owner_lost(np_ + rest):
        return None
    if lemma == "cause" and modal is None and not neg:
        # "causing leakage of fluid into the interstitial space": what is caused is an event, and a phrase after it
        # belongs to that event; the passive would strand it ("Leakage of fluid is caused into the interstitial
        # space") or leave an agentless "is caused" that asks "by what?"; the event results, as after "lead to"
        tail = _text(rest)
        if tail.startswith(","):
            return None
        return _cap(f"{_text(np_)}{' ' + tail if tail else ''} {'result' if event_plural(obj) else 'results'}")
    be = "are" if event_plural(obj) else "is"
    verb = _inflect(root.lemma_, "VBN")
    aux = f"{modal.text} {'not ' if neg else ''}be" if modal is not None else f"{be}{' not' if neg else ''}"
    tail = _text(rest)
    gloss = "," if open_gloss(obj, np_) else ""  # "The first heart sound, S1 or lub, is produced" (review item 18)
    return _cap(f"{_text(np_)}{gloss} {aux} {verb}" + (f" {tail}" if tail and not tail.startswith(",") else ""))


def relative_step(text: str, subject: str, previous) -> str | None:
    """A step cut at a non-restrictive "which"/"who" clause, written with its antecedent as the subject:
    "which stimulates osteoclast proliferation" after "the cells release PTH", with the event's stored subject "PTH",
    reads "PTH stimulates osteoclast proliferation".  Why: such a step cannot stand as an option or be quoted in a
    question (audit round 7: the calcium cascade got no item), and the passive rewrite of ``render`` loses the
    agent.  The clause's own verb stays and already agrees with the antecedent; but where the clause before says
    that the antecedent changes, stops or does not happen, "which" names that event and the step stays as it is.

    ``previous`` is the parsed step before.  Only when the stored subject is the noun phrase that ends it as the
    object or subject of its verb ("release PTH, which ..."): after a preposition ("carry the potential into the
    cell, which triggers ...") the clause often names the whole event, not the noun; never a pronoun.

    Never a "that" clause: it restricts its noun ("the cells secrete enzymes | that degrade bone"), so the noun alone
    as the subject ("Enzymes degrade bone", "Receptors inhibit gastric secretion") says it of every one of them
    (session 12 dev KBs; its passive event, "Gastric secretion is inhibited", claims no more than the book)."""
    words = text.split()
    if not words or words[0].lower() not in ("which", "who") or len(words) < 3 or previous is None:
        return None
    subj = " ".join((subject or "").split())
    sw = subj.lower().split()
    if not sw or sw[0] in PLACEHOLDERS or sw[-1] in PLACEHOLDERS or sw[0] in ("he", "she", "we", "you", "i"):
        return None
    toks = [t for t in previous if not t.is_punct]
    if not toks:
        return None
    head = toks[-1]
    while head.dep_ in ("compound", "amod", "nummod") and head.head.i > head.i:
        head = head.head
    tail = " ".join(t.lower_ for t in toks[-len(sw):])
    if tail != " ".join(sw) or head.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr", "appos") \
            or head.tag_ in ("PRP", "PRP$"):
        return None
    from proda.ingest.extract.chain_events import changed  # the extract package loads spaCy: only when parsing

    if any(w in QUANTITY for w in sw) or changed(head):
        return None
    return _cap(f"{subj} {' '.join(words[1:])}").rstrip(" ,;:.")


_PERSONAL = frozenset("he she we you i".split())


def shared_subject(text: str, subject: str, previous, doc) -> str | None:
    """A step that is the second verb of the sentence before it, written with the subject they share: "the water
    leaves the pond | enters the river" -> "The water enters the river".  Why: the chain cut one sentence between its
    coordinated verbs, so the step has no subject; quoted in a question it names nothing, and the passive event
    writer read it as "The river is entered".

    Only where the parse shows it (``previous``, ``doc``: the steps before and this one, parsed): the step is one
    clause whose finite verb has no subject and nothing before it but adverbs ("then moves ..."); the stored subject
    is, articles aside, the subject of the step before, whose verb has the same form ("leaves" / "enters": a verb
    that does not agree with it is no conjunct of it); never a placeholder or pronoun."""
    words = text.split()
    if not words or not words[0][:1].islower() or words[0].lower() in PLACEHOLDERS or previous is None:
        return None
    sw = " ".join((subject or "").split()).lower().split()
    if not sw or sw[0] in PLACEHOLDERS or sw[0] in _PERSONAL or sw[-1] in PLACEHOLDERS:
        return None
    before = list(previous.sents)
    if len(before) != 1 or len(list(doc.sents)) != 1:
        return None
    proot, root = before[0].root, next(iter(doc.sents)).root
    had = [c for c in proot.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(had) != 1 or had[0].tag_ in ("PRP", "PRP$") or proot.pos_ not in ("VERB", "AUX"):
        return None
    said = previous[had[0].left_edge.i: had[0].right_edge.i + 1].text

    def bare(t: str) -> list[str]:
        """The words of ``t`` in lower case, without a leading article."""
        ws = t.lower().split()
        return ws[1:] if ws and ws[0] in ("the", "a", "an") else ws
    if bare(said) != bare(" ".join(sw)):
        return None
    if root.pos_ not in ("VERB", "AUX") or root.tag_ not in ("VBZ", "VBP", "VBD") or root.tag_ != proot.tag_:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
        return None
    if any(t.head.i != root.i or t.dep_ not in ("advmod", "neg") for t in doc[: root.i]):
        return None
    return _cap(f"{said} {' '.join(words)}").rstrip(" ,;:.")


QUANTITY = frozenset("less more fewer no lower higher reduced increased decreased elevated excess".split())


def resolve_relatives(steps: list[dict], nlp) -> list[dict]:
    """``steps`` (one chain, in order) with each "which ..." step written by ``relative_step``, each subjectless
    second verb by ``shared_subject`` and each "it"/"they" subject by ``bench_pronouns.pronoun_step`` where it can be
    (``nlp``: the spaCy pipeline that parses the step before; None leaves the steps as they are)."""
    if nlp is None:
        return steps
    out, prev = [], None
    for s in steps:
        text = s.get("text") or ""
        first = text.split()[0] if text.split() else ""
        got = None
        if prev is not None and first.lower() in ("which", "who"):
            got = relative_step(text, s.get("subject") or "", nlp(prev))
        elif prev is not None and first.lower() in SUBJECT_PRONOUNS:  # "they delve ..." after "legislators ..."
            got = pronoun_step(nlp(text), nlp(prev))
        elif prev is not None and first[:1].islower() and (s.get("subject") or "").strip():
            got = shared_subject(text, s.get("subject") or "", nlp(prev), nlp(text))
        out.append(dict(s, text=got) if got else s)
        prev = got or text  # "enters the river | then moves ...": the second reads its subject off the first
    return out


def _named(head) -> bool:
    """A subject noun phrase that says what it is without the demonstrative: a modifier before its head, or a head
    that is no general pointing noun ("this process", "this reaction": ``cuts.pointing_nouns``)."""
    from proda.ingest.extract.lexdata import words

    mods = [c for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod", "nmod", "nummod")]
    return bool(mods) or head.lemma_.lower() not in words("cuts.pointing_nouns")


def _cap(s: str) -> str:
    """``s`` with its spaces collapsed and its first letter in upper case."""
    s = " ".join(s.split())
    return s[:1].upper() + s[1:]


def renderer(model: str = "en_core_web_sm") -> Callable[[Iterable[str]], dict[str, str]] | None:
    """A function from step texts to their events (only those that need and allow one), parsing with the project's
    spaCy pipeline; None when no pipeline is installed (the items are then built from the texts as they are)."""
    from proda.evaluate.bench_events_pairs import pair
    from proda.ingest.extract.nlp import NLPUnavailable, load_nlp

    try:
        nlp = load_nlp(model)
    except NLPUnavailable:
        return None

    def run(texts: Iterable[str]) -> dict[str, str]:
        """Each step that needs an event, mapped to the event written (steps with none left out)."""
        todo = sorted({t for t in texts if needs_event(t)})
        out = {}
        for t, doc in zip(todo, nlp.pipe(todo)):
            got = render(doc)
            if got:
                out[t] = got
        left = [t for t in todo if t not in out]  # the same words once more, at the other sentence end (other_end)
        for t, doc in zip(left, nlp.pipe(other_end(t) for t in left)):
            got = render(doc)
            if got:
                out[t] = got
        rest = [t for t in left if t not in out]  # two coordinated verbs: each half its own event (bench_events_pairs)
        out.update({t: got for t, doc in zip(rest, nlp.pipe(rest)) if (got := pair(doc, nlp))})
        return out

    run.nlp = nlp  # the same pipeline parses a "which" step's antecedent (``resolve_relatives``)
    return run
