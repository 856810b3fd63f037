"""Model runners behind one small interface (lm-evaluation-harness style).

``LM.loglikelihood([(context, continuation), ...])`` returns, per request, the sum
of the log-probabilities of the continuation's tokens given the context;
``LM.generate([prompt, ...], max_new_tokens)`` returns greedy completions of user
prompts.  Contexts passed to ``loglikelihood`` are complete model inputs (the
scorer renders them with ``lm.format_prompt``, the chat template for HF models);
prompts passed to ``generate`` are plain user turns (each runner wraps them).

* :class:`HFRunner`: a local transformers model (+ optional LoRA adapter).
  Log-likelihoods are batched: requests are tokenized (context and continuation
  separately, so the continuation's tokens are exactly those scored), requests
  whose model input ``context + continuation[:-1]`` is identical share one row
  (e.g. the four one-token letters after the same prompt), rows are sorted by
  length, right-padded, and each batch is one forward pass; the continuation
  log-probs are gathered from that pass.
* :class:`OpenAIRunner`: any OpenAI-compatible chat endpoint; generation only
  (chat endpoints do not return prompt log-probs), so it is scored by
  generate-then-parse.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

Request = tuple[str, str]


@runtime_checkable
class LM(Protocol):
    def loglikelihood(self, requests: list[Request]) -> list[float]: ...

    def generate(self, prompts: list[str], max_new_tokens: int = 16) -> list[str]: ...


class HFRunner:
    """A local causal LM.  ``model`` is anything :func:`proda.train.models.resolve` accepts, or a loaded model."""

    supports_loglikelihood = True

    def __init__(self, model, adapter: str | None = None, batch_size: int = 16, device: str = "cpu",
                 tokenizer=None, dtype=None, max_length: int = 2048):
        import torch

        from proda.train.models import ResolvedModel, load_model, resolve

        if isinstance(model, (str, Path)):
            rm = resolve(str(model))
            if adapter:
                rm = ResolvedModel(rm.name, rm.base, adapter, rm.meta)
            self.model, self.tok = load_model(rm, dtype=dtype, device=device)
            self.name = rm.name
            self.resolved = rm
        else:
            if tokenizer is None:
                raise ValueError("a loaded model needs its tokenizer")
            self.model, self.tok, self.name, self.resolved = model, tokenizer, type(model).__name__, None
            if self.tok.pad_token_id is None:
                self.tok.pad_token = self.tok.eos_token
        self.model.eval()
        self.device = torch.device(device)
        self.batch_size = max(1, batch_size)
        # never score past the model's own context (a tiny from-scratch model has 512 positions, not 2048)
        ctx = getattr(self.model.config, "n_positions", None) or getattr(self.model.config, "max_position_embeddings", None)
        self.max_length = min(max_length, int(ctx) - 1) if ctx else max_length
        self.share_prefix = True
        from proda.train.lora import adds_bos

        self._bos = adds_bos(self.tok)

    # -- prompts ---------------------------------------------------------------------
    def format_prompt(self, user: str) -> str:
        from proda.train.lora import render_prompt

        return render_prompt(self.tok, user)

    def _encode(self, text: str, bos: bool = False) -> list[int]:
        ids = self.tok(text, add_special_tokens=False).input_ids
        return ([self.tok.bos_token_id] + ids) if bos else ids

    # -- log-likelihood --------------------------------------------------------------
    def loglikelihood(self, requests: list[Request], progress: Callable[[int, int], None] | None = None) -> list[float]:
        """Sum of continuation log-probs per request.

        Contexts with several multi-token continuations (the letter sets of method
        ``set``) go through :meth:`_shared_prefix`: one forward pass over the
        context, then all its continuations at once on top of the cached keys and
        values.  Everything else is padded into batches of whole rows.
        """
        groups: dict[str, list[int]] = {}
        for i, (ctx, cont) in enumerate(requests):
            groups.setdefault(ctx, []).append(i)
        out: list[float | None] = [None] * len(requests)
        plain: list[int] = []
        for ctx, idx in groups.items():
            conts = {requests[i][1] for i in idx}
            fits = len(self._encode(ctx, bos=self._bos)) + max(len(self._encode(c)) for c in conts) <= self.max_length
            if self.share_prefix and fits and len(conts) > 2 and any(len(self._encode(c)) > 1 for c in conts):
                for i, v in zip(idx, self._shared_prefix(ctx, [requests[i][1] for i in idx])):
                    out[i] = v
            else:
                plain += idx
        if plain:
            for i, v in zip(plain, self._rows([requests[i] for i in plain], progress)):
                out[i] = v
        return out  # type: ignore[return-value]

    def _shared_prefix(self, ctx: str, conts: list[str]) -> list[float]:
        import torch

        c_ids = self._encode(ctx, bos=self._bos)
        t_ids = [self._encode(c) for c in conts]
        with torch.no_grad():
            first = self.model(input_ids=torch.tensor([c_ids], device=self.device), use_cache=True)
            last = torch.log_softmax(first.logits[0, -1].float(), dim=-1).cpu()
            res = [float(last[t[0]]) for t in t_ids]
            tails = [(i, t) for i, t in enumerate(t_ids) if len(t) > 1]
            for b0 in range(0, len(tails), max(self.batch_size, 1)):
                part = tails[b0 : b0 + self.batch_size]
                m = max(len(t) - 1 for _, t in part)
                ids = torch.full((len(part), m), self.tok.pad_token_id, dtype=torch.long)
                mask = torch.zeros((len(part), len(c_ids) + m), dtype=torch.long)
                mask[:, : len(c_ids)] = 1
                for j, (_, t) in enumerate(part):
                    ids[j, : len(t) - 1] = torch.tensor(t[:-1])
                    mask[j, len(c_ids) : len(c_ids) + len(t) - 1] = 1
                cache = _repeat_cache(first.past_key_values, len(part))
                logits = self.model(input_ids=ids.to(self.device), attention_mask=mask.to(self.device),
                                    past_key_values=cache, use_cache=True).logits
                lp = torch.log_softmax(logits.float(), dim=-1).cpu()
                for j, (i, t) in enumerate(part):
                    res[i] += float(sum(lp[j, k - 1, t[k]] for k in range(1, len(t))))
        return res

    def _rows(self, requests: list[Request], progress: Callable[[int, int], None] | None = None) -> list[float]:
        import torch

        enc = []  # per request: (row key, start position in the row, continuation ids)
        rows: dict[tuple[int, ...], int] = {}
        row_ids: list[list[int]] = []
        for ctx, cont in requests:
            c_ids = self._encode(ctx, bos=self._bos)
            t_ids = self._encode(cont)
            if not t_ids:
                raise ValueError(f"empty continuation {cont!r}")
            seq = (c_ids + t_ids)[-(self.max_length + 1):]
            cut = len(c_ids) + len(t_ids) - len(seq)
            inp = tuple(seq[:-1])
            if inp not in rows:
                rows[inp] = len(row_ids)
                row_ids.append(list(inp))
            enc.append((rows[inp], len(c_ids) - cut - 1, t_ids))
        # longest first: the first batch shows an out-of-memory at once, and padding stays small
        order = sorted(range(len(row_ids)), key=lambda r: -len(row_ids[r]))
        logprob_rows: dict[int, torch.Tensor] = {}
        need: dict[int, list[tuple[int, list[int]]]] = {}
        for i, (r, start, t_ids) in enumerate(enc):
            need.setdefault(r, []).append((start, t_ids))
        pad = self.tok.pad_token_id
        done = 0
        with torch.no_grad():
            for b0 in range(0, len(order), self.batch_size):
                batch = order[b0 : b0 + self.batch_size]
                n = max(len(row_ids[r]) for r in batch)
                ids = torch.full((len(batch), n), pad, dtype=torch.long)
                mask = torch.zeros((len(batch), n), dtype=torch.long)
                for j, r in enumerate(batch):
                    ids[j, : len(row_ids[r])] = torch.tensor(row_ids[r])
                    mask[j, : len(row_ids[r])] = 1
                logits = self.model(input_ids=ids.to(self.device), attention_mask=mask.to(self.device)).logits
                for j, r in enumerate(batch):
                    # only the positions some request reads: log_softmax over the vocabulary there
                    pos = sorted({s + k for s, t in need[r] for k in range(len(t))})
                    lp = torch.log_softmax(logits[j, pos].float(), dim=-1).cpu()
                    logprob_rows[r] = (pos, lp)
                done += len(batch)
                if progress:
                    progress(done, len(order))
        out = []
        for r, start, t_ids in enc:
            pos, lp = logprob_rows[r]
            index = {p: k for k, p in enumerate(pos)}
            out.append(float(sum(lp[index[start + k], t] for k, t in enumerate(t_ids))))
        return out

    def loglikelihood_one(self, request: Request) -> float:
        """The plain unbatched computation (reference for tests and the benchmark loop)."""
        import torch

        ctx, cont = request
        c_ids, t_ids = self._encode(ctx, bos=self._bos), self._encode(cont)
        seq = torch.tensor([c_ids + t_ids])
        with torch.no_grad():
            lp = torch.log_softmax(self.model(input_ids=seq.to(self.device)).logits[0].float(), dim=-1).cpu()
        return float(sum(lp[len(c_ids) - 1 + k, t] for k, t in enumerate(t_ids)))

    # -- generation ------------------------------------------------------------------
    def generate(self, prompts: list[str], max_new_tokens: int = 16) -> list[str]:
        import torch

        out: list[str] = []
        side = self.tok.padding_side
        self.tok.padding_side = "left"
        try:
            for b0 in range(0, len(prompts), self.batch_size):
                texts = [self.format_prompt(p) for p in prompts[b0 : b0 + self.batch_size]]
                enc = self.tok(texts, return_tensors="pt", padding=True, add_special_tokens=self._bos).to(self.device)
                with torch.no_grad():
                    gen = self.model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=False,
                                              pad_token_id=self.tok.pad_token_id)
                for row in gen[:, enc["input_ids"].shape[1]:]:
                    out.append(self.tok.decode(row, skip_special_tokens=True))
        finally:
            self.tok.padding_side = side
        return out


class OpenAIRunner:
    """An OpenAI-compatible chat endpoint (vLLM, Ollama, OpenAI, ...): generate-then-parse only."""

    supports_loglikelihood = False

    def __init__(self, base_url: str, model: str, api_key_env: str = "OPENAI_API_KEY", *,
                 cache_dir: Path | None = None, concurrency: int = 4, timeout_s: float = 120.0,
                 max_retries: int = 2, system: str | None = None):
        from proda.config import LLMConfig
        from proda.llm.client import ChatClient

        self.cfg = LLMConfig(base_url=base_url, model=model, api_key_env=api_key_env, concurrency=concurrency,
                             timeout_s=timeout_s, max_retries=max_retries, temperature=0.0, max_tokens=16,
                             json_mode=False)
        self.cache_dir = cache_dir
        self.system = system
        self.name = model
        self._client_cls = ChatClient

    def _client(self, max_tokens: int):
        cfg = self.cfg.model_copy(update={"max_tokens": max_tokens})
        return self._client_cls(cfg, self.cache_dir or Path(".proda/llm-cache"), json_mode=False,
                                use_cache=self.cache_dir is not None)

    def loglikelihood(self, requests: list[Request]) -> list[float]:
        raise NotImplementedError("chat endpoints give no prompt log-probabilities; use generate-then-parse")

    def generate(self, prompts: list[str], max_new_tokens: int = 16) -> list[str]:
        client = self._client(max_new_tokens)
        msgs = [([{"role": "system", "content": self.system}] if self.system else [])
                + [{"role": "user", "content": p}] for p in prompts]
        res = client.map_chat(msgs, return_exceptions=True)
        return [r.content if hasattr(r, "content") else "" for r in res]


def _repeat_cache(cache, n: int):
    """A copy of a batch-1 key/value cache repeated ``n`` times along the batch axis."""
    import copy

    c = copy.deepcopy(cache)
    if hasattr(c, "batch_repeat_interleave"):
        c.batch_repeat_interleave(n)
        return c
    return tuple(tuple(x.repeat_interleave(n, dim=0) for x in layer) for layer in c)  # legacy tuple caches


def batched(seq: Sequence, n: int):
    for i in range(0, len(seq), n):
        yield seq[i : i + n]
