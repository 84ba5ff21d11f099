"""The MongoDB round trips of a session: what the API and the projector ask of the server.

A recording stand-in for the sessions collection (``_id`` filters only, as the store uses
on the hot path) counts reads and writes; the guards themselves are pinned down against the
real server in ``test_projector.py``.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from medstream_gateway.readmodel.projector import SessionProjector
from medstream_gateway.readmodel.sessions import SessionStore
from medstream_shared.events import models
from medstream_shared.events.envelope import Envelope
from medstream_shared.events.models import EventData
from pymongo.errors import AutoReconnect

from tests.bus import envelope as timed_envelope

SESSION, USER = "s-1", "alice"
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@dataclass
class UpdateResult:
    upserted_id: str | None


class RecordingSessions:
    """``find_one`` and ``update_one`` by ``_id`` over dicts, every call recorded."""

    def __init__(self) -> None:
        self.docs: dict[str, dict[str, Any]] = {}
        self.calls: list[str] = []
        self.fail_next_update = False

    async def find_one(self, query: dict[str, Any], *_: Any) -> dict[str, Any] | None:
        assert set(query) == {"_id"}
        self.calls.append("find_one")
        doc = self.docs.get(query["_id"])
        return dict(doc) if doc is not None else None

    async def update_one(
        self, query: dict[str, Any], update: dict[str, Any], upsert: bool = False
    ) -> UpdateResult:
        assert set(query) == {"_id"}
        self.calls.append("update_one")
        if self.fail_next_update:
            self.fail_next_update = False
            self.docs[query["_id"]]["lost"] = True  # it landed, the answer did not
            raise AutoReconnect("connection reset")
        doc = self.docs.get(query["_id"])
        if doc is None:
            assert upsert
            doc = self.docs[query["_id"]] = {"_id": query["_id"], **update["$setOnInsert"]}
            return UpdateResult(query["_id"])
        doc.update(update.get("$set", {}))
        for field, value in update.get("$push", {}).items():
            doc[field] = [*doc.get(field, []), value]
        return UpdateResult(None)


def envelope(data: EventData) -> Envelope:
    return timed_envelope(data, timed=True)


@pytest.fixture
def sessions() -> RecordingSessions:
    return RecordingSessions()


@pytest.fixture
def store(sessions: RecordingSessions) -> SessionStore:
    db = {"sessions": sessions, "charts": None}
    return SessionStore(db)  # type: ignore[arg-type]


def events() -> list[EventData]:
    return [
        models.QuerySubmitted(session_id=SESSION, user_id=USER, question="Top-5?"),
        models.QueryRouted(session_id=SESSION, user_id=USER, question="Top-5?"),
        models.QueryCompleted(session_id=SESSION, user_id=USER, answer="Flu leads."),
    ]


async def project(projector: SessionProjector, event: Envelope) -> None:
    handle = {s.event_type: s.handle for s in projector.subscriptions()}[event.type]
    await handle(event)


async def test_a_question_accepted_and_answered_is_four_writes_and_no_read(
    store: SessionStore, sessions: RecordingSessions
) -> None:
    projector = SessionProjector(store)

    assert await store.insert(SESSION, USER, "Top-5?", START) is not None  # the API's POST
    for event in events():
        await project(projector, envelope(event))

    assert sessions.calls == ["update_one"] * 4
    stored = sessions.docs[SESSION]
    assert stored["status"] == "completed"
    assert [m["kind"] for m in stored["messages"]] == ["question", "answer"]


async def test_a_session_another_gateway_accepted_is_read_once(
    store: SessionStore, sessions: RecordingSessions
) -> None:
    other_gateway = SessionStore({"sessions": sessions, "charts": None})  # type: ignore[arg-type]
    await other_gateway.insert(SESSION, USER, "Top-5?", START)
    sessions.calls.clear()

    for event in events():
        await project(SessionProjector(store), envelope(event))

    assert sessions.calls == ["find_one", "update_one", "update_one", "update_one"]


async def test_after_a_rebalance_the_session_is_read_again(
    store: SessionStore, sessions: RecordingSessions
) -> None:
    projector = SessionProjector(store)
    submitted, routed, completed = (envelope(e) for e in events())
    await project(projector, submitted)
    # Partitions moved away and back: the other gateway projected `routed` meanwhile.
    store.recent.forget_all()
    sessions.docs[SESSION]["status"] = "query_processing"
    sessions.calls.clear()

    await project(projector, routed)  # a redelivery: changes nothing
    await project(projector, completed)

    assert sessions.calls == ["find_one", "update_one"]
    assert sessions.docs[SESSION]["status"] == "completed"


async def test_a_write_whose_outcome_is_unknown_is_read_again_on_retry(
    store: SessionStore, sessions: RecordingSessions
) -> None:
    projector = SessionProjector(store)
    submitted, routed, _ = (envelope(e) for e in events())
    await project(projector, submitted)

    sessions.fail_next_update = True
    with pytest.raises(AutoReconnect):
        await project(projector, routed)
    sessions.calls.clear()
    await project(projector, routed)

    assert sessions.calls[0] == "find_one"
    assert sessions.docs[SESSION]["lost"] is True  # what the failed write did is read back


async def test_a_redelivered_event_of_a_kept_session_costs_nothing(
    store: SessionStore, sessions: RecordingSessions
) -> None:
    projector = SessionProjector(store)
    submitted, routed, _ = (envelope(e) for e in events())
    await project(projector, submitted)
    await project(projector, routed)
    sessions.calls.clear()

    await project(projector, routed)
    await project(projector, submitted)

    assert sessions.calls == []
