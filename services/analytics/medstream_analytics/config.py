"""Analytics settings (``MEDSTREAM_*`` environment variables)."""

from pathlib import Path

from medstream_shared.config import ServiceSettings
from pydantic import Field


class AnalyticsSettings(ServiceSettings):
    service_name: str = "analytics"
    http_port: int = 8002
    mongo_database: str = "medstream_analytics"
    warehouse_path: Path = Path(".state/warehouse-v2.duckdb")
    query_timeout_seconds: float = Field(default=10.0, gt=0)
    max_rows: int = Field(default=10_000, ge=1, le=10_000)
    sql_memory_limit: str = Field(
        default="1GB",
        pattern=r"^[0-9]+(\.[0-9]+)?\s*[KMGT]?i?B$",
        description="DuckDB memory_limit",
    )
    sql_threads: int = Field(default=2, ge=1, le=64, description="DuckDB threads")
    sql_sandbox_processes: int = Field(
        default=1,
        ge=1,
        le=16,
        description="child processes that run model-written SQL (killed if it runs away)",
    )
    privacy_min_count: int = Field(
        default=5,
        ge=1,
        le=1000,
        description='counts below it are shown as "<N" to users without the patient-data role',
    )
    warehouse_watch_seconds: float = Field(
        default=2.0, gt=0, description="how often the warehouse file is checked for a swap"
    )


def get_settings() -> AnalyticsSettings:
    return AnalyticsSettings()
