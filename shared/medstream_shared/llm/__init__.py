"""The LLM path shared by the services: settings, a structured-output client, a breaker.

Every service can run without it: when no endpoint is configured, or the breaker is open,
callers use their deterministic offline engine and say so.
"""

from medstream_shared.llm.breaker import BreakerState, CircuitBreaker
from medstream_shared.llm.client import LlmClient, LlmResult, Message, TokenUsage
from medstream_shared.llm.errors import (
    LlmError,
    LlmInvalidOutput,
    LlmRequestFailed,
    LlmTimeout,
    LlmUnavailable,
)
from medstream_shared.llm.schema import response_format_for
from medstream_shared.llm.settings import LlmSettings

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
