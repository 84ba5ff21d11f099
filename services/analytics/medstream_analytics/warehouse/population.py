"""Who lives in the cities and how often, and when, they see a doctor.

Figures follow the shape of Rosstat data for 2021–2024 (the sagging cohort born in the
late 1990s, the large 1980s cohort, the female majority among the elderly) and of
Russian care-seeking habits (quiet New Year holidays, little outpatient work on Sundays).
Piecewise-linear curves are given as ``(age, value)`` knots and interpolated per year of
age, so that a reader can compare them with published tables at a glance.
"""

from typing import NamedTuple

Knots = tuple[tuple[int, float], ...]

MAX_AGE = 100


class AgeBand(NamedTuple):
    first_age: int
    last_age: int
    population_k: int


AGE_PYRAMID: tuple[AgeBand, ...] = (
    AgeBand(0, 4, 8_200),
    AgeBand(5, 9, 9_500),
    AgeBand(10, 14, 8_700),
    AgeBand(15, 19, 7_500),
    AgeBand(20, 24, 6_900),
    AgeBand(25, 29, 8_000),
    AgeBand(30, 34, 12_000),
    AgeBand(35, 39, 11_800),
    AgeBand(40, 44, 10_600),
    AgeBand(45, 49, 9_800),
    AgeBand(50, 54, 8_900),
    AgeBand(55, 59, 10_300),
    AgeBand(60, 64, 10_500),
    AgeBand(65, 69, 8_900),
    AgeBand(70, 74, 6_600),
    AgeBand(75, 79, 3_500),
    AgeBand(80, 84, 3_600),
    AgeBand(85, 89, 1_500),
    AgeBand(90, 94, 500),
    AgeBand(95, 99, 100),
)
"""Russian urban population by five-year age band, thousands."""

FEMALE_SHARE_BY_AGE: Knots = (
    (0, 0.487),
    (30, 0.495),
    (40, 0.52),
    (55, 0.56),
    (65, 0.61),
    (75, 0.68),
    (85, 0.76),
    (MAX_AGE, 0.80),
)
"""Share of women by age: men's lower life expectancy makes the elderly mostly female."""

VISITS_PER_YEAR_BY_AGE: Knots = (
    (0, 9.0),
    (1, 6.5),
    (5, 4.0),
    (15, 2.8),
    (20, 2.2),
    (30, 2.4),
    (45, 3.0),
    (60, 4.5),
    (70, 5.5),
    (80, 6.0),
    (MAX_AGE, 5.5),
)
"""Relative visit rate per person-year: infants and the elderly dominate the workload."""

FEMALE_VISIT_RATE_FACTOR = 1.2
"""Adult women see doctors more often than men of the same age."""

WEEKDAY_FACTORS: tuple[float, ...] = (1.0, 1.0, 0.98, 0.97, 0.92, 0.5, 0.3)
"""Relative daily volume, Monday first: polyclinics work short hours on weekends."""

PUBLIC_HOLIDAYS: tuple[tuple[int, int], ...] = (
    *((1, day) for day in range(1, 9)),
    (2, 23),
    (3, 8),
    (5, 1),
    (5, 9),
    (6, 12),
    (11, 4),
)
"""Russian public holidays as (month, day), including the New Year break of January 1–8."""

HOLIDAY_FACTOR = 0.35
"""Only emergency and on-duty services work on public holidays."""

ANNUAL_VOLUME_GROWTH = 0.03
"""Year-over-year growth of visit volume (ageing population, wider dispensary programmes)."""

ANNUAL_COST_INFLATION = 0.07
"""Year-over-year growth of tariffs of the compulsory medical insurance fund."""
