"""Periods found in a question → the ``period`` slots, the issue they leave, or a note.

Separate periods stay apart ("2021 and 2024"), overlapping ones join, partial ones (a
quarter, a month) take the year said beside them, and everything is clipped to the data's
dates; a relative or clipped period is stated back in a note.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from medstream_questions import issues
from medstream_questions.labels import period_label, periods_label
from medstream_questions.plan import Period
from medstream_questions.reading.dates import complete_partial
from medstream_questions.reading.periods import PeriodReading
from medstream_questions.slots import Issue, Note


@dataclass
class PeriodSlots:
    fields: dict[str, Any] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def read_periods(
    readings: Sequence[PeriodReading], data_start: date, data_end: date
) -> PeriodSlots:
    """The period slots of what the reader found, or the issue it leaves open."""
    found = PeriodSlots()
    full = [r for r in readings if r.period is not None]
    partial = [r for r in readings if r.partial is not None]
    text = ", ".join(r.text for r in readings)
    if not full and not partial:
        return found
    named_periods = [r.period for r in full if r.period]
    partial_periods = [r.partial for r in partial if r.partial]
    if partial_periods and not named_periods:
        found.issues.append(
            issues.partial_period(partial[0].text, partial_periods[0], data_start, data_end)
        )
        return found
    years = {year for p in named_periods for year in (p.start.year, p.end.year)}
    if partial_periods and len(years) == 1:
        # «в первом квартале 2024 года», "January and March 2025": the year completes them
        completed = [complete_partial(p, years.pop()) for p in partial_periods]
        named_periods = completed if _single_year(full) else named_periods + completed
    named = _apart(named_periods)
    kept = [
        Period(start=max(p.start, data_start), end=min(p.end, data_end))
        for p in named
        if p.end >= data_start and p.start <= data_end
    ]
    if not kept:
        found.issues.append(issues.period_out_of_range(text, data_start, data_end))
        return found
    found.fields["period"] = Period(start=kept[0].start, end=kept[-1].end)
    if len(kept) > 1:
        found.fields["periods"] = kept
    if any(r.relative for r in readings) or kept != named:
        found.notes.append(_note(text, kept, data_end))
    return found


def _note(text: str, periods: list[Period], data_end: date) -> Note:
    end_en, end_ru = data_end.isoformat(), data_end.strftime("%d.%m.%Y")
    en, ru = (
        period_label(periods[0], language)
        if len(periods) == 1
        else periods_label(periods, language)
        for language in ("en", "ru")
    )
    return Note(
        slot="period",
        text_en=f"“{text}” is {en} (the data end on {end_en}).",
        text_ru=f"«{text}» — это {ru} (данные заканчиваются {end_ru}).",
    )


def _apart(periods: Sequence[Period]) -> list[Period]:
    """The periods in order, overlapping ones joined ("2024" and "Q1 2024" are 2024)."""
    joined: list[Period] = []
    for period in sorted(periods, key=lambda p: (p.start, p.end)):
        if joined and period.start <= joined[-1].end:
            last = joined.pop()
            period = Period(start=last.start, end=max(last.end, period.end))
        joined.append(period)
    return joined


def _single_year(readings: Sequence[PeriodReading]) -> bool:
    period = readings[0].period
    return (
        len(readings) == 1
        and period is not None
        and (period.start.month, period.start.day, period.end.month, period.end.day)
        == (1, 1, 12, 31)
        and period.start.year == period.end.year
    )
