"""FastAPI dependencies as ``Annotated`` aliases: the caller, the stores, the producer."""

from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from medstream_shared.kafka.producer import EventProducer

from medstream_gateway.core.security import Principal
from medstream_gateway.reports import ReportReadModel
from medstream_gateway.sessions import SessionStore
from medstream_gateway.state import GatewayState

bearer = HTTPBearer(auto_error=False, description="API key or JWT")


def get_state(request: Request) -> GatewayState:
    state: GatewayState = request.app.state.gateway
    return state


StateDep = Annotated[GatewayState, Depends(get_state)]


def get_principal(
    state: StateDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    access_token: Annotated[
        str | None,
        Query(include_in_schema=False, description="for EventSource, which cannot set headers"),
    ] = None,
) -> Principal:
    challenge = {"WWW-Authenticate": "Bearer"}
    token = credentials.credentials if credentials is not None else access_token
    if not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token", challenge)
    principal = state.authenticator.authenticate(token)
    if principal is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid or expired token", challenge)
    return principal


CurrentUser = Annotated[Principal, Depends(get_principal)]


def get_store(state: StateDep) -> SessionStore:
    return state.store


def get_producer(state: StateDep) -> EventProducer:
    return state.producer


def get_reports(state: StateDep) -> ReportReadModel:
    return state.reports


ReportsDep = Annotated[ReportReadModel, Depends(get_reports)]
SessionsDep = Annotated[SessionStore, Depends(get_store)]
ProducerDep = Annotated[EventProducer, Depends(get_producer)]
