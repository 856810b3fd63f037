"""Chat-completions client for any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp, ...).

Plain httpx rather than the ``openai`` SDK: one dependency less, and the pipeline
needs three things the SDK does not give it:

* an on-disk response cache keyed by sha256 of (model, messages, temperature), one
  JSON file per key in sharded folders, written atomically, so a re-run of the
  same corpus costs nothing and a killed run loses at most the calls in flight;
* one bound on requests in flight shared by every thread (``cfg.concurrency``),
  so local servers are not flooded and hosted ones are not rate-limited to death;
* errors that say in one line which endpoint and model failed.  ``LLMError`` means
  the endpoint itself is unusable (refused, 401, unknown model): stop the run.
  ``LLMRequestError`` means one request failed for good (retries spent, 400 such
  as context too long): the caller skips that item and goes on.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import Sequence

import httpx

from proda.config import LLMConfig

Messages = list[dict[str, str]]

BACKOFF_S = 0.5  # first retry delay; doubles per attempt (module-level so tests can shrink it)
MAX_RETRY_AFTER_S = 60.0


class LLMError(Exception):
    """The endpoint is unusable (unreachable, unauthorized, unknown model): the run should stop."""


class LLMRequestError(LLMError):
    """One request failed for good (retries spent, rejected as too long, ...): skip that item."""


@dataclass
class ChatResult:
    content: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reason: str = "stop"  # "length" means the reply was cut at max_tokens
    cached: bool = False


def estimate_tokens(text: str) -> int:
    """About four characters a token for English text.

    tiktoken is deliberately not used even when installed: it downloads its BPE
    tables on first use, and a dry run must never touch the network.
    """
    return (len(text) + 3) // 4


def estimate_messages(messages: Messages) -> int:
    return sum(estimate_tokens(m.get("content") or "") + 4 for m in messages) + 2


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _error_detail(r: httpx.Response) -> str:
    try:
        err = r.json().get("error")
        msg = err.get("message") if isinstance(err, dict) else err
        if msg:
            return _one_line(str(msg))
    except (ValueError, AttributeError):
        pass
    return _one_line(r.text or r.reason_phrase)


class ChatClient:
    """Thread-safe, caching, retrying ``POST {base_url}/chat/completions``."""

    def __init__(self, cfg: LLMConfig, cache_dir: Path, *, json_mode: bool = True,
                 use_cache: bool = True, backoff_s: float | None = None,
                 transport: httpx.BaseTransport | None = None):
        self.cfg = cfg
        self.cache_dir = Path(cache_dir)
        self.json_mode = json_mode  # send response_format={"type": "json_object"}; dropped if the server rejects it
        self.use_cache = use_cache
        self.backoff_s = BACKOFF_S if backoff_s is None else backoff_s
        self.base_url = cfg.base_url.rstrip("/")
        self.url = f"{self.base_url}/chat/completions"
        key = os.environ.get(cfg.api_key_env, "") if cfg.api_key_env else ""
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        n = max(1, cfg.concurrency)
        self._http = httpx.Client(timeout=cfg.timeout_s, headers=headers, transport=transport,
                                  limits=httpx.Limits(max_connections=n, max_keepalive_connections=n))
        self._slots = threading.BoundedSemaphore(n)
        self._lock = threading.Lock()
        self.requests = 0  # HTTP requests sent, retries included
        self.cache_hits = 0
        self.prompt_tokens = 0  # as reported by the server's ``usage``
        self.completion_tokens = 0

    # -- cache -------------------------------------------------------------
    def cache_key(self, messages: Messages) -> str:
        blob = json.dumps([self.cfg.model, messages, self.cfg.temperature], ensure_ascii=False, sort_keys=True)
        return sha256(blob.encode("utf-8")).hexdigest()

    def _cache_path(self, key: str) -> Path:
        return self.cache_dir / key[:2] / f"{key}.json"

    def cached(self, messages: Messages) -> ChatResult | None:
        """The cached reply to ``messages`` or None; never touches the network."""
        if not self.use_cache:
            return None
        try:
            d = json.loads(self._cache_path(self.cache_key(messages)).read_text(encoding="utf-8"))
            return ChatResult(content=d["content"], prompt_tokens=d.get("prompt_tokens", 0),
                              completion_tokens=d.get("completion_tokens", 0),
                              finish_reason=d.get("finish_reason", "stop"), cached=True)
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or unreadable (e.g. truncated by a crash): just ask again

    def forget(self, messages: Messages) -> None:
        """Drop a cached reply, e.g. one that never validated, so the next run asks again."""
        self._cache_path(self.cache_key(messages)).unlink(missing_ok=True)

    def _store(self, messages: Messages, res: ChatResult) -> None:
        path = self._cache_path(self.cache_key(messages))
        path.parent.mkdir(parents=True, exist_ok=True)
        record = {"model": self.cfg.model, "temperature": self.cfg.temperature, "messages": messages,
                  "content": res.content, "finish_reason": res.finish_reason,
                  "prompt_tokens": res.prompt_tokens, "completion_tokens": res.completion_tokens}
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(record, f, ensure_ascii=False)
            os.replace(tmp, path)  # atomic: readers see the old file or the whole new one
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # -- requests ----------------------------------------------------------
    def chat(self, messages: Messages) -> ChatResult:
        """The reply to ``messages``: from the cache if there, else from the server (then cached)."""
        hit = self.cached(messages)
        if hit is not None:
            with self._lock:
                self.cache_hits += 1
            return hit
        res = self._post(messages)
        if self.use_cache:
            self._store(messages, res)
        return res

    def map_chat(self, requests: Sequence[Messages], *, return_exceptions: bool = False) -> list:
        """``chat`` over many message lists, ``cfg.concurrency`` at a time, results in input order.

        With ``return_exceptions`` an ``LLMRequestError`` takes its request's place in
        the list instead of being raised; a fatal ``LLMError`` is always raised.
        """
        def one(msgs: Messages):
            try:
                return self.chat(msgs)
            except LLMRequestError as e:
                if return_exceptions:
                    return e
                raise

        with ThreadPoolExecutor(max_workers=max(1, self.cfg.concurrency)) as pool:
            futures = [pool.submit(one, m) for m in requests]
            try:
                return [f.result() for f in futures]
            except BaseException:
                for f in futures:
                    f.cancel()
                raise

    def _where(self) -> str:
        return f"{self.base_url} (model {self.cfg.model!r})"

    def _post(self, messages: Messages) -> ChatResult:
        attempt = 0
        while True:
            body = {"model": self.cfg.model, "messages": messages,
                    "temperature": self.cfg.temperature, "max_tokens": self.cfg.max_tokens}
            json_mode = self.json_mode
            if json_mode:
                body["response_format"] = {"type": "json_object"}
            wait: float | None = None
            try:
                with self._slots:
                    with self._lock:
                        self.requests += 1
                    r = self._http.post(self.url, json=body)
            except httpx.ConnectError as e:
                raise LLMError(f"cannot connect to {self._where()}: {_one_line(str(e), 120)}; "
                               f"is the server running and llm.base_url right?") from None
            except (httpx.UnsupportedProtocol, httpx.InvalidURL) as e:
                raise LLMError(f"bad llm.base_url {self.base_url!r}: {_one_line(str(e), 120)}") from None
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as e:
                why = f"timed out after {self.cfg.timeout_s:g}s" if isinstance(e, httpx.TimeoutException) \
                    else _one_line(f"{type(e).__name__}: {e}", 120)
            else:
                code = r.status_code
                if code == 200:
                    return self._result(r)
                detail = _error_detail(r)
                if code in (401, 403):
                    hint = (f"set ${self.cfg.api_key_env}" if not self._http.headers.get("Authorization")
                            else f"check ${self.cfg.api_key_env}")
                    raise LLMError(f"HTTP {code} from {self._where()}: {detail}; {hint}")
                if code == 404:
                    raise LLMError(f"HTTP 404 from {self._where()}: {detail}; check llm.model and that "
                                   f"llm.base_url ends in the API root (often /v1)")
                if code == 400 and json_mode and "response_format" in r.text:
                    self.json_mode = False  # server does not do JSON mode: the prompts ask for JSON anyway
                    continue
                if code != 429 and code < 500:
                    raise LLMRequestError(f"HTTP {code} from {self._where()}: {detail}")
                why = f"HTTP {code}: {detail}"
                ra = r.headers.get("retry-after", "")
                wait = min(float(ra), MAX_RETRY_AFTER_S) if ra.replace(".", "", 1).isdigit() else None
            if attempt >= self.cfg.max_retries:
                raise LLMRequestError(f"{self._where()}: {why} (gave up after {attempt + 1} attempts)")
            time.sleep(wait if wait is not None else self.backoff_s * (2 ** attempt) * random.uniform(0.8, 1.2))
            attempt += 1

    def _result(self, r: httpx.Response) -> ChatResult:
        try:
            data = r.json()
            choice = data["choices"][0]
            content = choice["message"].get("content") or ""
            usage = data.get("usage") or {}
            res = ChatResult(content=content, prompt_tokens=int(usage.get("prompt_tokens") or 0),
                             completion_tokens=int(usage.get("completion_tokens") or 0),
                             finish_reason=choice.get("finish_reason") or "stop")
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            raise LLMRequestError(f"{self._where()}: not a chat.completion response: {_one_line(r.text, 120)}") from None
        with self._lock:
            self.prompt_tokens += res.prompt_tokens
            self.completion_tokens += res.completion_tokens
        return res

    def usage(self) -> dict[str, int]:
        return {"requests": self.requests, "cache_hits": self.cache_hits,
                "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens}

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "ChatClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
