"""Writes the generated rows into the DuckDB warehouse file, atomically.

The schema is a public contract: the analytics service writes SQL against it.

    patients(patient_id BIGINT PRIMARY KEY, sex VARCHAR, birth_date DATE, city VARCHAR,
             district VARCHAR)
    visits(visit_id BIGINT PRIMARY KEY, patient_id BIGINT, visit_date DATE, city VARCHAR,
           district VARCHAR, icd10_code VARCHAR, department VARCHAR, visit_type VARCHAR,
           age_at_visit INTEGER, cost_rub DECIMAL(12,2))
    diagnoses(icd10_code VARCHAR PRIMARY KEY, title_en VARCHAR, title_ru VARCHAR,
              chapter VARCHAR)

Categorical values travel to DuckDB as small integer codes and are resolved by joins
against lookup tables, which is much faster than moving a million Python strings. pandas
and pyarrow are not dependencies: DuckDB scans a registered ``dict`` of numpy arrays
directly.
"""

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np

from medstream_analytics.warehouse.diagnoses import DIAGNOSES
from medstream_analytics.warehouse.places import CITIES
from medstream_analytics.warehouse.profiles import DEPARTMENTS
from medstream_analytics.warehouse.sampling import BoolArray, FloatArray, IntArray
from medstream_analytics.warehouse.schema import INSERT_NAMES, TABLES

VISIT_TYPES = ("outpatient", "inpatient", "emergency")


@dataclass(frozen=True, slots=True)
class PatientRows:
    district: IntArray
    female: BoolArray
    birth_day: IntArray
    propensity: FloatArray


@dataclass(frozen=True, slots=True)
class VisitRows:
    patient: IntArray
    day: IntArray
    age: IntArray
    code: IntArray
    department: IntArray
    visit_type: IntArray
    cost_kopecks: IntArray


_INSERT_DIAGNOSES = """
INSERT INTO diagnoses
SELECT code::VARCHAR, title_en::VARCHAR, title_ru::VARCHAR, chapter::VARCHAR
FROM diagnosis_source ORDER BY code
"""

_INSERT_PATIENTS = """
INSERT INTO patients
SELECT p.patient_id, CASE WHEN p.female THEN 'F' ELSE 'M' END, DATE '1970-01-01' + p.birth_day,
       d.city::VARCHAR, d.district::VARCHAR
FROM patient_source p JOIN district_lookup d USING (district_index)
ORDER BY p.patient_id
"""

_INSERT_VISITS = """
INSERT INTO visits
SELECT v.visit_id, v.patient_id, DATE '1970-01-01' + v.day, d.city::VARCHAR, d.district::VARCHAR,
       c.name::VARCHAR, dep.name::VARCHAR, t.name::VARCHAR, v.age::INTEGER,
       (v.cost_kopecks::DECIMAL(18, 0) * 0.01)::DECIMAL(12, 2)
FROM visit_source v
JOIN district_lookup d USING (district_index)
JOIN code_lookup c USING (code_index)
JOIN department_lookup dep USING (department_index)
JOIN visit_type_lookup t USING (visit_type_index)
ORDER BY v.visit_id
"""


def write_atomically(path: Path, patients: PatientRows, visits: VisitRows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    _remove_database(staging)
    try:
        with duckdb.connect(str(staging)) as con:
            _register_sources(con, patients, visits)
            con.execute(TABLES)
            con.execute(_INSERT_DIAGNOSES)
            con.execute(_INSERT_PATIENTS)
            con.execute(_INSERT_VISITS)
            con.executemany(INSERT_NAMES, list(_place_names()))
            con.execute("CHECKPOINT")
        os.replace(staging, path)
    finally:
        _remove_database(staging)


def _place_names() -> Iterator[tuple[str, str, str | None, str, str, list[str], str | None]]:
    """Rows of the ``names`` table: what people call the generated cities and districts."""
    for city in CITIES:
        yield "city", city.name_en, None, city.name_en, city.name_ru, list(city.aliases), None
        for d in city.districts:
            yield "district", d.name_en, city.name_en, d.name_en, d.name_ru, list(d.aliases), d.unit


def _remove_database(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".wal")):
        leftover.unlink(missing_ok=True)


def _register_sources(
    con: duckdb.DuckDBPyConnection, patients: PatientRows, visits: VisitRows
) -> None:
    districts = [(city, district) for city in CITIES for district in city.districts]
    con.register(
        "district_lookup",
        {
            "district_index": np.arange(len(districts)),
            "city": np.array([city.name_en for city, _ in districts]),
            "district": np.array([district.name_en for _, district in districts]),
        },
    )
    con.register(
        "diagnosis_source",
        {
            "code": np.array([d.code for d in DIAGNOSES]),
            "title_en": np.array([d.title_en for d in DIAGNOSES]),
            "title_ru": np.array([d.title_ru for d in DIAGNOSES]),
            "chapter": np.array([d.chapter for d in DIAGNOSES]),
        },
    )
    _register_lookup(con, "code", [d.code for d in DIAGNOSES])
    _register_lookup(con, "department", DEPARTMENTS)
    _register_lookup(con, "visit_type", VISIT_TYPES)
    con.register(
        "patient_source",
        {
            "patient_id": np.arange(1, patients.district.size + 1),
            "district_index": patients.district,
            "female": patients.female,
            "birth_day": patients.birth_day.astype(np.int32),
        },
    )
    con.register(
        "visit_source",
        {
            "visit_id": np.arange(1, visits.day.size + 1),
            "patient_id": visits.patient + 1,
            "day": visits.day.astype(np.int32),
            "district_index": patients.district[visits.patient],
            "code_index": visits.code,
            "department_index": visits.department,
            "visit_type_index": visits.visit_type,
            "age": visits.age.astype(np.int32),
            "cost_kopecks": visits.cost_kopecks,
        },
    )


def _register_lookup(con: duckdb.DuckDBPyConnection, key: str, names: Sequence[str]) -> None:
    """Expose ``{key}_lookup({key}_index, name)`` to resolve an integer code to its name."""
    con.register(f"{key}_lookup", {f"{key}_index": np.arange(len(names)), "name": np.array(names)})
