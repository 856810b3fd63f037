"""Training items ("source code") from L1 concepts and L2 statements.

Units are selected by the named queries ``train_concepts`` and ``train_statements``;
siblings (for distractors) are the statements that share a subject/object concept
or a chain with a statement.  Every item says which concepts and statements it
teaches; answers are built only from the KB (definition, statement, source quote)
and every distractor / false statement is checked to be absent from the KB.

Generators: ``template`` (deterministic for a seed, offline) and ``llm`` (rewrites
the wording of template items with an OpenAI-compatible endpoint, keeping their
options and correct answers).
"""

from __future__ import annotations

import json
import random
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from proda.datasets import LETTERS, NearDup, ngrams
from proda.ids import digest, normalize_name
from proda.models import TrainItem
from proda.perf import gc_paused

TYPES = ("open_qa", "single_choice", "multi_select", "true_false")

# predicate -> (verb phrase, subtype of an open question about it)
VERBS: dict[str, str] = {
    "is_a": "is a kind of", "part_of": "is part of", "located_in": "is located in", "consists_of": "consists of",
    "connects_to": "connects to", "binds_to": "binds to", "leads_to": "leads to", "converts_to": "converts to",
}
SYMMETRIC = {"connects_to", "binds_to"}
MECHANISM = {"causes", "leads_to", "increases", "decreases", "stimulates", "triggers", "activates", "inhibits",
             "promotes", "converts_to", "precedes", "prevents"}
FUNCTION = {"produces", "secretes", "releases", "regulates", "transports", "supplies", "stores", "absorbs",
            "drains", "innervates", "catalyzes", "covers", "surrounds", "protects", "requires"}
STRUCTURE = {"is_a", "part_of", "located_in", "consists_of", "contains", "connects_to", "binds_to"}
APPLICATION = {"causes", "leads_to", "increases", "decreases", "stimulates", "triggers", "activates", "inhibits",
               "promotes", "prevents", "requires"}
ANTONYM = {"increases": "decreases", "decreases": "increases", "stimulates": "inhibits", "inhibits": "stimulates",
           "activates": "inhibits", "promotes": "prevents", "prevents": "causes", "causes": "prevents",
           "triggers": "prevents", "leads_to": "prevents", "secretes": "absorbs", "releases": "absorbs",
           "absorbs": "releases", "produces": "breaks down"}

OPEN_TEMPLATES = {
    "definition": ["What is {name}?", "Define {name}.", "What does the term \"{name}\" mean?"],
    "kind": ["What kind of thing is {s}?", "How is {s} classified?"],
    "structure": ["What does the text say about how {s} is built or where it is found?",
                  "Describe the structural relation of {s} given in the text."],
    "function": ["What does {s} {base}?", "Name what {s} {base}s, according to the text."],
    "mechanism": ["How does {s} affect {o}?", "What is the causal relation between {s} and {o}?",
                  "Explain the effect of {s} on {o}."],
    "application": ["Suppose {s} is present. Based on the text, what would you expect and why?",
                    "A student observes {s}. What should follow, according to the text?"],
    "requires": ["What must be available for {s}, according to the text?",
                 "Without what can {s} not proceed, according to the text?"],
    "comparison": ["What do {a} and {b} have in common?", "How are {a} and {b} alike?"],
}
CHOICE_STEMS = {
    "object": ["Which of the following does {s} {base}?", "According to the text, {s} {verb} which of these?"],
}
MULTI_STEMS = ["Which of the following statements about {c} are true? Select all that apply.",
               "Select every correct statement about {c}."]
TF_STEMS = ["True or false: {sentence}.", "Is the following statement true or false? {sentence}."]
SIBLING_SAMPLE = 256  # random siblings looked at, at most, for distractors (a hub concept has thousands)
SMALL_SIBLINGS = 32  # up to this many, all siblings are shuffled and looked at in turn
CHOICE_TAIL = "Answer with the letter of the correct option."
MULTI_TAIL = "Answer with the letters of all correct options."


def verb(pred: str) -> str:
    return VERBS.get(pred, pred.replace("_", " "))


def base_verb(pred: str) -> str:
    """The verb phrase after "does": ``causes`` -> ``cause``, ``is located in`` -> ``is located in``."""
    v = verb(pred)
    if v.startswith("is "):
        return v
    first, _, rest = v.partition(" ")
    if first.endswith("ies") and len(first) > 4:
        first = first[:-3] + "y"
    elif first.endswith(("sses", "ches", "shes", "xes")):
        first = first[:-2]
    elif first.endswith("s") and not first.endswith("ss"):
        first = first[:-1]
    return f"{first} {rest}".strip()


def negated(pred: str) -> str:
    v = verb(pred)
    return "is not " + v[3:] if v.startswith("is ") else "does not " + base_verb(pred)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s and s[:1].islower() and not s[1:2].isupper() else s


def sentence(s: str, pred: str, o: str) -> str:
    return cap(f"{s} {verb(pred)} {o}")


@dataclass
class Draft:
    """A template item before rendering: the LLM generator rewrites ``stem`` and ``explanation`` only."""

    type: str
    subtype: str
    stem: str
    explanation: str
    options: list[str] = field(default_factory=list)
    correct: list[int] = field(default_factory=list)
    concept_ids: list[str] = field(default_factory=list)
    statement_ids: list[str] = field(default_factory=list)
    verdict: str = ""  # true_false: "True" / "False"
    generator: str = "template"

    def render(self, seed: int) -> TrainItem:
        if self.type in ("single_choice", "multi_select"):
            tail = CHOICE_TAIL if self.type == "single_choice" else MULTI_TAIL
            prompt = "\n".join([self.stem] + [f"{LETTERS[k]}. {o}" for k, o in enumerate(self.options)] + [tail])
            letters = ", ".join(LETTERS[k] for k in self.correct)
            answer = f"{letters}. {self.explanation}"
        elif self.type == "true_false":
            prompt, answer = self.stem, f"{self.verdict}. {self.explanation}"
        else:
            prompt, answer = self.stem, self.explanation
        return TrainItem(id="ti_" + digest(self.type, prompt, answer), type=self.type, subtype=self.subtype,
                         prompt=prompt, answer=answer, options=list(self.options), correct=list(self.correct),
                         concept_ids=sorted(set(self.concept_ids)), statement_ids=sorted(set(self.statement_ids)),
                         generator=self.generator, seed=seed)


@dataclass
class SynthReport:
    statements: int = 0
    concepts: int = 0
    candidates: dict = field(default_factory=dict)
    items: int = 0
    types: dict = field(default_factory=dict)
    subtypes: dict = field(default_factory=dict)
    near_duplicates: int = 0
    capped: int = 0
    llm_rewritten: int = 0
    llm_failed: int = 0
    seconds: float = 0.0


class KB:
    """The statements and defined concepts of the KB, indexed for distractor search and truth checks."""

    def __init__(self, statements: list[dict], concepts: list[dict], step_texts: list[str] | None = None):
        self.statements = statements
        self.concepts = concepts
        self.by_id = {s["id"]: s for s in statements}
        self.triples = set()  # (subject key, predicate, object key): what the KB asserts
        self.by_concept: dict[str, list[dict]] = defaultdict(list)
        self.by_chain: dict[str, list[dict]] = defaultdict(list)
        self.by_pred: dict[str, list[dict]] = defaultdict(list)
        self.by_sp: dict[tuple[str, str], list[dict]] = defaultdict(list)
        held = set()
        for t in step_texts or []:
            held |= ngrams(t, 8)
        for s in statements:
            s["held_out"] = bool(held) and bool(ngrams(s.get("quote") or "", 8) & held)
            s["skey"], s["okey"] = self.key(s["subject_id"], s["subject"]), self.key(s["object_id"], s["object"])
            self.triples.add((s["skey"], s["predicate"], s["okey"]))
            self.by_concept[s["subject_id"]].append(s)
            if s["object_id"] != s["subject_id"]:
                self.by_concept[s["object_id"]].append(s)
            for ch in s.get("chains") or []:
                self.by_chain[ch].append(s)
            self.by_pred[s["predicate"]].append(s)
            self.by_sp[(s["subject_id"], s["predicate"])].append(s)

    @staticmethod
    def key(cid: str, name: str) -> str:
        return cid or normalize_name(name)

    def asserts(self, skey: str, pred: str, okey: str) -> bool:
        return (skey, pred, okey) in self.triples

    def claim_false(self, skey: str, pred: str, okey: str) -> bool:
        """An altered (subject, predicate, object) is usable as a false claim: the KB does not assert it."""
        return skey != okey and not self.asserts(skey, pred, okey)

    def _sibling_groups(self, s: dict) -> list[list[dict]]:
        return [self.by_concept.get(s["subject_id"], []), self.by_concept.get(s["object_id"], []),
                *(self.by_chain.get(c, []) for c in s.get("chains") or [])]

    def iter_siblings(self, s: dict):
        """:meth:`siblings`, lazily: callers that stop at the first usable one do not pay for a hub's thousands."""
        seen = {s["id"]}
        for group in self._sibling_groups(s):
            for t in group:
                if t["id"] not in seen:
                    seen.add(t["id"])
                    yield t

    def siblings(self, s: dict) -> list[dict]:
        """Statements sharing a concept or a chain with ``s`` (not ``s`` itself), in id order."""
        return list(self.iter_siblings(s))

    def _random_siblings(self, s: dict, rng: random.Random, cap: int):
        """Siblings in random order, lazily: all of them (shuffled) when there are few, else up to ``cap`` random
        draws.  Distractor search stops after a handful, so neither a hub's thousands nor ``cap`` are paid for."""
        groups = self._sibling_groups(s)
        n = sum(len(g) for g in groups)
        if n <= SMALL_SIBLINGS:
            sib = self.siblings(s)
            rng.shuffle(sib)
            yield from sib
            return
        seen = {s["id"]}
        for _ in range(cap):
            j = rng.randrange(n)
            for g in groups:
                if j < len(g):
                    t = g[j]
                    break
                j -= len(g)
            if t["id"] not in seen:
                seen.add(t["id"])
                yield t

    def wrong_objects(self, s: dict, rng: random.Random, k: int, exclude: set[str] | None = None) -> list[tuple[str, str]]:
        """Up to ``k`` (object key, object text) that are real objects of other statements (siblings first,
        then statements with the same predicate) and that the KB does not assert for ``s``'s subject and predicate."""
        exclude = set(exclude or ()) | {s["okey"]}
        names = {normalize_name(s["object"])}
        out: list[tuple[str, str]] = []

        def take(pool) -> None:
            for t in pool:
                if len(out) >= k:
                    return
                for okey, text in ((t["okey"], t["object"]), (t["skey"], t["subject"])):
                    n = normalize_name(text)
                    if okey in exclude or n in names or okey == s["skey"] or not n:
                        continue
                    if self.asserts(s["skey"], s["predicate"], okey):
                        continue
                    exclude.add(okey)
                    names.add(n)
                    out.append((okey, text))
                    break

        take(self._random_siblings(s, rng, SIBLING_SAMPLE))
        if len(out) < k:
            same = self.by_pred[s["predicate"]]
            take(rng.sample(same, min(len(same), 40)))
        return out


# ----------------------------------------------------------------------------- candidate generators
def _quote(s: dict) -> str:
    """The source sentence, quoted, unless it is held out: a chain transition's sentence, or one sharing a word
    8-gram with a chain step (the benchmark shows step texts as options; quoting them would leak benchmark text)."""
    q = (s.get("quote") or "").strip()
    return f' The text says: "{q}"' if q and not s.get("chains") and not s.get("held_out") else ""


def _rng(seed: int, *parts: str) -> random.Random:
    return random.Random(f"{seed}:" + ":".join(parts))


def _definition_items(kb: KB, seed: int) -> list[Draft]:
    out = []
    for c in kb.concepts:
        d = (c["definition"] or "").strip()
        name = c["name"].strip()
        if len(d) < 15 or not name:
            continue
        if d[:1].islower():  # glossary style: "muscle deep to the gluteus maximus that ..."
            ans = f"{cap(name)}: {d.rstrip('.')}."
        elif normalize_name(name) in normalize_name(d) or name.lower() in d.lower():
            ans = d if d.endswith((".", "!", "?")) else d + "."
        else:
            continue  # a sentence that does not mention the term is not a usable definition answer
        rng = _rng(seed, c["id"], "def")
        stem = rng.choice(OPEN_TEMPLATES["definition"]).format(name=name)
        out.append(Draft("open_qa", "definition", stem, ans, concept_ids=[c["id"]]))
    return out


def _open_items(kb: KB, seed: int) -> list[Draft]:
    out = []
    # function: grouped by (subject, predicate) so the answer lists everything the KB says
    for (sid, pred), group in sorted(kb.by_sp.items()):
        if pred not in FUNCTION or pred == "requires":
            continue
        rng = _rng(seed, sid, pred, "fn")
        s0 = group[0]
        objs = sorted({g["object"] for g in group}, key=str.lower)
        stem = rng.choice(OPEN_TEMPLATES["function"]).format(s=s0["subject"], base=base_verb(pred))
        listed = objs[0] if len(objs) == 1 else ", ".join(objs[:-1]) + " and " + objs[-1]
        expl = f"{sentence(s0['subject'], pred, listed)}." + (_quote(s0) if len(group) == 1 else "")
        out.append(Draft("open_qa", "function", stem, expl, concept_ids=[sid] + [g["object_id"] for g in group],
                         statement_ids=[g["id"] for g in group]))
    for s in kb.statements:
        pred, rng = s["predicate"], _rng(seed, s["id"], "open")
        ids = dict(concept_ids=[s["subject_id"], s["object_id"]], statement_ids=[s["id"]])
        true = sentence(s["subject"], pred, s["object"])
        if pred in MECHANISM:
            stem = rng.choice(OPEN_TEMPLATES["mechanism"]).format(s=s["subject"], o=s["object"])
            out.append(Draft("open_qa", "mechanism", stem, f"{true}.{_quote(s)}", **ids))
        if pred == "requires":
            stem = rng.choice(OPEN_TEMPLATES["requires"]).format(s=s["subject"])
            out.append(Draft("open_qa", "application", stem, f"{cap(s['object'])}: {s['subject']} requires {s['object']}.{_quote(s)}", **ids))
        elif pred in APPLICATION:
            stem = rng.choice(OPEN_TEMPLATES["application"]).format(s=s["subject"])
            out.append(Draft("open_qa", "application", stem,
                             f"One should expect an effect on {s['object']}, because {s['subject']} {verb(pred)} {s['object']}.{_quote(s)}", **ids))
        if pred == "is_a":
            stem = rng.choice(OPEN_TEMPLATES["kind"]).format(s=s["subject"])
            out.append(Draft("open_qa", "definition", stem, f"{true}.{_quote(s)}", **ids))
        elif pred in STRUCTURE:
            stem = rng.choice(OPEN_TEMPLATES["structure"]).format(s=s["subject"])
            out.append(Draft("open_qa", "definition", stem, f"{true}.{_quote(s)}", **ids))
    # comparison: two things the KB puts in the same class
    by_class: dict[str, list[dict]] = defaultdict(list)
    for s in kb.by_pred.get("is_a", []):
        by_class[s["okey"]].append(s)
    for okey, group in sorted(by_class.items()):
        group = sorted(group, key=lambda g: g["id"])
        for a, b in zip(group, group[1:]):
            if a["skey"] == b["skey"]:
                continue
            rng = _rng(seed, a["id"], b["id"], "cmp")
            stem = rng.choice(OPEN_TEMPLATES["comparison"]).format(a=a["subject"], b=b["subject"])
            expl = f"Both are kinds of {a['object']}: {a['subject']} is a kind of {a['object']}, and {b['subject']} is a kind of {b['object']}."
            out.append(Draft("open_qa", "comparison", stem, expl,
                             concept_ids=[a["subject_id"], b["subject_id"], a["object_id"]],
                             statement_ids=[a["id"], b["id"]]))
    return out


def _single_choice(kb: KB, seed: int) -> list[Draft]:
    out = []
    for s in kb.statements:
        rng = _rng(seed, s["id"], "sc")
        wrong = kb.wrong_objects(s, rng, 3, exclude={k["okey"] for k in kb.by_sp[(s["subject_id"], s["predicate"])]})
        if len(wrong) < 3:
            continue
        opts = [s["object"]] + [w for _, w in wrong]
        order = list(range(4))
        rng.shuffle(order)
        options = [opts[i] for i in order]
        correct = [order.index(0)]
        stems = CHOICE_STEMS["object"][1:] if verb(s["predicate"]).startswith("is ") else CHOICE_STEMS["object"]
        stem = rng.choice(stems).format(s=s["subject"], base=base_verb(s["predicate"]), verb=verb(s["predicate"]))
        expl = f"{sentence(s['subject'], s['predicate'], s['object'])}.{_quote(s)}"
        out.append(Draft("single_choice", s["predicate"], stem, expl, options, correct,
                         concept_ids=[s["subject_id"], s["object_id"]], statement_ids=[s["id"]]))
    return out


def _alter(kb: KB, s: dict, rng: random.Random, kinds: list[str]) -> tuple[str, str] | None:
    """A minimally altered, false version of statement ``s``: (sentence, how), trying ``kinds`` in order."""
    pred = s["predicate"]
    for how in kinds:
        if how == "object_replacement":
            w = kb.wrong_objects(s, rng, 1)
            if w:
                return sentence(s["subject"], pred, w[0][1]), how
        elif how == "predicate_reversal":
            ant = ANTONYM.get(pred)
            if ant and not kb.asserts(s["skey"], ant.replace(" ", "_"), s["okey"]):
                v = ant if " " in ant else verb(ant)
                return cap(f"{s['subject']} {v} {s['object']}"), how
            if pred not in SYMMETRIC and kb.claim_false(s["okey"], pred, s["skey"]):
                return sentence(s["object"], pred, s["subject"]), how  # direction reversed
        elif how == "negation":
            return cap(f"{s['subject']} {negated(pred)} {s['object']}"), how
        elif how == "subject_swap":
            for t in kb.iter_siblings(s):
                for skey, text in ((t["skey"], t["subject"]), (t["okey"], t["object"])):
                    if skey in (s["skey"], s["okey"]) or normalize_name(text) == normalize_name(s["subject"]):
                        continue
                    if kb.claim_false(skey, pred, s["okey"]):
                        return sentence(text, pred, s["object"]), how
    return None


def _true_false(kb: KB, seed: int) -> list[Draft]:
    out = []
    for s in kb.statements:
        rng = _rng(seed, s["id"], "tf")
        ids = dict(concept_ids=[s["subject_id"], s["object_id"]], statement_ids=[s["id"]])
        true = sentence(s["subject"], s["predicate"], s["object"])
        out.append(Draft("true_false", "true", rng.choice(TF_STEMS).format(sentence=true),
                         f"{true}.{_quote(s)}", verdict="True", **ids))
        kinds = ["object_replacement", "predicate_reversal", "subject_swap"]
        rng.shuffle(kinds)
        alt = _alter(kb, s, rng, kinds)  # one false twin per statement, so true and false stay balanced
        if alt:
            said = true[:1].lower() + true[1:] if not true[1:2].isupper() else true
            out.append(Draft("true_false", alt[1], rng.choice(TF_STEMS).format(sentence=alt[0]),
                             f"According to the text, {said}.{_quote(s)}", verdict="False", **ids))
    return out


def _multi_select(kb: KB, seed: int) -> list[Draft]:
    out = []
    names = {c_id: grp[0] for c_id, grp in kb.by_concept.items()}
    for cid in sorted(kb.by_concept):
        group = sorted(kb.by_concept[cid], key=lambda g: g["id"])
        if len(group) < 2:
            continue
        s0 = names[cid]
        cname = s0["subject"] if s0["subject_id"] == cid else s0["object"]
        rng = _rng(seed, cid, "ms")
        pool = group[:]
        rng.shuffle(pool)
        n_items = max(1, min(3, len(pool) // 2))
        for k in range(n_items):
            chunk = pool[k * 2: k * 2 + 4] if k * 2 + 2 <= len(pool) else None
            if not chunk or len(chunk) < 2:
                break
            n_true = rng.choice([2, 2, 3, 4]) if len(chunk) >= 4 else min(len(chunk), rng.choice([2, 3]))
            n_true = min(n_true, len(chunk))
            trues = chunk[:n_true]
            opts: list[tuple[str, bool, dict, str]] = [(sentence(t["subject"], t["predicate"], t["object"]), True, t, "")
                                                       for t in trues]
            for t in (chunk[n_true:] + trues)[: 4 - n_true]:
                alt = _alter(kb, t, rng, rng.sample(["object_replacement", "predicate_reversal", "negation"], 3))
                if alt and all(alt[0] != o[0] for o in opts):
                    opts.append((alt[0], False, t, alt[1]))
            if len(opts) != 4:
                continue
            rng.shuffle(opts)
            options = [o[0] for o in opts]
            correct = [i for i, o in enumerate(opts) if o[1]]
            reasons = []
            for i, (text, ok, t, how) in enumerate(opts):
                if ok:
                    reasons.append(f"{LETTERS[i]} is stated in the text.")
                else:
                    why = {"object_replacement": "names the wrong object", "predicate_reversal": "reverses the relation",
                           "negation": "negates it"}[how]
                    reasons.append(f"{LETTERS[i]} is false ({why}): {sentence(t['subject'], t['predicate'], t['object'])}.")
            stem = rng.choice(MULTI_STEMS).format(c=cname)
            units = {u for o in opts for u in (o[2]["subject_id"], o[2]["object_id"])}
            out.append(Draft("multi_select", "concept", stem, " ".join(reasons), options, correct,
                             concept_ids=sorted(units | {cid}), statement_ids=sorted({o[2]["id"] for o in opts})))
    return out


# ----------------------------------------------------------------------------- selection
def select(pools: dict[str, list[Draft]], mix: dict[str, float], total: int, per_statement: int,
           seed: int, dedupe: float, report: SynthReport) -> list[Draft]:
    """Pick up to ``total`` drafts following ``mix`` as far as the pools allow, at most ``per_statement``
    per statement (and per concept for concept-only items), dropping near-duplicates."""
    pools = {t: p[:] for t, p in pools.items() if p}
    for t, p in pools.items():
        random.Random(f"{seed}:select:{t}").shuffle(p)
    weights = {t: max(0.0, float(mix.get(t, 0.0))) for t in pools}
    if not any(weights.values()):
        weights = {t: 1.0 for t in pools}
    wsum = sum(weights.values())
    chosen: list[Draft] = []
    count: dict[str, int] = defaultdict(int)
    used: dict[str, int] = defaultdict(int)
    dup = NearDup(dedupe)
    while len(chosen) < total:
        live = [t for t in pools if pools[t] and weights[t] > 0]
        if not live:
            break
        n = len(chosen) + 1
        t = max(live, key=lambda x: (weights[x] / wsum * n - count[x], x))
        d = pools[t].pop()
        units = d.statement_ids or d.concept_ids[:1]
        if any(used[u] >= per_statement for u in units):
            report.capped += 1
            continue
        if not dup.add(d.stem + "\n" + "\n".join(d.options) + "\n" + d.explanation):
            report.near_duplicates += 1
            continue
        for u in units:
            used[u] += 1
        count[t] += 1
        chosen.append(d)
    return chosen


# ----------------------------------------------------------------------------- llm rewrite
REWRITE_SYSTEM = ("You are an experienced anatomy and physiology teacher. You rephrase quiz items into natural, "
                  "clear teacher language without changing their meaning. Reply with JSON only.")
REWRITE_USER = """# task: rewrite_item
Rephrase this {type} quiz item in natural teacher language. Keep every fact exactly as given: do not add facts,
do not change which answer is correct, keep the technical terms. Rewrite only:
- "question": the question stem (the answer options are shown separately and stay unchanged);
- "explanation": the explanation of the answer{verdict_note}.
Reply as JSON: {{"question": "...", "explanation": "..."}}

{payload}"""


def _rewrite_messages(d: Draft) -> list[dict]:
    payload = {"question": d.stem, "explanation": d.explanation}
    if d.options:
        payload["options"] = d.options
        payload["correct"] = [LETTERS[k] for k in d.correct]
    if d.verdict:
        payload["verdict"] = d.verdict
    note = " (the verdict True/False is added separately; do not state it)" if d.verdict else ""
    return [{"role": "system", "content": REWRITE_SYSTEM},
            {"role": "user", "content": REWRITE_USER.format(type=d.type.replace("_", " "), verdict_note=note,
                                                            payload=json.dumps(payload, ensure_ascii=False))}]


def _key_terms(d: Draft, kb: KB) -> list[str]:
    """Terms a faithful rewrite of an open answer must keep (the objects it names)."""
    terms = []
    for sid in d.statement_ids:
        s = kb.by_id.get(sid)
        if s:
            terms.append(s["object"])
    return terms


def rewrite_llm(drafts: list[Draft], kb: KB, client, report: SynthReport) -> list[Draft]:
    """Rewrite stems and explanations with ``client`` (a ``ChatClient``); keep options/correct/verdict.

    A reply that is not JSON, is empty, or (open questions) drops a term the answer
    must name falls back to the template wording."""
    replies = client.map_chat([_rewrite_messages(d) for d in drafts], return_exceptions=True)
    out = []
    for d, r in zip(drafts, replies):
        new = None
        if not isinstance(r, Exception):
            try:
                data = json.loads(r.content)
                q, e = str(data.get("question") or "").strip(), str(data.get("explanation") or "").strip()
                if q and e and len(q) < 4 * len(d.stem) + 200 and len(e) < 4 * len(d.explanation) + 400:
                    if d.type != "open_qa" or all(t.lower() in e.lower() for t in _key_terms(d, kb)):
                        new = Draft(d.type, d.subtype, q, e, d.options, d.correct, d.concept_ids, d.statement_ids,
                                    d.verdict, generator="llm")
            except (ValueError, AttributeError):
                new = None
        if new is None:
            report.llm_failed += 1
            out.append(d)
        else:
            report.llm_rewritten += 1
            out.append(new)
    return out


# ----------------------------------------------------------------------------- entry point
def load_kb(store) -> KB:
    by_id = lambda r: r["id"]  # noqa: E731 - the queries leave order to us (see their header)
    return KB(sorted(store.read("train_statements"), key=by_id), sorted(store.read("train_concepts"), key=by_id),
              [r["text"] for r in store.read("train_step_texts") if r["text"]])


@gc_paused()
def generate(kb: KB, *, per_statement: int = 3, max_items: int = 0, type_mix: dict[str, float] | None = None,
             seed: int = 0, dedupe: float = 0.8, generator: str = "template", client=None,
             progress: Callable[[str, int, int], None] | None = None) -> tuple[list[TrainItem], SynthReport]:
    """Training items from ``kb``; deterministic for a given seed with the template generator."""
    t0 = time.time()
    rep = SynthReport(statements=len(kb.statements), concepts=len(kb.concepts))
    mix = type_mix or {"open_qa": 0.4, "single_choice": 0.2, "multi_select": 0.2, "true_false": 0.2}
    unknown = set(mix) - set(TYPES)
    if unknown:
        raise ValueError(f"unknown item types in type_mix: {', '.join(sorted(unknown))} ({' | '.join(TYPES)})")
    steps = [("open_qa", lambda: _definition_items(kb, seed) + _open_items(kb, seed)),
             ("single_choice", lambda: _single_choice(kb, seed)),
             ("multi_select", lambda: _multi_select(kb, seed)),
             ("true_false", lambda: _true_false(kb, seed))]
    pools: dict[str, list[Draft]] = {}
    for i, (t, fn) in enumerate(steps, 1):
        pools[t] = fn() if mix.get(t, 0) > 0 else []
        if progress:
            progress("candidates", i, len(steps))
    rep.candidates = {t: len(p) for t, p in pools.items()}
    budget = per_statement * max(1, len(kb.statements) or len(kb.concepts))  # on average N items per statement
    total = min(budget, max_items) if max_items else budget
    drafts = select(pools, mix, total, per_statement, seed, dedupe, rep)
    if generator == "llm":
        if client is None:
            raise ValueError("the llm generator needs a ChatClient")
        drafts = rewrite_llm(drafts, kb, client, rep)
    elif generator != "template":
        raise ValueError(f"unknown generator {generator!r} (template | llm)")
    items, seen = [], set()
    for d in drafts:
        it = d.render(seed)
        if it.id not in seen:
            seen.add(it.id)
            items.append(it)
    items.sort(key=lambda i: i.id)
    rep.items = len(items)
    rep.types = {t: sum(1 for i in items if i.type == t) for t in TYPES}
    sub: dict[str, int] = defaultdict(int)
    for i in items:
        sub[f"{i.type}/{i.subtype}"] += 1
    rep.subtypes = dict(sorted(sub.items()))
    rep.seconds = time.time() - t0
    return items, rep
