"""Calendar arithmetic for periods: whole months, quarters and half-years as date ranges."""

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Literal

from medstream_questions.plan import Period

PartialKind = Literal["month", "quarter", "half", "season"]


@dataclass(frozen=True, slots=True)
class PartialPeriod:
    """A month, quarter, half-year or season named without a year («в марте», "Q2")."""

    kind: PartialKind
    index: int


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def months_back(day: date, months: int) -> date:
    """``day`` moved back by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def year_period(year: int) -> Period:
    return Period(start=date(year, 1, 1), end=date(year, 12, 31))


def quarter_period(year: int, quarter: int) -> Period:
    return Period(start=date(year, quarter * 3 - 2, 1), end=month_end(year, quarter * 3))


def half_period(year: int, half: int) -> Period:
    return Period(start=date(year, half * 6 - 5, 1), end=month_end(year, half * 6))


def month_period(year: int, month: int) -> Period:
    return Period(start=date(year, month, 1), end=month_end(year, month))


def season_period(year: int, season: int) -> Period:
    """Meteorological seasons, 1 to 4 from winter: the winter of 2024 is December 2023 to
    February 2024, so it is one whole winter and its flu season is not cut in two."""
    if season == 1:
        return Period(start=date(year - 1, 12, 1), end=month_end(year, 2))
    first = season * 3 - 3
    return Period(start=date(year, first, 1), end=month_end(year, first + 2))


def complete_partial(partial: PartialPeriod, year: int) -> Period:
    if partial.kind == "month":
        return month_period(year, partial.index)
    if partial.kind == "quarter":
        return quarter_period(year, partial.index)
    if partial.kind == "season":
        return season_period(year, partial.index)
    return half_period(year, partial.index)
