"""Periods are read as explicit dates; relative words count from the data's last date."""

from datetime import date

import pytest
from medstream_questions.plan import Period
from medstream_questions.reading.dates import PartialPeriod, months_back
from medstream_questions.reading.periods import PeriodReader
from medstream_questions.text import normalize

READER = PeriodReader(date(2025, 12, 31))


def read(text: str) -> tuple[date, date] | PartialPeriod:
    [reading], _ = READER.read(normalize(text))
    if reading.partial is not None:
        return reading.partial
    assert reading.period is not None
    return reading.period.start, reading.period.end


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("за 2025 год", "2025-01-01", "2025-12-31"),
        ("in 2023", "2023-01-01", "2023-12-31"),
        ("between March 1 and May 31, 2022", "2022-03-01", "2022-05-31"),
        ("from Jan 5, 2023 to Feb 2, 2024", "2023-01-05", "2024-02-02"),
        ("Q1 2025", "2025-01-01", "2025-03-31"),
        ("2024 Q4", "2024-10-01", "2024-12-31"),
        ("first quarter of 2024", "2024-01-01", "2024-03-31"),
        ("в первом квартале 2024 года", "2024-01-01", "2024-03-31"),
        ("за III квартал 2023 г.", "2023-07-01", "2023-09-30"),
        ("March 2024", "2024-03-01", "2024-03-31"),
        ("в феврале 2024 года", "2024-02-01", "2024-02-29"),
        ("2024-05", "2024-05-01", "2024-05-31"),
        ("с марта по май 2025 года", "2025-03-01", "2025-05-31"),
        ("from November to February 2025", "2024-11-01", "2025-02-28"),
        ("first half of 2025", "2025-01-01", "2025-06-30"),
        ("во втором полугодии 2024 года", "2024-07-01", "2024-12-31"),
        ("between 2024-01-01 and 2024-06-30", "2024-01-01", "2024-06-30"),
        ("с 01.02.2024 по 15.03.2024", "2024-02-01", "2024-03-15"),
        ("from 2022 to 2024", "2022-01-01", "2024-12-31"),
        ("с 2021 по 2023 год", "2021-01-01", "2023-12-31"),
        ("since 2023", "2023-01-01", "2025-12-31"),
        ("зимой 2024", "2023-12-01", "2024-02-29"),
        ("winter of 2025", "2024-12-01", "2025-02-28"),
        ("spring 2024", "2024-03-01", "2024-05-31"),
        ("летом 2023 года", "2023-06-01", "2023-08-31"),
        ("fall 2022", "2022-09-01", "2022-11-30"),
        ("осенью 2022 г.", "2022-09-01", "2022-11-30"),
    ],
)
def test_explicit_periods(text: str, start: str, end: str) -> None:
    assert read(text) == (date.fromisoformat(start), date.fromisoformat(end))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("last year", "2025-01-01", "2025-12-31"),
        ("в прошлом году", "2025-01-01", "2025-12-31"),
        ("this year", "2025-01-01", "2025-12-31"),
        ("in the last year", "2025-01-01", "2025-12-31"),
        ("за последний год", "2025-01-01", "2025-12-31"),
        ("last 6 months", "2025-07-01", "2025-12-31"),
        ("за последние три месяца", "2025-10-01", "2025-12-31"),
        ("past two years", "2024-01-01", "2025-12-31"),
        ("last quarter", "2025-10-01", "2025-12-31"),
        ("в прошлом месяце", "2025-12-01", "2025-12-31"),
        ("year before last", "2024-01-01", "2024-12-31"),
    ],
)
def test_relative_periods_count_from_the_data_end(text: str, start: str, end: str) -> None:
    assert read(text) == (date.fromisoformat(start), date.fromisoformat(end))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("last year", "2022-01-01", "2022-12-31"),
        ("this year", "2023-01-01", "2023-06-30"),
        ("last quarter", "2023-04-01", "2023-06-30"),
        ("в прошлом месяце", "2023-06-01", "2023-06-30"),
        ("this month", "2023-06-01", "2023-06-30"),
        ("last yr", "2022-01-01", "2022-12-31"),
        ("this yr", "2023-01-01", "2023-06-30"),
        ("over the last 2 yrs", "2021-07-01", "2023-06-30"),
    ],
)
def test_last_means_the_newest_complete_period_of_data_that_end_mid_year(
    text: str, start: str, end: str
) -> None:
    [reading], _ = PeriodReader(date(2023, 6, 30)).read(text)

    assert reading.period == Period(start=date.fromisoformat(start), end=date.fromisoformat(end))


def test_data_that_end_with_a_year_make_it_last_year() -> None:
    [reading], _ = PeriodReader(date(2022, 12, 31)).read("в прошлом году")

    assert reading.period == Period(start=date(2022, 1, 1), end=date(2022, 12, 31))


def test_relative_periods_follow_the_configured_end_not_today() -> None:
    reader = PeriodReader(date(2023, 6, 30))
    [reading], _ = reader.read("last year")

    assert reading.period is not None
    assert reading.period.start == date(2022, 1, 1)
    assert reading.relative


@pytest.mark.parametrize(
    ("text", "partial"),
    [
        ("in March", PartialPeriod("month", 3)),
        ("в марте", PartialPeriod("month", 3)),
        ("Q2", PartialPeriod("quarter", 2)),
        ("во втором квартале", PartialPeriod("quarter", 2)),
        ("first half", PartialPeriod("half", 1)),
        ("зимой", PartialPeriod("season", 1)),
        ("in the summer", PartialPeriod("season", 3)),
    ],
)
def test_a_month_or_quarter_without_a_year_is_partial(text: str, partial: PartialPeriod) -> None:
    assert read(text) == partial


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("in 2021 and 2024", ["2021", "2024"]),
        ("в 2022 и 2024 годах", ["2022", "2024"]),
        ("January 2024 and January 2025", ["January 2024", "January 2025"]),
        ("01.02.2024 and 15.03.2024", ["01.02.2024", "15.03.2024"]),
    ],
)
def test_periods_joined_by_and_are_named_separately(text: str, named: list[str]) -> None:
    readings, _ = READER.read(normalize(text))

    assert [reading.text for reading in readings] == [n.lower() for n in named]


@pytest.mark.parametrize("text", ["between 2021 and 2024", "между 2021 и 2024 годами"])
def test_between_and_is_still_a_range(text: str) -> None:
    assert read(text) == (date(2021, 1, 1), date(2024, 12, 31))


def test_read_text_is_blanked_and_may_is_only_a_month_next_to_a_year() -> None:
    readings, rest = READER.read(normalize("visits you may see in 2025"))

    assert len(readings) == 1
    assert "2025" not in rest
    assert "may" in rest


def test_months_back_clamps_to_the_end_of_a_shorter_month() -> None:
    assert months_back(date(2025, 3, 31), 1) == date(2025, 2, 28)
    assert months_back(date(2025, 1, 15), 13) == date(2023, 12, 15)


def test_fall_without_a_year_is_a_verb() -> None:
    readings, _ = READER.read(normalize("did flu visits fall in 2024"))

    assert [reading.text for reading in readings] == ["2024"]


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        ("How many visits between 1 March and 15 April 2024?", "2024-03-01", "2024-04-15"),
        ("Сколько визитов было с 1 по 10 января 2025 года?", "2025-01-01", "2025-01-10"),
        ("Сколько визитов с 1 марта по 15 апреля 2024 года?", "2024-03-01", "2024-04-15"),
        ("How many visits on 3 January 2025?", "2025-01-03", "2025-01-03"),
        ("Visits on January 3, 2025 in Moscow", "2025-01-03", "2025-01-03"),
        ("Сколько визитов было 8 марта 2024 года?", "2024-03-08", "2024-03-08"),
    ],
)
def test_days_and_ranges_of_days(question: str, first: str, last: str) -> None:
    from medstream_questions.understanding import Understanding

    from tests.catalog import synthetic_catalog

    period = Understanding(synthetic_catalog()).plan(question).filters.period

    assert period is not None
    assert (period.start.isoformat(), period.end.isoformat()) == (first, last)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("yesterday", "2026-01-02"),
        ("вчера", "2026-01-02"),
        ("за вчерашний день", "2026-01-02"),
        ("today", "2026-01-03"),
        ("сегодня", "2026-01-03"),
        ("the day before yesterday", "2026-01-01"),
        ("позавчера", "2026-01-01"),
    ],
)
def test_today_is_the_newest_day_of_data_and_yesterday_the_one_before(text: str, day: str) -> None:
    [reading], _ = PeriodReader(date(2026, 1, 3)).read(normalize(text))

    assert reading.period == Period(start=date.fromisoformat(day), end=date.fromisoformat(day))
    assert reading.relative
