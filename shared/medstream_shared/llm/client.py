"""Structured answers from any OpenAI-compatible endpoint, validated as pydantic models.

One call is a chat completion with a strict JSON-schema ``response_format`` generated from
the output model. Transient trouble (timeouts, connection errors, 408/409/429/5xx, and an
answer that is not valid JSON for the schema) is retried a bounded number of times with
jittered exponential backoff; the SDK's own retries are off so there is exactly one retry
policy. Each request has its own time limit. A circuit breaker turns a run of failed calls
into immediate :class:`LlmUnavailable` errors, so callers fall back to their offline engine
at once instead of waiting out an outage. Prompts and answers may hold medical data and the
key is a secret: neither is ever logged. (Token counts are logged as ``usage``: the log
redaction hides every field whose name contains "token".)
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ValidationError

from medstream_shared.backoff import backoff_delay
from medstream_shared.llm.breaker import CircuitBreaker
from medstream_shared.llm.errors import (
    LlmError,
    LlmInvalidOutput,
    LlmRequestFailed,
    LlmTimeout,
    LlmUnavailable,
)
from medstream_shared.llm.settings import LlmSettings
from medstream_shared.logging import get_logger
from medstream_shared.metrics import prime_llm_metrics, record_llm_call, track_breaker

if TYPE_CHECKING:  # the SDK (~13 MB) loads with the first client: offline services never do
    import openai
    from openai.types.chat import ChatCompletion, ChatCompletionMessageParam

T = TypeVar("T", bound=BaseModel)

log = get_logger(__name__)

_TRANSIENT_STATUS = frozenset({408, 409, 429})
_CODE_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)
_KEYLESS = "unused"
"""The SDK insists on a key; local servers (vLLM, Ollama) configured by URL need none."""


@dataclass(frozen=True, slots=True)
class TokenUsage:
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
        )


@dataclass(frozen=True, slots=True)
class Message:
    """An earlier turn of the conversation, e.g. a rejected answer before a repair request."""

    role: Literal["user", "assistant"]
    content: str


@dataclass(frozen=True, slots=True)
class LlmResult(Generic[T]):
    """A validated answer; ``usage`` and ``latency_seconds`` cover every attempt."""

    value: T
    content: str
    model: str
    served_model: str
    usage: TokenUsage
    latency_seconds: float
    attempts: int


class _Retryable(Exception):
    def __init__(self, error: LlmError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


class LlmClient:
    """A configured endpoint plus its circuit breaker; one per process, shared by tasks."""

    def __init__(
        self,
        settings: LlmSettings,
        *,
        breaker: CircuitBreaker | None = None,
    ) -> None:
        if not settings.configured:
            raise LlmUnavailable("no LLM endpoint is configured (OPENAI_API_KEY/OPENAI_BASE_URL)")
        self.settings = settings
        self.breaker = breaker or CircuitBreaker(
            settings.breaker_failures, settings.breaker_cooldown_seconds
        )
        track_breaker(settings.model, self.breaker)
        prime_llm_metrics(settings.model)
        key = settings.api_key.get_secret_value() if settings.api_key else _KEYLESS
        from openai import AsyncOpenAI

        self._openai = AsyncOpenAI(
            api_key=key,
            base_url=settings.base_url,
            timeout=settings.timeout_seconds,
            max_retries=0,
        )

    @classmethod
    def from_settings(cls, settings: LlmSettings) -> Self | None:
        """The client, or None when no endpoint is configured (the offline engines answer)."""
        return cls(settings) if settings.configured else None

    @property
    def model(self) -> str:
        return self.settings.model

    @property
    def endpoint(self) -> str:
        """Where requests go, without credentials or query, fit for logs."""
        parts = urlsplit(self.settings.base_url or "https://api.openai.com/v1")
        return f"{parts.scheme}://{parts.hostname or ''}{f':{parts.port}' if parts.port else ''}"

    def __repr__(self) -> str:
        return f"LlmClient(model={self.model!r}, endpoint={self.endpoint!r})"

    async def aclose(self) -> None:
        await self._openai.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()

    async def complete_json(
        self,
        model: type[T],
        system: str,
        user: str,
        *,
        history: Sequence[Message] = (),
    ) -> LlmResult[T]:
        """Ask for JSON matching ``model`` and return it validated.

        Raises an :class:`LlmError`: :class:`LlmUnavailable` without calling when the breaker
        is open, else the error of the last attempt.
        """
        if not self.breaker.allow():
            record_llm_call(self.model, outcome="short_circuited")
            raise LlmUnavailable(
                "the LLM is unavailable after repeated failures (circuit open); "
                "the offline engine answers instead"
            )
        messages: list[ChatCompletionMessageParam] = [{"role": "system", "content": system}]
        messages += [_turn(message) for message in history]
        messages.append({"role": "user", "content": user})
        started = time.perf_counter()
        try:
            result = await self._attempts(model, messages)
        except LlmError as exc:
            self.breaker.record_failure()
            record_llm_call(
                self.model,
                outcome="error",
                seconds=time.perf_counter() - started,
                error=type(exc).__name__,
            )
            log.warning(
                "llm call failed",
                model=self.model,
                output=model.__name__,
                error=type(exc).__name__,
                reason=str(exc),
                breaker=self.breaker.state,
            )
            raise
        except BaseException:
            self.breaker.abandon()
            raise
        self.breaker.record_success()
        record_llm_call(
            self.model,
            outcome="ok",
            seconds=result.latency_seconds,
            prompt_tokens=result.usage.prompt_tokens,
            completion_tokens=result.usage.completion_tokens,
        )
        log.info(
            "llm call answered",
            model=self.model,
            output=model.__name__,
            attempts=result.attempts,
            latency_ms=round(result.latency_seconds * 1000),
            usage={
                "prompt": result.usage.prompt_tokens,
                "completion": result.usage.completion_tokens,
            },
        )
        return result

    async def _attempts(
        self, model: type[T], messages: list[ChatCompletionMessageParam]
    ) -> LlmResult[T]:
        started = time.perf_counter()
        usage = TokenUsage()
        attempts = self.settings.retries + 1
        for attempt in range(1, attempts + 1):
            try:
                completion = await self._request(model, messages)
                usage += _usage(completion)
                value, content = _parse(completion, model)
            except _Retryable as retryable:
                if attempt == attempts:
                    raise retryable.error from retryable
                await asyncio.sleep(self._backoff(attempt, retryable.retry_after))
                continue
            return LlmResult(
                value=value,
                content=content,
                model=self.model,
                served_model=completion.model or self.model,
                usage=usage,
                latency_seconds=time.perf_counter() - started,
                attempts=attempt,
            )
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def _request(
        self, model: type[BaseModel], messages: list[ChatCompletionMessageParam]
    ) -> ChatCompletion:
        import openai

        from medstream_shared.llm.schema import response_format_for

        limit = self.settings.timeout_seconds
        options: dict[str, Any] = {}
        if self.settings.temperature is not None:
            options["temperature"] = self.settings.temperature
        try:
            async with asyncio.timeout(limit):
                return await self._openai.chat.completions.create(
                    model=self.model,
                    messages=messages,
                    response_format=response_format_for(model),
                    timeout=limit,
                    **options,
                )
        except (TimeoutError, openai.APITimeoutError) as exc:
            raise _Retryable(LlmTimeout(f"no answer within {limit:g}s")) from exc
        except openai.APIConnectionError as exc:
            raise _Retryable(LlmRequestFailed(f"cannot reach the endpoint: {exc}")) from exc
        except openai.APIStatusError as exc:
            error = LlmRequestFailed(
                f"the endpoint answered HTTP {exc.status_code}", status_code=exc.status_code
            )
            if exc.status_code in _TRANSIENT_STATUS or exc.status_code >= 500:
                raise _Retryable(error, _retry_after(exc)) from exc
            raise error from exc

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        ceiling = self.settings.retry_backoff_max_seconds
        delay = backoff_delay(attempt, self.settings.retry_backoff_seconds, ceiling)
        return max(delay, min(retry_after, ceiling)) if retry_after is not None else delay


def _turn(message: Message) -> ChatCompletionMessageParam:
    if message.role == "assistant":
        return {"role": "assistant", "content": message.content}
    return {"role": "user", "content": message.content}


def _parse(completion: ChatCompletion, model: type[T]) -> tuple[T, str]:
    if not completion.choices:
        raise _Retryable(LlmInvalidOutput("the answer has no choices"))
    choice = completion.choices[0]
    refusal = getattr(choice.message, "refusal", None)
    if refusal:
        raise LlmInvalidOutput(f"the model refused: {refusal[:200]}")
    content = choice.message.content or ""
    if choice.finish_reason == "length":
        raise _Retryable(LlmInvalidOutput("the answer was cut off at the token limit"))
    fenced = _CODE_FENCE.match(content)
    text = fenced.group(1) if fenced else content
    try:
        return model.model_validate_json(text), text
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'answer'}: {e['msg']}" for e in exc.errors()[:5]
        )
        error = LlmInvalidOutput(f"the answer does not match the schema: {problems}")
        raise _Retryable(error) from exc


def _usage(completion: ChatCompletion) -> TokenUsage:
    usage = completion.usage
    if usage is None:
        return TokenUsage()
    return TokenUsage(usage.prompt_tokens or 0, usage.completion_tokens or 0)


def _retry_after(exc: openai.APIStatusError) -> float | None:
    header = exc.response.headers.get("retry-after")
    try:
        return float(header) if header is not None else None
    except ValueError:
        return None
