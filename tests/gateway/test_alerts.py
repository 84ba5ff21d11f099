"""What "open" means and which MongoDB filter each combination of parameters becomes."""

from datetime import UTC, date, datetime

import pytest
from medstream_gateway.api.routes.alerts import alert_view
from medstream_gateway.readmodel.alerts import (
    AlertFilter,
    midnight,
    open_from,
    reference_day,
    status_of,
)

AS_OF = date(2026, 3, 10)  # the newest data day is 9 March


def test_as_of_is_the_later_of_the_newest_alert_and_the_day_after_the_warehouse() -> None:
    assert reference_day(date(2026, 3, 10), date(2025, 12, 31)) == date(2026, 3, 10)
    assert reference_day(date(2025, 6, 1), date(2025, 12, 31)) == date(2026, 1, 1)
    assert reference_day(None, date(2025, 12, 31)) == date(2026, 1, 1)
    assert reference_day(date(2026, 3, 10), None) == date(2026, 3, 10)
    assert reference_day(None, None) is None


@pytest.mark.parametrize(
    ("window_end", "status"),
    [
        (date(2026, 3, 10), "open"),  # ends on the newest data day (9 March)
        (date(2026, 3, 4), "open"),  # last day 3 March: the 7th-last day of data
        (date(2026, 3, 3), "closed"),  # last day 2 March: 8 days back
        (date(2025, 1, 1), "closed"),
    ],
)
def test_an_alert_is_open_while_its_last_day_is_within_the_last_seven_days_of_data(
    window_end: date, status: str
) -> None:
    assert open_from(AS_OF) == date(2026, 3, 4)
    assert status_of(window_end, AS_OF) == status


def test_open_days_is_configurable_and_no_data_means_nothing_is_open() -> None:
    assert status_of(date(2026, 3, 9), AS_OF, open_days=1) == "closed"
    assert status_of(date(2026, 3, 10), AS_OF, open_days=1) == "open"
    assert status_of(date(2026, 3, 10), None) == "closed"


def test_no_parameters_is_every_alert() -> None:
    assert AlertFilter().query(AS_OF) == {}


def test_city_group_and_since_combine() -> None:
    query = AlertFilter(city="Kazan", group="covid", since=date(2026, 2, 1)).query(AS_OF)

    # window_end is exclusive: a window reaching 1 February ends on the 2nd or later
    assert query == {
        "city": "Kazan",
        "group": "covid",
        "window_end": {"$gte": midnight(date(2026, 2, 2))},
    }


def test_open_and_closed_split_at_open_from() -> None:
    boundary = midnight(date(2026, 3, 4))

    assert AlertFilter(status="open").query(AS_OF) == {"window_end": {"$gte": boundary}}
    assert AlertFilter(status="closed").query(AS_OF) == {"window_end": {"$lt": boundary}}


def test_since_and_open_take_the_later_bound() -> None:
    late = AlertFilter(status="open", since=date(2026, 3, 8)).query(AS_OF)
    early = AlertFilter(status="open", since=date(2026, 1, 1)).query(AS_OF)
    closed = AlertFilter(status="closed", since=date(2026, 1, 1)).query(AS_OF)

    assert late == {"window_end": {"$gte": midnight(date(2026, 3, 9))}}
    assert early == {"window_end": {"$gte": midnight(date(2026, 3, 4))}}
    assert closed == {
        "window_end": {"$gte": midnight(date(2026, 1, 2)), "$lt": midnight(date(2026, 3, 4))}
    }


def test_a_since_at_the_end_of_the_calendar_matches_nothing() -> None:
    assert AlertFilter(since=date.max).query(AS_OF) is None


def test_without_any_data_open_matches_nothing_and_closed_everything() -> None:
    assert AlertFilter(status="open").query(None) is None
    assert AlertFilter(status="closed", city="Kazan").query(None) == {"city": "Kazan"}


def test_a_stored_document_becomes_the_api_s_view_with_its_status() -> None:
    at = datetime(2026, 3, 9, 6, 0, tzinfo=UTC)
    doc = {
        "_id": "a1",
        "alert_id": "a1",
        "city": "Kazan",
        "group": "influenza_ari",
        "window_start": midnight(date(2026, 3, 2)),
        "window_end": midnight(date(2026, 3, 9)),
        "observed": 140,
        "expected": 80.5,
        "threshold": 120.25,
        "method": "ears-c2",
        "raised_at": at,
        "event_id": "e1",
        "updated_at": at,
        "first_seen_at": at,
    }

    view = alert_view(doc, AS_OF, 7)

    assert (view.window_start, view.window_end) == (date(2026, 3, 2), date(2026, 3, 9))
    assert (view.observed, view.expected, view.threshold) == (140, 80.5, 120.25)
    assert view.status == "open"
    assert alert_view(doc, date(2026, 4, 1), 7).status == "closed"
