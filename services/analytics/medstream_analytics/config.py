"""Analytics settings (``MEDSTREAM_*`` environment variables)."""

import os
import re
import socket
import tempfile
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

    live_visits: bool = Field(
        default=True,
        description="append the visits of medstream.visits to this replica's live store",
    )
    replica_id: str = Field(
        default_factory=socket.gethostname,
        min_length=1,
        description="names this replica's live store and its monitoring consumer group",
    )
    live_store_path: Path | None = Field(
        default=None,
        description="this replica's live store; default beside the warehouse, per replica id",
    )
    visits_batch_max: int = Field(
        default=5000, ge=1, le=100_000, description="most visits written in one transaction"
    )
    visits_batch_wait_seconds: float = Field(
        default=0.5,
        ge=0,
        le=10,
        description="how long a batch keeps gathering visits after its first one arrived",
    )
    catalog_refresh_seconds: float = Field(
        default=30.0,
        gt=0,
        description="how often counts changed by live visits are republished in the catalog "
        "(a new place, code, department or date is published at once)",
    )

    def live_store(self) -> Path:
        """The live store's file: as set; else beside the warehouse when that folder is
        writable (a read-only mount is not), else in the temporary folder."""
        if self.live_store_path is not None:
            return self.live_store_path
        replica = re.sub(r"[^A-Za-z0-9_.-]", "_", self.replica_id)
        path = self.warehouse_path
        name = f"{path.stem}.live-{replica}.duckdb"
        folder = path.parent if os.access(path.parent, os.W_OK) else Path(tempfile.gettempdir())
        return folder / name


def get_settings() -> AnalyticsSettings:
    return AnalyticsSettings()
