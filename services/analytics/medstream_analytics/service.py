"""Analytics as a worker: the warehouse, the SQL guard, charts and the optional LLM.

It owns the warehouse and so the catalog: it publishes the catalog on ``medstream.catalog``
at start-up, and when the warehouse file is replaced (an import, a new generation) it opens
the new file, reads its catalog, answers later questions from it and publishes it again.
"""

import asyncio

from medstream_questions.understanding import Understanding
from medstream_shared.constants import SERVICE_TOPICS
from medstream_shared.events.models import CatalogChanged
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.llm.client import LlmClient
from medstream_shared.llm.settings import LlmSettings
from medstream_shared.logging import get_logger
from medstream_shared.worker import PeriodicTask, WorkerContext, WorkerSpec, run_worker

from medstream_analytics.charts import result_chart
from medstream_analytics.config import AnalyticsSettings
from medstream_analytics.executor import Limits, Warehouse
from medstream_analytics.guard import SqlGuard
from medstream_analytics.handlers import AnalyticsHandlers
from medstream_analytics.llm_answer import LlmAnswerer
from medstream_analytics.llm_sql import LlmSqlWriter
from medstream_analytics.privacy import PrivacyPolicy
from medstream_analytics.sandbox import SandboxSettings, SqlSandbox

log = get_logger(__name__)


def worker_spec(settings: AnalyticsSettings) -> WorkerSpec:
    warehouse = Warehouse(
        settings.warehouse_path,
        timeout_seconds=settings.query_timeout_seconds,
        max_rows=settings.max_rows,
        limits=Limits(memory=settings.sql_memory_limit, threads=settings.sql_threads),
    )
    understanding = Understanding(warehouse.catalog)
    guard = SqlGuard(max_limit=settings.max_rows, catalog=lambda: warehouse.catalog)
    privacy = PrivacyPolicy(settings.privacy_min_count)
    client = LlmClient.from_settings(LlmSettings())
    sandbox = SqlSandbox(
        SandboxSettings(
            settings.warehouse_path,
            timeout_seconds=settings.query_timeout_seconds,
            max_rows=settings.max_rows,
            limits=Limits(memory=settings.sql_memory_limit, threads=settings.sql_threads),
        ),
        processes=settings.sql_sandbox_processes,
    )
    llm = (
        LlmAnswerer(LlmSqlWriter(client, guard, privacy=privacy), sandbox)
        if client is not None
        else None
    )

    async def publish_catalog(context: WorkerContext) -> None:
        await context.producer.publish(CatalogChanged(catalog=warehouse.catalog))

    async def follow_swaps(context: WorkerContext) -> None:
        catalog = await asyncio.to_thread(warehouse.reload_if_changed)
        if catalog is not None:
            understanding.use(catalog)
            log.info("warehouse swapped", version=catalog.version, visits=catalog.visits)
            await publish_catalog(context)

    def close() -> None:
        sandbox.close()
        warehouse.close()

    def subscriptions(_: WorkerContext) -> list[Subscription]:
        return AnalyticsHandlers(
            warehouse,
            understanding,
            validate_sql=guard.validate,
            make_chart=result_chart,
            llm=llm,
            privacy=privacy,
        ).subscriptions()

    return WorkerSpec(
        SERVICE_TOPICS["analytics"],
        subscriptions,
        on_startup=publish_catalog,
        periodic=PeriodicTask(settings.warehouse_watch_seconds, follow_swaps, "warehouse-watch"),
        on_shutdown=close,
    )


def serve(settings: AnalyticsSettings) -> None:
    """Run the analytics worker until SIGTERM (drained, committed, exit 0)."""
    run_worker(settings, worker_spec(settings))
