"""The warehouse schema as data: what SQL may reference, and how to describe it to a model.

The SQL guard validates column references against these tables and the LLM prompt is built
from the same description, so what a model is told it may use and what is accepted never
drift apart. ``tests/analytics/test_guard.py`` checks the generated warehouse against it.
"""

from typing import get_args

from medstream_shared.warehouse import WAREHOUSE_TABLES

from medstream_analytics.warehouse.places import CITIES
from medstream_analytics.warehouse.profiles import Department

_NOTES = (
    "patients.sex is 'M' or 'F'.",
    "visits.visit_type is 'outpatient', 'inpatient' or 'emergency'.",
    "visits.visit_date runs from 2021-01-01 to 2025-12-31.",
    "visits.cost_rub is the cost of the visit in roubles.",
    "visits.icd10_code joins diagnoses.icd10_code; visits.patient_id joins patients.patient_id.",
    "diagnoses.title_en / title_ru are the English / Russian names of a diagnosis; "
    "chapter is the ICD-10 chapter, e.g. 'X. Diseases of the respiratory system'.",
)


def describe_warehouse() -> str:
    """The schema with its value domains, as plain text for a model's prompt.

    City names are listed in both languages because questions name cities in Russian while
    the warehouse stores the English names.
    """
    lines = [
        f"{table}({', '.join(f'{name} {kind}' for name, kind in columns.items())})"
        for table, columns in WAREHOUSE_TABLES.items()
    ]
    cities = "; ".join(f"'{city.name_en}' ({city.name_ru})" for city in CITIES)
    departments = ", ".join(f"'{name}'" for name in get_args(Department))
    return "\n".join(
        [
            *lines,
            *_NOTES,
            f"city values (stored in English): {cities}.",
            "district values are stored in English transliteration, e.g. 'Nevsky'.",
            f"visits.department values: {departments}.",
        ]
    )
