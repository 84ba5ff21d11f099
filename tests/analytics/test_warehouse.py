"""The generated warehouse honours its schema contract and looks like real medical data."""

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest
from medstream_analytics.warehouse.cli import main
from medstream_analytics.warehouse.generate import generate
from medstream_analytics.warehouse.places import CITIES, SAINT_PETERSBURG

ROWS = 20_000
SEED = 42

CONTRACT = {
    "patients": [
        ("patient_id", "BIGINT"),
        ("sex", "VARCHAR"),
        ("birth_date", "DATE"),
        ("city", "VARCHAR"),
        ("district", "VARCHAR"),
    ],
    "visits": [
        ("visit_id", "BIGINT"),
        ("patient_id", "BIGINT"),
        ("visit_date", "DATE"),
        ("city", "VARCHAR"),
        ("district", "VARCHAR"),
        ("icd10_code", "VARCHAR"),
        ("department", "VARCHAR"),
        ("visit_type", "VARCHAR"),
        ("age_at_visit", "INTEGER"),
        ("cost_rub", "DECIMAL(12,2)"),
    ],
    "diagnoses": [
        ("icd10_code", "VARCHAR"),
        ("title_en", "VARCHAR"),
        ("title_ru", "VARCHAR"),
        ("chapter", "VARCHAR"),
    ],
}

FINGERPRINT = """
SELECT
    (SELECT count(*) FROM visits),
    (SELECT sum(cost_rub) FROM visits),
    (SELECT sum(hash(visit_id, patient_id, visit_date, city, district, icd10_code, department,
                     visit_type, age_at_visit, cost_rub)) FROM visits),
    (SELECT sum(hash(patient_id, sex, birth_date, city, district)) FROM patients)
"""


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("warehouse") / "warehouse.duckdb"
    generate(path, rows=ROWS, seed=SEED)
    return path


@pytest.fixture(scope="module")
def con(warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        yield connection


def one(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[Any, ...]:
    row = con.execute(sql).fetchone()
    assert row is not None
    return row


def scalar(con: duckdb.DuckDBPyConnection, sql: str) -> Any:
    return one(con, sql)[0]


def winter_and_summer_shares(
    con: duckdb.DuckDBPyConnection, first_code: str, end_code: str
) -> tuple[float, float]:
    """Shares of a code range's visits that fall in December–February and June–August."""
    winter, summer = con.execute(
        "SELECT avg((month(visit_date) IN (12, 1, 2))::INT), "
        "avg((month(visit_date) IN (6, 7, 8))::INT) "
        "FROM visits WHERE icd10_code >= ? AND icd10_code < ?",
        [first_code, end_code],
    ).fetchall()[0]
    return winter, summer


def fingerprint(path: Path) -> tuple[Any, ...]:
    with duckdb.connect(str(path), read_only=True) as connection:
        row = connection.execute(FINGERPRINT).fetchone()
    assert row is not None
    return row


def test_schema_is_exactly_the_contract(con: duckdb.DuckDBPyConnection) -> None:
    tables = con.execute(
        "SELECT table_name FROM information_schema.tables ORDER BY table_name"
    ).fetchall()
    assert sorted(name for (name,) in tables) == sorted([*CONTRACT, "names"])
    for table, columns in CONTRACT.items():
        actual = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? ORDER BY ordinal_position",
            [table],
        ).fetchall()
        assert actual == columns, table


def test_primary_keys_are_declared(con: duckdb.DuckDBPyConnection) -> None:
    keys = con.execute(
        "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
        "WHERE constraint_type = 'PRIMARY KEY' ORDER BY table_name"
    ).fetchall()
    assert keys == [
        ("diagnoses", ["icd10_code"]),
        ("patients", ["patient_id"]),
        ("visits", ["visit_id"]),
    ]


def test_row_counts_follow_the_request(con: duckdb.DuckDBPyConnection) -> None:
    assert scalar(con, "SELECT count(*) FROM visits") == ROWS
    assert scalar(con, "SELECT count(*) FROM patients") == ROWS // 4


def test_diagnoses_have_titles_in_both_languages_and_a_chapter(
    con: duckdb.DuckDBPyConnection,
) -> None:
    rows = con.execute("SELECT icd10_code, title_en, title_ru, chapter FROM diagnoses").fetchall()

    assert len(rows) >= 150
    for code, title_en, title_ru, chapter in rows:
        assert re.fullmatch(r"[A-Z]\d\d(\.\d)?", code), code
        assert title_en.strip(), code
        assert re.search("[А-Яа-я]", title_ru), code
        assert re.fullmatch(r"[IVX]+\. [A-Z].+", chapter), code
    chapters = dict((code, chapter) for code, _, _, chapter in rows)
    assert chapters["J18"] == "X. Diseases of the respiratory system"
    assert chapters["U07.1"] == "XXII. Codes for special purposes"


def test_every_visit_code_is_in_diagnoses(con: duckdb.DuckDBPyConnection) -> None:
    orphans = scalar(con, "SELECT count(*) FROM visits v ANTI JOIN diagnoses d USING (icd10_code)")
    assert orphans == 0


def test_places_are_real_city_district_pairs(con: duckdb.DuckDBPyConnection) -> None:
    valid = {(city.name_en, d.name_en) for city in CITIES for d in city.districts}
    for table in ("patients", "visits"):
        pairs = set(con.execute(f"SELECT DISTINCT city, district FROM {table}").fetchall())
        assert pairs <= valid, pairs - valid
    spb_rows = con.execute(
        "SELECT DISTINCT district FROM visits WHERE city = 'Saint Petersburg'"
    ).fetchall()
    spb = {district for (district,) in spb_rows}
    assert spb == {d.name_en for d in SAINT_PETERSBURG.districts}
    assert len(spb) == 18


def test_visits_happen_where_their_patient_lives(con: duckdb.DuckDBPyConnection) -> None:
    mismatched = scalar(
        con,
        "SELECT count(*) FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city <> p.city OR v.district <> p.district",
    )
    assert mismatched == 0
    assert scalar(con, "SELECT count(*) FROM visits ANTI JOIN patients USING (patient_id)") == 0


def test_visit_dates_cover_2021_to_2025(con: duckdb.DuckDBPyConnection) -> None:
    first, last = one(con, "SELECT min(visit_date), max(visit_date) FROM visits")
    assert date(2021, 1, 1) <= first < date(2021, 1, 15)
    assert date(2025, 12, 15) < last <= date(2025, 12, 31)


def test_age_at_visit_matches_birth_date(con: duckdb.DuckDBPyConnection) -> None:
    wrong = scalar(
        con,
        "SELECT count(*) FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.visit_date < p.birth_date "
        "OR v.age_at_visit <> date_sub('year', p.birth_date, v.visit_date)",
    )
    assert wrong == 0


def test_categorical_columns_hold_contract_values(con: duckdb.DuckDBPyConnection) -> None:
    sexes = {s for (s,) in con.execute("SELECT DISTINCT sex FROM patients").fetchall()}
    types = {t for (t,) in con.execute("SELECT DISTINCT visit_type FROM visits").fetchall()}
    assert sexes == {"M", "F"}
    assert types == {"outpatient", "inpatient", "emergency"}
    assert scalar(con, "SELECT count(*) FROM visits WHERE cost_rub <= 0") == 0


def test_pregnancy_codes_only_for_women_of_childbearing_age(
    con: duckdb.DuckDBPyConnection,
) -> None:
    sexes, youngest, oldest, count = one(
        con,
        "SELECT list(DISTINCT p.sex), min(age_at_visit), max(age_at_visit), count(*) "
        "FROM visits v JOIN patients p USING (patient_id) WHERE icd10_code LIKE 'O%'",
    )
    assert count > 0
    assert sexes == ["F"]
    assert 18 <= youngest <= oldest <= 45


def test_prostate_codes_only_for_men(con: duckdb.DuckDBPyConnection) -> None:
    sexes = con.execute(
        "SELECT DISTINCT p.sex FROM visits v JOIN patients p USING (patient_id) "
        "WHERE icd10_code IN ('N40', 'C61')"
    ).fetchall()
    assert sexes == [("M",)]


def test_respiratory_infections_peak_in_winter(con: duckdb.DuckDBPyConnection) -> None:
    winter, summer = winter_and_summer_shares(con, "J00", "J23")
    assert winter > 2 * summer


def test_intestinal_infections_peak_in_summer(con: duckdb.DuckDBPyConnection) -> None:
    winter, summer = winter_and_summer_shares(con, "A00", "A10")
    assert summer > 1.5 * winter


def test_same_seed_gives_identical_data(warehouse: Path, tmp_path: Path) -> None:
    again = generate(tmp_path / "again.duckdb", rows=ROWS, seed=SEED)
    other = generate(tmp_path / "other.duckdb", rows=ROWS, seed=SEED + 1)

    assert fingerprint(again.path) == fingerprint(warehouse)
    assert fingerprint(other.path) != fingerprint(warehouse)


def test_regeneration_replaces_the_file_without_leftovers(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "warehouse.duckdb"
    generate(path, rows=500, seed=1)
    stats = generate(path, rows=800, seed=2)

    assert (stats.visits, stats.patients) == (800, 200)
    assert [p.name for p in path.parent.iterdir()] == ["warehouse.duckdb"]
    with duckdb.connect(str(path), read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM visits").fetchone() == (800,)


def test_generate_rejects_non_positive_rows(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="rows"):
        generate(tmp_path / "w.duckdb", rows=0)


def test_cli_generates_a_warehouse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.duckdb"

    status = main(["dataset", "generate", "--rows", "300", "--seed", "3", "--out", str(out)])

    assert status == 0
    assert out.exists()
    assert "300 visits" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["dataset", "generate", "--rows", "0", "--out", "OUT"],
        ["dataset", "generate", "--rows", "-5", "--out", "OUT"],
        ["dataset", "generate", "--rows", "many", "--out", "OUT"],
        ["dataset", "generate", "--seed", "-1", "--out", "OUT"],
        ["dataset", "generate", "--rows", "10"],
        ["dataset"],
        [],
    ],
)
def test_cli_rejects_bad_arguments(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.duckdb"

    status = main([str(out) if arg == "OUT" else arg for arg in argv])

    assert status == 2
    assert "error:" in capsys.readouterr().err
    assert not out.exists()
