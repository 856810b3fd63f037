"""Argument phrases of a dependency frame: whole noun phrases, the term each is about, pronoun antecedents.

Why apart from :mod:`frames`: the same phrase rules serve statements, definitions and termhood.  An argument
is its head noun with its left modifiers and its "of"/prepositional attachments (never a relative clause,
apposition or parenthesis); :func:`term_of` is the concept it is about, without determiners or vague words; a
copula's object is read whole with its restriction (:func:`copula_object`).  Which noun a pronoun or a clause
belongs to, and number agreement, are :mod:`antecedents`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.antecedents import _resolve
from proda.ingest.extract.argument_counts import counted, suspended_cut
from proda.ingest.extract.argument_cuts import identifier_tail
from proda.ingest.extract.argument_phrases import (NOUNISH, _completed_object, _completed_pobj, _restricted_subject,
                                                   _whole_phrase)
from proda.ingest.extract.argument_wholes import hyphen_word
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.name_compounds import DASHES, dash_joined, hyphen_tail
from proda.ingest.extract.named_relation import relation_named
from proda.ingest.extract.only_lists import subject_limit
from proda.ingest.extract.shared_modifiers import shared_noun

MAX_ARG_WORDS = 14

_MODS = {"compound", "amod", "nmod", "nummod", "poss", "quantmod", "npadvmod", "det", "predet", "advmod"}


def _prep_to(t: Token) -> bool:
    """ "to" that the parser made the infinitive marker of a word the tagger read as a noun (NN, NNS): "moved from A
    to market socialism" parsed "to market" as a verb (audit round 18).  The "to" is the preposition of the verb
    before it, no word of the noun phrase a relative clause is about."""
    return t.dep_ == "aux" and t.tag_ == "TO" and t.head.tag_ in ("NN", "NNS")


def from_to_noun(h: Token) -> Token | None:
    """The noun-tagged word the parser took for the verb of "to X" with ``h`` its object, when the governing verb
    has its own "from" before it ("moved from central planning to market socialism": "market", the first word of
    "market socialism"); a purpose infinitive ("developed to record transactions") has no "from"."""
    m = h.head
    if h.dep_ != "dobj" or m.i != h.i - 1 or m.tag_ not in ("NN", "NNS") or m.dep_ != "xcomp" or \
            not any(_prep_to(c) and c.i == m.i - 1 for c in m.children):
        return None
    return m if any(c.dep_ == "prep" and c.lower_ == "from" and c.i < m.i for c in m.head.children) else None


def arg_tokens(h: Token, depth: int = 0) -> set[Token]:
    """The head, its left modifiers, and its "of"/prepositional attachments (not relative clauses, appositions)."""
    out = {h}
    first = from_to_noun(h)
    if first is not None:  # "to market socialism" misread as "to market" + object
        out |= {t for t in first.subtree if t.i < h.i and not _prep_to(t)}
    drop = words("args.drop_det")
    coordinated = any(c.dep_ == "conj" for c in h.children)
    for c in h.children:
        if c.i < h.i and c.dep_ in _MODS:
            if c.dep_ in ("det", "poss") and c.lower_ in drop:
                continue
            if coordinated and (c.lower_ in ("both", "either") or subject_limit(c)):
                continue  # "both bradycardia and other arrhythmias" split: "both" belongs to the coordination
            if c.dep_ == "poss" and c.pos_ == "PRON":
                continue
            if c.dep_ == "advmod" and " ".join(t.lower_ for t in c.subtree) in words("args.edge_adverb_phrases"):
                continue  # ", as well the political economy": adds the noun, does not modify it (audit round 16)
            out |= {t for t in c.subtree if not (t.dep_ in ("det", "poss") and t.lower_ in drop)
                    and t.text not in "()[],;"}
        elif c.dep_ == "punct" and c.text in ("-", "/") and c.i < h.i:
            out.add(c)
        elif c.dep_ == "punct" and c.i < h.i and any(ch.isalpha() for ch in c.text) and c.i > h.left_edge.i:
            out.add(c)  # a name the tagger took for a symbol ("the simple little globins4.sto alignment"): left out,
            # the argument named every alignment (session 45's sample of the PDF books)
        elif c.dep_ in ("nummod", "appos") and c.i == h.i + 1 and c.like_num and not list(c.children):
            out.add(c)  # "Article 5 of the NATO Treaty": not "article of NATO Treaty" (audit round 7; arg_at drops numbers);
            # the parser also reads the label as an apposition ("The terminal 15 can measure ...": not "terminal")
        elif c.dep_ == "prep" and any(g.dep_ == "neg" for g in c.children):
            continue  # ", not in other handlers": what the noun excludes, never a part of it (blind round 39)
        elif depth == 0 and c.dep_ == "prep" and c.i > h.i and (_restricted_subject(h, c) or _completed_object(h, c)
                                                                      or _completed_pobj(h, c)):
            out |= _whole_phrase(c)
        elif c.dep_ == "prep" and c.i > h.i and depth < 2 and (c.lower_ == "of" or (depth == 0 and c.lower_ in words("args.attach_preps"))):
            pobj = [x for x in c.children if x.dep_ == "pobj"]
            if pobj and pobj[0].pos_ in NOUNISH - {"PRON"}:
                inner = arg_tokens(pobj[0], depth + 1)
                cjs = conjuncts_of(pobj[0])[1:]
                if cjs:  # "release of ADH and oxytocin": the whole coordination, when short and contiguous
                    a, b = min(t.i for t in inner), max(t.i for t in cjs[-1].subtree)
                    span = pobj[0].doc[a:b + 1]
                    if b - a < 8 and not any(t.text in "()[];" for t in span):
                        inner = set(span)
                out |= {c} | inner
    return out


def _parted_from_verb(h: Token, toks: set[Token]) -> bool:
    """A subject with its restricting phrase that one lone comma parts from its own verb ("..., flood into lower
    Manhattan, set up tents": a verb read as a noun in a list of verbs): English puts no single comma between a
    subject and its verb, so the parse is wrong and the phrase no subject (S16-A)."""
    if not any(c in toks and _restricted_subject(h, c) for c in h.children):
        return False
    doc, end = h.doc, max(t.i for t in toks)
    return end + 2 < len(doc) and doc[end + 1].text == "," and (
        doc[end + 2] == h.head or (doc[end + 2].head == h.head and doc[end + 2].dep_ in ("aux", "auxpass")))


def in_parens(t: Token) -> bool:
    """Inside a parenthesis of its sentence: "(metacarpophalangeal)" glosses, it is not part of the phrase."""
    for u in reversed(t.doc[t.sent.start:t.i]):
        if u.text == ")":
            return False
        if u.text == "(":
            return u.i != t.i - 1 or t.text != ")"  # the empty "()" of a call, "now()", is the name's
    return False


def arg_text(toks: set[Token]) -> str:
    """The words of ``toks`` in order, a bracketed aside left out (unless that is all there is)."""
    ts = sorted((t for t in toks if not in_parens(t)), key=lambda t: t.i) or sorted(toks, key=lambda t: t.i)
    s = "".join(t.text_with_ws if i + 1 < len(ts) and ts[i + 1].i == t.i + 1 else t.text + " "
                for i, t in enumerate(ts)).strip()
    first = ts[0]
    # (a word with capitals inside, "NaN", "GenBank", "iOS", is written so on purpose: round 37's "aCKed")
    if first.is_sent_start and first.pos_ != "PROPN" and not first.text.isupper() and s[:1].isupper() \
            and not any(ch.isupper() for ch in first.text[1:]):
        s = s[0].lower() + s[1:]
    return s


def _quantity(toks: set[Token]) -> str:
    q = words("args.quantity")
    for t in sorted(toks, key=lambda t: t.i):
        if t.lower_ in q and t.dep_ in ("det", "amod", "advmod", "quantmod", "nummod", "predet"):
            return t.lower_
    return ""


def term_of(h: Token, named: bool | str = False) -> str:
    """The term an argument is about: head noun with its compound/adjective modifiers, plus a short "of" phrase.

    Vague quantifiers and evaluative adjectives are left out here (they stay in the statement's argument text);
    :mod:`proda.ingest.extract.terms` decides whether what remains is a term.  ``named``: ``h`` is a name the book
    gives (a naming verb's name; ``"subject"``: the subject a genus-and-differentia sentence defines), whose
    classifying word ``terms.naming_modifiers`` is part of it ("is called the actual yield" names "actual yield", not
    "yield") -- unless the noun takes an "of" phrase, whose relation the word grades ("common causes of acidosis",
    "the actual distribution of electrons"), or a size or rank word (``terms.naming_sizes``) stands under "a"/"an"
    ("referred to as a major crash": one case described) or, on a defined subject, without "the" ("Large anions are
    a component of ...": a kind of anion described; "The great saphenous vein is ..." names one), or the word
    named is no noun or one of a list ("described as primary sensory or motor areas": "primary sensory" names nothing).
    A named phrase keeps a hyphenated participle ("voltage-gated channel") and the half after a dash
    ("accommodation–convergence reflex"): :mod:`proda.ingest.extract.name_compounds`.
    """
    if named and (tail := dash_joined(h)) is not None:  # "the accommodation–convergence reflex": one name
        return f"{term_of(h)}{h.doc[h.i + 1].text}{term_of(tail)}"
    vague = words("terms.vague_modifiers") | words("args.quantity")
    if named and h.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "conj"
                                                          for c in h.children):
        keep = words("terms.naming_modifiers")
        dets = {c.lower_ for c in h.children if c.dep_ == "det"}
        if dets & {"a", "an"} or (named == "subject" and "the" not in dets):
            keep -= words("terms.naming_sizes")
        vague -= keep
    toks = {h}
    left = [c for c in h.children if c.i < h.i and c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in vague
            and c.tag_ not in ("JJS", "JJR", "RBS", "RBR")]  # "smallest particles" is about particles
    for c in left:
        if hyphen_word(c, bool(named)):
            toks |= set(c.subtree)  # "index-only scans", "follicle-stimulating hormone": one word (argument_wholes)
            continue
        if any(t.lower_ in vague or t.pos_ in ("PUNCT", "DET", "VERB", "ADV") and t.text not in "-/" and
               not (named and t == c and hyphen_tail(c)) for t in c.subtree):
            continue  # a participle describes ("increased pressure"); a name's hyphenated one is part of a word
            # ("is called a voltage-gated channel", name_compounds)
        toks |= set(c.subtree)
    toks |= {c for c in h.children if c.dep_ == "punct" and c.i < h.i and
             (c.text == "-" or named and c.text in DASHES and not c.whitespace_ and not h.doc[c.i - 1].whitespace_)}
    # keep the contiguous run ending at the head (a gap means a dropped vague word in between)
    run = [h]
    for t in reversed(list(h.doc[min(t.i for t in toks):h.i])):
        if t in toks and t.i == run[-1].i - 1:
            run.append(t)
        else:
            break
    toks = set(run)
    for c in h.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == h.i + 1:
            pobj = [x for x in c.children if x.dep_ == "pobj"]
            if pobj and pobj[0].pos_ in ("NOUN", "PROPN"):
                inner = term_of(pobj[0])
                if inner and len(toks) + 1 + len(inner.split()) <= 5 and not any(x.dep_ == "conj" for x in pobj[0].children):
                    return f"{arg_text(toks)} of {inner}"
    return arg_text(toks)


def conjuncts_of(h: Token) -> list[Token]:
    """``h`` and the tokens coordinated with it ("A, B and C" -> [A, B, C])."""
    out, todo = [], [h]
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj" and c.pos_ == t.pos_ or (c.dep_ == "conj" and c.pos_ in NOUNISH and t.pos_ in NOUNISH)]
    return out


class Arg:
    """An argument: its head token, its text, the term it is about, a quantity word, plural or not, its tokens."""

    def __init__(self, head: Token, text: str, term: str, quantity: str, plural: bool, toks: set[Token]):
        self.head, self.text, self.term, self.quantity, self.plural, self.toks = head, text, term, quantity, plural, toks


def arg_at(h: Token, sent: Span, antecedent: bool = False) -> Arg | None:
    """The argument phrase headed by ``h``.  ``antecedent``: ``h`` is the antecedent a relative clause is about, so a
    "to" the parser hung on its noun (:func:`_prep_to`: "... to market socialism, which allows ...") belongs to the
    verb before it, not to the clause's subject (as the object of that verb it stays: "moved to market socialism")."""
    if in_parens(h):
        return None  # "(Roberts, Foehr, and Rideout 2005)": a citation or gloss is not an argument
    if h.pos_ == "PRON" or h.lower_ in words("args.never"):
        h2 = _resolve(h, sent)
        if h2 is None:
            return None
        toks = arg_tokens(h2)
        tail = identifier_tail(toks)  # "the GRASS command d.rgb ... . It assigns ...": the name is the antecedent's
        if tail is None:  # (a class noun without it names every command: blind round 28)
            return None
        toks |= set(tail)
        if any(t.like_num or t.pos_ == "NUM" for t in toks):
            return None  # "The two unit cells ..., but they describe ...": the antecedent counts the page's items
        return Arg(h2, arg_text(toks), term_of(h2), _quantity(toks), h2.tag_ in ("NNS", "NNPS"), {h})
    if h.pos_ not in NOUNISH or h.like_num:
        return None
    named = relation_named(h)  # "the reciprocal process, freezing,": the name; without one, refused
    if named is not False:
        if named is None:
            return None
        h = named
    toks = arg_tokens(h)
    if antecedent:  # ("only" restricts the antecedent to the verb before it, not in the relative clause's claim)
        focus = words("args.antecedent_focus")
        toks = {t for t in toks if not _prep_to(t) and not (t.lower_ in focus and t.i < h.i and t.head.i == h.i)}
    tail = identifier_tail(toks)  # "enabled with semodule [-e]": the name the parser hung on the verb
    if tail is None:
        return None
    toks |= set(tail)
    text = arg_text(toks)
    if _parted_from_verb(h, toks):
        return None
    if len(text.split()) > MAX_ARG_WORDS or not any(c.isalpha() for c in text):
        return None
    if any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in toks if t.i != h.i):
        return None  # a finite verb inside a noun phrase: the parse ran two clauses together
    if any(counted(t) for t in toks) or any(c.isdigit() for c in text):
        return None  # "two blue spheres", "19.91 g": the numbers of a worked example, not a general fact
    if suspended_cut(toks):
        return None
    return Arg(h, text, term_of(h), _quantity(toks), h.tag_ in ("NNS", "NNPS"), toks)


def args_at(h: Token, sent: Span) -> list[Arg]:
    """One argument per conjunct; a quantifier on the first conjunct goes to the others that have no determiner of
    their own: "many people and nations have not ..." says it of many nations, not of nations (review R13 #1)."""
    cjs = conjuncts_of(h)
    out = [(c, arg_at(c, sent)) for c in cjs]
    q = next((c for c in h.children if c.i < h.i and c.dep_ in ("det", "amod", "predet", "nummod")
              and c.lower_ in words("args.shared_quantifiers")), None)
    if q is not None and len(cjs) > 1:
        lead = h.doc[q.i - 1:q.i + 1].text.lower() if q.i > 0 and h.doc[q.i - 1].lower_ == "a" else q.lower_
        degree = q.tag_ in ("JJR", "RBR")  # "less", "more", "fewer": a degree, not a share of the others
        for k, (c, a) in enumerate(out[1:], 1):
            if a is None or any(x.dep_ in ("det", "poss", "predet") or (x.dep_ in ("amod", "nummod")
                                and (x.lower_ in words("args.shared_quantifiers") or (degree and x.pos_ == "ADJ")))
                                for x in c.children if x.i < c.i):
                continue  # "some cells and the tissues": the second has its own; so has "less artifacts and
                # [smoother] appearance but [slower] rendering" its own degree (blind round 45: "less slower
                # rendering", "less smoother appearance", both a sign flipped)
            out[k] = (c, Arg(a.head, f"{lead} {a.text}", a.term, a.quantity or (q.lower_ if q.lower_ in
                      words("args.quantity") else ""), a.plural, a.toks))
    return [a for _, a in _with_shared_nouns(out) if a is not None]


def _with_shared_nouns(out: list[tuple[Token, Arg | None]]) -> list[tuple[Token, Arg | None]]:
    """A bare adjective the parser made a conjunct of its own is read with the noun it shares with the last one:
    "Neural, endocrine, and autoregulatory mechanisms" -> "neural mechanisms" (:mod:`shared_modifiers`)."""
    args = {c.i: a for c, a in out}
    res = []
    for c, a in out:
        last = shared_noun(c) if a is not None else None
        la = args.get(last.i) if last is not None else None
        if la is None:
            res.append((c, a))
            continue
        first = min((m for m in last.children if m.dep_ in ("amod", "compound", "nmod") and m.i < last.i),
                    key=lambda m: m.i)
        cut = {t.i for t in first.subtree} | {m.i for m in last.children if m.dep_ in ("det", "poss", "predet")}
        rest = {t for t in la.toks if t.i not in cut and t.i > first.i}
        if not rest or last not in rest:
            res.append((c, a))
            continue
        word = c.lower_
        lead = arg_text({t for t in first.subtree}).lower()
        term = la.term[len(lead):].strip() if la.term.lower().startswith(lead) else la.term
        res.append((c, Arg(c, f"{word} {arg_text(rest)}", f"{word} {term}", a.quantity, la.plural, a.toks)))
    return res


def attr_clause(v: Token) -> Token | None:
    """A "that/which/who" clause the parse hung on the copula ``v`` (ccomp) right after its noun complement: the
    noun's own relative clause ("Direct purchase insurance is coverage [that an individual buys directly from a
    private company]", audit round 13, an object relative read as the copula's clause).  The clause is the noun's
    content: it belongs in the copula's object and makes no frame of its own (a restrictive relative gives none)."""
    if v.dep_ == "ccomp":
        v, c = v.head, v
        attr = next((a for a in v.children if a.dep_ == "attr"), None)
        return c if attr is not None and attr.pos_ in ("NOUN", "PROPN") and attr_clause(v) == c else None
    attr = next((a for a in v.children if a.dep_ == "attr"), None)
    if attr is None or attr.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in v.children if c.dep_ == "ccomp" and c.left_edge.i == attr.right_edge.i + 1
                 and c.left_edge.lower_ in ("that", "which", "who", "whom")), None)


def copula_object(attr: Token, v: Token | None = None) -> str | None:
    """A copula's object with its restriction ("rules that guide behavior"): "X is a Y" alone says too little.  A
    phrase the parse hung on the copula right after the object is the object's too ("is the diffusion of water
    [through a semipermeable membrane]", audit round 11: cut, the definition lost what makes it one)."""
    toks = [t for t in attr.subtree if not (t.dep_ == "conj" and t.head == attr)]
    if any(t.dep_ == "conj" and t.head == attr for t in attr.subtree):
        return None
    while toks and (toks[0].dep_ in ("det", "poss") and toks[0].lower_ in words("args.drop_det")):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    clause = attr_clause(v) if v is not None else None
    if clause is not None and toks and clause.left_edge.i == toks[-1].i + 1:
        toks += [t for t in clause.subtree]  # "coverage [that an individual buys ...]": the noun's own clause
        while toks[-1].is_punct:
            toks = toks[:-1]
    elif v is not None and toks:
        after = next((c for c in v.children if c.dep_ == "prep" and c.i == toks[-1].i + 1), None)
        if after is not None and any(x.dep_ == "pobj" for x in after.children):
            toks += [t for t in after.subtree]
            while toks[-1].is_punct:
                toks = toks[:-1]
    if not toks or len(toks) > 30 or toks[-1].i - toks[0].i + 1 != len(toks):
        return None
    if any(t.text in "()[]" for t in toks):
        return None
    return attr.doc[toks[0].i:toks[-1].i + 1].text
