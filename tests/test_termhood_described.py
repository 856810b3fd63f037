"""A phrase the book writes only as a copula's predicate nominal describes the subject, it names no term (audit round
16: "Angiotensin II is a potent vasoconstrictor that ..." made "potent vasoconstrictor" a concept by recurrence).
Kept: the same kind of phrase written elsewhere too (as a subject, after a preposition), a classifying noun as its
first word ("peptide hormone"), and a described phrase the book defines or lists.  Invented text."""

from proda.ingest.termhood import termhood_rows
from proda.ingest.termhood_described import undescribed


def _terms(concepts: list[dict], sentences: list[str]) -> dict[str, bool]:
    chunks = [{"id": f"k{i}", "doc_id": f"d{i}", "heading": f"H{i}", "text": s} for i, s in enumerate(sentences)]
    return {r["id"]: r["term"] for r in undescribed(termhood_rows(concepts, chunks), concepts, chunks)}


_TEXT = ["Bradykinin is a potent vasodilator that widens the small arteries of the skin.",
         "Histamine is also a potent vasodilator released by mast cells.",
         "Nitric oxide, a gas, is the potent vasodilator made by the endothelium.",
         "Glucagon is a peptide hormone made by the alpha cells of the pancreas.",
         "Secretin is a peptide hormone of the small intestine.",
         "Oxytocin is a peptide hormone released by the posterior pituitary.",
         "The humerus ends in a rounded condyle that fits the radius.",
         "The rounded condyle of the femur is covered with cartilage.",
         "Each rounded condyle bears the weight of the leg.",
         "The ulna is a long bone with a rounded condyle at its end."]


def test_a_phrase_only_said_of_a_subject_is_no_term():
    assert _terms([{"id": "v", "name": "potent vasodilator"}], _TEXT) == {"v": False}


def test_a_classifying_noun_or_a_phrase_written_elsewhere_stays_a_term():
    got = _terms([{"id": "p", "name": "peptide hormone"}, {"id": "c", "name": "rounded condyle"}], _TEXT)
    assert got == {"p": True, "c": True}


def test_a_defined_or_listed_described_phrase_stays_a_term():
    got = _terms([{"id": "v", "name": "potent vasodilator", "defined": True},
                  {"id": "w", "name": "potent vasodilator", "glossary": True}], _TEXT)
    assert got == {"v": True, "w": True}


def test_a_phrase_only_in_existential_sentences_stays_a_term():
    """Review R19: "there are free radicals in ..." names the thing; it describes no subject."""
    text = ["Smoke is harmful, and there are free radicals in every puff.",
            "In inflamed tissue there are free radicals that damage membranes.",
            "Antioxidants are found in many fruits."]
    assert _terms([{"id": "v", "name": "free radicals"}], text) == {"v": True}


def test_an_existential_with_an_auxiliary_stays_a_term():
    """Review R20: "there will be", "there may have been" are existentials too."""
    text = ["Smoke is harmful, and there will be free radicals in every puff.",
            "In inflamed tissue there may have been free radicals that damage membranes.",
            "Antioxidants are found in many fruits."]
    assert _terms([{"id": "v", "name": "free radicals"}], text) == {"v": True}


def test_a_phrase_also_said_of_a_subject_by_a_fronted_as_is_no_term():
    """Session 17: "As an extremely potent vasoconstrictor, angiotensin II ..." kept the phrase a term (development KB
    anatomy): a fronted "As a/an ..." says it of the clause's subject as a copula does."""
    text = ["Bradykinin is a potent vasodilator that widens the small arteries of the skin.",
            "As an extremely potent vasodilator, histamine lowers the pressure within minutes.",
            "Renin is an enzyme of the kidney."]
    assert _terms([{"id": "v", "name": "potent vasodilator"}], text) == {"v": False}


def test_a_phrase_after_such_as_or_a_verb_and_as_stays_a_term():
    """"such as a", "as well as a" list examples; "used as a" names the class the object is put to."""
    text = ["Bradykinin is a potent vasodilator that widens the small arteries of the skin.",
            "Drugs such as a potent vasodilator lower the pressure, as well as a potent vasodilator in a cream.",
            "Renin is an enzyme of the kidney."]
    assert _terms([{"id": "v", "name": "potent vasodilator"}], text) == {"v": True}
    text[1] = "The cream is used as a potent vasodilator on the skin."
    assert _terms([{"id": "v", "name": "potent vasodilator"}], text) == {"v": True}
