"""Per-session change feeds in Redis Streams, so any gateway replica serves any session.

Every change of a session is appended to its stream (capped, with a TTL). SSE and
WebSocket clients read from the stream; a stream entry id is the SSE event id, so a client
that reconnects with ``Last-Event-ID`` gets exactly what it missed. If Redis is down the
endpoints fall back to polling MongoDB.
"""

import json
import time
from typing import Any

from medstream_shared.logging import get_logger
from redis.asyncio import Redis
from redis.exceptions import RedisError

from medstream_gateway.models import SessionView

log = get_logger(__name__)

STREAM_KEY = "medstream:gateway:session-stream:{session_id}"
BLOCK_SLICE_MS = 1000

Entry = tuple[str, dict[str, Any]]


class LiveUpdates:
    def __init__(self, redis: Redis, *, max_len: int = 200, ttl_seconds: int = 3600) -> None:
        self.redis = redis
        self.max_len = max_len
        self.ttl_seconds = ttl_seconds

    async def publish(self, view: SessionView) -> None:
        key = STREAM_KEY.format(session_id=view.session_id)
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.xadd(
                    key, {"view": view.model_dump_json()}, maxlen=self.max_len, approximate=True
                )
                pipe.expire(key, self.ttl_seconds)
                await pipe.execute()
        except RedisError as exc:
            log.warning("live update not published; clients fall back to polling", error=str(exc))

    async def latest_id(self, session_id: str) -> str | None:
        entries: Any = await self.redis.xrevrange(STREAM_KEY.format(session_id=session_id), count=1)
        return _decode(entries)[0][0] if entries else None

    async def after(self, session_id: str, last_id: str) -> list[Entry]:
        """Entries strictly after ``last_id`` (what a resuming client missed)."""
        entries: Any = await self.redis.xrange(
            STREAM_KEY.format(session_id=session_id), min=f"({last_id}", max="+"
        )
        return _decode(entries)

    async def wait(self, session_id: str, last_id: str, block_ms: int) -> list[Entry]:
        """Block until entries after ``last_id`` arrive, or ``block_ms`` passes.

        Blocks in slices shorter than the client's socket timeout (``create_redis``: 2 s):
        one long ``XREAD BLOCK`` would outlast it, raise a timeout and send every quiet
        stream to the polling fallback, which carries no event ids to resume from.
        """
        key = STREAM_KEY.format(session_id=session_id)
        deadline = time.monotonic() + block_ms / 1000
        while (remaining_ms := int((deadline - time.monotonic()) * 1000)) > 0:
            block = min(remaining_ms, BLOCK_SLICE_MS)
            result: Any = await self.redis.xread({key: last_id}, block=block, count=50)
            if result:
                streams = result.values() if isinstance(result, dict) else (s[1] for s in result)
                return [entry for entries in streams for entry in _decode(entries)]
        return []


def _decode(entries: list[Any]) -> list[Entry]:
    decoded = []
    for entry_id, fields in entries:
        raw_id = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
        raw_view = fields.get(b"view", fields.get("view"))
        decoded.append((raw_id, json.loads(raw_view)))
    return decoded
