"""Name parsing and merge guards of entity resolution (:mod:`proda.ingest.resolve`).

Split from ``resolve.py`` so that each file reads on its own: here is how a draft's name is taken apart
(:func:`split_name`: "adenosine triphosphate (ATP)" -> name and alias), which spelling keys link forms of one name
(:func:`variant_keys`: hyphens, Latin plurals, British spellings, a leading "the"), and why two similar names must
not merge (:func:`contrast_reason`: left/right, hyper-/hypo-, a differing number or letter, one name the other plus a
modifier, swapped heads ...).  The resolver itself (union-find, embeddings, canonical names) stays in ``resolve.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from proda.ids import normalize_name, singular
from proda.ingest.resolve_marks import mark_words

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
    if mark_words(a) != mark_words(b):
        return "marked symbol"  # "σ* bonding orbital" / "σ bonding orbital" (resolve_marks)
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
