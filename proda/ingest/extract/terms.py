"""Termhood: which noun phrases name a concept, and which are fragments ("small amounts", "major player").

Why: a concept node is taught as a term ("define X"); a fragment made into a concept teaches nonsense.  A term
is a noun phrase of one to six words, without determiners, pronouns or vague quantifiers, whose head is not a
general-purpose noun standing alone ("amount", "example", "way").  The word lists are data
(``patterns/lexical.toml``), in general English.  This module reads a phrase while a chunk is extracted; whether a
stored Concept node is an L1 term, on the book's counts, is :mod:`l1_terms`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from proda.ingest.extract.arguments import term_of
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.heading_topics import instance_heading, topic_heading
from proda.ingest.extract.tech_tokens import whole_shape

MAX_TERM_WORDS = 6
_TIME_ADVERBS = {"today", "now", "nowadays", "then", "yesterday", "tomorrow", "again", "revisited"}
_DATED = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)\b|\d{4}s?\b|\d{2}s\b)")
_BAD_CHARS = re.compile(r"[()\[\]{};:!?\"“”]|^\W|\d{3,}")
# two words run together by a lost space ("SolutionThe"): lower case, then a capitalised word inside one token
_GLUED = re.compile(r"[a-z]{2}[A-Z][a-z]{2}")
_CALL = re.compile(r"(?<=\w)\(\)")  # a name with its empty call brackets, one token of the parse
# Zipf frequency (wordfreq, log10 per billion words) at or above which a word is everyday English: calibrated on the
# audit sheets ("variable" 4.1, "professionals" 4.2, "resources" 4.9 rejected; "kidneys" 3.5, "glucagon" 2.3 kept),
# with the recurrence each band needs set so that chemistry keeps >= 1.5 statements per chunk
COMMON_ZIPF = 4.0


def file_path(word: str) -> bool:
    """A whole file path as the parse keeps it in one token (``patterns/tokens.toml``): "/etc/shadow",
    "/usr/share/munin/plugins/", "~/notes/a.txt", "./configure/" -- a root, home or current folder and at least one
    more "/".  Why: a path names one file, however everyday its words ("etc", "shadow"); its opening "/" is no stray
    punctuation (session 27: "the encrypted password is stored in /etc/shadow" was dropped as no term).  A lone "/",
    "/etc" or "and/or" is none."""
    return bool(whole_shape().fullmatch(word))


def zipf(word: str) -> float:
    """Everyday frequency of one word (wordfreq's Zipf scale; 0 for unknown words)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


def common_phrase(name: str) -> bool:
    """Whether every content word of ``name`` is everyday English ("variable", "ordinary people", "water supplies")."""
    ws = [w.strip(",.'’") for w in re.split(r"[\s\-/]+", name) if w and w.lower() not in ("of", "and", "the", "a", "an")]
    return bool(ws) and all(zipf(w) >= COMMON_ZIPF for w in ws)


def counted_point(name: str) -> bool:
    """A name that opens on an ordinal ([terms] naming_ordinals) whose rest is everyday words ("The second priority
    is ...") or a noun of the items a text counts off ("The second parameter is ...", [terms] counted_items): the
    text counts its own points or the items of a list the reader has in front of them, not a term of the subject;
    an ordinal names a part only of a subject's own vocabulary ("the third ventricle", "the second messenger";
    POV-Ray tutorial, session 46: "The second parameter is the overall color of the media" taught as a
    definition)."""
    rest = name.split(" ", 1)[-1]
    return name.split()[0].lower() in words("terms.naming_ordinals") and (
        common_phrase(rest) or rest.lower() in words("terms.counted_items"))


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
    if not common_phrase(name) or any(file_path(w) for w in name.split()):
        return True  # a path ("/etc/shadow") names one file, not a word of the prose
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


def is_term(name: str, named: bool = False) -> bool:
    """Whether ``name`` reads as a term (see the module docstring).

    ``named``: the book itself gives this name (a naming verb's name, a defined subject): it may open with a
    classifying word of ``terms.naming_modifiers`` ("actual yield", "primary deviance", "common iliac artery"),
    never end with one nor hold two ("first major function"), and the rest must still be a term ("first step" stays
    a generic head with an ordinal).
    """
    ws = name.split()
    # a phrase opening with a whole path ("/etc/passwd file") is read past it: its "/" is no stray punctuation
    read = name[len(ws[0]):].strip() if ws and file_path(ws[0]) else name
    read = _CALL.sub("", read)  # "the float.hex() method": a call's "()" is no stray bracket (tech_tokens)
    if not ws or len(ws) > MAX_TERM_WORDS or _BAD_CHARS.search(read):
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
    classifying = words("terms.naming_modifiers") if named and len(ws) > 1 else frozenset()
    if (looked[0] in stop and looked[0] not in classifying) or looked[-1] in stop:
        return False
    if any(w.isdigit() for w in low) or low[0] in ("term", "word", "concept", "phrase", "notion"):
        return False
    if any(_DATED.match(w) for w in low):
        return False  # "20th-century fascists", "1960s protesters": a period's people or events, not a term
    if len(ws) > 1 and ws[0][:1].isupper() and low[0] in words("terms.calendar_names") and \
            all(w == w.lower() for w in ws[1:]):
        return False  # "September number": a month's figure in the text (round 22), not a term
    if any(w in ("and", "or", "but", "nor", "versus", "vs") for w in low):
        return False
    if any(w in words("terms.vague_modifiers") and w not in classifying for w in low[:-1]) or \
            low[-1] in words("terms.vague_modifiers") or sum(w in classifying for w in low) > 1:
        return False  # "first major function": a rank on a rank is the text's enumeration, no name
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


def bare_verb(word: str) -> bool:
    """A verb's base form that lemminflect's lexicon knows as no noun or adjective ("excrete", "inhibit", "secrete";
    not "run", "rate", "fixed", "resting").  The lexicon misses some adjectives ("complete control", "select leaders"
    were dropped as statement arguments when :func:`is_term` asked it), so only a reader that also sees the parse
    go wrong asks it (:func:`proda.ingest.extract.definition_glosses._gloss`)."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    return set(lemmas) == {"VERB"} and lemmas["VERB"] == (word,) and not word.endswith(("ing", "ed"))


def _greek_letter(word: str) -> bool:
    """One Greek letter ("α", "β", "π"): the name of a kind ("β particles", "π bond"), not a unit symbol; a Greek
    prefix inside a unit ("μg") is two characters and stays a unit."""
    import unicodedata

    return len(word) == 1 and unicodedata.name(word, "").startswith("GREEK")


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


_SECTION_NUMBER = re.compile(r"^\s*(?:(?:[A-Z]\.\d{1,3}(?:\.\d{1,3})*|\d{1,3}(?:\.\d{1,3})+)\.?|\d{1,2}\.?)\s+(?=\S)")


def heading_text(heading: str) -> str:
    """A heading without its section number ("15.3.2 Building disambiguators" -> "Building disambiguators"), as
    :func:`heading_term` reads it.  Why: manuals written by makeinfo or Sphinx number every heading, and the number
    either became part of the term ("15.3.2 building disambiguators", round 36's concepts) or, tagged as a numeral,
    kept the heading's term out ("21.6 Diphone selection").  A year ("1968 Protests") is no section number."""
    return _SECTION_NUMBER.sub("", heading, count=1)


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
    # title case ("The Thyroid Gland") says nothing about proper nouns: lower every word written in title case; an
    # acronym or a word with capitals inside ("ACKed", "GenBank", "pH") is written so on purpose and kept (round 37:
    # "TCP ACKed unseen segment" had become "TCP aCKed unseen segment")
    name = re.sub(r"[A-Za-z][\w']*", lambda m: m.group(0)[:1].lower() + m.group(0)[1:]
                  if m.group(0)[1:] == m.group(0)[1:].lower() else m.group(0), name)
    low = name.lower().split()
    if low and (low[0] in words("terms.heading_list_adjectives")
                or len(low) == 1 and low[0] in words("terms.heading_labels")
                or len(low) > 1 and low[-1] in words("terms.heading_label_heads")):
        return ""  # "Available drivers": a list of what there is; "Analogy: ...", "WARNING": a kind of passage
    return name if is_term(name) else ""


def text_cased(name: str, text: str) -> str:
    """``name`` (a heading's, lowered by :func:`heading_term`) as ``text`` writes it where no sentence starts, when
    the text never writes it in lower case: "atlantis" -> "Atlantis", "northern league" -> "Northern League".
    Why: a title's capitals say nothing about proper nouns, the running text's do; a proper noun made lower case
    ("morocco", round 19) hides from termhood's place and person checks.  A name the text writes in lower case, or
    capitalises only at a sentence start ("Glaciers move ..."), or does not write at all, stays as it is.  Only
    running prose counts: a line with no word in lower case before the name is a title ("The Action Potential",
    "Figure 3 The Process of Aging") and capitalises every word."""
    from proda.ingest.termhood_case import opens_sentence

    forms = [(m.group(0), m.start()) for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, re.I)]
    if any(f == name.lower() for f, _ in forms):
        return name
    inside = [f for f, at in forms if not opens_sentence(text, at) and
              any(w not in _TITLE_SMALL for w in _LOWER.findall(text[text.rfind("\n", 0, at) + 1:at]))]
    return max(inside, key=inside.count) if inside else name


# a word opening in lower case, other than the small words a title keeps in lower case ("Sympathetic and
# Parasympathetic Effects of Drugs"): the line is running text, no title
_LOWER = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
_TITLE_SMALL = frozenset("a an the and or nor but of in on at to for by with from as into via vs versus".split())


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
