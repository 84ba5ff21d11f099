"""POST /api/v1/queries: accept a question by publishing it to Kafka.

Kafka is the source of truth: a new question needs the broker's acknowledgement and nothing
else. The session is written to MongoDB right after, within ``read_model_wait_seconds``; if
MongoDB is down the answer is still 202, and the projector creates the session when MongoDB
is back (``GET`` answers 202 ``created`` meanwhile). A question that continues a session
needs MongoDB to check whose session it is.
"""

import asyncio
import contextlib
import uuid
from datetime import datetime

from fastapi import APIRouter, HTTPException, Response, status
from medstream_shared.constants import SessionStatus
from medstream_shared.events.envelope import event_time
from medstream_shared.events.models import QuerySubmitted
from medstream_shared.kafka.retry import TRANSIENT_ERRORS
from medstream_shared.logging import get_logger

from medstream_gateway.api.deps import (
    CurrentUser,
    IdempotencyDep,
    IdempotencyKey,
    StateDep,
)
from medstream_gateway.core.security import Principal
from medstream_gateway.models import Links, QueryAccepted, QueryRequest
from medstream_gateway.state import GatewayState

router = APIRouter(prefix="/api/v1/queries", tags=["queries"])
IN_USE = "this session id is already in use"
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
    idempotency: IdempotencyDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    await refuse_when_overloaded(state)

    async def accept() -> QueryAccepted:
        return await accept_question(body, user, state)

    return await idempotency.run(
        user_id=user.user_id,
        key=idempotency_key,
        scope="queries",
        body=body,
        status_code=status.HTTP_202_ACCEPTED,
        action=accept,
    )


async def refuse_when_overloaded(state: GatewayState) -> None:
    """503 while the consumers are too far behind for a new question to be answered soon."""
    behind = await state.backpressure.overloaded()
    if behind:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "the suite is busy answering earlier questions ("
            + ", ".join(f"{service} is {lag} messages behind" for service, lag in behind.items())
            + "); try again shortly",
            {"Retry-After": "5"},
        )


async def accept_question(
    body: QueryRequest, user: Principal, state: GatewayState
) -> QueryAccepted:
    """Record the session as ``created`` if MongoDB answers in time, then queue the question.

    The move to ``router_processing`` is the projector's, when the gateway reads its own
    submission back from Kafka: a write here could land after faster events of the same
    session and regress it. The broker's acknowledgement is what accepts the question.
    """
    session_id, user_id = body.session_id or uuid.uuid4().hex, user.user_id
    at = event_time()
    fresh = body.session_id is None
    recorded = await _open_session(state, session_id, user_id, body.question, at, fresh=fresh)
    await state.accepted_sessions.record(session_id, user_id, at, question=body.question)
    event = QuerySubmitted(
        session_id=session_id,
        user_id=user_id,
        question=body.question,
        roles=sorted(user.roles),
    )
    try:
        await state.producer.publish(event, at=at)
    except Exception as exc:
        log.error("could not publish the question", error=str(exc))
        if recorded:
            with contextlib.suppress(*TRANSIENT_ERRORS):
                await state.store.transition(
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
    state: GatewayState,
    session_id: str,
    user_id: str,
    question: str,
    at: datetime,
    *,
    fresh: bool,
) -> bool:
    """Create or restart the session in MongoDB within ``read_model_wait_seconds``.

    Returns whether it was recorded. Without MongoDB the question is still accepted: only a
    session id known (from the accepted-requests record) to be another user's is refused,
    and the projector and the router never apply one user's events to another's session.
    A ``fresh`` id (the gateway's own, just drawn) is nobody's yet: one insert, no read.
    """
    store = state.store
    try:
        async with asyncio.timeout(state.settings.read_model_wait_seconds):
            if fresh and await store.insert(session_id, user_id, question, at) is not None:
                return True
            existing = await store.owner(session_id)
            if existing is None:
                await store.create(session_id, user_id, question, at)
                return True
            owner, current = existing
            if owner != user_id:
                raise HTTPException(status.HTTP_409_CONFLICT, IN_USE)
            if await store.restart(session_id, user_id, question, at) is None:
                raise HTTPException(
                    status.HTTP_409_CONFLICT,
                    f"session {session_id} is still {current}; wait for it to finish",
                )
            return True
    except TRANSIENT_ERRORS as exc:  # a timeout included: MongoDB is slow or away
        if await state.accepted_sessions.owner(session_id) not in (None, user_id):
            raise HTTPException(status.HTTP_409_CONFLICT, IN_USE) from exc
        log.warning(
            "question accepted before the read model could record it",
            session_id=session_id,
            error=type(exc).__name__,
        )
        return False
