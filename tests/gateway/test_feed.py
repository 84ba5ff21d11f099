"""The live feed reaches the final status even when a change never made it to Redis."""

from datetime import UTC, datetime
from typing import Any

from medstream_gateway.live.feed import FeedItem, SessionFeed
from medstream_gateway.readmodel.documents import SessionDocument


def session(status: str, second: int) -> dict[str, Any]:
    at = datetime(2026, 1, 1, 12, 0, second, tzinfo=UTC)
    return {
        "_id": "s1",
        "user_id": "alice",
        "status": status,
        "question": "Top-5 diagnoses",
        "iteration": 0,
        "created_at": at,
        "updated_at": at,
    }


class Store:
    """The read model: the session moves on between two reads."""

    def __init__(self, *docs: dict[str, Any]) -> None:
        self.docs = list(docs)

    async def get(self, session_id: str, user_id: str) -> SessionDocument:
        doc = self.docs.pop(0) if len(self.docs) > 1 else self.docs[0]
        return SessionDocument.model_validate(doc)


class SilentStream:
    """A Redis stream whose publishes were lost: it knows one old entry and hears nothing."""

    async def latest_id(self, session_id: str) -> str:
        return "1-0"

    async def wait(self, session_id: str, last_id: str, block_ms: int) -> list[Any]:
        return []


async def test_a_quiet_stream_is_checked_against_the_read_model() -> None:
    store = Store(
        session("query_processing", 1), session("query_processing", 1), session("completed", 2)
    )
    feed = SessionFeed(store, SilentStream())  # type: ignore[arg-type]

    items: list[FeedItem] = [item async for item in feed.follow("s1", "alice", None)]

    views = [(item.event_id, item.view["status"] if item.view else None) for item in items]
    assert views == [("1-0", "query_processing"), (None, None), (None, "completed")]


class OrderedStream:
    """A stream that records when it was asked for its newest id, and then stays quiet."""

    def __init__(self, calls: list[str]) -> None:
        self.calls = calls

    async def latest_id(self, session_id: str) -> str:
        self.calls.append("latest_id")
        return "7-0"

    async def wait(self, session_id: str, last_id: str, block_ms: int) -> list[Any]:
        self.calls.append(f"wait after {last_id}")
        return []


class CountingStore(Store):
    def __init__(self, calls: list[str], *docs: dict[str, Any]) -> None:
        super().__init__(*docs)
        self.calls = calls

    async def get(self, session_id: str, user_id: str) -> SessionDocument:
        self.calls.append("get")
        return await super().get(session_id, user_id)


async def test_an_opened_stream_starts_from_the_read_that_checked_it() -> None:
    """The endpoint's ownership check is the stream's first view: one read, not two, and
    the stream's newest id is read before it, so no change falls between them."""
    calls: list[str] = []
    store = CountingStore(calls, session("query_processing", 1), session("completed", 2))
    feed = SessionFeed(store, OrderedStream(calls))  # type: ignore[arg-type]

    opening = await feed.open("s1", "alice")
    assert opening is not None
    items = [item async for item in feed.follow("s1", "alice", None, opening)]

    assert calls == ["latest_id", "get", "wait after 7-0", "get"]
    views = [(item.event_id, item.view["status"] if item.view else None) for item in items]
    assert views == [("7-0", "query_processing"), (None, "completed")]
