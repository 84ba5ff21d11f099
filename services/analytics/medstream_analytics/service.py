"""Analytics as a worker: the warehouse, the SQL guard, charts and the optional LLM."""

from medstream_shared.constants import SERVICE_TOPICS
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.llm.client import LlmClient
from medstream_shared.llm.settings import LlmSettings
from medstream_shared.worker import WorkerContext, WorkerSpec, run_worker

from medstream_analytics.charts import result_chart
from medstream_analytics.config import AnalyticsSettings
from medstream_analytics.executor import Warehouse
from medstream_analytics.guard import SqlGuard
from medstream_analytics.handlers import AnalyticsHandlers
from medstream_analytics.llm_answer import LlmAnswerer
from medstream_analytics.llm_sql import LlmSqlWriter


def worker_spec(settings: AnalyticsSettings) -> WorkerSpec:
    warehouse = Warehouse(
        settings.warehouse_path,
        timeout_seconds=settings.query_timeout_seconds,
        max_rows=settings.max_rows,
    )
    understanding = settings.understanding()
    guard = SqlGuard(max_limit=settings.max_rows)
    client = LlmClient.from_settings(LlmSettings())
    llm = LlmAnswerer(LlmSqlWriter(client, guard), warehouse) if client is not None else None

    def subscriptions(_: WorkerContext) -> list[Subscription]:
        return AnalyticsHandlers(
            warehouse,
            understanding,
            validate_sql=guard.validate,
            render_chart=result_chart,
            llm=llm,
        ).subscriptions()

    return WorkerSpec(SERVICE_TOPICS["analytics"], subscriptions, on_shutdown=warehouse.close)


def serve(settings: AnalyticsSettings) -> None:
    """Run the analytics worker until SIGTERM (drained, committed, exit 0)."""
    run_worker(settings, worker_spec(settings))
