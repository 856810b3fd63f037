"""Entity resolution: many ``ConceptDraft`` names -> canonical concepts with aliases.

Two passes, both merging with union-find:

(a) **exact**: names and aliases are grouped by :func:`proda.ids.normalize_name`
    (case, accents, whitespace, edge punctuation, crude plural), plus a few
    spelling keys that only link forms of one name (:func:`variant_keys`: hyphens
    and spaces, Latin plurals "vertebrae"/"nuclei"/"ganglia", British spellings,
    a leading "the").  A draft's aliases ("X, also called Y") link X and Y; a
    trailing or inner parenthetical ("adenosine triphosphate (ATP)",
    "hypophyseal (pituitary) fossa") is split into a name and an alias.  Concepts
    already in the store take part, so a draft that names an existing concept (or
    one of its aliases) lands on its id.  Two existing concepts are never merged.

(b) **embedding**: the canonical name of every exact group is embedded (the name
    only: on the anatomy glossary "name: short definition" found none of the true
    variant pairs that name-only found and merged more false pairs: 55 vs 37 at
    0.93 without guards); a faiss inner-product index holds existing and new
    groups, each *new* group looks up its ``top_k`` neighbours, and pairs with
    cosine >= ``cfg.threshold`` are merged, strongest first, unless a guard
    (:func:`contrast_reason`) rejects them: a contrasting word (left/right,
    afferent/efferent, superior/inferior...), prefix (hyper-/hypo-), negation or
    suffix (-blast/-clast); a differing number, roman numeral, letter or Greek
    letter; one name being the other plus a modifier ("atrium"/"left atrium");
    different words on both sides ("skeletal muscle"/"smooth muscle"); "X of Y"
    structures that differ; a swapped head noun ("receptor cell"/"cell
    receptor"); or both sides carrying definitions whose embeddings are
    dissimilar (cosine < ``definition_min`` = 0.25; two glossary definitions of
    the *same* term reach >= 0.28 in 95% of cases).  Guards are checked between
    every pair of groups of the two clusters being joined, so a chain (left
    atrium ~ atrium ~ right atrium) cannot sneak a contrast in.

The canonical name of a merged cluster is the existing concept's name, else
the best surface form (definition-list term first, then not an acronym,
singular, not Title-Cased, used as a name, most frequent, shortest); every
other normalised form becomes an alias.  Everything is ordered by first
appearance, so the same input gives the same output.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, Protocol

import numpy as np

from proda.config import ResolutionConfig
from proda.ids import concept_id, normalize_name, singular
from proda.models import ConceptDraft

log = logging.getLogger(__name__)

HNSW_ABOVE = 100_000  # index size above which an HNSW index replaces the exact flat one
DEFINITION_RULES = ("definition_list",)  # drafts whose definition is authoritative (glossary / <dl>)


class SupportsEncode(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


@dataclass
class ExistingConcept:
    """A concept the store already holds."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    definition: str = ""
    embedding: list[float] | None = None


@dataclass
class ResolvedConcept:
    """A concept to write: new (``is_new``) or an existing one that gained drafts/aliases."""

    id: str
    name: str
    aliases: list[str]
    definition: str
    type: str
    drafts: list[ConceptDraft]
    embedding: list[float]  # of ``name``; empty when resolution.enabled is false and the concept is new
    is_new: bool


@dataclass
class ResolutionResult:
    concepts: list[ResolvedConcept]
    name_to_id: dict[str, str]  # normalize_name(name or alias) -> concept id (drafts' and existing concepts')
    merges: list[dict]  # {kept_id, kept_name, merged_name, reason: exact|alias|embedding, score}
    stats: dict = field(default_factory=dict)  # counts and timings
    rejected: list[dict] = field(default_factory=list)  # embedding pairs >= threshold that a guard refused


# --------------------------------------------------------------------------- name parsing

_PAREN = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*(.*)$")
_NOT_ALIAS_START = re.compile(r"^(e\.g\.|i\.e\.|cf\.|pl\.|(see|in|of|for|from|as|with|plural|singular|etc)\b)", re.I)


def _abbrev_like(s: str) -> bool:
    """ATP, mRNA, IP3, hCG, Treg, acetyl CoA, α: short, and not a plain lower-case word."""
    s = s.strip()
    if not s or len(s) > 12 or len(s.split()) > 3:
        return False
    if any(ch.isupper() or ch.isdigit() for ch in s):
        return True
    return any(ord(ch) > 127 for ch in s) and len(s) <= 3


def _symbol(alias: str) -> bool:
    """A one-letter alias is a symbol ("heat (q)", "reaction quotient (Q)", "heat capacity (C)", "specific heat
    (c)"): lower-cased it names several quantities of one book, so linking by it merged heat into reaction
    quotient (round-3 audit); it links nothing."""
    return len(alias.strip(" .,;:()")) <= 1


def split_name(name: str) -> tuple[str, list[str]]:
    """``"adenosine triphosphate (ATP)"`` -> ``("adenosine triphosphate", ["ATP"])``.

    Inner parentheticals name a variant of the word before them:
    ``"hypophyseal (pituitary) fossa"`` -> ``("hypophyseal fossa", ["pituitary fossa"])``,
    ``"atrioventricular (AV) node"`` -> ``("atrioventricular node", ["AV node"])``.
    Names without one (or with one that is not a name: "(e.g. ...)") come back unchanged
    but for the parenthetical being dropped.
    """
    name = " ".join(name.split())
    m = _PAREN.match(name)
    if not m:
        return name, []
    before, inner, after = m.group(1).strip(), m.group(2).strip(), m.group(3).strip()
    if not before or "(" in after:
        return name, []
    if after.lower() in ("s", "es", "'s") and not name.endswith(") " + after):
        inner, after = inner + after, ""  # "red blood cell (RBC)s"
    sep = "" if after.startswith("-") else " "
    main = f"{before}{sep}{after}".strip() if after else before
    if not inner or _NOT_ALIAS_START.match(inner):
        return main, []
    inner = re.sub(r"^(or|also|aka)\s+", "", inner, flags=re.I)
    if after:  # inner parenthetical
        if _abbrev_like(inner):
            return main, [f"{inner}{sep}{after}"]
        words = before.split()
        k = len(inner.split())
        if k < len(words):
            return main, [" ".join(words[:-k] + [inner]) + sep + after]
        return main, [f"{inner}{sep}{after}"]
    # trailing parenthetical
    if _abbrev_like(inner):
        return main, [inner]
    words = before.split()
    if len(inner.split()) == 1 and len(words) >= 2 and inner.islower():
        return main, [" ".join(words[:-1] + [inner])]  # "intertubercular groove (sulcus)"
    return main, [inner]


# --------------------------------------------------------------------------- guards

_TOKEN = re.compile(r"[a-z0-9\u03b1-\u03c9]+")
_ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "single", "double", "triple", "primary", "secondary", "tertiary", "quaternary",
    "alpha", "beta", "gamma", "delta", "epsilon", "kappa", "lambda", "sigma", "theta", "omega",
}

# Words that name opposite or sibling members of a set: two names that differ by two
# different words of one set are different concepts ("left atrium" / "right atrium").
_CONTRAST_SETS: list[set[str]] = [
    {"left", "right"}, {"anterior", "posterior"}, {"ventral", "dorsal"}, {"anterior", "dorsal"},
    {"posterior", "ventral"}, {"superior", "inferior"}, {"cranial", "caudal"}, {"rostral", "caudal"},
    {"superior", "caudal"}, {"inferior", "cranial"}, {"medial", "lateral", "intermediate"},
    {"proximal", "distal"}, {"internal", "external"}, {"inner", "outer", "middle"}, {"superficial", "deep"},
    {"upper", "lower"}, {"major", "minor"}, {"greater", "lesser"}, {"ascending", "descending", "transverse"},
    {"afferent", "efferent"}, {"sensory", "motor"}, {"sympathetic", "parasympathetic"},
    {"abduction", "adduction"}, {"abductor", "adductor"}, {"flexion", "extension"}, {"flexor", "extensor"},
    {"pronation", "supination"}, {"pronator", "supinator"}, {"elevation", "depression"},
    {"inversion", "eversion"}, {"protraction", "retraction"}, {"dorsiflexion", "plantarflexion"},
    {"systole", "diastole"}, {"systolic", "diastolic"}, {"inspiration", "expiration"},
    {"inspiratory", "expiratory"}, {"inhalation", "exhalation"}, {"anabolism", "catabolism"},
    {"anabolic", "catabolic"}, {"endocrine", "exocrine"}, {"apical", "basal", "lateral"},
    {"red", "white", "gray", "yellow", "brown"}, {"skeletal", "smooth", "cardiac"},
    {"striated", "smooth"}, {"voluntary", "involuntary"}, {"male", "female"}, {"maternal", "paternal"},
    {"maternal", "fetal"}, {"short", "long"}, {"small", "large"}, {"compact", "spongy", "cancellous"},
    {"acid", "base"}, {"acidic", "basic", "alkaline"}, {"acidosis", "alkalosis"},
    {"positive", "negative"}, {"active", "passive"}, {"central", "peripheral"},
    {"arterial", "venous", "capillary"}, {"artery", "vein", "capillary"}, {"arteriole", "venule"},
    {"oxygenated", "deoxygenated"}, {"myelinated", "unmyelinated"}, {"visceral", "parietal"},
    {"somatic", "autonomic", "visceral"}, {"excitatory", "inhibitory"}, {"agonist", "antagonist"},
    {"ipsilateral", "contralateral"}, {"frontal", "occipital", "parietal", "temporal"},
    {"cervical", "thoracic", "lumbar", "sacral", "coccygeal"}, {"cortex", "medulla"},
    {"cortical", "medullary"}, {"atrium", "ventricle"}, {"atrial", "ventricular"},
    {"mitral", "tricuspid", "bicuspid"}, {"aortic", "pulmonary"}, {"systemic", "pulmonary"},
    {"gain", "loss"}, {"increase", "decrease"}, {"high", "low"}, {"fast", "slow"}, {"strong", "weak"}, {"light", "heavy"}, {"hot", "cold"},
    {"oxidative", "glycolytic"}, {"aerobic", "anaerobic"}, {"haploid", "diploid"}, {"mitosis", "meiosis"},
    {"dominant", "recessive"}, {"exocytosis", "endocytosis"}, {"innate", "adaptive"},
    {"humoral", "cellular"}, {"sodium", "potassium", "calcium", "chloride", "magnesium"},
    {"hydrophilic", "hydrophobic"}, {"polar", "nonpolar"}, {"open", "closed"},
    {"unipolar", "bipolar", "multipolar", "pseudounipolar"}, {"simple", "stratified", "pseudostratified"},
    {"squamous", "cuboidal", "columnar", "transitional"}, {"thick", "thin"},
    {"fibrous", "cartilaginous", "synovial"}, {"rough", "smooth"}, {"acute", "chronic"},
    {"benign", "malignant"}, {"input", "output"}, {"influx", "efflux"}, {"uptake", "release"},
    {"synthesis", "degradation", "breakdown"}, {"agonist", "antagonist"}, {"donor", "recipient"},
    {"presynaptic", "postsynaptic"}, {"preganglionic", "postganglionic"}, {"rod", "cone"},
    {"sperm", "egg", "ovum", "oocyte"}, {"testis", "ovary"}, {"mother", "father", "daughter"},
    {"child", "adult", "infant", "newborn", "fetus"}, {"exhale", "inhale"}, {"before", "after"},
    {"on", "off"}, {"in", "out"}, {"up", "down"}, {"over", "under"}, {"with", "without"},
]
# Prefixes that turn a word into its opposite or sibling when the rest of the word is the same.
_PREFIX_SETS: list[tuple[str, ...]] = [
    ("hyper", "hypo", "iso", "normo", "eu"), ("pre", "post"), ("in", "ex"), ("inhal", "exhal"),
    ("endo", "exo", "ecto", "meso", "epi", "peri"), ("intra", "inter", "extra", "trans"),
    ("sub", "supra", "infra"), ("af", "ef"), ("ab", "ad"), ("ana", "cata"), ("brady", "tachy"),
    ("mono", "di", "tri", "tetra", "penta", "poly", "oligo", "uni", "bi", "multi"),
    ("de", "re", "hyper"), ("micro", "macro"), ("homo", "hetero"), ("ante", "retro"),
    ("hyper", "hypo", "de"), ("pro", "anti"), ("sym", "parasym"), ("ipsi", "contra"),
    ("oxy", "deoxy"), ("pro", "meta", "ana", "telo", "inter", "pre"),
]
# words that may stand after the noun they qualify (Latin muscle names, "connective tissue proper")
_POSTPOSED = {
    "anterior", "posterior", "superior", "inferior", "medial", "lateral", "major", "minor", "longus", "brevis",
    "magnus", "maximus", "medius", "minimus", "profundus", "superficialis", "internus", "externus", "proper",
    "longissimus", "lateralis", "medialis", "intermedius", "oblique", "obliquus", "proprius", "communis",
}
# generic head nouns: "epithelial tissue" names what "epithelium" does
_LIGHT_HEADS = {"tissue", "tissues", "system", "structure", "region", "area", "process", "organ", "substance"}
_NEGATIONS = ("un", "non", "in", "im", "ir", "il", "dis", "an", "a", "de", "anti")
# Suffixes naming sibling cell types / properties: osteoblast / osteoclast / osteocyte.
_SUFFIX_SETS: list[tuple[str, ...]] = [
    ("blast", "clast", "cyte"), ("philic", "phobic"), ("philia", "phobia"), ("emia", "uria"),
    ("trophy", "plasia"), ("tonic", "tonia"), ("ase", "ose"),
]


_STOP = {"of", "the", "and", "or", "to", "for", "by", "from", "at", "its", "their", "an"}


# British -> American spellings of whole words that the one-edit variant rule cannot see
_SPELLING = {"grey": "gray", "centre": "center", "fibre": "fiber", "fibres": "fibers", "colour": "color",
             "tumour": "tumor", "oedema": "edema", "anaemia": "anemia", "foetus": "fetus", "foetal": "fetal",
             "haem": "heme", "oestrogen": "estrogen", "sulphate": "sulfate", "sulphur": "sulfur"}


def tokens(key: str) -> list[str]:
    """Word tokens without function words ("a" only when not the last word: "vitamin a" keeps it)."""
    toks = _TOKEN.findall(key.lower())
    return [_SPELLING.get(t, t) for i, t in enumerate(toks)
            if t not in _STOP and not (t == "a" and i < len(toks) - 1)]


_NONWORD = re.compile(r"[\W_]+")
_ARTICLE = re.compile(r"^the\s+")  # not "a": "A band" is not "band"


def variant_keys(text: str) -> list[str]:
    """Extra spelling keys beyond ``normalize_name``, used only to link forms of one name.

    The hyphen/space-free form ("blood-brain barrier" = "blood brain barrier",
    "tri-phosphate" = "triphosphate") and the Latin/Greek singular of the last word
    ("vertebrae" -> "vertebra", "nuclei" -> "nucleus", "ganglia" -> "ganglion",
    "foramina" -> "foramen", "testes" -> "testis", "phalanges" -> "phalanx").  A
    variant key only merges names when another name *has* that form, so a wrong
    guess ("golgi" -> "golgus") is harmless.
    """
    key = normalize_name(text)
    if not key:
        return []
    out = ["c:" + _NONWORD.sub("", key)]
    bare = _ARTICLE.sub("", key)
    if bare != key and bare:
        out.append("k:" + bare)  # "the heart" -> "heart"
    low = " ".join(text.lower().split())
    low = _PUNCT_EDGES.sub("", low)
    head, _, w = low.rpartition(" ")
    alts: list[str] = []
    if len(w) >= 4:
        if w.endswith("ae"):
            alts.append(w[:-1])
        elif w.endswith("i"):
            alts.append(w[:-1] + "us")
        elif w.endswith("ina"):
            alts += [w[:-3] + "en", w[:-1] + "um"]
        elif w.endswith("ata"):
            alts += [w[:-2], w[:-1] + "um"]
        elif w.endswith("a"):
            alts += [w[:-1] + "um", w[:-1] + "on"]
        elif w.endswith("ices"):
            alts += [w[:-4] + "ex", w[:-4] + "ix"]
        elif w.endswith("ges"):
            alts.append(w[:-3] + "x")
        elif w.endswith("es") and len(w) >= 6:
            alts.append(w[:-2] + "is")  # testes -> testis, thromboses -> thrombosis
            if w[:-2].endswith(("s", "x", "z", "ch", "sh")):
                alts.append(w[:-2])  # sinuses -> sinus (not spines -> spin)
        elif w.endswith("ics"):
            alts.append(w[:-1])  # tunics -> tunic (normalize_name keeps -ics)
        elif w.endswith("as"):
            alts.append(w[:-1])  # glabellas -> glabella (normalize_name keeps -as)
    out.append("k:" + key)
    out += ["k:" + normalize_name(f"{head} {a}".strip()) for a in alts]
    us = american(key)
    if us != key:
        out.append("k:" + us)
    return out


_BRITISH = [
    (re.compile(r"(?<=[a-z])ae(?=[a-z]{3})|\bae(?=[a-z]{3})"), "e"),  # haemoglobin, anaemia, caecum (not vertebrae)
    (re.compile(r"(?<=[a-z])oe(?=[a-z]{3})|\boe(?=[a-z]{3})"), "e"),  # foetus, oedema, oestrogen, coeliac
    (re.compile(r"\bleuc"), "leuk"),
    (re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)\b"), r"iz\1"),  # localisation, depolarise
    (re.compile(r"(?<=[a-z]{2}[^aeiou])re\b"), "er"),  # centre, fibre, litre
    (re.compile(r"(?<=[a-z]{3})our\b"), "or"),  # tumour, colour
    (re.compile(r"\bgrey\b"), "gray"),
]


def american(key: str) -> str:
    """A normalised name with common British spellings turned American (only used to link variants)."""
    for pat, rep in _BRITISH:
        key = pat.sub(rep, key)
    return key


_PUNCT_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


def _numberish(t: str) -> bool:
    return t.isdigit() or any(ch.isdigit() for ch in t) or bool(_ROMAN.match(t)) or len(t) == 1 or t in _NUMBER_WORDS


def _affix_contrast(x: str, y: str) -> str | None:
    for group in _PREFIX_SETS:
        for p in group:
            if not x.startswith(p):
                continue
            for q in group:
                if q != p and y.startswith(q) and len(x) - len(p) >= 3 and x[len(p):] == y[len(q):]:
                    return f"prefix {p}-/{q}-"
    for neg in _NEGATIONS:
        if (x == neg + y and len(y) >= 4) or (y == neg + x and len(x) >= 4):
            return f"negation {neg}-"
    for group in _SUFFIX_SETS:
        for p in group:
            if not x.endswith(p):
                continue
            for q in group:
                if q != p and y.endswith(q) and len(x) - len(p) >= 3 and x[: -len(p)] == y[: -len(q)]:
                    return f"suffix -{p}/-{q}"
    return None


_INFLECTIONS = {
    "", "s", "es", "e", "a", "ae", "um", "us", "i", "on", "al", "ar", "ary", "ic", "ical", "ous", "y", "ies",
    "ial", "ium", "ia", "ion", "ive", "ed", "ing", "ity", "an", "ian", "ular", "ate", "ated", "ation", "is",
    "ine", "en", "ina", "ata", "ix", "ex", "ices", "x", "ges", "le",
}


def _words_contrast(x: str, y: str) -> bool:
    return any(x in g and y in g for g in _CONTRAST_SETS) or _affix_contrast(x, y) is not None


def _variant(x: str, y: str) -> bool:
    """Spelling / inflection variants of one word: epithelium/epithelial, muscle/muscular, haemoglobin/hemoglobin."""
    if x == y or singular(x) == singular(y):
        return True
    if _words_contrast(x, y):
        return False  # abduction/adduction are one letter apart, and opposites
    n = min(len(x), len(y))
    common = 0
    while common < n and x[common] == y[common]:
        common += 1
    if common >= 4 and x[common:] in _INFLECTIONS and y[common:] in _INFLECTIONS:
        return True  # epitheli-um / epitheli-al, vertebr-a / vertebr-al
    # one edit inside a long word (haemoglobin/hemoglobin, foetus/fetus, leucocyte/leukocyte);
    # an edit at the end makes another word (retina/retinal) unless it is an inflection (above)
    if abs(len(x) - len(y)) <= 1 and n >= 5:
        if len(x) == len(y):  # afferent/efferent differ at the first letter: not a variant
            diff = [i for i, (a, b) in enumerate(zip(x, y)) if a != b]
            return len(diff) == 1 and 0 < diff[0] < n - 1
        a, b = (x, y) if len(x) > len(y) else (y, x)
        return any(a[:i] + a[i + 1:] == b for i in range(1, len(a) - 1))
    return False


def _pair_variants(da: set[str], db: set[str]) -> bool:
    """Drop, in place, words of ``da`` and ``db`` that are variants of one another; True if any were."""
    paired = False
    for x in sorted(da):
        y = next((y for y in sorted(db) if _variant(x, y)), None)
        if y is not None:
            da.discard(x)
            db.discard(y)
            paired = True
    return paired


def _same_words(a: str, b: str) -> bool:
    sa, sb = set(tokens(a)), set(tokens(b))
    da, db = sa - sb, sb - sa
    _pair_variants(da, db)
    return not da and not db


@lru_cache(maxsize=1 << 16)
def contrast_reason(a: str, b: str) -> str | None:
    """Why names ``a`` and ``b`` (normalised) must not be merged, or None.

    Checked: spelling variants of one another pass; a contrasting word pair
    (left/right), prefix (hyper-/hypo-), negation (myelinated/unmyelinated) or
    suffix (-blast/-clast); a differing number, roman numeral, letter or Greek
    letter; "X of Y" structures that do not match; one name being the other
    plus modifiers (hyponym); shared words plus different content words on
    both sides, or one word substituted in place (sibling concepts).
    """
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb or "".join(ta) == "".join(tb):
        return None  # tri-phosphate / triphosphate
    sa, sb = set(ta), set(tb)
    da, db = sa - sb, sb - sa
    for group in _CONTRAST_SETS:
        xa, xb = da & group, db & group
        if xa and xb:
            return f"contrast {sorted(xa)[0]}/{sorted(xb)[0]}"
    for x in sorted(da):
        for y in sorted(db):
            why = _affix_contrast(x, y)
            if why:
                return why
    # words that are variants of one another (concha/conchae, haemoglobin/hemoglobin) count as shared
    paired = _pair_variants(da, db)
    for t in sorted(da | db):
        if _numberish(t):
            return f"number/letter {t!r}"
    if ta != tb and sorted(map(singular, ta)) == sorted(map(singular, tb)) and " of " not in a and " of " not in b:
        # same words, another order, no "of": "receptor cell" / "cell receptor" swap the head noun;
        # postposed Latin/positional words ("tibialis anterior" / "anterior tibialis") are fine
        moved = {x for x, y in zip(ta, tb) if x != y}
        if singular(ta[-1]) != singular(tb[-1]) and not moved & _POSTPOSED:
            return f"head swap {ta[-1]}/{tb[-1]}"
    if " of " in a and " of " in b:
        # "temporal process of the zygomatic bone" / "zygomatic process of the temporal bone"
        head_a, _, rest_a = a.partition(" of ")
        head_b, _, rest_b = b.partition(" of ")
        if not (_same_words(head_a, head_b) and _same_words(rest_a, rest_b)):
            return "of-structure"
    if not da or not db:
        # one name = the other plus words: hyponym ("atrium" / "left atrium"), unless the
        # extra words are variants of words the other has ("epithelial" next to "epithelium")
        extra = da or db
        if paired and extra <= _LIGHT_HEADS:
            return None  # "epithelium" / "epithelial tissue": noun vs adjective + generic head
        other = sb if not db else sa
        if extra and not all(any(_variant(x, y) for y in other) for x in extra):
            return f"modifier {sorted(extra)[0]!r}"
        return None
    if sa & sb or paired:
        # shared words plus different content words on both sides: "relative refractory period" /
        # "refractory period time", "olfactory nerve" / "olfactory sensory neuron"
        return f"substitution {sorted(da)[0]}/{sorted(db)[0]}"
    if len(ta) == len(tb):
        # same frame, different word(s) in place: "skeletal muscle"/"cardiac muscle",
        # "body-centered cubic cell"/"face-centered cubic cell" are siblings, not synonyms
        diff = [(x, y) for x, y in zip(ta, tb) if x != y]
        shared = len(ta) - len(diff)
        if diff and (len(diff) == 1 or shared >= 1) and not any(_variant(x, y) for x, y in diff):
            return f"sibling {diff[0][0]}/{diff[0][1]}"
    return None


# --------------------------------------------------------------------------- union-find


class _UnionFind:
    """Union-find whose roots carry at most one existing-concept index; the lower index is the root."""

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.existing: list[int | None] = []

    def add(self, existing: int | None = None) -> int:
        self.parent.append(len(self.parent))
        self.existing.append(existing)
        return len(self.parent) - 1

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def can_union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ea, eb = self.existing[ra], self.existing[rb]
        return ea is None or eb is None

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ea, eb = self.existing[ra], self.existing[rb]
        if ea is not None and eb is not None:
            return False
        lo, hi = (ra, rb) if ra < rb else (rb, ra)
        self.parent[hi] = lo
        self.existing[lo] = ea if ea is not None else eb
        return True


# --------------------------------------------------------------------------- surface ranking


def _is_acronym(s: str) -> bool:
    return " " not in s.strip() and sum(ch.isupper() for ch in s) >= 2 and len(s) <= 8


def _title_words(s: str) -> int:
    return sum(1 for w in s.split() if len(w) > 1 and w[0].isupper() and w[1:].islower())


@dataclass
class _Surface:
    text: str
    first: int  # order of first appearance
    count: int = 0  # occurrences as a draft name
    alias_count: int = 0  # occurrences as an alias (or parenthetical variant)
    glossary: bool = False  # name of a definition_list draft
    existing_name: bool = False


def _rank(s: _Surface) -> tuple:
    text = s.text
    low = " ".join(text.lower().split())
    return (
        not s.existing_name,
        not s.glossary,
        _is_acronym(text),
        singular(low) != low,
        _title_words(text),  # "synovial joint" over "Synovial Joint" (headings, sentence starts)
        s.count == 0,  # used as a name somewhere beats alias-only
        -(s.count + s.alias_count),
        len(text),
        s.first,  # then the form seen first
    )


# --------------------------------------------------------------------------- resolver


@dataclass
class _Group:
    """An exact group (one union-find root after pass (a))."""

    root: int
    existing: int | None
    keys: list[str]  # normalised forms, first appearance order
    drafts: list[int]  # indices into drafts
    name: str = ""  # best surface form
    key: str = ""  # normalize_name(name)
    definition: str = ""
    idx: int = 0  # position in first-appearance order
    rank: tuple = ()  # _rank of ``name``'s surface


class Resolver:
    """Merge concept drafts among themselves and into existing concepts (see the module docstring)."""

    def __init__(
        self,
        cfg: ResolutionConfig | None = None,
        embedder: SupportsEncode | None = None,
        *,
        top_k: int = 10,
        definition_min: float = 0.25,
        embed_text: Literal["name", "name_definition"] = "name",
        guards: bool = True,
    ):
        self.cfg = cfg or ResolutionConfig()
        self._embedder = embedder
        self.top_k = top_k
        self.definition_min = definition_min  # both defined and def-cosine below this -> not merged
        self.embed_text = embed_text
        self.guards = guards

    # -- model -----------------------------------------------------------------------------
    @property
    def embedder(self) -> SupportsEncode:
        if self._embedder is None:
            from proda.ingest.embed import load_embedder

            self._embedder = load_embedder(self.cfg.model, device=self.cfg.device, batch_size=self.cfg.batch_size)
        return self._embedder

    def _encode(self, texts: list[str]) -> np.ndarray:
        bs = max(1, int(self.cfg.batch_size))
        parts = [np.asarray(self.embedder.encode(texts[i : i + bs]), dtype=np.float32) for i in range(0, len(texts), bs)]
        vecs = np.concatenate(parts, axis=0) if parts else np.zeros((0, 0), dtype=np.float32)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True) if len(vecs) else None
        if norms is not None:
            norms[norms == 0] = 1.0
            vecs = vecs / norms
        return np.ascontiguousarray(vecs, dtype=np.float32)

    # -- main --------------------------------------------------------------------------------
    def resolve(self, drafts: list[ConceptDraft], existing: list[ExistingConcept] | None = None) -> ResolutionResult:
        t0 = time.perf_counter()
        existing = list(existing or [])
        uf = _UnionFind()
        key_node: dict[str, int] = {}
        surfaces: dict[str, dict[str, _Surface]] = {}  # key -> surface text -> stats
        lookup_only: set[str] = set()  # keys used for lookups but never shown as aliases
        order = 0

        hidden_node: dict[str, int] = {}  # variant_keys: link spellings, never shown as names

        def node(key: str) -> int:
            n = key_node.get(key)
            if n is None:
                n = key_node[key] = uf.add()
            return n

        def link_variants(n: int, text: str) -> None:
            for vk in variant_keys(text):
                h = hidden_node.get(vk)
                if h is None:
                    h = hidden_node[vk] = uf.add()
                uf.union(n, h)

        def surface(key: str, text: str) -> _Surface:
            nonlocal order
            d = surfaces.setdefault(key, {})
            s = d.get(text)
            if s is None:
                s = d[text] = _Surface(text=text, first=order)
                order += 1
            return s

        # existing concepts first: node per concept, its name and aliases attached
        ex_nodes: list[int] = []
        for i, ec in enumerate(existing):
            n = uf.add(existing=i)
            ex_nodes.append(n)
            for j, text in enumerate([ec.name, *ec.aliases]):
                key = normalize_name(text)
                if not key or (j and _symbol(text)):
                    continue
                s = surface(key, " ".join(text.split()))
                s.existing_name = s.existing_name or j == 0
                uf.union(n, node(key))  # refused (key stays with the first owner) if another existing holds it
                link_variants(node(key), text)

        # drafts: name (split of parentheticals) + aliases, all linked
        draft_node: list[int | None] = []
        for d in drafts:
            main, extra = split_name(d.name)
            names: list[tuple[str, str]] = []  # (text, role)
            raw_key = normalize_name(d.name)
            names.append((main, "name"))
            names.extend((x, "alias") for x in extra)
            for a in d.aliases:
                am, ax = split_name(a)
                names.append((am, "alias"))
                names.extend((x, "alias") for x in ax)
            first_node: int | None = None
            for text, role in names:
                key = normalize_name(text)
                if not key or (role == "alias" and _symbol(text)):
                    continue
                s = surface(key, text)
                if role == "name":
                    s.count += 1
                    s.glossary = s.glossary or d.how in DEFINITION_RULES
                else:
                    s.alias_count += 1
                n = node(key)
                link_variants(n, text)
                if first_node is None:
                    first_node = n
                else:
                    uf.union(first_node, n)
            if first_node is not None and raw_key and (raw_key in lookup_only or raw_key not in key_node):
                # "adenosine triphosphate (atp": not an alias to show, but statements may use it
                lookup_only.add(raw_key)
                uf.union(first_node, node(raw_key))
            draft_node.append(first_node)

        # collect exact groups in first-appearance order (existing first)
        groups: list[_Group] = []
        by_root: dict[int, _Group] = {}

        def group_of(n: int) -> _Group:
            r = uf.find(n)
            g = by_root.get(r)
            if g is None:
                g = by_root[r] = _Group(root=r, existing=uf.existing[r], keys=[], drafts=[], idx=len(groups))
                groups.append(g)
            return g

        for n in ex_nodes:
            group_of(n)
        for key, n in key_node.items():  # insertion order = first appearance
            group_of(n).keys.append(key)
        for i, n in enumerate(draft_node):
            if n is not None:
                group_of(n).drafts.append(i)
        for g in groups:
            self._name_group(g, existing, surfaces, lookup_only)
            g.definition = self._definition([g], existing, drafts)
        t_exact = time.perf_counter()

        # embedding pass
        cluster = _UnionFind()
        for g in groups:
            cluster.add(existing=g.existing)
        edge_score: dict[int, float] = {}  # group index -> score of the edge that joined it
        merges_emb: list[tuple[int, int, float]] = []
        rejected: list[dict] = []
        vecs: np.ndarray | None = None
        n_candidates = 0
        t_load = t_embed = t_search = time.perf_counter()
        if self.cfg.enabled and any(g.existing is None for g in groups):
            _ = self.embedder  # load (once per Resolver) outside the encode timing
            t_load = time.perf_counter()
            vecs = self._group_vectors(groups, existing)
            t_embed = time.perf_counter()
            pairs = self._candidate_pairs(vecs, [g.existing is None for g in groups])
            n_candidates = len(pairs)
            t_search = time.perf_counter()
            def_vecs = self._definition_vectors(groups, pairs) if self.guards else {}
            members: dict[int, list[int]] = {i: [i] for i in range(len(groups))}
            for score, i, j in pairs:
                ri, rj = cluster.find(i), cluster.find(j)
                if ri == rj:
                    continue
                if not cluster.can_union(ri, rj):
                    rejected.append(self._reject(groups[i], groups[j], score, "both existing"))
                    continue
                why = self._guard(members[ri], members[rj], groups, def_vecs) if self.guards else None
                if why:
                    rejected.append(self._reject(groups[i], groups[j], score, why))
                    continue
                cluster.union(ri, rj)
                r = cluster.find(ri)
                other = rj if r == ri else ri
                members[r] = sorted(members[r] + members.pop(other))
                merges_emb.append((i, j, score))
                for gi in members[r]:  # each group remembers the first edge that joined its cluster
                    edge_score.setdefault(gi, score)
        t_merge = time.perf_counter()

        # final clusters
        clusters: dict[int, list[int]] = {}
        for gi in range(len(groups)):
            clusters.setdefault(cluster.find(gi), []).append(gi)
        concepts: list[ResolvedConcept] = []
        pending: list[int] = []  # concepts whose name still needs a vector
        name_to_id: dict[str, str] = {}
        merges: list[dict] = []
        for root in sorted(clusters, key=lambda r: min(clusters[r])):
            gis = clusters[root]
            gs = [groups[i] for i in gis]
            ex_idx = next((g.existing for g in gs if g.existing is not None), None)
            canon_g = self._canonical_group(gs)
            if ex_idx is not None:
                ec = existing[ex_idx]
                cid, cname = ec.id, ec.name
            else:
                cname = canon_g.name
                cid = concept_id(cname)
            for g in gs:
                for k in g.keys:
                    name_to_id.setdefault(k, cid)
            draft_ids = sorted(i for g in gs for i in g.drafts)
            if not draft_ids:
                continue  # an existing concept nothing new landed on
            ckey = normalize_name(cname)
            cvars = set(variant_keys(cname))
            aliases: list[str] = list(existing[ex_idx].aliases) if ex_idx is not None else []
            seen = {ckey} | {normalize_name(a) for a in aliases}
            for g in sorted(gs, key=lambda g: (g is not canon_g, g.idx)):
                for k in g.keys:
                    if k in seen or k in lookup_only:
                        continue
                    seen.add(k)
                    aliases.append(self._best_surface(surfaces[k]).text)
            # merge log: every distinct draft surface other than the canonical name
            for g in gs:
                for k in g.keys:
                    if k in lookup_only:
                        continue
                    for s in sorted(surfaces[k].values(), key=lambda s: s.first):
                        if s.text == cname or (s.count + s.alias_count) == 0:
                            continue
                        if g is canon_g or (ex_idx is not None and g.existing == ex_idx):
                            same = k == ckey or bool(cvars & set(variant_keys(s.text)))
                            reason, score = ("exact" if same else "alias"), 1.0
                        else:
                            reason, score = "embedding", round(float(edge_score.get(g.idx, 0.0)), 4)
                        merges.append({"kept_id": cid, "kept_name": cname, "merged_name": s.text,
                                       "reason": reason, "score": score})
            definition = self._definition(gs, existing, drafts)
            dtypes = Counter(drafts[i].type for i in draft_ids)  # insertion order = first appearance
            ctype = max(dtypes, key=lambda t: dtypes[t])  # ties: the first seen (max keeps the first maximum)
            if vecs is not None and self.embed_text == "name":
                emb = vecs[canon_g.idx].tolist()  # the canonical name's vector (stored one for existing)
            elif ex_idx is not None and existing[ex_idx].embedding:
                emb = list(existing[ex_idx].embedding)
            else:
                emb = []
                if vecs is not None:  # embed_text="name_definition": name vectors encoded below, batched
                    pending.append(len(concepts))
            concepts.append(ResolvedConcept(
                id=cid, name=cname, aliases=aliases, definition=definition, type=ctype,
                drafts=[drafts[i] for i in draft_ids], embedding=emb, is_new=ex_idx is None,
            ))
        if pending:
            for ci, v in zip(pending, self._encode([concepts[ci].name for ci in pending])):
                concepts[ci].embedding = v.tolist()
        t_end = time.perf_counter()
        stats = {
            "drafts": len(drafts), "existing": len(existing), "exact_groups": len(groups),
            "new_groups": sum(1 for g in groups if g.existing is None),
            "candidate_pairs": n_candidates, "embedding_merges": len(merges_emb), "rejected_pairs": len(rejected),
            "concepts": len(concepts), "new_concepts": sum(c.is_new for c in concepts),
            "t_exact_s": round(t_exact - t0, 3), "t_load_s": round(t_load - t_exact, 3) if vecs is not None else 0.0,
            "t_embed_s": round(t_embed - t_load, 3) if vecs is not None else 0.0,
            "t_search_s": round(t_search - t_embed, 3) if vecs is not None else 0.0,
            "t_merge_s": round(t_merge - t_search, 3) if vecs is not None else 0.0,
            "t_total_s": round(t_end - t0, 3),
        }
        log.debug("resolution: %s", stats)
        return ResolutionResult(concepts=concepts, name_to_id=name_to_id, merges=merges, stats=stats, rejected=rejected)

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _best_surface(d: dict[str, _Surface]) -> _Surface:
        return min(d.values(), key=_rank)

    def _name_group(self, g: _Group, existing, surfaces, lookup_only) -> None:
        if g.existing is not None:
            g.name = existing[g.existing].name
        else:
            cands = [s for k in g.keys if k not in lookup_only for s in surfaces[k].values()]
            if not cands:  # only lookup keys (cannot happen for a draft's main name) - fall back
                cands = [s for k in g.keys for s in surfaces.get(k, {}).values()]
            best = min(cands, key=_rank) if cands else None
            g.name = best.text if best else ""
            g.rank = _rank(best) if best else ()
        g.key = normalize_name(g.name)

    def _canonical_group(self, gs: list[_Group]) -> _Group:
        for g in gs:
            if g.existing is not None:
                return g
        # same ranking as within a group, across the groups' chosen names
        return min(gs, key=lambda g: (g.rank, g.idx))

    @staticmethod
    def _definition(gs: list[_Group], existing, drafts) -> str:
        for g in gs:
            if g.existing is not None and existing[g.existing].definition.strip():
                return existing[g.existing].definition.strip()
        defs = [drafts[i] for g in gs for i in g.drafts if drafts[i].definition.strip()]
        if not defs:
            return ""
        gloss = [d.definition.strip() for d in defs if d.how in DEFINITION_RULES]
        pool = gloss or [d.definition.strip() for d in defs]
        return max(pool, key=lambda s: (len(s), s))

    def _embed_input(self, g: _Group) -> str:
        if self.embed_text == "name_definition" and g.definition:
            return f"{g.name}: {_short(g.definition)}"
        return g.name

    def _group_vectors(self, groups: list[_Group], existing) -> np.ndarray:
        """One unit row per group: stored embeddings of existing concepts are reused (same dimension only)."""
        stored: dict[int, list[float]] = {}
        todo: list[int] = []
        for gi, g in enumerate(groups):
            emb = existing[g.existing].embedding if g.existing is not None else None
            if emb and self.embed_text == "name":
                stored[gi] = emb
            else:
                todo.append(gi)
        enc = self._encode([self._embed_input(groups[gi]) for gi in todo])  # never empty: new groups exist
        dim = enc.shape[1]
        bad = [gi for gi, e in stored.items() if len(e) != dim]  # stored with another model: re-encode
        if bad:
            enc = np.concatenate([enc, self._encode([self._embed_input(groups[gi]) for gi in bad])])
            todo += bad
        out = np.zeros((len(groups), dim), dtype=np.float32)
        out[todo] = enc
        for gi, e in stored.items():
            if len(e) == dim:
                v = np.asarray(e, dtype=np.float32)
                nv = float(np.linalg.norm(v))
                out[gi] = v / nv if nv else v
        return out

    def _candidate_pairs(self, vecs: np.ndarray, is_query: list[bool]) -> list[tuple[float, int, int]]:
        import faiss

        n, dim = vecs.shape
        if n < 2:
            return []
        if n > HNSW_ABOVE:
            index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efSearch = 128
            threads = faiss.omp_get_max_threads()
            faiss.omp_set_num_threads(1)  # deterministic graph construction
            try:
                index.add(vecs)
            finally:
                faiss.omp_set_num_threads(threads)
        else:
            index = faiss.IndexFlatIP(dim)
            index.add(vecs)
        q = np.array([i for i in range(n) if is_query[i]], dtype=np.int64)
        k = min(n, self.top_k + 1)
        best: dict[tuple[int, int], float] = {}
        thr = float(self.cfg.threshold)
        step = 4096
        for s in range(0, len(q), step):
            qi = q[s : s + step]
            scores, nbrs = index.search(vecs[qi], k)
            for row, i in enumerate(qi.tolist()):
                for sc, j in zip(scores[row].tolist(), nbrs[row].tolist()):
                    if j < 0 or j == i or sc < thr:
                        continue
                    a, b = (i, j) if i < j else (j, i)
                    sc = round(sc, 5)  # float noise must not reorder ties
                    if best.get((a, b), -1.0) < sc:
                        best[(a, b)] = sc
        return sorted(((sc, a, b) for (a, b), sc in best.items()), key=lambda t: (-t[0], t[1], t[2]))

    def _definition_vectors(self, groups: list[_Group], pairs) -> dict[int, np.ndarray]:
        """Short-definition vectors of the defined groups in pairs that pass the name guards."""
        need = sorted({gi for _, i, j in pairs if self._names_guard(groups[i], groups[j]) is None
                       for gi in (i, j) if groups[gi].definition})
        if not need:
            return {}
        vecs = self._encode([_short(groups[gi].definition) for gi in need])
        return dict(zip(need, vecs))

    @staticmethod
    def _names_guard(gi: _Group, gj: _Group) -> str | None:
        # the groups' chosen names; their other keys are already known to mean the same
        return contrast_reason(gi.key, gj.key)

    def _guard(self, ma: list[int], mb: list[int], groups: list[_Group], def_vecs) -> str | None:
        """Reason to refuse joining clusters ``ma`` and ``mb`` (checked between every pair of members)."""
        for i in ma:
            for j in mb:
                why = self._names_guard(groups[i], groups[j])
                if why:
                    return why
        for i in ma:
            for j in mb:
                vi, vj = def_vecs.get(i), def_vecs.get(j)
                if vi is not None and vj is not None:
                    sim = float(np.dot(vi, vj))
                    if sim < self.definition_min:
                        return f"definitions differ ({sim:.2f})"
        return None

    @staticmethod
    def _reject(a: _Group, b: _Group, score: float, why: str) -> dict:
        return {"a": a.name, "b": b.name, "score": round(float(score), 4), "reason": why}


def _short(definition: str, words: int = 32) -> str:
    """First sentence (or clause) of a definition, capped at ``words`` words."""
    first = re.split(r"(?<=[.;])\s", definition.strip(), maxsplit=1)[0]
    return " ".join(first.split()[:words])
