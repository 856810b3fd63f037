"""How a sentence of a cascade says where it stands: a lead that makes it the consequence of the clause before
("As a result,", "This causes ...", "After this occurs,", "X then ..."), or a temporal clause of its own that is the
event before its main clause ("When X happens, Y ...", "Y occurs when X, ...").

Split from ``chain_cascades.py`` (which assembles the cascades and re-exports these names); cues are data in
``patterns/chains.toml`` (section ``cascade``).
"""

from __future__ import annotations

import re

from proda.ingest.extract.chain_rules import Sent, _starts_with, rules
from proda.lexicon import family_of


def _verb_family(t) -> str:
    lemma = t.lemma_.lower()
    prep = next((c.lower_ for c in t.children if c.dep_ in ("prep", "prt") and c.i > t.i), "")
    fam = family_of(f"{lemma}_{prep}") if prep else ""
    return fam if fam and fam != f"{lemma}_{prep}" else family_of(lemma)


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
            lead in r["change_leads"] and (_verb_family(c) in ("increase", "decrease") or _as_event(c, root)))
        if not is_lead or not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return -1, ""
        end = c.right_edge.i + 1
        subj = next((g for g in root.children if g.dep_ in ("nsubj", "nsubjpass") and g.i > end), None)
        if subj is None or (subj.pos_ == "PRON" and not _takes_up(subj, c)) or subj.lower_ in r["demonstratives"]:
            return -1, ""  # "When ..., they diffuse": the main clause must say who acts ("that law" does)
        if end + 1 < s.span.end and s.span.doc[end].text == "," and s.span.doc[end + 1].lower_ not in r["contrast"]:
            return end + 1, s.span.doc[s.span.start:first + 1].text
    return -1, ""


def _takes_up(pron, clause) -> bool:
    """ "As inflammation spreads into the artery wall, it weakens ...": a main-clause pronoun that takes up the
    temporal clause's own noun subject still says who acts (gold misses of anatomy 20/22).  Only "it" after a singular
    noun and "they" after a plural one or a coordination (``cascade.lead_pronouns_*``): "When the storm reaches the
    coast, they close the harbor" -- "they" are others, and "you" / "we" are the reader, never the thing that
    changed.  The clause may hold no other noun of the pronoun's number in a subject's or object's place ("When the
    pumps fill the tanks, they overflow": the tanks, not the pumps) nor inside its subject ("When activity in the VRG
    ceases, it no longer stimulates ...": the VRG), so the pronoun has one antecedent there; a place the verb goes
    to or through ("spreads into the artery wall", "passes over the lake") is no actor of the main clause."""
    r = rules()["cascade"]
    word = pron.lower_
    if word not in r["lead_pronouns_singular"] + r["lead_pronouns_plural"]:
        return False
    subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False

    def plural(n) -> bool:
        return n.tag_ in ("NNS", "NNPS") or any(g.dep_ == "conj" for g in n.children)

    want = word in r["lead_pronouns_plural"]
    if plural(subj) != want or _dummy_it(pron):
        return False
    others = [t for t in clause.subtree if t.i != subj.i and t.pos_ in ("NOUN", "PROPN") and plural(t) == want
              and (t.dep_ in ("dobj", "nsubj", "nsubjpass", "conj") or subj in t.ancestors)]
    return not others  # "When activity in the VRG ceases, it no longer ...": "it" is the VRG, a noun of the subject


def _dummy_it(pron) -> bool:
    """ "As the economy grows, it becomes harder for the government to control prices", "..., it seems likely that
    ...": "it" stands for the clause at the end (an extraposed subject), not the temporal clause's noun (review R17
    item 8).  Marked "expl" by the parser, or "it" subject of a verb with a predicate adjective/noun ("harder",
    "likely", acomp/attr/oprd) and a to-infinitive or that/whether-clause after it on the verb or that predicate.  An
    infinitive on a verb with no such predicate is the subject's own ("it rises to cover the fields") and stays."""
    if pron.lower_ != "it":
        return False
    if pron.dep_ == "expl":
        return True
    verb = pron.head
    preds = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")]
    if not preds:
        return False
    for c in [g for w in [verb, *preds] for g in w.children]:
        if c.i > pron.i and c.dep_ in ("xcomp", "ccomp", "csubj", "advcl") and any(
                (g.dep_ == "aux" and g.lower_ == "to") or (g.dep_ == "mark" and g.lower_ in ("that", "whether"))
                for g in c.children):
            return True
    return False


def _as_event(c, root) -> bool:
    """ "As the storm passes over the lake, the water moves ...", "As time passes, X is consumed": an as-clause whose
    verb is an event, not a change, is still the event before its main clause (gold misses: chemistry's "As time
    passes", "As increasing amounts of X are produced", anatomy's "As vasodilation occurs") -- when its verb is one of
    coming about (``cascade.as_event_verbs``); with any other verb "as" is "while" and the two events only overlap in
    time ("As the students walked into the room, the teacher raised ...", review R16).  A noun the two clauses share
    does not tell them apart ("... the teacher raised the temperature of the room"), so it is not asked.  "as" also
    gives a reason or a source, so: a noun subject (not "As we saw"), a verb that is no state or verb of saying or knowing
    (``cascade.as_not_verbs``: "As the author notes", "As the lake is shallow"), no modal and no negation ("As the
    court cannot ..."), and a main clause that is an event too (no copula: "As X grows, Y is a problem")."""
    r = rules()["cascade"]
    subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    if c.pos_ != "VERB" or subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    if c.lemma_.lower() in r["as_not_verbs"] or any(g.dep_ == "neg" or g.tag_ == "MD" for g in c.children):
        return False
    if root.pos_ != "VERB" or root.lemma_.lower() in r["state_verbs"]:
        return False
    return c.lemma_.lower() in r["as_event_verbs"]


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
    """ "The Ca++ then initiates contraction.", "Pi is then released, ...": "then" (or "subsequently", "eventually":
    ``cascade.next_adverbs``) on the main verb, before it or right after it, says the clause happens next -- after the
    clause before it in the paragraph.  Only with a noun
    subject (who acts must be named: "These neutrons" yes, a bare "This" or "It" no) and never in a condition ("If X, then Y") or "then" as "at that time" at the end."""
    root = s.span.root
    if root.pos_ not in ("VERB", "AUX") or any(t.lower_ == "if" for t in s.span) or own_cause(root):
        return False  # "After the sun goes down, the stored heat can then ...": "then" is after that clause, not the last
    then = next((c for c in root.children if c.lower_ in rules()["cascade"]["next_adverbs"] and c.dep_ == "advmod"), None)
    if then is None or then.i > root.i + 1 or then.i == s.span.start:
        return False  # a sentence opening with "Then" is the ordinal rule's (a marked sequence), not a cascade's
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.i < then.i and subj.pos_ in ("NOUN", "PROPN")  # "These neutrons may then cause"


def _in_turn_next(s: Sent) -> bool:
    """ "Ischemia in turn leads to hypoxia.", "The activated enzyme in turn cleaves the precursor.": "in turn" (the
    parser's prepositional phrase "in" + "turn", ``cascade.next_phrases``) between a noun subject and the main verb
    says the sentence is the outcome of the one before, as "As a result," or "In turn," at its start do
    (``_initial``).  Same limits as ``_then_next``: a noun subject named before the phrase (no bare "These" or "It":
    who acts must be named), no condition, no subordinate clause of the main verb's own before it (``own_cause``);
    and the verb an event, not a copula ("This is in turn the trigger ...")."""
    root = s.span.root
    if root.pos_ != "VERB" or root.lemma_.lower() in rules()["cascade"]["state_verbs"] \
            or any(t.lower_ == "if" for t in s.span) or own_cause(root):
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > root.i:
        return False
    phrases = [p.split() for p in rules()["cascade"]["next_phrases"]]
    for c in s.span.doc[subj.i + 1: root.i]:  # the parser hangs the phrase on the verb or on the subject's noun
        if c.dep_ == "prep" and c.head.i in (root.i, subj.i) and any(
                [t.lower_ for t in s.span.doc[c.i: c.i + len(w)]] == w for w in phrases):
            return True
    return False


def _event_ok(span, first: bool) -> bool:
    """A cascade step needs a verb with a subject or an object, and no verb of what ought to be (``cascade.
    deontic_modals``: "the institutions that should be preventing it" says what does not happen); the first step a
    subject that is not a pronoun.  Moved from ``chain_cascades`` (session 25, engineer L, for its size).

    Which subject: that of the first verb with one ("When activity in the VRG ceases, it no longer ...": "activity"),
    or the main clause's own noun subject when that first subject is a relative pronoun inside it ("The carbon that is
    not bonded to the CoA then detaches": "carbon", not "that"; gold-row sweep, session 25)."""
    from proda.ingest.extract.chain_text import not_event

    verbs = [t for t in span if _is_verb(t)]
    if not verbs or not_event(span):
        return False
    deontic = rules()["cascade"]["deontic_modals"]
    if span.root.lower_ in deontic or any(c.dep_ == "aux" and c.lower_ in deontic for c in span.root.children):
        return False  # every step, the first too; "ought" may be the root itself, "to V" its xcomp (review, s25)
    if not first:
        return True
    lead = next((t for t in span if t.is_alpha), None)
    if lead is not None and (lead.tag_ == "VBG" or lead.lower_ in ("which", "that", "and", "thus", "thereby")):
        return False  # "causing the rib cage to expand ...": a continuation whose cause was left out (audit round 6)
    dem = rules()["cascade"]["demonstratives"]
    main = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if main is not None and main.left_edge.lower_ in dem and main.left_edge.i == _reason_end(span):
        return False  # "Since water follows salt, this raises ...": the noun subject is the reason's; "this" points
        # at a cause the chain left out ("When X ceases, it no longer ..." may name its own: "it" is X's)
    named = lambda x: x is not None and x.pos_ in ("NOUN", "PROPN") and x.left_edge.lower_ not in dem  # noqa: E731
    subj = next((c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and (subj.tag_ in ("WDT", "WP") or subj.lower_ == "that") and subj.head.dep_ == "relcl" \
            and _is_verb(span.root) and main is not None and subj.head.head.i in {t.i for t in main.subtree}:
        subj = main
    return named(subj)


def own_cause(root) -> bool:
    """ "When you are dehydrated, salivation is reduced", "After the sun goes down, X can then ...": the main clause
    opens with a subordinate clause of its own (a subject and a subordinating conjunction), which names the event it
    follows -- so neither a term it shares with the sentence before nor its "then" makes it that sentence's outcome."""
    return any(c.dep_ == "advcl" and c.i < root.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               and any(g.dep_ in ("mark", "advmod") and g.pos_ == "SCONJ" for g in c.children) for c in root.children)


def _reason_end(span) -> int:
    """ "Since water follows salt, this raises ...": where the main clause begins after an opening clause that gives
    a reason ("since", "because": ``cascade.reason_marks``) and its comma; -1 if the sentence does not open so.  A
    reason explains the main clause and is no event it refers to, so "this" there still points at the sentence before
    (a when-clause is different: "When the valve opens, this lets ..." points at the opening)."""
    root = span.root
    for c in root.children:
        if c.dep_ == "advcl" and c.i < root.i and c.left_edge.i == span.start and any(
                g.dep_ == "mark" and g.lower_ in rules()["cascade"]["reason_marks"] for g in c.children):
            end = c.right_edge.i + 1
            return end + 1 if end < span.end and span.doc[end].text == "," else -1
    return -1


def summing_end(span) -> int:
    """ "Combined, these activities cause blood pressure to fall.", "Taken together, these changes raise ...": where the
    subject begins after an opening phrase that sums up the events before (``cascade.summing_openers``) and its comma;
    -1 when the sentence does not open so.  The sentence is the joint outcome of the steps before it, so its "these" +
    event noun points back at them (gold rows anatomy 20, the baroreceptor reflex: its last step)."""
    low = span.text.lower()
    for p in rules()["cascade"]["summing_openers"]:
        if low.startswith(p + ","):
            k = next((t.i for t in span if t.text == "," and t.idx - span.start_char == len(p)), -1)
            return k + 1 if 0 <= k < span.end - 1 else -1
    return -1


def _demonstrative_cause(s: Sent) -> bool:
    """ "This causes ...", "These changes reduce ...": a bare demonstrative, or one with an event noun or a noun that
    sums up a state the text set up ("This arrangement causes ...", "These conditions decrease ...": ``state_nouns``),
    as subject of a causal verb, or of a verb of going on with an "until" clause ("This process continues until the rates become
    equal", ``_runs_until``).  "These hormones increase ..." names agents, not the previous event, and does not link.
    The subject may follow an opening reason ("Since water follows salt, this raises ...", ``_reason_end``), or a phrase
    summing up ("Combined, these activities cause ...", ``summing_end``: then only "these" + a plural event noun)."""
    r = rules()["cascade"]
    root = s.span.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) or _det_subject(s)
    summed = summing_end(s.span)
    if subj is None or subj.left_edge.i not in (s.span.start, _reason_end(s.span), summed) \
            or subj.left_edge.lower_ not in r["demonstratives"]:
        return False
    if _verb_family(root) not in r["families"] and not _runs_until(root):
        return False
    if any(c.dep_ == "agent" for c in root.children) and any(c.dep_ == "auxpass" for c in root.children):
        return False  # "This may be caused by X": X brought the last event about, told after it, no next step (E7)
    if subj.left_edge.i == summed:  # "Combined, these activities cause ...": a plural event noun only
        return subj.tag_ == "NNS" and subj.lemma_.lower() in r["event_nouns"] and not any(c.dep_ == "neg" for c in root.children)
    return subj.i == subj.left_edge.i or subj.lemma_.lower() in r["event_nouns"] + r["state_nouns"] \
        or family_of(subj.lemma_.lower()) in r["families"]


def _det_subject(s: Sent):
    """ "This results in the general impoverishment of society.": the small parser, seeing "results" as a noun it
    could modify, hangs the opening "This" on the verb as its determiner and leaves the clause with no subject.  A
    demonstrative that opens the sentence as ``det`` of the main verb, a finite verb of the present (VBZ / VBP:
    "results", "lead") right after it, with no subject of its own, is that verb's bare subject; other shapes (a noun
    between, a past tense) stay as parsed.  Without it the sentence never links, though it reads as "This causes ..."
    does.  None when the sentence does not open so."""
    root = s.span.root
    first = s.span[0] if len(s.span) else None
    if first is None or root.pos_ != "VERB" or root.tag_ not in ("VBZ", "VBP") or first.dep_ != "det" \
            or first.head.i != root.i or first.i + 1 != root.i or first.lower_ not in rules()["cascade"]["demonstratives"]:
        return None
    return first


def _runs_until(root) -> bool:
    """ "This process continues until the forward and reverse rates become equal" (gold miss of chemistry 13): a verb of
    going on (``cascade.continue_verbs``) with an "until" clause of its own says the previous event runs on to an end,
    the next step, one with its pointer ("This process continues until X": no empty pointer step, review R16).  "This
    process continues for hours" names no end; "This goes on until ..." ("go" is no ``continue_verbs``) none either."""
    return root.lemma_.lower() in rules()["cascade"]["continue_verbs"] and not any(c.dep_ == "neg" for c in root.children) \
        and any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "until" for g in c.children) for c in root.children)
