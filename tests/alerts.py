"""A surveillance alert as the surveillance service would publish it, for the gateway's
projection, API, replay and metrics tests; each test changes only what it is about."""

from datetime import UTC, date, datetime, timedelta

from medstream_shared.events.models import SurveillanceAlert, alert_id_for


def make_alert(
    city: str = "Kazan",
    group: str = "influenza_ari",
    start: date = date(2026, 3, 2),
    *,
    days: int = 7,
    observed: int = 140,
    expected: float = 80.5,
    threshold: float = 120.25,
    method: str = "ears-c2",
    raised_at: datetime | None = None,
) -> SurveillanceAlert:
    """An alert for the window ``start`` … ``start + days``, raised when the window ended
    unless ``raised_at`` says otherwise."""
    end = start + timedelta(days=days)
    return SurveillanceAlert(
        alert_id=alert_id_for(city, group, start, end, method),
        city=city,
        group=group,  # type: ignore[arg-type]
        window_start=start,
        window_end=end,
        observed=observed,
        expected=expected,
        threshold=threshold,
        method=method,
        raised_at=raised_at or datetime.combine(end, datetime.min.time(), tzinfo=UTC),
    )
