"""Issue 15, item 8: exports the real tools accept as they are (TRL's assistant-only loss, lm-eval, LLaMA-Factory)."""

from __future__ import annotations

import pytest

from proda.train.models import CHATML, SMOLLM2_TEMPLATE, build_tiny_model

CHAT = [{"role": "user", "content": "What does a teapot hold?"}, {"role": "assistant", "content": "Tea."}]

SMOLLM2_ORIGINAL = (  # the template shipped with SmolLM2-Instruct (no generation markers)
    "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}"
    "{{ '<|im_start|>system\\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\\n' }}"
    "{% endif %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}")


@pytest.fixture(scope="module")
def tok(tmp_path_factory):
    from transformers import AutoTokenizer

    folder = build_tiny_model(tmp_path_factory.mktemp("tiny"), ["What does a teapot hold? Tea."] * 20, layers=1)
    return AutoTokenizer.from_pretrained(folder)


@pytest.mark.parametrize("template, original", [(SMOLLM2_TEMPLATE, SMOLLM2_ORIGINAL), (CHATML, None)])
def test_templates_mark_assistant_tokens_and_render_unchanged(tok, template, original):
    if original is not None:  # same text as the model's own template: training and inference prompts do not move
        for gen in (False, True):
            msgs = CHAT if not gen else CHAT[:1]
            assert tok.apply_chat_template(msgs, chat_template=template, tokenize=False, add_generation_prompt=gen) \
                == tok.apply_chat_template(msgs, chat_template=original, tokenize=False, add_generation_prompt=gen)
    out = tok.apply_chat_template(CHAT, chat_template=template, tokenize=True, return_dict=True,
                                  return_assistant_tokens_mask=True)
    mask, ids = out["assistant_masks"], out["input_ids"]
    assert 0 < sum(mask) < len(mask)
    answer = tok.decode([i for i, m in zip(ids, mask) if m])
    assert answer.startswith("Tea.") and "teapot" not in answer
