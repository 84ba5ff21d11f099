"""LLM settings come from the OpenAI SDK's variables plus MEDSTREAM_LLM_*."""

import pytest
from medstream_shared.llm import LlmSettings

KEYS = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "MEDSTREAM_LLM_MODEL",
    "MEDSTREAM_LLM_TIMEOUT_SECONDS",
    "MEDSTREAM_LLM_RETRIES",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in KEYS:
        monkeypatch.delenv(key, raising=False)


def test_environment_variables_configure_the_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:11434/v1")
    monkeypatch.setenv("MEDSTREAM_LLM_MODEL", "qwen2.5")
    monkeypatch.setenv("MEDSTREAM_LLM_TIMEOUT_SECONDS", "7.5")
    monkeypatch.setenv("MEDSTREAM_LLM_RETRIES", "3")

    settings = LlmSettings()

    assert settings.configured
    assert settings.api_key is not None and settings.api_key.get_secret_value() == "sk-secret"
    assert (settings.base_url, settings.model) == ("http://127.0.0.1:11434/v1", "qwen2.5")
    assert (settings.timeout_seconds, settings.retries) == (7.5, 3)
    assert "sk-secret" not in repr(settings)


@pytest.mark.parametrize(
    ("key", "value"), [("OPENAI_API_KEY", "k"), ("OPENAI_BASE_URL", "http://x")]
)
def test_either_a_key_or_an_endpoint_configures_it(
    monkeypatch: pytest.MonkeyPatch, key: str, value: str
) -> None:
    monkeypatch.setenv(key, value)

    assert LlmSettings().configured


def test_blank_variables_mean_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "  ")
    monkeypatch.setenv("OPENAI_BASE_URL", "")

    settings = LlmSettings()

    assert not settings.configured
    assert settings.model == "gpt-4o-mini"
