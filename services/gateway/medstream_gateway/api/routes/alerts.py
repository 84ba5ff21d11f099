"""GET /api/v1/alerts: surveillance alerts, open and recent, for every signed-in user.

Alerts are aggregates (a count of visits per city, diagnosis group and window), so every
authenticated principal sees all of them, whatever their role. What "open" means is
defined in ``medstream_gateway.readmodel.alerts``.
"""

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from medstream_shared.events.models import SurveillanceGroup

from medstream_gateway.api.deps import CurrentUser, StateDep
from medstream_gateway.models import AlertList, AlertView
from medstream_gateway.readmodel.alerts import (
    AlertFilter,
    day_of,
    open_from,
    reference_day,
    status_of,
)
from medstream_gateway.state import GatewayState, catalog_last_date

router = APIRouter(prefix="/api/v1/alerts", tags=["alerts"])


@router.get("", response_model=AlertList)
async def list_alerts(
    _: CurrentUser,
    state: StateDep,
    city: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            pattern=r"^[^\x00-\x1f\x7f]+$",
            description="exact city name, e.g. Kazan",
        ),
    ] = None,
    group: Annotated[SurveillanceGroup | None, Query(description="diagnosis group")] = None,
    since: Annotated[
        date | None,
        Query(description="only windows that reach this day or later (YYYY-MM-DD)"),
    ] = None,
    status: Annotated[
        Literal["open", "closed"] | None,
        Query(description="open: the window ends within open_days of the newest data"),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> AlertList:
    """Surveillance alerts, newest window first; filters combine (AND)."""
    open_days = state.settings.alert_open_days
    as_of = await alerts_as_of(state)
    where = AlertFilter(city=city, group=group, since=since, status=status, limit=limit)
    docs = await state.alerts.find(where, as_of, open_days)
    return AlertList(
        items=[alert_view(doc, as_of, open_days) for doc in docs],
        as_of=as_of,
        open_days=open_days,
        open_from=open_from(as_of, open_days) if as_of is not None else None,
    )


async def alerts_as_of(state: GatewayState) -> date | None:
    return reference_day(await state.alerts.newest_window_end(), catalog_last_date(state.catalog))


def alert_view(doc: dict[str, Any], as_of: date | None, open_days: int) -> AlertView:
    window_end = day_of(doc["window_end"])
    return AlertView(
        alert_id=doc["alert_id"],
        city=doc["city"],
        group=doc["group"],
        window_start=day_of(doc["window_start"]),
        window_end=window_end,
        observed=doc["observed"],
        expected=doc["expected"],
        threshold=doc["threshold"],
        method=doc["method"],
        raised_at=doc["raised_at"],
        status=status_of(window_end, as_of, open_days),
        updated_at=doc["updated_at"],
    )
