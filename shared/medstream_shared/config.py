"""The settings base every service inherits.

Environment variables use the ``MEDSTREAM_`` prefix; defaults point at the local
infrastructure started by ``make run`` (deploy/local). Services build their settings with
a factory at start-up rather than reading ``os.environ`` or an import-time singleton, so
tests can construct settings with overrides.
"""

from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from medstream_shared.constants import DEAD_LETTER_SUFFIX, Topic


class MedstreamSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MEDSTREAM_", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    log_level: str = "INFO"

    kafka_bootstrap: str = "127.0.0.1:9092"
    topic_prefix: str = "medstream."
    topic_partitions: int = Field(default=6, ge=1)
    topic_replication: int = Field(default=1, ge=1)
    create_topics: bool = Field(
        default=True,
        description="create missing topics at start-up; off where an operator (Strimzi) owns them",
    )

    mongo_url: SecretStr = SecretStr("mongodb://127.0.0.1:27017")
    redis_url: SecretStr = SecretStr("redis://127.0.0.1:6379/0")

    handler_attempts: int = Field(default=3, ge=1, description="tries before a dead letter")
    transient_retry_seconds: float = Field(
        default=120.0,
        ge=0,
        description="how long an outage of MongoDB, Redis or Kafka is waited out",
    )
    retry_backoff_seconds: float = Field(default=0.2, ge=0)
    shutdown_grace_seconds: float = Field(default=20.0, gt=0)

    def topic(self, topic: Topic) -> str:
        return f"{self.topic_prefix}{topic.value}"

    def consumer_group(self, service: str) -> str:
        """One consumer group per service, namespaced like the topics it reads."""
        return f"{self.topic_prefix}{service}"

    def dead_letter_topic(self, source_topic: str) -> str:
        return f"{source_topic}{DEAD_LETTER_SUFFIX}"

    def all_topics(self) -> list[str]:
        topics = [self.topic(t) for t in Topic]
        return topics + [self.dead_letter_topic(t) for t in topics]


class ServiceSettings(MedstreamSettings):
    """Settings of a running service: adds its name, its database and its HTTP port."""

    service_name: str
    http_host: str = "127.0.0.1"
    http_port: int
    mongo_database: str

    @model_validator(mode="after")
    def _refuse_development_defaults_in_production(self) -> "ServiceSettings":
        """A production service pointed at loopback would start, then serve nothing."""
        if self.environment != "production":
            return self
        addresses = {
            "MEDSTREAM_KAFKA_BOOTSTRAP": self.kafka_bootstrap,
            "MEDSTREAM_MONGO_URL": self.mongo_url.get_secret_value(),
            "MEDSTREAM_REDIS_URL": self.redis_url.get_secret_value(),
        }
        local = [name for name, value in addresses.items() if "127.0.0.1" in value]
        if local:
            raise ValueError(f"{', '.join(local)} must be set outside development")
        return self
