"""Requests the broker has acknowledged but the read model may not hold yet.

Kafka is the source of truth: once ``medstream.requests`` has a question or a report request,
it will be handled, and the projector records it as soon as MongoDB can take it. So a new
request is accepted without MongoDB, and this short record in Redis lets ``GET`` of it say
"accepted, not yet projected" (202: a session ``created``, a report ``pending``) instead of
404 for as long as MongoDB is behind. Losing the record loses nothing: it only answers GETs.
"""

import json
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar

from medstream_shared.kafka.retry import TRANSIENT_ERRORS
from medstream_shared.logging import get_logger
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = get_logger(__name__)

KEEP_SECONDS = 24 * 3600

T = TypeVar("T")


class Accepted:
    """One kind of accepted request (sessions, reports), by id, readable by its owner only."""

    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.prefix = prefix

    async def record(self, key: str, user_id: str, at: datetime, **details: str) -> None:
        payload = {**details, "user_id": user_id, "at": at.isoformat()}
        try:
            await self.redis.set(self.prefix + key, json.dumps(payload), ex=KEEP_SECONDS)
        except RedisError as exc:  # the request is in Kafka: this record is a courtesy
            log.warning("could not note an accepted request", error=type(exc).__name__)

    async def find(self, key: str, user_id: str) -> dict[str, Any] | None:
        """The accepted request of ``user_id`` (another user's is not found)."""
        found = await self._read(key)
        if found is None or found.get("user_id") != user_id:
            return None
        return {**found, "at": datetime.fromisoformat(found["at"])}

    async def owner(self, key: str) -> str | None:
        """Whose request ``key`` is, when it was accepted in the last day (else None)."""
        found = await self._read(key)
        return found.get("user_id") if found is not None else None

    async def _read(self, key: str) -> dict[str, Any] | None:
        try:
            raw = await self.redis.get(self.prefix + key)
        except RedisError:
            return None
        return json.loads(raw) if raw is not None else None


async def read_or_accepted(
    read: Callable[[], Awaitable[T | None]], accepted: Accepted, key: str, user_id: str
) -> tuple[T | None, dict[str, Any] | None]:
    """What the read model holds, else the record of its acceptance; ``(None, None)``: neither.

    With MongoDB away, a request accepted into Kafka is answered from its record; any other
    read keeps MongoDB's error (a 503).
    """
    try:
        found = await read()
    except TRANSIENT_ERRORS:
        record = await accepted.find(key, user_id)
        if record is None:
            raise
        return None, record
    if found is not None:
        return found, None
    return None, await accepted.find(key, user_id)
