"""A plan is consistent and uses only what exists in the warehouse."""

from datetime import date

import pytest
from medstream_questions.plan import AgeGroup, Family, Filters, Period, Place, QueryPlan
from pydantic import ValidationError


def test_a_plan_round_trips_through_json() -> None:
    plan = QueryPlan(
        family=Family.COUNT,
        filters=Filters(
            places=[Place(city="Moscow", district="Central")],
            period=Period(start=date(2024, 1, 1), end=date(2024, 3, 31)),
            codes=["E11"],
            age_group=AgeGroup.CHILDREN,
        ),
        assumptions=["a stated assumption"],
    )

    assert QueryPlan.model_validate(plan.model_dump(mode="json")) == plan


def separate(periods: list[tuple[str, str]], *, span: tuple[str, str]) -> dict[str, object]:
    """A count over separate periods, ``span`` given as their first to last date."""
    return {
        "family": "count",
        "filters": {
            "periods": [{"start": start, "end": end} for start, end in periods],
            "period": {"start": span[0], "end": span[1]},
        },
    }


def test_separate_periods_in_order_with_their_span_are_a_plan() -> None:
    data = separate(
        [("2021-01-01", "2021-12-31"), ("2024-01-01", "2024-12-31")],
        span=("2021-01-01", "2024-12-31"),
    )

    assert len(QueryPlan.model_validate(data).filters.periods) == 2


@pytest.mark.parametrize(
    "data",
    [
        {"family": "top"},
        {"family": "trend", "group_by": "city"},
        {"family": "breakdown", "group_by": "month"},
        {"family": "share", "measure": "share"},
        {"family": "count", "filters": {"places": [{"city": "Moscow", "district": "Nevsky"}]}},
        {"family": "count", "filters": {"period": {"start": "2025-02-01", "end": "2025-01-01"}}},
        {"family": "count", "limit": 0},
        separate([("2024-01-01", "2024-12-31")], span=("2024-01-01", "2024-12-31")),
        separate(
            [("2024-01-01", "2024-12-31"), ("2024-06-01", "2025-12-31")],
            span=("2024-01-01", "2025-12-31"),
        ),
        separate(
            [("2021-01-01", "2021-12-31"), ("2024-01-01", "2024-12-31")],
            span=("2021-01-01", "2025-12-31"),
        ),
        {"family": "count", "unexpected": True},
    ],
)
def test_inconsistent_or_unknown_plans_are_refused(data: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        QueryPlan.model_validate(data)


def test_age_groups_know_their_ages() -> None:
    assert AgeGroup.CHILDREN.ages == (0, 17)
    assert AgeGroup.ELDERLY.ages == (65, None)
