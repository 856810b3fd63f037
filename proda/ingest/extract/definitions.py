"""Definitions from defining constructions only, matched on the dependency parse.

Why: a concept's definition is taught verbatim, so it must come from a sentence whose job is to define that term
("X is a Y that ...", "X is defined as ...", "... is called X", "X, also known as Y", "X refers to ...",
glossary entries), never from a sentence that merely mentions it.  The constructions are spaCy
``DependencyMatcher`` patterns kept as data (``patterns/definitions.json``); this module reads each match's roles
and passes them through the gates of :mod:`proda.ingest.extract.definition_gates` (the defined term opens the
sentence, is a term, is not a demonstrative or pronoun, the genus defines); the rules read from a clause around the
term ("X, in which ...", "X, which is ...", "A define(s) X as Y", "X describes Y") live in
:mod:`proda.ingest.extract.definition_clauses`; the appositive readers ("X, also called Y", "X, or Y that ...") in
:mod:`proda.ingest.extract.definition_glosses`.
"""

from __future__ import annotations

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Span, Token

from proda.ingest.extract.arguments import in_parens, term_of
from proda.ingest.extract.definition_namings import symbol_carrier, symbol_named
from proda.ingest.extract.definition_clauses import (_HEDGED_AGENTS, Found, _contrast_clause, _defines_active,
                                                     _describes, _in_which, _strip_term_word, _which_is, gloss_text)
from proda.ingest.extract.definition_gates import (DEMONSTRATIVES, _cut, _exact, _likened, _named_thing, _opens,
                                                   _restricts, _simple_np, _those_which, clause_genus, compared,
                                                   genus_defines, names_itself, ranked_by_merit, shell_subject,
                                                   someones_term, split_off, subject_runs_on)
from proda.ingest.extract.definition_setting import (_clause_ends, _lost_subject, _runs_into_verb,
                                                     _told, in_list, list_follows, of_object, passing_mention,
                                                     STANCE_HOLDERS)
from proda.ingest.extract.definition_antecedent import contrasted_name, named_with_before, negated_naming
from proda.ingest.extract.definition_refers import in_aside, points_at_sign, several_senses
from proda.ingest.extract.definition_offtopic import refers_as_mention
from proda.ingest.extract.definition_runons import review
from proda.ingest.extract.definition_named import (gives_no_name, meaning_of_name, named_as_topic, named_in, set_off,
                                                   undescribed)
from proda.ingest.extract.definition_anchors import anchors
from proda.ingest.extract.definition_glosses import _alias, _gloss, _in_outer_phrase  # noqa: F401
from proda.ingest.extract.definition_shapes import is_when
from proda.ingest.extract.definition_sides import counted_kind, counted_parts, another_name, defined_name, placed_subject
from proda.ingest.extract.definition_subjects import defined_word, named_instance_named, of_name, renamed_subject
from proda.ingest.extract.definition_judged import dated_copula, literal_instance, past_verb, reasoned_on
from proda.ingest.extract.lexdata import matcher, words
from proda.ingest.extract.misread_verbs import plural_word_as_name
from proda.ingest.extract.narrative import text_cut_at_hyphen
from proda.ingest.extract.readable import cut_in_bracket, glued_heading
from proda.ingest.extract.terms import common_phrase, counted_point, head_token, is_term


def definitions(sent: Span) -> list[Found]:
    """Defining constructions in one sentence."""
    return definitions_in(sent.doc, [sent]).get(sent.start, [])


def definitions_in(doc, sents: list[Span]) -> dict[int, list[Found]]:
    """Defining constructions of several sentences of one parse, by sentence start token (one matcher pass)."""
    m = matcher(DependencyMatcher, "definitions.json", id(doc.vocab), doc.vocab)
    starts = sorted((s.start, s.end, s) for s in sents)
    out: dict[int, list[Found]] = {}

    def sent_of(i: int):
        for a, b, s in starts:
            if a <= i < b:
                return s
        return None

    anchored = anchors(doc)
    sents = [s for s in sents if not split_off(s)]
    for sent in sents:
        for f in named_in(sent):  # "... a thin layer of straw known as mulch ...": a name inside the sentence
            out.setdefault(sent.start, []).append(f)
        # the matcher is the costly part of extraction: run it only where a pattern's anchor word occurs
        if not any(anchored[sent.start:sent.end]):
            continue
        for match_id, ids in m(sent):
            f = _match(doc, m, match_id, [sent.start + i for i in ids], sent)
            if f is not None:
                out.setdefault(sent.start, []).append(f)
    am = matcher(Matcher, "aliases.json", id(doc.vocab), doc.vocab)
    for mid, a, b in am(doc):
        sent = sent_of(a)
        if sent is not None and b <= sent.end:
            rule = doc.vocab.strings[mid]
            f = _alias(doc, sent, a, b) if rule == "appos_alias" else _gloss(doc, sent, a, b, rule)
            if f is not None:
                out.setdefault(sent.start, []).append(f)
    for start, found in out.items():  # a name the sentence holds only cut at a hyphen: "cross" of "cross-validation"
        sent = sent_of(start)
        out[start] = [f for f in found if sent is None or not (
            text_cut_at_hyphen(sent, f.name) or symbol_carrier(f.name) or f.how == "called" and symbol_named(sent)
            or glued_heading(sent) or cut_in_bracket(sent))]
    return review(doc, sents, out)  # a second term's clause run on, a clause read as a gloss (definition_runons)


def _through_object(of: Token, verb: Token) -> bool:
    """The "of" hangs from the verb through a direct object: "makes use of Y" (X uses Y), not "is made (up) of Y",
    "consists of A of B" (session 35: "The preconditioner optionally makes use of a combination of ... that ..."
    became the preconditioner's definition).  Asked of "make" only: the parse hangs a direct object under an
    intransitive "consist" too ("consists of sequential, alternating waves of ..."), where the "of" is still the
    verb's."""
    t = of.head
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ == "dobj":
            return True
        t = t.head
    return False


def _match(doc, m, match_id, ids: list[int], sent: Span) -> Found | None:
    rule = doc.vocab.strings[match_id]
    pats = m.get(rule)[1]
    names = [p["RIGHT_ID"] for p in next((p for p in pats if len(p) == len(ids)), pats[0])]  # roles, pattern order
    return _found(rule, {n: doc[i] for n, i in zip(names, ids)}, sent, sent.text)


_OTHER_SENSE = {"sometimes", "occasionally", "also", "rarely"}
_NO_SENSE = {"something", "nothing", "anything", "everything", "much", "little", "more", "less"}  # "means something"


def _pointed_at(name: str, term: Token) -> bool:
    """Whether a defined subject under "the" opens with a classifying word (``terms.naming_modifiers``) on everyday
    words: "The new system is a network that ...", "The total loss is a sum that ...", "The new policy refers to
    ..." describe the one thing the text is about, not a term (review R5 of 97b2919, which kept them); the subject's
    own vocabulary ("The third ventricle", "The total fertility rate") or a proper name ("The New Left") names one.
    """
    ws = name.split(" ", 1)
    return len(ws) == 2 and ws[0].lower() in words("terms.naming_modifiers") and ws[1] == ws[1].lower() and \
        common_phrase(ws[1]) and any(c.dep_ == "det" and c.lower_ == "the" for c in term.children)


def _topic_subject(term: Token) -> bool:
    """A clause's subject without "a"/"an" ("The cabinet (the heads of the executive departments) advises ...") is the
    thing the sentence introduces, and a definite plural in its brackets names its members: a collective's gloss
    (review R1 of 021f5a7: six invented collectives as subjects were refused; the development chapters' parenthesis
    glosses of such subjects were 5 of 5 right).  "A numerical majority (the inhabitants ...)" is an instance."""
    return term.dep_ in ("nsubj", "nsubjpass") and \
        not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in term.children)


_SOME = ("some", "several", "certain", "various", "many", "few")


def _found(rule: str, r: dict[str, Token], sent: Span, text: str) -> Found | None:
    if rule == "is_a":
        term, genus = head_token(r["term"]), r["genus"]
        if not _opens(sent, r["term"]) or any(c.dep_ in ("neg", "aux") for c in r["verb"].children) or \
                subject_runs_on(r["term"]):
            return None
        if any(c.dep_ == "conj" for c in r["term"].children):
            return None  # "A, B and C are Ys": a list of examples, not a definition of A
        if plural_word_as_name(r["verb"]):
            return None  # "eigenvalues is an array of ...": a thing named so (a variable), not the plural kind
        dets = [c.lower_ for c in genus.children if c.dep_ == "det"]
        restricted = any(_restricts(c) for c in genus.children)
        gname = term_of(genus)
        if dets and dets[0] not in ("a", "an") and not restricted:
            return None
        if not restricted:  # "Humans are social creatures", "Environmental quality is a widespread benefit" (round 4):
            return None  # a class without a differentia classifies or judges, it does not define
        if any((c.dep_ == "nummod" or c.like_num) and not counted_kind(c, dets) for c in [genus, *genus.children]) \
                or genus.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "attr" and c.i < genus.i for c in r["verb"].children):
            return None  # "The density of water is 1.0 g/mL": a measured value; "Talcott Parsons (1951) was the first to
            # discuss this in terms of the sick role: patterns of ...": "first" is no class, the later noun is not his
        if genus.lemma_.lower() in words("terms.generic_heads") and not restricted or not gname:
            return None
        if not genus_defines(r["verb"], genus) or dated_copula(r["verb"], genus) or someones_term(r["verb"], genus):
            return None
        if any(c.dep_ in ("acl", "relcl", "prep") and c.lower_ != "of" and not in_parens(c) for c in term.children) or \
                any(c.lower_ in words("terms.vague_modifiers") - words("terms.naming_modifiers")
                    for c in term.children if c.i < term.i):
            return None  # "the primary hormones produced by X are ...": a restricted subject is not the term; "Many
            # cells are ...": a share; a classifying word names the subject ("Primary deviance is a violation ...")
        if reasoned_on(r["verb"]):
            return None  # "X is the conjugate base of a strong acid, and so it is ...": a premise (round 19)
        if placed_subject(term) or shell_subject(term) or renamed_subject(term):
            return None  # "The posterior projection is the condylar process of ...": a place, no term defined;
            # "The technique is the method of ...": the one the sentence before named (round 17); "The topmost
            # layer, the stratum corneum, is ...": the appositive is the term (round 22, definition_subjects)
        name = of_name(term, _strip_term_word(term_of(term, named="subject"), term))
        if name is None or literal_instance(term, name):
            return None  # "Division of labor, or job specialization, ...": "division" is cut (round 22); a written
            # instance of the term before or after it (session 27, definition_judged)
        if counted_point(name) or _pointed_at(name, term):
            return None  # "The second mechanism is transport ...", "The second priority is ...": the text counts its
            # own points; an ordinal names a part only of a subject's own vocabulary ("The third ventricle is ...")
        termed = is_term(name, named=True) or defined_word(term, name, r["verb"], genus)
        return Found(name, text, text, "is_a") if termed and _exact(term, name) else None
    if rule == "defined_as":
        term = head_token(r["term"])
        if subject_runs_on(r["term"]) or \
                any(c.dep_ == "aux" and c.lower_ in words("precision.hypothetical_modals") for c in r["verb"].children):
            return None  # "In a study of X, for instance, X could be defined as ...": one way a study might use it
        named = defined_name(r["verb"], term)  # "The ratio of A to B is defined as the focal ratio"
        if named is not None:
            return Found(term_of(named), text, text, "defined_as")
        name = _strip_term_word(term_of(term, named=True), term)
        return Found(name, text, text, "defined_as") if is_term(name, named=True) and _exact(term, name) else None
    if rule in ("called", "known_as"):
        desc, nm = r["desc"], r["name"]
        name = term_of(nm, named=True)  # "is called the actual yield": the book's own name, classifying word and all
        if not is_term(name, named=True) or not _exact(nm, name) or negated_naming(desc.head) or gives_no_name(nm) \
                or named_instance_named(desc):
            return None  # "This is not called a presidential system": what it is not called; "is called to allocate";
            # "the Federal Chancellery has been referred to as a “superministry”": one example's nickname (round 22)
        doc = nm.doc
        if (nm.left_edge.i > 0 and doc[nm.left_edge.i - 1].text in ("-", "–")) or \
                (nm.right_edge.i + 1 < len(doc) and doc[nm.right_edge.i + 1].text in ("-", "–")):
            return None  # "referred to as “de-McDonaldization”": a name cut at its hyphen (audit round 8: "de")
        pointing = any(c.dep_ in ("det", "amod", "predet") and c.lower_ in DEMONSTRATIVES for c in desc.children) or \
            any(t.lower_ in ("this", "these", "that", "such") and t.head.dep_ == "pobj" and
                t.head.lemma_.lower() in ("sort", "kind", "type", "nature") and t.head.head.head == desc
                for t in desc.subtree)  # "devices of this sort" (not "a place within this stratification")
        hedged = any(c.lower_ in _HEDGED_AGENTS for c in desc.children) and \
            any(c.dep_ == "aux" and c.tag_ == "MD" for c in desc.head.children)
        pair = None if hedged or contrasted_name(nm) else named_with_before(sent, desc)
        if pair is not None:  # "X moves out into Y. This process is called Z": the pair says what Z is
            return Found(name, pair, pair, rule)
        if desc.pos_ == "PRON" or pointing and not _those_which(desc) or hedged or ranked_by_merit(desc):
            # "Such nations are called absolute monarchies"
            # "This view is known as the core-periphery model", "Devices of this sort are generally referred to as
            # electrochemical cells" (audit round 8): the sentence names a term, but what it names is another
            # sentence's; "Some more contemporary efforts can be referred to as X": some cases may be; no definition
            # "the safest procedure to use ... is called X": which one to choose, not what X is (audit round 18)
            return Found(name, "", text, "also_called")
        if _simple_np(desc) and is_term(term_of(desc)) and _opens(sent, desc) and another_name(r["verb"], desc, nm):
            return Found(term_of(desc), "", text, rule, aliases=[name])  # "X is also known as Y": Y names X
        return Found(name, text, text, rule)  # "a group of cells that ... is called a tissue"
    if rule == "use_term":  # "Sociologists use the term status consistency to describe the consistency ... of ..."
        nm, purpose = r["name"], r["purpose"]
        users = [c for c in r["verb"].children if c.dep_ == "nsubj"]
        if any(c.dep_ in ("neg", "aux") for c in r["verb"].children) or r["word"].i > nm.i or \
                not any(c.dep_ in ("dobj", "prep") for c in purpose.children) or \
                any(u.lemma_.lower() in STANCE_HOLDERS or u.lower_ in _HEDGED_AGENTS or
                    any(d.lower_ in _HEDGED_AGENTS for d in u.children) for u in users):
            return None  # "do not use the term X to describe ...", "can use the term X ...": no definition stated;
            # "Critics use the term globalization to describe any change they dislike": a side's usage
        name = _strip_term_word(term_of(nm, named=True), nm)
        return Found(name, text, text, rule) if is_term(name, named=True) and _exact(nm, name) and not _cut(nm) \
            else None
    if rule == "appos_called":
        name, alias = term_of(r["term"]), term_of(r["alias"])
        if is_term(name) and is_term(alias):
            return Found(name, "", text, rule, aliases=[alias])
        return None
    if rule in ("refers_to", "means"):  # the root's own subject: the sentence is about it wherever it stands
        term = head_token(r["term"])
        named = rule == "refers_to"  # "X refers to ...": the book's word for X; "X means ..." may be any phrase's sense
        name = of_name(term, _strip_term_word(term_of(term, named=named), term))
        if name is None or renamed_subject(term) or literal_instance(term, name):
            return None  # "Division of labor, or job specialization, refers to ...": not "division" (round 22);
            # 'The regular expression "." means ...': what one instance does (session 27, definition_judged)
        demo = any(c.lower_ in DEMONSTRATIVES for c in r["term"].children if c.i < r["term"].i) or \
            any(c.dep_ == "aux" or c.lower_ in _OTHER_SENSE for c in r["verb"].children) or \
            not _exact(term, name)  # "X can mean many things" is no definition; "More collisions mean ..."; "Sometimes
        # the term foster parent refers to a relative who ...": one more sense, not what X is
        if r["verb"].tag_ in ("VBD", "VBN") or any(c.dep_ == "prep" and c.lower_ in ("as", "by") for c in r["verb"].children):
            return None  # "Online environments in which ..., often referred to as echo chambers, are ...": Y is named;
            # "By “community,” sociologists refer to ...": the word defined is the quoted one, not the subject
        if not _contrast_clause(r["verb"], term) or points_at_sign(r["term"], term) or in_aside(r["verb"]) or \
                refers_as_mention(r["verb"], r["term"]) or several_senses(r["verb"]):
            return None  # "(again, the symbol really refers to ...)": a sign named before, in an aside; "But ...: the
            # WHERE clause refers to success ...": what a mention points at (definition_offtopic, session 28)
        obj = r.get("obj")
        if obj is not None and obj.dep_ == "ccomp" and any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in obj.children) \
                or any(c.dep_ == "dobj" and c.lower_ in _NO_SENSE for c in r["verb"].children):
            return None  # "... means that IGOs are not able ...": a consequence; "means something sensible" (round 17)
        return Found(name, text, text, rule) if not demo and is_term(name, named=named) and \
            not (named and _pointed_at(name, term)) else None
    if rule == "which_means":  # "X, which means ...": a non-restrictive relative clause defines its antecedent
        if r["which"].i == 0 or sent.doc[r["which"].i - 1].text != "," or meaning_of_name(r["which"]):
            return None  # "(called aqua regia, which means royal water)": the name's translation
        term = head_token(r["term"])
        of = next((c for c in term.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if term.lemma_.lower() in words("terms.generic_heads") and of is not None:  # "examples of X, which means"
            term = next((c for c in of.children if c.dep_ == "pobj"), term)
        if r["verb"].lemma_ == "refer" and (_named_thing(term) or passing_mention(term) or
                                             not any(c.dep_ == "prep" and c.lower_ == "to" for c in r["verb"].children)):
            return None  # "the 14th Amendment, which refers to ...": a document cites, it is not defined
        name = _strip_term_word(term_of(term), term)
        g = gloss_text(sent, term, r["verb"])  # "": cut inside its phrase
        return Found(name, g, text, rule) if g and is_term(name) else None
    if rule == "is_one":  # "An instrumental leader is one who is goal-oriented ...", "Xs are those that ...":
        term, genus = head_token(r["term"]), r["genus"]  # "one"/"those" stands for X's class
        if genus.lower_ == "those" and r["verb"].tag_ == "VBD":
            return None  # "The winners were those who finished before noon": who they were then
        if not _opens(sent, r["term"]) or any(c.dep_ in ("neg", "aux") for c in r["verb"].children) or \
                subject_runs_on(r["term"]) or any(c.dep_ in ("det", "amod", "prep", "poss") for c in genus.children) or \
                any(c.dep_ == "conj" for c in term.children) or not genus_defines(r["verb"], genus):
            return None  # "X is the one that ...", "X is one of ...", "X is a good one": identifies or ranks X
        if any(c.dep_ in ("acl", "relcl", "prep") and c.lower_ != "of" for c in term.children) or \
                any(c.lower_ in words("terms.vague_modifiers") | DEMONSTRATIVES for c in term.children if c.i < term.i):
            return None
        name = _strip_term_word(term_of(term), term)
        return Found(name, text, text, "is_a") if is_term(name) and _exact(term, name) else None
    if rule == "in_which":
        return _in_which(r, sent, text)
    if rule == "is_when":  # "Cohabitation is when two people live together ...": the situation X names
        return is_when(r, sent, text)
    if rule == "which_is":  # "X, which is a Y that ...": a non-restrictive copula clause right after X defines X
        return _which_is(r, sent, text)
    if rule == "defines_active":  # "Shoemaker and Vos (2009) define gatekeeping as the sorting process by which ..."
        return _defines_active(r, sent, text)
    if rule == "describes":  # "Subjective poverty describes poverty that is composed of many dimensions"
        return _describes(r, sent, text)
    if rule == "made_of":  # "A peer group is made up of people who ...": members described by a clause
        if r["verb"].lemma_.lower() == "make" and _through_object(r["of"], r["verb"]):
            return None  # "X makes (heavy) use of Y that ...": the "of" is the object's ("use of"), X uses Y
        if not _opens(sent, r["term"]) or not any(c.dep_ in ("relcl", "acl") for c in r["genus"].children) or \
                past_verb(r["verb"]) or subject_runs_on(r["term"]):
            return None  # "The “typical” family in past decades consisted of ...": then, not what X is
        if any(c.dep_ == "amod" and c.lower_ in words("terms.vague_modifiers")
               for c in head_token(r["term"]).children if c.i < head_token(r["term"]).i):
            return None  # "Multiple bonds consist of ...": what "multiple bonds" are, not the bare "bonds" the name
            # would keep (as the is_a rule)
        if renamed_subject(head_token(r["term"])):
            return None  # "The topmost layer, the stratum corneum, consists of ...": the appositive is the term
        if counted_parts(r["genus"]):
            return None  # "KiCad consists of a number of different software components, ...": how many (round 43)
        name = _strip_term_word(term_of(r["term"]), r["term"])
        return Found(name, text, text, rule) if is_term(name) else None
    if rule == "called_active":  # "what Marx called X", "which he calls X": the sentence introduces X
        name = term_of(r["name"])
        after = sent.doc[r["name"].i + 1] if r["name"].i + 1 < sent.end else None
        if r["name"].lower_.endswith("ing") and after is not None and after.tag_ in ("WRB", "WP", "WDT"):
            return None  # "what it calls an envelope bounding where the alignment lies": "bounding" is the
            # participle of the clause after the name, which the parse made the name's head (round 41)
        if not (is_term(name) and _exact(r["name"], name)) or _cut(r["name"]) or set_off(r["verb"]) or \
                gives_no_name(r["name"]) or \
                named_as_topic(r["verb"], r["name"]):
            return None  # "the head of the council, often called the warden, has ...": a set-off participle; "explored
            # what she called X": a topic
        if any(c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ not in ("what", "which") for c in r["verb"].children):
            # "He termed them “positive checks” because ...": what "them" is, is another sentence's (round 4)
            return Found(name, "", text, "also_called")
        if undescribed(r["verb"], r["name"]):
            return Found(name, "", text, "also_called")  # "opposes what scholars call neoliberalism": Y only named
        return Found(name, text, text, "called")
    if rule == "appos_def":  # "X, a Y that ...": an apposition with its own restriction describes X
        term, genus = r["term"], r["genus"]
        dets = [c.lower_ for c in genus.children if c.dep_ == "det"]
        dash = any(t.text in ("—", "–") for t in sent.doc[term.i + 1:genus.left_edge.i])
        if not dets and not dash:  # "X—casual behaviors that ..." needs no article; "X, Y's Z" is no gloss
            return None
        restricted = any(_restricts(c) and c.dep_ != "prep" for c in genus.children) or \
            (bool(dets) and any(c.dep_ == "prep" for c in genus.children))  # "X, the preparation for Y"
        between = sent.doc[term.i + 1:genus.left_edge.i]
        if any(t.text in ("“", "‘", '"', "'") for t in between):
            return None  # "Stone, “The Scope of IMF Conditionality.”": an author and a title (round 4)
        if of_object(term) and any(t.lower_ in ("i.e.", "ie", "i.e", "viz.") for t in sent.doc[term.i + 1:genus.i]):
            return None  # "the mean composition of the profile (i.e. the expected composition of ...)": "that is"
            # restates the whole "A of X", which the parse hangs on X (round 41: "profile" defined by it); a gloss
            # without it is X's own ("formation of the blood-brain barrier, the membrane that ...")
        if any(t.text == "(" for t in between):  # "social class (the dependent variable) affected by ...": the
            close = next((t.i for t in sent.doc[genus.i:sent.end] if t.text == ")"), sent.end)  # bracket closes Y
            restricted = restricted and any(c.dep_ in ("relcl", "acl", "prep") and c.i < close for c in genus.children)
            if term.tag_ == "NN" and genus.tag_ == "NNS" and sent.doc[genus.left_edge.i].lower_ == "the" and \
                    not _topic_subject(term):
                return None  # "into the watershed (the hills that surround the lake)": a singular term glossed by
                # particular things (a definite plural) points at what it stands for in this passage, not at what it
                # is (dev sweep, session 20: 3 of 3 such parenthesis glosses wrong)
        if not restricted or (dets and dets[0] not in ("a", "an", "the")) or not between or \
                not all(t.is_punct for t in between):  # "X, a Y that ...": only the comma or dash between
            return None
        if genus.lemma_.lower() in words("terms.generic_heads") and \
                genus.lemma_.lower() not in ("process", "system", "form", "type", "kind") and \
                (not clause_genus(genus) or of_object(term) or in_list(term, genus)):
            return None
        if any(c.lower_ in DEMONSTRATIVES for c in term.children if c.i < term.i) or not genus_defines(None, genus):
            return None
        if any(c.dep_ in ("det", "amod") and c.lower_ in _SOME for c in term.children if c.i < term.i):
            return None  # "use some trigonometry rules (the right triangles ...)": which ones, not what (round 42)
        if _named_thing(term) or genus.dep_ in ("nsubj", "nsubjpass") or _lost_subject(sent, term) or \
                _clause_ends(sent, term) or compared(term) or names_itself(genus):
            return None  # "Sweden, a country ...", "Timothy J. McKeown, “...”": a named thing described, no term;
            # "When it comes to social media, the networked nature of ... is ...": the noun after the comma is a subject
        if _told(sent, term, genus) or _runs_into_verb(term, genus) or list_follows(term, genus):
            return None  # "Veto power, the power to ... (as in P), or the power to ... are all examples of ...":
            # the noun after the comma is the list's next item, whatever its head (audit round 10)
        if any(t.lower_ in words("args.gloss_pointers") for t in genus.subtree):
            return None  # "a money value (the same regular expression as before)": the gloss points back (round 36)
        name = _strip_term_word(term_of(term), term)
        g = gloss_text(sent, term, genus) if is_term(name) and _exact(term, name) else ""  # "": Y cut inside its phrase
        return Found(name, g, text, rule) if g else None
    return None
