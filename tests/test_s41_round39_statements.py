"""Round 39 blind audit (computer programming, the Python tutorial and HOWTOs): the statement rejects, each as a
construction of general English on invented sentences of several disciplines, with the siblings each rule must
leave alone."""

from statements_util import triples


def test_a_contracted_negation_is_written_out_in_the_predicate():
    # "do n’t exist in" (a curly apostrophe) was read downstream as no negation and taught as true
    assert ("private variables", "do not exist in", "Python") in triples("Private variables don’t exist in Python.")
    assert ("bacteria", "will not grow in", "acid") in triples("Bacteria won't grow in acid.")
    assert ("liver", "does not secrete", "enzyme") in triples("The enzyme isn't secreted by the liver.")


def test_an_unpaired_quotation_mark_leaves_the_argument():
    got = triples("“Private” instance variables that cannot be accessed except from inside an object don’t exist "
                  "in Python.")
    assert got and all("”" not in s and "“" not in s for s, _, _ in got), got
    # a pair stays
    assert all(s.count("“") == s.count("”") for s, _, _ in triples("The “invisible hand” coordinates markets."))


def test_a_negated_focus_word_is_no_denial_of_the_act():
    # "do not handle only A, but also B": they handle A and more
    assert triples("Exception handlers do not handle only exceptions that occur immediately in the try clause, but "
                   "also those that occur inside called functions.") == []
    assert triples("The kidney does not filter only blood plasma but also lymph.") == []
    # a plain negation stays, and so does "not only ... but also" read as a preconjunct
    assert ("plants", "do not absorb", "nitrogen gas") in triples("Plants do not absorb nitrogen gas.")
    assert ("Insulin", "lowers", "blood glucose") in triples("Insulin not only lowers blood glucose but also "
                                                             "promotes fat storage.")


def test_a_phrase_the_sentence_negates_is_no_part_of_the_object():
    got = triples("Handlers only handle exceptions that occur in the corresponding try clause, not in other handlers "
                  "of the same try statement.")
    assert got and all("other handlers" not in o for _, _, o in got), got
    assert not any("state courts" in o for _, _, o in triples(
        "The president appoints judges to federal courts, not to state courts."))


def test_a_clause_under_a_negated_modal_adjective_is_not_asserted():
    assert triples("It is not necessary that the function definition is textually enclosed in the class "
                   "definition.") == []
    assert triples("It is not clear that tariffs reduce imports.") == []
    assert triples("It is not certain that the drug lowers blood pressure.") == []
    # an adjective of attitude presupposes its clause
    assert ("inflation", "raises", "interest rates") in triples(
        "It is not surprising that inflation raises interest rates.")


def test_an_adverbial_where_clause_is_a_circumstance():
    assert not any(p == "represent" for _, p, _ in triples(
        "A Unicode string is turned into a sequence of bytes that contains embedded zero bytes only where they "
        "represent the null character."))
    assert not any(s == "chain" for s, _, _ in triples(
        "Enzymes cleave the substrate only where the chain carries a phosphate group."))
    # fronted, before a main clause that holds under it with a modal: a condition
    assert triples("Where the tax applies, firms will raise their prices.") == []
    assert triples("Where there is broad public support, regimes may reauthorize states of emergency.") == []
    # a "where" of place presupposes its clause; a relative "where" leaves the main clause
    assert ("fibrous connective tissue", "unites", "adjacent bones") in triples(
        "A fibrous joint is where the adjacent bones are united by fibrous connective tissue.")
    assert ("Glucose", "is stored in", "liver") in triples(
        "Glucose is stored in the liver, where it is converted to glycogen.")


def test_a_count_of_more_without_its_comparison_is_refused():
    assert triples("The errors parameter supports a few more possible handlers.") == []
    assert triples("The errors parameter is the same as the parameter of the decode() method but supports a few more "
                   "possible handlers.") == []
    assert triples("The encoder supports many more formats.") == []
    assert ("liver", "stores", "several vitamins") in triples("The liver stores several vitamins.")


def test_an_object_cut_before_the_verb_its_last_noun_is_subject_of():
    got = triples("The built-in open function can return a file-like object that assumes the file’s contents are in "
                  "a specified encoding.")
    assert not any(o.endswith("contents") for _, _, o in got), got
    got = triples("The work has been done for you: the built-in open() function can return a file-like object that "
                  "assumes the file’s contents are in a specified encoding and accepts Unicode parameters.")
    assert not any(o.endswith("contents") for _, _, o in got), got
    assert ("kidney", "returns", "water to the body") in triples(
        "The kidney filters blood and returns water to the body.")
