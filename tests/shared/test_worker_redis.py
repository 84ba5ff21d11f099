"""Redis is a worker's dependency only when its spec says so (#21: ~20 MB of redis-py).

Analytics and the router never use Redis: they must not import redis-py, open a client or
wait for Redis to be ready. Reports does, and keeps all three.
"""

from typing import Any

import pytest
from medstream_router.config import RouterSettings
from medstream_shared.worker import Worker, WorkerContext, WorkerSpec

from tests.imports import modules_loaded


def test_a_worker_without_redis_never_imports_redis_py() -> None:
    imports = (
        "medstream_analytics.service",
        "medstream_router.service",
        "medstream_shared.worker",
        "medstream_shared.kafka.retry",
        "medstream_shared.cli",
    )

    assert modules_loaded(imports, ("redis",)) == []


def test_reports_declares_redis_and_the_router_does_not() -> None:
    """(Analytics' spec opens the warehouse; it keeps the default, no Redis.)"""
    from medstream_reports.config import ReportsSettings
    from medstream_reports.service import worker_spec as reports_spec
    from medstream_router.service import worker_spec as router_spec

    assert reports_spec(ReportsSettings.model_validate({})).uses_redis
    assert not router_spec(RouterSettings.model_validate({})).uses_redis


class _Up:
    async def ping(self) -> bool:
        return True


class _Mongo:
    class admin:  # the client's attribute
        @staticmethod
        async def command(_: str) -> dict[str, Any]:
            return {"ok": 1}


def _worker(redis: object | None) -> Worker:
    spec = WorkerSpec(topics=[], subscriptions=lambda _: [])
    worker = Worker(RouterSettings.model_validate({}), spec)
    worker.context = WorkerContext(
        worker.settings,
        producer=None,  # type: ignore[arg-type]  # readiness does not produce
        mongo=_Mongo(),  # type: ignore[arg-type]
        db=None,  # type: ignore[arg-type]
        redis=redis,  # type: ignore[arg-type]
    )
    return worker


async def test_readiness_checks_redis_only_where_it_was_opened() -> None:
    _, without = await _worker(None)._readiness()
    _, with_redis = await _worker(_Up())._readiness()

    assert set(without) == {"mongodb", "kafka"}
    assert set(with_redis) == {"mongodb", "redis", "kafka"}
    assert with_redis["redis"]["status"] == "up"


def test_a_handler_that_needs_redis_in_a_worker_without_it_fails_loudly() -> None:
    with pytest.raises(RuntimeError, match="uses_redis"):
        _worker(None).context.require_redis()  # type: ignore[union-attr]
