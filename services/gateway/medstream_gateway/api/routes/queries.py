"""POST /api/v1/queries: accept a question, record the session, publish it to Kafka."""

import uuid
from datetime import datetime

from fastapi import APIRouter, HTTPException, Response, status
from medstream_shared.constants import SessionStatus
from medstream_shared.events.envelope import event_time
from medstream_shared.events.models import QuerySubmitted
from medstream_shared.kafka.producer import EventProducer
from medstream_shared.logging import get_logger

from medstream_gateway.api.deps import (
    CurrentUser,
    IdempotencyDep,
    IdempotencyKey,
    ProducerDep,
    SessionsDep,
    StateDep,
)
from medstream_gateway.models import Links, QueryAccepted, QueryRequest
from medstream_gateway.readmodel.sessions import SessionStore

router = APIRouter(prefix="/api/v1/queries", tags=["queries"])
log = get_logger(__name__)


def links(session_id: str) -> Links:
    base = f"/api/v1/sessions/{session_id}"
    return Links(self=base, events=f"{base}/events", websocket=f"{base}/ws")


@router.post(
    "",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=QueryAccepted,
    responses={
        409: {
            "description": "the session id is another user's, or its last question is unfinished"
        },
        429: {"description": "rate limited"},
        503: {"description": "overloaded"},
    },
)
async def submit_query(
    body: QueryRequest,
    user: CurrentUser,
    state: StateDep,
    store: SessionsDep,
    producer: ProducerDep,
    idempotency: IdempotencyDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    behind = await state.backpressure.overloaded()
    if behind:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "the suite is busy answering earlier questions ("
            + ", ".join(f"{service} is {lag} messages behind" for service, lag in behind.items())
            + "); try again shortly",
            {"Retry-After": "5"},
        )

    async def accept() -> QueryAccepted:
        return await _accept(body, user.user_id, store, producer)

    return await idempotency.run(
        user_id=user.user_id,
        key=idempotency_key,
        scope="queries",
        body=body,
        status_code=status.HTTP_202_ACCEPTED,
        action=accept,
    )


async def _accept(
    body: QueryRequest, user_id: str, store: SessionStore, producer: EventProducer
) -> QueryAccepted:
    """Record the session as ``created`` and queue the question.

    The move to ``router_processing`` is the projector's, when the gateway reads its own
    submission back from Kafka: a write here could land after faster events of the same
    session and regress it.
    """
    session_id = body.session_id or uuid.uuid4().hex
    at = event_time()
    await _open_session(store, session_id, user_id, body.question, at)
    event = QuerySubmitted(session_id=session_id, user_id=user_id, question=body.question)
    try:
        await producer.publish(event, at=at)
    except Exception as exc:
        log.error("could not publish the question", error=str(exc))
        await store.transition(
            session_id,
            from_statuses=[SessionStatus.CREATED.value],
            changes={
                "status": SessionStatus.ERROR.value,
                "error": "the question could not be queued",
            },
            at=at,
        )
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "the message broker is unavailable; try again shortly",
            {"Retry-After": "5"},
        ) from exc
    return QueryAccepted(
        session_id=session_id, status=SessionStatus.CREATED, links=links(session_id)
    )


async def _open_session(
    store: SessionStore, session_id: str, user_id: str, question: str, at: datetime
) -> None:
    existing = await store.owner(session_id)
    if existing is None:
        await store.create(session_id, user_id, question, at)
        return
    owner, current = existing
    if owner != user_id:
        raise HTTPException(status.HTTP_409_CONFLICT, "this session id is already in use")
    if await store.restart(session_id, user_id, question, at) is None:
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            f"session {session_id} is still {current}; wait for it to finish",
        )
