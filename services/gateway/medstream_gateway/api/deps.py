"""FastAPI dependencies as ``Annotated`` aliases: the caller, the stores, the producer."""

from typing import Annotated

from fastapi import Depends, Header, HTTPException, Query, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from medstream_shared.kafka.producer import EventProducer

from medstream_gateway.charts.images import ChartImages
from medstream_gateway.core.security import Principal
from medstream_gateway.guards.idempotency import IdempotencyKeys
from medstream_gateway.readmodel.reports import ReportReadModel
from medstream_gateway.readmodel.sessions import SessionStore
from medstream_gateway.state import GatewayState

bearer = HTTPBearer(auto_error=False, description="API key or JWT")


def get_state(request: Request) -> GatewayState:
    state: GatewayState = request.app.state.gateway
    return state


StateDep = Annotated[GatewayState, Depends(get_state)]


async def _principal(state: GatewayState, token: str | None) -> Principal:
    challenge = {"WWW-Authenticate": "Bearer"}
    if not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token", challenge)
    principal = await state.authenticator.authenticate(token)
    if principal is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid or expired token", challenge)
    return principal


async def get_principal(
    state: StateDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    access_token: Annotated[str | None, Query(include_in_schema=False)] = None,
) -> Principal:
    """The caller, from ``Authorization: Bearer``. A token in the URL is refused here: URLs
    end up in proxies' logs, browser history and ``Referer`` headers."""
    if credentials is None and access_token:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "a token in the URL (?access_token=) is accepted only by the live streams; "
            "send it as Authorization: Bearer <token>",
            {"WWW-Authenticate": "Bearer"},
        )
    return await _principal(state, credentials.credentials if credentials else None)


async def get_stream_principal(
    state: StateDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    access_token: Annotated[
        str | None,
        Query(include_in_schema=False, description="for EventSource, which cannot set headers"),
    ] = None,
) -> Principal:
    """The caller of a live stream: EventSource cannot set headers, so ``?access_token=``
    is accepted too (and redacted from every log line)."""
    return await _principal(state, credentials.credentials if credentials else access_token)


async def _rate_limit(principal: Principal, state: GatewayState) -> Principal:
    decision = await state.rate_limiter.take(principal.user_id)
    if not decision.allowed:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            f"rate limit exceeded; retry in {decision.retry_after_seconds}s",
            {"Retry-After": str(decision.retry_after_seconds)},
        )
    return principal


async def rate_limited(
    principal: Annotated[Principal, Depends(get_principal)], state: StateDep
) -> Principal:
    """Limits are per user, whatever key, token or client address the requests come with."""
    return await _rate_limit(principal, state)


async def stream_rate_limited(
    principal: Annotated[Principal, Depends(get_stream_principal)], state: StateDep
) -> Principal:
    return await _rate_limit(principal, state)


CurrentUser = Annotated[Principal, Depends(rate_limited)]
StreamUser = Annotated[Principal, Depends(stream_rate_limited)]


def get_store(state: StateDep) -> SessionStore:
    return state.store


def get_charts(state: StateDep) -> ChartImages:
    return state.charts


def get_producer(state: StateDep) -> EventProducer:
    return state.producer


def get_reports(state: StateDep) -> ReportReadModel:
    return state.reports


ReportsDep = Annotated[ReportReadModel, Depends(get_reports)]


def get_idempotency(state: StateDep) -> IdempotencyKeys:
    return state.idempotency


IdempotencyDep = Annotated[IdempotencyKeys, Depends(get_idempotency)]
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=200,
        description="the same key and body within 24 h return the first answer",
    ),
]
SessionsDep = Annotated[SessionStore, Depends(get_store)]
ChartsDep = Annotated[ChartImages, Depends(get_charts)]
ProducerDep = Annotated[EventProducer, Depends(get_producer)]
