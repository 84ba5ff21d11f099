"""The warehouse contract as data: its tables and columns, and which column plays which part.

Analytics validates SQL against ``WAREHOUSE_TABLES`` and describes them to a model; the
question engine compiles plans with the column names of ``WAREHOUSE``. Both read this one
description, so a renamed column is changed here, and a role that names a column the
tables lack fails at import, not in a query.
"""

from collections.abc import Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType

WAREHOUSE_TABLES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "patients": MappingProxyType(
            {
                "patient_id": "BIGINT",
                "sex": "VARCHAR",
                "birth_date": "DATE",
                "city": "VARCHAR",
                "district": "VARCHAR",
            }
        ),
        "visits": MappingProxyType(
            {
                "visit_id": "BIGINT",
                "patient_id": "BIGINT",
                "visit_date": "DATE",
                "city": "VARCHAR",
                "district": "VARCHAR",
                "icd10_code": "VARCHAR",
                "department": "VARCHAR",
                "visit_type": "VARCHAR",
                "age_at_visit": "INTEGER",
                "cost_rub": "DECIMAL(12,2)",
            }
        ),
        "diagnoses": MappingProxyType(
            {
                "icd10_code": "VARCHAR",
                "title_en": "VARCHAR",
                "title_ru": "VARCHAR",
                "chapter": "VARCHAR",
            }
        ),
    }
)


@dataclass(frozen=True)
class VisitColumns:
    """The ``visits`` fact table's columns by role."""

    table: str = "visits"
    visit_date: str = "visit_date"
    patient: str = "patient_id"
    city: str = "city"
    district: str = "district"
    code: str = "icd10_code"
    department: str = "department"
    visit_type: str = "visit_type"
    age: str = "age_at_visit"
    cost: str = "cost_rub"


@dataclass(frozen=True)
class PatientColumns:
    table: str = "patients"
    patient: str = "patient_id"
    sex: str = "sex"


@dataclass(frozen=True)
class DiagnosisColumns:
    table: str = "diagnoses"
    code: str = "icd10_code"
    title_en: str = "title_en"
    title_ru: str = "title_ru"
    chapter: str = "chapter"


@dataclass(frozen=True)
class Warehouse:
    visits: VisitColumns = VisitColumns()
    patients: PatientColumns = PatientColumns()
    diagnoses: DiagnosisColumns = DiagnosisColumns()

    def __post_init__(self) -> None:
        for part in (self.visits, self.patients, self.diagnoses):
            columns = WAREHOUSE_TABLES.get(part.table)
            if columns is None:
                raise ValueError(f"no table {part.table!r} in the warehouse contract")
            for role in fields(part):
                name = getattr(part, role.name)
                if role.name != "table" and name not in columns:
                    raise ValueError(f"{part.table} has no column {name!r} (role {role.name})")


WAREHOUSE = Warehouse()
