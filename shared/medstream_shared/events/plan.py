"""The query plan as it travels in ``medstream.query.routed``: what to compute, over which
visits, before any SQL exists.

This is the event contract (its JSON Schema is generated from these models), so it knows
the warehouse's value kinds but not its values: checking a city, a code or a department
against the vocabulary is the question engine's (``medstream_questions.plan``), which
subclasses these models. Other backends may send a plan; analytics checks it before use.
"""

import itertools
from datetime import date
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from medstream_shared.language import Language

Sex = Literal["M", "F"]
VisitType = Literal["outpatient", "inpatient", "emergency"]
Department = Annotated[str, StringConstraints(min_length=1, max_length=100)]


class Family(StrEnum):
    """The question families the suite answers; each has its own answer wording."""

    TOP = "top"
    COUNT = "count"
    TREND = "trend"
    RANKING = "ranking"
    BREAKDOWN = "breakdown"
    COST = "cost"
    SHARE = "share"


class Measure(StrEnum):
    VISITS = "visits"
    PATIENTS = "patients"
    AVERAGE_COST = "average_cost"
    TOTAL_COST = "total_cost"
    SHARE = "share"
    AVERAGE_AGE = "average_age"
    MEDIAN_COST = "median_cost"
    MEDIAN_AGE = "median_age"
    MAX_COST = "max_cost"
    MIN_COST = "min_cost"
    VISITS_PER_PATIENT = "visits_per_patient"
    COST_PER_PATIENT = "cost_per_patient"


Order = Literal["desc", "asc"]
"""Ranked rows largest first ("top", "most"), or smallest first ("fewest", «меньше всего»)."""


class Dimension(StrEnum):
    DIAGNOSIS = "diagnosis"
    CHAPTER = "chapter"
    DEPARTMENT = "department"
    CITY = "city"
    DISTRICT = "district"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    SEX = "sex"
    AGE_GROUP = "age_group"
    VISIT_TYPE = "visit_type"


TIME_DIMENSIONS = frozenset({Dimension.MONTH, Dimension.QUARTER, Dimension.YEAR})
PLACE_DIMENSIONS = frozenset({Dimension.CITY, Dimension.DISTRICT})
PEOPLE_DIMENSIONS = frozenset({Dimension.SEX, Dimension.AGE_GROUP})
BREAKDOWN_DIMENSIONS = PEOPLE_DIMENSIONS | {Dimension.VISIT_TYPE}
"""Groupings that are a breakdown when named alone ("by sex"): each part's share is shown."""
RANKED_DIMENSIONS = frozenset(
    {Dimension.DIAGNOSIS, Dimension.CHAPTER, Dimension.DEPARTMENT, *PLACE_DIMENSIONS}
)
"""Grouped by one of these, rows are ordered by the measure (largest first), not by key."""
SPLITTABLE_DIMENSIONS = BREAKDOWN_DIMENSIONS | (RANKED_DIMENSIONS - {Dimension.DIAGNOSIS})
"""What a breakdown asked for in words ("split by department") may split by: a whole list,
each part with its share; diagnoses, some 270 of them, are a top list instead."""


class AgeGroup(StrEnum):
    CHILDREN = "0-17"
    YOUNG_ADULTS = "18-39"
    MIDDLE_AGED = "40-64"
    ELDERLY = "65+"

    @property
    def ages(self) -> tuple[int, int | None]:
        """First and last age of the group (``None``: no upper bound)."""
        first, _, last = self.value.rstrip("+").partition("-")
        return int(first), int(last) if last else None


class Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Place(Frozen):
    city: str
    district: str | None = None


class Period(Frozen):
    """Inclusive dates, always explicit: relative words are resolved before a plan exists."""

    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.start > self.end:
            raise ValueError("a period starts before it ends")
        return self


class Filters(Frozen):
    places: list[Place] = Field(default_factory=list, max_length=50)
    period: Period | None = Field(default=None, description="the dates covered, first to last")
    periods: list[Period] = Field(
        default_factory=list,
        max_length=24,
        description=(
            'separate periods named together ("2021 and 2024"), in order and apart; only '
            "these count, not the time between them; `period` is then their span"
        ),
    )
    codes: list[str] = Field(default_factory=list, max_length=300)
    chapter: str | None = None
    visit_type: VisitType | None = None
    department: Department | None = None
    sex: Sex | None = None
    age_group: AgeGroup | None = None
    min_visits: int | None = Field(
        default=None,
        ge=2,
        le=1000,
        description="only patients with at least this many visits in the scope (repeat visitors)",
    )
    max_visits: int | None = Field(
        default=None,
        ge=1,
        le=1000,
        description='only patients with at most this many visits in the scope ("seen only once")',
    )
    age_min: int | None = Field(default=None, ge=0, le=150, description="inclusive")
    age_max: int | None = Field(default=None, ge=0, le=150, description="inclusive")
    seen_by_every_department: list[Department] = Field(
        default_factory=list,
        max_length=5,
        description="only patients with visits to every one of these departments in the scope"
        ' ("patients seen by both Cardiology and Therapy"), counting those departments\' visits',
    )
    exclude_places: list[Place] = Field(default_factory=list, max_length=50)
    exclude_codes: list[str] = Field(default_factory=list, max_length=300)
    exclude_visit_types: list[VisitType] = Field(default_factory=list, max_length=3)
    exclude_departments: list[Department] = Field(default_factory=list, max_length=50)
    exclude_chapters: list[str] = Field(
        default_factory=list, max_length=30, description="ICD-10 chapters left out"
    )
    registered: bool = Field(
        default=False,
        description="the patient register: every patient, with or without a visit (counts of"
        " patients, by sex or a share of one sex; no visit filters)",
    )

    @model_validator(mode="after")
    def _age_range(self) -> Self:
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            raise ValueError("an age range starts at or below its end")
        return self

    @model_validator(mode="after")
    def _separate_periods(self) -> Self:
        if not self.periods:
            return self
        if len(self.periods) < 2:
            raise ValueError("separate periods are at least two; one is `period`")
        for earlier, later in itertools.pairwise(self.periods):
            if later.start <= earlier.end:
                raise ValueError("separate periods are in order and do not overlap")
        span = Period(start=self.periods[0].start, end=self.periods[-1].end)
        if self.period != span:
            raise ValueError("`period` is the span of the separate periods")
        return self

    @property
    def has_diagnosis(self) -> bool:
        return bool(self.codes) or self.chapter is not None

    @property
    def has_age_range(self) -> bool:
        return self.age_min is not None or self.age_max is not None

    @property
    def excludes(self) -> bool:
        return bool(
            self.exclude_places
            or self.exclude_codes
            or self.exclude_visit_types
            or self.exclude_departments
            or self.exclude_chapters
        )


class Subset(Frozen):
    """The part a share is of ("emergency visits", "women", "Moscow"), over all the rest; or
    one side of a comparison ("Cardiology", "2021")."""

    places: list[Place] = Field(default_factory=list, max_length=50)
    period: Period | None = None
    visit_type: VisitType | None = None
    department: Department | None = None
    sex: Sex | None = None
    age_min: int | None = Field(default=None, ge=0, le=150)
    age_max: int | None = Field(default=None, ge=0, le=150)

    @property
    def empty(self) -> bool:
        return self == Subset()


class QueryPlan(Frozen):
    family: Family
    measure: Measure = Measure.VISITS
    group_by: Dimension | None = None
    filters: Filters = Field(default_factory=Filters)
    limit: int | None = Field(default=None, ge=1, le=100)
    language: Language = "en"
    assumptions: list[str] = Field(default_factory=list, max_length=20)
    order: Order = "desc"
    compare: bool = Field(
        default=False, description="two sides compared: the answer states the gap and ratio"
    )
    share_of: Subset | None = Field(
        default=None,
        description="a share's numerator when it is not the diagnosis: the visits (or patients)"
        " of this subset among all that the filters select",
    )
    share_base: Measure = Field(
        default=Measure.VISITS,
        description="what a share counts: visits, patients or money (total_cost)",
    )
    then_by: Dimension | None = Field(
        default=None,
        description='a second grouping ("by city and year"): a row for each pair of keys',
    )
    sides: list[Subset] = Field(
        default_factory=list,
        max_length=10,
        description="sides compared (departments, places, periods), the first measured"
        " against the second; within the filters' scope",
    )
    gap: bool = Field(
        default=False,
        description="the comparison in one row: each side, the difference (first − second),"
        " the ratio (first / second) and the growth in %",
    )
    age_bands: list[int] = Field(
        default_factory=list,
        max_length=12,
        description='the first age of each age band asked for ("under 18, 18–64, 65 and over"'
        " is [0, 18, 65]), when grouped by age group; empty: the standard groups",
    )

    @property
    def is_distribution(self) -> bool:
        """A share with a grouping and nothing to take it of ("what share of visits did each
        city account for"): each group's visits (or spending) as a percentage of them all."""
        return (
            self.measure is Measure.SHARE
            and self.group_by is not None
            and not self.filters.has_diagnosis
            and (self.share_of is None or self.share_of.empty)
            and self.share_base in (Measure.VISITS, Measure.TOTAL_COST)
        )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        numerator = self.filters.has_diagnosis or (self.share_of and not self.share_of.empty)
        if self.measure is Measure.SHARE and not numerator and not self.is_distribution:
            raise ValueError(
                "a share needs a diagnosis, a chapter or a subset to take it of, or a grouping"
            )
        if self.family in (Family.TOP, Family.RANKING) and self.group_by is None:
            raise ValueError(f"a {self.family} question groups by something")
        if self.family is Family.TREND and self.group_by not in TIME_DIMENSIONS:
            raise ValueError("a trend groups by month, quarter or year")
        if self.family is Family.BREAKDOWN and self.group_by not in SPLITTABLE_DIMENSIONS:
            raise ValueError("a breakdown groups by sex, age group, visit type or a place")
        if self.then_by is not None and self.then_by in (self.group_by, Dimension.DIAGNOSIS):
            raise ValueError("a second grouping differs from the first and is not diagnoses")
        if self.then_by is not None and self.group_by is None:
            raise ValueError("a second grouping needs a first")
        if self.gap and len(self.sides) != 2:
            raise ValueError("a comparison in one row has two sides")
        if self.sides and self.group_by is not None:
            raise ValueError("sides compared are the rows: no grouping besides")
        if self.age_bands:
            if Dimension.AGE_GROUP not in (self.group_by, self.then_by):
                raise ValueError("age bands are for a grouping by age group")
            if self.age_bands != sorted(set(self.age_bands)) or not self.age_bands[0] >= 0:
                raise ValueError("age bands start at ascending, distinct ages")
            if self.age_bands[-1] > 150 or len(self.age_bands) < 2:
                raise ValueError("age bands are two or more, within 0–150")
        return self
