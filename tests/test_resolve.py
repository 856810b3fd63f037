"""Entity resolution: exact/alias merging, embedding merging with guards, merging into stored concepts."""

from __future__ import annotations

import os

import numpy as np
import pytest
import torch

from proda.config import ResolutionConfig
from proda.ids import concept_id, normalize_name
from proda.ingest.embed import EmbedderCache, EmbeddingError, load_embedder
from proda.ingest.resolve import (
    ExistingConcept,
    Resolver,
    contrast_reason,
    split_name,
    variant_keys,
)
from proda.models import ConceptDraft

torch.set_num_threads(1)


def D(name: str, **kw) -> ConceptDraft:
    return ConceptDraft(name=name, **kw)


@pytest.fixture(scope="module")
def embedder():
    return load_embedder("all-MiniLM-L6-v2")


class _NoModel:
    def encode(self, texts):  # pragma: no cover - must not be called
        raise AssertionError("the model must not be used")


class _Counting:
    def __init__(self, inner):
        self.inner, self.texts = inner, []

    def encode(self, texts):
        self.texts += list(texts)
        return self.inner.encode(texts)


def exact_resolver() -> Resolver:
    return Resolver(ResolutionConfig(enabled=False), embedder=_NoModel())


def by_name(res, name):
    hits = [c for c in res.concepts if c.name == name]
    assert hits, f"{name!r} not among {[c.name for c in res.concepts]}"
    return hits[0]


# --------------------------------------------------------------------------- exact pass (no model)


def test_plural_and_case_variants_merge_exactly():
    res = exact_resolver().resolve(
        [D("Synovial Joints", how="mention"), D("synovial joint", definition="joint with a fluid-filled cavity",
                                                   how="definition_list"),
         D("synovial joints"), D("Synovial Joint"), D("vertebrae"), D("vertebra"), D("blood-brain barrier"),
         D("blood brain barrier"), D("haemoglobin"), D("hemoglobin")], [])
    names = sorted(c.name for c in res.concepts)
    assert names == ["blood-brain barrier", "hemoglobin", "synovial joint", "vertebra"]
    sj = by_name(res, "synovial joint")
    assert sj.id == concept_id("synovial joint") and sj.is_new
    assert len(sj.drafts) == 4 and sj.definition == "joint with a fluid-filled cavity"
    assert sj.aliases == []  # case/plural forms are not aliases: they normalise to the name
    assert {res.name_to_id[normalize_name(n)] for n in ("Synovial Joints", "synovial joint")} == {sj.id}
    assert by_name(res, "blood-brain barrier").aliases == ["blood brain barrier"]
    assert res.stats["embedding_merges"] == 0


def test_also_called_aliases_and_parentheticals_merge():
    res = exact_resolver().resolve([
        D("epithelium", aliases=["epithelial tissue"], how="also_called",
          definition="tissue that lines surfaces"),
        D("Epithelial tissues", how="mention"),
        D("adenosine triphosphate (ATP)", definition="the energy currency of the cell", how="definition_list"),
        D("ATP", how="mention"),
        D("hypophyseal (pituitary) fossa", how="definition_list"),
        D("pituitary fossa", how="mention"),
    ], [])
    assert sorted(c.name for c in res.concepts) == ["adenosine triphosphate", "epithelium", "hypophyseal fossa"]
    ep = by_name(res, "epithelium")
    assert ep.aliases == ["epithelial tissue"] and len(ep.drafts) == 2
    atp = by_name(res, "adenosine triphosphate")
    assert atp.aliases == ["ATP"] and len(atp.drafts) == 2
    for key in ("atp", "adenosine triphosphate", normalize_name("adenosine triphosphate (ATP)")):
        assert res.name_to_id[key] == atp.id
    assert by_name(res, "hypophyseal fossa").aliases == ["pituitary fossa"]


def test_split_name():
    assert split_name("adenosine triphosphate (ATP)") == ("adenosine triphosphate", ["ATP"])
    assert split_name("atrioventricular (AV) node") == ("atrioventricular node", ["AV node"])
    assert split_name("lateral (external) rotation") == ("lateral rotation", ["external rotation"])
    assert split_name("red blood cells (RBCs)") == ("red blood cells", ["RBCs"])
    assert split_name("bone (e.g. femur)") == ("bone", [])
    assert split_name("femur") == ("femur", [])


def test_variant_keys_link_spellings_only():
    assert set(variant_keys("vertebrae")) & set(variant_keys("vertebra"))
    assert set(variant_keys("nuclei")) & set(variant_keys("nucleus"))
    assert set(variant_keys("foetus")) & set(variant_keys("fetus"))
    assert not set(variant_keys("left atrium")) & set(variant_keys("right atrium"))


@pytest.mark.parametrize("a,b", [
    ("left atrium", "right atrium"), ("hyperthyroidism", "hypothyroidism"), ("afferent neuron", "efferent neuron"),
    ("skeletal muscle", "smooth muscle"), ("anterior pituitary", "posterior pituitary"), ("osteoblast", "osteoclast"),
    ("myelinated axon", "unmyelinated axon"), ("type I collagen", "type II collagen"), ("T cell", "B cell"),
    ("atrium", "left atrium"), ("greater sciatic notch", "lesser sciatic notch"),
    ("temporal process of the zygomatic bone", "zygomatic process of the temporal bone"),
    ("afferent lymphatic vessel", "efferent lymphatic vessel"), ("retina", "retinal"),
    ("receptor cell", "cell receptor"), ("relative refractory period", "refractory period time"),
    ("olfactory nerve", "olfactory sensory neuron"), ("perineum", "perineurium"),
])
def test_contrast_guard_rejects(a, b):
    assert contrast_reason(normalize_name(a), normalize_name(b))


@pytest.mark.parametrize("a,b", [
    ("adenosine triphosphate", "adenosine tri-phosphate"), ("DNA replication", "replication of DNA"),
    ("tibialis anterior", "anterior tibialis"), ("epithelium", "epithelial tissue"), ("muscle tissue", "muscular tissue"),
    ("gray matter", "grey matter"), ("leukocyte", "leucocyte"), ("nasal concha", "nasal conchae"),
])
def test_contrast_guard_passes_variants(a, b):
    assert contrast_reason(normalize_name(a), normalize_name(b)) is None


def test_disabled_never_loads_a_model():
    r = Resolver(ResolutionConfig(enabled=False, model="/no/such/model"))
    res = r.resolve([D("left atrium"), D("Left Atria")], [])
    assert r._embedder is None
    assert [c.name for c in res.concepts] == ["left atrium"] and res.concepts[0].embedding == []


def test_two_existing_concepts_are_never_merged():
    existing = [ExistingConcept("con_a", "anterior", ["ventral"], "front", None),
                ExistingConcept("con_b", "ventral side", ["ventral"], "", None)]
    res = exact_resolver().resolve([D("Ventral")], existing)
    assert [c.id for c in res.concepts] == ["con_a"]
    assert res.name_to_id["ventral side"] == "con_b" and res.name_to_id["ventral"] == "con_a"


# --------------------------------------------------------------------------- embedding pass (real model)


def test_embedder_encodes_unit_float32(embedder):
    v = embedder.encode(["synovial joint", "adenosine triphosphate"])
    assert v.dtype == np.float32 and v.shape == (2, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert embedder.encode([]).shape == (0, 384)


def test_unknown_model_is_one_line_error():
    with pytest.raises(EmbeddingError) as e:
        load_embedder("no-such-org/no-such-model-xyz")
    msg = str(e.value)
    assert "no-such-org/no-such-model-xyz" in msg and "\n" not in msg
    assert os.environ.get("HF_HUB_OFFLINE") == "1"


def test_embedder_cache_loads_once():
    cache = EmbedderCache()
    a = cache.get("all-MiniLM-L6-v2")
    assert cache.get("sentence-transformers/all-MiniLM-L6-v2") is a


def test_embedding_merges_near_duplicates(embedder):
    res = Resolver(ResolutionConfig(), embedder=embedder).resolve(
        [D("DNA replication", definition="copying of DNA", how="definition_list"), D("replication of DNA"),
         D("muscle contraction"), D("contraction of muscle"), D("synovial joint")], [])
    assert sorted(c.name for c in res.concepts) == ["DNA replication", "muscle contraction", "synovial joint"]
    dna = by_name(res, "DNA replication")
    assert dna.aliases == ["replication of DNA"] and dna.definition == "copying of DNA"
    assert res.name_to_id["replication of dna"] == dna.id
    emb = [m for m in res.merges if m["reason"] == "embedding"]
    assert {m["merged_name"] for m in emb} == {"replication of DNA", "contraction of muscle"}
    assert all(m["score"] >= 0.93 for m in emb)
    assert len(dna.embedding) == 384


def test_contrasting_pairs_not_merged_even_at_low_threshold(embedder):
    names = ["left atrium", "right atrium", "hyperthyroidism", "hypothyroidism", "afferent neuron",
             "efferent neuron", "skeletal muscle", "smooth muscle"]
    res = Resolver(ResolutionConfig(threshold=0.6), embedder=embedder).resolve([D(n) for n in names], [])
    assert sorted(c.name for c in res.concepts) == sorted(names)
    assert not [m for m in res.merges if m["reason"] == "embedding"]
    rejected = {frozenset((r["a"], r["b"])) for r in res.rejected}
    assert frozenset(("left atrium", "right atrium")) in rejected
    assert frozenset(("afferent neuron", "efferent neuron")) in rejected


def test_chains_cannot_sneak_a_contrast_in(embedder):
    # atrium ~ left atrium and atrium ~ right atrium would chain left to right
    res = Resolver(ResolutionConfig(threshold=0.5), embedder=embedder).resolve(
        [D("atrium"), D("left atrium"), D("right atrium")], [])
    assert len(res.concepts) == 3


def test_threshold_is_configurable(embedder):
    drafts = [D("muscle tissue"), D("muscular tissue")]
    low = Resolver(ResolutionConfig(threshold=0.8), embedder=embedder).resolve(drafts, [])
    high = Resolver(ResolutionConfig(threshold=0.99), embedder=embedder).resolve(drafts, [])
    assert len(low.concepts) == 1 and low.concepts[0].aliases == ["muscular tissue"]
    assert len(high.concepts) == 2


def test_merge_into_existing_keeps_id_and_adds_aliases(embedder):
    ex_vec = embedder.encode(["synovial joint"])[0].tolist()
    existing = [
        ExistingConcept("con_stored1", "synovial joint", ["diarthrosis"], "freely movable joint", ex_vec),
        ExistingConcept("con_stored2", "DNA replication", [], "", None),
    ]
    counting = _Counting(embedder)
    res = Resolver(ResolutionConfig(), embedder=counting).resolve([
        D("Synovial Joints", definition="a joint with a cavity", how="definition_list"),
        D("synovial joint", aliases=["diarthrotic joint"], how="also_called"),
        D("replication of DNA", definition="copying the genome", how="is_a"),
        D("cartilaginous joint"),
    ], existing)
    sj = next(c for c in res.concepts if c.id == "con_stored1")
    assert not sj.is_new and sj.name == "synovial joint"
    assert sj.definition == "freely movable joint"  # the stored definition wins
    assert sj.aliases == ["diarthrosis", "diarthrotic joint"]
    assert sj.embedding == pytest.approx(ex_vec, abs=1e-6)
    assert "synovial joint" not in counting.texts  # stored embedding reused, not recomputed
    dna = next(c for c in res.concepts if c.id == "con_stored2")
    assert not dna.is_new and dna.aliases == ["replication of DNA"] and dna.definition == "copying the genome"
    assert res.name_to_id["replication of dna"] == "con_stored2"
    new = [c for c in res.concepts if c.is_new]
    assert [c.name for c in new] == ["cartilaginous joint"] and new[0].id == concept_id("cartilaginous joint")
    merged = {m["merged_name"]: m for m in res.merges}
    assert merged["replication of DNA"]["kept_id"] == "con_stored2"
    assert merged["replication of DNA"]["reason"] == "embedding"
    assert merged["Synovial Joints"]["reason"] == "exact"


def test_second_corpus_merges_instead_of_duplicating(embedder):
    r = Resolver(ResolutionConfig(), embedder=embedder)
    first = r.resolve([D("epithelium", aliases=["epithelial tissue"], definition="lining tissue",
                         how="definition_list"), D("ATP")], [])
    stored = [ExistingConcept(c.id, c.name, c.aliases, c.definition, c.embedding) for c in first.concepts]
    second = r.resolve([D("Epithelial Tissue"), D("epithelia"), D("ATP"), D("mitochondrion")], stored)
    assert len(second.concepts) == 3
    assert {c.id for c in second.concepts if not c.is_new} == {c.id for c in first.concepts}
    assert [c.name for c in second.concepts if c.is_new] == ["mitochondrion"]
    ep = next(c for c in second.concepts if c.name == "epithelium")
    assert ep.aliases == ["epithelial tissue", "epithelia"] and len(ep.drafts) == 2  # Latin plural: exact variant


def test_merge_log_content(embedder):
    res = Resolver(ResolutionConfig(), embedder=embedder).resolve([
        D("adenosine triphosphate (ATP)", how="definition_list"), D("Adenosine Triphosphates"),
        D("DNA replication"), D("replication of DNA"),
    ], [])
    atp_id = concept_id("adenosine triphosphate")
    log = {(m["merged_name"], m["reason"]) for m in res.merges}
    assert log == {("ATP", "alias"), ("Adenosine Triphosphates", "exact"), ("replication of DNA", "embedding")}
    for m in res.merges:
        assert set(m) == {"kept_id", "kept_name", "merged_name", "reason", "score"}
        if m["reason"] != "embedding":
            assert m["score"] == 1.0
    atp = [m for m in res.merges if m["merged_name"] == "ATP"][0]
    assert atp["kept_id"] == atp_id and atp["kept_name"] == "adenosine triphosphate"


def test_deterministic(embedder):
    drafts = [D(n) for n in ["synovial joint", "Synovial Joints", "replication of DNA", "DNA replication",
                             "left atrium", "right atrium", "muscle tissue", "muscular tissue", "ATP",
                             "adenosine triphosphate (ATP)", "epithelium"]]
    cfg = ResolutionConfig(threshold=0.9)

    def snap(res):
        return ([(c.id, c.name, c.aliases, c.definition, [d.name for d in c.drafts]) for c in res.concepts],
                res.name_to_id, res.merges)

    a = snap(Resolver(cfg, embedder=embedder).resolve(drafts, []))
    b = snap(Resolver(cfg, embedder=embedder).resolve(list(drafts), []))
    assert a == b


def test_encodes_in_batches(embedder):
    counting = _Counting(embedder)
    calls = []
    orig = counting.encode

    def spy(texts):
        calls.append(len(texts))
        return orig(texts)

    counting.encode = spy
    Resolver(ResolutionConfig(batch_size=4), embedder=counting).resolve(
        [D(f"structure {w}") for w in "abcdefghij"] + [D("femur")], [])
    assert max(calls) <= 4 and sum(calls) >= 11


def test_hnsw_index_path(embedder, monkeypatch):
    import proda.ingest.resolve as resolve_mod

    monkeypatch.setattr(resolve_mod, "HNSW_ABOVE", 2)
    res = Resolver(ResolutionConfig(), embedder=embedder).resolve(
        [D("DNA replication"), D("replication of DNA"), D("femur"), D("left atrium"), D("right atrium")], [])
    assert sorted(c.name for c in res.concepts) == ["DNA replication", "femur", "left atrium", "right atrium"]
