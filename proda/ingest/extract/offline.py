"""The ``offline`` extractor: deterministic rules over structure and language, no model.

Top-down like the ProDa paper: chains (L3) from procedural / causal passages,
then statements (L2) from relational cues, then concepts (L1) from definition
lists, defining sentences and the mentions the statements and chains need.

Everything is pure-Python regex and word lists (no tagger, no model), so it is
fast -- the 576k-word anatomy book, ~2,500 chunks, in about 10 s on one core --
and gives the same output every run.  Names and quotes are always sliced out of
the chunk text, so quotes are verbatim.

Rules, by level:

- L3 ``_ChainBuilder``: ordinal sequences ("First, ... Next, ... Finally, ...",
  "Step 1 ..."), stages/phases ("During prophase, ..."), list items after a
  sentence that announces steps/stages, and causal cascades (relations whose
  object is the next relation's subject, in one sentence via "which" or across
  consecutive sentences via a shared word or "This ...").  Steps of sequences
  are the step sentences; steps of cascades are the event noun phrases.  Each
  adjacent step pair gives a transition statement (``chain_index``/``step_index``).
- L2 ``_relations``: cue verbs (is a type of, part of, contains, consists of,
  located in, produces, secretes, causes, leads to, stimulates, inhibits,
  requires, connects, converts X to Y, precedes, ...) with their passives;
  subject / object are noun phrases found by a word-class chunker.
- L1 ``_defining`` plus definition lists: "X is a/the ...", "X are ...",
  "X, also called Y", "X (ABBR)", "X, or Y,", "X refers to / is defined as",
  "the term X", "called / known as / termed X", "X, which is a ...",
  appositives "X, a Y ...", "<named> law/rule/principle: ...".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from proda.ids import normalize_name
from proda.ingest.extract.base import verify_quotes
from proda.models import ChainDraft, Chunk, ConceptDraft, Extraction, StatementDraft

__all__ = ["OfflineExtractor", "split_sentences"]

# --------------------------------------------------------------------------- words

_DET = frozenset(
    "the a an this that these those its their his her our your my each every some any all both "
    "either neither no another such many most several few much more other certain".split()
)
_PRON = frozenset(
    "it they them he she we you i me us him this these those that there here which who whom whose what "
    "one ones itself themselves something anything everything nothing someone anyone everyone others "
    "each both all some most many few several another either neither none such".split()
)
_PREP = frozenset(
    "of in on at by for with from into onto to through throughout during within without between among "
    "amongst across along around over under above below beneath behind beyond near toward towards against "
    "via per upon after before until since like unlike as than about inside outside despite except "
    "including regarding following concerning besides underneath alongside amid off out up down".split()
)
_CONJ = frozenset(
    "and or but nor so yet because although though while whereas if unless when whenever where wherever "
    "whether that which who whom whose then thus therefore however hence also once".split()
)
_AUX = frozenset(
    "is are was were be been being am has have had having do does did done can could may might must "
    "shall should will would not no cannot".split()
)
_ADV = frozenset(
    "also often then thus still even just very too almost always never sometimes usually generally "
    "typically mostly however further rather well instead together here there now again already soon "
    "only first second third finally next later eventually ultimately normally directly indirectly "
    "primarily mainly largely partly actually commonly frequently rarely seldom essentially simply "
    "therefore hence consequently subsequently initially immediately especially particularly "
    "relatively approximately nearly quite somewhat fairly highly readily".split()
)
_LY_NOUNS = frozenset(
    "supply assembly family anomaly belly jelly italy ally rally polyly monopoly reply fly holly "
    "lily bully gully folly jolly melly".split()
)
# verbs that end a noun phrase: base forms (rarely nouns in science prose) and their inflections
_VERB_BASES = """
    include contain allow help make provide consist occur begin become remain appear require produce
    cause lie locate call know term name involve lead take give carry travel enter pass receive send
    protect serve secrete stimulate inhibit trigger reduce regulate connect attach join convert depend
    generate synthesize activate promote prevent induce surround bind absorb precede follow refer
    describe define mean see note exist enable maintain develop divide extend arise respond show depict
    illustrate get keep continue say think tend seem undergo contribute derive detect determine diffuse
    dilate constrict migrate differentiate emerge originate penetrate pierce project insert innervate
    drain transmit conduct deliver remove eliminate excrete filter reabsorb transfer exchange
    facilitate mediate coordinate interact integrate modify alter affect influence enhance suppress
    accelerate slow elevate lower raise deplete restore repair replace destroy damage kill digest
    break split combine fuse merge separate release form ingest engulf transport encode express
    translate transcribe replicate assemble store stretch contract relax shorten lengthen rotate
    flex extend abduct adduct elevate depress protrude retract articulate anchor hold pull push
    compress expand fill empty drop rise fall increase decrease identify explain discuss compare
    learn study examine observe measure consider list label locate recognize distinguish classify
    categorize organize arrange compose comprise constitute represent resemble lack possess share
    carry yield emit absorb reflect occupy surround enclose cover line border separate span cross
    run course reach approach ascend descend branch divide give become turn move shift change grow
    mature age die survive live feel sense perceive hear smell taste touch see respond adapt adjust
    compensate correct counteract oppose balance offset neutralize buffer dissolve dissociate ionize
    oxidize reduce catalyze hydrolyze phosphorylate react bond share donate accept gain lose attract
    repel collide vibrate freeze melt boil evaporate condense
    stop start end prompt elicit evoke initiate terminate cease persist recur return exit leave
    bring put set place let allow permit enable prevent avoid ensure result
    indicate exhibit proceed find vary expect come explore create predict go reveal happen introduce
    perform encounter apply display recover interfere add calculate write disrupt withstand differ
    establish demonstrate imagine suggest regenerate depolarize hyperpolarize repolarize understand
    sustain improve assume degrade impair inherit suffice settle participate consume accompany heal
    utilize alleviate prepare address localize implant achieve notice accommodate tell assist fail
    reproduce dissipate bear ossify accumulate try overcome expend want correspond suffer rely prove
    collapse exceed pour weigh behave adopt rearrange satisfy choose minimize maximize view assess
    estimate obtain bypass isolate solve compute excite remember resolve expose simplify stabilize
    resist boost lift relate nourish investigate confirm appreciate emphasize monitor evade quantify
    reestablish fertilize characterize specify visualize link meet flow open close
    """.split()
_NOUNISH = frozenset(
    "name term cause lead release form exchange damage break drop rise fall increase decrease study "
    "list label line border span cross run course branch turn shift change age balance buffer heat "
    "bond share stop start end return set place result measure store transport flow open close link view".split()
)


def _inflect(v: str) -> list[str]:
    out = [v]
    if v.endswith("y") and v[-2:-1] not in "aeiou":
        out += [v[:-1] + "ies", v[:-1] + "ied"]
    elif v.endswith(("s", "sh", "ch", "x", "z", "o")):
        out += [v + "es", v + "ed"]
    elif v.endswith("e"):
        out += [v + "s", v + "d"]
    else:
        out += [v + "s", v + "ed"]
    return out


_VERB_BASE_SET = frozenset(_VERB_BASES)


def _plural_word(w: str) -> bool:
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))


_IRREGULAR = (
    "made began become became lay found known led took taken gave given sent left held bound broke broken "
    "split run ran arose arisen shown seen kept said thought undergone underwent grew grown lost drawn "
    "brought put let fell fallen rose risen got gotten lain done occurred occurring referred referring transferred "
    "controlled controlling stopped stopping dropped dropping began beginning permitted emitted"
).split()
_VERBS = frozenset(
    [f for v in _VERB_BASES if v not in _NOUNISH for f in _inflect(v)]
    + [v + ("s" if not v.endswith(("s", "sh", "ch", "x")) else "es") for v in _NOUNISH if v not in ("name", "term", "damage", "age", "line", "border", "course", "branch", "label", "list", "bond", "heat", "set", "place", "end", "run", "balance", "buffer", "share", "study", "exchange", "transport", "store", "measure", "result", "change", "release", "increase", "decrease", "cause", "form", "lead", "rise", "fall", "drop", "break", "return", "start", "stop", "turn", "shift", "cross", "span", "view")]
    + _IRREGULAR
    + "is are was were be been being has have had does do did can could may might must will would shall should".split()
)
_TRAIL_BAD = frozenset(
    "responsible capable able unable available necessary sufficient likely unlikely present known due "
    "itself themselves alone together apart throughout".split()
)
_GENERIC = frozenset(
    """
    process processes part parts type types kind kinds form forms number numbers amount amounts group
    groups set sets series variety varieties way ways result results effect effects example examples
    case cases one ones rest majority state states study studies function functions role roles portion
    portions area areas region regions structure structures thing things term terms name names word
    words lot lots level levels class classes category categories member members unit units feature
    features property properties means use uses step steps stage stages phase phases event events
    change changes fact reason reasons order area body figure table chapter section purpose aspect
    aspects condition conditions characteristic characteristics factor factors individual individuals illustration
    diameter length width size height weight illustrations detachment description descriptions discussion version versions
    other others same time times point points place places side sides end ends top bottom
    increase increases decrease decreases response responses action actions activity sequence
    """.split()
)
_CHANGE_HEADS = frozenset(
    """
    increase increases decrease decreases rise rises fall falls drop drops loss gain reduction elevation
    release secretion production synthesis contraction relaxation activation inhibition stimulation
    influx efflux uptake entry movement binding opening closing closure depolarization
    repolarization hyperpolarization breakdown formation conversion degradation accumulation
    """.split()
)
_ARTICLES = frozenset("the a an its their his her our your my each every some any no".split())
_QUANT = frozenset(
    "number numbers amount amounts average majority percentage proportion fraction variety varieties range "
    "series set sets group groups type types kind kinds form forms lot lots couple pair pairs dozens hundreds "
    "thousands millions".split()
)
_WEAK_ADJ = frozenset(
    "two three four five six seven eight nine ten twelve twenty hundred thousand several various different "
    "numerous multiple additional certain specific particular same similar new entire whole given individual "
    "respective following many few other others most more less".split()
)
_STOP_ALL = _DET | _PRON | _PREP | _CONJ | _AUX | _ADV

_STRUCTURE_HEADS = frozenset(
    """
    structure organ tissue bone membrane gland muscle layer region cavity vessel canal duct tube
    cartilage ligament tendon nerve artery vein capillary chamber valve fossa foramen process bone
    sinus space opening groove ridge projection lobe cortex nucleus organelle sheath fiber fibre
    joint cell epithelium fold tract plexus ganglion follicle node sac wall ring band
    """.split()
)
_ENTITY_HEADS = frozenset(
    """
    protein hormone enzyme molecule compound ion acid atom element chemical substance lipid
    carbohydrate sugar steroid peptide receptor antibody neurotransmitter gas solution mixture
    base salt polymer monomer particle electron cation anion isotope metal
    """.split()
)

# --------------------------------------------------------------------------- tokens and sentences

_TOKEN = re.compile(r"\w(?:[\w'’\-–]*\w)?\+?|[^\w\s]")
_WORDLIKE = re.compile(r"\w")


@dataclass(slots=True)
class Tok:
    text: str
    low: str
    start: int  # offsets into the chunk text
    end: int

    @property
    def is_word(self) -> bool:
        return bool(_WORDLIKE.match(self.text))


@dataclass
class Sent:
    text: str
    start: int
    end: int
    block: int
    toks: list[Tok] = field(default_factory=list)
    index: int = 0


_ABBREV = frozenset(
    "e.g i.e fig figs dr mr mrs ms vs etc approx al st no nos vol ca cf eq eqs sp spp ph.d u.s".split()
)
_BOUNDARY = re.compile(r"[.!?]+[\"”’)\]]*\s+(?=[\"“(\[]?[A-Z0-9])")


def split_sentences(text: str, base: int = 0) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of one block, offsets relative to ``base``."""
    spans: list[tuple[int, int]] = []
    s = 0
    for m in _BOUNDARY.finditer(text):
        head = text[s : m.start() + 1]
        w = re.search(r"([\w.]+)\.?$", head[:-1] if head.endswith(".") else head)
        last = (w.group(1) if w else "").lower().rstrip(".")
        if text[m.start()] == "." and (last in _ABBREV or (len(last) == 1 and last.isalpha())):
            continue
        e = m.start() + len(m.group(0).rstrip())
        if text[s:e].strip():
            spans.append((base + s, base + e))
        s = m.end()
    if text[s:].strip():
        spans.append((base + s, base + len(text.rstrip())))
    return spans


def _tokens(text: str, offset: int) -> list[Tok]:
    return [Tok(m.group(0), m.group(0).lower(), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(text)]


# --------------------------------------------------------------------------- noun phrases


def _is_adverb(low: str) -> bool:
    return low in _ADV or (low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS)


def _is_content(t: Tok) -> bool:
    if not t.is_word:
        return False
    low = t.low
    if low in _STOP_ALL or low in _VERBS or low in _TRAIL_BAD or _is_adverb(low):
        return False
    return True


def _is_modifier(toks: list[Tok], k: int) -> bool:
    """A participle used as an adjective: "-ed"/"-ing" verb form directly before a content word."""
    t = toks[k]
    if not t.is_word or not t.low.endswith(("ed", "ing")) or t.low in _AUX or t.low in _STOP_ALL:
        return False
    return k + 1 < len(toks) and _is_content(toks[k + 1])


@dataclass(slots=True)
class NP:
    i: int  # first token index (inclusive)
    j: int  # last token index (exclusive)
    start: int
    end: int
    text: str  # verbatim span, determiners trimmed
    head: str  # lower-cased last word

    @property
    def nwords(self) -> int:
        return len(self.text.split())


class Ctx:
    """Per-chunk state: the text and the casing evidence used to lower-case sentence-initial words."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._caps: set[str] = set()
        for m in re.finditer(r"(?<=[a-z,;:] )([A-Z][a-z]+)", text):
            self._caps.add(m.group(1))

    def np(self, toks: list[Tok], i: int, j: int, sent: Sent) -> NP | None:
        # trim determiners, numbers, weak adjectives and stop words at the edges
        while i < j and (
            toks[i].low in _DET or toks[i].low in _PREP or toks[i].low in _WEAK_ADJ or not toks[i].is_word
            or toks[i].low.isdigit()
        ):
            i += 1
        while j > i and (not _is_content(toks[j - 1]) or toks[j - 1].text.endswith("-")):
            j -= 1
        # "the number of X", "a variety of X", "types of X" -> X
        if j - i >= 3 and toks[i].low in _QUANT and toks[i + 1].low == "of":
            i += 2
            while i < j and (toks[i].low in _DET or toks[i].low in _WEAK_ADJ):
                i += 1
        if i >= j:
            return None
        raw = self.text[toks[i].start : toks[j - 1].end]
        if toks[i].start == sent.start and toks[i].text[:1].isupper() and toks[i].text[1:].islower():
            if toks[i].text not in self._caps:
                raw = toks[i].text.lower() + raw[len(toks[i].text) :]
        raw = raw.strip(" ,;:")
        if not raw:
            return None
        return NP(i, j, toks[i].start, toks[j - 1].end, raw, toks[j - 1].low)


def right_np(ctx: Ctx, sent: Sent, k: int, max_words: int = 6, allow_of: bool = True) -> NP | None:
    """The noun phrase that starts at token ``k`` (after optional determiners)."""
    toks = sent.toks
    n = len(toks)
    i = k
    while i < n and (toks[i].low in _DET or toks[i].low in ("of",) and i == k):
        i += 1
    j = i
    used_of = False
    while j < n:
        t = toks[j]
        if _is_content(t) or (j == i and _is_modifier(toks, j)):
            j += 1
            continue
        if t.text in ("-",) and j + 1 < n and _is_content(toks[j + 1]) and j > i:
            j += 1
            continue
        if (
            allow_of
            and not used_of
            and (t.low == "of" or t.low == "in" and toks[j - 1].low in _CHANGE_HEADS)
            and j > i
            and j + 1 < n
        ):
            m = j + 1
            while m < n and toks[m].low in ("the", "a", "an"):
                m += 1
            if m < n and _is_content(toks[m]) and toks[m].low not in _GENERIC:
                used_of = True
                j = m
                continue
        break
    # "channels open", "platelets stick to": a plural noun is the head (English modifiers are singular),
    # so a lower-case word after it is a verb
    for n in range(i, j - 1):
        if _plural_word(toks[n].low) and toks[n + 1].text.islower() and toks[n + 1].low not in ("of", "in") and toks[n].text.isalpha():
            j = n + 1
            break
    # participles (-ed/-ing) at the end of a run are verbs, not modifiers
    while j > i and toks[j - 1].low.endswith(("ed", "ing")) and j - i > 1 and toks[j - 1].low not in ("ring", "string"):
        j -= 1
    if j <= i:
        return None
    # cap at max_words content words (keep the head before an 'of')
    if j - i > max_words:
        return None
    np = ctx.np(toks, i, j, sent)
    return np


def left_np(ctx: Ctx, sent: Sent, k: int, max_words: int = 6) -> NP | None:
    """The noun phrase that ends just before token ``k``."""
    toks = sent.toks
    j = k
    i = j
    while i > 0:
        t = toks[i - 1]
        if _is_content(t):
            if t.low in _VERB_BASE_SET and i >= 2 and toks[i - 2].low == "to":
                break  # "to form ATP": an infinitive, not part of the name
            i -= 1
            continue
        if i < j and _is_modifier(toks, i - 1) and (i - 1 == 0 or toks[i - 2].low in _DET or not toks[i - 2].is_word):
            i -= 1
            continue
        if t.text == "-" and i - 2 >= 0 and _is_content(toks[i - 2]) and i < j:
            i -= 1
            continue
        if t.low in ("the", "a", "an") and i - 2 >= 0 and toks[i - 2].low == "of":
            # "release of the hormone": keep going past "of the"
            if i - 3 >= 0 and _is_content(toks[i - 3]):
                i -= 2
                continue
        if t.low == "of" and i < j and i - 2 >= 0 and _is_content(toks[i - 2]):
            i -= 1
            continue
        break
    if i >= j:
        return None
    # strip a leading "of ..." if we stopped in the middle
    while i < j and toks[i].low in ("of",):
        i += 1
    def nwords(a: int) -> int:
        return sum(1 for t in toks[a:j] if t.low not in ("the", "a", "an") and t.is_word)

    while nwords(i) > max_words:  # too long: keep the rightmost words
        i += 1
        while i < j and not _is_content(toks[i]):
            i += 1
    if i >= j:
        return None
    return ctx.np(toks, i, j, sent)


# --------------------------------------------------------------------------- name checks


def _good_name(np: NP | None, max_words: int = 6) -> bool:
    if np is None:
        return False
    words = np.text.split()
    if not 1 <= len(words) <= max_words:
        return False
    low = np.text.lower()
    first = words[0].lower()
    if first in _PRON or first in _DET or first in _PREP or first in _CONJ or _is_adverb(first):
        return False
    if len(words) == 1 and (low in _GENERIC or low in _PRON):
        return False
    if low in _GENERIC:
        return False
    if len(low) < 2 or not re.search(r"[a-z]", low, re.I):
        return False
    if re.fullmatch(r"[\d\W]+", low):
        return False
    if any(w.lower() in _AUX for w in words):
        return False
    if first in _ORDINALS:
        return False  # "a fourth important lymphocyte is ..."
    if first.endswith("est") and len(first) > 5 and first not in _EST_WORDS:
        return False  # superlatives: "the thickest of the three"
    if np.text.endswith("-") or words[-1].lower() in _TRAIL_BAD:
        return False
    return True


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last next final another".split())
_EST_WORDS = frozenset("interest forest digest manifest harvest contest protest request suggest conquest inquest".split())


def _concept_type(name: str, definition: str, how: str) -> str:
    low = name.lower()
    head = low.split()[-1] if low else ""
    dl = definition.lower()
    if re.search(r"\bprocess\b|\breaction\b|\bmechanism\b", dl[:80]) and (
        head.endswith(("sis", "tion", "ment", "ism", "sion", "ance", "ence", "ing", "ure"))
    ):
        return "process"
    if head in _STRUCTURE_HEADS or head.rstrip("s") in _STRUCTURE_HEADS:
        return "structure"
    if head in _ENTITY_HEADS or head.rstrip("s") in _ENTITY_HEADS:
        return "entity"
    m = re.match(r"(?:a|an|the|one of the)?\s*(?:[\w\-]+\s+){0,3}?([\w\-]+)\b", dl)
    genus = m.group(1) if m else ""
    if genus in ("process", "reaction", "series", "sequence", "mechanism"):
        return "process"
    if genus.rstrip("s") in _STRUCTURE_HEADS:
        return "structure"
    if genus.rstrip("s") in _ENTITY_HEADS:
        return "entity"
    return "term"


# --------------------------------------------------------------------------- relation cues


@dataclass
class Rel:
    subj: NP | None  # None: a pronoun subject ("This causes ..."), resolved only inside causal chains
    pred: str
    obj: NP
    sent: Sent
    anaphoric: bool = False  # subject was "this"/"which"/... and resolved
    via_which: bool = False
    cue_start: int = 0


# (regex, predicate, kind) kind: "active" (subject left, object right), "passive" (object left, subject right after by),
# "convert" (converts X to Y), "follows" (reverse).
_REL_PATTERNS: list[tuple[re.Pattern[str], str, str]] = [
    (r"(?:is|are|was|were)\s+(?:a|an|one)?\s*(?:type|kind|form|class|subtype|variety|category|example)s?\s+of", "is_a", "copula"),
    (r"(?:is|are)\s+(?:a\s+|an\s+|the\s+)?(?:part|component|constituent|portion|subdivision|division|branch|segment)s?\s+of", "part_of", "copula"),
    (r"(?:makes?|made)\s+up|forms?\s+(?:part|much|most)\s+of", "part_of", "active"),
    (r"contains|contain|contained", "contains", "active"),
    (r"(?:consists?|consisted)\s+of|(?:is|are|was|were)\s+(?:composed|made\s+up|made|comprised)\s+of", "consists_of", "copula"),
    (r"(?:is|are|was|were)\s+(?:located|found|situated|positioned|housed|embedded|contained|stored)\s+(?:in|within|inside|on|at)|lies\s+(?:in|within)|lie\s+(?:in|within)", "located_in", "copula"),
    (r"produces|produce|produced|synthesizes|synthesize|generates|generate", "produces", "active"),
    (r"secretes|secrete|secreted", "secretes", "active"),
    (r"releases|release|released", "releases", "active"),
    (r"causes|cause|caused", "causes", "active"),
    (r"leads?\s+to|led\s+to|results?\s+in|resulted\s+in|resulting\s+in", "leads_to", "active"),
    (r"triggers|trigger|triggered", "triggers", "active"),
    (r"stimulates|stimulate|stimulated", "stimulates", "active"),
    (r"inhibits|inhibit|inhibited|suppresses|suppress", "inhibits", "active"),
    (r"activates|activate|activated", "activates", "active"),
    (r"induces|induce|induced", "causes", "active"),
    (r"promotes|promote|promoted", "promotes", "active"),
    (r"prevents|prevent|prevented|blocks|block", "prevents", "active"),
    (r"increases|increase|increased|raises|raise|elevates", "increases", "active"),
    (r"decreases|decrease|decreased|reduces|reduce|reduced|lowers|lower", "decreases", "active"),
    (r"regulates|regulate|regulated|controls|control|controlled|modulates", "regulates", "active"),
    (r"requires|require|required|depends\s+on|depend\s+on|relies\s+on|rely\s+on", "requires", "active"),
    (r"connects|connect|connected|attaches\s+to|attach\s+to|attached\s+to|joins|join|links|link|articulates\s+with|articulate\s+with", "connects_to", "active"),
    (r"converts|convert|converted", "converts_to", "convert"),
    (r"precedes|precede|preceded", "precedes", "active"),
    (r"(?:is|are|was|were)\s+followed\s+by", "precedes", "copula"),
    (r"follows", "precedes", "follows"),
    (r"transports|transport|carries|carry", "transports", "active"),
    (r"supplies|supply", "supplies", "active"),
    (r"innervates|innervate", "innervates", "active"),
    (r"drains|drain", "drains", "active"),
    (r"surrounds|surround|encloses|enclose", "surrounds", "active"),
    (r"covers|cover|lines", "covers", "active"),
    (r"binds\s+to|bind\s+to|binds|bind", "binds_to", "active"),
    (r"stores|store", "stores", "active"),
    (r"absorbs|absorb", "absorbs", "active"),
    (r"catalyzes|catalyze", "catalyzes", "active"),
]
_REL_RES = [(re.compile(r"\b(?:" + p + r")\b", re.I), pred, kind) for p, pred, kind in _REL_PATTERNS]
_PASSIVE = re.compile(
    r"\b(?:(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+|then\s+)?)?"
    r"(produced|secreted|released|caused|triggered|stimulated|inhibited|activated|regulated|controlled|"
    r"synthesized|generated|innervated|supplied|drained|induced|blocked|prevented|promoted|suppressed|"
    r"surrounded|covered|lined|catalyzed|transported|carried|absorbed|stored|followed|preceded|required)\s+by\b",
    re.I,
)
_PASSIVE_PRED = {
    "produced": "produces", "synthesized": "produces", "generated": "produces", "secreted": "secretes",
    "released": "releases", "caused": "causes", "induced": "causes", "triggered": "triggers",
    "stimulated": "stimulates", "inhibited": "inhibits", "suppressed": "inhibits", "activated": "activates",
    "regulated": "regulates", "controlled": "regulates", "innervated": "innervates", "supplied": "supplies",
    "drained": "drains", "blocked": "prevents", "prevented": "prevents", "promoted": "promotes",
    "surrounded": "surrounds", "covered": "covers", "lined": "covers", "catalyzed": "catalyzes",
    "transported": "transports", "carried": "transports", "absorbed": "absorbs", "stored": "stores",
    "followed": "precedes_rev", "preceded": "precedes", "required": "requires",
}
_CAUSAL = frozenset(
    "causes leads_to triggers stimulates inhibits activates promotes increases decreases produces secretes "
    "releases converts_to prevents".split()
)
_TO_VERBS = frozenset("stimulates causes triggers activates promotes".split())  # "X stimulates Y to release Z"
_MODALS = frozenset("can could may might will would also often usually then eventually ultimately in turn directly further normally typically thereby subsequently in".split())
_NEG = frozenset("not cannot never no".split())


def _tok_index_at(sent: Sent, pos: int) -> int:
    for idx, t in enumerate(sent.toks):
        if t.start >= pos:
            return idx
    return len(sent.toks)


@dataclass
class _Subj:
    np: NP | None
    neg: bool = False
    anaphoric: bool = False
    via_which: bool = False
    modal: bool = False  # an auxiliary/modal or a relative pronoun stood before the verb (base form is fine)


def _subject_before(ctx: Ctx, sent: Sent, k: int) -> _Subj:
    """The subject of a verb at token ``k`` (skipping modals and adverbs; resolving "which")."""
    toks = sent.toks
    j = k
    neg = modal = False
    while j > 0 and (
        toks[j - 1].low in _MODALS or toks[j - 1].low in _NEG or toks[j - 1].low in ("does", "do", "did", "to", "also", "then")
        or _is_adverb(toks[j - 1].low)
    ):
        low = toks[j - 1].low
        if low in _NEG:
            neg = True
        if low == "to":  # "is able to cause": the infinitive's subject is not reliable
            return _Subj(None, neg)
        if low in ("can", "could", "may", "might", "will", "would", "does", "do", "did", "must", "should"):
            modal = True
        j -= 1
    if j > 0 and toks[j - 1].low in ("which", "that", "who"):
        a = j - 1
        if a > 0 and toks[a - 1].text == ",":
            a -= 1
        return _Subj(left_np(ctx, sent, a), neg, True, True, True)
    if j > 0 and toks[j - 1].low in _PRON and (j - 1 == 0 or not toks[j - 2].is_word):
        return _Subj(None, neg, True, False, modal)
    np = left_np(ctx, sent, j)
    if np is None:
        return _Subj(None, neg, False, False, modal)
    # "This increase causes ...": an anaphoric subject with a generic head
    anaphoric = np.i == 1 and toks[0].low in ("this", "these", "that", "those", "the") and np.head in _GENERIC
    # subject inside a PP ("cells in the skin produce"): prefer the clause-initial NP, except change nouns
    p = -1
    if np.i >= 2 and toks[np.i - 1].low in _PREP and toks[np.i - 1].low != "of":
        p = np.i - 1
    elif np.i >= 3 and toks[np.i - 1].low in _DET and toks[np.i - 2].low in _PREP and toks[np.i - 2].low != "of":
        p = np.i - 2
    if p > 0:
        outer = left_np(ctx, sent, p)
        if outer is not None and (outer.i == 0 or (outer.i == 1 and toks[0].low in _DET)):
            if outer.head in _CHANGE_HEADS and toks[p].low in ("in", "of"):
                full = ctx.np(toks, outer.i, np.j, sent)
                if full is not None and full.nwords <= 6:
                    return _Subj(full, neg, anaphoric, False, modal)
            return _Subj(outer, neg, anaphoric, False, modal)
    return _Subj(np, neg, anaphoric, False, modal)


def _plural(np: NP) -> bool:
    h = np.head
    return (h.endswith("s") and not h.endswith(("ss", "us", "is", "sis"))) or h in ("cells", "people", "children", "data", "bacteria", "criteria", "phenomena", "fungi", "nuclei", "stimuli", "media", "alveoli", "bronchi")


def _ok_object(np: NP | None, toks: list[Tok]) -> bool:
    """Reject a lone adjective coordinated with another ("a red and swollen area") as an object."""
    if np is None:
        return False
    if np.j < len(toks) and toks[np.j].low in ("and", "or") and np.nwords == 1 and re.search(r"(?:al|ar|ic|ous|ive|ary|ent|ant|ed|ile|ine)$", np.head) and np.head not in _PLAIN_NOUNS:
        return False
    return True


_PLAIN_NOUNS = frozenset("blood bone tissue protein hormone enzyme cell vein artery nerve muscle brain heart liver".split())


def _relations(ctx: Ctx, sent: Sent) -> list[Rel]:
    out: list[Rel] = []
    if sent.text.rstrip().endswith("?"):
        return out
    text = ctx.text
    s_text = text[sent.start : sent.end]
    toks = sent.toks
    taken: list[tuple[int, int]] = []
    for m in _PASSIVE.finditer(s_text):
        a, b = sent.start + m.start(), sent.start + m.end()
        k0 = _tok_index_at(sent, a)
        k1 = _tok_index_at(sent, b)
        pred = _PASSIVE_PRED[m.group(1).lower()]
        sj = _subject_before(ctx, sent, k0)
        right = right_np(ctx, sent, k1)
        taken.append((a, b))
        if sj.neg or sj.np is None or not _ok_object(right, toks):
            continue
        if pred == "precedes_rev":
            out.append(Rel(sj.np, "precedes", right, sent, sj.anaphoric, sj.via_which, a))
        else:
            out.append(Rel(right, pred, sj.np, sent, False, False, a))
    for rx, pred, kind in _REL_RES:
        for m in rx.finditer(s_text):
            a, b = sent.start + m.start(), sent.start + m.end()
            if any(x <= a < y for x, y in taken):
                continue
            k0 = _tok_index_at(sent, a)
            k1 = _tok_index_at(sent, b)
            if k0 >= len(toks):
                continue
            verb = toks[k0].low
            prev = toks[k0 - 1].low if k0 > 0 else ""
            cue = m.group(0).lower()
            if kind in ("active", "follows", "convert"):
                # a noun ("the release of", "increases in") or a participle ("the lactic acid produced") is not a verb
                if prev in _ARTICLES or (prev in _PREP and prev != "to"):
                    continue
                if verb.endswith("ed") and not cue.startswith(("led", "resulted")):
                    continue
                if verb.endswith("ing") and not cue.startswith("resulting"):
                    continue
                if k1 < len(toks) and (toks[k1].low in _PREP or not toks[k1].is_word):
                    if not cue.endswith((" to", " in", " of", " on", " with", "up")):
                        continue
            sj = _subject_before(ctx, sent, k0)
            if kind == "active" and not (verb.endswith("s") or cue.startswith(("led", "resulted", "resulting"))):
                # a base form ("produce") needs a plural subject, a modal or a relative pronoun
                if not sj.modal and not (sj.np is not None and _plural(sj.np)):
                    continue
            if kind == "convert":
                x = right_np(ctx, sent, k1, allow_of=False)
                if x is None or x.j >= len(toks) or toks[x.j].low not in ("to", "into"):
                    continue
                y = right_np(ctx, sent, x.j + 1)
                if y is None or sj.neg:
                    continue
                out.append(Rel(x, "converts_to", y, sent, False, False, a))
                taken.append((a, b))
                continue
            right = right_np(ctx, sent, k1)
            if sj.np is None and sj.anaphoric and not sj.neg and kind == "active" and pred in _CAUSAL and _ok_object(right, toks):
                taken.append((a, b))
                out.append(Rel(None, pred, right, sent, True, False, a))
                continue
            if sj.neg or sj.np is None or not _ok_object(right, toks):
                continue
            if sj.np.j > k0:
                continue
            taken.append((a, b))
            if kind == "follows":
                out.append(Rel(right, pred, sj.np, sent, False, False, a))
            else:
                out.append(Rel(sj.np, pred, right, sent, sj.anaphoric, sj.via_which, a))
            # "stimulates the pituitary to release TSH": a second relation from the object
            if pred in _TO_VERBS and right.head not in _GENERIC and right.j + 1 < len(toks) and toks[right.j].low == "to":
                v2 = toks[right.j + 1].low
                for rx2, pred2, kind2 in _REL_RES:
                    if kind2 == "active" and rx2.fullmatch(v2):
                        obj2 = right_np(ctx, sent, right.j + 2)
                        if _ok_object(obj2, toks):
                            out.append(Rel(right, pred2, obj2, sent, False, False, toks[right.j].start))
                        break
    out.sort(key=lambda r: (r.cue_start, r.pred))
    return out


# --------------------------------------------------------------------------- definitions from sentences

_COPULA = re.compile(r"\b(is|are)\s+(?:(?:also|often|usually|generally|commonly|simply|typically|basically|essentially)\s+)?", re.I)
_CALLED = re.compile(
    r"\b(?:(?:is|are|was|were)\s+)?(?:also\s+|sometimes\s+|commonly\s+|often\s+)?"
    r"(called|known\s+as|termed|named|referred\s+to\s+as|designated)\s+(?:an?\s+|the\s+)?",
    re.I,
)
_ALSO_CALLED = re.compile(r",\s+also\s+(?:called|known\s+as|termed|referred\s+to\s+as)\s+", re.I)
_PAREN_ALIAS = re.compile(
    r"\((?:(?:also\s+)?(?:called|known\s+as|termed|referred\s+to\s+as)\s+|or\s+)?([^()]{1,60})\)"
)
_REFERS = re.compile(r"\b(?:refers?\s+to|is\s+defined\s+as|are\s+defined\s+as|describes|means)\s+", re.I)
_TERM_USED = re.compile(
    r"\b[Tt]he\s+(?:term|word)\s+(?:[“\"])?([^,“”\"]{2,60}?)(?:[”\"])?\s+(?:is\s+used\s+to\s+(?:describe|refer\s+to|denote)|refers\s+to|describes|means)\b"
)


@dataclass
class _Found:
    name: str
    aliases: list[str]
    definition: str
    quote: str
    how: str


def _subject_np(ctx: Ctx, sent: Sent, k: int, i0: int = 0) -> NP | None:
    """The NP that fills tokens ``i0``..``k`` exactly (a clause's subject before its verb), or None."""
    toks = sent.toks
    i = i0
    while i < k and (toks[i].low in ("the", "a", "an") or not toks[i].is_word and toks[i].text in "“\"'"):
        i += 1
    j = k
    while j > i and toks[j - 1].text in ",”\"'":
        j -= 1
    if i >= j or toks[j - 1].text in ("-", "–") or toks[i].low in ("less", "more", "most", "least"):
        return None  # "Macro- means ...": a prefix, not a name; "Less common are ...": an inversion
    seen_of = 0
    for n in range(i, j):
        t = toks[n]
        if t.low == "of":
            seen_of += 1
            continue
        if t.low in ("the", "a", "an") and seen_of:
            continue
        if t.text in ("-", "’", "'"):
            continue
        if not (_is_content(t) or (_is_modifier(toks, n) and n == i)):
            return None
    if seen_of > 1:
        return None
    if seen_of and (toks[i].low in _GENERIC or toks[i].low in _QUANT):
        return None
    return ctx.np(toks, i, j, sent)


def _skip_paren_left(toks: list[Tok], k: int) -> tuple[int, int | None]:
    """If tokens before ``k`` end with a parenthesis, the index of its "(" (and that index), else (k, None)."""
    if k > 1 and toks[k - 1].text == ")":
        for o in range(k - 2, max(-1, k - 14), -1):
            if toks[o].text == "(":
                return o, o
            if toks[o].text == ")":
                break
    return k, None


_CLAUSE_CONJ = frozenset("and but whereas while although though so".split())
_SUBORD = frozenset("when if after as because while although though before since once until unless whereas".split())


def _clause_starts(toks: list[Tok], k: int) -> list[int]:
    """Token indices where a clause whose verb is at ``k`` may begin."""
    starts = [0]
    for n in range(k):
        t = toks[n]
        if t.text in (";", ":"):
            starts.append(n + 1)
        elif t.text == "," and n + 1 < k:
            q = n + 1
            while q < k and toks[q].text in "”’\"')":
                q += 1
            nxt = toks[q].low if q < k else ""
            if nxt in _CLAUSE_CONJ:
                starts.append(q + 1)
            elif n <= 7 and toks[0].low not in _SUBORD:
                starts.append(n + 1)  # after an introductory phrase: "In contrast, X is ..."
    return sorted(set(starts), reverse=True)


def _left_name(ctx: Ctx, sent: Sent, k: int, max_words: int = 6) -> tuple[NP | None, list[str]]:
    """The name NP ending before token ``k`` (a comma), stepping over a parenthesis "X (Y),"."""
    toks = sent.toks
    k2, o = _skip_paren_left(toks, k)
    x = left_np(ctx, sent, k2, max_words)
    aliases: list[str] = []
    if x is not None and o is not None:
        aliases, _ = _paren_aliases(ctx, sent, x.end)
    return x, aliases


def _pp_initial(toks: list[Tok], x: NP) -> bool:
    """Is ``x`` the object of a sentence-initial prepositional / subordinate phrase ("In humans, ...")?"""
    n = x.i - 1
    while n >= 0 and (toks[n].low in _DET or _is_content(toks[n]) or _is_modifier(toks, n)):
        n -= 1
    return n == 0 and (toks[0].low in _PREP or toks[0].low in _SUBORD) or (n >= 0 and toks[n].low in _SUBORD and n <= 1)


def _in_intro_clause(toks: list[Tok], x: NP) -> bool:
    """Is ``x`` inside a sentence-initial subordinate clause or prepositional phrase ("While the food is in the fundus, ...")?"""
    if not toks or not (toks[0].low in _SUBORD or toks[0].low in _PREP or toks[0].low.endswith(("ed", "ing"))):
        return False
    return not any(t.text in (",", ";") for t in toks[1 : x.i])


def _appositive_tail_ok(toks: list[Tok], j: int, definite: bool) -> bool:
    """After the appositive NP: no finite verb before the next comma (else it is a clause), no list "..., and the ..."."""
    n = j
    rel = False
    while n < len(toks) and toks[n].text not in (",", ";", ".", ":", ")", "—"):
        low = toks[n].low
        if low in ("that", "which", "who", "where", "whose", "whereby"):
            rel = True
        elif not rel and (low in _AUX or (low in _VERBS and not low.endswith(("ed", "ing")) and low not in _IRREGULAR)):
            return False
        n += 1
    if n < len(toks) and toks[n].text == "," and n == j:
        nxt = toks[n + 1].low if n + 1 < len(toks) else ""
        nxt2 = toks[n + 2].low if n + 2 < len(toks) else ""
        if nxt in ("and", "or") or nxt in ("the", "a", "an") or nxt2 in ("and", "or"):
            return False  # a list: "X, the Y, and the Z"
    if definite and j < len(toks) and toks[j].text == "," and not (j + 1 < len(toks) and (toks[j + 1].low in _AUX or toks[j + 1].low in _VERBS)):
        return False  # "X, the Y, <more>": too often a list; keep "X, the Y, is ..." and "X, the Y of ..."
    return True


def _paren_aliases(ctx: Ctx, sent: Sent, np_end: int) -> tuple[list[str], int]:
    """Aliases from a parenthesis right after a name: "(ATP)", "(or dorsal)", "(also called X)"."""
    text = ctx.text
    m = _PAREN_ALIAS.match(text, np_end + 1) if text[np_end : np_end + 1] == " " else None
    if not m or m.end() > sent.end:
        return [], np_end
    inner = m.group(1).strip()
    prefixed = bool(re.match(r"\((?:also\s+)?(?:called|known\s+as|termed|referred\s+to\s+as|or)\s", m.group(0)))
    if inner[:1] in "“\"‘'" or (not prefixed and len(inner.split()) > 3) or re.match(r"(?:literally|meaning|from|latin|greek|i\.e|e\.g)\b", inner, re.I):
        return [], m.end()
    if re.fullmatch(r"(?:see|figure|fig|table|a|b|c|d|e|f)\b.*", inner, re.I) or not re.search(r"[A-Za-z]", inner):
        return [], m.end()
    if len(inner.split()) > 5 or re.search(r"[=;]|\d{3,}|\s-\s|^-|-$", inner):
        return [], m.end()
    return [p.strip() for p in re.split(r",\s*or\s+|\s+or\s+|,\s+", inner) if p.strip()], m.end()


_APPOS_NEXT = frozenset(
    ", . ; : ) of that which who in with where between on at for from within along near around to into "
    "formed located found composed made consisting containing responsible used called known lying "
    "derived produced secreted extending connecting running".split()
)


def _defining(ctx: Ctx, sent: Sent) -> list[_Found]:
    found: list[_Found] = []
    text = ctx.text
    s = text[sent.start : sent.end]
    toks = sent.toks
    if len(toks) < 4 or s.rstrip().endswith("?"):
        return found

    def tok_at(off: int) -> int:
        return _tok_index_at(sent, sent.start + off)

    # "The term X is used to describe ..."
    m = _TERM_USED.search(s)
    if m:
        name = m.group(1).strip(" “”\"")
        if 1 <= len(name.split()) <= 6:
            found.append(_Found(name, [], s, s, "term_used"))

    # "X, also called Y, ..." / "X (also known as Y)"
    for m in _ALSO_CALLED.finditer(s):
        x, al = _left_name(ctx, sent, tok_at(m.start()))
        y = right_np(ctx, sent, tok_at(m.end()), max_words=5, allow_of=True)
        if _good_name(x) and _good_name(y) and not _pp_initial(toks, x):
            found.append(_Found(x.text, [y.text] + al, s, s, "also_called"))

    # "X, or Y, ..." (an alternative name, not a list "A, B, or C")
    for m in re.finditer(r",\s+or\s+", s):
        x, al = _left_name(ctx, sent, tok_at(m.start()))
        yk = tok_at(m.end())
        if yk < len(toks) and toks[yk].low in _DET:
            continue
        y = right_np(ctx, sent, yk, max_words=4, allow_of=True)
        if not (_good_name(x) and _good_name(y)) or y.j >= len(toks) or toks[y.j].text not in (",", ")", "("):
            continue
        prev = toks[x.i - 1] if x.i > 0 else None
        if prev is not None and (prev.text == "," or prev.low in ("and", "or") or prev.low in _AUX or prev.low in _VERBS):
            continue
        if x.i > 1 and toks[x.i - 1].low in _DET and toks[x.i - 2].text == ",":
            continue
        if _pp_initial(toks, x) or re.search(r"(?:al|ic|ous|ive|ary)$", y.head) and y.nwords == 1 and not re.search(r"(?:al|ic|ous|ive|ary|or|er)$", x.head):
            continue
        found.append(_Found(x.text, [y.text] + al, s, s, "or_alias"))

    # copulas: "X is a/an/the ...", "X are ..." at the start of a clause
    for m in _COPULA.finditer(s):
        k = tok_at(m.start())
        if k == 0 or k > 40:
            continue
        verb = m.group(1).lower()
        after = s[m.end() :]
        if not _defn_object_ok(after, verb):
            continue
        for c0 in _clause_starts(toks, k):
            if c0 >= k:
                continue
            aliases: list[str] = []
            kk, o = _skip_paren_left(toks, k)
            subj = _subject_np(ctx, sent, kk, c0)
            if subj is not None and o is not None:
                aliases, _ = _paren_aliases(ctx, sent, subj.end)
            if subj is None and kk > c0 + 2 and toks[kk - 1].text == ",":
                # "X, or Y, is ..." / "X, also called Y, is ..."
                cc = next((n for n in range(c0, kk - 1) if toks[n].text == ","), None)
                if cc is not None:
                    subj = _subject_np(ctx, sent, cc, c0)
                    if subj is not None:
                        tail = text[toks[cc].end : toks[kk - 1].start].strip()
                        tm = re.fullmatch(r"(?:or|also\s+called|also\s+known\s+as|called|known\s+as)\s+(?:the\s+|an?\s+)?(.{1,50})", tail, re.I)
                        aliases = [tm.group(1)] if tm and len(tm.group(1).split()) <= 5 else []
                        if not aliases:
                            subj = None
            if subj is not None:
                if _good_name(subj):
                    found.append(_Found(subj.text, aliases, s, s, "is_a" if verb == "is" else "are"))
                break

    # "... described by Hund’s rule: <the rule>" -- a named law / rule / principle followed by its statement
    for m in re.finditer(r"(?:\b[Tt]he\s+)?((?:[A-Z][\w’'\-]+\s+){0,3}(?:[a-z][\w\-]*\s+){0,3}(?:rule|law|principle|theorem|equation|hypothesis|effect|postulate)):\s+\S", s):
        nm = m.group(1).strip()
        if 2 <= len(nm.split()) <= 6 and not any(w.lower() in _STOP_ALL for w in nm.split()):
            if nm[:1].isupper() and m.start(1) == 0 and nm[1:2].islower() and not re.match(r"[A-Z][a-z]+’s\b", nm):
                nm = nm[0].lower() + nm[1:]
            found.append(_Found(nm, [], s, s, "named_rule"))

    # "X refers to ...", "X is defined as ...", "X describes ..."
    m = _REFERS.search(s)
    if m:
        k = tok_at(m.start())
        kk, o = _skip_paren_left(toks, k)
        subj = _subject_np(ctx, sent, kk) if 0 < k <= 12 else None
        if subj is not None and _good_name(subj) and (m.group(0).lower().startswith(("refer", "is def", "are def")) or subj.nwords <= 2):
            aliases = _paren_aliases(ctx, sent, subj.end)[0] if o is not None else []
            found.append(_Found(subj.text, aliases, s, s, "refers_to"))

    # "... is called X", "known as X", "termed X"
    for m in _CALLED.finditer(s):
        k = tok_at(m.end())
        if k >= len(toks) or toks[k].low in _PREP or toks[k].low in _PRON:
            continue
        if toks[k].text in "“\"":
            k += 1
        y = right_np(ctx, sent, k, max_words=6, allow_of=True)
        if not _good_name(y):
            continue
        # the name must end at punctuation, a preposition, a conjunction or a verb, else we cut a clause
        if y.j < len(toks):
            nxt = toks[y.j]
            if nxt.is_word and not (nxt.low in _PREP or nxt.low in _CONJ or nxt.low in _AUX or nxt.low in _VERBS or _is_adverb(nxt.low)):
                continue
        aliases, _ = _paren_aliases(ctx, sent, y.end)
        names = [y.text]
        # "called the X and Y" -> two names
        if y.j + 1 < len(toks) and toks[y.j].low in ("and", "or"):
            z = right_np(ctx, sent, y.j + 1, max_words=4, allow_of=False)
            if _good_name(z) and (z.j >= len(toks) or not toks[z.j].is_word or toks[z.j].low in _PREP):
                names.append(z.text)
        for nm in names:
            found.append(_Found(nm, aliases if nm == y.text else [], s, s, "called"))

    # "X, which is a ..." (non-initial X as well)
    for m in re.finditer(r",\s+which\s+(?:is|are)\s+(?:a|an|the)\s+", s):
        x, al = _left_name(ctx, sent, tok_at(m.start()))
        if _good_name(x) and not _pp_initial(toks, x):
            found.append(_Found(x.text, al, s, s, "which_is"))

    # appositive "X, a/the Y ...,": "cytology, the study of cells"; "the allantois, a primitive excretory duct"
    for m in re.finditer(r",\s+(?:the|a|an)\s+", s):
        k = tok_at(m.start())
        x, al = _left_name(ctx, sent, k, max_words=5)
        if not _good_name(x, 5) or x.head in _GENERIC:
            continue
        prev = toks[x.i - 1] if x.i > 0 else None
        if prev is not None and (prev.low in _AUX or prev.low in _VERBS and prev.low not in ("includes", "include", "including", "called", "into", "form", "forms")
                                 or prev.low in ("and", "or") or prev.text == ","):
            continue
        if _pp_initial(toks, x):
            continue
        yk = tok_at(m.end())
        y = right_np(ctx, sent, yk, max_words=6, allow_of=False)
        if y is None or y.i != yk or y.nwords > 6:
            continue
        nxt = toks[y.j].low if y.j < len(toks) else "."
        if nxt not in _APPOS_NEXT:
            continue
        # the appositive head must be a noun, not a bare adjective
        if y.head in _TRAIL_BAD or y.head.endswith(("ly",)) or normalize_name(y.text) == normalize_name(x.text):
            continue
        if _in_intro_clause(toks, x) or not _appositive_tail_ok(toks, y.j, m.group(0).strip(", ").lower() == "the"):
            continue
        if y.j < len(toks) and toks[y.j].low in ("called", "known", "termed", "named"):
            continue  # "the tissues, a process called perfusion": the name is the called one
        if x.i > 0 and (toks[x.i - 1].low in ("this", "these", "that", "those", "its", "their", "his", "her", "most", "least")
                        or toks[x.i - 1].low.endswith("est") and toks[x.i - 1].low not in _EST_WORDS):
            continue
        found.append(_Found(x.text, al, s, s, "appositive"))

    return found


_DEF_OBJ_BAD = re.compile(
    r"^(?:not|also|able|responsible|important|essential|necessary|critical|found|located|present|made|"
    r"used|called|known|involved|thought|likely|unlikely|similar|different|more|less|one of the most|the most|"
    r"the same|the only|the first|the second|the third|the last|"
    r"the result|the case|the reason|the source|the basis|the key|"
    r"also|often|there|then|still|just|present|very|too|so|in|on|at|by|to|from|with|within|"
    r"no|called|composed|divided|attached|surrounded|covered|lined|filled|shaped|formed|produced|"
    r"released|stored|typically|generally|usually|commonly|described|classified|referred|termed)\b",
    re.I,
)


def _defn_object_ok(after: str, verb: str) -> bool:
    """Is the material after "is"/"are" a definition (a genus noun phrase), not an adjective or a participle?"""
    a = after.strip()
    if not a or _DEF_OBJ_BAD.match(a):
        return False
    words = re.findall(r"[\w\-’']+", a)
    if not words:
        return False
    w0 = words[0].lower()
    if verb == "is":
        if w0 not in ("a", "an", "the", "one", "any"):
            return False
        return True
    # plural generic: "Tissues are groups of cells ..." the object must look like a plural noun phrase
    if w0 in ("the", "a", "an"):
        return True
    words = re.findall(r"[\w\-’']+", re.split(r"[,;:.()]", a, maxsplit=1)[0])
    for w in words[:5]:
        lw = w.lower()
        if _is_adverb(lw) and lw not in _STOP_ALL:
            continue  # "are positively charged particles"
        if lw in _STOP_ALL or (lw in _VERBS and not lw.endswith("ed")):
            return False
        if lw.endswith(("ed", "ing")) and not lw.endswith("ling"):
            continue  # a participle used as an adjective, if a plural noun follows
        if lw.endswith("s") and not lw.endswith(("ss", "ous", "us", "is")):
            return True
    return False


# --------------------------------------------------------------------------- chains

_ORD_START = re.compile(
    r"^(?:First(?:ly)?,\s|First\s+(?=the\s)|To\s+begin(?:\s+with)?,|(?:In|During)\s+the\s+first\s+(?:step|stage|phase)|The\s+first\s+(?:step|stage|phase)\b|"
    r"Step\s+(?:1|one)\b|\(1\)\s|1[.)]\s|Stage\s+(?:1|I)\b|Phase\s+(?:1|I)\b)"
)
_ORD_NEXT = re.compile(
    r"^(?:Second(?:ly)?,\s|Third(?:ly)?,\s|Fourth(?:ly)?,\s|Fifth,\s|Next,?\s(?!to\b)|Then,?\s|After\s+(?:that|this)(?:\s+\w+)?,?\s|Afterward(?:s)?,?\s|"
    r"Subsequently,?\s|Following\s+this,?\s|Once\s|At\s+this\s+point,?\s|"
    r"(?:In|During)\s+the\s+(?:second|third|fourth|fifth|next|final|last)\s+(?:step|stage|phase)|"
    r"The\s+(?:second|third|fourth|fifth|next|final|last)\s+(?:step|stage|phase)\b|Step\s+(?:[2-9]|two|three|four|five)\b|\([2-9]\)\s|[2-9][.)]\s|"
    r"Stage\s+(?:[2-9]|II|III|IV|V)\b|Phase\s+(?:[2-9]|II|III|IV|V)\b|Finally,?\s|Lastly,?\s|Last,\s)"
)
_ORD_END = re.compile(r"^(?:Finally|Lastly|Last,|(?:In|During)\s+the\s+(?:final|last)|The\s+(?:final|last)\s)")
_PHASE_SENT = re.compile(
    r"^(?:(?:During|In|At)\s+(?:the\s+)?(?P<a>(?:[\w\-]+\s+){0,3}?(?:[a-z]*phase|stage|phase))\b(?:\s+of\s+(?:the\s+)?[\w\- ]+?)?,"
    r"|(?:The\s+)?(?P<b>(?:first|second|third|fourth|fifth|final|last)\s+(?:stage|phase))\b"
    r"|(?P<c>(?:Stage|Phase)\s+(?:\d|I{1,3}|IV|V))\b"
    r"|(?P<d>[A-Z][a-z]*phase)\s+(?:is|begins|occurs|follows)\b)"
)
_PROCESS_INTRO = re.compile(
    r"(?:[Tt]he\s+process\s+(?:of|by\s+which)\s+(?P<a>[^,.;]{3,60}?)(?:\s+(?:is|occurs|involves|begins|has|can|consists|takes)\b|[,.;])"
    r"|^(?:The\s+)?(?P<b>[A-Za-z][\w\- ]{2,50}?)\s+(?:occurs|proceeds|takes\s+place|is\s+divided|can\s+be\s+divided|consists|involves|has)\s+(?:in\s+|into\s+|of\s+)?(?:a\s+series\s+of\s+)?"
    r"(?:two|three|four|five|six|seven|several|multiple|distinct|a\s+number\s+of|\d)?\s*(?:[\w\-]+\s+)?(?:stages|phases|steps|events)"
    r"|^(?:The\s+)?(?:stages|phases|steps)\s+of\s+(?P<c>[^,.;]{3,60}?)\s+(?:are|is|include)\b)"
)
_PRECOND = re.compile(
    r"\b(?:requires?|required|only\s+(?:\w+\s+)?if|only\s+(?:\w+\s+)?when|in\s+the\s+presence\s+of|depends?\s+on|as\s+long\s+as|provided\s+that|must\s+first|must\s+be)\b",
    re.I,
)
_PRECOND_LEAD = re.compile(r"^(?:When|If|Once|Only\s+(?:when|if|after)|As\s+long\s+as|Provided|In\s+the\s+presence\s+of)\b[^,]{3,160},")
_NEGC = re.compile(
    r"\b(?:does\s+not|do\s+not|did\s+not|cannot|can\s+not|can’t|can't|without|unless|never|no\s+longer|is\s+not|are\s+not|will\s+not|may\s+not|must\s+not|not\s+able)\b",
    re.I,
)
_BAD_HEADINGS = re.compile(
    r"^(?:chapter review|review questions|glossary|introduction|key terms|summary|interactive link.*|everyday connection.*|"
    r"chapter objectives|critical thinking questions|career connection.*|homeostatic imbalances?.*|.*:.*)$",
    re.I,
)
_NOUN_SUFFIX = re.compile(
    r"(?:tion|sion|ment|ity|ism|ist|cyte|blast|clast|ase|ose|in|ine|gen|sis|ia|um|us|on|yte|ide|ate|ite|ol|ule|cle|"
    r"ell|ium|oma|itis|emia|ter|ner|tor|sor|cell|bone|gland|ance|ence|ure|age|ogy|ane|ene|yl|id|oid|lum|ix|ex|ax|"
    r"one|ness|phil|gram|ery|ary|ory|ism|ing|nt|th|ain|ein|ort|ole|ome|ole|ar)s?$"
)
_SHORT_NOUNS = frozenset(
    "blood bile sweat heat fat air water food pain milk bone skin hair light sound force work mass salt sugar "
    "energy death damage growth shock fever stress edema swelling bleeding vomiting diarrhea labor birth "
    "fluid plasma lymph saliva mucus urine feces sperm egg".split()
)
_ADJ_SUFFIX = re.compile(r"(?:al|ic|ous|ive|ary|ible|able|ent|ant|ile|ful|less|est)$")


def _short(text: str, max_words: int = 25) -> str:
    """A step text of at most ``max_words`` words, cut at a clause boundary where possible."""
    t = text.strip()
    words = t.split()
    if len(words) <= max_words:
        return t
    cut = " ".join(words[:max_words])
    last = None
    for m in re.finditer(r"[,;:—]", cut):
        last = m
    if last is not None and last.start() > len(cut) // 3:
        return cut[: last.start()].rstrip()
    return cut


_MARKER = re.compile(
    r"^(?:(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Fifth|Next|Then|Finally|Lastly|Last|Afterward(?:s)?|"
    r"Subsequently|After\s+(?:that|this)|Following\s+this|To\s+begin(?:\s+with)?|At\s+this\s+point)\s*,?\s+"
    r"|\(\d\)\s*|\d[.)]\s*|Step\s+\d+\s*[.:]?\s*|(?:Stage|Phase)\s+(?:\d|I{1,3}|IV|V)\s*[.:]\s*)"
)


def _strip_marker(text: str) -> str:
    t = _MARKER.sub("", text.strip(), count=1)
    return t[:1].upper() + t[1:] if t else t


def _intro_name(text: str) -> str:
    """The process a sentence introduces: "The process of X ...", "X occurs in three stages"."""
    m = _PROCESS_INTRO.search(text)
    if not m:
        return ""
    nm = (m.group("a") or m.group("b") or m.group("c") or "").strip()
    nm = re.sub(r"^(?:the|a|an)\s+", "", nm, flags=re.I)
    words = nm.split()
    if not 1 <= len(words) <= 6 or words[0].lower() in _PRON or words[0].lower() in _STOP_ALL:
        return ""
    if any(w.lower() in _AUX or w.lower() in _VERBS for w in words):
        return ""
    if nm[:1].isupper() and nm[1:2].islower() and (text.startswith(nm) or text.startswith("The " + nm)):
        nm = nm[0].lower() + nm[1:]
    return nm


class _ChainBuilder:
    """The L3 rules for one chunk: ordinal sequences, stages/phases, process lists, causal cascades."""

    def __init__(
        self, ctx: Ctx, chunk: Chunk, sents: list[Sent], rels: list[list[Rel]], known: set[str], defined: set[str], max_words: int
    ) -> None:
        self.defined = defined  # names defined in this chunk (definition list or defining sentence)
        self.ctx = ctx
        self.chunk = chunk
        self.sents = sents
        self.rels = rels
        self.known = known
        self.max_words = max_words
        self.used: set[int] = set()

    def build(self) -> tuple[list[ChainDraft], list[StatementDraft]]:
        chains: list[ChainDraft] = []
        stmts: list[StatementDraft] = []
        for rule in (self._ordinal, self._phases, self._lists, self._causal):
            for ch, trans in rule():
                idx = len(chains)
                chains.append(ch)
                for st in trans:
                    st.chain_index = idx
                    stmts.append(st)
        return chains, stmts

    # -------------------------------------------------------------- shared

    def _name(self, first: int, fallback: str) -> tuple[str, str]:
        """(process name, introducing sentence): from the sentence(s) before the chain, or the heading."""
        sents = self.sents
        for k in range(first, max(-1, first - 3), -1):
            if sents[k].block != sents[first].block and k != first:
                break
            nm = _intro_name(sents[k].text)
            if nm:
                return nm, sents[k].text
        intro = ""
        if first > 0 and sents[first - 1].block == sents[first].block and sents[first - 1].index not in self.used:
            intro = sents[first - 1].text
        for h in reversed(self.chunk.heading_path):
            h = " ".join(h.split())
            if h and not _BAD_HEADINGS.match(h) and len(h.split()) <= 6:
                return h, intro
        return fallback, intro

    def _constraints(self, texts: list[str]) -> tuple[list[str], list[str]]:
        pre: list[str] = []
        neg: list[str] = []
        for t in texts:
            for clause in _clauses(t):
                c = _short(clause, 30)
                if _NEGC.search(clause):
                    if c not in neg:
                        neg.append(c)
                elif _PRECOND.search(clause) or _PRECOND_LEAD.match(clause):
                    if c not in pre:
                        pre.append(c)
        return pre, neg

    def _around(self, idxs: list[int], name: str, step_concepts: list[list[str]]) -> list[str]:
        """Sentences just before / after a chain (same block) that talk about its process or its concepts."""
        sents = self.sents
        words = {normalize_name(w) for w in name.lower().split() if len(w) > 3 and w not in _STOP_ALL and w not in _GENERIC}
        for sc in step_concepts:
            for c in sc:
                words |= {normalize_name(w) for w in c.lower().split() if len(w) > 3 and w not in _STOP_ALL and w not in _GENERIC}
        out = []
        for k in [idxs[0] - 1] + list(range(idxs[-1] + 1, idxs[-1] + 3)):
            if 0 <= k < len(sents) and k not in idxs and sents[k].block in (sents[idxs[0]].block, sents[idxs[-1]].block):
                sw = {normalize_name(t.low) for t in sents[k].toks if t.is_word}
                if words & sw:
                    out.append(sents[k].text)
        return out

    def _concepts_of(self, sent: Sent) -> list[str]:
        """Noun phrases of a sentence: its subject first, then known concepts, then the rest (at most 4)."""
        ctx, toks, known = self.ctx, sent.toks, self.known
        # skip a leading marker / introductory phrase ("In the colloid, ...", "First, ...")
        k0 = 0
        if toks and (toks[0].low in _PREP or toks[0].low in _SUBORD or _is_adverb(toks[0].low) or _MARKER.match(sent.text)):
            for n, t in enumerate(toks[:12]):
                if t.text in (",", ":"):
                    k0 = n + 1
                    break
        nps: list[str] = []
        k = k0
        while k < len(toks):
            if _is_content(toks[k]) or _is_modifier(toks, k):
                np = right_np(ctx, sent, k, max_words=5, allow_of=True)
                if np is not None and _good_name(np, 5) and self._np_ok(np):
                    nps.append(np.text)
                    k = max(np.j, k + 1)
                    continue
            k += 1
        if not nps:
            return []
        rest = [n for n in nps[1:] if normalize_name(n) in known] + [n for n in nps[1:] if normalize_name(n) not in known]
        out: list[str] = []
        for n in [nps[0]] + rest:
            if normalize_name(n) not in {normalize_name(x) for x in out}:
                out.append(n)
        return out[:4]

    def _event_ok(self, np: NP) -> bool:
        """A cascade event must be a noun phrase; a lone word must look like a noun ("easy" is not)."""
        if np.nwords > 1 or normalize_name(np.text) in self.defined or np.head in _SHORT_NOUNS:
            return True
        return bool(re.search(r"[A-Z0-9+]", np.text) or _NOUN_SUFFIX.search(np.head) or _plural_word(np.head))

    def _np_ok(self, np: NP) -> bool:
        if normalize_name(np.text) in self.known:
            return True
        if np.nwords == 1 and not (re.search(r"[A-Z0-9+]", np.text[1:]) or _NOUN_SUFFIX.search(np.head) or _plural_word(np.head)):
            return False
        if np.head in _GENERIC and np.nwords <= 2:
            return False
        if re.match(r"(?:step|stage|phase)\s+\d", np.text, re.I):
            return False
        return True

    def _from_sentences(self, idxs: list[int], name: str, summary: str, labels: list[str] | None = None):
        sents = self.sents
        steps = []
        for i in idxs:
            st = _strip_marker(sents[i].text)
            if len(st.split()) <= 3 and i + 1 < len(sents) and i + 1 not in idxs and sents[i + 1].block == sents[i].block:
                st = st.rstrip(".:") + ": " + sents[i + 1].text
            steps.append(_short(st, self.max_words))
        step_concepts = [self._concepts_of(sents[i]) for i in idxs]
        if labels:
            for n, lab in enumerate(labels):
                if lab and normalize_name(lab) not in {normalize_name(x) for x in step_concepts[n]}:
                    step_concepts[n].insert(0, lab)
        pre, neg = self._constraints(([summary] if summary else []) + [_strip_marker(sents[i].text) for i in idxs] + self._around(idxs, name, step_concepts))
        trans: list[StatementDraft] = []
        for n in range(len(idxs) - 1):
            a = step_concepts[n][0] if step_concepts[n] else ""
            b = step_concepts[n + 1][0] if step_concepts[n + 1] else ""
            if not a or not b or normalize_name(a) == normalize_name(b):
                continue
            trans.append(StatementDraft(subject=a, predicate="precedes", object=b, source_quote=sents[idxs[n]].text, step_index=n))
        ch = ChainDraft(
            name=name,
            summary=summary or sents[idxs[0]].text,
            preconditions=pre,
            negative_constraints=neg,
            steps=steps,
            step_concepts=step_concepts,
            source_quote=sents[idxs[0]].text,
        )
        self.used.update(range(idxs[0], idxs[-1] + 1))
        return ch, trans

    # -------------------------------------------------------------- rules

    def _ordinal(self):
        """ "First, ... Then ... Finally, ..." (or "Step 1 ... Step 2 ..."): >= 3 steps in order.

        Steps are the marked sentences; when only the first and the last step are
        marked ("First, A. B. C. Finally, D."), every sentence in between is a step.
        """
        sents = self.sents
        out = []
        i = 0
        while i < len(sents):
            start = bool(_ORD_START.match(sents[i].text))
            implicit = (
                not start
                and i + 1 < len(sents)
                and sents[i + 1].block == sents[i].block
                and bool(_ORD_NEXT.match(sents[i + 1].text))
                and not sents[i + 1].text.startswith("Once")
                and not _ORD_NEXT.match(sents[i].text)
            )
            if not (start or implicit) or i in self.used:
                i += 1
                continue
            idxs = [i]
            k = i + 1
            gap = 0
            ended = False
            while k < len(sents) and gap <= (5 if start else 0):
                t = sents[k].text
                if _ORD_START.match(t):
                    break
                if _ORD_NEXT.match(t) and (start or sents[k].block == sents[i].block):
                    idxs.append(k)
                    gap = 0
                    if _ORD_END.match(t):
                        ended = True
                        break
                else:
                    gap += 1
                k += 1
            strong = [m for m in idxs[1:] if not sents[m].text.startswith("Once")]
            if len(idxs) >= 3 and len(strong) >= 2:
                steps = idxs
            elif start and ended and 2 <= idxs[-1] - i <= 7 and all(sents[n].block == sents[i].block for n in range(i, idxs[-1] + 1)):
                steps = list(range(i, idxs[-1] + 1))  # "First, A. B. C. Finally, D."
            else:
                i += 1
                continue
            name, summary = self._name(i, "procedure")
            out.append(self._from_sentences(steps, name, summary))
            i = steps[-1] + 1
        return out

    def _phases(self):
        """ "During prophase, ... In metaphase, ..." / "The first stage ...": >= 3 distinct stages."""
        idxs: list[int] = []
        labels: list[str] = []
        for s in self.sents:
            if s.index in self.used:
                continue
            m = _PHASE_SENT.match(s.text)
            if not m:
                continue
            lab = (m.group("a") or m.group("b") or m.group("c") or m.group("d") or "").strip()
            if not lab or lab.lower().split()[0] in ("this", "that", "these", "each", "which", "every", "any", "both", "early", "later", "late", "same", "one"):
                continue
            if normalize_name(lab) in {normalize_name(x) for x in labels}:
                continue
            if lab[:1].isupper() and not re.match(r"(?:Stage|Phase)\s", lab):
                lab = lab[0].lower() + lab[1:]
            idxs.append(s.index)
            labels.append(lab)
        if len(idxs) < 3:
            return []
        name, summary = self._name(idxs[0], "stages")
        ch, _ = self._from_sentences(idxs, name, summary, labels)
        trans = [
            StatementDraft(subject=labels[n], predicate="precedes", object=labels[n + 1], source_quote=self.sents[idxs[n]].text, step_index=n)
            for n in range(len(idxs) - 1)
        ]
        return [(ch, trans)]

    def _lists(self):
        """A sentence ending in ':' that introduces a process, followed by >= 3 short blocks (list items)."""
        out = []
        by_block: dict[int, list[Sent]] = {}
        for s in self.sents:
            by_block.setdefault(s.block, []).append(s)
        for bi in sorted(by_block):
            intro = by_block[bi][-1]
            if not intro.text.rstrip().endswith(":"):
                continue
            if not re.search(r"\b(?:steps?|stages?|phases?|sequence|series\s+of\s+events|procedure)\b", intro.text, re.I):
                continue
            if re.search(r"\byou will be able\b", intro.text):
                continue
            items = []
            style = None
            nb = bi + 1
            while nb in by_block and len(by_block[nb]) <= 2 and sum(len(x.text) for x in by_block[nb]) < 600 and _prose(by_block[nb][0]):
                first = by_block[nb][0]
                if items and (first.text.rstrip().endswith(":") or re.match(r"(?:Solution|Check Your Learning|Example|Answer|Link to Learning)\b", first.text)):
                    break
                imperative = bool(first.toks) and first.toks[0].low in _VERB_BASE_SET
                if style is not None and imperative != style:
                    break
                style = imperative
                items.append(first.index)
                nb += 1
            if len(items) < 3 or any(i in self.used for i in items):
                continue
            name = _intro_name(intro.text)
            if not name:
                name, _ = self._name(intro.index, "procedure")
            out.append(self._from_sentences(items, name, intro.text))
        return out

    def _causal(self):
        """Link causal relations whose object is the next one's subject into cascades of >= 3 events."""
        causal = [r for rels in self.rels for r in rels if r.pred in _CAUSAL and r.sent.index not in self.used]
        if len(causal) < 2:
            return []
        nxt: dict[int, int] = {}
        has_prev: set[int] = set()
        for a in range(len(causal)):
            ra = causal[a]
            for b in range(a + 1, len(causal)):
                rb = causal[b]
                if rb.sent.index - ra.sent.index > 1:
                    break
                if rb.sent.block != ra.sent.block or b in has_prev:
                    continue
                if _links(ra, rb):
                    nxt[a] = b
                    has_prev.add(b)
                    break
        out = []
        for a in range(len(causal)):
            if a in has_prev or a not in nxt:
                continue
            path = [a]
            while path[-1] in nxt and len(path) < 10:
                path.append(nxt[path[-1]])
            rels = [causal[p] for p in path]
            if rels[0].subj is None:
                continue
            events = [rels[0].subj] + [r.obj for r in rels]
            names = [e.text for e in events]
            if len(names) < 3 or len({normalize_name(n) for n in names}) < len(names):
                continue
            if not all(_good_name(e) and self._event_ok(e) for e in events):
                continue
            sidx = sorted({r.sent.index for r in rels})
            if any(i in self.used for i in sidx):
                continue
            name, intro = self._name(sidx[0], "")
            if not name:
                name = f"{names[0]} cascade"
            pre, neg = self._constraints([self.sents[i].text for i in sidx] + self._around(sidx, name, [[n] for n in names]))
            trans = [
                StatementDraft(subject=names[n], predicate=r.pred, object=names[n + 1], source_quote=r.sent.text, step_index=n)
                for n, r in enumerate(rels)
            ]
            ch = ChainDraft(
                name=name,
                summary=intro if intro and _intro_name(intro) else self.sents[sidx[0]].text,
                preconditions=pre,
                negative_constraints=neg,
                steps=[_short(n, self.max_words) for n in names],
                step_concepts=[[n] for n in names],
                source_quote=self.sents[sidx[0]].text,
            )
            out.append((ch, trans))
            self.used.update(sidx)
        return out


def _prose(sent: Sent) -> bool:
    """A list item written as words (not an equation or a formula)."""
    words = [t for t in sent.toks if t.is_word]
    alpha = [t for t in words if t.text.isalpha()]
    return len(alpha) >= 4 and len(alpha) >= 0.7 * len(sent.toks) * 0.8 and not re.search(r"[=⟶⇌→]", sent.text)


def _links(ra: Rel, rb: Rel) -> bool:
    """Does relation ``rb`` continue from ``ra`` (its subject is ``ra``'s object)?"""
    if rb.cue_start <= ra.cue_start:
        return False
    if rb.subj is None:  # "This causes ...": continues the previous sentence's relation
        return rb.anaphoric and rb.sent.index == ra.sent.index + 1
    if rb.subj.start == ra.obj.start and rb.subj.end == ra.obj.end:
        return True
    if rb.via_which and rb.sent is ra.sent and abs(rb.subj.end - ra.obj.end) <= 2:
        return True
    if normalize_name(rb.subj.text) == normalize_name(ra.obj.text):
        return True
    if rb.sent.index == ra.sent.index + 1 and rb.anaphoric:
        return True
    wa = {normalize_name(w) for w in ra.obj.text.lower().split() if w not in _GENERIC and w not in _STOP_ALL and len(w) > 3}
    wb = {normalize_name(w) for w in rb.subj.text.lower().split() if w not in _GENERIC and w not in _STOP_ALL and len(w) > 3}
    return bool(wa & wb) and rb.sent.index == ra.sent.index + 1


def _lines(part: str) -> list[tuple[int, str]]:
    out = []
    off = 0
    for line in part.split("\n"):
        out.append((off, line))
        off += len(line) + 1
    return out


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in re.split(r";\s+|,\s+(?:but|and|whereas|while)\s+", text) if c.strip()]


def _clean_name(name: str) -> str:
    n = " ".join(name.split()).strip(" ,;:.“”\"'()[]")
    n = re.sub(r"^(?:the|a|an)\s+", "", n, flags=re.I)
    if not n or len(n) > 80:
        return ""
    if n.count("(") != n.count(")"):
        n = n.split("(")[0].strip()
    return n


def _split_term(term: str) -> tuple[str, list[str]]:
    """ "adenosine triphosphate (ATP)" -> ("adenosine triphosphate", ["ATP"]); "solution (also, homogeneous mixture)"."""
    t = " ".join(term.split())
    m = re.fullmatch(r"(.+?)\s*\((?:also,?\s+|or\s+|also\s+called\s+|also\s+known\s+as\s+)?([^()]+)\)\s*(.*)", t)
    if m and not m.group(3):
        name = m.group(1).strip()
        inner = [p.strip() for p in re.split(r"\s+or\s+|,\s+", m.group(2)) if p.strip()]
        return name, inner
    return t, []


def _definition_aliases(defn: str) -> list[str]:
    out = []
    for m in re.finditer(
        r"(?:;|,|\.)\s*(?:also\s+)?(?:called\s+|known\s+as\s+|referred\s+to\s+(?:as\s+)?|termed\s+|named\s+)(?:the\s+|an?\s+)?([^;,.()]{2,60})",
        defn,
        re.I,
    ):
        for p in re.split(r"\s+or\s+|,\s+", m.group(1)):
            p = p.strip()
            if 1 <= len(p.split()) <= 5:
                out.append(p)
    m = re.search(r"^\s*(?:or|also)\s+([^;,.]{2,40})[;,]", defn)
    if m:
        out.append(m.group(1).strip())
    m = re.match(r"\s*\((?:also,?|or|also\s+called|also\s+known\s+as)\s+([^()]{2,80})\)", defn)
    if m:
        out += [p.strip() for p in re.split(r"\s+or\s+|,\s+|;\s+", m.group(1)) if 1 <= len(p.split()) <= 6]
    return out


def _isa_statement(ctx: Ctx, sent: Sent, name: str) -> StatementDraft | None:
    """ "X is a Y ..." -> (X, is_a, Y) when Y is a non-generic noun phrase ("a hard, dense connective tissue" -> connective tissue)."""
    s = sent.text
    at = s.lower().find(name.lower())
    m = re.compile(r"\b(?:is|are)\s+(?:(?:also|often|usually|generally)\s+)?(?:(?:a|an|one\s+of\s+the)\s+)?").search(s, max(at, 0))
    if not m:
        return None
    k = _tok_index_at(sent, sent.start + m.end())
    toks = sent.toks
    if k < len(toks) and toks[k].low in ("type", "kind", "form", "class", "subtype", "variety", "category", "example"):
        return None  # the relation pattern already gives "is a type of" statements
    y = right_np(ctx, sent, k, max_words=4, allow_of=False)
    # skip coordinated adjectives: "a hard, dense connective tissue", "a large and complex organ"
    hops = 0
    while y is not None and y.nwords == 1 and y.j + 1 < len(toks) and toks[y.j].text in (",", "and") and hops < 3:
        nxt = y.j + 1 + (1 if toks[y.j].text == "," and y.j + 1 < len(toks) and toks[y.j + 1].low == "and" else 0)
        y = right_np(ctx, sent, nxt, max_words=4, allow_of=False)
        hops += 1
    if y is None or not _good_name(y, 4) or y.head in _GENERIC or y.text.lower() in _GENERIC:
        return None
    if y.nwords == 1 and _ADJ_SUFFIX.search(y.head) and not _NOUN_SUFFIX.search(y.head):
        return None
    if y.j < len(toks) and toks[y.j].low == "of":
        return None  # "the study of", "a layer of": the genus is the of-phrase, not reliable
    if normalize_name(y.text) == normalize_name(name):
        return None
    if _taxonomic_prefix(s, name):  # "the types of X are Y, ...": Y is a kind of X, not the other way round
        return StatementDraft(subject=y.text, predicate="is_a", object=name, source_quote=s)
    return StatementDraft(subject=name, predicate="is_a", object=y.text, source_quote=s)


_TAXONOMIC = re.compile(r"\b(?:types?|kinds?|classes|forms|categories|varieties|subtypes|examples)\s+of\s+(?:the\s+)?$", re.I)


def _taxonomic_prefix(sentence: str, name: str) -> bool:
    at = sentence.lower().find(name.lower())
    return at > 0 and bool(_TAXONOMIC.search(sentence[:at]))


class OfflineExtractor:
    """Deterministic rule-based extractor (the default)."""

    name = "offline"

    def __init__(self, max_step_words: int = 25) -> None:
        self.max_step_words = max_step_words

    # ------------------------------------------------------------------ public

    def extract(self, chunk: Chunk, domain: str) -> Extraction:
        text = chunk.text
        ctx = Ctx(text)
        sents, dl_blocks, block_spans = self._segment(chunk)
        concepts: dict[str, ConceptDraft] = {}
        order: list[str] = []

        def add_concept(name: str, aliases: list[str], definition: str, quote: str, how: str, ctype: str | None = None) -> None:
            name = _clean_name(name)
            if not name:
                return
            gm = re.fullmatch(r"(.+?) of (?:a|an|any) [\w\-]+", name)
            if gm and definition and how != "definition_list":
                aliases = list(aliases) + [gm.group(1)]  # "the mass of an object is ..." defines "mass"
            key = normalize_name(name)
            if not key:
                return
            aliases = [a for a in (_clean_name(x) for x in aliases) if a and normalize_name(a) != key]
            # an alias of an existing concept lands on that concept
            hit = concepts.get(key)
            if hit is None:
                for k2, c2 in concepts.items():
                    if key in (normalize_name(a) for a in c2.aliases):
                        hit = c2
                        break
            if hit is not None:
                for a in [name] + aliases:
                    if normalize_name(a) != normalize_name(hit.name) and normalize_name(a) not in {normalize_name(x) for x in hit.aliases}:
                        hit.aliases.append(a)
                if not hit.definition and definition:
                    hit.definition, hit.source_quote, hit.how = definition, quote, how
                    hit.type = ctype or _concept_type(hit.name, definition, how)
                return
            c = ConceptDraft(
                name=name,
                aliases=aliases,
                definition=definition,
                type=ctype or _concept_type(name, definition, how),
                source_quote=quote,
                how=how,
            )
            concepts[key] = c
            order.append(key)

        # ---- L3 chains (and their transition statements)
        rels_by_sent = [_relations(ctx, s) for s in sents]
        defs_by_sent = [_defining(ctx, s) for s in sents]
        defined = {normalize_name(_split_term(d.term)[0]) for d in chunk.definitions}
        defined |= {normalize_name(f.name) for fs in defs_by_sent for f in fs}
        known = defined | {normalize_name(x.text) for rels in rels_by_sent for r in rels for x in (r.subj, r.obj) if x is not None}
        chains, chain_stmts = _ChainBuilder(ctx, chunk, sents, rels_by_sent, known, defined, self.max_step_words).build()

        # ---- L2 statements
        statements: list[StatementDraft] = list(chain_stmts)
        seen = {(normalize_name(s.subject), s.predicate, normalize_name(s.object)) for s in statements}
        for rels in rels_by_sent:
            for r in rels:
                if not (_good_name(r.subj) and _good_name(r.obj)):
                    continue
                if normalize_name(r.subj.text) == normalize_name(r.obj.text):
                    continue
                key = (normalize_name(r.subj.text), r.pred, normalize_name(r.obj.text))
                if key in seen:
                    continue
                seen.add(key)
                statements.append(StatementDraft(subject=r.subj.text, predicate=r.pred, object=r.obj.text, source_quote=r.sent.text))
        # is_a from defining copulas is added below with the concepts

        # ---- L1 concepts: definition lists first (the strongest evidence)
        for d in chunk.definitions:
            name, aliases = _split_term(d.term)
            aliases += _definition_aliases(d.definition)
            line = f"{d.term}: {d.definition}"
            quote = line if line in text else (d.definition if d.definition in text else "")
            add_concept(name, aliases, d.definition, quote, "definition_list")

        # ---- defining sentences
        for s, fs in zip(sents, defs_by_sent):
            for f in fs:
                # "the types of X are A, B and C" lists kinds of X; it does not define X
                defn = "" if f.how == "are" and _taxonomic_prefix(s.text, f.name) else f.definition
                add_concept(f.name, f.aliases, defn, f.quote, f.how)
                if f.how in ("is_a", "are"):
                    st = _isa_statement(ctx, s, f.name)
                    if st is not None:
                        key = (normalize_name(st.subject), st.predicate, normalize_name(st.object))
                        if key not in seen:
                            seen.add(key)
                            statements.append(st)

        # ---- mentions: statement ends and chain-step concepts
        for st in statements:
            add_concept(st.subject, [], "", "", "mention")
            add_concept(st.object, [], "", "", "mention")
        for ch in chains:
            if len(ch.name.split()) <= 5 and not re.search(r"[:,;]", ch.name):
                add_concept(ch.name, [], "", "", "mention", "process")
            for sc in ch.step_concepts:
                for n in sc:
                    add_concept(n, [], "", "", "mention")

        ex = Extraction(
            chunk_id=chunk.id,
            chains=chains,
            statements=statements,
            concepts=[concepts[k] for k in order],
        )
        return verify_quotes(ex, text)

    # ------------------------------------------------------------------ segmentation

    def _segment(self, chunk: Chunk) -> tuple[list[Sent], set[int], list[tuple[int, int]]]:
        text = chunk.text
        dl_lines = {f"{d.term}: {d.definition}" for d in chunk.definitions}
        sents: list[Sent] = []
        dl_blocks: set[int] = set()
        block_spans: list[tuple[int, int]] = []
        pos = 0
        for bi, part in enumerate(text.split("\n\n")):
            start = pos
            pos += len(part) + 2
            block_spans.append((start, start + len(part)))
            if part.strip() in dl_lines:
                dl_blocks.add(bi)
                continue
            if " | " in part:  # table rows: no sentence rules
                continue
            for line_off, line in _lines(part):
                for a, b in split_sentences(line, start + line_off):
                    st = Sent(text[a:b], a, b, bi, _tokens(text[a:b], a), len(sents))
                    sents.append(st)
        return sents, dl_blocks, block_spans
