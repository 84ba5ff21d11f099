"""Deterministic generator of the synthetic medical warehouse (a single DuckDB file).

Everything is drawn with vectorised numpy from one ``default_rng(seed)`` in a fixed order,
so a seed always yields the same rows; ``write`` turns them into the warehouse's tables
(the schema of the contract is there).
"""

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from medstream_analytics.warehouse.diagnoses import DIAGNOSES
from medstream_analytics.warehouse.icd10 import Diagnosis
from medstream_analytics.warehouse.places import CITIES
from medstream_analytics.warehouse.population import (
    AGE_PYRAMID,
    ANNUAL_COST_INFLATION,
    ANNUAL_VOLUME_GROWTH,
    FEMALE_SHARE_BY_AGE,
    FEMALE_VISIT_RATE_FACTOR,
    HOLIDAY_FACTOR,
    MAX_AGE,
    PUBLIC_HOLIDAYS,
    VISITS_PER_YEAR_BY_AGE,
    WEEKDAY_FACTORS,
)
from medstream_analytics.warehouse.sampling import (
    BoolArray,
    FloatArray,
    IntArray,
    calendar_year,
    full_years,
    interpolate,
    sample_index,
)
from medstream_analytics.warehouse.write import (
    DEPARTMENTS,
    VISIT_TYPES,
    PatientRows,
    VisitRows,
    write_atomically,
)

YEARS = range(2021, 2026)
FIRST_DAY = np.datetime64(f"{YEARS[0]}-01-01", "D")
LAST_DAY = np.datetime64(f"{YEARS[-1]}-12-31", "D")
VISITS_PER_PATIENT = 4

_ADULT_AGE = 18
_FRAILTY_SHAPE = 2.0
"""Gamma shape of per-patient visit propensity: a minority of patients make most visits."""


@dataclass(frozen=True, slots=True)
class WarehouseStats:
    """What one generation wrote, and how long it took."""

    path: Path
    patients: int
    visits: int
    diagnoses: int
    seconds: float


@dataclass(frozen=True, slots=True)
class _Calendar:
    """Every day of the period with the probability that a visit falls on or before it."""

    days: IntArray
    years: IntArray
    months: IntArray
    cdf: FloatArray

    @property
    def first_year(self) -> int:
        return int(self.years[0])

    @property
    def periods(self) -> IntArray:
        """Month number within the period (0 = first month), the key of seasonal weights."""
        return (self.years - self.first_year) * 12 + self.months

    def share_from(self, day_index: IntArray) -> FloatArray:
        """Probability mass of the days from ``day_index`` on: a patient's exposure."""
        before = np.concatenate(([0.0], self.cdf[:-1]))
        return 1.0 - before[day_index]

    def sample_days(self, rng: np.random.Generator, not_before: IntArray) -> IntArray:
        """Visit days following the calendar's volume, each no earlier than its bound.

        Inverse-CDF sampling restricted to ``[not_before, end]`` keeps the seasonal shape
        for babies born during the period instead of clamping their visits to birth day.
        """
        floor = 1.0 - self.share_from(not_before)
        u = floor + rng.random(not_before.size) * (1.0 - floor)
        index = np.searchsorted(self.cdf, u, side="right")
        return np.minimum(index, self.days.size - 1).astype(np.int64)


@dataclass(frozen=True, slots=True)
class _CaseMix:
    """The diagnosis catalogue as arrays indexed by code position."""

    codes: tuple[str, ...]
    frequency: FloatArray
    season: FloatArray
    yearly: FloatArray
    age: FloatArray
    sex: FloatArray
    visit_mix_cdf: FloatArray
    department: IntArray
    cost_low: FloatArray
    cost_high: FloatArray

    @classmethod
    def from_catalogue(cls, catalogue: tuple[Diagnosis, ...], years: range) -> "_CaseMix":
        ages = np.arange(MAX_AGE + 1)
        mix = np.array([d.visit_mix for d in catalogue], dtype=np.float64)
        costs = np.array(
            [[d.cost.outpatient, d.cost.inpatient, d.cost.emergency] for d in catalogue],
            dtype=np.float64,
        )
        return cls(
            codes=tuple(d.code for d in catalogue),
            frequency=np.array([d.frequency for d in catalogue]),
            season=np.array([d.season.monthly for d in catalogue]),
            yearly=np.array([[d.year_factor(year) for year in years] for d in catalogue]),
            age=np.array([interpolate(d.age.knots, ages) for d in catalogue]),
            sex=np.array([d.sex for d in catalogue], dtype=np.float64),
            visit_mix_cdf=np.cumsum(mix, axis=1)[:, :-1],
            department=np.array([DEPARTMENTS.index(d.department) for d in catalogue]),
            cost_low=costs[:, :, 0],
            cost_high=costs[:, :, 1],
        )

    def temporal_weights(self, periods: IntArray) -> FloatArray:
        """Code weights by month of the period (rows) before age and sex are known."""
        months, years = periods % 12, periods // 12
        return self.frequency * self.season[:, months].T * self.yearly[:, years].T

    def seasonal_volume(self, periods: IntArray) -> FloatArray:
        """Expected relative visit volume of each month: winter epidemics fill polyclinics."""
        volume = self.temporal_weights(periods).sum(axis=1)
        return volume / volume.mean()

    def conditional_cdf(self, period_count: int) -> FloatArray:
        """Cumulative code probabilities for every (period, sex, age) cell, one row each."""
        temporal = self.temporal_weights(np.arange(period_count))
        demographic = self.sex.T[:, None, :] * self.age.T[None, :, :]
        weights = temporal[:, None, None, :] * demographic[None, :, :, :]
        weights = weights.reshape(-1, len(self.codes))
        cdf = np.cumsum(weights, axis=1)
        cdf /= cdf[:, -1:]
        cdf[:, -1] = 1.0
        return cdf


def generate(path: Path, *, rows: int = 1_000_000, seed: int = 42) -> WarehouseStats:
    """Write a warehouse of ``rows`` visits to ``path``, replacing any existing file atomically.

    Readers of an existing warehouse never see a half-written file: the database is built
    next to the target and renamed over it only once complete.
    """
    if rows < 1:
        raise ValueError(f"rows must be at least 1, got {rows}")
    target = Path(path)
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    case_mix = _CaseMix.from_catalogue(DIAGNOSES, YEARS)
    calendar = _build_calendar(case_mix)
    patients = _generate_patients(rng, max(1, rows // VISITS_PER_PATIENT), calendar)
    visits = _generate_visits(rng, rows, patients, calendar, case_mix)
    write_atomically(target, patients, visits)
    return WarehouseStats(
        path=target,
        patients=patients.district.size,
        visits=visits.day.size,
        diagnoses=len(DIAGNOSES),
        seconds=time.perf_counter() - started,
    )


# Calendar and population -------------------------------------------------------------------


def _build_calendar(case_mix: _CaseMix) -> _Calendar:
    dates = np.arange(FIRST_DAY, LAST_DAY + 1)
    days = dates.astype(np.int64)
    years = calendar_year(dates)
    month_starts = dates.astype("datetime64[M]")
    months = month_starts.astype(np.int64) % 12
    day_of_month = (dates - month_starts.astype("datetime64[D]")).astype(np.int64) + 1
    weekday = (days + 3) % 7  # 1970-01-01 was a Thursday
    holiday = np.isin((months + 1) * 100 + day_of_month, [m * 100 + d for m, d in PUBLIC_HOLIDAYS])
    periods = (years - years[0]) * 12 + months
    volume = (
        case_mix.seasonal_volume(periods)
        * (1.0 + ANNUAL_VOLUME_GROWTH) ** ((days - days[0]) / 365.25)
        * np.asarray(WEEKDAY_FACTORS)[weekday]
        * np.where(holiday, HOLIDAY_FACTOR, 1.0)
    )
    cdf = np.cumsum(volume)
    return _Calendar(days=days, years=years, months=months, cdf=cdf / cdf[-1])


def _generate_patients(rng: np.random.Generator, count: int, calendar: _Calendar) -> PatientRows:
    """Residents spread over the period so that the age pyramid holds on every date.

    Each patient is anchored to a random day of the period at which their age follows the
    pyramid; people born during the period therefore appear as the years go by.
    """
    districts = [district for city in CITIES for district in city.districts]
    district = sample_index(rng, np.array([d.population_k for d in districts], float), count)
    band = sample_index(rng, np.array([b.population_k for b in AGE_PYRAMID], float), count)
    band_first = np.array([b.first_age for b in AGE_PYRAMID])[band]
    band_width = np.array([b.last_age - b.first_age + 1 for b in AGE_PYRAMID])[band]
    age_years = band_first + rng.random(count) * band_width
    anchor = rng.integers(0, calendar.days.size, count)
    birth_day = calendar.days[anchor] - np.floor(age_years * 365.2425).astype(np.int64)
    age_at_anchor = full_years(birth_day, calendar.days[anchor])
    female = rng.random(count) < interpolate(FEMALE_SHARE_BY_AGE, age_at_anchor)
    born_index = np.clip(birth_day - calendar.days[0], 0, None)
    propensity = (
        interpolate(VISITS_PER_YEAR_BY_AGE, age_at_anchor)
        * np.where(female & (age_at_anchor >= _ADULT_AGE), FEMALE_VISIT_RATE_FACTOR, 1.0)
        * rng.gamma(_FRAILTY_SHAPE, 1.0 / _FRAILTY_SHAPE, count)
        * calendar.share_from(born_index)
    )
    return PatientRows(district=district, female=female, birth_day=birth_day, propensity=propensity)


# Visits ------------------------------------------------------------------------------------


def _generate_visits(
    rng: np.random.Generator,
    count: int,
    patients: PatientRows,
    calendar: _Calendar,
    case_mix: _CaseMix,
) -> VisitRows:
    """Visits ordered by date, so that ``visit_id`` grows with time as in a real registry."""
    patient = sample_index(rng, patients.propensity, count)
    born_index = np.clip(patients.birth_day[patient] - calendar.days[0], 0, None)
    day_index = calendar.sample_days(rng, born_index)
    order = np.lexsort((patient, day_index))
    patient, day_index = patient[order], day_index[order]
    day = calendar.days[day_index]
    age = full_years(patients.birth_day[patient], day)
    female = patients.female[patient]
    code = _sample_codes(rng, case_mix, calendar.periods[day_index], female, age)
    visit_type = _sample_visit_types(rng, case_mix.visit_mix_cdf[code])
    return VisitRows(
        patient=patient,
        day=day,
        age=age,
        code=code,
        department=_departments(case_mix.department[code], age, visit_type),
        visit_type=visit_type,
        cost_kopecks=_costs(rng, case_mix, code, visit_type, day_index),
    )


def _sample_codes(
    rng: np.random.Generator,
    case_mix: _CaseMix,
    periods: IntArray,
    female: BoolArray,
    age: IntArray,
) -> IntArray:
    """Diagnoses conditioned on month, sex and age in one vectorised pass.

    Each (period, sex, age) cell has its own cumulative distribution over codes. Offsetting
    cell ``g`` by ``g`` turns all of them into a single increasing array, so one
    ``searchsorted`` samples every visit from its own cell.
    """
    cdf = case_mix.conditional_cdf(int(periods.max()) + 1)
    cells, code_count = cdf.shape
    cell = (periods * 2 + female) * (MAX_AGE + 1) + np.minimum(age, MAX_AGE)
    offset_cdf = (cdf + np.arange(cells)[:, None]).ravel()
    flat = np.searchsorted(offset_cdf, cell + rng.random(cell.size), side="right")
    return np.minimum(flat - cell * code_count, code_count - 1)


def _sample_visit_types(rng: np.random.Generator, mix_cdf: FloatArray) -> IntArray:
    u = rng.random((len(mix_cdf), 1))
    return (u >= mix_cdf).sum(axis=1).astype(np.int64)


def _departments(typical: IntArray, age: IntArray, visit_type: IntArray) -> IntArray:
    """Children's general care is paediatrics; urgent general care goes through the ED."""
    therapy = DEPARTMENTS.index("Therapy")
    pediatrics = DEPARTMENTS.index("Pediatrics")
    emergency = DEPARTMENTS.index("Emergency")
    department = np.where((typical == therapy) & (age < _ADULT_AGE), pediatrics, typical)
    general = (department == therapy) | (department == pediatrics)
    urgent = visit_type == VISIT_TYPES.index("emergency")
    return np.where(general & urgent, emergency, department)


def _costs(
    rng: np.random.Generator,
    case_mix: _CaseMix,
    code: IntArray,
    visit_type: IntArray,
    day_index: IntArray,
) -> IntArray:
    """Costs in kopecks, log-spread within the code's range and indexed for inflation."""
    low = case_mix.cost_low[code, visit_type]
    high = case_mix.cost_high[code, visit_type]
    position = rng.beta(2.0, 2.0, code.size)
    inflation = (1.0 + ANNUAL_COST_INFLATION) ** (day_index / 365.25)
    return np.rint(low * (high / low) ** position * inflation * 100).astype(np.int64)
