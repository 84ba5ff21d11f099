"""Follows one session's changes for SSE and WebSocket clients.

Reads the session's Redis stream (see :mod:`medstream_gateway.live.updates`); when Redis is
unreachable it polls MongoDB instead, and a stream that stays quiet is checked against
MongoDB at each heartbeat (a change whose publish failed is not in the stream), so live
updates degrade to slower updates, never to none. The feed ends once the session reaches
a final status.

A stream is opened before it is followed (``open``): the endpoint needs to know the
session is the user's before it answers 200, and the same read is the stream's first view.
"""

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from medstream_shared.constants import FINAL_STATUSES
from medstream_shared.logging import get_logger
from redis.exceptions import RedisError

from medstream_gateway.live.updates import LiveUpdates
from medstream_gateway.readmodel.sessions import SessionStore
from medstream_gateway.readmodel.views import session_view

log = get_logger(__name__)

FINAL = {s.value for s in FINAL_STATUSES}


@dataclass(frozen=True)
class Opening:
    """Where a stream starts: the stream's newest entry id (None: Redis did not answer),
    read before ``view``, the session as stored."""

    last_id: str | None
    view: dict[str, Any]


@dataclass(frozen=True)
class FeedItem:
    """A session view with its event id, or a heartbeat when ``view`` is None."""

    event_id: str | None
    view: dict[str, Any] | None


class SessionFeed:
    def __init__(
        self,
        store: SessionStore,
        live: LiveUpdates,
        *,
        heartbeat_seconds: float = 15.0,
        poll_seconds: float = 1.0,
    ) -> None:
        self.store = store
        self.live = live
        self.heartbeat_ms = int(heartbeat_seconds * 1000)
        self.poll_seconds = poll_seconds

    async def open(self, session_id: str, user_id: str) -> Opening | None:
        """The start of ``user_id``'s stream of the session; None if it is not theirs.

        The stream's newest id is read first: a change made between the two reads is in the
        stream after that id, so following from there misses nothing.
        """
        try:
            last_id = await self.live.latest_id(session_id) or "0-0"
        except RedisError:
            last_id = None
        view = await self._current(session_id, user_id)
        return None if view is None else Opening(last_id, view)

    async def follow(
        self,
        session_id: str,
        user_id: str,
        last_event_id: str | None,
        opening: Opening | None = None,
    ) -> AsyncIterator[FeedItem]:
        """Every change from ``opening`` (else from now) until a final status."""
        if opening is not None and opening.last_id is None:
            opening = None  # Redis was away: the stream starts afresh (or polls)
        try:
            async for item in self._from_stream(session_id, user_id, last_event_id, opening):
                yield item
        except RedisError as exc:
            log.warning("live stream unavailable, polling MongoDB", error=str(exc))
            async for item in self._by_polling(session_id, user_id):
                yield item

    async def _from_stream(
        self,
        session_id: str,
        user_id: str,
        last_event_id: str | None,
        opening: Opening | None,
    ) -> AsyncIterator[FeedItem]:
        if opening is not None and opening.last_id is not None:
            last = opening.last_id
        else:
            last = await self.live.latest_id(session_id) or "0-0"
        missed = await self.live.after(session_id, last_event_id) if last_event_id else []
        if missed:
            for entry_id, view in missed:
                yield FeedItem(entry_id, view)
            last, current = missed[-1]
        else:
            found = opening.view if opening is not None else None
            found = found or await self._current(session_id, user_id)
            if found is None:
                return
            current = found
            yield FeedItem(last, current)
        while current["status"] not in FINAL:
            entries = await self.live.wait(session_id, last, self.heartbeat_ms)
            if not entries:
                # A change whose publish to Redis failed (a blip, a stale connection after a
                # restart) never reaches the stream: a quiet stream is checked against
                # MongoDB, the truth, at each heartbeat, so no client waits forever.
                stored = await self._current(session_id, user_id)
                if stored is not None and stored != current:
                    current = stored
                    yield FeedItem(None, stored)
                else:
                    yield FeedItem(None, None)
            for entry_id, view in entries:
                last, current = entry_id, view
                yield FeedItem(entry_id, view)

    async def _by_polling(self, session_id: str, user_id: str) -> AsyncIterator[FeedItem]:
        seen = None
        while True:
            current = await self._current(session_id, user_id)
            if current is None:
                return
            if current["updated_at"] != seen:
                seen = current["updated_at"]
                yield FeedItem(None, current)
            if current["status"] in FINAL:
                return
            await asyncio.sleep(self.poll_seconds)

    async def _current(self, session_id: str, user_id: str) -> dict[str, Any] | None:
        doc = await self.store.get(session_id, user_id)
        return session_view(doc).model_dump(mode="json") if doc else None
