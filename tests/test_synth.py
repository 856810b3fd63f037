"""Training items: every type correct against the KB, distractors wrong, TEACHES edges, determinism, llm rewrite."""

from __future__ import annotations

import json
import re

import pytest

from proda.datasets import create_version, load_train_items
from proda.ids import chain_id, concept_id, statement_id, step_id
from proda.train import synth
from proda.train.items.cloze import near_chains
from proda.train.items.generators import claim

try:
    from fake_openai import FakeOpenAI, fake_openai, task_of  # noqa: F401  (fixture)
except ImportError:  # pragma: no cover
    from tests.fake_openai import FakeOpenAI, fake_openai, task_of  # noqa: F401

DEFS = {
    "thyroid gland": "The thyroid gland is an endocrine gland in the neck that secretes thyroid hormones.",
    "platelet": "cell fragment that circulates in the blood and helps form clots",
    "fibrin": "Fibrin is an insoluble protein that forms the mesh of a blood clot.",
    "insulin": "Insulin is a pancreatic hormone that lowers blood glucose.",
}
STATEMENTS = [  # (subject, predicate, object)
    ("hypothalamus", "secretes", "TRH"), ("TRH", "stimulates", "pituitary gland"),
    ("pituitary gland", "secretes", "TSH"), ("TSH", "stimulates", "thyroid gland"),
    ("thyroid gland", "secretes", "T4"), ("thyroid gland", "secretes", "T3"), ("T3", "increases", "metabolism"),
    ("T3", "is_a", "thyroid hormone"), ("T4", "is_a", "thyroid hormone"),
    ("platelet", "binds_to", "collagen"), ("fibrinogen", "converts_to", "fibrin"),
    ("vascular spasm", "leads_to", "platelet plug"), ("platelet plug", "leads_to", "coagulation cascade"),
    ("coagulation cascade", "produces", "fibrin"), ("fibrin", "is_a", "protein"), ("fibrinogen", "is_a", "protein"),
    ("pancreas", "secretes", "insulin"), ("pancreas", "secretes", "glucagon"),
    ("insulin", "decreases", "blood glucose"), ("glucagon", "increases", "blood glucose"),
    ("liver", "stores", "glycogen"), ("insulin", "stimulates", "liver"), ("high blood glucose", "stimulates", "insulin"),
]
CHAINS = [  # name, [(step text, [concepts])], [(statement index, from position)]
    ("Thyroid hormone regulation",
     [("hypothalamus releases TRH", ["hypothalamus", "TRH"]), ("pituitary gland releases TSH", ["pituitary gland", "TSH"]),
      ("thyroid gland releases T3 and T4", ["thyroid gland", "T3"]), ("metabolic rate of cells rises", ["metabolism"])],
     [(1, 1), (3, 2), (6, 3)]),
    ("Hemostasis",
     [("vascular spasm narrows vessel", ["vascular spasm"]), ("platelets form a platelet plug", ["platelet plug"]),
      ("coagulation cascade is started", ["coagulation cascade"]), ("fibrin mesh stabilises the clot", ["fibrin"])],
     [(11, 1), (12, 2), (13, 3)]),
    ("Lowering blood glucose",
     [("blood glucose rises after meals", ["high blood glucose"]), ("pancreas releases more insulin", ["insulin"]),
      ("liver stores glucose as glycogen", ["liver", "glycogen"])],
     [(22, 1), (21, 2)]),
]


def build_kb(store, domain: str = "physiology") -> None:
    """A small hand-built KB written with the ingest named queries (documents, chunks, L1, L2, L3, provenance)."""
    doc = {"id": "doc_test", "path": "test.md", "title": "Test Physiology", "format": "md", "sha256": "x",
           "chars": 100, "domain": domain}
    store.write_rows("ingest_documents", [doc])
    text = " ".join(f"{s} {p.replace('_', ' ')} {o}." for s, p, o in STATEMENTS)
    store.write_rows("ingest_chunks", [{"id": "chk_test", "doc_id": "doc_test", "ord": 0, "text": text, "start": 0,
                                        "end": len(text), "heading_path": ["Physiology"], "heading": "Physiology",
                                        "caption": "Test #0"}])
    names = {n for s, _, o in STATEMENTS for n in (s, o)} | set(DEFS)
    names |= {c for _, steps, _ in CHAINS for _, cs in steps for c in cs}
    store.write_rows("ingest_concepts", [{
        "id": concept_id(n), "name": n, "key": n.lower(), "aliases": [], "alias_keys": [], "aliases_text": "",
        "definition": DEFS.get(n, ""), "type": "term", "domain": domain} for n in sorted(names)])
    store.write_rows("ingest_concept_sources", [{"unit": concept_id(n), "chunk": "chk_test", "quote": "", "how": "test"}
                                                for n in sorted(names)])
    rows = [{"id": statement_id(concept_id(s), p, concept_id(o)), "subject": s, "predicate": p, "object": o,
             "subject_id": concept_id(s), "object_id": concept_id(o),
             "source_quote": f"{s} {p.replace('_', ' ')} {o}.", "domain": domain} for s, p, o in STATEMENTS]
    store.write_rows("ingest_statements", rows)
    store.write_rows("ingest_statement_sources", [{"unit": r["id"], "chunk": "chk_test", "quote": r["source_quote"],
                                                   "how": "statement"} for r in rows])
    for name, steps, trans in CHAINS:
        texts = [t for t, _ in steps]
        chid = chain_id(name, texts)
        store.write_rows("ingest_chains", [{"id": chid, "name": name, "summary": "", "preconditions": [],
                                            "negative_constraints": [], "domain": domain, "length": len(steps),
                                            "about": None}])
        store.write_rows("ingest_chain_sources", [{"unit": chid, "chunk": "chk_test", "quote": name, "how": "chain"}])
        step_rows = [{"id": step_id(chid, p), "chain_id": chid, "position": p, "text": t,
                      "prev": step_id(chid, p - 1) if p > 1 else None} for p, (t, _) in enumerate(steps, 1)]
        store.write_rows("ingest_steps", step_rows)
        store.write_rows("ingest_next_steps", [r for r in step_rows if r["prev"]])
        store.write_rows("ingest_step_mentions", [{"step": step_id(chid, p), "concept": concept_id(c)}
                                                  for p, (_, cs) in enumerate(steps, 1) for c in cs])
        store.write_rows("ingest_statement_steps", [{"statement": rows[i]["id"], "from_step": step_id(chid, a),
                                                     "to_step": step_id(chid, a + 1)} for i, a in trans])


@pytest.fixture
def kb_store(store):
    build_kb(store)
    return store


BOOK = ("Prostaglandins cause vasodilation by relaxing vascular smooth muscle and are a major cause of the pain "
        "associated with inflammation.")  # anatomy ch. 21, a whole sentence of the book: a cloze can blank it


def add_book_sentence(store) -> str:
    """A second section holding one whole sentence of a book, far from every chain (``build_kb``'s sentences are no
    whole sentences, and its one section holds the chains): the source of one cloze.  Returns its statement id."""
    store.write_rows("ingest_documents", [{"id": "doc_book", "path": "book.md", "title": "Book", "format": "md",
                                           "sha256": "y", "chars": len(BOOK), "domain": "physiology"}])
    store.write_rows("ingest_chunks", [{"id": "chk_book", "doc_id": "doc_book", "ord": 0, "text": BOOK, "start": 0,
                                        "end": len(BOOK), "heading_path": ["Book"], "heading": "Book",
                                        "caption": "Book #0"}])
    names = ("prostaglandins", "vasodilation")
    store.write_rows("ingest_concepts", [{
        "id": concept_id(n), "name": n, "key": n, "aliases": [], "alias_keys": [], "aliases_text": "",
        "definition": "", "type": "term", "domain": "physiology"} for n in names])
    sid = statement_id(concept_id(names[0]), "cause", concept_id(names[1]))
    store.write_rows("ingest_statements", [{"id": sid, "subject": names[0], "predicate": "cause", "object": names[1],
                                            "subject_id": concept_id(names[0]), "object_id": concept_id(names[1]),
                                            "source_quote": BOOK, "domain": "physiology"}])
    store.write_rows("ingest_statement_sources", [{"unit": sid, "chunk": "chk_book", "quote": BOOK,
                                                   "how": "statement"}])
    return sid


def kb_sentences(kb: synth.KB) -> set[str]:
    return {synth.sentence(s["subject"], s["predicate"], s["object"]).lower() for s in kb.statements}


def kb_denials(kb: synth.KB) -> set[str]:
    """The KB's facts in the negated form: a negated option is correct exactly when it is not one of these."""
    return {synth.sentence(s["subject"], s["predicate"], s["object"], negate=True).lower() for s in kb.statements}


def claim_true(text: str, kb: synth.KB) -> bool:
    t = text.lower()
    return t not in kb_denials(kb) if (" not " in t) else t in kb_sentences(kb)


def check_item(item, kb: synth.KB) -> None:
    """The item's answer is what the KB says and its distractors / false claims are not in the KB."""
    truths = kb_sentences(kb)
    sts = [kb.by_id[s] for s in item.statement_ids]
    if item.type == "single_choice":
        (s,) = sts
        assert len(item.options) == 4 and len(set(item.options)) == 4 and len(item.correct) == 1
        assert item.options[item.correct[0]] == s["object"]
        true_objects = {t["object"].lower() for t in kb.by_sp[(s["subject_id"], s["predicate"])]}
        for k, o in enumerate(item.options):
            if k != item.correct[0]:
                assert o.lower() not in true_objects
                # a real object or subject of some other statement
                assert any(o in (t["object"], t["subject"]) for t in kb.statements)
        assert item.answer.startswith("ABCD"[item.correct[0]] + ".")
    elif item.type == "multi_select":
        assert len(item.options) == 4 and 1 <= len(item.correct) <= 4
        assert item.option_forms == ["negated" if " not " in o else "affirmative" for o in item.options]
        for k, o in enumerate(item.options):
            assert claim_true(o, kb) == (k in item.correct), (o, item.correct)
        assert item.answer.startswith(", ".join("ABCD"[k] for k in item.correct) + ".")
    elif item.type == "true_false":
        (s,) = sts
        claim = re.sub(r"^(True or false: |Is the following statement true or false\? )", "", item.prompt).rstrip(".")
        is_true = claim_true(claim, kb)
        assert is_true == (item.subtype == "true"), (claim, item.subtype)
        assert item.answer.startswith("True." if is_true else "False.")
        assert s["object"] in item.answer  # the answer restates what the KB says
    else:
        assert item.type == "open_qa" and item.answer
        if item.subtype == "definition" and not item.statement_ids:
            (cid,) = item.concept_ids
            d = next(c["definition"] for c in kb.concepts if c["id"] == cid)
            assert d.rstrip(".") in item.answer
        else:
            for s in sts:
                assert s["object"].lower() in item.answer.lower() and s["subject"].lower() in item.answer.lower()


def test_every_type_correct_against_kb(kb_store):
    kb = synth.load_kb(kb_store)
    assert len(kb.statements) == len(STATEMENTS)
    items, rep = synth.generate(kb, per_statement=4, seed=1)
    types = {i.type for i in items}
    assert types == set(synth.TYPES), rep
    subtypes = {i.subtype for i in items if i.type == "open_qa"}
    assert {"definition", "function", "mechanism", "comparison"} <= subtypes
    assert {i.subtype for i in items if i.type == "true_false"} >= {"true", "object_replacement"}
    for it in items:
        check_item(it, kb)
        assert it.concept_ids or it.statement_ids
    # per-statement cap
    from collections import Counter

    per = Counter(s for i in items for s in i.statement_ids)
    assert max(per.values()) <= 4


def test_deterministic_and_seed_changes(kb_store):
    kb = synth.load_kb(kb_store)
    a, _ = synth.generate(kb, seed=3)
    b, _ = synth.generate(synth.load_kb(kb_store), seed=3)
    c, _ = synth.generate(synth.load_kb(kb_store), seed=4)
    assert [i.model_dump() for i in a] == [i.model_dump() for i in b]
    assert [i.id for i in a] != [i.id for i in c]


def test_budget_mix_and_dedupe(kb_store):
    kb = synth.load_kb(kb_store)
    items, rep = synth.generate(kb, max_items=10, type_mix={"true_false": 1.0}, seed=0)
    assert len(items) == 10 and {i.type for i in items} == {"true_false"}
    items, rep = synth.generate(kb, max_items=20, seed=0)
    assert len(items) == 20
    assert rep.types["open_qa"] >= rep.types["true_false"]  # 0.4 vs 0.2 of the budget
    with pytest.raises(ValueError):
        synth.generate(kb, type_mix={"essay": 1.0})
    # exact duplicates are dropped by the near-duplicate filter
    from proda.datasets import NearDup

    nd = NearDup(0.8)
    assert nd.add("What does the thyroid gland secrete into the blood stream today?")
    assert not nd.add("what does the Thyroid gland secrete into the blood-stream today")
    assert not nd.add("What does the thyroid gland secrete into the blood stream today, exactly?")
    assert nd.add("Which hormone lowers blood glucose after a meal rich in sugar?")


def test_teaches_edges_in_graph(kb_store):
    kb = synth.load_kb(kb_store)
    items, _ = synth.generate(kb, seed=0)
    v = create_version(kb_store, "train", items, {"items": len(items)}, {"seed": 0})
    loaded = load_train_items(kb_store, v.id)
    assert [i.model_dump() for i in loaded] == [i.model_dump() for i in items]
    rows = kb_store.read("MATCH (t:TrainItem)-[:TEACHES]->(u) RETURN t.id AS t, collect(u.id) AS units")
    edges = {r["t"]: set(r["units"]) for r in rows}
    for i in items:
        assert edges[i.id] == set(i.concept_ids) | set(i.statement_ids)



def test_step_texts_name_their_chains_concepts_and_documents(kb_store):
    """``train_step_texts`` gives each step the concepts it mentions, its chain's ``about`` concept and its chain's
    documents: the cloze keeps away from them (``cloze.near_chains``).  A wrong relationship name in the query
    would return empty lists and silently let a cloze teach a sentence the benchmark offers as a wrong option."""
    name, steps, _ = CHAINS[2]
    chid = chain_id(name, [t for t, _ in steps])
    kb_store.write_rows("ingest_chains", [{"id": chid, "name": name, "summary": "", "preconditions": [],
                                           "negative_constraints": [], "domain": "physiology", "length": len(steps),
                                           "about": concept_id("pancreas")}])
    rows = {r["text"]: r for r in kb_store.read("train_step_texts")}
    assert set(rows) == {t for _, st, _ in CHAINS for t, _ in st}
    for chain, st, _ in CHAINS:
        for text, mentioned in st:
            want = {concept_id(c) for c in mentioned} | ({concept_id("pancreas")} if chain == name else set())
            assert set(rows[text]["concepts"]) == want, text
            assert rows[text]["documents"] == ["test.md"]
    add_book_sentence(kb_store)
    docs, concepts = near_chains(synth.load_kb(kb_store))
    assert docs == {"test.md"} and concept_id("pancreas") in concepts and concept_id("prostaglandins") not in concepts


def _responder(body: dict):
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    payload = json.loads(user.split("\n\n", 1)[1])
    return {"question": "Teacher asks: " + payload["question"], "explanation": "Indeed. " + payload["explanation"]}


def test_llm_generator_rewrites_and_keeps_answers(kb_store, fake_openai, tmp_path):
    from proda.config import LLMConfig
    from proda.llm.client import ChatClient

    fake_openai.responder = _responder
    cfg = LLMConfig(base_url=fake_openai.base_url, model="test-model", api_key_env="", concurrency=2)
    book = add_book_sentence(kb_store)
    kb = synth.load_kb(kb_store)
    tmpl, _ = synth.generate(kb, seed=0)
    with ChatClient(cfg, tmp_path / "cache") as client:
        items, rep = synth.generate(kb, seed=0, generator="llm", client=client)
    clozes = [i for i in items if i.subtype == "cloze"]  # the book's sentence: never reworded
    assert [i.statement_ids for i in clozes] == [[book]]  # the one whole sentence of the book, and never empty
    assert all(i.generator == "template" and i.id in {t.id for t in tmpl} for i in clozes)
    rewritten = [i for i in items if i.subtype != "cloze"]
    assert rep.llm_rewritten == len(rewritten) > 0 and all(task_of(r) == "rewrite_item" for r in fake_openai.requests)
    assert all(i.generator == "llm" and i.prompt.startswith("Teacher asks: ") for i in rewritten)
    unit = lambda t: (t.type, t.subtype, tuple(t.statement_ids), tuple(t.concept_ids), tuple(t.options))  # noqa: E731
    by_units = {unit(t): t for t in tmpl}  # the subtype too: a true claim and its false twin share their units
    assert len(by_units) == len(tmpl)
    for i in rewritten:
        t = by_units[unit(i)]
        assert i.correct == t.correct
        if i.type == "true_false":
            assert i.answer.split(".")[0] == t.answer.split(".")[0]  # verdict kept
    n = len(fake_openai.requests)
    with ChatClient(cfg, tmp_path / "cache") as client:
        again, _ = synth.generate(kb, seed=0, generator="llm", client=client)
    assert len(fake_openai.requests) == n and [i.id for i in again] == [i.id for i in items]  # cached


def test_llm_bad_reply_falls_back_to_template(kb_store, fake_openai, tmp_path):
    from proda.config import LLMConfig
    from proda.llm.client import ChatClient

    fake_openai.responder = lambda body: {"question": "", "explanation": "nothing"}
    cfg = LLMConfig(base_url=fake_openai.base_url, model="test-model", api_key_env="", max_retries=0)
    kb = synth.load_kb(kb_store)
    with ChatClient(cfg, tmp_path / "cache", backoff_s=0) as client:
        items, rep = synth.generate(kb, seed=0, max_items=5, generator="llm", client=client)
    assert rep.llm_failed == 5 and all(i.generator == "template" for i in items)


def test_empty_kb(store):
    kb = synth.load_kb(store)
    items, rep = synth.generate(kb)
    assert items == [] and rep.statements == 0


# ----------------------------------------------------------------------------- issue 12: verified items
def _kb(triples, chunk_text="", doc="corpus/01-ch/a.html", concepts=()):
    """A KB straight from (subject, predicate, object) triples, one chunk, one chapter (no store needed)."""
    from proda.ids import concept_id, statement_id

    rows = [{"id": statement_id(concept_id(s), p, concept_id(o)), "subject": s, "predicate": p, "object": o,
             "quote": f"The {s} {p.replace('_', ' ')} {o}.", "subject_id": concept_id(s), "object_id": concept_id(o),
             "chains": [], "chunk": "k1", "document": doc} for s, p, o in triples]
    text = " ".join(r["quote"] for r in rows) + " " + chunk_text
    return synth.KB(rows, list(concepts), [], {"k1": text})


GLANDS = [("hypothalamus", "produces", "releasing hormones"), ("hypothalamus", "secretes", "CRH"),
          ("hypothalamus", "secretes", "dopamine"), ("pituitary gland", "secretes", "TSH"),
          ("pancreas", "secretes", "insulin"), ("pancreas", "releases", "glucagon"),
          ("thyroid gland", "secretes", "thyroxine"), ("adrenal cortex", "secretes", "cortisol"),
          ("adrenal medulla", "releases", "epinephrine")]


def test_a_distractor_true_under_another_predicate_of_the_family_is_never_offered():
    """The KB says the hypothalamus secretes CRH: "which does the hypothalamus produce?" must not offer CRH."""
    # options within the length tolerance of the key need names as long as "releasing hormones"
    kb = _kb(GLANDS + [("pineal gland", "produces", "melatonin"), ("ovaries", "produce", "progesterone"),
                       ("adrenal medulla", "produces", "norepinephrine")])
    key = next(s for s in kb.statements if s["object"] == "releasing hormones")
    assert not kb.false_for(key, "CRH") and not kb.false_for(key, "dopamine")
    assert kb.false_for(key, "insulin")
    items, _ = synth.generate(kb, seed=0, per_statement=5, type_mix={"single_choice": 1.0})
    about = [i for i in items if key["id"] in i.statement_ids]
    assert about, "the key statement has an item"
    true_of_it = {"releasing hormones", "CRH", "dopamine"}
    for i in items:
        if "hypothalamus" in i.prompt:
            wrong = [o for k, o in enumerate(i.options) if k not in i.correct]
            assert not true_of_it & set(wrong), i.prompt
    # the old rule (same predicate only) would have offered CRH: "produces" is not "secretes"
    assert not any(s["predicate"] == "produces" and s["object"] == "CRH" for s in kb.statements)


def test_a_candidate_named_beside_the_subject_in_the_chunk_is_not_offered():
    kb = _kb(GLANDS, chunk_text="The hypothalamus also makes gonadotropin-releasing hormone.")
    key = next(s for s in kb.statements if s["object"] == "releasing hormones")
    assert not kb.false_for(key, "gonadotropin-releasing hormone")


def test_unsupported_statements_are_not_taught():
    """A truncated object ("blood" from "blood flow") or a negated quote is not a fact to teach."""
    kb = _kb([("pressure differential", "causes", "blood")])
    s = kb.statements[0]
    s["quote"] = "A pressure differential causes blood flow."
    assert not kb.supported({k: v for k, v in s.items() if k != "_supported"})
    s2 = {k: v for k, v in kb.statements[0].items() if k != "_supported"}
    s2["quote"] = "A pressure differential causes blood to move."
    assert not kb.supported(s2)
    s3 = {k: v for k, v in kb.statements[0].items() if k != "_supported"}
    s3["quote"] = "A pressure differential does not cause blood."
    assert not kb.supported(s3)
    s4 = {k: v for k, v in kb.statements[0].items() if k != "_supported"}
    s4["quote"] = "A pressure differential causes blood, as the text explains."
    assert kb.supported(s4)


def test_definitions_only_when_the_term_is_the_subject():
    from proda.train.items.generators import defines_term

    assert defines_term("liver", "The liver is the largest gland of the body.")
    assert not defines_term("liver", "CPR can save a life when the heart stops; the liver is not involved.")
    kb = synth.KB([], [{"id": "c1", "name": "liver", "definition": "CPR is a procedure that involves the liver.",
                        "type": "term"}])
    items, _ = synth.generate(kb, seed=0)
    assert items == []


def test_agreement_and_verb_forms_from_lemminflect():
    assert synth.sentence("kidneys", "produces", "urine") == "Kidneys produce urine"
    assert synth.sentence("the artery", "supplies", "the heart") == "The artery supplies the heart"
    assert synth.sentence("T3 and T4", "is_a", "hormone") == "T3 and T4 are a kind of hormone"
    assert synth.sentence("the membrane", "does not cross", "ions") == "The membrane does not cross ions"
    assert synth.sentence("neurons", "secretes", "CRH", negate=True) == "Neurons do not secrete CRH"
    assert synth.base_verb("supplies") == "supply" and synth.verb("carries") == "carries"


def test_negated_forms_are_correct_as_often_as_affirmative_ones():
    """Negated true/false claims and multi-select options are true about as often as affirmative ones."""
    from proda.evaluate.audit import audit
    from proda.config import BuildConfig

    kb = _kb(GLANDS + [("insulin", "decreases", "blood glucose"), ("glucagon", "increases", "blood glucose"),
                       ("cortisol", "increases", "blood glucose"), ("epinephrine", "increases", "heart rate"),
                       ("TSH", "stimulates", "thyroid gland"), ("thyroxine", "increases", "metabolic rate"),
                       # negated claims are keyed True only where the book states the negation
                       ("glucagon", "does_not_decrease", "blood glucose"),
                       ("epinephrine", "does_not_decrease", "heart rate")])
    items, _ = synth.generate(kb, seed=0, per_statement=6, type_mix={"true_false": 0.5, "multi_select": 0.5})
    r = audit(items, [], BuildConfig())["train"]
    forms = r["forms"]
    assert "negated" in forms and forms["negated"]["k"] > 0, forms  # a negated claim can be the right answer
    assert forms["negated"]["k"] < forms["negated"]["n"], forms  # ... and the wrong one


def _tf(kb, seed=0):
    items, _ = synth.generate(kb, seed=seed, per_statement=6, type_mix={"true_false": 0.5, "multi_select": 0.5})
    return items


def test_a_negation_with_a_made_up_object_is_never_keyed_true():
    """"U.S. judicial system is not divided into trial courts" (keyed True) was a made-up object denied: nonsense or
    false.  A negated claim is true only where the book states the negation."""
    kb = _kb(GLANDS + [("insulin", "decreases", "blood glucose"), ("glucagon", "increases", "blood glucose")])
    s = next(t for t in kb.statements if t["object"] == "CRH")
    assert claim(kb, s, True, True, __import__("random").Random(0)) is None
    for seed in range(3):
        for i in _tf(kb, seed):
            negs = [k for k, f in enumerate(i.option_forms) if f == "negated"]
            if i.type == "true_false" and negs:
                assert i.answer.startswith("False"), i.prompt
            if i.type == "multi_select":
                assert not set(negs) & set(i.correct), i.prompt


def test_a_replacement_sharing_a_word_with_the_key_is_never_offered_as_wrong():
    """"a forceful blow" for "a stronger blow", "trial courts" for "state courts": a paraphrase or a part of the
    key may be true, so it is no distractor and no false claim."""
    kb = _kb([("tackle", "causes", "stronger blow"), ("kick", "causes", "forceful blow"),
              ("fall", "causes", "fracture"), ("collision", "causes", "dislocation"), ("twist", "causes", "sprain")])
    key = next(t for t in kb.statements if t["object"] == "stronger blow")
    names = {w for _, w in key and kb.wrong_objects(key, __import__("random").Random(0), 5)}
    assert "forceful blow" not in names and names, names
    for i in _tf(kb) + synth.generate(kb, seed=0, per_statement=6, type_mix={"single_choice": 1.0})[0]:
        assert not ("tackle" in i.prompt.lower() and "forceful blow" in i.prompt.lower()), i.prompt


def test_no_false_claim_from_a_hedged_or_open_list_sentence():
    """"Thyroid hormones regulate metabolism ... and many other body functions": any body function may be one of
    them, so "Thyroid hormones regulate kidney function" cannot be keyed False; nor can a hedged "can" fact be
    denied."""
    rows = [("thyroid hormones", "regulate", "metabolism"), ("insulin", "regulates", "blood glucose"),
            ("PTH", "regulates", "blood calcium"), ("ADH", "regulates", "water balance")]
    kb = _kb(rows)
    kb.statements[0]["quote"] = "Thyroid hormones regulate metabolism, heat production and many other body functions."
    kb.statements[1]["quote"] = "Insulin can regulate blood glucose."
    s0, s1 = kb.statements[0], kb.statements[1]
    r = __import__("random").Random(0)
    assert not kb.wrong_objects(s0, r, 3)
    assert claim(kb, s1, False, True, r) is None and claim(kb, s1, False, False, r) is None
    assert claim(kb, kb.statements[2], False, True, r)  # a plain certain fact may be denied


def test_requirement_questions_only_from_necessity_verbs():
    """"The equilibria below all involve gas-phase solutions" became "Without what can equilibria not proceed?":
    only require/need/depend on/rely on make a requirement question."""
    kb = _kb([("equilibria", "involve", "gas-phase solutions"), ("hip", "requires", "strength")])
    items, _ = synth.generate(kb, seed=0, per_statement=6, type_mix={"open_qa": 1.0})
    asked = [i.prompt for i in items if i.subtype == "application"]
    assert any("hip" in p and "require" in p for p in asked), asked
    assert not any("equilibria" in p for p in asked), asked
    assert not any("Without what" in p for p in asked), asked


def test_definitions_and_kinds_need_the_term_as_what_is_defined():
    """"Moral development is an important part of ..." and "subscript: where the subscript c denotes ..." define
    nothing; "Spreading the fingers or toes apart is also abduction" does not say what toes are."""
    from proda.ids import concept_id as cid

    concepts = [{"id": cid("moral development"), "name": "moral development", "type": "term",
                 "definition": "Moral development is an important part of the socialization process."},
                {"id": cid("subscript"), "name": "subscript", "type": "term",
                 "definition": "where the subscript c denotes the use of molar concentrations in the expression"},
                {"id": cid("master status"), "name": "master status", "type": "term",
                 "definition": "A master status is a label that describes the chief characteristic of an individual."}]
    kb = _kb([("toes", "are", "abduction"), ("parole", "is", "temporary release from prison that requires supervision")],
             concepts=concepts)
    kb.statements[0]["quote"] = "Spreading the fingers or toes apart is also abduction."
    kb.statements[1]["quote"] = "Parole is a temporary release from prison that requires supervision."
    items, _ = synth.generate(kb, seed=0, per_statement=6, type_mix={"open_qa": 1.0})
    text = " ".join(i.prompt + " " + i.answer for i in items)
    assert "master status" in text and "Parole is a temporary release from prison" in text, text
    assert "moral development" not in text.lower() and "subscript" not in text.lower(), text
    assert "Toes are abduction" not in text, text
    choice, _ = synth.generate(kb, seed=0, per_statement=6, type_mix={"single_choice": 1.0})
    assert not any("toes" in i.prompt.lower() for i in choice), [i.prompt for i in choice]


def test_a_qualified_copula_or_negation_is_not_taught_as_plain():
    """"Deviance is less a personal choice and more ..." is no "Deviance is a personal choice"; "Deviance does not
    always align with punishment" is no "Deviance does not align with punishment" (keyed True)."""
    kb = _kb([("deviance", "is", "personal choice"), ("deviance", "does_not_align_with", "punishment"),
              ("speeding", "is", "deviant act")])
    kb.statements[0]["quote"] = "Deviance is less a personal choice and more a result of socialization."
    kb.statements[1]["quote"] = "Deviance does not always align with punishment, and perceptions vary."
    kb.statements[2]["quote"] = "Speeding is a deviant act."
    assert not kb.grammatical_subject(kb.statements[0]) and kb.grammatical_subject(kb.statements[2])
    items, _ = synth.generate(kb, seed=0, per_statement=6, type_mix={"open_qa": 0.5, "true_false": 0.5})
    text = " ".join(i.prompt + " " + i.answer for i in items)
    assert "personal choice" not in text and "align" not in text, text


def test_no_effect_question_on_an_object_after_a_preposition():
    """"Parathyroid hormones increase with age" became "what would you expect? An effect on age"."""
    kb = _kb([("parathyroid hormones", "increase", "age"), ("insulin", "decreases", "blood glucose")])
    kb.statements[0]["quote"] = "Parathyroid hormones, on the other hand, increase with age."
    assert not kb.direct_object(kb.statements[0]) and kb.direct_object(kb.statements[1])
    items, _ = synth.generate(kb, seed=0, per_statement=6, type_mix={"open_qa": 1.0})
    asked = " ".join(i.prompt + i.answer for i in items if i.subtype in ("application", "mechanism"))
    assert "blood glucose" in asked and "effect on age" not in asked, asked


# ------------------------------------------------ issue 12, round 2 audit: what a teacher rejects, by class
def test_class1_no_template_that_cannot_be_right_and_definitions_only_by_genus_and_differentia():
    """"Suppose X is present ...", "how X is built or where it is found", "How is X classified?" and "What does the
    term 'speeding' mean?" answered by a sentence that merely uses the word were rejected: none may be produced."""
    from proda.ids import concept_id as cid

    concepts = [{"id": cid("speeding"), "name": "speeding", "type": "term",
                 "definition": "Speeding is a deviant act, but receiving a speeding ticket does not alter your self-concept."},
                {"id": cid("larceny"), "name": "larceny", "type": "term",
                 "definition": "Larceny, car theft, and vandalism are all types of nonviolent crimes."},
                {"id": cid("parole"), "name": "parole", "type": "term",
                 "definition": "Parole refers to a temporary release from prison that requires supervision."},
                {"id": cid("cold lizard"), "name": "cold lizard", "type": "term",
                 "definition": "A cold lizard is a slower lizard and an easier meal for predators."},
                {"id": cid("ankle"), "name": "ankle", "type": "term",
                 "definition": "The ankle is the most frequently injured joint in the body."},
                {"id": cid("haber process"), "name": "Haber process", "type": "term",
                 "definition": "The Haber process was a boon to agriculture, as it allowed the production of fertilizers."},
                {"id": cid("graphite"), "name": "graphite", "type": "term",
                 "definition": "starting with the reactants at 1 atm (with the carbon present as graphite) and ending with CO2"},
                {"id": cid("deviance"), "name": "deviance", "type": "term",
                 "definition": "Deviance is a more encompassing term than crime, meaning that it includes crimes."}]
    kb = _kb([("insulin", "decreases", "blood glucose"), ("glucagon", "increases", "blood glucose"),
              ("zone D", "holds", "shopping centers"), ("clean environment", "is", "social value")], concepts=concepts)
    kb.statements[3]["quote"] = "Hirschi says a clean environment is a social value to them."
    items, _ = synth.generate(kb, seed=0, per_statement=6, type_mix={"open_qa": 1.0})
    text = "\n".join(i.prompt + " " + i.answer for i in items)
    assert "Parole refers to a temporary release" in text, text  # a real definition is kept
    for bad in ("Suppose", "A student observes", "built or where", "classified", "speeding", "Larceny", "lizard",
                "clean environment", "ankle", "eviance", "Haber", "graphite"):
        assert bad not in text, (bad, text)


def test_class2_circular_questions_are_dropped():
    """"What is the causal relation between presence of hormone and target cells to decrease their number of
    receptors?" answered "... causes target cells to decrease ...": the stem holds the answer."""
    from proda.train.items.generators import circular

    assert circular("What is the causal relation between hormone and target cells to decrease receptors?",
                    "target cells to decrease receptors")
    assert not circular("What does the pancreas secrete?", "insulin")
    kb = _kb([("presence of hormone", "causes", "target cells to decrease their number of receptors"),
              ("nutrients", "cause", "release of a hormone to maintain homeostasis"),
              ("insulin", "decreases", "blood glucose")])
    kb.statements[0]["quote"] = "The presence of hormone causes target cells to decrease their number of receptors."
    kb.statements[1]["quote"] = "Nutrients cause release of a hormone to maintain homeostasis."
    items, _ = synth.generate(kb, seed=0, per_statement=6, type_mix={"open_qa": 1.0})
    assert items and all("target cells" not in i.prompt and "homeostasis" not in i.prompt for i in items), \
        [i.prompt for i in items]
    for i in items:
        assert not circular(i.prompt, i.answer.split(" The text says")[0]), i.prompt


CUT = [  # (subject, predicate, object, quote): an argument that is no complete noun phrase of its sentence
    ("hyaline cartilage", "forms", "models", "During growth, hyaline cartilage forms cartilage models of the bones."),
    ("algae", "produce", "even jet fuel", "Algae produce biodiesel, ethanol, methane, and even jet fuel."),
    ("convenient approach", "involves", "measurement of k",
     "A convenient approach for determining Ea involves measurement of k at several temperatures."),
    ("hypothermia", "slows", "strength", "Hypothermia slows the rate and strength of heart contractions."),
    ("migration rates", "make_up", "population composition",
     "Changing fertility, mortality, and migration rates make up the population composition."),
    ("reaction", "absorbs", "heat", "A reaction that absorbs heat is endothermic."),
    # a ", which" that may stand for the whole clause before it, and a quote that is a subordinate clause
    ("solution", "increases", "temperature", "The heat is absorbed by the solution, which increases its temperature."),
    ("negative sign", "indicates", "decrease in concentration", "where the negative sign indicates a decrease in concentration."),
    # an active statement of a passive sentence turns it round
    ("medial elbow", "supports", "collateral ligament", "The medial elbow is supported by the collateral ligament."),
]


def test_class3_items_only_from_complete_noun_phrases():
    """"Hyaline cartilage forms models", "Algae produces even jet fuel", subject "convenient approach": the quote's
    parse shows the argument cut, so nothing is taught from it; the whole phrase is taught."""
    kb = _kb([c[:3] for c in CUT] + [("pancreas", "secretes", "insulin"), ("thyroid gland", "secretes", "thyroxine")])
    for s, (_, _, _, q) in zip(kb.statements, CUT):
        s["quote"] = q
        assert not kb.supported(s), (s["subject"], s["object"])
    assert all(kb.supported(s) for s in kb.statements[len(CUT):])
    items, _ = synth.generate(kb, seed=0, per_statement=6)
    bad = {s["id"] for s in kb.statements[: len(CUT)]}
    assert items and not any(bad & set(i.statement_ids) for i in items)
    text = " ".join(i.prompt + " " + " ".join(i.options) for i in items).lower()
    for _, _, o, _ in CUT:
        assert o not in text, o


def test_class4_distractors_of_similar_length_not_general_not_cut():
    """One-word fillers beside a long verbatim key ("liver" beside "kidneys to reduce sodium reabsorption") are a
    cue; "energy" beside "heat" may be true; a cut phrase is no option."""
    from proda.train.items.kb import fits_length
    from proda.train.items.phrases import general_word

    assert not fits_length(["sodium reabsorption in the kidney tubules", "liver"])
    assert fits_length(["TSH", "insulin", "cortisol", "dopamine"])
    assert general_word("energy") and general_word("movement") and not general_word("cyanosis")
    rows = [("combustion", "produces", "heat"), ("algae", "produce", "energy"), ("fermentation", "produces", "ethanol"),
            ("respiration", "produces", "carbon dioxide"), ("photosynthesis", "produces", "glucose"),
            ("electrolysis", "produces", "hydrogen gas"), ("turbines", "produce", "electricity"),
            ("ANP", "signals", "sodium reabsorption in the kidney tubules"), ("liver", "signals", "liver"),
            ("hormone", "signals", "impulse")]
    kb = _kb(rows)
    r = __import__("random").Random(0)
    heat = kb.statements[0]
    names = {w for _, w in kb.wrong_objects(heat, r, 5)}
    assert "energy" not in names and names
    for s in kb.statements:
        for _, w in kb.wrong_objects(s, __import__("random").Random(1), 3):
            assert fits_length([s["object"], w]) and not general_word(w), (s["object"], w)
    items, _ = synth.generate(kb, seed=0, per_statement=6, type_mix={"single_choice": 0.5, "true_false": 0.5})
    for i in items:
        if i.type == "single_choice":
            assert fits_length(i.options), i.options
        assert "energy" not in i.prompt.lower() or "energy" == i.options[i.correct[0]] if i.options else True


def test_class5_open_answers_list_every_object_of_the_family():
    """"What does the pituitary gland produce? Growth hormone" was arbitrary: the KB says it also secretes TSH and
    releases prolactin, so the open answer names them all (choice items ask for one of the listed options)."""
    kb = _kb([("pituitary gland", "produces", "growth hormone"), ("pituitary gland", "secretes", "TSH"),
              ("pituitary gland", "releases", "prolactin"), ("pancreas", "secretes", "insulin")])
    items, _ = synth.generate(kb, seed=0, per_statement=6, type_mix={"open_qa": 1.0})
    fn = [i for i in items if i.subtype == "function" and "pituitary" in i.prompt]
    assert fn, [i.prompt for i in items]
    for i in fn:
        assert all(o in i.answer for o in ("growth hormone", "TSH", "prolactin")), i.answer
        assert len(i.statement_ids) == 3


def test_class3_a_negation_inside_a_clause_is_not_keyed_true():
    """"Ventricles do not pump blood" (True) came from "an emergency in which the ventricles do not pump blood"."""
    import random

    kb = _kb([("ventricles", "do_not_pump", "blood"), ("posterior pituitary", "does_not_produce", "hormones")])
    kb.statements[0]["quote"] = "Fibrillation is an emergency in which the ventricles do not pump blood."
    kb.statements[1]["quote"] = "The posterior pituitary does not produce hormones."
    assert claim(kb, kb.statements[0], True, True, random.Random(0)) is None
    assert claim(kb, kb.statements[1], True, True, random.Random(0))


def test_an_everyday_word_glossed_as_a_part_of_one_owner_the_book_gives_others_gets_no_definition_item():
    """Audit round 9: "What does the term body mean?" -> "Body: mid-portion of the stomach", while the book also
    says "the body of the humerus": the word alone names a part of many things.  "Leg: portion of the lower limb"
    names no other owner in the book and keeps its item."""
    from proda.train.items.generators import definition_items

    concepts = [{"id": "c1", "name": "body", "definition": "mid-portion of the stomach", "type": "term"},
                {"id": "c2", "name": "leg", "definition": "portion of the lower limb located between the knee and "
                 "ankle joints", "type": "term"}]
    chunks = {"k1": "The shaft is the body of the humerus. The body of the stomach lies below the fundus."}
    kb = synth.KB([], concepts, [], chunks)
    assert [d.concept_ids for d in definition_items(kb, 0)] == [["c2"]]
    kb = synth.KB([], concepts, [], {"k1": "The body of the stomach lies below the fundus."})
    assert sorted(d.concept_ids[0] for d in definition_items(kb, 0)) == ["c1", "c2"]


def test_a_sentence_that_rates_its_term_is_no_definition():
    """Audit round 9: "Television advertising is a highly functional way to ..." and "Solubility equilibria are
    useful tools in ..." say how good X is, not what X is; "Media consolidation is a process in which ..." defines."""
    from proda.train.items.generators import definition_items

    concepts = [{"id": "c1", "name": "television advertising", "type": "term", "definition":
                 "Television advertising is a highly functional way to meet a market demographic where it lives."},
                {"id": "c2", "name": "solubility equilibria", "type": "term", "definition":
                 "Solubility equilibria are useful tools in the treatment of wastewater carried out in facilities."},
                {"id": "c3", "name": "media consolidation", "type": "term", "definition":
                 "Media consolidation is a process in which fewer and fewer owners control the majority of media "
                 "outlets."}]
    assert [d.concept_ids for d in definition_items(synth.KB([], concepts), 0)] == [["c3"]]
