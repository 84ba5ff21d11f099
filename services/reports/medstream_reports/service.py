"""The reports service as a worker: its topics, handlers and start-up."""

from medstream_shared.constants import SERVICE_TOPICS
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.llm.client import LlmClient
from medstream_shared.llm.settings import LlmSettings
from medstream_shared.worker import WorkerContext, WorkerSpec, run_worker

from medstream_reports.config import ReportsSettings
from medstream_reports.engine.offline import OfflineReportEngine
from medstream_reports.handlers import ReportHandlers
from medstream_reports.llm_report import LlmReportWriter
from medstream_reports.store import ReportStore


def worker_spec(settings: ReportsSettings) -> WorkerSpec:
    client = LlmClient.from_settings(LlmSettings())

    def store_for(context: WorkerContext) -> ReportStore:
        return ReportStore(
            context.require_db(),
            context.require_redis(),
            input_ttl=settings.input_cache_ttl_seconds,
            report_ttl=settings.report_cache_ttl_seconds,
        )

    async def on_startup(context: WorkerContext) -> None:
        await store_for(context).ensure_indexes()

    def subscriptions(context: WorkerContext) -> list[Subscription]:
        handlers = ReportHandlers(
            store_for(context),
            OfflineReportEngine(),
            timeout_seconds=settings.generation_timeout_seconds,
            llm=LlmReportWriter(client) if client is not None else None,
        )
        return handlers.subscriptions()

    return WorkerSpec(SERVICE_TOPICS["reports"], subscriptions, on_startup, uses_redis=True)


def serve(settings: ReportsSettings) -> None:
    """Run the reports worker until SIGTERM (drained, committed, exit 0)."""
    run_worker(settings, worker_spec(settings))
