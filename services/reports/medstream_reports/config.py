"""Reports settings (``MEDSTREAM_*`` environment variables)."""

from medstream_shared.config import ServiceSettings
from pydantic import Field


class ReportsSettings(ServiceSettings):
    service_name: str = "reports"
    http_port: int = 8003
    mongo_database: str = "medstream_reports"
    input_cache_ttl_seconds: int = Field(default=3600, ge=0)
    report_cache_ttl_seconds: int = Field(default=86400, ge=0)
    generation_timeout_seconds: float = Field(default=30.0, gt=0)


def get_settings() -> ReportsSettings:
    return ReportsSettings()
