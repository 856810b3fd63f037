"""The chains a benchmark is built from: usable chains with unique names, the sign of each link, chapters, and
other-chain distractors that are plausible (same chapter, sharing concepts) and verified not to follow.

Why signs: "alcohol inhibits ADH release" is a link of sign -1; a question that treats it as "leads to" keys the
opposite of the book.  A link's sign is its transition statement's (stored polarity, else ``proda.lexicon`` on the
predicate, flipped when negated); without one, the sign of step i's event when that event acts on what step i+1
names; else +1.  The sign of a path is the product of its links.
"""

from __future__ import annotations

import re

import random
from collections import Counter, defaultdict

from proda.datasets import normalize_text
from proda.evaluate.bench_clauses import detach
from proda.evaluate.bench_cycles import cyclic
from proda.evaluate.bench_paths import (BACKWARD, FORWARD, Reach, _symbols, content_lemmas, family, is_list, names_any,
                                        overlaps, said_next, sign,
                                        statement_paths)
from proda.evaluate.bench_truth import generic_of, keys_of, result_lemmas, same_event
from proda.evaluate.bench_unlinked import in_passage, on_topic, passage, unlinked_steps
from proda.lexicon import family_of, polarity_of

CAUSAL = {"cause", "increase", "stimulate", "decrease", "inhibit", "produce", "convert", "remove", "transport"}


def section_of(chain: dict) -> str:
    """The section a chain comes from: the "(Section)" its stored name ends with, else its document's title."""
    m = re.search(r"\(([^()]+)\)\s*$", chain.get("name") or "")
    return (m.group(1) if m else chain.get("document") or chain.get("name") or "").strip()


def chapter_of(path: str) -> str:
    parts = path.replace("\\", "/").rsplit("/", 2)
    return parts[-2] if len(parts) >= 2 else path


_LESS = {"less", "fewer", "lower", "no", "not", "without", "loss", "lack"}


def states_decrease(text: str) -> bool:
    """A step whose own words say something falls or stops ("reducing the conductivity", "less water is recovered"):
    the link into it already has its sign in the wording, so it reads "leads to"."""
    from lemminflect import getLemma

    for w in normalize_text(text).split():
        if w in _LESS:
            return True
        lem = getLemma(w, "VERB")
        if polarity_of(lem[0] if lem else w) < 0 and family_of(lem[0] if lem else w) in ("decrease", "inhibit", "remove"):
            return True
    return False


_OF_EVENT = frozenset({"this", "these", "such", "thus", "thereby", "consequently", "therefore"})


def of_the_event(text: str) -> bool:
    """A step whose subject is the whole previous event ("This will increase ...", "thus preventing ...", a bare
    participle "reducing ..."), not the thing that event acted on: it is that event's consequence, so the link into
    it reads "leads to" whatever the previous verb's sign."""
    w = text.split()[0] if text.split() else ""
    return w.lower().strip(",") in _OF_EVENT or (w.islower() and w.endswith("ing"))


def link_signs(chain: dict) -> dict[int, int]:
    """{i: sign of the link from step i to step i+1} for every position but the last; 0 where the book links step
    i+1 to step i only in time ("... then Y", stored ``then_only``): nothing composes across it, so no step beyond
    it is keyed (or offered as the opposite) as a consequence, precondition or loss (review R17 item 5: a cascade
    with one causal link had its "then" links asked as causes)."""
    steps = chain["steps"]
    if chain.get("kind") in ("mined", "path"):  # each step is a statement whose object the next step acts on
        return {a["position"]: (1 if a.get("polarity") is None or int(a["polarity"]) >= 0 else -1)
                for a in steps[:-1]}
    by_from: dict[int, list[int]] = defaultdict(list)
    for t in chain.get("transitions") or []:
        if t:
            by_from[t["from"]].append(sign(t))
    out = {}
    for a, b in zip(steps, steps[1:]):
        p = a["position"]
        if b.get("then_only"):
            out[p] = 0
        elif by_from.get(p):
            signs = by_from[p]
            out[p] = -1 if signs.count(-1) > signs.count(1) else 1
        elif a.get("polarity") is not None and a.get("object") and \
                content_lemmas(a["object"]) & content_lemmas(b["text"]):  # a shared "the" is no shared object
            # ("pressure ... drops below pressure in the aorta" -> "blood flows back toward the heart": no inhibition)
            out[p] = 1 if int(a["polarity"]) >= 0 else -1
        else:
            out[p] = 1
        if out[p] < 0 and (states_decrease(b["text"]) or of_the_event(b["text"])):
            out[p] = 1  # "smoke impedes the ions" -> "reducing the conductivity": the text states the decrease;
            # "preventing the loss of fluid" -> "This will increase fluid levels": the prevention is what increases
    return out


_DANGLING = {"this", "these", "that", "those", "it", "its", "they", "their", "such", "here", "there", "however",
             "likewise", "similarly", "also", "thus", "therefore", "then"}


def self_contained(text: str) -> bool:
    """A sentence a reader can judge without the one before it: it opens with a capital letter, ends as a sentence
    (not on a comma or colon) and does not open on a pronoun or a link to the previous sentence ("This condition
    describes ...", "Likewise, ...", "where the sign ...")."""
    t = text.strip()
    head = [w.strip(",;:").lower() for w in t.split()[:3]]
    return bool(t) and t[0].isupper() and t[-1] not in ",:;" and bool(head) and head[0] not in _DANGLING and \
        not {"this", "these", "such"} & set(head)  # "In this case, ..." needs the sentence before it


def words(text: str) -> set[str]:
    return {w for w in normalize_text(text).split() if len(w) > 2}


def near(a: set[str], b: set[str], threshold: float = 0.5) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= threshold


OWN = {"reversed_causality", "wrong_order", "opposite_sign", "missing_precondition"}  # distractors of the item's chain


EVENT_FAMILIES = FORWARD | BACKWARD  # an outside option is an event or an action (cause, produce, inhibit ...)
RESTATES = 2  # an outside option sharing this many content lemmas with a step on the true side of its question restates it


class Chains:
    """The usable chains (>= 3 distinct steps, not a list; statement paths of >= 2 statements), each with ``sign``
    (per link), a unique ``label`` and its ``chapter``; the KB's causal reach; each section's statements and each
    chapter's steps for on-topic distractors verified not to follow."""

    PROBES = 12  # random steps looked at per wanted distractor in each tier

    per_chain_names = 3  # questions on one chain's stage names at most ([build] per_chain_names, bench_stages.spread)

    def __init__(self, rows: list[dict], links: list[dict] | None = None, paths: bool = True):
        self.all = rows
        self.usable = []
        self.refused_lists = 0
        self.verified = links is not None  # without the KB's statements nothing outside a chain can be verified
        links = links or []
        path_rows = statement_paths(links) if paths else []
        for r in list(rows) + path_rows:
            steps = sorted(r.get("steps") or [], key=lambda s: s["position"])
            norms = [normalize_text(s["text"]) for s in steps]
            if len(steps) >= (2 if r.get("kind") == "path" else 3) and all(norms) and len(set(norms)) == len(norms):
                r = dict(r, steps=steps, chapter=chapter_of(r.get("path") or r.get("document") or ""))
                if is_list(r):
                    self.refused_lists += 1
                    continue
                r["sign"] = link_signs(r)
                r["cyclic"] = cyclic(r)  # the text says it starts over: no own step is "not following" (bench_cycles)
                self.usable.append(r)
        self.paths = sum(1 for r in self.usable if r.get("kind") == "path")
        # a chain is named by where the book describes it, never by its steps: "first step → last step" gave the
        # order away and put the key's words in the question (audit round 3); where a section describes several
        # processes, the label quotes the first step and order items are not asked (``leaks_first``)
        # a name of its own ("Hemostasis", an LLM's or a heading's) is kept: only "step → step" names are replaced
        # a sequence's name lists its stages in order ("the preparatory, play and game stages"): never a label
        built = [r for r in self.usable if ("→" in (r.get("name") or "") or r.get("kind") == "sequence")
                 and r.get("kind") != "path"]
        sections = Counter(normalize_text(section_of(r)) for r in built)
        labels: Counter = Counter()
        for r in self.usable:
            where = section_of(r)
            label, r["leaks_first"] = f'described in "{where}"', False
            if r.get("kind") == "path":
                label = where
            elif "→" not in (r.get("name") or "") and r.get("kind") != "sequence":
                label = f'"{r["name"].strip()}"'
            elif sections[normalize_text(where)] > 1:
                label = f'{label} that starts with "{r["steps"][0]["text"].strip().rstrip(".")}"'
                r["leaks_first"] = True
            labels[normalize_text(label)] += 1
            if labels[normalize_text(label)] > 1:
                label = f"{label} (account {labels[normalize_text(label)]})"
            r["label"] = label
        # (chain id, text, word set, concepts) per step; chapters index into it
        self.kind = {r["id"]: r.get("kind") or "" for r in rows}
        self.where = {r["id"]: passage(r) for r in rows}  # chain id -> (document, headings): bench_unlinked.passage
        self.steps: list[tuple[str, str, set, frozenset]] = []
        self.by_chapter: dict[str, list[int]] = defaultdict(list)
        for r in rows:
            chap = chapter_of(r.get("path") or r.get("document") or "")
            for s in r.get("steps") or []:
                if not normalize_text(s["text"]):
                    continue
                self.by_chapter[chap].append(len(self.steps))
                self.steps.append((r["id"], s["text"], words(s["text"]), frozenset(s.get("concepts") or [])))
        self.texts: dict[str, str] = {}  # chunk id -> text (``bench.load_texts``): the sentence after an outside one
        self.nlp = None  # a spaCy pipeline (set by ``bench.generate``): outside sentences get their main clause too
        self.clauses: dict[str, list[str]] = {}  # statement + sentence -> its main clause (checked per chain)
        self.reach = Reach(links)
        self.links: dict[str, set[str]] = self.reach.fwd  # concept -> concepts the KB says it acts on
        self.section: dict[str, list[dict]] = defaultdict(list)  # document path -> its statements
        self.chapter: dict[str, list[dict]] = defaultdict(list)  # chapter -> its statements (all its sections)
        self.names: dict[str, str] = {}  # concept id -> its name (bench_truth: heads of the reach's names)
        for t in links:
            for end in ("subject", "object"):
                if t.get(f"{end}_id") and t.get(f"{end}_name"):
                    self.names.setdefault(t[f"{end}_id"], t[f"{end}_name"])
            if t.get("path") and t.get("subject_id") and t.get("object_id"):
                self.section[t["path"]].append(t)
                self.chapter[chapter_of(t["path"])].append(t)

    def external(self, chain: dict, anchor: int, forward: bool, k: int = 8,
                 clauses: dict[str, list[str]] | None = None, far: set[str] | None = None) -> list[tuple[str, str]]:
        """On-topic distractors from outside the chain, each (text, kind), verified against the KB's reach.

        ``forward`` (what follows from step ``anchor``): a statement of the chain's section (of its passage, unless it
        names a concept of the chain or of its reach: ``bench_unlinked.in_passage``) naming neither the
        anchor's or a later step's concepts nor any the KB reaches from them (so it does not follow, and is no
        parallel effect), those acting on an earlier step's concept first (``upstream``: they precede the chain);
        backward (what leads to step ``anchor``): one naming no concept of the anchor or an earlier step nor any
        that reaches them (so it is no precondition), those acting from a later step first (``downstream``).  Then steps of other chains of the chapter
        that share a concept with this chain and name nothing the same reach covers (``other_chain``).  Where the
        section has too few, statements of the chapter's other sections about one of the chain's concepts, verified
        the same way (``same_chapter``).  Last, steps of other processes told in the chain's passage that share
        nothing with this one and that the KB links to nothing of it (``bench_unlinked.unlinked_steps``).

        ``clauses`` (when given) receives each offered sentence's main clause, its shorter wording, checked against
        THIS chain's steps: a clause is shorter than its sentence, so it can repeat a step that the sentence does not
        (``overlaps`` divides by the shorter text), and a sentence offered by two chains is checked for each.

        ``far`` (when given) receives each offered statement told outside the chain's section, whatever its kind (an
        ``upstream`` one of another section too): a three-option item takes none (``bench_options.nearby``)."""
        if not self.verified:  # a caller without the KB's statements (older API): other chains of the chapter
            return [(t, "other_chain") for t in self.foreign_steps(chain, random.Random(chain["id"]), k)]
        steps = chain["steps"]
        conc = {s["position"]: set(s.get("concepts") or []) for s in steps}
        mine = set().union(*conc.values()) | set(chain.get("about") or [])
        if forward:
            bad = self.reach.downstream(set().union(*(conc[p] for p in conc if p >= anchor)))
            good = set().union(*(conc[p] for p in conc if p < anchor)) | self.reach.upstream(conc[anchor]) - bad
        else:
            bad = self.reach.upstream(set().union(*(conc[p] for p in conc if p <= anchor)))
            good = self.reach.downstream(set().union(*(conc[p] for p in conc if p >= anchor))) - bad
        texts = [s["text"] for s in steps]
        vocab = set().union(*(words(t) for t in texts))  # the chain's words: the most on-topic statements first
        # the steps an outside option must not restate: those that follow (forward) or lead to (backward) the anchor
        # ("As the diaphragm relaxes, air passively leaves the lungs" is the chain's own "air leaves the lungs" in
        # other words, so a true answer to "what follows"; dev build of anatomy 22 before audit round 8)
        side = [content_lemmas(s.get("event") or s["text"]) for s in steps
                if (s["position"] > anchor if forward else s["position"] < anchor)]
        if forward:  # what the anchor itself says it brings about follows from it (bench_truth.result_lemmas)
            side += [result_lemmas(s["text"]) for s in steps if s["position"] == anchor]
        # the reach's names and the bad side's step phrases: a statement on their head ("valves" beside
        # "atrioventricular valves") is reached too (bench_truth.generic_of)
        heads = generic_of([self.names[c] for c in bad if c in self.names] +
                           [s.get(e) or "" for s in steps for e in ("subject", "object")
                            if (s["position"] >= anchor if forward else s["position"] <= anchor)])

        # what the steps on the true side of the question name, the anchor's too: a sentence the book continues with
        # "Its secretion is prompted when CRH ... triggers ACTH release" is about the anchor's process, though no
        # statement links it (dev KB anatomy 17: "aldosterone increases the excretion of K+" offered as not
        # following from "ACTH is triggered")
        onside = set().union(set(), *(content_lemmas(s.get("event") or s["text"]) | _symbols(s["text"]) for s in steps
                                      if (s["position"] >= anchor if forward else s["position"] <= anchor)))

        def continued(text: str, row: dict) -> bool:
            nxt = said_next(text, [self.texts.get(row.get("chunk") or "", "")] + list(chain.get("sources") or []))
            return bool(nxt) and names_any(nxt, onside)

        def restates(text: str) -> bool:
            mine = content_lemmas(text)
            return any(len(mine & other) >= RESTATES for other in side)
        own_ids = {s.get("statement_id") for s in steps} | {t["id"] for t in chain.get("transitions") or [] if t}
        ranked, seen, kept = [], {normalize_text(t) for t in texts}, []
        here = chain.get("path") or ""
        # the chain's section first; then the other sections of its chapter, but only statements acting from a
        # concept on the safe side of the anchor (forward: a step before it or what leads into it; backward: a step
        # after it or what it leads to), so they stay on the chain's topic (a section often has one or two event
        # statements besides the chain's: round-8 chemistry and round-7 anatomy chains lost 9 of 10 candidate items
        # for want of them); never because they name the chain's ``about`` concept or the anchor's, which is what
        # makes a statement follow ("Thyroid hormone increases body temperature" after "... secrete T3", review)
        safe = good - set().union(*(conc[p] for p in conc if p == anchor))
        pool = [(t, True) for t in sorted(self.section.get(here, []), key=lambda t: t.get("id") or "")] + \
               [(t, False) for t in sorted(self.chapter.get(chain.get("chapter") or "", []), key=lambda t: t.get("id") or "")
                if t["path"] != here and (t["subject_id"] if forward else t["object_id"]) in safe
                and not ({t["subject_id"], t["object_id"]} & set(chain.get("about") or []))]
        where = passage(chain)
        whole = {normalize_text(t.get("quote") or "") for t, _ in pool if same_event(t, steps)} - {""}  # any of its
        # statements: "X mediates a short-term and a long-term response" is two, one of them the chain's own event
        for t, in_section in pool:
            if t.get("id") in own_ids:
                continue
            if in_section and not ({t["subject_id"], t["object_id"]} & (mine | good)) and \
                    not in_passage(where, t["path"], frozenset(t.get("headings") or [t.get("heading") or ""])):
                continue  # another passage of the section, on nothing of the chain: a topic the question never
                # raised, ruled out without knowing the process (round 19, bench_unlinked's module doc)
            if t["subject_id"] in bad or t["object_id"] in bad or \
                    (keys_of(t.get("subject_name") or "") | keys_of(t.get("object_name") or "")) & heads:
                continue  # it, or what it acts on, is at or after the anchor (forward) / at or before it (backward)
            if normalize_text(t.get("quote") or "") in whole:
                continue  # a sentence telling a step's own event of another agent (bench_truth.same_event)
            if family(t) not in EVENT_FAMILIES:
                continue  # "The humerus is the single bone of the upper arm": a static fact beside the steps of a
                # process is ruled out without knowing the process (audit round 8: 6 of 12 anatomy items)
            said = " ".join((t.get("quote") or "").split()).rstrip(".")
            text = detach(said)  # "For example, X" -> "X"; "In response, X": refused (bench_clauses.detach)
            if text is None or not self_contained(text) or restates(text) or continued(said, t) or not \
                    ({t["subject_id"], t["object_id"]} & (mine | good) or on_topic(said, steps, chain.get("name") or "")):
                continue  # the last: of the passage, on no concept nor noun of the chain (bench_unlinked.on_topic)
            n = normalize_text(text)
            if not n or n in seen or overlaps(text, texts) or len(text) > 300 or \
                    any(near(words(text), w) for w in kept):  # no two near-identical sentences in one pool
                continue
            seen.add(n)
            kept.append(words(text))
            if clauses is not None:
                clauses[text] = [c for c in self._clause(text, t) if not restates(c) and not overlaps(c, texts)]
            pref = (t["object_id"] if forward else t["subject_id"]) in good
            ranked.append((not in_section, not pref, not ({t["subject_id"], t["object_id"]} & mine),
                           -len(words(text) & vocab), len(ranked), text,
                           ("upstream" if forward else "downstream") if pref else
                           ("same_section" if in_section else "same_chapter")))
        out = [(text, kind) for *_, text, kind in sorted(ranked)][:k]
        if far is not None:
            far.update(r[-2] for r in sorted(ranked)[:k] if r[0])  # r[0]: not in the chain's section
        for j in self.by_chapter.get(chain.get("chapter") or "", []):
            cid, text, ws, concepts = self.steps[j]
            if len(out) >= k + 4:
                break
            text = detach(text) if cid != chain["id"] else None  # another chain's step as an outside option too
            if text is None or not (concepts & mine) or (concepts & bad) or overlaps(text, texts) or restates(text):
                continue
            n = normalize_text(text)
            if n not in seen:
                seen.add(n)
                out.append((text, "other_chain"))
        out += unlinked_steps(self, chain, mine, texts, restates, seen, k + 4 - len(out))
        return out

    def _clause(self, text: str, row: dict) -> list[str]:
        """The main clause of an outside sentence (``bench_clauses``) when it is a sentence of its own and states the
        statement ``row`` it was verified for: cached by statement and text, the same for every chain (one sentence
        may state two statements, "A raises B, and C lowers D", and be offered through either); whether it repeats
        or restates a step is the caller's check, per chain (``external``)."""
        if self.nlp is None:
            return []
        key = f"{row.get('id')}\x00{text}"
        if key not in self.clauses:
            from proda.evaluate.bench_clauses import main_clause

            got = main_clause(self.nlp(text + "."), row)  # parsed as the sentence it is (its full stop was dropped)
            self.clauses[key] = [got] if got and self_contained(got) else []
        return self.clauses[key]

    def step_clause(self, text: str, step: dict) -> list[str]:
        """The main clause of a step that is longer than it (its event's subject, verb and object kept), as a
        shorter wording of the step when it stands as a DISTRACTOR: a three-step chain has one own step per
        single-key question, and its length alone decided whether the question could be asked."""
        if self.nlp is None or not step.get("predicate"):
            return []
        key = "\x00step\x00" + text
        if key not in self.clauses:
            from proda.evaluate.bench_clauses import main_clause

            got = main_clause(self.nlp(text), {"subject": step.get("subject"), "object": step.get("object"),
                                               "predicate": step.get("predicate")})
            self.clauses[key] = [got] if got and self_contained(got) else []
        return self.clauses[key]

    def foreign_steps(self, chain: dict, rng: random.Random, k: int) -> list[str]:
        """Up to ``k`` step texts of other chains of the same chapter, those sharing a concept with ``chain`` first,
        none near a step of ``chain`` (word Jaccard >= 0.5), none from a chain that repeats one of its steps, and none
        naming a concept that the KB says a concept of ``chain`` acts on (it could follow from the chain)."""
        mine = [words(s["text"]) for s in chain["steps"]]
        mine_concepts = {c for s in chain["steps"] for c in s.get("concepts") or []} | set(chain.get("about") or [])
        reach = set().union(*(self.links.get(c, set()) for c in mine_concepts)) if mine_concepts else set()
        pool = self.by_chapter.get(chain.get("chapter") or "", [])
        if not pool:
            return []
        twins = {self.steps[j][0] for j in pool if any(near(self.steps[j][2], m, 0.8) for m in mine)}
        ranked = []
        for j in rng.sample(pool, min(len(pool), self.PROBES * k * 4)):
            cid, text, ws, concepts = self.steps[j]
            if cid == chain["id"] or cid in twins or any(near(ws, m) for m in mine) or (text := detach(text)) is None:
                continue
            if (concepts - mine_concepts) & reach:
                continue
            # chains of the same kind first (a mined step reads "A inhibits B", a cascade step does not: a style
            # the option-only baseline would learn), then those sharing a concept
            ranked.append((self.kind.get(cid, "") != chain.get("kind", ""), not (concepts & mine_concepts), len(ranked),
                           text))
        out, seen = [], set()
        for *_, text in sorted(ranked):
            n = normalize_text(text)
            if n not in seen:
                seen.add(n)
                out.append(text)
            if len(out) >= k:
                break
        return out
