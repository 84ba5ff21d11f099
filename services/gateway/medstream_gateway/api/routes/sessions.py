"""Sessions: list yours, read one, answer its clarification."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from fastapi.responses import JSONResponse
from medstream_shared.constants import SessionStatus
from medstream_shared.events.envelope import event_time
from medstream_shared.events.models import FeedbackSubmitted
from medstream_shared.kafka.producer import EventProducer

from medstream_gateway.api.deps import (
    CurrentUser,
    IdempotencyDep,
    IdempotencyKey,
    ProducerDep,
    SessionsDep,
    StateDep,
)
from medstream_gateway.core.security import Principal
from medstream_gateway.models import FeedbackRequest, SessionPage, SessionView
from medstream_gateway.readmodel.accepted import read_or_accepted
from medstream_gateway.readmodel.pagination import InvalidCursor
from medstream_gateway.readmodel.sessions import SessionStore
from medstream_gateway.readmodel.views import session_view
from medstream_gateway.state import GatewayState

router = APIRouter(prefix="/api/v1/sessions", tags=["sessions"])

NOT_FOUND = "session not found"


@router.get(
    "",
    response_model=SessionPage,
    responses={400: {"description": "a cursor this API did not return"}},
)
async def list_sessions(
    user: CurrentUser,
    store: SessionsDep,
    status_filter: Annotated[SessionStatus | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> SessionPage:
    try:
        docs, next_cursor = await store.page(
            user.user_id,
            status=status_filter.value if status_filter else None,
            limit=limit,
            cursor=cursor,
        )
    except InvalidCursor as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from exc
    return SessionPage(items=[session_view(doc) for doc in docs], next_cursor=next_cursor)


@router.get(
    "/{session_id}",
    response_model=SessionView,
    responses={
        202: {
            "model": SessionView,
            "description": "accepted by the broker, not yet in the read model (status created)",
        }
    },
)
async def get_session(
    session_id: str, user: CurrentUser, store: SessionsDep, state: StateDep
) -> SessionView | JSONResponse:
    view, projected = await read_session(session_id, user.user_id, store, state)
    if projected:
        return view
    return JSONResponse(view.model_dump(mode="json"), status.HTTP_202_ACCEPTED)


async def read_session(
    session_id: str, user_id: str, store: SessionStore, state: GatewayState
) -> tuple[SessionView, bool]:
    """The session as the API shows it, and whether the read model holds it yet.

    A session the broker accepted but the projector has not written is shown as ``created``
    from the accepted-requests record; one that is neither is a 404.
    """
    doc, accepted = await read_or_accepted(
        lambda: store.get(session_id, user_id), state.accepted_sessions, session_id, user_id
    )
    if doc is not None:
        return session_view(doc), True
    if accepted is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND)
    view = SessionView(
        session_id=session_id,
        status=SessionStatus.CREATED,
        question=accepted["question"],
        iteration=0,
        clarification=None,
        result=None,
        error=None,
        created_at=accepted["at"],
        updated_at=accepted["at"],
    )
    return view, False


@router.post(
    "/{session_id}/feedback", status_code=status.HTTP_202_ACCEPTED, response_model=SessionView
)
async def submit_feedback(
    session_id: str,
    body: FeedbackRequest,
    user: CurrentUser,
    store: SessionsDep,
    producer: ProducerDep,
    idempotency: IdempotencyDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async def answer() -> SessionView:
        return await answer_clarification(session_id, body, user, store, producer)

    return await idempotency.run(
        user_id=user.user_id,
        key=idempotency_key,
        scope=f"feedback:{session_id}",
        body=body,
        status_code=status.HTTP_202_ACCEPTED,
        action=answer,
    )


async def answer_clarification(
    session_id: str,
    body: FeedbackRequest,
    user: Principal,
    store: SessionStore,
    producer: EventProducer,
) -> SessionView:
    session = await store.get(session_id, user.user_id)
    if session is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND)
    if session.status != SessionStatus.WAITING_FEEDBACK:
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            f"session is {session.status}, not waiting_feedback: there is no question to answer",
        )
    event = FeedbackSubmitted(
        session_id=session_id,
        user_id=user.user_id,
        answer=body.answer,
        iteration=session.iteration,
        roles=sorted(user.roles),
    )
    at = event_time()
    await producer.publish(event, at=at)
    # No write here: the projector moves the session on when it reads the answer back. A
    # write from here could land after the router's next question had been projected and
    # undo it (FerretDB applies a filtered update as read, then write the whole document).
    # The reply shows the session as the answer leaves it.
    answered = session.model_copy(
        update={"status": SessionStatus.ROUTER_PROCESSING, "clarification": None, "updated_at": at}
    )
    return session_view(answered)
