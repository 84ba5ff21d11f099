"""The whole suite running as real processes on the real Kafka, MongoDB-wire server and Redis."""

import asyncio
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka.admin import AIOKafkaAdminClient
from medstream_analytics.warehouse.generate import generate
from pymongo import MongoClient

from tests.stack import SERVICES, Stack, build_stack

USERS = {"alice": "alice-key-0001", "bob": "bob-key-000002"}
KAFKA = os.environ.get("MEDSTREAM_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
MONGO = os.environ.get("MEDSTREAM_MONGO_URL", "mongodb://127.0.0.1:27017")


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("warehouse") / "warehouse.duckdb"
    generate(path, rows=40_000, seed=42)
    return path


@pytest.fixture(scope="session")
def stack(
    infrastructure: None, warehouse: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    log_dir = Path(os.environ.get("MEDSTREAM_TEST_LOG_DIR", tmp_path_factory.mktemp("logs")))
    log_dir.mkdir(parents=True, exist_ok=True)
    keys = ",".join(f"{user}:{key}" for user, key in USERS.items())
    stack = build_stack(log_dir, warehouse=warehouse, api_keys=keys)
    for name in SERVICES:
        stack.start(name)
    try:
        for name in SERVICES:
            stack.wait_ready(name)
        yield stack
    finally:
        exit_codes = {name: stack.stop(name) for name in SERVICES}
        _drop(stack)
    assert exit_codes == dict.fromkeys(SERVICES, 0), f"unclean shutdown: {exit_codes}"


def _drop(stack: Stack) -> None:
    with MongoClient(MONGO) as client:
        for name in SERVICES:
            client.drop_database(stack.database(name))

    async def delete_topics() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA)
        await admin.start()
        try:
            topics = [t for t in await admin.list_topics() if t.startswith(stack.topic_prefix)]
            if topics:
                await admin.delete_topics(topics)
        finally:
            await admin.close()

    asyncio.run(delete_topics())


def client_for(stack: Stack, user: str | None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {USERS[user]}"} if user else {}
    return httpx.Client(base_url=stack.gateway_url, headers=headers, timeout=10)


@pytest.fixture
def alice(stack: Stack) -> Iterator[httpx.Client]:
    with client_for(stack, "alice") as client:
        yield client


@pytest.fixture
def bob(stack: Stack) -> Iterator[httpx.Client]:
    with client_for(stack, "bob") as client:
        yield client


@pytest.fixture
def anonymous(stack: Stack) -> Iterator[httpx.Client]:
    with client_for(stack, None) as client:
        yield client


def wait_for_status(
    client: httpx.Client, session_id: str, statuses: set[str], timeout: float = 30
) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    session: dict[str, Any] = {}
    while time.monotonic() < deadline:
        response = client.get(f"/api/v1/sessions/{session_id}")
        response.raise_for_status()
        session = response.json()
        if session["status"] in statuses:
            return session
        time.sleep(0.1)
    raise AssertionError(f"session stayed {session.get('status')} (wanted {statuses}): {session}")
