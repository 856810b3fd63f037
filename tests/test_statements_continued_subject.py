"""Two constructions of general English that gave no statement on books of new disciplines (issue 11, s26-A).

* A main-clause "it"/"they" that carries on the subject of the clause before it, while other nouns of its number
  stand in scope ("The router is a small device, but it forwards packets"): resolved to that subject
  (antecedents.continued_subject), refused when an object of the same number could be meant, when the earlier
  subject points back itself, when a phrase is fronted before the pronoun, or when either clause is subordinate.
* The first of two clauses joined by ":" or ";" that the parser hung as a ccomp on the second one's verb
  (colon_clauses.colon_clause): a main clause, read as one.
Invented sentences from several disciplines, then sentences of the books (anatomy, system administration) that the
s27-A measure found gained (docs/audits/dev-2026-12-04/s27-A.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from statements_util import triples  # noqa: E402

from proda.ingest.extract.antecedents import continued_subject  # noqa: E402
from proda.ingest.extract.colon_clauses import colon_clause  # noqa: E402
from proda.ingest.extract.nlp import load_nlp  # noqa: E402


def _pronoun_antecedent(text: str, pronoun: str) -> str | None:
    doc = load_nlp()(text)
    tok = [t for t in doc if t.lower_ == pronoun][-1]
    ante = continued_subject(tok, tok.sent)
    return None if ante is None else ante.text


def test_it_continues_the_first_conjunct_subject():
    got = _pronoun_antecedent("The spleen is a large organ of the abdomen, but it filters the blood.", "it")
    assert got == "spleen"


def test_it_continues_the_previous_sentence_subject():
    got = triples("The ledger is a record of the accounts of a firm. It records each payment of the firm.")
    assert ("ledger", "records", "each payment of firm") in got, got


def test_they_continues_a_plural_subject():
    got = triples("Glaciers are large masses of ice on the land. They carve deep valleys into the mountains.")
    assert ("glaciers", "carve", "deep valleys into the mountains") in got, got


def test_an_object_of_the_same_number_blocks_it():
    assert _pronoun_antecedent("The kernel loads the module at boot. It then checks the signature.", "it") is None


def test_a_pointing_subject_before_blocks_it():
    assert _pronoun_antecedent("This method is a simple test of the soil. It measures the acidity.", "it") is None


def test_a_fronted_phrase_blocks_it():
    assert _pronoun_antecedent("The senate is the upper house of the parliament. In wartime, it meets in secret.",
                               "it") is None


def test_a_subject_of_the_other_number_gives_nothing():
    assert _pronoun_antecedent("The committees are small groups of members. It sets the agenda.", "it") is None


def test_a_clause_before_a_colon_is_a_main_clause():
    doc = load_nlp()("The compiler is only a thin layer around the assembler: it translates each line in turn.")
    v = next(t for t in doc if t.lower_ == "is")
    assert v.dep_ == "ccomp" and colon_clause(v)  # the misparse the rule repairs
    got = triples("The compiler is only a thin layer around the assembler: it translates each line in turn.")
    assert ("compiler", "is", "only a thin layer around the assembler") in got, got


def test_a_clause_before_a_semicolon_is_a_main_clause():
    got = triples("Inflation is not just a monetary problem; more than anything, it is about expectations.")
    assert ("inflation", "is not", "just a monetary problem") in got, got


def test_a_reported_clause_stays_unread():
    doc = load_nlp()("Prices will fall next year: so say most of the analysts.")
    assert not any(colon_clause(t) for t in doc if t.head.lemma_ == "say")


def test_a_that_clause_before_a_colon_is_no_main_clause():
    doc = load_nlp()("That the river floods each spring: this is what the farmers expect.")
    assert not any(colon_clause(t) for t in doc)


def test_an_antecedent_before_two_coordinated_clauses_is_refused():
    assert _pronoun_antecedent("Many farms were home to large families, and the advice of elders was respected. They "
                               "offered help to their children.", "they") is None


# sentences of the books themselves (s27-A measure: each gave no statement before)

def test_book_sentence_previous_subject_anatomy():
    got = triples("Secretin is a peptide hormone secreted by the small intestine as acidic chyme (partially digested "
                  "food and fluid) moves from the stomach. It stimulates the release of bicarbonate from the pancreas, "
                  "which buffers the acidic chyme, and inhibits the further secretion of hydrochloric acid by the "
                  "stomach.")
    assert ("secretin", "stimulates", "release of bicarbonate") in {(s.lower(), p, o) for s, p, o in got}, got


def test_book_sentence_first_conjunct_sysadmin():
    got = triples("KVM, which stands for Kernel-based Virtual Machine, is first and foremost a kernel module "
                  "providing most of the infrastructure that can be used by a virtualizer, but it is not a virtualizer "
                  "by itself.")
    assert ("KVM", "is not", "virtualizer by itself") in got, got


def test_book_sentence_semicolon_sysadmin():
    got = triples("QEMU is a software emulator for a full computer; performances are far from the speed one could "
                  "achieve running natively, but this allows running unmodified or experimental operating systems on "
                  "the emulated hardware.")
    assert ("QEMU", "is", "software emulator for a full computer") in got, got


def test_a_subordinate_clause_is_no_main_clause():
    # sociology: the second "that" clause is a belief of the sociologists, not a clause of the book's own
    text = ("Many sociologists now believe that functionalism is no longer useful as a macro-level theory, but that it "
            "does serve a useful purpose in some mid-level analyses.")
    assert _pronoun_antecedent(text, "it") is None
    assert not any(s == "functionalism" for s, p, o in triples(text))


# review findings 2 (s27): a recipient of the pronoun's number in the clause before could be meant

def test_a_recipient_of_the_same_number_blocks_it():
    text = "Farmers sell their grain to the mills. They grind the grain into flour."
    assert _pronoun_antecedent(text, "they") is None
    assert not any(s.lower() == "farmers" and p == "grind" for s, p, o in triples(text))
    assert _pronoun_antecedent("The servers send a request to the clients. They process it at once.", "they") is None


def test_a_recipient_of_the_other_number_does_not_block_it():
    got = triples("Farmers sell their grain to the mill. They keep the straw for the winter.")
    assert ("farmers", "keep", "straw for the winter") in {(s.lower(), p, o) for s, p, o in got}, got


def test_a_prepositional_phrase_of_place_or_setting_does_not_block_it():
    # anatomy book (s27-F2: refusing on any prepositional object of the verb dropped these right statements)
    assert _pronoun_antecedent("TSH is released from the anterior pituitary in response to thyrotropin-releasing "
                               "hormone (TRH) from the hypothalamus. As discussed shortly, it triggers the secretion "
                               "of thyroid hormones by the thyroid gland.", "it") == "TSH"
    assert _pronoun_antecedent("For example, Cushing’s disease is a disorder characterized by high blood glucose "
                               "levels. It is caused by hypersecretion of cortisol.", "it") == "disease"
