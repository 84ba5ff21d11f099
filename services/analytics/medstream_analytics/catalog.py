"""Reads a warehouse's catalog from its data: places, departments, dates and diagnoses.

What a question may name is whatever the visits hold, so an imported warehouse is understood
as well as the generated one. Names come from the warehouse's ``names`` table when it has a
row for a value (the generator's places, an import's ``--aliases`` file); otherwise they are
derived: a Cyrillic value gets a Latin name by transliteration, a department the medical
vocabulary knows gets its Russian name, and anything else is shown as stored (a Russian
question still finds a Latin-only place through the romanised lemma, see
``medstream_questions.text.romanized_stem``).

``version`` is a fingerprint of the contents, so replicas that read the same file agree on it
and any change to the data gives a new one.
"""

import hashlib
import json
from collections import defaultdict
from typing import Any

import duckdb
from medstream_questions.text import has_cyrillic, to_latin
from medstream_questions.vocabulary.care import DEPARTMENTS_BY_NAME
from medstream_shared.events.catalog import (
    Catalog,
    CityEntry,
    DepartmentEntry,
    DiagnosisEntry,
    DistrictEntry,
)
from medstream_shared.logging import get_logger

log = get_logger(__name__)

_PLACES = """
SELECT city, district, count(*) AS n FROM visits GROUP BY ALL ORDER BY n DESC, city, district
"""
_DEPARTMENTS = """
SELECT department, count(*) AS n FROM visits GROUP BY ALL ORDER BY n DESC, department
"""
_VISIT_TYPES = "SELECT DISTINCT visit_type FROM visits ORDER BY visit_type"
_DIAGNOSES = """
SELECT v.icd10_code, coalesce(d.title_en, v.icd10_code), coalesce(d.title_ru, v.icd10_code),
       coalesce(d.chapter, ''), count(*) AS n
FROM visits v LEFT JOIN diagnoses d USING (icd10_code)
GROUP BY ALL ORDER BY n DESC, v.icd10_code
"""
_FINGERPRINT = """
SELECT count(*), coalesce(sum(visit_id), 0), min(visit_date), max(visit_date),
       coalesce(sum(cost_rub), 0), coalesce(sum(age_at_visit), 0),
       (SELECT count(*) FROM patients), (SELECT count(*) FROM diagnoses)
FROM visits
"""
_NAMES = "SELECT kind, value, city, name_en, name_ru, aliases, unit FROM names ORDER BY ALL"


class EmptyWarehouse(ValueError):
    """A warehouse with no visits has nothing to ask about."""


def read_catalog(connection: duckdb.DuckDBPyConnection) -> Catalog:
    fingerprint = connection.execute(_FINGERPRINT).fetchone()
    assert fingerprint is not None
    visits, _, first, last, *_ = fingerprint
    if not visits:
        raise EmptyWarehouse("the warehouse has no visits")
    names = _names(connection)
    diagnoses = tuple(
        DiagnosisEntry(code=code, title_en=en, title_ru=ru, chapter=chapter, visits=n)
        for code, en, ru, chapter, n in connection.execute(_DIAGNOSES).fetchall()
    )
    return Catalog(
        version=_version(fingerprint, names),
        first_date=first,
        last_date=last,
        visits=visits,
        patients=fingerprint[6],
        cities=_cities(connection.execute(_PLACES).fetchall(), names),
        departments=tuple(
            _department(value, n, names.get(("department", value, None)))
            for value, n in connection.execute(_DEPARTMENTS).fetchall()
        ),
        visit_types=tuple(row[0] for row in connection.execute(_VISIT_TYPES).fetchall()),
        diagnoses=diagnoses,
    )


_NameKey = tuple[str, str, str | None]


def _names(connection: duckdb.DuckDBPyConnection) -> dict[_NameKey, dict[str, Any]]:
    """The ``names`` rows by (kind, value, city); a warehouse written before it had none."""
    try:
        rows = connection.execute(_NAMES).fetchall()
    except duckdb.CatalogException:
        log.warning(
            "the warehouse has no names table (it predates it): names are derived from the "
            "stored values; generate or import it again to have them"
        )
        return {}
    return {
        (kind, value, city): {"name_en": en, "name_ru": ru, "aliases": aliases or [], "unit": unit}
        for kind, value, city, en, ru, aliases, unit in rows
    }


def _cities(
    rows: list[tuple[str, str, int]], names: dict[_NameKey, dict[str, Any]]
) -> tuple[CityEntry, ...]:
    districts: dict[str, list[DistrictEntry]] = defaultdict(list)
    for city, district, visits in rows:
        given = names.get(("district", district, city), {})
        districts[city].append(
            DistrictEntry(
                **_named(district, given), unit=given.get("unit") or "district", visits=visits
            )
        )
    cities = [
        CityEntry(
            **_named(city, names.get(("city", city, None), {})),
            districts=tuple(found),
            visits=sum(d.visits for d in found),
        )
        for city, found in districts.items()
    ]
    return tuple(sorted(cities, key=lambda city: (-city.visits, city.value)))


def _department(value: str, visits: int, given: dict[str, Any] | None) -> DepartmentEntry:
    known = DEPARTMENTS_BY_NAME.get(value)
    if given is None and known is not None:
        return DepartmentEntry(value=value, name_en=value, name_ru=known.name_ru, visits=visits)
    return DepartmentEntry(**_named(value, given or {}), visits=visits)


def _named(value: str, given: dict[str, Any]) -> dict[str, Any]:
    """``value`` with its names: those given, else derived from the value itself."""
    cyrillic = value if has_cyrillic(value) else None
    latin = to_latin(value) if cyrillic else value
    return {
        "value": value,
        "name_en": given.get("name_en") or latin,
        "name_ru": given.get("name_ru") or cyrillic or value,
        "aliases": tuple(given.get("aliases") or ()),
    }


def _version(fingerprint: tuple[Any, ...], names: dict[_NameKey, dict[str, Any]]) -> str:
    payload = json.dumps([fingerprint, sorted(map(repr, names.items()))], default=str)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]
