"""The warehouse schema as data: what SQL may reference, and how to describe it to a model.

The SQL guard validates column references against these tables and the LLM prompt is built
from the same description and from the catalog read from the data, so what a model is told
it may use and what is accepted never drift apart, whichever warehouse is served.
``tests/analytics/test_guard.py`` checks the generated warehouse against it.
"""

from medstream_shared.events.catalog import Catalog
from medstream_shared.warehouse import WAREHOUSE_TABLES

_NOTES = (
    "patients.sex is 'M' or 'F'.",
    "visits.cost_rub is the cost of the visit in roubles.",
    "visits.icd10_code joins diagnoses.icd10_code; visits.patient_id joins patients.patient_id.",
    "diagnoses.title_en / title_ru are the English / Russian names of a diagnosis; "
    "chapter is the ICD-10 chapter, e.g. 'X. Diseases of the respiratory system'.",
)
_LISTED = 60
"""Places listed by name in the prompt; a larger catalog is cut (the model sees the rest
through SQL)."""


def describe_warehouse(catalog: Catalog) -> str:
    """The schema with the catalog's value domains, as plain text for a model's prompt.

    Places are listed with their Russian names because questions name them in Russian while
    the warehouse stores its own spelling.
    """
    lines = [
        f"{table}({', '.join(f'{name} {kind}' for name, kind in columns.items())})"
        for table, columns in WAREHOUSE_TABLES.items()
    ]
    cities = "; ".join(f"'{city.value}' ({city.name_ru})" for city in catalog.cities[:_LISTED])
    districts = "; ".join(
        f"'{d.value}' ({d.name_ru}, {city.value})"
        for city in catalog.cities
        for d in city.districts
    )
    departments = ", ".join(f"'{d.value}'" for d in catalog.departments[:_LISTED])
    visit_types = ", ".join(f"'{name}'" for name in catalog.visit_types)
    return "\n".join(
        [
            *lines,
            *_NOTES,
            f"visits.visit_type values: {visit_types}.",
            f"visits.visit_date runs from {catalog.first_date} to {catalog.last_date}.",
            f"city values: {cities}.",
            f"district values: {districts[:4000]}.",
            f"visits.department values: {departments}.",
        ]
    )
