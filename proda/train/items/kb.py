"""The KB as item generation sees it: statements indexed by subject and predicate *family*, with the checks that
decide what may be taught as true and what may be offered as false.

Why families and not predicates: "the hypothalamus secretes CRH" makes "the hypothalamus produces CRH" true, so a
distractor must be false for the subject under every predicate of the key's family (``proda.lexicon``), not only
under the key's own predicate.  Why the source chunk: the extractor misses facts; a candidate that the chunk names in
a sentence about the subject may be true, so it is never offered as wrong.  Why the quote: a statement whose subject
or object the quote does not support (a truncated object, a negated clause) is not taught as a fact.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict

from proda.datasets import ngrams
from proda.ids import normalize_name
from proda.lexicon import families, family_of, polarity_of
from proda.lexicon.inflect import lemma_phrase
from proda.train.items.phrases import complete_np, general_word, loose_which, main_clause, passive_subject
from proda.train.items.said_of import said_of_subject
from proda.train.items.words import (_BOUNDARY, _contains, _keys, _norm, chapter_of, content_words, echoes,
                                     find_phrase, fits_length, head_noun, head_word, mentions, shares_content_word)

SIBLING_SAMPLE = 256  # random siblings looked at, at most, for distractors (a hub concept has thousands)
SMALL_SIBLINGS = 32  # up to this many, all siblings are shuffled and looked at in turn
_NEGATION = re.compile(r"\b(not|no|never|neither|nor|cannot|without|n't|fails? to|unable)\b", re.I)
_COPULA = {"is", "are", "was", "were", "refer", "refers", "mean", "means", "denote", "denotes"}
# hedges and quantifiers: a sentence carrying one states no certain fact to deny
_HEDGE = re.compile(r"\b(may|might|can|could|some|often|usually|sometimes|typically|generally|likely|possibly|"
                    r"perhaps|probably|tends? to|most|many|several|if|when|whether|suppose|example|such as)\b", re.I)
# an open list: the sentence names some of the objects, so another one is not surely wrong
_OPEN_LIST = re.compile(r"\b(such as|including|other|others|among|etc|for example|for instance|e\.g|like)\b", re.I)
_QUALIFIER = {"less", "more", "not", "rather", "neither", "no", "never", "hardly", "only", "partly", "largely"}
_PARTIAL_NEGATION = re.compile(r"\bnot\s+(always|necessarily|only|just|all|simply|entirely|merely|quite|every)\b", re.I)
_PREPOSITION = {"with", "in", "on", "at", "by", "from", "into", "during", "after", "before", "for", "of", "to", "over",
                "under", "within", "through", "across", "among", "between", "since", "until", "toward", "towards"}
_ALSO = re.compile(r"\b(?:also|as well as)\b", re.I)  # the sentence goes on to say more of its subject
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'])")
# a subject that starts with one of these is a clause fragment or a pronoun ("where blood vessels enter the lungs")
_NOT_SUBJECT = {"where", "which", "that", "who", "whom", "whose", "when", "what", "how", "why", "there", "it", "this",
                "these", "those", "they", "he", "she", "we", "you", "i", "its", "their", "such", "both"}
# a subject that points inside ("the transpose of such a matrix", "the walls of these vessels", audit round 17): which
# one was said by another sentence; an object's "these" may point within its own clause ("the leg and thigh that
# collects blood from these areas") and stays; "the resulting blockage", "the resultant force" name a thing by what
# the sentence before produced (review R2 of 2f72e39), unless the phrase names it ("resulting from heavy rain")
_POINTING = re.compile(r"\b(?:this|these|such)\b(?! as\b)|\bresult(?:ing|ant)\b(?! (?:from|in)\b)", re.I)
_FRAGMENT = re.compile(r"(where|which|when|while|whereas|that|because|if|although|as|since|and|or|but)\b")
CAUSAL = {"cause", "increase", "stimulate", "decrease", "inhibit", "produce", "convert", "remove", "transport",
          "control", "require"}


# the boundary words as ``_keys`` writes them: "across" is keyed "acros", "whereas" "wherea"
_BOUNDARY_KEYS = frozenset(_BOUNDARY | {_keys(w)[0] for w in _BOUNDARY})
_ARTICLE = re.compile(r"(?:(?<=\s)|^)(?:the|a|an)\s+|^(?:The|A|An)\s+")  # "vitamin A" keeps its letter


def without_articles(text: str) -> str:
    """``text`` without its articles: where a sentence says "the release of the glucocorticoids", the extractor's
    "release of glucocorticoids" is its phrase.  An article that followed a phrase is gone too, so the word after
    it is then the next noun: a phrase that ended before an article reads as cut short (refused, never kept)."""
    return _ARTICLE.sub("", text)


class KB:
    """The statements and defined concepts of the KB, indexed for distractor search and truth checks."""

    def __init__(self, statements: list[dict], concepts: list[dict], step_texts: list[str] | None = None,
                 chunks: dict[str, str] | None = None):
        self.statements = statements
        self.concepts = concepts
        self.chunks = chunks or {}
        self.by_id = {s["id"]: s for s in statements}
        self.concept_type = {c["id"]: c.get("type") or "term" for c in concepts}
        self.by_concept: dict[str, list[dict]] = defaultdict(list)
        self.by_chain: dict[str, list[dict]] = defaultdict(list)
        self.by_pred: dict[str, list[dict]] = defaultdict(list)
        self.by_sp: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self.by_family: dict[str, list[dict]] = defaultdict(list)
        self.by_chapter: dict[str, list[dict]] = defaultdict(list)
        self.by_chapter_family: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self._sentences: dict[str, list[str]] = {}
        self.said: dict[tuple[str, str], set[str]] = defaultdict(set)  # (subject key, family) -> object names
        self.classes: dict[str, set[str]] = defaultdict(set)  # concept key -> is_a objects (normalised)
        held = self.held_grams = set()  # word 8-grams of chain steps: their sentences are benchmark text
        for t in step_texts or []:
            held |= ngrams(t, 8)
        for s in statements:
            s["held_out"] = bool(held) and bool(ngrams(s.get("quote") or "", 8) & held)
            s["skey"], s["okey"] = self.key(s["subject_id"], s["subject"]), self.key(s["object_id"], s["object"])
            s["snorm"], s["onorm"] = _norm(s["subject"]), _norm(s["object"])
            s["shead"], s["ohead"] = head_noun(s["subject"]), head_noun(s["object"])
            phrase, neg = lemma_phrase(s["predicate"], s.get("predicate_lemma") or "")
            s["lemma"] = phrase
            s["neg"] = bool(s.get("negated")) or neg
            s["fam"] = s.get("family") or family_of(phrase)
            stored = s.get("polarity")
            s["pol"] = int(stored) if stored is not None else polarity_of(phrase) * (-1 if s["neg"] else 1)
            s["chapter"] = chapter_of(s.get("document") or "")
            self.by_concept[s["subject_id"]].append(s)
            if s["object_id"] != s["subject_id"]:
                self.by_concept[s["object_id"]].append(s)
            for ch in s.get("chains") or []:
                self.by_chain[ch].append(s)
            self.by_pred[s["predicate"]].append(s)
            self.by_sp[(s["subject_id"], s["predicate"])].append(s)
            self.by_family[s["fam"]].append(s)
            self.by_chapter[s["chapter"]].append(s)
            self.by_chapter_family[(s["chapter"], s["fam"])].append(s)
            if not s["neg"]:
                self.said[(s["skey"], s["fam"])].add(s["onorm"])
                if s["fam"] == "is_a":
                    self.classes[s["skey"]].add(head_noun(s["object"]))
        self._families = set(families())
        self._is_a_lemmas = set(families().get("is_a", {}).get("lemmas", [])) | {"be_a_kind_of"}
        self.members: dict[str, int] = defaultdict(int)  # class key -> statements saying something is a kind of it
        for s in self.by_family.get("is_a", []):
            self.members[s["okey"]] += 1
        self.heads: dict[str, int] = defaultdict(int)  # head noun -> concept names with more words ending in it
        for c in concepts:
            k = _keys(c["name"])
            if len(k) > 1:
                self.heads[head_noun(c["name"])] += 1
        for s in statements:
            for side in ("subject", "object"):
                k = _keys(s[side])
                if len(k) > 1:
                    self.heads[head_noun(s[side])] += 1

    @staticmethod
    def key(cid: str, name: str) -> str:
        return cid or normalize_name(name)

    # ------------------------------------------------------------------------------------------ truth
    def asserts(self, skey: str, fam: str, name: str) -> bool:
        """The KB says ``skey`` <family> ``name`` (any predicate of the family; names compared loosely:
        "CRH" is said when "corticotropin-releasing hormone (CRH)" is)."""
        n = _norm(name)
        said = self.said.get((skey, fam), ())
        if n in said:
            return True
        nk = _keys(name)
        for o in said:
            ok = _keys(o)
            if nk and ok and (_contains(ok, nk) or _contains(nk, ok)):
                return True
        return False

    def chunk_sentences(self, s: dict) -> list[str]:
        k = s.get("chunk") or ""
        if k not in self._sentences:
            text = self.chunks.get(k, "")
            self._sentences[k] = [x for x in _SENT.split(text) if x.strip()] if text else []
        return self._sentences[k]

    def stated_in_chunk(self, s: dict, name: str) -> bool:
        """``name`` appears in a sentence of ``s``'s source chunk that also names ``s``'s subject (its head word
        at least): the text may say it of the subject even where extraction did not."""
        subj = head_noun(s["subject"])
        for sent in self.chunk_sentences(s):
            if mentions(sent, name) and (mentions(sent, s["subject"]) or (subj and subj in _keys(sent))):
                return True
        return False

    def false_for(self, s: dict, name: str, okey: str = "") -> bool:
        """``name`` can be offered as wrong for ``s``'s subject and family: the KB does not say it under any
        predicate of the family, the source chunk does not name it beside the subject, the chapter says it of the
        subject nowhere (``said_of``), and it is not the subject."""
        if okey and okey == s["skey"] or self.is_class(s) or _OPEN_LIST.search(s.get("quote") or ""):
            return False  # "regulate metabolism, protein synthesis and many other functions": no object is surely wrong
        n = _norm(name)
        if not n or n == s["snorm"] or n == s["onorm"]:
            return False
        if self.asserts(s["skey"], s["fam"], name):
            return False
        # said of the subject elsewhere in the chapter: a statement, a sentence, an "also" (``said_of``)
        return not self.stated_in_chunk(s, name) and not said_of_subject(self, s, name)

    def usable(self, s: dict) -> bool:
        """Every claim form can be built from ``s``: true and false, affirmative and negated (supported, of known
        sign, affirmative, with a verified wrong object).  Claims are drawn only from such statements, so that no
        form is tied to a verdict by what happens to be buildable."""
        if "_usable" not in s:
            s["_usable"] = bool(self.polarity_known(s) and not s["neg"] and self.wrong_objects(s, random.Random(0), 1))
        return s["_usable"]

    def is_copula(self, s: dict) -> bool:
        """"X is (a kind of) Y": the classification templates need exactly this, not "is transcribed into"."""
        return s["lemma"] in self._is_a_lemmas

    def class_word(self, text: str) -> bool:
        """A one-word phrase that heads two or more longer concept names ("hormones": "hormone insulin", "peptide
        hormone"): a class, so it may well be true of the subject as a hypernym of the key."""
        k = _keys(text)
        return len(k) == 1 and self.heads.get(k[0], 0) >= 2

    def is_class(self, s: dict) -> bool:
        """``s``'s subject names a class (other concepts are kinds of it, or it is the head noun of other concepts'
        names): "hormones do not cause X" may be false for one of its members, so nothing is denied of it."""
        if "_class" not in s:
            k = _keys(s["subject"])
            s["_class"] = bool(self.members.get(s["skey"])) or (len(k) == 1 and self.heads.get(k[0], 0) >= 2)
        return s["_class"]

    def supported(self, s: dict) -> bool:
        """The source quote supports ``s`` as a plain fact (``unsupported`` says which part fails); cached on ``s``."""
        if "_supported" not in s:
            s["_supported"] = not self.unsupported(s)
        return s["_supported"]

    def unsupported(self, s: dict) -> str:
        """Why the source quote does not support ``s`` as a plain fact, "" when it does: it names subject and object,
        the object is not cut short (the next word ends a noun phrase), and no negation cue contradicts an
        affirmative statement.  The first part that fails is named ("supported:object_cut_short"), so that
        ``benchmarks/train_funnel.py`` reports the gate that this check is, not a copy of it."""
        q = s.get("quote") or ""
        if not q:
            return "supported:no_quote"
        if s["subject"].split(" ", 1)[0].lower() in _NOT_SUBJECT:
            return "supported:pronoun_subject"
        if _POINTING.search(s["subject"]):
            return "supported:pointing_subject"
        # the extractor drops the articles inside an argument ("release of glucocorticoids" in "the release of
        # the glucocorticoids"): where the quote does not hold it word for word, its words are matched without them
        bare = q if mentions(q, s["object"]) else without_articles(q)
        if not mentions(bare, s["object"]):
            return "supported:object_not_in_quote"
        if not (mentions(q, s["subject"]) or mentions(without_articles(q), s["subject"])
                or head_noun(s["subject"]) in _keys(q)):
            return "supported:subject_not_in_quote"
        words, offs = _keys(bare), find_phrase(s["object"], bare)
        n = len(_keys(s["object"]))
        ends = [o for o in offs if o + n >= len(words) or words[o + n] in _BOUNDARY_KEYS]
        if not ends:
            return "supported:object_cut_short"
        # "causes oxygen to cross": the object of a causative is the clause, not the noun
        if all(s["fam"] in CAUSAL and "to" in words[o + n: o + n + 4] for o in ends):
            return "supported:causative_clause_object"
        if not s["neg"] and s.get("polarity") is None and _NEGATION.search(q):
            return "supported:negation_cue"
        # the last gate (issue 12): both arguments are complete noun phrases of the quote, not cut or spliced
        v = s["lemma"].split("_", 1)[0]
        if not complete_np(s["subject"], q, "subject", v):
            return "supported:complete_np(subject)"
        if not complete_np(s["object"], q, "object", v):
            return "supported:complete_np(object)"
        # "where the negative sign indicates ...": a quote opening with a lower-case subordinator is a fragment
        if _FRAGMENT.match(q.lstrip("\"'“‘(")):
            return "supported:fragment"
        if loose_which(q, v):
            return "supported:loose_which"
        # "The medial elbow is supported by ..." is no "medial elbow supports ...": an active statement of a passive
        if not s["lemma"].startswith("be_") and passive_subject(s["subject"], q, v):
            return "supported:passive_subject"
        # "bond increases bond strength" (the "π bond"): a subject inside its own object says nothing
        if content_words(s["subject"]) and content_words(s["subject"]) <= content_words(s["object"]):
            return "supported:subject_in_object"
        # "cardiac tamponade can lead to death" is no "leads to death": the modal is part of the fact
        if re.search(rf"\b(may|might|can|could|cannot)\s+(\w+\s+)?{re.escape(v[:4])}", q, re.I):
            return "supported:modal"
        return ""

    def main_clause(self, s: dict) -> bool:
        """The statement's verb is the quote's main verb: a negation stated inside a relative or adverbial clause
        ("an emergency in which the ventricles do not pump blood") holds only there."""
        return main_clause(s.get("quote") or "", s["lemma"].split("_", 1)[0])

    def polarity_known(self, s: dict) -> bool:
        """Its sign is known: stored by extraction, or its family is in the lexicon table (and the quote
        supports it), so a negated or reversed form of it is surely false."""
        return self.supported(s) and (s.get("polarity") is not None or s["fam"] in self._families)

    # ---------------------------------------------------------------------------------- distractors
    def same_kind(self, s: dict, cand: dict, side: str) -> bool:
        """A candidate object is the same kind of thing as ``s``'s object: same concept type (when typed), and
        either the object of a statement of the same family, or the same head noun or is-a class."""
        cid = cand[f"{side}_id"]
        ta, tb = self.concept_type.get(s["object_id"], "term"), self.concept_type.get(cid, "term")
        if ta != "term" and tb != "term" and ta != tb:
            return False
        if side == "object" and cand["fam"] == s["fam"] and s["fam"] != "is_a":
            return True
        if cand[f"{side[0]}head"] == s["ohead"]:
            return True
        mine = self.classes.get(s["okey"])
        return bool(mine and mine & self.classes.get(cand[f"{side[0]}key"], set()))

    def grammatical_subject(self, s: dict) -> bool:
        """The quote names ``s``'s subject right before a verb, as the subject of its clause ("Speeding is a deviant
        act"), not inside a phrase ("spreading the fingers or toes apart is abduction" says nothing of "toes")."""
        words, n = _keys(s.get("quote") or ""), len(_keys(s["subject"]))
        for o in find_phrase(s["subject"], s.get("quote") or ""):
            nxt = words[o + n] if o + n < len(words) else ""
            if nxt in _COPULA or nxt in ("also", "now", "often", "usually", "generally", "thus"):
                after = words[o + n + 1] if o + n + 1 < len(words) else ""
                # "deviance is less a personal choice and more ...": the copula is qualified, not a classification
                return not (o and words[o - 1] in ("or", "and", "of")) and after not in _QUALIFIER
        return False

    def direct_object(self, s: dict) -> bool:
        """The object follows the verb directly in the quote, not after a preposition: "parathyroid hormones increase
        with age" says nothing about an effect on age."""
        words = _keys(s.get("quote") or "")
        particle = _keys(s["predicate"].replace("_", " "))[-1:]  # "leads to", "converts to": the verb's own particle
        return any(o and (words[o - 1] not in _PREPOSITION or (words[o - 1],) == particle)
                   for o in find_phrase(s["object"], s.get("quote") or ""))

    def certain(self, s: dict) -> bool:
        """The quote states ``s`` without a hedge or a quantifier ("may", "some", "can"): only such a fact may be
        denied to make a false claim (denying "X may cause Y" or "some X are Y" is not surely false)."""
        return not _HEDGE.search(s.get("quote") or "")

    def ends_clause(self, s: dict) -> bool:
        """The object ends its clause in the quote (a punctuation mark or the sentence's end follows): "families do
        not socialize children in a vacuum" must not become "families do not socialize children"."""
        q, o = (s.get("quote") or "").lower(), s["object"].lower()
        if _PARTIAL_NEGATION.search(q):
            return False  # "does not always align with": the extracted "does not align" says the opposite
        return any(re.match(r"\s*([.,;:!?)]|$)", q[m.end():]) for m in re.finditer(re.escape(o), q))

    def wrong_objects(self, s: dict, rng: random.Random, k: int, exclude: set[str] | None = None,
                      same_verb: bool = False) -> list[tuple[str, str]]:
        """Up to ``k`` (object key, object text): real objects of other statements of the same chapter, of the
        same kind as ``s``'s object, each false for ``s``'s subject under every predicate of its family."""
        exclude = set(exclude or ()) | {s["okey"]}
        names = {s["onorm"]}
        out: list[tuple[str, str]] = []
        same = self.by_chapter_family.get((s["chapter"], s["fam"]), [])
        pool = self.by_chapter.get(s["chapter"], [])
        # bounded random draws: a chapter (or a KB without documents) may hold many thousands of statements
        draws = rng.sample(same, min(len(same), SIBLING_SAMPLE)) + rng.sample(pool, min(len(pool), SIBLING_SAMPLE))
        for t in draws:
            if t["id"] == s["id"] or same_verb and t["lemma"] != s["lemma"]:
                continue
            if len(out) >= k:
                break
            for side in ("object",) if same_verb else ("object", "subject"):
                okey, text, n = t[f"{side[0]}key"], t[side], t[f"{side[0]}norm"]
                if okey in exclude or n in names or not n or not self.same_kind(s, t, side):
                    continue
                if shares_content_word(text, s["object"]) or shares_content_word(text, s["subject"]):
                    continue  # "stronger blow" for "forceful blow", "trial courts" for "state courts": maybe true
                if general_word(text) or head_noun(text) in self.classes.get(s["okey"], ()) or self.class_word(text):
                    continue  # "energy" beside "heat", "hormones" beside "inhibin": a general word or a class
                if not fits_length([s["object"]] + [w for _, w in out] + [text]) or not self.supported(t):
                    continue  # a one-word filler beside a long key; a cut phrase ("even jet fuel") is no option
                if not self.false_for(s, text, okey):
                    continue
                if echoes(text, self.said_also(s), [s["subject"], s["object"], s["predicate"].replace("_", " ")]):
                    continue  # the key's own sentence says more of the subject: "also has regions for memory"
                exclude.add(okey)
                names.add(n)
                out.append((okey, text))
                break
        return out

    @staticmethod
    def said_also(s: dict) -> str:
        """What the key's quote goes on to say of the subject after its object ("..., but also has regions crucial
        for memory formation"): the text after an "also" that follows the object; "" when there is none.  Any other
        clause of the sentence (a "which" clause, an earlier fact) was found to tie fair options by a shared noun."""
        q, o = without_articles(s.get("quote") or ""), without_articles(s["object"])  # "eversion of (the) foot"
        at = q.lower().rfind(o.lower())
        m = _ALSO.search(q, at + len(o)) if at >= 0 and o else None
        return q[m.end():] if m else ""

    def iter_siblings(self, s: dict):
        """Statements sharing a concept or a chain with ``s`` (not ``s`` itself), lazily."""
        seen = {s["id"]}
        for group in (self.by_concept.get(s["subject_id"], []), self.by_concept.get(s["object_id"], []),
                      *(self.by_chain.get(c, []) for c in s.get("chains") or [])):
            for t in group:
                if t["id"] not in seen:
                    seen.add(t["id"])
                    yield t

    def siblings(self, s: dict) -> list[dict]:
        return list(self.iter_siblings(s))


__all__ = ["KB", "load_kb", "chapter_of", "content_words", "find_phrase", "fits_length", "head_noun", "head_word",
           "mentions", "shares_content_word"]


def load_kb(store) -> KB:
    by_id = lambda r: r["id"]  # noqa: E731 - the queries leave order to us (see their header)
    chunks, steps = {r["id"]: r["text"] or "" for r in store.read("train_chunks")}, store.read("train_step_texts")
    kb = KB(sorted(store.read("train_statements"), key=by_id), sorted(store.read("train_concepts"), key=by_id),
            [r["text"] for r in steps if r["text"]], chunks)
    kb.chain_steps = steps  # with the concepts and documents of their chains: the benchmark's topics (``cloze``)
    return kb
