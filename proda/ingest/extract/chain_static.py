"""Chains that describe a thing, not a process: refused as a whole (audit round 12).

Two shapes read as ordered steps but teach no events:

- the course of a structure ("Its entrance is located on the outer base of the skull.  The canal then runs
  forward ... and then turns upward to its exit."): the first step places the thing (a location / state verb:
  ``static.location_verbs``) and every later step is a verb of extent (``static.course_verbs``: runs, turns, passes);
  nothing moves, the "then" walks along a route.  A course with something moving ("Blood enters ... then flows
  into ...") opens with an event, so it stays;
- a structure and its function ("The ligament has many elastic fibers, allowing it to stretch and then pull back."):
  the first step holds a possession / makeup verb (``static.possession_verbs``) and every later step lies under its
  capacity clause (``static.capacity_verbs``: allowing, enabling): what the thing can do, not what happens in order.

A chain with a step that is a bare cut clause ("and then pull back": a base-form verb with no subject, joined to an
infinitive or a participle -- "allowing it to stretch and then pull back") is refused too: the step is half of what a
capacity clause says, not an event of its own (``without_cut_clauses``: dropped at the chain's end, the chain refused when one stands inside it).

Word lists are data in ``patterns/chains.toml`` [static].
"""

from __future__ import annotations

from proda.ingest.extract.chain_rules import rules


def _verb(span):
    """The step's own verb: the span's root, or its first verb when the root is a noun the parse cut in."""
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        return root
    return next((t for t in span if t.pos_ in ("VERB", "AUX")), root)


def _located(span) -> bool:
    """ "X is located / is found / lies / sits on Y": a state that places a thing."""
    v = _verb(span)
    st = rules()["static"]
    return v.lemma_.lower() in st["state_verbs"] or (v.lemma_.lower() in st["location_verbs"] and _passive(v))


def _passive(v) -> bool:
    """ "is located", "is made of": the verb with a passive auxiliary (an active "found" / "made" is an event)."""
    return any(c.dep_ == "auxpass" for c in v.children)


def _course(span) -> bool:
    v = _verb(span)
    return v.lemma_.lower() in rules()["static"]["course_verbs"]


def _capacity_clause(span, first) -> bool:
    """Every verb of ``span`` lies under a capacity verb ("allowing it to stretch") that hangs on the first step's
    possession verb, in the same sentence."""
    cap = set(rules()["static"]["capacity_verbs"])
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
    if not verbs or span.sent.start != first.sent.start:
        return False
    for v in verbs:
        up = [v, *v.ancestors]
        k = next((i for i, a in enumerate(up) if a.lemma_.lower() in cap and a.pos_ == "VERB"), None)
        if k is None or not any(a.i in range(first.start, first.end) for a in up[k + 1:]):
            return False
    return True


def static_description(steps) -> bool:
    """True when the steps describe a structure's course or its makeup and function, not a process (see module)."""
    if len(steps) < 2:
        return False
    first, rest = steps[0].span, [s.span for s in steps[1:]]
    st = rules()["static"]
    if _located(first) and all(_course(s) for s in rest):
        return True
    v = _verb(first)
    owns = v.lemma_.lower() in st["possession_verbs"] or (v.lemma_.lower() in st["makeup_verbs"] and _passive(v))
    return owns and all(_capacity_clause(s, first) for s in rest)


def _cut_clause(st) -> bool:
    """A step that opens on "and" / "or" (and a step adverb: "then") with a base-form verb of no subject of its own,
    joined to an infinitive ("to stretch") or a participle ("allowing"): a cut clause.  "and then complete the
    training" after a finite verb ("earn a degree") shares that verb's subject and stays a step."""
    ws = [t for t in st.span if not t.is_punct]
    if not ws or ws[0].lower_ not in ("and", "or"):
        return False
    verb = next((t for t in ws[1:4] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.tag_ != "VB" or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    head = verb.head
    return head.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def without_cut_clauses(steps):
    """The steps with a cut clause at the end dropped ("..., allowing it to stretch | and then spring back"); None
    when a cut clause stands between two steps (the order around it is the parser's, not the text's) or fewer than
    ``limits.min_steps`` steps remain.  (A first step that points back to nothing is refused by
    :func:`.chain_pointing.unreferenced_first`, which :mod:`.chains` calls next to :func:`static_description`.)"""
    out = list(steps)
    while len(out) > 1 and _cut_clause(out[-1]):
        out.pop()
    if any(_cut_clause(st) for st in out[1:]) or len(out) < rules()["limits"]["min_steps"]:
        return None
    return out
