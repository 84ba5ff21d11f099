"""Analytics as a worker: the warehouse, the SQL guard, charts and the optional LLM.

It owns the warehouse and so the catalog: it publishes the catalog on ``medstream.catalog``
at start-up, and when the warehouse file is replaced (an import, a new generation) it opens
the new file, reads its catalog, answers later questions from it and publishes it again.

With live visits (``MEDSTREAM_LIVE_VISITS``, on by default) it also follows
``medstream.visits`` into its own live store (``visit_feed``), catches up with the topic
before it consumes questions (so it is not ready until it holds what the topic holds), and
republishes the catalog at once when a batch brings a new place, department, visit type,
diagnosis or date, and every ``catalog_refresh_seconds`` when only counts moved.
"""

import asyncio
import time

from medstream_shared.constants import SERVICE_TOPICS
from medstream_shared.events.models import CatalogChanged
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.llm.client import LlmClient
from medstream_shared.llm.settings import LlmSettings
from medstream_shared.logging import get_logger
from medstream_shared.worker import PeriodicTask, WorkerContext, WorkerSpec, run_worker

from medstream_analytics.catalog_changes import adds_to
from medstream_analytics.charts import result_chart
from medstream_analytics.config import AnalyticsSettings
from medstream_analytics.executor import Limits, Warehouse
from medstream_analytics.guard import SqlGuard
from medstream_analytics.handlers import AnalyticsHandlers
from medstream_analytics.live_store import prune_against_base, rows_since
from medstream_analytics.llm_answer import LlmAnswerer
from medstream_analytics.llm_sql import LlmSqlWriter
from medstream_analytics.privacy import PrivacyPolicy
from medstream_analytics.question_engine import UnderstandingOnDemand
from medstream_analytics.sandbox import SandboxSettings, SqlSandbox
from medstream_analytics.visit_batch import BatchSummary
from medstream_analytics.visit_feed import VisitFeed

log = get_logger(__name__)


def worker_spec(settings: AnalyticsSettings) -> WorkerSpec:
    warehouse = Warehouse(
        settings.warehouse_path,
        timeout_seconds=settings.query_timeout_seconds,
        max_rows=settings.max_rows,
        limits=Limits(memory=settings.sql_memory_limit, threads=settings.sql_threads),
        live=str(settings.live_store()) if settings.live_visits else None,
    )
    understanding = UnderstandingOnDemand(warehouse.catalog)
    guard = SqlGuard(max_limit=settings.max_rows, catalog=lambda: warehouse.catalog)
    privacy = PrivacyPolicy(settings.privacy_min_count)
    client = LlmClient.from_settings(LlmSettings())
    sandbox = SqlSandbox(
        SandboxSettings(
            settings.warehouse_path,
            timeout_seconds=settings.query_timeout_seconds,
            max_rows=settings.max_rows,
            limits=Limits(memory=settings.sql_memory_limit, threads=settings.sql_threads),
            live=settings.live_visits,
        ),
        processes=settings.sql_sandbox_processes,
        rows_since=(
            (lambda seq: warehouse.write(lambda c: rows_since(c, seq)))
            if settings.live_visits
            else None
        ),
    )
    llm = (
        LlmAnswerer(LlmSqlWriter(client, guard, privacy=privacy), sandbox)
        if client is not None
        else None
    )

    feed: VisitFeed | None = None
    counts_moved_at: float | None = None  # when live visits last changed only counts

    async def publish_catalog(context: WorkerContext) -> None:
        await context.producer.publish(CatalogChanged(catalog=warehouse.catalog))

    async def refresh_catalog(context: WorkerContext) -> None:
        nonlocal counts_moved_at
        counts_moved_at = None
        catalog = await asyncio.to_thread(warehouse.refresh_catalog)
        understanding.use(catalog)
        await publish_catalog(context)

    async def start(context: WorkerContext) -> None:
        nonlocal feed
        if settings.live_visits:

            async def after_batch(summary: BatchSummary) -> None:
                nonlocal counts_moved_at
                if adds_to(warehouse.catalog, summary):
                    await refresh_catalog(context)
                elif counts_moved_at is None:
                    counts_moved_at = time.monotonic()

            feed = VisitFeed(
                settings,
                warehouse,
                context.producer,
                replica_id=settings.replica_id,
                batch_max=settings.visits_batch_max,
                batch_wait=settings.visits_batch_wait_seconds,
                on_batch=after_batch,
            )
            await feed.start()
            await feed.catch_up()
            catalog = await asyncio.to_thread(warehouse.refresh_catalog)
            understanding.use(catalog)
            feed.run_forever()
        await publish_catalog(context)

    async def follow_swaps(context: WorkerContext) -> None:
        catalog = await asyncio.to_thread(warehouse.reload_if_changed)
        if catalog is not None:
            if settings.live_visits:
                dropped = await asyncio.to_thread(warehouse.write, prune_against_base)
                sandbox.reset()
                catalog = await asyncio.to_thread(warehouse.refresh_catalog)
                log.info("live visits now in the base warehouse dropped", visits=dropped)
            understanding.use(catalog)
            log.info("warehouse swapped", version=catalog.version, visits=catalog.visits)
            await publish_catalog(context)
        elif (
            counts_moved_at is not None
            and time.monotonic() - counts_moved_at >= settings.catalog_refresh_seconds
        ):
            await refresh_catalog(context)

    async def close() -> None:
        if feed is not None:
            await feed.stop()
        sandbox.close()
        warehouse.close()

    def subscriptions(_: WorkerContext) -> list[Subscription]:
        return AnalyticsHandlers(
            warehouse,
            understanding,
            validate_sql=guard.check,
            make_chart=result_chart,
            llm=llm,
            privacy=privacy,
        ).subscriptions()

    return WorkerSpec(
        SERVICE_TOPICS["analytics"],
        subscriptions,
        on_startup=start,
        periodic=PeriodicTask(settings.warehouse_watch_seconds, follow_swaps, "warehouse-watch"),
        on_shutdown=close,
        uses_mongo=False,  # nothing of analytics is kept in MongoDB: no client, no pymongo
    )


def serve(settings: AnalyticsSettings) -> None:
    """Run the analytics worker until SIGTERM (drained, committed, exit 0)."""
    run_worker(settings, worker_spec(settings))
