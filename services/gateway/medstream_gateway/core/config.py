"""Gateway settings (``MEDSTREAM_*`` environment variables)."""

from medstream_shared.config import ServiceSettings
from pydantic import Field, SecretStr, model_validator


class GatewaySettings(ServiceSettings):
    service_name: str = "gateway"
    http_port: int = 8000
    mongo_database: str = "medstream_gateway"

    api_keys: SecretStr = Field(
        default=SecretStr(""), description="comma-separated user_id:key pairs that bootstrap keys"
    )
    jwt_secret: SecretStr = SecretStr("")
    public_base_url: str = ""
    max_body_bytes: int = Field(default=256 * 1024, ge=1024)
    rate_limit_per_second: float = Field(default=10.0, gt=0, description="token refill rate")
    rate_limit_burst: int = Field(default=60, ge=1, description="bucket size per principal")
    read_model_wait_seconds: float = Field(
        default=0.5,
        gt=0,
        description="how long accepting a new question waits for MongoDB before answering 202",
    )
    backpressure_max_lag: int = Field(
        default=1000, ge=0, description="router/analytics lag above which questions get 503"
    )
    alert_open_days: int = Field(
        default=7,
        ge=1,
        le=365,
        description="a surveillance alert is open while its window ends within this many "
        "days of the newest data",
    )
    live_stream_ttl_seconds: int = Field(
        default=3600,
        ge=60,
        description="how long a session's live stream stays in Redis after its last change: "
        "for clients that reconnect with Last-Event-ID; later they read the session itself",
    )

    @model_validator(mode="after")
    def _refuse_weak_secrets_in_production(self) -> "GatewaySettings":
        secret = self.jwt_secret.get_secret_value()
        if self.environment == "production" and secret and len(secret) < 32:
            raise ValueError("MEDSTREAM_JWT_SECRET must be at least 32 characters in production")
        return self


def get_settings() -> GatewaySettings:
    return GatewaySettings()
