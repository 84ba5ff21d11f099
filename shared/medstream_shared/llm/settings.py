"""Settings of the LLM endpoint, shared by every service that asks a model.

The key and endpoint use the OpenAI SDK's own variable names (``OPENAI_API_KEY``,
``OPENAI_BASE_URL``) so any OpenAI-compatible server (OpenAI, OpenRouter, vLLM, Ollama) is
configured the usual way; everything else is ``MEDSTREAM_LLM_*``. With neither the key nor
the endpoint set the suite runs on its offline engines, so an unset key is not an error.
"""

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class LlmSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MEDSTREAM_LLM_", extra="ignore", validate_by_name=True
    )

    api_key: SecretStr | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    model: str = Field(default="gpt-4o-mini", min_length=1)
    timeout_seconds: float = Field(default=20.0, gt=0, description="limit of one request")
    retries: int = Field(default=2, ge=0, le=5, description="extra tries on transient errors")
    retry_backoff_seconds: float = Field(default=0.5, ge=0)
    retry_backoff_max_seconds: float = Field(default=8.0, ge=0)
    temperature: float | None = Field(
        default=0.0, ge=0, le=2, description="None leaves it to the model (reasoning models)"
    )
    breaker_failures: int = Field(default=5, ge=1, description="failed calls that open it")
    breaker_cooldown_seconds: float = Field(default=30.0, gt=0)

    @field_validator("api_key", "base_url", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def configured(self) -> bool:
        """Whether an endpoint is configured; a local server may need no key at all."""
        return self.api_key is not None or self.base_url is not None
