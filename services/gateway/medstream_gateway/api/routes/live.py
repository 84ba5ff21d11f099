"""Live session updates: Server-Sent Events (resumable) and WebSocket.

Both send the session in the shape of ``GET /api/v1/sessions/{id}`` on every change and
close after a final status. Both require auth; EventSource and browsers' WebSocket cannot
set headers, so the token may also come as ``?access_token=``.
"""

from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

from fastapi import (
    APIRouter,
    Depends,
    Header,
    HTTPException,
    WebSocket,
    WebSocketDisconnect,
    status,
)
from fastapi.sse import EventSourceResponse, ServerSentEvent

from medstream_gateway.api.deps import StateDep, StreamUser
from medstream_gateway.live.feed import Opening, SessionFeed
from medstream_gateway.state import GatewayState

router = APIRouter(prefix="/api/v1/sessions", tags=["live updates"])

RETRY_MS = 2000


def _feed(state: GatewayState) -> SessionFeed:
    return SessionFeed(state.store, state.live)


async def owned_session(session_id: str, user: StreamUser, state: StateDep) -> Opening:
    """Checked before the stream starts (once it has, only a 200 can be sent); the session
    read for the check is the stream's first view."""
    opening = await _feed(state).open(session_id, user.user_id)
    if opening is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "session not found")
    return opening


@router.get("/{session_id}/events", response_class=EventSourceResponse)
async def session_events(
    session_id: str,
    opening: Annotated[Opening, Depends(owned_session)],
    user: StreamUser,
    state: StateDep,
    last_event_id: Annotated[str | None, Header(max_length=64)] = None,
) -> AsyncIterator[ServerSentEvent]:
    feed = _feed(state).follow(session_id, user.user_id, last_event_id, opening)
    async for item in feed:
        if item.view is None:
            yield ServerSentEvent(comment="keep-alive")
        else:
            yield ServerSentEvent(data=item.view, event="session", id=item.event_id, retry=RETRY_MS)


@router.websocket("/{session_id}/ws")
async def session_websocket(websocket: WebSocket, session_id: str) -> None:
    await stream_to_websocket(websocket, session_id, lambda view: view)


async def stream_to_websocket(
    websocket: WebSocket, session_id: str, shape: Callable[[dict[str, Any]], dict[str, Any]]
) -> None:
    """Authenticate, then send ``shape(view)`` on every change until a final status."""
    state: GatewayState = websocket.app.state.gateway
    token = websocket.query_params.get("access_token") or _bearer(websocket)
    principal = await state.authenticator.authenticate(token) if token else None
    # Accept first so the refusal reaches the client as a close code it can act on.
    await websocket.accept()
    if principal is None:
        await websocket.close(code=4401, reason="missing or invalid token")
        return
    feed = _feed(state)
    opening = await feed.open(session_id, principal.user_id)
    if opening is None:
        await websocket.close(code=4404, reason="session not found")
        return
    try:
        async for item in feed.follow(session_id, principal.user_id, None, opening):
            if item.view is not None:
                await websocket.send_json(shape(item.view))
        await websocket.close(code=1000, reason="session finished")
    except WebSocketDisconnect:
        return


def _bearer(websocket: WebSocket) -> str | None:
    scheme, _, token = websocket.headers.get("authorization", "").partition(" ")
    return token if scheme.lower() == "bearer" and token else None
