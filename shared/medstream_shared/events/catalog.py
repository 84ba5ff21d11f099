"""What the warehouse holds, as read from its data: places, departments, dates, diagnoses.

Analytics reads the catalog from the warehouse at start-up and after a swap and publishes
it on ``medstream.catalog`` (type ``medstream.catalog.changed``); the router, the gateway
(``GET /api/v1/catalog``) and the console learn what can be asked from it, so nothing about
one dataset is written into the code that reads questions. ``version`` changes whenever the
data do, which lets every service tell which warehouse an answer came from.
"""

from datetime import date
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

DistrictUnit = Literal["district", "okrug"]


class Names(BaseModel):
    """A stored value and what people call it; ``value`` is what the warehouse column holds."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: str = Field(min_length=1, max_length=200)
    name_en: str = Field(min_length=1, max_length=200)
    name_ru: str = Field(min_length=1, max_length=200)
    aliases: tuple[str, ...] = ()


class DistrictEntry(Names):
    unit: DistrictUnit = "district"
    """How the district is called: a Moscow administrative okrug or an ordinary district."""
    visits: int = Field(default=0, ge=0)


class CityEntry(Names):
    districts: tuple[DistrictEntry, ...] = ()
    visits: int = Field(default=0, ge=0)


class DepartmentEntry(Names):
    visits: int = Field(default=0, ge=0)


class DiagnosisEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(min_length=1, max_length=20)
    title_en: str
    title_ru: str
    chapter: str
    visits: int = Field(default=0, ge=0)


class Catalog(BaseModel):
    """The catalog of one warehouse version."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str = Field(min_length=1, max_length=100)
    first_date: date
    last_date: date
    visits: int = Field(ge=0)
    patients: int = Field(ge=0)
    cities: tuple[CityEntry, ...]
    departments: tuple[DepartmentEntry, ...] = ()
    visit_types: tuple[str, ...] = ()
    diagnoses: tuple[DiagnosisEntry, ...] = ()

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.first_date > self.last_date:
            raise ValueError("first_date must not be after last_date")
        return self

    def city(self, value: str) -> CityEntry | None:
        return next((city for city in self.cities if city.value == value), None)

    def district(self, city: str, value: str) -> DistrictEntry | None:
        entry = self.city(city)
        if entry is None:
            return None
        return next((d for d in entry.districts if d.value == value), None)

    def department(self, value: str) -> DepartmentEntry | None:
        return next((d for d in self.departments if d.value == value), None)
