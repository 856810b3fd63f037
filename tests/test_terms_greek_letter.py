"""A Greek letter heading a phrase names a kind ("β particles", "γ rays", "π bond"), it is no unit symbol as the
"g" of "g of glycine" is (S12-C3: chemistry development frames "β particles | are | high-energy electrons",
"nuclear reactions | often involve | γ rays" were refused as not terms).  Invented phrases."""

from proda.ingest.extract.terms import is_term


def test_a_greek_letter_heads_a_term():
    assert is_term("α particles")
    assert is_term("δ waves")
    assert is_term("σ bond")
    assert is_term("κ light chains")


def test_kept_siblings_unit_symbols_and_bare_letters():
    assert not is_term("g of sucrose")  # a unit symbol heading the phrase
    assert not is_term("mL of solvent")
    assert not is_term("kg of ore")
    assert not is_term("λ")  # a bare symbol is no term
    assert not is_term("μg of toxin")  # a Greek prefix inside a unit is still a unit
