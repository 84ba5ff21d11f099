"""``medstream-analytics``: run the worker, or ``medstream-analytics dataset generate …``."""

import sys

from medstream_shared.constants import SERVICE_TOPICS
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.llm.client import LlmClient
from medstream_shared.llm.settings import LlmSettings
from medstream_shared.worker import WorkerContext, WorkerSpec, run_worker

from medstream_analytics.charts import result_chart
from medstream_analytics.config import get_settings
from medstream_analytics.executor import Warehouse
from medstream_analytics.guard import SqlGuard
from medstream_analytics.handlers import AnalyticsHandlers
from medstream_analytics.llm_answer import LlmAnswerer
from medstream_analytics.llm_sql import LlmSqlWriter


def serve() -> None:
    settings = get_settings()
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

    try:
        run_worker(settings, WorkerSpec(SERVICE_TOPICS["analytics"], subscriptions))
    finally:
        warehouse.close()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "dataset":
        from medstream_analytics.warehouse.cli import main as dataset_main

        raise SystemExit(dataset_main(sys.argv[1:]))
    serve()


if __name__ == "__main__":
    main()
