"""The offline extractor on spaCy: defining constructions, termhood, statements with polarity, and one real page.

Sentences come from several disciplines (anatomy, sociology, chemistry, astronomy) so no rule can lean on one
book's words.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from proda.ids import normalize_name
from proda.ingest.extract.offline import OfflineExtractor
from proda.ingest.recall import glossary_recall
from proda.models import Chunk, Definition

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def chunk(text: str, defs: list[tuple[str, str]] = (), heading: list[str] | None = None, cid: str = "chk_test") -> Chunk:
    return Chunk(id=cid, doc_id="doc_test", ord=0, text=text, start=0, end=len(text),
                 heading_path=heading if heading is not None else ["Overview"],
                 definitions=[Definition(term=t, definition=d) for t, d in defs])


def run(text: str, defs: list[tuple[str, str]] = (), heading: list[str] | None = None):
    return OfflineExtractor().extract(chunk(text, defs, heading), "test")


class _Names(dict):
    """Concepts by normalised name; look-ups normalise too."""

    def __getitem__(self, k):
        return super().__getitem__(normalize_name(k))

    def __contains__(self, k):
        return super().__contains__(normalize_name(k))


def by_name(ex) -> _Names:
    return _Names({normalize_name(c.name): c for c in ex.concepts})


def assert_verbatim(ex, text: str) -> None:
    for s in ex.statements:
        assert s.source_quote and s.source_quote in text, s
    for c in ex.concepts:
        assert not c.source_quote or c.source_quote in text, c
    assert ex.rejected_quotes == 0


# ----------------------------------------------------------------------------- L1: glossary entries


def test_definition_list_entries_become_defined_concepts():
    defs = [
        ("gross anatomy", "study of the larger structures of the body, typically with the unaided eye"),
        ("adenosine triphosphate (ATP)", "nucleotide that stores energy in its phosphate bonds"),
        ("anomie", "a situation in which society no longer has the support of a firm community"),
    ]
    text = "Glossary\n\n" + "\n\n".join(f"{t}: {d}" for t, d in defs)
    ex = run(text, defs)
    got = by_name(ex)
    ga = got["gross anatomy"]
    assert (ga.how, ga.definition) == ("definition_list", defs[0][1])
    assert ga.source_quote == f"gross anatomy: {defs[0][1]}"
    atp = got["adenosine triphosphate"]
    assert atp.name == "adenosine triphosphate" and "ATP" in atp.aliases
    assert got["anomie"].definition.startswith("a situation")
    assert ex.statements == []  # glossary lines are structure, not prose to parse into claims
    assert_verbatim(ex, text)


# ----------------------------------------------------------------------------- L1: defining constructions


def test_is_a_definition_needs_the_term_as_subject():
    text = ("A neuron is a cell that transmits electrical signals. "
            "Cultural relativism is the practice of assessing a culture by its own standards. "
            "The liver is the largest gland. Humans are social creatures. "
            "The primary hormones produced by the ovaries are estrogens, which include estradiol.")
    got = by_name(run(text))
    assert got["neuron"].definition == "A neuron is a cell that transmits electrical signals." and got["neuron"].how == "is_a"
    assert got["cultural relativism"].definition.startswith("Cultural relativism is the practice")
    for merely_mentioned in ("liver", "humans", "hormones", "estrogens"):
        assert merely_mentioned not in got or not got[merely_mentioned].definition


def test_called_known_as_and_also_called():
    text = ("A group of similar cells that perform a common function is called a tissue. "
            "A joint, also called an articulation, is any place where two bones meet. "
            "The thyroid gland (also known as the thyroid) lies in the neck.")
    got = by_name(run(text))
    assert got["tissue"].definition.startswith("A group of similar cells") and got["tissue"].how == "called"
    assert "articulation" in got["joint"].aliases and got["joint"].definition.startswith("A joint, also called")
    assert "thyroid" in got["thyroid gland"].aliases and not got["thyroid gland"].definition


def test_refers_to_means_and_defined_as():
    text = ("Coined by William Ogburn, the term culture lag refers to the time that passes before a new item is accepted. "
            "Osmolarity is defined as the concentration of solutes per liter of solution. "
            "Such attitudes are examples of ethnocentrism, which means judging another culture by one's own norms. "
            "A wave of the hand can mean many things.")
    got = by_name(run(text))
    assert got["culture lag"].how == "refers_to" and "term culture lag" not in got
    assert got["osmolarity"].definition.startswith("Osmolarity is defined as")
    assert got["ethnocentrism"].how == "which_means"
    assert "wave of hand" not in got or not got["wave of hand"].definition  # a modal "can mean" defines nothing


def test_appositive_definition_and_abbreviation():
    text = ("There are many formal norms, but the list of informal norms—casual behaviors that are widely conformed to—is longer. "
            "Adrenocorticotropic hormone (ACTH) stimulates the adrenal cortex.")
    got = by_name(run(text))
    assert got["informal norms"].how == "appos_def"
    assert "ACTH" in got["adrenocorticotropic hormone"].aliases


def test_no_step_marker_aliases_and_lists_are_not_definitions():
    text = ("The hormone binds to its receptor (Step 1). Music, anime, and cosplay are pieces of popular culture. "
            "The hormone then activates adenylyl cyclase (Step 2).")
    ex = run(text)
    assert not any("step" in a.lower() for c in ex.concepts for a in c.aliases)
    got = by_name(ex)
    assert "music" not in got or not got["music"].definition


# ----------------------------------------------------------------------------- L1: termhood


def test_fragments_are_not_concepts():
    text = ("Small amounts of iodine are absorbed by the gut, and small amounts of iodine reach the thyroid. "
            "The thyroid is a major player, and the thyroid is a good example of a gland. "
            "These patients visit the clinic. The clinic serves patients. The thyroid absorbs iodine.")
    names = {normalize_name(c.name) for c in run(text).concepts}
    for frag in ("small amount", "amount", "major player", "good example", "example", "these patient", "it"):
        assert frag not in names, names
    assert "thyroid" in names


def test_heading_names_a_term_and_title_case_is_lowered():
    ex = run("The thyroid gland lies in the neck. The thyroid gland makes hormones.", heading=["The Thyroid Gland"])
    got = by_name(ex)
    assert "thyroid gland" in got and got["thyroid gland"].name == "thyroid gland"


# ----------------------------------------------------------------------------- L2: statements


def test_statements_carry_lemma_family_polarity_and_quote():
    text = ("Alcohol inhibits the release of ADH. The release of ADH reduces water loss. "
            "ADH is secreted by the posterior pituitary. Alcohol does not increase ADH. "
            "The posterior pituitary lies below the hypothalamus. Alcohol dehydrates the body.")
    ex = run(text, heading=["Alcohol and ADH"])  # "alcohol" is everyday English: the heading vouches for it
    st = {(s.subject, s.predicate, s.object): s for s in ex.statements}
    inh = st[("Alcohol", "inhibits", "release of ADH")] if ("Alcohol", "inhibits", "release of ADH") in st else \
        st[("alcohol", "inhibits", "release of ADH")]
    assert (inh.predicate_lemma, inh.family, inh.polarity, inh.rule) == ("inhibit", "inhibit", -1, "svo")
    assert inh.subject_term.lower() == "alcohol" and inh.object_term == "release of ADH"
    sec = st[("posterior pituitary", "secretes", "ADH")]
    assert (sec.family, sec.polarity, sec.rule) == ("produce", 1, "passive")
    neg = [s for s in ex.statements if s.negated]
    assert neg and neg[0].predicate == "does not increase" and neg[0].polarity == -1
    assert_verbatim(ex, text)


def test_statements_need_terms_the_text_stands_behind():
    # "bedtime" occurs once and is defined nowhere: no concept, so no statement about it
    text = "Toddlers follow routines. Parents set bedtime. Routines shape toddlers. Toddlers need routines."
    ex = run(text)
    assert not any("bedtime" in (s.object_term or s.object) for s in ex.statements)
    assert any(s.subject_term.lower() == "routines" or s.object_term.lower() == "routines" for s in ex.statements)


def test_reference_sections_give_no_statements():
    text = "Zalta, E. N. 2010. The Encyclopedia, edited by E. N. Zalta. Zalta edits encyclopedias about encyclopedias."
    assert run(text, heading=["References"]).statements == []


# ----------------------------------------------------------------------------- general properties


def test_deterministic_quotes_verbatim_and_many_equals_one():
    texts = ["The heart pumps blood. Blood carries oxygen to the tissues. The heart is a muscular organ.",
             "Stars fuse hydrogen into helium. A star is a ball of plasma held together by its own gravity. Stars emit light."]
    cs = [chunk(t, cid=f"c{i}") for i, t in enumerate(texts)]
    one = [OfflineExtractor().extract(c, "x").model_dump() for c in cs]
    assert one == [OfflineExtractor().extract(c, "x").model_dump() for c in cs]
    many = OfflineExtractor(workers=1).extract_many(cs, "x")
    assert [m.model_dump() for m in many] == one
    for c, o in zip(cs, many):
        assert_verbatim(o, c.text)


def test_extractor_name_and_empty_chunk():
    ex = OfflineExtractor()
    assert ex.name == "offline"
    out = ex.extract(chunk(""), "x")
    assert out.concepts == [] and out.statements == [] and out.chains == []


# ----------------------------------------------------------------------------- glossary recall


def test_glossary_recall(tmp_path):
    g = tmp_path / "glossary.jsonl"
    rows = [
        {"term": "homeostasis", "definition": "steady state"},
        {"term": "adenosine triphosphate (ATP)", "definition": "energy"},
        {"term": "tissues", "definition": "groups of cells"},
        {"term": "gross anatomy", "definition": "large structures"},
        {"term": "cytology", "definition": "study of cells"},
    ]
    g.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    concepts = [
        {"name": "homeostasis", "aliases": [], "definition": "x", "how": "definition_list"},
        {"name": "Adenosine triphosphate", "aliases": ["ATP"], "definition": "x", "how": "is_a"},
        {"name": "tissue", "aliases": [], "definition": "x", "how": "are"},
        {"name": "gross anatomy", "aliases": [], "definition": "", "how": "mention"},  # no definition: not found
        {"name": "cell biology", "aliases": ["Cytology"], "definition": "x", "how": "called"},
    ]
    r = glossary_recall(concepts, g)
    assert (r["terms"], r["found"]) == (5, 4)
    assert r["recall"] == 0.8
    assert r["missed_examples"] == ["gross anatomy"]
    so = r["sentence_only"]
    assert (so["found"], so["recall"]) == (3, 0.6)
    assert so["missed_examples"] == ["homeostasis", "gross anatomy"]


# ----------------------------------------------------------------------------- a real page


@pytest.mark.skipif(not (CORPORA / "sociology" / "corpus-prose").is_dir(), reason="shared corpora not available")
def test_real_prose_page_statements_and_definitions():
    from proda.ids import document_id
    from proda.ingest.chunking import chunk_document
    from proda.ingest.readers import read_document

    page = next((CORPORA / "sociology" / "corpus-prose").glob("03-*/m90152-*.html"))
    doc = read_document(page)
    chunks = chunk_document(doc, document_id(doc.sha256))
    outs = OfflineExtractor(workers=1).extract_many(chunks, "sociology")
    n_st = sum(len(o.statements) for o in outs)
    # 2.2 per chunk before the audit-driven precision rules (restrictive clauses, anaphoric and cut arguments,
    # vignettes), 1.3 after, 1.1 after the round-4 rules (the two lost were wrong: "some symbols | provide |
    # useful instruction" read across a semicolon), 1.08 after round 6's (a scope that cannot be carried, a cut name,
    # complement or restriction drops the frame), 1.0 after round 7's (cuts.py; the two lost were wrong: "some
    # symbols | represent | elicit strong emotions", "elicit strong emotions | can lead to | social unrest"): the
    # floor guards against a rule that empties the page
    assert n_st >= 1.0 * len(chunks)
    got = {(s.subject.lower(), s.object.lower()) for o in outs for s in o.statements}
    assert ("written language system", "symbols that refer to spoken sound") in got  # restrictive clause kept
    assert not any(s.lower() in ("lucy", "noel") for s, _ in got)  # a vignette's first-named person
    for c, o in zip(chunks, outs):
        assert_verbatim(o, c.text)
        for cc in o.concepts:
            assert 1 <= len(cc.name.split()) <= 6
    defined = {normalize_name(c.name) for o in outs for c in o.concepts if c.definition}
    assert {"norm", "more", "folkway"} <= defined, defined


def test_everyday_words_are_not_concepts_unless_the_text_stands_behind_them():
    from proda.ingest.extract.terms import is_term, mention_term

    # "leaders" recurs three times but is everyday English (wordfreq): neither concept nor statement endpoint
    text = ("Hospitals employ leaders. Leaders perform sonograms. Sonograms require leaders. "
            "Radiologists interpret sonograms. Radiologists archive sonograms. Radiologists supervise technicians.")
    ex = run(text)
    assert "leaders" not in by_name(ex)
    assert not any("leaders" in (s.subject_term + s.object_term).lower() for s in ex.statements)
    assert any("sonograms" in (s.subject_term + s.object_term).lower() for s in ex.statements)
    # the same word is kept when a heading vouches for it
    assert "leaders" in by_name(run(text, heading=["Leaders"]))
    assert not mention_term("resources", 3, False) and mention_term("resources", 3, True)
    assert not mention_term("ordinary people", 1, False) and mention_term("bomb calorimeter", 1, False)
    assert not mention_term("Ro", 9, False) and not is_term("SolutionThe temperature")


def test_worked_example_blocks_give_no_statements():
    """A worked example's sentences hold for its numbers only (audit: "SolutionThe temperature | absorbs | heat",
    "reaction quotient | is greater than | equilibrium constant" for one mixture)."""
    prose = ("A calorimeter measures heat. The calorimeter contains water. Water absorbs heat. "
             "An exothermic reaction releases heat to the surroundings.")
    example = ("Solution The calorimeter absorbs heat from the exothermic reaction.\n\n"
               "Check Your Learning The exothermic reaction raises the temperature of the calorimeter.")
    ex = run(prose + "\n\n" + example)
    got = {(s.subject, s.object) for s in ex.statements}
    assert ("exothermic reaction", "heat to the surroundings") in got  # the prose before the example is read
    assert not [s for s in ex.statements if s.subject == "calorimeter"], got
    # a chunk opened by an "Answer:" heading: its first paragraph is the answer, the prose after it is read
    ans = run("Answer:\n\nThe calorimeter absorbs heat from the exothermic reaction.\n\n" + prose)
    assert ans.statements and not [s for s in ans.statements if s.subject == "calorimeter"]
