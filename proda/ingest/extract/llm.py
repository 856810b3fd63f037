"""The ``llm`` extractor: L3 chains -> L2 statements -> L1 concepts from an OpenAI-compatible model.

Two modes (``mode=``; default ``cfg.extract_mode`` when the config has it, else "chained"):

* ``chained`` (default): three calls per chunk, top-down as in ProDa.  Each prompt
  does one job and sees the level above, so step-transition statements point at
  the chains they come from and concepts cover every kept statement's subject and
  object.  Costs three calls and sends the chunk three times (~3x prompt tokens).
* ``combined``: one call returns all three levels.  About a third of the prompt
  tokens and latency, but one long JSON reply is more often truncated or
  malformed, and small models tend to skip levels.

Replies are validated against the pydantic draft models; a malformed reply is
asked again (up to ``cfg.max_retries``) with the validation error in the prompt.
If it never validates the chunk gets an empty ``Extraction``, the reason lands in
``self.failures``, its bad replies are dropped from the cache (so the next run
asks again) and the run goes on.  Statements whose quote is not verbatim in the
chunk are dropped by ``verify_quotes`` and counted.
"""

from __future__ import annotations

import json
import re
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence, TypeVar

from pydantic import BaseModel, ValidationError

from proda.config import LLMConfig
from proda.ingest.extract.base import fill_predicates, verify_quotes
from proda.llm.client import ChatClient, ChatResult, LLMError, LLMRequestError, Messages, estimate_messages, estimate_tokens
from proda.models import ChainDraft, Chunk, ConceptDraft, Extraction, StatementDraft
from proda.prompts import render_prompt

T = TypeVar("T", bound=BaseModel)
FAIL_FAST_CHUNKS = 3  # chunks in a row lost to request errors, with none answered, that stop the run
Fetch = Callable[[Messages], "ChatResult | None"]


class _Chains(BaseModel):
    chains: list[ChainDraft]


class _Statements(BaseModel):
    statements: list[StatementDraft]


class _Concepts(BaseModel):
    concepts: list[ConceptDraft]


class _All(BaseModel):
    chains: list[ChainDraft]
    statements: list[StatementDraft]
    concepts: list[ConceptDraft]


_STEPS = {"chains": ("extract_chains", _Chains), "statements": ("extract_statements", _Statements),
          "concepts": ("extract_concepts", _Concepts), "all": ("extract_all", _All)}
# Expected reply size relative to the chunk, for dry-run estimates (statements copy quotes).
_COMPLETION_FACTOR = {"chains": 0.5, "statements": 1.0, "concepts": 0.75, "all": 2.25}


@dataclass
class DryRunPlan:
    calls: int = 0  # calls still to make (not in the cache); retries not included
    prompt_tokens_est: int = 0
    completion_tokens_est: int = 0
    cached_calls: int = 0  # calls answered by the cache: free
    chunks: int = 0
    cached_chunks: int = 0  # chunks needing no call at all
    model: str = ""
    base_url: str = ""
    mode: str = ""


def format_plan(plan: DryRunPlan) -> str:
    """Plain-text ``--dry-run`` report (rich prints it as is)."""
    todo = plan.chunks - plan.cached_chunks
    return "\n".join([
        f"dry run: llm extractor, model {plan.model} at {plan.base_url} ({plan.mode} mode)",
        f"  chunks:            {plan.chunks:,} ({plan.cached_chunks:,} fully cached, {todo:,} to extract)",
        f"  calls to make:     {plan.calls:,} (+{plan.cached_calls:,} answered from cache, free)",
        f"  prompt tokens:     ~{plan.prompt_tokens_est:,}",
        f"  completion tokens: ~{plan.completion_tokens_est:,}",
        "  (estimates: ~4 characters a token; retries of malformed replies not included)",
    ])


class _BadOutput(Exception):
    def __init__(self, step: str, reason: str, tried: list[Messages]):
        super().__init__(f"{step}: no valid reply after {len(tried)} attempts: {reason}")
        self.step, self.tried = step, tried


class _Miss(Exception):
    """Dry run: this call is not in the cache."""

    def __init__(self, step: str, messages: Messages):
        self.step, self.messages = step, messages


def parse_reply(text: str, schema: type[T]) -> T:
    """The reply as ``schema``; tolerates Markdown fences and prose around one JSON object."""
    s = text.strip()
    if s.startswith("```"):
        s = re.sub(r"^```[a-zA-Z]*\s*|\s*```$", "", s)
    try:
        data = json.loads(s)
    except json.JSONDecodeError as e:
        i, j = s.find("{"), s.rfind("}")
        if i < 0 or j <= i:
            raise ValueError(f"not JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
        try:
            data = json.loads(s[i:j + 1])
        except json.JSONDecodeError as e2:
            raise ValueError(f"not valid JSON ({e2.msg} at line {e2.lineno} column {e2.colno})") from None
    if isinstance(data, list) and len(schema.model_fields) == 1:
        data = {next(iter(schema.model_fields)): data}
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    return schema.model_validate(data)


def _describe(e: Exception, res: ChatResult) -> str:
    if isinstance(e, ValidationError):
        errs = e.errors()
        msg = "wrong shape: " + "; ".join(
            f"{'.'.join(str(x) for x in err['loc']) or '(top level)'}: {err['msg']}" for err in errs[:5])
        msg += f" (and {len(errs) - 5} more)" if len(errs) > 5 else ""
    else:
        msg = str(e)
    if res.finish_reason == "length":
        msg += "; the reply was cut off at max_tokens, so keep it shorter"
    return msg


def _snap_quote(quote: str, text: str) -> str:
    """The chunk's own span for a quote that differs only in whitespace (models collapse line breaks)."""
    if not quote or quote in text:
        return quote
    words = quote.split()
    if not words:
        return quote
    m = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return m.group(0) if m else quote


class LLMExtractor:
    name = "llm"

    def __init__(self, cfg: LLMConfig, cache_dir: Path, *, mode: str | None = None,
                 json_mode: bool | None = None, client: ChatClient | None = None):
        self.cfg = cfg
        self.mode = mode or getattr(cfg, "extract_mode", None) or "chained"
        if self.mode not in ("chained", "combined"):
            raise ValueError(f"llm extract mode must be 'chained' or 'combined', not {self.mode!r}")
        jm = getattr(cfg, "json_mode", True) if json_mode is None else json_mode
        self.client = client or ChatClient(cfg, Path(cache_dir), json_mode=jm)
        self.failures: list[tuple[str, str]] = []  # (chunk_id, reason)
        self.rejected_quotes = 0
        self._request_failures = 0  # chunks lost to HTTP errors / timeouts (not to bad replies)
        self._answered = 0
        self._lock = threading.Lock()

    # -- prompts -----------------------------------------------------------
    def _messages(self, step: str, chunk: Chunk, domain: str, chains: Sequence[ChainDraft] = (),
                  statements: Sequence[StatementDraft] = ()) -> Messages:
        defs = "\n".join(f"- {d.term}: {d.definition}" for d in chunk.definitions) or "(none)"
        chains_txt = json.dumps([{"index": i, "name": c.name, "steps": c.steps} for i, c in enumerate(chains)],
                                ensure_ascii=False, indent=1) if chains else "(none)"
        st_txt = "\n".join(f"- {s.subject} | {s.predicate} | {s.object}" for s in statements) or "(none)"
        user = render_prompt(_STEPS[step][0], chunk=chunk.text, heading=" > ".join(chunk.heading_path) or "(none)",
                             definitions=defs, chains=chains_txt, statements=st_txt)
        return [{"role": "system", "content": render_prompt("system", domain=domain or "a technical domain")},
                {"role": "user", "content": user}]

    def _ask(self, step: str, messages: Messages, fetch: Fetch):
        """One validated reply; malformed ones are asked again with the error fed back."""
        msgs, tried, reason = messages, [], ""
        for _ in range(self.cfg.max_retries + 1):
            res = fetch(msgs)
            if res is None:
                raise _Miss(step, msgs)
            tried.append(msgs)
            try:
                return parse_reply(res.content, _STEPS[step][1])
            except ValueError as e:  # json and pydantic errors are ValueErrors
                reason = _describe(e, res)
                msgs = msgs + [{"role": "assistant", "content": res.content},
                               {"role": "user", "content": render_prompt("fix_json", error=reason)}]
        raise _BadOutput(step, reason, tried)

    # -- extraction --------------------------------------------------------
    def _run(self, chunk: Chunk, domain: str, fetch: Fetch) -> Extraction:
        ex = Extraction(chunk_id=chunk.id)
        if self.mode == "combined":
            r = self._ask("all", self._messages("all", chunk, domain), fetch)
            ex.chains, ex.statements, ex.concepts = r.chains, r.statements, r.concepts
        else:
            ex.chains = self._ask("chains", self._messages("chains", chunk, domain), fetch).chains
            ex.statements = self._ask("statements", self._messages("statements", chunk, domain,
                                                                    chains=ex.chains), fetch).statements
            self._check(ex, chunk)  # concepts are asked for the statements that are kept
            ex.concepts = self._ask("concepts", self._messages("concepts", chunk, domain,
                                                                statements=ex.statements), fetch).concepts
        return self._check(ex, chunk)

    def _check(self, ex: Extraction, chunk: Chunk) -> Extraction:
        """Provenance and index sanity: quotes verbatim (or dropped), chain/step indices in range."""
        text = chunk.text
        for st in ex.statements:
            st.source_quote = _snap_quote(st.source_quote, text)
            ok = st.chain_index is not None and 0 <= st.chain_index < len(ex.chains)
            if not ok or st.step_index is None or not 0 <= st.step_index < len(ex.chains[st.chain_index].steps) - 1:
                if not ok:
                    st.chain_index = None
                st.step_index = None
        verify_quotes(ex, text)
        fill_predicates(ex)  # predicate lemma, family, polarity, negation: the offline extractor's fields
        for unit in [*ex.chains, *ex.concepts]:
            unit.source_quote = _snap_quote(unit.source_quote, text)
            if unit.source_quote not in text:
                unit.source_quote = ""  # unverifiable provenance is not kept; the unit itself is
        ex.concepts = [c for c in ex.concepts if c.name.strip()]
        for c in ex.concepts:
            c.how = c.how or "llm"
        return ex

    def extract(self, chunk: Chunk, domain: str) -> Extraction:
        """Units of one chunk; a chunk the model cannot answer validly comes back empty (see ``failures``)."""
        try:
            ex = self._run(chunk, domain, self.client.chat)
        except _BadOutput as e:
            for msgs in e.tried:
                self.client.forget(msgs)
            return self._fail(chunk, str(e))
        except LLMRequestError as e:  # a fatal LLMError (endpoint unusable) propagates
            with self._lock:
                self._request_failures += 1
            return self._fail(chunk, str(e))
        with self._lock:
            self.rejected_quotes += ex.rejected_quotes
            self._answered += 1
        return ex

    def _fail(self, chunk: Chunk, reason: str) -> Extraction:
        with self._lock:
            self.failures.append((chunk.id, reason))
        return Extraction(chunk_id=chunk.id)

    def extract_many(self, chunks: Sequence[Chunk], domain: str,
                     progress: Callable[[int], object] | None = None) -> list[Extraction]:
        """``extract`` over chunks, ``cfg.concurrency`` at a time, in input order.

        ``progress(1)`` is called as each chunk finishes (fits ``tqdm.update`` and
        ``lambda n: rich_progress.advance(task, n)``).
        """
        out: list[Extraction | None] = [None] * len(chunks)
        with ThreadPoolExecutor(max_workers=max(1, self.cfg.concurrency)) as pool:
            futures = {pool.submit(self.extract, c, domain): i for i, c in enumerate(chunks)}
            try:
                for f in as_completed(futures):
                    out[futures[f]] = f.result()
                    if progress is not None:
                        progress(1)
                    self._stop_if_endpoint_dead(len(chunks))
            except BaseException:
                pool.shutdown(wait=True, cancel_futures=True)
                raise
        return out  # type: ignore[return-value]

    def _stop_if_endpoint_dead(self, total: int) -> None:
        """An endpoint that failed every request of the first chunks (after the client's retries) is down."""
        with self._lock:
            dead = self._answered == 0 and self._request_failures >= min(total, FAIL_FAST_CHUNKS)
            last = self.failures[-1][1] if self.failures else ""
        if dead:
            raise LLMError(f"the LLM endpoint failed every request of the first {self._request_failures} chunks "
                           f"({last}); stopping. Nothing is marked done: re-run when the endpoint works")

    def stats(self) -> dict[str, int]:
        """Counters for the end-of-run summary: requests, cache hits, tokens, failures, rejected quotes."""
        return {**self.client.usage(), "failures": len(self.failures), "rejected_quotes": self.rejected_quotes}

    def close(self) -> None:
        self.client.close()

    # -- dry run -----------------------------------------------------------
    def plan(self, chunks: Sequence[Chunk], domain: str = "") -> DryRunPlan:
        """Calls and tokens a run would cost; reads the cache, never the network.

        ``domain`` must match the real run's for cache hits to be recognised.
        """
        p = DryRunPlan(chunks=len(chunks), model=self.cfg.model, base_url=self.client.base_url, mode=self.mode)
        steps = ["all"] if self.mode == "combined" else ["chains", "statements", "concepts"]
        for chunk in chunks:
            hits: list[ChatResult] = []

            def from_cache(msgs: Messages) -> ChatResult | None:
                res = self.client.cached(msgs)
                if res is not None:
                    hits.append(res)
                return res

            msgs: Messages | None = None
            try:
                self._run(chunk, domain, from_cache)
                p.cached_chunks += 1
                missed = None
            except _BadOutput as e:  # cached replies that never validated (run killed mid-retry)
                missed = e.step
            except _Miss as m:
                missed, msgs = m.step, m.messages
            p.cached_calls += len(hits)
            if missed is None:
                continue
            chunk_tokens = estimate_tokens(chunk.text)
            prior = 0  # later prompts embed a compact form of earlier levels' replies
            for step in steps[steps.index(missed):]:
                prompt = estimate_messages(msgs or self._messages(step, chunk, domain)) + (0 if msgs else prior)
                completion = min(self.cfg.max_tokens, 32 + int(_COMPLETION_FACTOR[step] * chunk_tokens))
                p.calls += 1
                p.prompt_tokens_est += prompt
                p.completion_tokens_est += completion
                prior += completion // 2
                msgs = None
        return p
