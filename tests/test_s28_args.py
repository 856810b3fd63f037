"""Arguments cut short or too bare (session 28, C: :mod:`proda.ingest.extract.argument_wholes`, the label and the
earlier-restricted noun of :mod:`proda.ingest.extract.argument_cuts`): sentences of the development chapters
(anatomy 05/10/24, sysadmin 04, databases) and a few invented ones, each refusal beside a kept sibling in the same
test, so a check that refused all (or an extractor that returned nothing) would fail."""

from __future__ import annotations

from tests.statements_util import triples


# 1. a relative clause the parse ended early: the argument is read to the clause's end, never cut inside it

def test_a_clause_whose_object_the_parse_hung_elsewhere_is_read_whole():
    text = "Albinism is a genetic disorder that affects (completely or partially) the coloring of skin, hair, and eyes."
    objs = [o for s, _, o in triples(text) if s == "albinism"]
    assert objs and all(o.endswith("the coloring of skin, hair, and eyes") for o in objs), triples(text)


def test_names_after_a_whose_clause_stay_in_the_object():
    text = ("Both shared locks and exclusive locks are stored in a shared memory pool whose size is defined by the "
            "configuration variables max_locks_per_transaction and max_connections.")
    objs = {o for _, _, o in triples(text)}
    assert objs and all(o.endswith("max_locks_per_transaction and max_connections") for o in objs), objs


def test_a_clause_that_ends_before_the_main_verb_is_unchanged():
    text = "The nail fold that meets the proximal end of the nail body forms the nail cuticle."
    assert ("nail fold that meets the proximal end of the nail body", "forms", "nail cuticle") in triples(text), \
        triples(text)


# 2. one verb of an "or" choice over a shared object is no claim

def test_one_alternative_of_a_shared_object_is_refused():
    text = "The index must physically store, or else be able to reconstruct, the original value of each entry."
    assert not any(p.endswith("store") for _, p, _ in triples(text)), triples(text)
    assert ("index", "must store", "original value of each entry") in triples(  # the sibling without the choice
        "The index must store the original value of each entry.")
    text = "A valid certificate either signs or encrypts the session key."
    assert not any(s == "valid certificate" for s, _, _ in triples(text)), triples(text)
    assert any(s == "valid certificate" for s, _, _ in triples("A valid certificate signs the session key."))


def test_a_possibility_and_a_plain_verb_stay():
    assert any(p.startswith("can ") for _, p, _ in triples("Exercise can increase or decrease blood pressure.")), \
        triples("Exercise can increase or decrease blood pressure.")
    assert ("index", "must store", "original value of each entry") in triples(
        "The index must store the original value of each entry.")


# 3. a one-letter name after its noun ("just column x") is part of the argument

def test_a_letter_naming_the_noun_stays_with_it():
    objs = [o for _, _, o in triples("The constraint applies to just column x, not to the combination of columns.")]
    assert objs and all(o.endswith("column x") for o in objs), objs


# 4. "the N" whose restriction an earlier "a N of ..." of the same sentence gave is too bare alone: read with it

def test_a_bare_noun_restricted_earlier_in_the_sentence_is_read_with_that_restriction():
    text = "A partial index is built over a subset of a table; the subset is defined by a conditional expression."
    assert not any(o == "subset" or s == "subset" for s, _, o in triples(text)), triples(text)
    assert ("conditional expression", "defines", "subset of table") in triples(text), triples(text)


def test_a_noun_the_sentence_took_as_known_is_not_restored():
    text = ("Sleep apnea is caused by an obstruction of the airway during sleep, which can occur at different points "
            "in the airway.")
    assert not any("during sleep" in o for _, _, o in triples(text)), triples(text)
    assert ("obstruction of airway", "causes", "sleep apnea") in triples(text), triples(text)  # the sentence is read


def test_the_same_noun_without_an_earlier_restriction_stays():
    text = "The subset is defined by a conditional expression."
    assert any(o == "subset" for _, _, o in triples(text)), triples(text)


# 5. a hyphenated word before a noun is part of the term it names; one opened by an adverb only describes

def _terms(text: str) -> list[tuple[str, str]]:
    from proda.ingest.extract.claims import sentence_frames
    from proda.ingest.extract.nlp import load_nlp

    return [(f.subject_term, f.object_term) for s in load_nlp()(text).sents for f, _ in sentence_frames(s)]


def test_a_hyphenated_kind_stays_in_the_term():
    text = "A first-degree burn is a superficial burn that affects only the epidermis."  # anatomy 05
    assert ("first-degree burn", "superficial burn") in _terms(text), _terms(text)


def test_an_adverb_or_a_form_compound_is_left_out_of_the_term():
    text = "The newly-created filesystem now contains a minimal Debian system and a network interface."  # sysadmin 04
    assert ("filesystem", "minimal Debian system") in _terms(text), _terms(text)
    assert ("diaphragm", "muscle") in _terms("The diaphragm is a dome-shaped muscle below the lungs."), \
        _terms("The diaphragm is a dome-shaped muscle below the lungs.")


# 6. a hyphenated word of a degree adjective and a scale noun ("low-level", "low-cost") grades the thing: out of the
# term, unless the passage names the whole (it recurs there, or an abbreviation follows it); the statement keeps its
# words.  A degree adjective with another noun names a kind ("high-spin complexes", "high-energy molecule") and stays

def test_a_degree_word_is_left_out_of_the_term_the_statement_keeps_it():
    text = "Muscle tone is the constant low-level contractions that allow for posture and stability."  # anatomy 10
    assert ("muscle tone", "contractions") in _terms(text), _terms(text)
    assert any(o.startswith("constant low-level contractions") for _, _, o in triples(text)), triples(text)
    text = "Weak-field ligands favor formation of high-spin complexes."  # chemistry 19
    assert ("weak-field ligands", "formation of high-spin complexes") in _terms(text), _terms(text)
    text = "NADH is a high-energy molecule, like ATP, but unlike ATP, it is not used as energy currency by the cell."
    assert ("NADH", "high-energy molecule") in _terms(text), _terms(text)  # anatomy 24


def test_a_degree_word_the_passage_repeats_or_abbreviates_stays():
    text = ("These muscles can maintain low-level contractions for long periods. "  # anatomy 10, two sentences
            "Muscle tone is the constant low-level contractions that allow for posture and stability.")
    assert ("muscle tone", "constant low-level contractions") in _terms(text), _terms(text)
    text = "Low-cost housing (LCH) attracts young families."
    assert ("low-cost housing", "young families") in _terms(text), _terms(text)
