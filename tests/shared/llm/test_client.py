"""The LLM client against a scripted OpenAI-compatible server, through the real SDK."""

import asyncio
import logging
import time

import pytest
from medstream_shared.llm import (
    LlmClient,
    LlmInvalidOutput,
    LlmRequestFailed,
    LlmSettings,
    LlmTimeout,
    LlmUnavailable,
    Message,
)
from pydantic import BaseModel
from structlog.testing import capture_logs

from tests.fake_openai import SECRET_KEY, FakeOpenAI, Reply, llm_settings


class Verdict(BaseModel):
    label: str
    score: float
    note: str | None = None


GOOD = {"label": "ok", "score": 0.9, "note": None}


async def test_a_valid_answer_is_validated_and_the_request_asks_for_the_schema(
    llm: FakeOpenAI,
) -> None:
    llm.script(GOOD)

    async with LlmClient(llm_settings(llm)) as client:
        result = await client.complete_json(Verdict, "be terse", "judge this")

    assert result.value == Verdict(label="ok", score=0.9)
    assert (result.attempts, result.model, result.served_model) == (
        1,
        "medstream-test-model",
        "medstream-test-model",
    )
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (50, 20)
    assert result.latency_seconds > 0
    [request] = llm.requests
    assert request.body["model"] == "medstream-test-model"
    assert request.authorization == f"Bearer {SECRET_KEY}"
    assert request.messages == [
        {"role": "system", "content": "be terse"},
        {"role": "user", "content": "judge this"},
    ]
    response_format = request.body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["name"] == "Verdict"
    assert response_format["json_schema"]["strict"] is True
    schema = response_format["json_schema"]["schema"]
    assert schema["required"] == ["label", "score", "note"]
    assert schema["additionalProperties"] is False


async def test_invalid_json_is_retried_and_usage_covers_both_attempts(llm: FakeOpenAI) -> None:
    llm.script("{not json", GOOD)

    async with LlmClient(llm_settings(llm)) as client:
        result = await client.complete_json(Verdict, "s", "u")

    assert result.value.label == "ok"
    assert result.attempts == 2
    assert result.usage.total_tokens == 140
    assert len(llm.requests) == 2


async def test_json_in_a_code_fence_is_accepted(llm: FakeOpenAI) -> None:
    llm.script('```json\n{"label": "x", "score": 1, "note": "n"}\n```')

    async with LlmClient(llm_settings(llm)) as client:
        result = await client.complete_json(Verdict, "s", "u")

    assert result.value == Verdict(label="x", score=1, note="n")


async def test_answers_that_never_match_the_schema_fail_after_the_retries(llm: FakeOpenAI) -> None:
    llm.script({"label": "x"}, {"score": "high"}, GOOD)

    async with LlmClient(llm_settings(llm, retries=1)) as client:
        with pytest.raises(LlmInvalidOutput, match="does not match the schema"):
            await client.complete_json(Verdict, "s", "u")

    assert len(llm.requests) == 2


async def test_server_errors_and_rate_limits_are_retried(llm: FakeOpenAI) -> None:
    llm.script(Reply(status=503), Reply(status=429, headers={"retry-after": "0"}), GOOD)

    async with LlmClient(llm_settings(llm, retries=2)) as client:
        result = await client.complete_json(Verdict, "s", "u")

    assert result.attempts == 3


async def test_a_refused_request_is_not_retried(llm: FakeOpenAI) -> None:
    llm.script(Reply(status=400), GOOD)

    async with LlmClient(llm_settings(llm, retries=2)) as client:
        with pytest.raises(LlmRequestFailed, match="HTTP 400") as failed:
            await client.complete_json(Verdict, "s", "u")

    assert failed.value.status_code == 400
    assert len(llm.requests) == 1


async def test_a_slow_endpoint_hits_the_per_request_timeout(llm: FakeOpenAI) -> None:
    llm.script(Reply(content=GOOD, delay=1.5))
    started = time.perf_counter()

    async with LlmClient(llm_settings(llm, timeout_seconds=0.3, retries=0)) as client:
        with pytest.raises(LlmTimeout, match=r"0\.3s"):
            await client.complete_json(Verdict, "s", "u")

    assert time.perf_counter() - started < 1.2


async def test_a_timeout_is_retried_like_other_transient_errors(llm: FakeOpenAI) -> None:
    llm.script(Reply(content=GOOD, delay=1.0), GOOD)

    async with LlmClient(llm_settings(llm, timeout_seconds=0.3, retries=1)) as client:
        result = await client.complete_json(Verdict, "s", "u")

    assert result.attempts == 2


async def test_earlier_turns_are_sent_between_system_and_user(llm: FakeOpenAI) -> None:
    llm.script(GOOD)
    history = [Message("user", "first try"), Message("assistant", '{"label": "bad"}')]

    async with LlmClient(llm_settings(llm)) as client:
        await client.complete_json(Verdict, "s", "fix it", history=history)

    assert [m["role"] for m in llm.requests[0].messages] == ["system", "user", "assistant", "user"]
    assert llm.requests[0].user_text == "fix it"


async def test_the_breaker_opens_after_repeated_failures_and_stops_calling(llm: FakeOpenAI) -> None:
    llm.script(*[Reply(status=500)] * 3)

    async with LlmClient(llm_settings(llm, retries=0, breaker_failures=3)) as client:
        for _ in range(3):
            with pytest.raises(LlmRequestFailed):
                await client.complete_json(Verdict, "s", "u")
        assert client.breaker.state == "open"
        llm.script(GOOD)
        with pytest.raises(LlmUnavailable, match="offline engine"):
            await client.complete_json(Verdict, "s", "u")

    assert len(llm.requests) == 3
    assert llm.unused_replies == 1


async def test_after_the_cool_down_one_successful_probe_closes_the_breaker(
    llm: FakeOpenAI,
) -> None:
    llm.script(Reply(status=500), GOOD, GOOD)
    settings = llm_settings(llm, retries=0, breaker_failures=1, breaker_cooldown_seconds=0.2)

    async with LlmClient(settings) as client:
        with pytest.raises(LlmRequestFailed):
            await client.complete_json(Verdict, "s", "u")
        with pytest.raises(LlmUnavailable):
            await client.complete_json(Verdict, "s", "u")
        await asyncio.sleep(0.25)
        assert client.breaker.state == "half_open"
        await client.complete_json(Verdict, "s", "u")
        assert client.breaker.state == "closed"
        await client.complete_json(Verdict, "s", "u")

    assert len(llm.requests) == 3


async def test_the_key_is_never_logged(llm: FakeOpenAI, caplog: pytest.LogCaptureFixture) -> None:
    llm.script(GOOD, Reply(status=401))
    caplog.set_level(logging.DEBUG)

    with capture_logs() as logs:
        async with LlmClient(llm_settings(llm)) as client:
            await client.complete_json(Verdict, "s", "u")
            with pytest.raises(LlmRequestFailed):
                await client.complete_json(Verdict, "s", "u")

    assert logs, "the calls should be logged"
    assert SECRET_KEY not in repr(logs)
    assert SECRET_KEY not in caplog.text
    assert SECRET_KEY not in repr(client) + repr(client.settings) + str(client.settings)


def test_without_an_endpoint_there_is_no_client(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)

    settings = LlmSettings()

    assert not settings.configured
    assert LlmClient.from_settings(settings) is None
    with pytest.raises(LlmUnavailable):
        LlmClient(settings)


async def test_a_local_server_needs_no_key(
    llm: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    llm.script(GOOD)

    client = LlmClient.from_settings(LlmSettings(base_url=llm.base_url, model="llama3"))

    assert client is not None
    async with client:
        await client.complete_json(Verdict, "s", "u")
    assert llm.requests[0].body["model"] == "llama3"
    assert client.endpoint == f"http://127.0.0.1:{llm.port}"
