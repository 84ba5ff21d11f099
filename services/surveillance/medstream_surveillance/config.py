"""Surveillance settings (``MEDSTREAM_*`` environment variables)."""

from pathlib import Path

from medstream_shared.config import ServiceSettings
from pydantic import Field


class SurveillanceSettings(ServiceSettings):
    service_name: str = "surveillance"
    http_port: int = 8004
    mongo_database: str = "medstream_surveillance"
    warehouse_path: Path = Field(
        default=Path(".state/warehouse-v2.duckdb"),
        description="the base warehouse (DuckDB, opened read-only) whose history is the baseline",
    )
    ears_min_sigma: float = Field(
        default=1.0, ge=0, description="floor of the EARS baseline's sd (earsC's minSigma)"
    )
    seasonal_k: float = Field(default=3.0, gt=0, description="sds above the seasonal mean")
    seasonal_min_sd: float = Field(default=1.0, ge=0, description="floor of the seasonal sd")
    window_retention_days: int = Field(
        default=60,
        ge=14,
        description="how long windows are kept for late visits; older visits are not counted",
    )


def get_settings() -> SurveillanceSettings:
    return SurveillanceSettings()
