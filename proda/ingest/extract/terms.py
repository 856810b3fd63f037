"""Termhood: which noun phrases name a concept, and which are fragments ("small amounts", "major player").

Why: a concept node is taught as a term ("define X"); a fragment made into a concept teaches nonsense.  A term
is a noun phrase of one to six words, without determiners, pronouns or vague quantifiers, whose head is not a
general-purpose noun standing alone ("amount", "example", "way").  The word lists are data
(``patterns/lexical.toml``), in general English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from proda.ingest.extract.arguments import term_of
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.heading_topics import instance_heading, topic_heading
from proda.ingest.extract.nonterms import book_apparatus, practising_person, symbol

MAX_TERM_WORDS = 6
_TIME_ADVERBS = {"today", "now", "nowadays", "then", "yesterday", "tomorrow", "again", "revisited"}
_DATED = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)\b|\d{4}s?\b|\d{2}s\b)")
_BAD_CHARS = re.compile(r"[()\[\]{};:!?\"“”]|^\W|\d{3,}")
# two words run together by a lost space ("SolutionThe"): lower case, then a capitalised word inside one token
_GLUED = re.compile(r"[a-z]{2}[A-Z][a-z]{2}")
# Zipf frequency (wordfreq, log10 per billion words) at or above which a word is everyday English: calibrated on the
# audit sheets ("variable" 4.1, "professionals" 4.2, "resources" 4.9 rejected; "kidneys" 3.5, "glucagon" 2.3 kept),
# with the recurrence each band needs set so that chemistry keeps >= 1.5 statements per chunk
COMMON_ZIPF = 4.0


def zipf(word: str) -> float:
    """Everyday frequency of one word (wordfreq's Zipf scale; 0 for unknown words)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


def common_phrase(name: str) -> bool:
    """Whether every content word of ``name`` is everyday English ("variable", "ordinary people", "water supplies")."""
    ws = [w.strip(",.'’") for w in re.split(r"[\s\-/]+", name) if w and w.lower() not in ("of", "and", "the", "a", "an")]
    return bool(ws) and all(zipf(w) >= COMMON_ZIPF for w in ws)


def mention_term(name: str, occurrences: int, vouched: bool) -> bool:
    """Whether a phrase found only as a statement endpoint (a "mention") is a term, not a word of the prose.

    ``vouched``: defined, in a glossary or in a heading of the text.  Otherwise a single everyday word must recur
    in its document (three times below Zipf 4.5, four below 5 as "resources", five above as "right", "training") and a phrase made
    only of everyday words at least twice; a one- or two-letter symbol ("Ro") is never a concept on a mention alone.
    """
    if not is_term(name):
        return False
    if vouched:
        return True
    if len(name.replace(" ", "")) <= 2:
        return False
    if not common_phrase(name):
        return True
    if len(name.split()) > 1:
        # measured: requiring two occurrences of every all-everyday phrase also dropped "chemical reaction" and
        # "rate law" in sections naming them once (a third of one chemistry slice's statements); only phrases
        # whose head word is itself among the most common words ("ordinary people") need to recur
        return occurrences >= 2 or zipf(name.split()[-1]) < COMMON_ZIPF + 1.5
    z = zipf(name)
    return occurrences >= (3 if z < COMMON_ZIPF + 0.5 else 4 if z < COMMON_ZIPF + 1 else 5)


def glued(text: str) -> bool:
    """Two words run together by a lost space or line ("Different TemperaturesA 360.0-g piece of rebar"): a heading
    spliced onto the sentence, whose grammar can no longer be read (audit round 4: a worked example's title and its
    first sentence stored as a definition); or a sentence run into the next one's first word past its closing quote
    ("as it ought to be.”Herbert", round 8: a quotation's end and its citation)."""
    return bool(_GLUED.search(text) or re.search(r"[a-z]{3}[A-Z]\s|[a-z][.!?][\"”’][A-Z][a-z]", text))


def is_term(name: str) -> bool:
    """Whether ``name`` reads as a term (see the module docstring)."""
    ws = name.split()
    if not ws or len(ws) > MAX_TERM_WORDS or _BAD_CHARS.search(name):
        return False
    low = [w.lower().strip(",.'’") for w in ws]
    if not any(c.isalpha() for c in name) or len(name) < 2 or _GLUED.search(name):
        return False
    if len(low[0]) < 3 and not ws[0].isupper() and len(ws) > 1 and not _greek_letter(ws[0]):
        return False  # "g of glycine": a unit symbol heading the phrase (a lone Greek letter names a kind: "β decay")
    stop = words("args.drop_det") | words("args.never") | words("terms.vague_modifiers") | words("args.quantity")
    # an acronym in capitals is a name, not the function word it spells ("US Constitution" is no "us": session 12
    # found 8 political-science frames dropped by it); the word lists are lower-case function words
    looked = ["" if len(w) > 1 and w.isupper() else lw for w, lw in zip(ws, low)]
    if looked[0] in stop or looked[-1] in stop:
        return False
    if any(w.isdigit() for w in low) or low[0] in ("term", "word", "concept", "phrase", "notion"):
        return False
    if any(_DATED.match(w) for w in low):
        return False  # "20th-century fascists", "1960s protesters": a period's people or events, not a term
    if any(w in ("and", "or", "but", "nor", "versus", "vs") for w in low):
        return False
    if any(w in words("terms.vague_modifiers") for w in low):
        return False
    if low[-1] in ("of", "and", "or", "to", "in", "for", "with", "by", "the", "a", "an"):
        return False
    generic = words("terms.generic_heads")
    head = low[-1] if "of" not in low else low[low.index("of") - 1]
    if "of" in low and _singular(head) in words("terms.container_heads"):
        return False
    if "of" in low and _singular(head) in words("terms.aspect_heads"):
        return False  # "idea of race", "essence of populism" (audit round 5), "transnational nature of religion"
        # (round 7): an aspect of the term, which is the object of "of"
    if "of" in low and _singular(head) in words("precision.topic_heads"):
        return False  # "properties of polar molecules" (a heading's topic), "name of binary compound" (a rule about
        # wording): about the term after "of", not a term (audit round 11)
    if low[-1] in _TIME_ADVERBS:
        return False  # "sociological theory today" (a heading, audit round 8): a topic at a time, not a term
    if _singular(head) in generic and len([w for w in low if w != "of"]) == 1:
        return False
    if all(_singular(w) in generic or w in stop or w == "of" for w in low):
        return False
    return True


def _greek_letter(word: str) -> bool:
    """One Greek letter ("α", "β", "π"): the name of a kind ("β particles", "π bond"), not a unit symbol; a Greek
    prefix inside a unit ("μg") is two characters and stays a unit."""
    import unicodedata

    return len(word) == 1 and unicodedata.name(word, "").startswith("GREEK")


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    """Heads too general to name an L1 term: ``terms.generic_heads`` and ``terms.change_heads`` (not for
    :func:`is_term`: "decrease" stays a statement's argument phrase)."""
    return words("terms.generic_heads") | words("terms.change_heads")


@lru_cache(maxsize=4096)
def _singular(w: str, irregular: bool = False) -> str:
    """A plural's singular, for looking a noun up in the word lists; with ``irregular``, a plural without "s"
    ("children", "women") by lemminflect (audit round 10: "young children" passed as an L1 term past
    ``generic_heads``' "child").  Only the L1 rules ask for it: as statement arguments "children" and "women" stay
    phrases (measured: :func:`is_term` refusing them cost a development KB of sociology 10 of 52 statements)."""
    if irregular and w.isalpha() and not w.endswith("s"):
        from lemminflect import getLemma

        return (getLemma(w, upos="NOUN") or (w,))[0]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def heading_term(doc) -> str:
    """A heading that is one noun phrase ("The Thyroid Gland", "Social Stratification") names a term."""
    toks = [t for t in doc if not t.is_punct]
    if not toks or len(toks) > MAX_TERM_WORDS + 1:
        return ""
    roots = [t for t in toks if t.head == t or t.head not in toks]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN"):
        return ""
    if any(t.pos_ not in ("NOUN", "PROPN", "ADJ", "ADP", "DET") or t.tag_ in ("WDT", "WP", "WRB")
           or (t.pos_ == "ADP" and t.lower_ != "of") for t in toks):
        return ""
    if all(t.pos_ == "PROPN" for t in toks) and not any(t.text.isupper() and len(t.text) > 1 for t in toks):
        return ""  # "Paula Hammond": a person's name heading a feature box, not a term
    if topic_heading(roots[0]) or instance_heading(doc):
        return ""  # "Calculation of Ionic Radii", "Unit Cells of Metals": a topic (audit round 15); "A formalism" (17)
    name = term_of(roots[0])
    inside = {t.i for o in doc if o.text == "(" for t in doc[o.i:next((c.i for c in doc[o.i:] if c.text == ")"), len(doc))]}
    colon = next((t.i for t in doc if t.text in (":", "—", "–")), len(doc))  # "Bond Strength: Covalent Bonds"
    whole = [t for t in toks if t.pos_ != "DET" and t.i not in inside and t.i < colon]
    if len(re.findall(r"[^\s\-/]+", name)) < len(whole):  # "Atrioventricular (AV) Node" is not "node" (audit
        keep = [t for t in doc[:colon] if t.i not in inside and t.text not in "()" and t.pos_ != "DET"]  # round 4): the
        name = re.sub(r"\s+", " ", "".join(t.text_with_ws for t in keep)).strip()  # whole name or none
    # title case ("The Thyroid Gland") says nothing about proper nouns: lower every word that is not an acronym
    name = re.sub(r"[A-Za-z][\w']*", lambda m: m.group(0) if m.group(0).isupper() and len(m.group(0)) > 1
                  else m.group(0)[:1].lower() + m.group(0)[1:], name)
    return name if is_term(name) else ""


def abbreviations(sent: Span) -> list[tuple[str, str]]:
    """("adrenocorticotropic hormone", "ACTH") for "adrenocorticotropic hormone (ACTH)": a term and its short form."""
    out = []
    doc = sent.doc
    for t in sent:
        if t.text == "(" and t.i + 2 < sent.end and doc[t.i + 2].text == ")":
            ab = doc[t.i + 1]
            prev = doc[t.i - 1] if t.i > sent.start else None
            if prev is None or not ab.text.isupper() or not 2 <= len(ab.text) <= 8 or prev.pos_ not in ("NOUN", "PROPN"):
                continue
            if prev.head.i > t.i + 2 and prev.head.pos_ in ("NOUN", "PROPN") and prev.dep_ in ("compound", "amod", "nmod"):
                continue  # "hypothalamic-pituitary-adrenal (HPA) axis": the phrase goes on past the parenthesis
            name = term_of(prev)
            initials = "".join(w[0] for w in re.split(r"[\s\-]+", name) if w).upper()
            caps = "".join(w[0] for w in name.split() if w[:1].isupper())  # "Non-Violent" gives one letter
            if len(caps) > 1 and caps == initials and caps != ab.text.upper():
                continue  # "the International Lesbian, Gay, Trans, and Intersex Association (ILGA)": a proper name
                # spells its short form; "Intersex Association" is its cut tail (read-back, sociology ch. 12)
            if is_term(name) and ab.text[0] == initials[:1]:
                out.append((name, ab.text))
    return out


def head_token(tok: Token) -> Token:
    """The noun a "the term X" phrase names: X (its apposition or compound), else the token itself."""
    if tok.lemma_.lower() in ("term", "word", "concept", "phrase", "notion"):
        for c in tok.children:
            if c.dep_ in ("appos", "compound", "npadvmod") and c.pos_ in ("NOUN", "PROPN", "ADJ"):
                return c
    return tok


# ----------------------------------------------------------------------------- L1 termhood (stored on the node)


def evaluative(word: str) -> bool:
    """A degree or evaluative adjective ("forceful", "deep", "limited"): listed in ``terms.degree_adjectives`` or
    ``terms.vague_modifiers``, or an adjective whose synthetic comparative is everyday English ("deeper", "larger":
    Zipf >= 3 in wordfreq, so the adjective is gradable and describes rather than classifies)."""
    w = word.lower()
    if w in words("terms.degree_adjectives") or w in words("terms.vague_modifiers"):
        return True
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(w)
    if w.endswith("ing") and set(lemmas) == {"VERB"}:
        return True  # "changing family", "growing concern": a participle describes a state, it does not classify
    if "ADJ" not in lemmas or "NOUN" in lemmas:
        return False
    return any(f.endswith("er") and zipf(f) >= 3.0 for f in getInflection(w, "JJR"))


def recurring_term(name: str, docs: int, sections: int = 0) -> bool:
    """Whether a phrase that only occurs as a statement argument is a term by recurrence alone.

    Never a prepositional description ("tension on the chordae tendineae", "levels of calcium ions", "left of
    sternum"), never a phrase opened by a degree adjective ("rapid weight gain") or headed by a general-purpose
    noun ("lateral side", "concentration changes", "societal issues"), never a bare everyday noun ("data",
    "device", "value"); otherwise the text must name a phrase with rare vocabulary in two documents (sections of a
    book) or under three headings, and a phrase of everyday words in three documents ("city centers" in one
    example stays an argument).
    Measured on the round-2 audit sheets (benchmarks/termhood_dev.py): recurrence under one section's headings
    kept "signaling" and "lateral side" as terms; documents are the book's own sections.
    """
    low = [w.lower() for w in name.split()]
    if not low or any(w in ("of", "on", "in", "at", "to", "for", "from", "with", "by") for w in low):
        return False
    if not plain_name(name):
        return False
    if all(w[:1].isupper() for w in name.split()) and not name.isupper():
        return False  # "United States", "Lydia Bean": a proper name recurs because the story goes on
    if population(name):
        return False
    if len(low) == 1 and (_singular(low[0]) in words("terms.people_nouns") or practitioner(low[0])):
        return False  # "husbands", "sociologists": the people the prose talks about (audit round 6)
    if common_phrase(name):
        return docs >= 3 or (docs >= 2 and sections >= 3)
    if len(low) == 1 and zipf(name) >= COMMON_ZIPF - 0.5 and not name.isupper():
        # a single word is everyday from Zipf 3.5 (as for ``free`` in :func:`l1_term`) and needs three headings:
        # "visibility", "sensitivity", "adolescents", "nickel" named in two sections were rejected (audits rounds
        # 4-6); "migrants" under three headings of one document, "dependence" in three documents kept
        return docs >= 3 or sections >= 3
    return docs >= 2 or sections >= 3


def population(name: str) -> bool:
    """A people named by a capitalised origin or creed and a noun of members ("Native American tribes", "Catholic
    voters", "Asian American women"; ``terms.population_heads``, ``terms.people_nouns``): the
    prose describes a group in its examples, a teacher does not take it for a term of the subject (audit round 10).
    "Schwann cells", "Lewis acids" are not people."""
    ws = name.split()
    head = _singular(ws[-1].lower(), irregular=True) if ws else ""
    return len(ws) > 1 and ws[-1].islower() and all(w[:1].isupper() for w in ws[:-1]) and \
        (head in words("terms.population_heads") or head in words("terms.people_nouns"))


# a discipline's combining form before "-er" naming its practitioner ("astronomer"/"astronomy", "geographer"); other
# "-er" nouns map to nonsense ("counter" -> "county") and an instrument in "-meter" is a thing ("spectrometer")
_PRACTICE_ER = ("grapher", "nomer", "sopher", "loger")


def practitioner(word: str) -> str:
    """The discipline or doctrine whose practitioners or adherents ``word`` names ("sociologists" -> "sociology",
    "libertarians" -> "libertarianism", "astronomers" -> "astronomy"), found by wordfreq; "" for other words ("wrist",
    "catalyst", "dentist").
    The term a teacher accepts is the discipline or doctrine; its people recur because the prose cites them."""
    w = word.lower()
    s = w[:-1] if w.endswith("s") else w
    if len(s) < 6 or not s.isalpha():
        return ""
    if len(s) < 7:  # a stem of three letters makes a word of anything: "median" -> "medics" (review)
        return ""
    stems = [s[:-3] + x for x in ("ism", "y", "ics")] if s.endswith("ist") else \
        [s + "ism", s[:-3] + "y", s[:-3] + "ics"] if s.endswith("ian") else \
        [s[:-2] + "y"] if s.endswith(_PRACTICE_ER) else []  # "astronomers" -> "astronomy" (audit round 15)
    return next((c for c in stems if zipf(c) >= 2.0), "")


def plain_name(name: str) -> bool:
    """Not a bare everyday noun ("data", "drugs"), not opened by a degree adjective ("rapid weight gain"), not a
    general-purpose head with one plain modifier ("lateral side", "societal issues"; "fight-or-flight response"
    and "long-term stress response" are names), not a look and a form of matter ("colorless liquid"), not a position
    and a part noun ("inner surface", "lateral wall": a place on something else), not one instance of a thing
    ("single axon", "isolated atoms")."""
    low = [w.lower() for w in name.split()]
    if not low:
        return False
    if len(low) > 1 and evaluative(low[0]):
        return False
    if len(low) == 2 and "-" not in low[0] and _singular(low[-1], irregular=True) in _generic():
        return False
    if len(low) == 1 and _singular(low[0]) in words("terms.change_heads"):
        return False  # "decreases": a direction of change, however often the prose names one
    if len(low) > 1 and low[0] in words("terms.instance_adjectives"):
        return False  # "single axon", "isolated atoms": one instance of a thing, not a kind (audit rounds 11, 13)
    if len(low) == 2 and low[0] in words("terms.position_adjectives") and \
            _singular(low[1]) in words("terms.part_nouns"):
        return False  # "inner surface", "lateral wall": a place on something else (audit round 12)
    if len(low) == 2 and low[0] in words("terms.appearance_adjectives") and \
            _singular(low[1]) in words("terms.matter_forms"):
        return False  # "colorless liquid", "white powder": how a substance looks (audit round 10), not its name
    if "of" in low[1:] and _singular(low[low.index("of") - 1]) in words("terms.generic_heads") | {"cause"}:
        return False  # "causes of collective dilemmas", "effect of temperature": a relation, not a name
    return not (len(low) == 1 and zipf(low[0]) >= COMMON_ZIPF and not name.isupper())


_ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XX)$")


def lowered_proper(name: str) -> bool:
    """A proper name whose capitals a heading lost: a Roman numeral or dotted initials beside lower-case words
    ("world war II veterans", "u.s. healthcare", audits rounds 5-6) is an event's or a country's people or things,
    a named example, not a term (and its lower-cased spelling is wrong)."""
    ws = name.split()
    numbered = set(words("terms.numbered_nouns"))  # "type II diabetes", "photosystem II", "factor VIII": names
    return len(ws) > 1 and any((_ROMAN.match(w) and not (k and ws[k - 1].lower() in numbered))
                               or re.fullmatch(r"(?:[a-z]\.){2,}", w) for k, w in enumerate(ws)) and \
        any(w.islower() for w in ws)


def named_body(name: str) -> bool:
    """A capitalised name of one organisation or programme ("World Health Organization", "Population Reference
    Bureau"; ``precision.institution_heads``): the prose names it as an example or a source, it is no term of the
    subject (audit round 11 reading; "Liberal Party" in an earlier hand-read), even where it gives an abbreviation.
    ``l1_term`` applies it only to names the text neither defines nor lists in its glossary (review R13): a body the
    book defines ("Electoral College", "National Security Council") is one of its terms; round 9's judges accepted
    "Liberal Party" with its defining "is called" sentence."""
    ws = [w for w in name.split() if w.lower() not in ("of", "for", "and", "the", "on", "in", "to")]
    return len(ws) >= 2 and all(w[:1].isupper() for w in ws) and \
        _singular(ws[-1].lower()) in words("precision.institution_heads")


def named_in_passing(name: str, ev: dict) -> bool:
    """A proper name of two or more words, every content word capitalised ("Kentucky Fried Chicken", "TACO PAC",
    "Southern Christian Leadership Conference"), that the book names under one heading only (``sections``; judged
    only where the counts were made): a company, group or programme the prose names as an example, however it
    gives an abbreviation or another name for it (audit rounds 11 and 13).  The caller lets a definition, the
    glossary or a heading keep it; one named across sections ("European Union", "Voting Rights Act") is left to the
    other rules."""
    if "sections" not in ev or int(ev.get("sections") or 0) > 1:
        return False
    ws = [w for w in name.split() if w.lower() not in ("of", "for", "and", "the", "on", "in", "to", "&")]
    return len(ws) >= 2 and all(w[:1].isupper() for w in ws)


def l1_term(name: str, ev: dict) -> bool:
    """Whether a Concept node is an L1 concept (a term a teacher accepts) given its stored evidence ``ev``.

    ``ev``: ``glossary``, ``defined`` (a sentence defines it), ``heading``, ``abbreviation``, ``named`` (the text
    gives it another name), ``person`` (spaCy NER: a person's name is never a concept), ``docs`` (how many
    documents name it) and ``free`` (chunks where it stands alone, not inside a longer name: an everyday single
    word, Zipf >= 3.5, that stands alone in under a fifth of its chunks is not a term by recurrence).
    """
    if ev.get("person"):
        return False
    if ev.get("glossary"):
        return True
    if book_apparatus(name) or symbol(name):
        return False  # "preface", "the present subsection", "x3", "time t" (audit round 17, nonterms.py)
    if not is_term(name) or (named_body(name) and not ev.get("defined")):
        return False  # a body the text defines ("Electoral College" with its definition) is one of its terms
    if named_in_passing(name, ev) and not ev.get("defined") and not ev.get("heading"):
        return False  # "Kentucky Fried Chicken (KFC)" in one feature box: an example, not a term
    if ev.get("defined") or ev.get("abbreviation"):
        # "essential norm—a generally accepted rule ...": the sentence defines "norm", the degree word is the prose's
        return not (len(name.split()) > 1 and name.split()[0].lower() in words("terms.judging_name_words"))
    if lowered_proper(name) or practising_person(name):
        return False  # "applied mathematician" named in passing: a person, no term (round 17, nonterms.py)
    if ev.get("heading") and plain_name(name):  # "Changing Family" heads a section about families
        return True
    if ev.get("named") and plain_name(name):  # "drugs, also called ACE inhibitors" names the inhibitors
        return True
    if len(name.split()) == 1 and ev.get("free") is not None and zipf(name) >= COMMON_ZIPF - 0.5 and \
            int(ev.get("free") or 0) * 5 < int(ev.get("chunks") or 0):
        return False  # "node" stands in "SA node", "AV node"; "signaling" in "signaling molecules" (audit round 5);
        # a phrase may take modifiers ("public approval rating", "resting cardiac output") and stays one; a rare word
        # ("defibrillator" of "automated external defibrillator", "arteries") is the subject's own (anatomy ch. 19)
    return recurring_term(name, int(ev.get("docs") or 0), int(ev.get("sections") or 0))
