"""The v2 agent's API, kept for its frontends while they move to ``/api/v1`` (deprecated).

The in-process v2 agent served ``POST /query``, ``POST /feedback``, ``GET /status/{id}`` and
``WS /ws/{id}``. These routes are a thin translation over the same sessions, the same auth
and the same Kafka path as ``/api/v1``: a v2 frontend needs only an ``Authorization`` header.
The mapping is in docs/api.md, "Migrating from v2".
"""

from typing import Any

from fastapi import APIRouter, Response, WebSocket, status

from medstream_gateway.api.deps import (
    CurrentUser,
    IdempotencyDep,
    IdempotencyKey,
    ProducerDep,
    SessionsDep,
    StateDep,
)
from medstream_gateway.api.routes.live import stream_to_websocket
from medstream_gateway.api.routes.queries import accept_question, refuse_when_overloaded
from medstream_gateway.api.routes.sessions import answer_clarification, read_session
from medstream_gateway.models import (
    FeedbackRequest,
    QueryRequest,
    SessionView,
    V2FeedbackRequest,
    V2QueryRequest,
    V2Status,
)

router = APIRouter(tags=["v2 compatibility (deprecated)"], deprecated=True)

WORKING = "working on it"


def v2_status(view: SessionView) -> V2Status:
    """The v2 status body of a session: one ``message`` for whatever the user should read."""
    if view.clarification is not None:
        message = view.clarification.question
    elif view.result is not None:
        message = view.result.answer
    else:
        message = view.error or WORKING
    return V2Status(
        session_id=view.session_id,
        status=view.status,
        message=message,
        needs_feedback=view.clarification is not None,
        iteration=view.iteration,
        charts=[chart.url for chart in view.result.charts] if view.result else [],
    )


@router.post(
    "/query",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=V2Status,
    responses={409: {"description": "the session id is another user's or still unfinished"}},
)
async def query(
    body: V2QueryRequest,
    user: CurrentUser,
    state: StateDep,
    idempotency: IdempotencyDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """``POST /api/v1/queries``; a ``session_id`` of a finished session asks in it again."""
    await refuse_when_overloaded(state)

    async def accept() -> V2Status:
        request = QueryRequest(question=body.query, session_id=body.session_id)
        accepted = await accept_question(request, user, state)
        return V2Status(
            session_id=accepted.session_id,
            status=accepted.status,
            message=WORKING,
            needs_feedback=False,
            iteration=0,
            charts=[],
        )

    return await idempotency.run(
        user_id=user.user_id,
        key=idempotency_key,
        scope="v2-query",
        body=body,
        status_code=status.HTTP_202_ACCEPTED,
        action=accept,
    )


@router.post(
    "/feedback",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=V2Status,
    responses={
        404: {"description": "no such session of yours"},
        409: {"description": "the session is not waiting_feedback"},
    },
)
async def feedback(
    body: V2FeedbackRequest,
    user: CurrentUser,
    store: SessionsDep,
    producer: ProducerDep,
    idempotency: IdempotencyDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """``POST /api/v1/sessions/{id}/feedback``."""

    async def answer() -> V2Status:
        view = await answer_clarification(
            body.session_id,
            FeedbackRequest(answer=body.feedback),
            user,
            store,
            producer,
        )
        return v2_status(view)

    return await idempotency.run(
        user_id=user.user_id,
        key=idempotency_key,
        scope=f"v2-feedback:{body.session_id}",
        body=body,
        status_code=status.HTTP_202_ACCEPTED,
        action=answer,
    )


@router.get(
    "/status/{session_id}",
    response_model=V2Status,
    responses={404: {"description": "no such session of yours"}},
)
async def session_status(
    session_id: str, user: CurrentUser, store: SessionsDep, state: StateDep
) -> V2Status:
    """``GET /api/v1/sessions/{id}`` in v2's shape (200 also before the read model has it)."""
    view, _ = await read_session(session_id, user.user_id, store, state)
    return v2_status(view)


@router.websocket("/ws/{session_id}")
async def session_websocket(websocket: WebSocket, session_id: str) -> None:
    """``WS /api/v1/sessions/{id}/ws`` sending v2 status bodies."""

    def shape(view: dict[str, Any]) -> dict[str, Any]:
        return v2_status(SessionView.model_validate(view)).model_dump(mode="json")

    await stream_to_websocket(websocket, session_id, shape)
