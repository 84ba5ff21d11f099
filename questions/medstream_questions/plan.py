"""The typed query plan, checked against the vocabulary: safe to compile whoever wrote it.

The plan's shape is the event contract (``medstream_shared.events.plan``); these subclasses
add what only the question engine knows: that a city, a district, an ICD-10 code, a chapter
and a department exist. Analytics validates any plan it receives through them.
"""

from typing import Annotated, Self

from medstream_shared.events import plan as contract
from medstream_shared.events.plan import (
    BREAKDOWN_DIMENSIONS,
    PEOPLE_DIMENSIONS,
    PLACE_DIMENSIONS,
    RANKED_DIMENSIONS,
    SPLITTABLE_DIMENSIONS,
    TIME_DIMENSIONS,
    AgeGroup,
    Dimension,
    Family,
    Measure,
    Order,
    Period,
    Sex,
)
from pydantic import AfterValidator, Field, field_validator, model_validator

from medstream_questions.catalog import active_catalog
from medstream_questions.vocabulary.care import VisitType
from medstream_questions.vocabulary.diagnoses import DIAGNOSES_BY_CODE
from medstream_questions.vocabulary.icd10 import CHAPTERS_BY_LABEL

__all__ = [
    "BREAKDOWN_DIMENSIONS",
    "PEOPLE_DIMENSIONS",
    "PLACE_DIMENSIONS",
    "RANKED_DIMENSIONS",
    "SPLITTABLE_DIMENSIONS",
    "TIME_DIMENSIONS",
    "AgeGroup",
    "Dimension",
    "Family",
    "Filters",
    "Measure",
    "Order",
    "Period",
    "Place",
    "QueryPlan",
    "Sex",
    "Subset",
]


class Place(contract.Place):
    @model_validator(mode="after")
    def _known(self) -> Self:
        city = active_catalog().city(self.city)
        if city is None:
            raise ValueError(f"unknown city {self.city!r}")
        if self.district is not None and self.district not in {d.value for d in city.districts}:
            raise ValueError(f"{self.city} has no district {self.district!r}")
        return self


def _known_department(name: str) -> str:
    if active_catalog().department(name) is None:
        raise ValueError(f"unknown department {name!r}")
    return name


Department = Annotated[contract.Department, AfterValidator(_known_department)]


# Each subclass narrows its fields to checked types; pydantic validates through the narrowed
# ones, mypy sees list invariance (hence the ignores).
class Filters(contract.Filters):
    places: list[Place] = Field(default_factory=list, max_length=50)  # type: ignore[assignment]
    exclude_places: list[Place] = Field(default_factory=list, max_length=50)  # type: ignore[assignment]
    visit_type: VisitType | None = None
    exclude_visit_types: list[VisitType] = Field(default_factory=list, max_length=3)
    department: Department | None = None
    exclude_departments: list[Department] = Field(default_factory=list, max_length=50)

    @field_validator("codes", "exclude_codes")
    @classmethod
    def _known_codes(cls, codes: list[str]) -> list[str]:
        present = {entry.code for entry in active_catalog().diagnoses}
        unknown = [code for code in codes if code not in DIAGNOSES_BY_CODE and code not in present]
        if unknown:
            raise ValueError(f"unknown ICD-10 codes: {', '.join(unknown)}")
        return codes

    @field_validator("chapter")
    @classmethod
    def _known_chapter(cls, chapter: str | None) -> str | None:
        if chapter is not None and chapter not in CHAPTERS_BY_LABEL:
            raise ValueError(f"unknown ICD-10 chapter {chapter!r}")
        return chapter

    @field_validator("exclude_chapters")
    @classmethod
    def _known_chapters(cls, chapters: list[str]) -> list[str]:
        for chapter in chapters:
            cls._known_chapter(chapter)
        return chapters


class Subset(contract.Subset):
    places: list[Place] = Field(default_factory=list, max_length=50)  # type: ignore[assignment]
    department: Department | None = None


class QueryPlan(contract.QueryPlan):
    filters: Filters = Field(default_factory=Filters)
    share_of: Subset | None = Field(
        default=None,
        description="a share's numerator when it is not the diagnosis: the visits (or patients)"
        " of this subset among all that the filters select",
    )
    sides: list[Subset] = Field(  # type: ignore[assignment]
        default_factory=list,
        max_length=10,
        description="sides compared (departments, places, periods), the first measured"
        " against the second; within the filters' scope",
    )

    @property
    def codes_within_chapter(self) -> bool:
        """ "Share of J06 among respiratory visits": codes and their chapter named in a share of
        a diagnosis are the part and the whole (the reverse would always be 100 %)."""
        return (
            self.measure is Measure.SHARE
            and (self.share_of is None or self.share_of.empty)
            and bool(self.filters.codes)
            and self.filters.chapter is not None
        )

    @property
    def top_in_each_group(self) -> bool:
        """ "The top 3 diagnoses in each city" (or the dearest department in each city): a top
        list per group of the second grouping."""
        ranked = self.family in (Family.TOP, Family.COST)
        return ranked and self.then_by is not None and self.limit is not None
