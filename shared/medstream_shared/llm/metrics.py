"""Prometheus metrics of LLM calls, the same in every service that makes them."""

from prometheus_client import Counter, Histogram

LLM_CALLS = Counter(
    "medstream_llm_calls_total",
    "LLM calls by outcome: ok, short_circuited (breaker open) or the error class",
    ["outcome"],
)
LLM_LATENCY = Histogram(
    "medstream_llm_latency_seconds",
    "Latency of answered LLM calls, retries included",
    buckets=(0.25, 0.5, 1, 2, 4, 8, 15, 30, 60),
)
LLM_TOKENS = Counter("medstream_llm_tokens_total", "Tokens used by answered calls", ["kind"])
