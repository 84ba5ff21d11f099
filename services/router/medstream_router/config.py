"""Router settings (``MEDSTREAM_*`` environment variables)."""

from medstream_shared.config import ServiceSettings
from pydantic import Field


class RouterSettings(ServiceSettings):
    service_name: str = "router"
    http_port: int = 8001
    mongo_database: str = "medstream_router"
    max_clarification_rounds: int = Field(default=3, ge=0)


def get_settings() -> RouterSettings:
    return RouterSettings()
