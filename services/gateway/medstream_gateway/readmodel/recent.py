"""The sessions this gateway wrote or read last, so that projecting their next event needs
no read.

The projector checks its guards in code between a read and a write by ``_id`` (FerretDB v1
answers no other filter from an index: ``medstream_gateway.readmodel.sessions``), and on
this machine every MongoDB round trip costs the sender kernel time: those reads were a third
of a session's MongoDB operations. A session's events are projected by one gateway at a
time (co-partitioned consumers), so the document its projector last wrote is the one in
MongoDB, unless someone else wrote it since. Who else writes, and how each is covered:

- this gateway's API, to record a question: the store keeps what it wrote (a new session,
  a restarted one), and forgets a session it marks as failed;
- any gateway's API, to restart a finished session with a new question: finished sessions
  are never kept, so the projector reads a finished session before its next change;
- another gateway, after partitions moved: the consumer calls ``forget_all`` at every
  rebalance, and a document read or written before it (``generation``) is not kept after;
- a replay swapping the collections, or a hand edit: an entry is trusted ``ttl_seconds``.

A write that failed may or may not have landed: the store forgets the session, and the retry
reads it.
"""

import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from medstream_shared.constants import FINAL_STATUSES

FINAL = frozenset(status.value for status in FINAL_STATUSES)


class RecentSessions:
    """Unfinished sessions' documents by id, newest last, at most ``max_entries``.

    Documents are kept as given and handed out as they are: callers build a changed copy
    and never change one in place.
    """

    def __init__(
        self,
        *,
        max_entries: int = 4096,
        ttl_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_entries = max_entries
        self.ttl_seconds = ttl_seconds
        self._clock = clock
        self._entries: OrderedDict[str, tuple[float, dict[str, Any]]] = OrderedDict()
        self.generation = 0
        """Bumped by ``forget_all``: take it before a read or write, hand it to ``keep``."""

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, session_id: str) -> dict[str, Any] | None:
        """The session as last kept, if kept within ``ttl_seconds``."""
        entry = self._entries.get(session_id)
        if entry is None:
            return None
        kept_at, doc = entry
        if self._clock() - kept_at > self.ttl_seconds:
            del self._entries[session_id]
            return None
        return doc

    def keep(self, doc: dict[str, Any], *, generation: int) -> None:
        """Remember ``doc`` as the stored session, read or written at ``generation``.

        A finished session is forgotten instead, and so is a document from before the last
        ``forget_all`` (another gateway may have written the session since).
        """
        session_id = doc["_id"]
        if generation != self.generation or doc.get("status") in FINAL:
            self.forget(session_id)
            return
        self._entries[session_id] = (self._clock(), doc)
        self._entries.move_to_end(session_id)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def forget(self, session_id: str) -> None:
        self._entries.pop(session_id, None)

    def forget_all(self) -> None:
        """Partitions moved: another gateway may write any session now or did meanwhile."""
        self._entries.clear()
        self.generation += 1
