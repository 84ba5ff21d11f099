"""Rate limits, backpressure and idempotency keys on a real gateway."""

import os
import signal
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest

from tests.harness import USERS, gateway_replica, wait_for_status
from tests.stack import Stack

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def strict_gateway(stack: Stack) -> Iterator[httpx.Client]:
    env = {"MEDSTREAM_RATE_LIMIT_PER_SECOND": "0.5", "MEDSTREAM_RATE_LIMIT_BURST": "3"}
    yield from gateway_replica(stack, env)


@pytest.fixture(scope="module")
def cautious_gateway(stack: Stack) -> Iterator[httpx.Client]:
    yield from gateway_replica(stack, {"MEDSTREAM_BACKPRESSURE_MAX_LAG": "1"})


def test_rate_limit_answers_429_with_retry_after(strict_gateway: httpx.Client) -> None:
    statuses = [strict_gateway.get("/api/v1/sessions").status_code for _ in range(6)]

    assert statuses[:3] == [200, 200, 200]
    assert 429 in statuses[3:]
    limited = strict_gateway.get("/api/v1/sessions")
    assert limited.status_code == 429
    assert int(limited.headers["retry-after"]) >= 1
    assert limited.headers["content-type"].startswith("application/problem+json")


def test_backpressure_refuses_new_questions_while_analytics_is_behind(
    stack: Stack, alice: httpx.Client, cautious_gateway: httpx.Client
) -> None:
    analytics = stack.services["analytics"].process
    assert analytics is not None
    os.kill(analytics.pid, signal.SIGSTOP)
    try:
        sessions = [
            alice.post("/api/v1/queries", json={"question": f"Top-{n} diagnoses"}).json()
            for n in (2, 3, 4)
        ]
        for session in sessions:
            wait_for_status(alice, session["session_id"], {"query_processing"})
        # The gateway refreshes its lag reading every 2 s: ask until it has seen the lag (the
        # questions it still accepts meanwhile wait in the queue like the others).
        deadline = time.monotonic() + 15
        while True:
            refused = cautious_gateway.post("/api/v1/queries", json={"question": "Top-5 diagnoses"})
            if refused.status_code != 202 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
    finally:
        os.kill(analytics.pid, signal.SIGCONT)

    assert refused.status_code == 503
    assert "analytics" in refused.json()["detail"]
    assert refused.headers["retry-after"]
    for session in sessions:
        assert wait_for_status(alice, session["session_id"], {"completed"}, timeout=60)


def test_idempotency_key_returns_the_first_answer_and_creates_nothing(
    alice: httpx.Client,
) -> None:
    key = {"Idempotency-Key": f"k-{uuid.uuid4()}"}
    body = {"question": f"Top-5 diagnoses ({uuid.uuid4().hex[:6]})"}

    first = alice.post("/api/v1/queries", json=body, headers=key)
    second = alice.post("/api/v1/queries", json=body, headers=key)
    different = alice.post("/api/v1/queries", json={"question": "Other"}, headers=key)

    assert first.status_code == second.status_code == 202
    assert second.json() == first.json()
    assert second.headers.get("idempotent-replayed") == "true"
    assert different.status_code == 422
    listed = alice.get("/api/v1/sessions", params={"limit": 100}).json()["items"]
    assert [s["question"] for s in listed].count(body["question"]) == 1


@pytest.fixture(scope="module")
def two_key_gateway(stack: Stack) -> Iterator[httpx.Client]:
    """Strict limits, and alice holding a second key."""
    keys = ",".join(f"{u}:{k}" for u, k in USERS.items()) + ",alice:alice-second-key-01"
    env = {
        "MEDSTREAM_RATE_LIMIT_PER_SECOND": "0.5",
        "MEDSTREAM_RATE_LIMIT_BURST": "3",
        "MEDSTREAM_API_KEYS": keys,
    }
    yield from gateway_replica(stack, env)


def test_the_rate_limit_is_per_user_whatever_key_or_client_address(
    two_key_gateway: httpx.Client,
) -> None:
    keys = [USERS["alice"], "alice-second-key-01"]
    statuses = [
        two_key_gateway.get(
            "/api/v1/sessions",
            headers={
                "Authorization": f"Bearer {keys[n % 2]}",
                "X-Forwarded-For": f"203.0.113.{n}",
                "X-Real-IP": f"198.51.100.{n}",
            },
        ).status_code
        for n in range(8)
    ]

    assert statuses[:3] == [200, 200, 200]
    assert statuses[3:].count(429) >= 4, statuses


def test_a_token_in_the_url_is_refused_outside_the_live_streams(
    anonymous: httpx.Client,
) -> None:
    for method, path in (("GET", "/api/v1/sessions"), ("POST", "/api/v1/queries")):
        response = anonymous.request(
            method, path, params={"access_token": USERS["alice"]}, json={"question": "x"}
        )

        assert response.status_code == 401, (path, response.text)
        assert "Authorization: Bearer" in response.json()["detail"]
