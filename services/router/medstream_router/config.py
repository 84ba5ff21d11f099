"""Router settings (``MEDSTREAM_*`` environment variables)."""

from medstream_shared.config import ServiceSettings
from pydantic import Field


class RouterSettings(ServiceSettings):
    service_name: str = "router"
    http_port: int = 8001
    mongo_database: str = "medstream_router"
    max_clarification_rounds: int = Field(default=3, ge=0)
    require_approval: bool = Field(
        default=False, description="ask the person to approve the SQL before it runs"
    )
    approval_timeout_seconds: float = Field(
        default=900.0, gt=0, description="an approval not given within this time fails"
    )
    approval_sweep_seconds: float = Field(
        default=15.0, gt=0, description="how often overdue approvals are looked for"
    )


def get_settings() -> RouterSettings:
    return RouterSettings()
