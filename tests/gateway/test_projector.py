"""The session projector on the real MongoDB-wire server: guards, redeliveries, reordering.

The projector checks its guards in code between a read and a write by ``_id`` (see
``medstream_gateway.readmodel.sessions``), so these tests pin down that every guard still holds:
events arriving twice, late or out of order never regress a session or repeat a message.
"""

import itertools
import json
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from medstream_gateway.models import SessionView
from medstream_gateway.readmodel.projector import SessionProjector
from medstream_gateway.readmodel.sessions import SessionStore
from medstream_shared.events import models
from medstream_shared.events.envelope import Envelope
from medstream_shared.events.models import EventData
from pymongo import AsyncMongoClient

from tests.bus import envelope as timed_envelope
from tests.harness import MONGO

pytestmark = pytest.mark.integration

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
_seconds = itertools.count(1)


def envelope(data: EventData, event_id: str | None = None) -> Envelope:
    """An event stamped one second after the previous one (event time drives the model)."""
    return timed_envelope(data, event_id, timed=True)


class Recorder:
    def __init__(self) -> None:
        self.views: list[SessionView] = []

    async def __call__(self, view: SessionView) -> None:
        self.views.append(view)


@pytest.fixture
async def projection(infrastructure: None) -> AsyncIterator[tuple[SessionProjector, Recorder]]:
    client: AsyncMongoClient = AsyncMongoClient(MONGO, tz_aware=True)
    db = client[f"test_projector_{uuid.uuid4().hex[:8]}"]
    recorder = Recorder()
    yield SessionProjector(SessionStore(db, on_change=recorder)), recorder
    await client.drop_database(db.name)
    await client.close()


async def stored(projector: SessionProjector, session_id: str) -> dict[str, Any] | None:
    """The stored session as the store hands it over, as a plain dict to compare."""
    session = await projector.store.find(session_id)
    return session.model_dump(by_alias=True) if session is not None else None


def ids() -> tuple[str, str]:
    return uuid.uuid4().hex, "alice"


async def test_a_question_answered_in_order(projection: tuple[SessionProjector, Recorder]) -> None:
    projector, recorder = projection
    session_id, user = ids()
    await projector.on_submitted(
        envelope(models.QuerySubmitted(session_id=session_id, user_id=user, question="Top-5?"))
    )
    await projector.on_routed(
        envelope(models.QueryRouted(session_id=session_id, user_id=user, question="Top-5?"))
    )
    await projector.on_completed(
        envelope(models.QueryCompleted(session_id=session_id, user_id=user, answer="Flu leads."))
    )

    doc = await stored(projector, session_id)
    assert doc is not None
    assert doc["status"] == "completed"
    assert doc["result"]["answer"] == "Flu leads."
    assert [m["kind"] for m in doc["messages"]] == ["question", "answer"]
    assert [v.status for v in recorder.views] == [
        "created",
        "router_processing",
        "query_processing",
        "completed",
    ]


async def test_redelivered_events_change_nothing(
    projection: tuple[SessionProjector, Recorder],
) -> None:
    projector, recorder = projection
    session_id, user = ids()
    submitted = envelope(models.QuerySubmitted(session_id=session_id, user_id=user, question="q"))
    completed = envelope(models.QueryCompleted(session_id=session_id, user_id=user, answer="a"))
    await projector.on_submitted(submitted)
    await projector.on_completed(completed)
    before = await stored(projector, session_id)
    changes_before = len(recorder.views)

    await projector.on_submitted(submitted)
    await projector.on_completed(completed)

    assert await stored(projector, session_id) == before
    assert len(recorder.views) == changes_before
    assert [m["kind"] for m in before["messages"]] == ["question", "answer"]  # type: ignore[index]


async def test_a_late_event_never_regresses_a_session(
    projection: tuple[SessionProjector, Recorder],
) -> None:
    projector, _ = projection
    session_id, user = ids()
    submitted = envelope(models.QuerySubmitted(session_id=session_id, user_id=user, question="q"))
    routed = envelope(models.QueryRouted(session_id=session_id, user_id=user, question="q"))
    # The routed event (another topic) is projected before the submission that caused it.
    await projector.on_submitted(submitted)
    await projector.on_routed(routed)
    await projector.on_failed(
        envelope(models.QueryFailed(session_id=session_id, user_id=user, reason="no data"))
    )
    await projector.on_routed(routed)

    doc = await stored(projector, session_id)
    assert doc is not None
    assert (doc["status"], doc["error"]) == ("error", "no data")


async def test_feedback_applies_only_to_the_question_it_answers(
    projection: tuple[SessionProjector, Recorder],
) -> None:
    projector, _ = projection
    session_id, user = ids()
    await projector.on_submitted(
        envelope(models.QuerySubmitted(session_id=session_id, user_id=user, question="flu?"))
    )
    for iteration in (1, 2):
        await projector.on_clarification(
            envelope(
                models.ClarificationRequested(
                    session_id=session_id,
                    user_id=user,
                    iteration=iteration,
                    question=f"Which city? (round {iteration})",
                    options=["Moscow", "Kazan"],
                    original_question="flu?",
                )
            )
        )
    stale = models.FeedbackSubmitted(session_id=session_id, user_id=user, answer="x", iteration=1)
    await projector.on_feedback(envelope(stale))

    doc = await stored(projector, session_id)
    assert doc is not None
    assert (doc["status"], doc["iteration"]) == ("waiting_feedback", 2)
    assert doc["clarification"]["question"] == "Which city? (round 2)"

    current = models.FeedbackSubmitted(
        session_id=session_id, user_id=user, answer="Kazan", iteration=2
    )
    await projector.on_feedback(envelope(current))
    doc = await stored(projector, session_id)
    assert doc is not None
    assert (doc["status"], doc["clarification"]) == ("router_processing", None)
    # The stale answer is history all the same: the person did send it.
    assert [m["kind"] for m in doc["messages"]] == [
        "question",
        "clarification",
        "clarification",
        "feedback",
        "feedback",
    ]


async def test_a_new_question_restarts_a_finished_session_once(
    projection: tuple[SessionProjector, Recorder],
) -> None:
    projector, _ = projection
    session_id, user = ids()
    first = envelope(models.QuerySubmitted(session_id=session_id, user_id=user, question="one"))
    await projector.on_submitted(first)
    await projector.on_completed(
        envelope(models.QueryCompleted(session_id=session_id, user_id=user, answer="first"))
    )
    second = envelope(models.QuerySubmitted(session_id=session_id, user_id=user, question="two"))
    await projector.on_submitted(second)

    doc = await stored(projector, session_id)
    assert doc is not None
    assert (doc["question"], doc["status"], doc["result"]) == ("two", "router_processing", None)

    await projector.on_submitted(first)  # the older question, redelivered
    doc = await stored(projector, session_id)
    assert doc is not None
    assert doc["question"] == "two"
    assert [m["text"] for m in doc["messages"] if m["kind"] == "question"] == ["one", "two"]


async def test_a_session_reads_as_absent_to_anyone_else(
    projection: tuple[SessionProjector, Recorder],
) -> None:
    projector, _ = projection
    session_id, user = ids()
    await projector.on_submitted(
        envelope(models.QuerySubmitted(session_id=session_id, user_id=user, question="q"))
    )
    assert await projector.store.get(session_id, user) is not None
    assert await projector.store.get(session_id, "bob") is None


async def test_another_users_events_never_touch_a_session(
    projection: tuple[SessionProjector, Recorder],
) -> None:
    """Accepted without MongoDB, a question may name someone else's session id: its events
    reach the projector, which leaves the owner's session as it was."""
    projector, _ = projection
    session_id, user = ids()
    await projector.on_submitted(
        envelope(models.QuerySubmitted(session_id=session_id, user_id=user, question="mine"))
    )
    await projector.on_completed(
        envelope(models.QueryCompleted(session_id=session_id, user_id=user, answer="yours"))
    )
    before = await stored(projector, session_id)

    await projector.on_submitted(
        envelope(models.QuerySubmitted(session_id=session_id, user_id="bob", question="taken?"))
    )
    await projector.on_completed(
        envelope(models.QueryCompleted(session_id=session_id, user_id="bob", answer="bob's"))
    )

    assert await stored(projector, session_id) == before


async def test_an_answer_read_before_its_question_is_kept(
    projection: tuple[SessionProjector, Recorder],
) -> None:
    """Accepted while MongoDB was down, a session has no document; after the outage its
    events come back from three topics in any order: the answer must not be dropped."""
    projector, _ = projection
    session_id, user = ids()
    submitted = envelope(models.QuerySubmitted(session_id=session_id, user_id=user, question="q?"))
    routed = envelope(models.QueryRouted(session_id=session_id, user_id=user, question="q?"))
    completed = envelope(models.QueryCompleted(session_id=session_id, user_id=user, answer="42"))

    await projector.on_completed(completed)
    await projector.on_routed(routed)
    await projector.on_submitted(submitted)

    doc = await stored(projector, session_id)
    assert doc is not None
    assert (doc["status"], doc["question"], doc["result"]["answer"]) == ("completed", "q?", "42")
    assert doc["created_at"] == submitted.time


async def test_a_chart_drawn_from_its_spec_is_kept_when_the_answer_comes_again(
    projection: tuple[SessionProjector, Recorder],
) -> None:
    """The gateway stores the PNG it drew back on the chart; a redelivered answer (which
    carries the spec only) must not throw it away. A chart sent as a PNG keeps its PNG."""
    projector, _ = projection
    store = projector.store
    session_id, user = ids()
    # "$schema" and nested arrays: what MongoDB field names and FerretDB v1 refuse
    spec = {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "x": [[1, 2]]}
    charts = [
        models.ChartData(id=f"{session_id}-new", vega_lite=spec),
        models.ChartData(id=f"{session_id}-old", png_base64="iVBORw0KGgo="),
    ]
    completed = envelope(
        models.QueryCompleted(session_id=session_id, user_id=user, answer="a", charts=charts)
    )
    await projector.on_completed(completed)
    new = await store.get_chart(f"{session_id}-new", user)
    assert new is not None and new.get("data") is None
    assert json.loads(new["vega_lite_json"]) == spec

    await store.save_chart_png(f"{session_id}-new", b"\x89PNG drawn")
    await projector.on_completed(completed)

    new = await store.get_chart(f"{session_id}-new", user)
    old = await store.get_chart(f"{session_id}-old", user)
    assert new is not None and bytes(new["data"]) == b"\x89PNG drawn"
    assert old is not None and bytes(old["data"]) == b"\x89PNG\r\n\x1a\n"
    assert old["vega_lite_json"] is None
    assert await store.get_chart(f"{session_id}-new", "mallory") is None


async def test_partitions_moving_between_gateways_never_repeat_or_lose_a_change(
    projection: tuple[SessionProjector, Recorder],
) -> None:
    """Each gateway projects from the sessions it wrote last (``RecentSessions``); when
    partitions move, what it kept is forgotten, so it reads what the other one wrote."""
    first, _ = projection
    second = SessionProjector(SessionStore(first.store.sessions.database))
    session_id, user = ids()
    completed = envelope(models.QueryCompleted(session_id=session_id, user_id=user, answer="42"))
    await first.on_submitted(
        envelope(models.QuerySubmitted(session_id=session_id, user_id=user, question="q?"))
    )
    await first.on_routed(
        envelope(models.QueryRouted(session_id=session_id, user_id=user, question="q?"))
    )

    for gateway in (first, second):  # a rebalance: the partition moves to the second
        gateway.store.recent.forget_all()
    await second.on_completed(completed)
    for gateway in (first, second):  # and back, with the answer redelivered
        gateway.store.recent.forget_all()
    await first.on_completed(completed)

    doc = await stored(first, session_id)
    assert doc is not None
    assert doc["status"] == "completed"
    assert [m["kind"] for m in doc["messages"]] == ["question", "answer"]


async def test_a_finished_session_restarted_by_another_gateway_is_read_not_remembered(
    projection: tuple[SessionProjector, Recorder],
) -> None:
    projector, _ = projection
    other_api = SessionStore(projector.store.sessions.database)
    session_id, user = ids()
    await projector.on_submitted(
        envelope(models.QuerySubmitted(session_id=session_id, user_id=user, question="one"))
    )
    await projector.on_completed(
        envelope(models.QueryCompleted(session_id=session_id, user_id=user, answer="first"))
    )
    second = envelope(models.QuerySubmitted(session_id=session_id, user_id=user, question="two"))
    assert second.time is not None

    assert await other_api.restart(session_id, user, "two", second.time) is not None
    await projector.on_submitted(second)

    doc = await stored(projector, session_id)
    assert doc is not None
    assert (doc["question"], doc["status"], doc["result"]) == ("two", "router_processing", None)
    assert [m["text"] for m in doc["messages"] if m["kind"] == "question"] == ["one", "two"]
