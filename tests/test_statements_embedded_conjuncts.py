"""A conjunct of a clause that is no claim is no claim either (session 25, engineer S, issue 11).

Invented sentences for the three shapes of :func:`proda.ingest.extract.clause_claims.embedded` added then: a verb coordinated
with a clause under a light verb ("this means that members can sell or rent ...": only "sell" was skipped, "rent"
kept as the book's general fact); a question clause ("how ...") the parser hung as a conjunct of the main verb or as
a preposition's object ("Conflict theorists look at who ..., and how owners exploit ..."): the holder's question, not
the book's claim; and a clause under a modal verb whose subject is "you" ("you will notice that all clerks are
wearing ..."): a scene the reader is walked through.  Then two more views without their holder: a "that" clause
under an adjective of attitude ("Advocates are concerned that X") and a clause fronted by "For them,".  The keep-tests hold the siblings that stay: plain coordinated
clauses, a main clause beside a question clause that is the subject of its own verb, a claim beside "as you will
see" (no clause of "see"); a "how" clause under a subject that holds no view is test_statements_indirect_question's."""

from __future__ import annotations

from statements_util import triples


def test_conjunct_under_this_means_is_refused():
    t = triples("The guild trains apprentices, and this means that members can sell or rent their tools to newcomers.")
    assert ("guild", "trains", "apprentices") in t
    assert not any(p.endswith("rent") or p.endswith("sell") for _, p, _ in t)


def test_conjunct_of_means_clause_at_the_root_is_refused():
    t = triples("This means that a senator can delay or block a vote on a bill by speaking for hours.")
    assert not any(s == "senator" for s, _, _ in t)


def test_how_clause_parsed_as_a_conjunct_is_refused():
    t = triples("Conflict theorists look at who owns the factories, and how owners exploit the workers in the cities.")
    assert not any(s == "owners" for s, _, _ in t)


def test_how_clause_after_a_noun_object_is_refused():
    t = triples("Conflict theorists study the press and how it shapes public opinion.")
    assert not any(p == "shapes" for _, p, _ in t)


def test_plain_coordinated_clauses_stay():
    t = triples("The council passes the laws, and the court interprets the laws.")
    assert ("council", "passes", "laws") in t and ("court", "interprets", "laws") in t


def test_main_clause_beside_a_question_subject_stays():
    assert ("council", "passes", "laws") in triples("The council passes laws, and how it does so varies widely.")


def test_scene_the_reader_will_notice_is_refused():
    t = triples("If you walk into the bakery, you will notice that all clerks are wearing an apron.")
    assert not any(s.endswith("clerks") for s, _, _ in t)


def test_plain_claim_beside_the_reader_stays():
    t = triples("The kidney filters blood, as you will see in the next section.")
    assert ("kidney", "filters", "blood") in t



def _doc(rows):
    """A parse given by hand (word, tag, pos, lemma, dep, head index): the rule's reading of a tree, whatever the
    model makes of a sentence."""
    from spacy.tokens import Doc
    from proda.ingest.extract.nlp import load_nlp
    w, tag, pos, lem, dep, head = zip(*rows)
    return Doc(load_nlp().vocab, words=list(w), tags=list(tag), pos=list(pos), lemmas=list(lem), deps=list(dep),
               heads=list(head))


def test_conjunct_of_that_clause_under_means_is_embedded():
    from proda.ingest.extract.clause_claims import embedded
    d = _doc([("This", "DT", "PRON", "this", "nsubj", 1), ("means", "VBZ", "VERB", "mean", "ROOT", 1),
              ("that", "IN", "SCONJ", "that", "mark", 5), ("members", "NNS", "NOUN", "member", "nsubj", 5),
              ("can", "MD", "AUX", "can", "aux", 5), ("sell", "VB", "VERB", "sell", "ccomp", 1),
              ("or", "CC", "CCONJ", "or", "cc", 5), ("rent", "VB", "VERB", "rent", "conj", 5),
              ("tools", "NNS", "NOUN", "tool", "dobj", 7), (".", ".", "PUNCT", ".", "punct", 1)])
    assert embedded(d[7], frozenset())


def test_conjunct_of_a_shown_how_clause_is_not_embedded():
    """"They illustrate how needs have driven law and helped states ...": a wh-clause under a light verb presupposes
    what it shows (political science 15, right, refused by a first version)."""
    from proda.ingest.extract.clause_claims import embedded
    d = _doc([("They", "PRP", "PRON", "they", "nsubj", 1), ("illustrate", "VBP", "VERB", "illustrate", "ROOT", 1),
              ("how", "WRB", "SCONJ", "how", "advmod", 3), ("basic", "JJ", "ADJ", "basic", "amod", 4),
              ("needs", "NNS", "NOUN", "need", "nsubj", 6), ("have", "VBP", "AUX", "have", "aux", 6),
              ("driven", "VBN", "VERB", "drive", "ccomp", 1), ("law", "NN", "NOUN", "law", "dobj", 6),
              ("and", "CC", "CCONJ", "and", "cc", 6), ("helped", "VBD", "VERB", "help", "conj", 6),
              ("states", "NNS", "NOUN", "state", "dobj", 9), (".", ".", "PUNCT", ".", "punct", 1)])
    assert not embedded(d[9], frozenset())  # "how" hangs on the adjective, as the parser had it


def test_clause_under_an_adjective_of_attitude_is_refused():
    t = triples("Some farmers are worried that the new canal drains the wetlands.")
    assert not any(p == "drains" for _, p, _ in t)


def test_clause_under_a_factive_adjective_stays():
    assert ("kidney", "filters", "blood") in triples("Scientists are aware that the kidney filters blood.")
    assert ("kidney", "filters", "blood") in triples("It is certain that the kidney filters blood.")


def test_clause_fronted_by_for_them_is_refused():
    assert triples("For them, tradition is a reliable guide to the questions of public life.") == []


def test_for_a_name_or_an_example_stays():
    assert ("kidney", "filters", "blood") in triples("For example, the kidney filters blood.")
    assert any(p == "emerges from" for _, p, _ in triples("For Mead, the self emerges from social interaction."))
