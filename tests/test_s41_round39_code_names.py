"""Round 39 blind audit (the Python tutorial and HOWTOs): code names lost their "()" in the reader, and a chapter's
definition of a method was missed because "function" was never a genus."""

from definitions_util import defined
from statements_util import triples

from proda.ingest.extract.nlp import load_nlp
from proda.ingest.readers_norm import norm


def test_a_call_keeps_its_brackets_a_lost_reference_does_not():
    assert norm("The opposite method of bytes.decode() is str.encode(), which returns bytes.") == \
        "The opposite method of bytes.decode() is str.encode(), which returns bytes."
    assert norm("Call now() to read the clock.") == "Call now() to read the clock."
    # a cross-reference whose link text the source lost is still dropped
    assert norm("The heart (see ) pumps blood.") == "The heart pumps blood."
    assert norm("The heart () pumps blood.") == "The heart pumps blood."


def test_a_call_is_one_token_and_reads_as_a_name():
    doc = load_nlp()("The read() method only returns strings, and bytes.decode() is its opposite.")
    assert "read()" in [t.text for t in doc] and "bytes.decode()" in [t.text for t in doc]
    assert ("read() method", "only returns", "strings") in triples("The read() method only returns strings.")
    assert ("float.hex() method", "expresses", "float in hexadecimal") in triples(
        "The float.hex() method expresses a float in hexadecimal.")


def test_a_function_restricted_by_a_clause_is_a_genus():
    assert defined("A method is a function that belongs to an object.") == {"method": "is_a"}
    assert defined("A polynomial is a function that sums powers of a variable.") == {"polynomial": "is_a"}
    # a dependence or a role is no genus
    assert defined("Output is a function of the input.") == {}
    assert defined("Respiration is a function of the lungs that supplies oxygen.") == {}


def test_a_key_to_several_codes_defines_none_of_them():
    # blind round 39: stored as the definition of "ll", the whole sentence for its text
    assert defined("To take the codes from the above output, 'Ll' means ‘Letter, lowercase’, 'No' means “Number, "
                   "other”, 'Mn' is “Mark, nonspacing”, and 'So' is “Symbol, other”.") == {}
    assert defined("In this table, Kd means the dissociation constant, Km means the Michaelis constant, and Ki means "
                   "the inhibition constant.") == {}
    # two terms set against each other are each defined
    assert defined("Prejudice refers to thoughts and feelings, while discrimination refers to actions.").get(
        "prejudice") == "refers_to"
    assert defined("Homeostasis means the maintenance of a stable internal environment.") == {"homeostasis": "means"}


def test_a_call_is_a_name_to_termhood():
    from proda.ingest.extract.terms import is_term

    assert is_term("float.hex() method") and is_term("read() method") and is_term("groupby()")
    # a bracket anywhere else is still no term's
    assert not is_term("heart (organ") and not is_term("method (see")


def test_a_pronoun_takes_the_call_its_antecedent_names():
    # the development sweep: with "range()" one token, "It generates ..." lost the function's name
    text = ("If you do need to iterate over a sequence of numbers, the built-in function range() comes in handy. "
            "It generates arithmetic progressions.")
    assert ("built-in function range()", "generates", "arithmetic progressions") in triples(text)
