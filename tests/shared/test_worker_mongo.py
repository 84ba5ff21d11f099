"""MongoDB is a worker's dependency only when its spec says so (#21: ~7 MB of pymongo).

Analytics keeps nothing in MongoDB: it must not import pymongo, open a client or wait for
MongoDB to be ready. The router and reports keep their stores there and keep all three.
"""

from pathlib import Path
from typing import Any

import pytest
from medstream_analytics.config import AnalyticsSettings
from medstream_router.config import RouterSettings
from medstream_shared.kafka.retry import transient_errors
from medstream_shared.worker import Worker, WorkerContext, WorkerSpec

from tests.imports import modules_loaded


def test_analytics_never_imports_pymongo() -> None:
    imports = (
        "medstream_analytics.__main__",
        "medstream_analytics.service",
        "medstream_shared.worker",
        "medstream_shared.kafka.retry",
        "medstream_shared.cli",
    )

    assert modules_loaded(imports, ("pymongo", "bson")) == []


def test_analytics_declares_no_mongodb_and_the_router_and_reports_do(warehouse: Path) -> None:
    from medstream_analytics.service import worker_spec as analytics_spec
    from medstream_reports.config import ReportsSettings
    from medstream_reports.service import worker_spec as reports_spec
    from medstream_router.service import worker_spec as router_spec

    analytics = AnalyticsSettings(warehouse_path=warehouse, live_visits=False)
    assert not analytics_spec(analytics).uses_mongo
    assert router_spec(RouterSettings.model_validate({})).uses_mongo
    assert reports_spec(ReportsSettings.model_validate({})).uses_mongo


class _Mongo:
    class admin:  # the client's attribute
        @staticmethod
        async def command(_: str) -> dict[str, Any]:
            return {"ok": 1}


def _worker(mongo: object | None) -> Worker:
    spec = WorkerSpec(topics=[], subscriptions=lambda _: [], uses_mongo=mongo is not None)
    worker = Worker(RouterSettings.model_validate({}), spec)
    worker.context = WorkerContext(
        worker.settings,
        producer=None,  # type: ignore[arg-type]  # readiness does not produce
        mongo=mongo,  # type: ignore[arg-type]
        db=None,
    )
    return worker


async def test_readiness_checks_mongodb_only_where_it_was_opened() -> None:
    _, without = await _worker(None)._readiness()
    _, with_mongo = await _worker(_Mongo())._readiness()

    assert set(without) == {"kafka"}
    assert set(with_mongo) == {"mongodb", "kafka"}
    assert with_mongo["mongodb"]["status"] == "up"


def test_a_handler_that_needs_mongodb_in_a_worker_without_it_fails_loudly() -> None:
    with pytest.raises(RuntimeError, match="uses_mongo"):
        _worker(None).context.require_db()  # type: ignore[union-attr]


def test_mongodb_errors_are_transient_once_pymongo_is_loaded() -> None:
    from pymongo.errors import AutoReconnect, ServerSelectionTimeoutError

    assert {AutoReconnect, ServerSelectionTimeoutError} <= set(transient_errors())
