"""Prometheus metrics that more than one service reports, defined once.

The Grafana dashboards (deploy/grafana) and alert rules (deploy/prometheus) are written
against these names, and tests/observability checks that every name they use is exported
by the running services, so a rename here is a visible, tested diff. The Kafka plumbing's
own metrics live beside it in ``medstream_shared.kafka.metrics``.

Conventions: base units as suffixes (``_seconds``, ``_bytes``), ``_total`` on counters, and
label values from small closed sets (route templates, statuses, model names, outcomes),
never ids, so the number of series stays bounded however many sessions there are.
"""

import os
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import Response

# Latency buckets for work a person waits on (HTTP, LLM, SQL): 5 ms … 60 s.
_HUMAN_WAIT_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60)

# ---------------------------------------------------------------- HTTP (gateway)
HTTP_REQUESTS = Counter(
    "medstream_http_requests_total",
    "HTTP requests answered, by method, route template and status code",
    ["method", "route", "status"],
)
HTTP_SECONDS = Histogram(
    "medstream_http_request_duration_seconds",
    "Time from receiving a request to sending its response headers",
    ["method", "route"],
    buckets=_HUMAN_WAIT_BUCKETS,
)

# ---------------------------------------------------------------- sessions (gateway)
SESSIONS = Gauge(
    "medstream_sessions",
    "Sessions currently in each non-final status, counted in the gateway's read model",
    ["status"],
)
OPEN_ALERTS = Gauge(
    "medstream_surveillance_open_alerts",
    "Open surveillance alerts per city and diagnosis group, counted in the gateway's read "
    "model (every gateway replica reports the same count: take the max)",
    ["city", "group"],
)
SESSION_SECONDS = Histogram(
    "medstream_session_time_to_final_seconds",
    "Time from a question's submission to its session's final status (completed or error)",
    ["status"],
    buckets=(0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1800),
)

# ---------------------------------------------------------------- warehouse SQL (analytics)
SQL_SECONDS = Histogram(
    "medstream_sql_query_duration_seconds",
    "Time to run one validated warehouse query, by outcome: ok, timeout, too_large or error",
    ["outcome"],
    buckets=_HUMAN_WAIT_BUCKETS,
)
SQL_KILLED = Counter(
    "medstream_sql_killed_total",
    "Model-written queries stopped by killing their sandbox process (the interrupt did not)",
)

# ---------------------------------------------------------------- caches
CACHE_REQUESTS = Counter(
    "medstream_cache_requests_total", "Cache look-ups by cache and result", ["cache", "result"]
)

# ---------------------------------------------------------------- LLM (router, analytics, reports)
LLM_REQUESTS = Counter(
    "medstream_llm_requests_total",
    "LLM calls by model and outcome: ok, error, or short_circuited (breaker open, not sent)",
    ["model", "outcome"],
)
LLM_SECONDS = Histogram(
    "medstream_llm_request_duration_seconds",
    "Latency of LLM calls that were sent, retries included",
    ["model"],
    buckets=(0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60),
)
LLM_ERRORS = Counter(
    "medstream_llm_errors_total",
    "Failed LLM calls by model and error class (LlmTimeout, LlmRequestFailed, …)",
    ["model", "error"],
)
LLM_TOKENS = Counter(
    "medstream_llm_token_usage_total",
    "Tokens used by LLM calls, by model and kind (prompt or completion)",
    ["model", "kind"],
)
LLM_OUTCOMES = ("ok", "error", "short_circuited")
BREAKER_STATES = ("closed", "half_open", "open")

# ---------------------------------------------------------------- dependencies, process
DEPENDENCY_UP = Gauge(
    "medstream_dependency_up",
    "1 when the service's last check of a dependency (kafka, mongodb, redis) succeeded",
    ["dependency"],
)
DEPENDENCY_SECONDS = Histogram(
    "medstream_dependency_check_duration_seconds",
    "Round-trip time of a dependency check, as the service sees it",
    ["dependency"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2),
)


def prime_llm_metrics(model: str) -> None:
    """Create the zero-valued series of ``model`` before its first call.

    A counter that appears only at its first increment hides that increment from
    ``rate()`` and ``increase()``, so alerts and dashboards would miss the first errors.
    """
    for outcome in LLM_OUTCOMES:
        LLM_REQUESTS.labels(model=model, outcome=outcome)
    for kind in ("prompt", "completion"):
        LLM_TOKENS.labels(model=model, kind=kind)
    LLM_SECONDS.labels(model=model)


class HasBreakerState(Protocol):
    @property
    def state(self) -> str: ...


class _BreakerStates(Collector):
    """``medstream_llm_breaker_state``: read from each tracked breaker at scrape time.

    A breaker turns from open to half-open by the clock alone, with no call to notice it,
    so a gauge set on calls would go stale; reading ``state`` on each scrape cannot.
    Breakers are held weakly so a discarded client stops being reported.
    """

    def __init__(self) -> None:
        self._breakers: dict[str, weakref.ref[HasBreakerState]] = {}

    def track(self, model: str, breaker: HasBreakerState) -> None:
        self._breakers[model] = weakref.ref(breaker)

    def collect(self) -> Iterator[Metric]:
        family = GaugeMetricFamily(
            "medstream_llm_breaker_state",
            "1 for the current state (closed, half_open, open) of each LLM circuit breaker",
            labels=["model", "state"],
        )
        for model, ref in list(self._breakers.items()):
            breaker = ref()
            if breaker is None:
                del self._breakers[model]
                continue
            current = breaker.state
            for state in BREAKER_STATES:
                family.add_metric([model, state], 1.0 if state == current else 0.0)
        yield family


_BREAKERS = _BreakerStates()
REGISTRY.register(_BREAKERS)


def track_breaker(model: str, breaker: HasBreakerState) -> None:
    """Report ``breaker``'s state as ``medstream_llm_breaker_state{model=…}``."""
    _BREAKERS.track(model, breaker)


def record_llm_call(
    model: str,
    *,
    outcome: str,
    seconds: float | None = None,
    error: str | None = None,
    prompt_tokens: int = 0,
    completion_tokens: int = 0,
) -> None:
    """Record one LLM call in every LLM metric at once, so call sites stay one line."""
    LLM_REQUESTS.labels(model=model, outcome=outcome).inc()
    if seconds is not None:
        LLM_SECONDS.labels(model=model).observe(seconds)
    if error is not None:
        LLM_ERRORS.labels(model=model, error=error).inc()
    if prompt_tokens:
        LLM_TOKENS.labels(model=model, kind="prompt").inc(prompt_tokens)
    if completion_tokens:
        LLM_TOKENS.labels(model=model, kind="completion").inc(completion_tokens)


# ---------------------------------------------------------------- memory limit
_CGROUP_ROOT = Path("/sys/fs/cgroup")
_UNLIMITED = 1 << 60  # "no limit" is "max" in cgroup v2 and about 2**63 in cgroup v1


def memory_limit_bytes(
    cgroup_root: Path = _CGROUP_ROOT, proc_cgroup: Path = Path("/proc/self/cgroup")
) -> float:
    """The memory this process may use: the tightest cgroup limit, else the machine's memory.

    ``process_resident_memory_bytes`` divided by this is the "memory above 80 % of its
    limit" alert. In a Kubernetes or compose container the cgroup limit is the container's
    memory limit; a process without one (``make run``) can use at most the machine's memory.
    """
    limits = [os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")]
    for candidate in _limit_files(cgroup_root, proc_cgroup):
        try:
            raw = candidate.read_text().strip()
        except OSError:
            continue
        if raw.isdigit() and int(raw) < _UNLIMITED:
            limits.append(int(raw))
    return float(min(limits))


def _limit_files(cgroup_root: Path, proc_cgroup: Path) -> Iterator[Path]:
    """The limit files of our cgroup and its ancestors, for cgroup v2 and v1.

    A limit may sit on any ancestor (a pod's cgroup above its container's), and inside a
    container the cgroup path of ``/proc/self/cgroup`` may not exist in the mounted tree,
    so every level is tried and the smallest limit wins.
    """
    try:
        lines = proc_cgroup.read_text().splitlines()
    except OSError:
        lines = []
    for line in lines:
        hierarchy, controllers, path = [*line.split(":", 2), "", ""][:3]
        if hierarchy == "0" and not controllers:
            base, name = cgroup_root, "memory.max"
        elif "memory" in controllers.split(","):
            base, name = cgroup_root / "memory", "memory.limit_in_bytes"
        else:
            continue
        level = Path("/", path.lstrip("/"))
        for directory in (level, *level.parents):
            yield base / directory.relative_to("/") / name


PROCESS_MEMORY_LIMIT = Gauge(
    "medstream_process_memory_limit_bytes",
    "Memory this process may use: its cgroup (container) limit, else the machine's memory",
)
PROCESS_MEMORY_LIMIT.set_function(memory_limit_bytes)


async def metrics_endpoint(_: Request) -> Response:
    """``GET /metrics`` in the Prometheus text format, at exactly that path.

    prometheus_client's ASGI app mounted at ``/metrics`` answers ``/metrics`` with a 307 to
    ``/metrics/``: Prometheus follows it, but other scrapers and curl do not.
    """
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
