"""Medical reports: request one, read one, list your own.

A request is accepted once Kafka has it (the projector records it as ``pending`` when
MongoDB can take it), as questions are: see ``queries``.
"""

import asyncio
import uuid
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from fastapi.responses import JSONResponse
from medstream_shared.events.envelope import event_time
from medstream_shared.events.models import ReportRequested, report_id_for
from medstream_shared.kafka.retry import TRANSIENT_ERRORS
from medstream_shared.logging import get_logger

from medstream_gateway.api.deps import (
    CurrentUser,
    IdempotencyDep,
    IdempotencyKey,
    ReportsDep,
    StateDep,
)
from medstream_gateway.models import ReportAccepted, ReportPage, ReportRequestBody, ReportView
from medstream_gateway.readmodel.accepted import read_or_accepted
from medstream_gateway.readmodel.pagination import InvalidCursor
from medstream_gateway.state import GatewayState

router = APIRouter(prefix="/api/v1/reports", tags=["reports"])
log = get_logger(__name__)


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=ReportAccepted)
async def request_report(
    body: ReportRequestBody,
    user: CurrentUser,
    state: StateDep,
    idempotency: IdempotencyDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async def accept() -> ReportAccepted:
        return await _accept(body, user.user_id, state)

    return await idempotency.run(
        user_id=user.user_id,
        key=idempotency_key,
        scope="reports",
        body=body,
        status_code=status.HTTP_202_ACCEPTED,
        action=accept,
    )


async def _accept(body: ReportRequestBody, user_id: str, state: GatewayState) -> ReportAccepted:
    request_id = body.request_id or uuid.uuid4().hex
    report_id = report_id_for(user_id, request_id)
    event = ReportRequested(
        **body.model_dump(exclude={"request_id"}), request_id=request_id, user_id=user_id
    )
    at = event_time()
    await state.accepted_reports.record(report_id, user_id, at, request_id=request_id)
    try:
        await state.producer.publish(event, at=at)
    except Exception as exc:
        log.error("could not publish the report request", error=str(exc))
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "the message broker is unavailable; try again shortly",
            {"Retry-After": "5"},
        ) from exc
    current = None
    try:
        async with asyncio.timeout(state.settings.read_model_wait_seconds):
            await state.reports.pending(report_id, request_id, user_id, at)
            current = await state.reports.get(report_id, user_id)
    except TRANSIENT_ERRORS as exc:  # a timeout included: MongoDB is slow or away
        log.warning("report request accepted before the read model could record it",
                    report_id=report_id, error=type(exc).__name__)  # fmt: skip
    return ReportAccepted(
        report_id=report_id,
        request_id=request_id,
        status=current.status if current else "pending",
        links={"self": f"/api/v1/reports/{report_id}"},
    )


@router.get(
    "/{report_id}",
    response_model=ReportView,
    responses={
        202: {
            "model": ReportView,
            "description": "accepted by the broker, not yet in the read model (status pending)",
        }
    },
)
async def get_report(
    report_id: str, user: CurrentUser, reports: ReportsDep, state: StateDep
) -> ReportView | JSONResponse:
    view, accepted = await read_or_accepted(
        lambda: reports.get(report_id, user.user_id),
        state.accepted_reports,
        report_id,
        user.user_id,
    )
    if view is not None:
        return view
    if accepted is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "report not found")
    pending = ReportView(
        report_id=report_id,
        request_id=accepted["request_id"],
        user_id=user.user_id,
        status="pending",
        created_at=accepted["at"],
    )
    return JSONResponse(pending.model_dump(mode="json"), status.HTTP_202_ACCEPTED)


@router.get(
    "",
    response_model=ReportPage,
    responses={400: {"description": "a cursor this API did not return"}},
)
async def list_reports(
    user: CurrentUser,
    reports: ReportsDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> ReportPage:
    try:
        items, next_cursor = await reports.page(user.user_id, limit=limit, cursor=cursor)
    except InvalidCursor as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from exc
    return ReportPage(items=items, next_cursor=next_cursor)
