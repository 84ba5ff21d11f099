"""Why an LLM call produced no answer. Every one of them means: use the offline engine."""


class LlmError(RuntimeError):
    """The model gave no usable answer; callers fall back to the offline engine."""


class LlmUnavailable(LlmError):
    """No call was made: no endpoint is configured, or the circuit breaker is open."""


class LlmTimeout(LlmError):
    """The endpoint did not answer within the per-request time limit, on every attempt."""


class LlmInvalidOutput(LlmError):
    """The answer was not JSON matching the requested schema, on every attempt."""


class LlmRequestFailed(LlmError):
    """The endpoint refused the request, or kept failing with transient errors."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
