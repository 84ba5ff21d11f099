"""Helpers of the integration tests: test users, addresses, clients and waiting."""

import asyncio
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import httpx
from aiokafka.admin import AIOKafkaAdminClient
from pymongo import MongoClient

from tests.stack import SERVICES, Stack

USERS = {"alice": "alice-key-0001", "bob": "bob-key-000002"}
KAFKA = os.environ.get("MEDSTREAM_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
MONGO = os.environ.get("MEDSTREAM_MONGO_URL", "mongodb://127.0.0.1:27017")
REDIS = os.environ.get("MEDSTREAM_REDIS_URL", "redis://127.0.0.1:6379/0")


def drop_stack_data(stack: Stack) -> None:
    """Delete a test stack's databases and topics."""
    with MongoClient(MONGO) as client:
        for name in SERVICES:
            client.drop_database(stack.database(name))

    async def delete_topics() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=stack.kafka_bootstrap)
        await admin.start()
        try:
            topics = [t for t in await admin.list_topics() if t.startswith(stack.topic_prefix)]
            if topics:
                await admin.delete_topics(topics)
        finally:
            await admin.close()

    asyncio.run(delete_topics())


@contextmanager
def running(stack: Stack, names: Sequence[str] = SERVICES) -> Iterator[Stack]:
    """Start ``names`` and wait until each is ready; afterwards stop them, drop the stack's
    databases and topics, and fail unless every process shut down cleanly (exit code 0)."""
    for name in names:
        stack.start(name)
    try:
        for name in names:
            stack.wait_ready(name)
        yield stack
    finally:
        exit_codes = {name: stack.stop(name) for name in names}
        drop_stack_data(stack)
    assert exit_codes == dict.fromkeys(names, 0), f"unclean shutdown: {exit_codes}"


def client_for(stack: Stack, user: str | None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {USERS[user]}"} if user else {}
    return httpx.Client(base_url=stack.gateway_url, headers=headers, timeout=10)


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


def gateway_replica(
    stack: Stack, env: dict[str, str], token: str = USERS["alice"]
) -> Iterator[httpx.Client]:
    """One more gateway with extra settings, and a client of it acting with ``token``;
    stopped (cleanly) afterwards. For fixtures: ``yield from gateway_replica(...)``."""
    name = stack.add_replica("gateway", env)
    stack.start(name)
    try:
        stack.wait_ready(name)
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=stack.services[name].url, headers=headers) as client:
            yield client
    finally:
        assert stack.stop(name) == 0


def analytics_replica(stack: Stack, env: dict[str, str]) -> Iterator[str]:
    """One more analytics process (e.g. with its own live store), ready; stopped cleanly
    afterwards. Yields its name. For fixtures: ``yield from analytics_replica(...)``."""
    name = stack.add_replica("analytics", env)
    stack.start(name)
    try:
        stack.wait_ready(name)
        yield name
    finally:
        assert stack.stop(name) == 0
