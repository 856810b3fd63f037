"""Two sentences shaped like a definition that define nothing (session 27, issue 11; blind audit of two new books).

* :func:`praised_genus` -- the genus praises X: "The mailing lists are, without a doubt, the best testimony to
  activity on a project": a superlative of a judging or merit adjective on the genus ("the best", "the greatest"),
  or a copula vouched for by "without a doubt" / "beyond question", says what X is worth, not what X is.  A
  superlative that measures ("the outermost layer", "the most common form") is no judgement and is left;
* :func:`literal_instance` -- the subject is one written instance of the term, given right beside it: "The regular
  expression "." means to match anything" (the quoted "." is what the sentence explains), "A .gz extension refers
  to a file compressed with gzip" (one extension, left out of the name "extension").  The sentence tells what that
  instance does, and stored as the term's definition it teaches that every regular expression matches anything.
  "The term "upstream author" means ..." names its term in quotes and is read by ``head_token`` before this check.
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


def literal_instance(term: Token, name: str) -> bool:
    """``term`` (the subject's head, ``name`` its stored name) is followed at once by a quoted form it governs, or
    its phrase holds a written form before it that the name leaves out: the sentence is about that instance."""
    doc = term.doc
    nxt = doc[term.i + 1] if term.i + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ == "``" and nxt.head == term:
        return True
    # the whole phrase before the head: the parse may hang the form on the article ("A .gz extension" read as
    # "A" -> ".gz")
    return any(t.i < term.i and t.dep_ != "punct" and _literal(t.text) and t.text not in name for t in term.subtree)
