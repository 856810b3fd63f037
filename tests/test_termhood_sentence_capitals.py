"""A capital that only opens a sentence is no evidence of a proper name (S15: "Glucose", "Edema", "Uranium" were no
terms in development KBs: each node took its name from a statement whose subject opened its sentence, and termhood
read the capital as a proper name, or spaCy's NER read the sentence-initial word as a person).

The word's other occurrences decide: written in lower case mid-sentence in more chunks than it is capitalised
mid-sentence, it is a common noun, named in lower case; a name capitalised mid-sentence ("Mendel", "Congress") or
never written otherwise stays a name.  Invented text."""

from proda.ingest.termhood import termhood_rows


def _chunks(sentences: list[str]) -> list[dict]:
    return [{"id": f"k{i}", "doc_id": f"d{i % 3}", "heading": f"H{i}", "text": s} for i, s in enumerate(sentences)]


_CREATININE = ["Creatinine is a waste product of muscle metabolism.",
               "The kidneys filter creatinine out of the blood.",
               "A high level of creatinine in the blood points to kidney damage.",
               "Creatinine clearance estimates the filtration rate.",
               "Muscle mass sets how much creatinine a person makes.",
               "Doctors measure creatinine in a urine sample."]
# a person named at sentence starts and mid-sentence, never in lower case
_MENDEL = ["Mendel crossed pea plants with different flower colors.",
           "The laws that Mendel found were ignored for decades.",
           "Mendel counted the offspring of each cross.",
           "Later biologists repeated the crosses of Mendel.",
           "Mendel worked in a monastery garden.",
           "The ratios Mendel reported fit his model."]
# a name that only ever opens its sentences: no evidence either way, it stays a name
_HOLLIS = ["Hollis argued that cities grow along rivers.",
           "Hollis later revised the argument.",
           "Hollis also studied ports.",
           "Hollis died before the book appeared."]
# a body the prose capitalises mid-sentence far more often than it writes the word in lower case
_SENATE = ["The Senate approves treaties.",
           "Members of the Senate serve six-year terms.",
           "A bill passes the Senate by a simple majority.",
           "Senate rules allow a filibuster.",
           "The Senate confirms judges.",
           "Each state elects two members of the Senate.",
           "Some states have a senate of their own."]
# an adjective opening a sentence: in lower case it is a bare adjective, still no term
_RENAL = ["Renal failure follows long high blood pressure.",
          "The renal artery enters the kidney at the hilum.",
          "Blood leaves through the renal vein.",
          "The renal pelvis collects urine.",
          "A renal capsule wraps each kidney.",
          "The renal cortex holds most nephrons."]


def _row(name: str, text: list[str], **ev) -> dict:
    return termhood_rows([{"id": "c", "name": name, **ev}], _chunks(text))[0]


def test_a_common_noun_named_from_a_sentence_start_is_a_term_named_in_lower_case():
    row = _row("Creatinine", _CREATININE)
    assert row["term"] and row["name"] == "creatinine"


def test_a_person_label_on_a_sentence_initial_common_noun_does_not_stop_it():
    """spaCy's small NER reads "Creatinine is ..." as a person; the lower-case uses say otherwise."""
    row = _row("Creatinine", _CREATININE, person=True)
    assert row["term"] and row["name"] == "creatinine"
    assert _row("creatinine", _CREATININE, person=True)["term"]


def test_a_proper_name_capitalised_mid_sentence_stays_a_name():
    row = _row("Mendel", _MENDEL)
    assert not row["term"] and row["name"] == "Mendel"
    row = _row("Mendel", _MENDEL, person=True)
    assert not row["term"] and row["name"] == "Mendel"


def test_a_name_that_only_opens_sentences_stays_a_name():
    row = _row("Hollis", _HOLLIS)
    assert not row["term"] and row["name"] == "Hollis"


def test_a_body_capitalised_more_often_than_written_in_lower_case_stays_a_name():
    row = _row("Senate", _SENATE)
    assert not row["term"] and row["name"] == "Senate"


def test_a_sentence_initial_adjective_in_lower_case_is_still_no_term():
    row = _row("Renal", _RENAL)
    assert not row["term"] and row["name"] == "renal"


def test_a_capitalised_multiword_name_is_not_lowered():
    """Only one word: a sentence start capitalises a phrase's first word only ("Creatinine clearance")."""
    rows = termhood_rows([{"id": "c", "name": "Kidney Foundation"}],
                         _chunks(["The Kidney Foundation funds research.", "A kidney foundation is a charity."]))
    assert rows[0]["name"] == "Kidney Foundation"


def test_rows_are_the_same_when_recomputed_from_the_renamed_node():
    first = _row("Creatinine", _CREATININE)
    again = _row(first["name"], _CREATININE)
    assert again == first


def test_ingest_termhood_stores_the_lower_case_name(store):
    """Against the real store: the node is renamed in place (same id), and a second pass changes nothing."""
    from proda.ingest.termhood import termhood_rows as rows_of

    store.write("CREATE (:Concept {id: 'creatinine', name: 'Creatinine', caption: 'Creatinine'}), "
                "(:Concept {id: 'mendel', name: 'Mendel', caption: 'Mendel'})")
    for k in _chunks(_CREATININE + _MENDEL):
        store.write("CREATE (:Chunk {id: $id, doc_id: $doc_id, heading: $heading, text: $text})", **k)
    for _ in range(2):
        store.write_rows("ingest_termhood", rows_of(store.read("termhood_concepts"), store.read("termhood_chunks")))
        got = {r["id"]: r for r in store.read("MATCH (c:Concept) RETURN c.id AS id, c.name AS name, "
                                              "c.caption AS caption, c.term AS term")}
        assert got["creatinine"] == {"id": "creatinine", "name": "creatinine", "caption": "creatinine", "term": True}
        assert got["mendel"]["name"] == "Mendel" and not got["mendel"]["term"]
