"""Medical reports: request one, read one, list your own."""

import uuid
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from medstream_shared.events.envelope import event_time
from medstream_shared.events.models import ReportRequested, report_id_for
from medstream_shared.kafka.producer import EventProducer
from medstream_shared.logging import get_logger

from medstream_gateway.api.deps import (
    CurrentUser,
    IdempotencyDep,
    IdempotencyKey,
    ProducerDep,
    ReportsDep,
)
from medstream_gateway.models import ReportAccepted, ReportPage, ReportRequestBody, ReportView
from medstream_gateway.readmodel.pagination import InvalidCursor
from medstream_gateway.readmodel.reports import ReportReadModel

router = APIRouter(prefix="/api/v1/reports", tags=["reports"])
log = get_logger(__name__)


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=ReportAccepted)
async def request_report(
    body: ReportRequestBody,
    user: CurrentUser,
    reports: ReportsDep,
    producer: ProducerDep,
    idempotency: IdempotencyDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async def accept() -> ReportAccepted:
        return await _accept(body, user.user_id, reports, producer)

    return await idempotency.run(
        user_id=user.user_id,
        key=idempotency_key,
        scope="reports",
        body=body,
        status_code=status.HTTP_202_ACCEPTED,
        action=accept,
    )


async def _accept(
    body: ReportRequestBody, user_id: str, reports: ReportReadModel, producer: EventProducer
) -> ReportAccepted:
    request_id = body.request_id or uuid.uuid4().hex
    report_id = report_id_for(user_id, request_id)
    event = ReportRequested(
        **body.model_dump(exclude={"request_id"}), request_id=request_id, user_id=user_id
    )
    at = event_time()
    await reports.pending(report_id, request_id, user_id, at)
    try:
        await producer.publish(event, at=at)
    except Exception as exc:
        # The pending entry would otherwise wait forever for a request nobody received.
        log.error("could not publish the report request", error=str(exc))
        await reports.failed(
            report_id, request_id, user_id, "the report request could not be queued", at
        )
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "the message broker is unavailable; try again shortly",
            {"Retry-After": "5"},
        ) from exc
    current = await reports.get(report_id, user_id)
    return ReportAccepted(
        report_id=report_id,
        request_id=request_id,
        status=current.status if current else "pending",
        links={"self": f"/api/v1/reports/{report_id}"},
    )


@router.get("/{report_id}", response_model=ReportView)
async def get_report(report_id: str, user: CurrentUser, reports: ReportsDep) -> ReportView:
    view = await reports.get(report_id, user.user_id)
    if view is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "report not found")
    return view


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
