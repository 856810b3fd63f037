"""Two sentences shaped like a definition that define nothing (session 27, issue 11; blind audit of two new books).

* :func:`praised_genus` -- the genus praises X: "The mailing lists are, without a doubt, the best testimony to
  activity on a project": a superlative of a judging or merit adjective on the genus ("the best", "the greatest"),
  or a copula vouched for by "without a doubt" / "beyond question", says what X is worth, not what X is.  A
  superlative that measures ("the outermost layer", "the most common form") is no judgement and is left;
* :func:`literal_instance` -- the subject is one written instance of the term, given right beside it: "The regular
  expression "." means to match anything" (the quoted "." is what the sentence explains), "A .gz extension refers
  to a file compressed with gzip" (one extension, left out of the name "extension").  The sentence tells what that
  instance does, and stored as the term's definition it teaches that every regular expression matches anything.
  "The term "upstream author" means ..." names its term in quotes and is read by ``head_token`` before this check;
* :func:`past_verb`, :func:`dated_copula`, :func:`reasoned_on` -- what X was then ("consisted of", "was a dominant
  force after World War II"), or a class given as the premise of an inference ("..., and so it is ..."); moved here
  from :mod:`definitions` (session 46) when that passed the project's ~400 lines.
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words


def praised_genus(verb: Token | None, genus: Token) -> bool:
    """The genus carries a superlative of a judging or merit adjective (by lemma: "best" is "good"), or the copula
    a "without a doubt" of ``terms.doubt_words``."""
    judging = words("terms.judging_adjectives") | words("terms.merit_adjectives")
    if any(c.dep_ == "amod" and c.i < genus.i and c.tag_ == "JJS" and c.lemma_.lower() in judging
           for c in genus.children):
        return True
    return verb is not None and any(
        c.dep_ == "prep" and c.lower_ in ("without", "beyond") and
        any(o.dep_ == "pobj" and o.lemma_.lower() in words("terms.doubt_words") for o in c.children)
        for c in verb.children)


def _literal(text: str) -> bool:
    """A written form, not a word: a sign or a file name ("." , ".gz", "sources.list", "/etc/fstab")."""
    return not text.isalpha() and ("." in text or "/" in text or not any(ch.isalnum() for ch in text))


def _written_value(t: Token, term: Token) -> bool:
    """``t`` is a piece of a value the parse hung on ``term`` as its apposition ("the vector <1,2,3>")."""
    return t.head == term and t.dep_ in ("appos", "nummod", "dep") and t.pos_ in ("X", "SYM", "NUM")


def literal_instance(term: Token, name: str) -> bool:
    """``term`` (the subject's head, ``name`` its stored name) is followed at once by a quoted form it governs, or
    its phrase holds a written form before it that the name leaves out: the sentence is about that instance."""
    doc = term.doc
    nxt = doc[term.i + 1] if term.i + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ == "``" and nxt.head == term:
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and (o.like_num or any(
            n.dep_ == "nummod" and n.like_num for n in o.children)) for o in c.children) for c in term.children):
        return True  # "A value of 1.0 means no color in radiosity at all" (blind round 45), "A temperature of 100
        # degrees is ...": what that one value does or is
    if nxt is not None and _written_value(nxt, term):
        value = "".join(t.text for t in doc[term.i + 1:term.sent.end] if _written_value(t, term))
        if any(ch.isdigit() for ch in value) and not any(ch.isalpha() for ch in value):
            return True  # "For example, the vector <1,2,3> means the point ...": a written value right after the noun,
        # the parse's apposition (POV-Ray tutorial, session 46); a symbol in letters is the term's notation
        # ("Disparities \(\hat{d}_{ij}\) are ...")
    # the whole phrase before the head: the parse may hang the form on the article ("A .gz extension" read as
    # "A" -> ".gz")
    return any(t.i < term.i and t.dep_ != "punct" and _literal(t.text) and t.text not in name for t in term.subtree)


def past_verb(verb: Token) -> bool:
    """A verb in the past: "consisted", "was made up of", and a participle the tagger left without its auxiliary
    ("family ... consisted of", tagged VBN as the root)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and (not aux or any(a.tag_ == "VBD" for a in aux))


def dated_copula(verb: Token, genus: Token) -> bool:
    """A past copula whose claim a period bounds: "Structural-functionalism was a dominant force after World War II
    and until the 1960s" says what X was then, not what it is (audit round 8)."""
    return verb.tag_ == "VBD" and any(t.dep_ == "prep" and t.lower_ in ("after", "until", "before", "during", "since",
                                                                        "between", "from")
                                      for t in [*verb.children, *genus.children])


_THEREFORE = {"so", "thus", "therefore", "hence", "consequently"}


def reasoned_on(verb: Token) -> bool:
    """"X is a Y, and so it is Z" / "..., and therefore it raises ...": a clause with its own subject, led by "so" /
    "thus" / "therefore", follows the copula: the class is the premise of an inference, and the sentence teaches
    the property it infers, not what X is (round 19: "The bromide ion is the conjugate base of a strong acid, and
    so it is of negligible base strength").  "..., thus controlling the rate" (no subject) and "and so on" stay."""
    return any(c.dep_ == "conj" and c.i > verb.i and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children) and
               any(d.lower_ in _THEREFORE and d.i < c.i for d in c.children) for c in verb.children)
