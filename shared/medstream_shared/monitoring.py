"""Dependency health as metrics, sampled in the background of every service.

Readiness probes answer Kubernetes, not Prometheus: they run only where a kubelet calls
them and only as often as it does. So each service also checks Kafka, MongoDB and Redis on
its own timer and publishes the results (``medstream_dependency_up``,
``medstream_dependency_check_duration_seconds``) for the Infrastructure dashboard, which
then shows each dependency as the services see it, under ``make run`` as in a cluster.
"""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any

from medstream_shared.health import Check, run_checks
from medstream_shared.logging import get_logger
from medstream_shared.metrics import DEPENDENCY_SECONDS, DEPENDENCY_UP

log = get_logger(__name__)

SAMPLE_SECONDS = 15.0


async def check_dependencies(checks: Mapping[str, Check]) -> dict[str, dict[str, Any]]:
    """Run ``checks`` once, record them as metrics and return the components' results."""
    _, components = await run_checks(dict(checks))
    for name, result in components.items():
        DEPENDENCY_UP.labels(dependency=name).set(1.0 if result["status"] == "up" else 0.0)
        DEPENDENCY_SECONDS.labels(dependency=name).observe(result["latency_ms"] / 1000)
    return components


@contextlib.asynccontextmanager
async def every(
    seconds: float, job: Callable[[], Awaitable[object]], name: str
) -> AsyncIterator[asyncio.Task[None]]:
    """Run ``job`` now and then every ``seconds`` while the block runs; a failure is logged.

    A sampler must never take its service down, so errors are logged and the next round
    tries again.
    """

    async def loop() -> None:
        while True:
            try:
                await job()
            except Exception as exc:
                log.warning("background sampler failed", sampler=name, error=str(exc))
            await asyncio.sleep(seconds)

    task = asyncio.create_task(loop(), name=name)
    try:
        yield task
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
