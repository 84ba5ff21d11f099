"""The LLM path shared by the services: settings, a structured-output client, a breaker.

Every service can run without it: when no endpoint is configured, or the breaker is open,
callers use their deterministic offline engine and say so.

The client and the response-format helper need the ``openai`` SDK (~13 MB of a process's
memory): they are imported on first use (PEP 562), so a service on its offline engine, which
only catches ``LlmError`` and reads ``LlmSettings``, never loads it.
"""

from typing import TYPE_CHECKING, Any

from medstream_shared.llm.breaker import BreakerState, CircuitBreaker
from medstream_shared.llm.errors import (
    LlmError,
    LlmInvalidOutput,
    LlmRequestFailed,
    LlmTimeout,
    LlmUnavailable,
)
from medstream_shared.llm.settings import LlmSettings

if TYPE_CHECKING:
    from medstream_shared.llm.client import LlmClient, LlmResult, Message, TokenUsage
    from medstream_shared.llm.schema import response_format_for

_LAZY = {
    "LlmClient": "client",
    "LlmResult": "client",
    "Message": "client",
    "TokenUsage": "client",
    "response_format_for": "schema",
}

__all__ = [
    "BreakerState",
    "CircuitBreaker",
    "LlmClient",
    "LlmError",
    "LlmInvalidOutput",
    "LlmRequestFailed",
    "LlmResult",
    "LlmSettings",
    "LlmTimeout",
    "LlmUnavailable",
    "Message",
    "TokenUsage",
    "response_format_for",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
