"""Talking to OpenAI-compatible chat endpoints (cached, retried, bounded)."""

from proda.llm.client import (
    ChatClient,
    ChatResult,
    LLMError,
    LLMRequestError,
    Messages,
    estimate_messages,
    estimate_tokens,
)

__all__ = ["ChatClient", "ChatResult", "LLMError", "LLMRequestError", "Messages",
           "estimate_messages", "estimate_tokens"]
