"""``dataset import``: a hospital's own CSV/Parquet files become the warehouse, or nothing does."""

import csv
import hashlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb
import pytest
from medstream_analytics.warehouse.cli import main
from medstream_analytics.warehouse.generate import generate
from medstream_analytics.warehouse.importing import (
    VISIT_COLUMNS,
    ImportProblem,
    import_warehouse,
)
from medstream_questions.vocabulary.diagnoses import DIAGNOSES_BY_CODE

VISITS_HEADER = [column.name for column in VISIT_COLUMNS]
PATIENTS_HEADER = ["patient_id", "sex", "birth_date", "city", "district"]
RESPIRATORY = "X. Diseases of the respiratory system"

PATIENTS = [
    ["1", "f", "1980-04-02", "Москва", "Арбат"],
    ["2", "M", "1975-11-30", "Moscow", "Tverskoy"],
    ["3", " m ", "2015-06-01", "Moscow", "Tverskoy"],
]
VISITS = [
    ["1", "1", "2024-01-05", "Москва", "Арбат", " j10.1 ", "therapy", "Outpatient", "43", "1200.5"],
    ["2", "2", "2024-02-10", "Moscow", "Tverskoy", "J101", "therapy", "INPATIENT", "48", "35000"],
    ["3", "3", "2024-03-15", "Moscow", "Tverskoy", "j06", "pediatrics", "emergency", "8", "0"],
    ["4", "1", "2024-03-16", "Москва", "Арбат", "I10", "cardiology", "outpatient", "43", "990.9"],
    ["5", "2", "2024-03-17", "Moscow", "Tverskoy", "J99.8", "therapy", "outpatient", "48", "10"],
]
"""Visit ``n`` is at CSV line ``n + 1``; values need trimming and normalising."""

ALIASES_YAML = """
- kind: city
  value: Москва
  name_en: Moscow
  aliases: [Мск, msk]
- kind: district
  value: Арбат
  city: Москва
  name_ru: Арбат
  unit: district
- kind: department
  value: therapy
  name_en: ""
  name_ru: терапия
"""
ALIASES_CSV = """kind,value,city,name_en,name_ru,aliases,unit
city,Москва,,Moscow,,Мск|msk,
district,Арбат,Москва,,Арбат,,district
department,therapy,,,терапия,,
"""
EXPECTED_NAMES = [
    ("city", "Москва", None, "Moscow", None, ["Мск", "msk"], None),
    ("department", "therapy", None, None, "терапия", [], None),
    ("district", "Арбат", "Москва", None, "Арбат", [], "district"),
]


# --- helpers --------------------------------------------------------------------------------


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def to_parquet(source: Path, target: Path, *, typed: bool = True) -> Path:
    """The CSV as Parquet, with sniffed column types (dates as DATE, costs as DOUBLE)."""
    options = "" if typed else ", all_varchar = true"
    with duckdb.connect() as con:
        con.execute(
            f"COPY (SELECT * FROM read_csv('{source}'{options})) TO '{target}' "
            "(FORMAT parquet, ROW_GROUP_SIZE 2048)"
        )
    return target


def with_value(
    rows: Sequence[Sequence[str]], header: Sequence[str], index: int, column: str, value: str
) -> list[list[str]]:
    changed = [list(row) for row in rows]
    changed[index][header.index(column)] = value
    return changed


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    return {
        "visits": write_csv(tmp_path / "visits.csv", VISITS_HEADER, VISITS),
        "patients": write_csv(tmp_path / "patients.csv", PATIENTS_HEADER, PATIENTS),
    }


def run(
    capsys: pytest.CaptureFixture[str], visits: Path, patients: Path, out: Path, *extra: str
) -> tuple[int, str, str]:
    status = main(
        [
            "dataset",
            "import",
            "--visits",
            str(visits),
            "--patients",
            str(patients),
            "--out",
            str(out),
            *extra,
        ]
    )
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_fails_with(
    capsys: pytest.CaptureFixture[str],
    visits: Path,
    patients: Path,
    out: Path,
    message: str,
    *extra: str,
) -> None:
    status, stdout, stderr = run(capsys, visits, patients, out, *extra)
    assert (status, stdout, stderr) == (1, "", f"error: {message}\n")
    assert not out.exists()
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".")] == []


# --- good imports ---------------------------------------------------------------------------


def test_csv_import_stores_normalised_values(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "warehouse.duckdb"

    status, stdout, stderr = run(capsys, files["visits"], files["patients"], out)

    assert (status, stderr) == (0, "")
    assert stdout.startswith(f"imported 5 visits, 3 patients, 4 diagnoses into {out} in ")
    assert stdout.endswith(" s\n")
    assert rows(out, "SELECT table_name FROM duckdb_tables() ORDER BY 1") == [
        ("diagnoses",),
        ("names",),
        ("patients",),
        ("visits",),
    ]
    assert rows(out, "SELECT count(*) FROM duckdb_views() WHERE NOT internal") == [(0,)]
    assert rows(out, "SELECT patient_id, sex, birth_date::VARCHAR FROM patients ORDER BY 1") == [
        (1, "F", "1980-04-02"),
        (2, "M", "1975-11-30"),
        (3, "M", "2015-06-01"),
    ]
    assert rows(
        out,
        "SELECT visit_id, icd10_code, visit_type, age_at_visit, cost_rub::VARCHAR, city "
        "FROM visits ORDER BY 1",
    ) == [
        (1, "J10.1", "outpatient", 43, "1200.50", "Москва"),
        (2, "J10.1", "inpatient", 48, "35000.00", "Moscow"),
        (3, "J06", "emergency", 8, "0.00", "Moscow"),
        (4, "I10", "outpatient", 43, "990.90", "Москва"),
        (5, "J99.8", "outpatient", 48, "10.00", "Moscow"),
    ]
    assert rows(out, "SELECT count(*) FROM names") == [(0,)]


def test_diagnoses_come_from_the_project_table(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "warehouse.duckdb"
    run(capsys, files["visits"], files["patients"], out)

    found = {code: rest for code, *rest in rows(out, "SELECT * FROM diagnoses")}

    j06, i10, j10 = DIAGNOSES_BY_CODE["J06"], DIAGNOSES_BY_CODE["I10"], DIAGNOSES_BY_CODE["J10"]
    assert found == {
        "J06": [j06.title_en, j06.title_ru, RESPIRATORY],
        "I10": [i10.title_en, i10.title_ru, "IX. Diseases of the circulatory system"],
        "J10.1": [f"{j10.title_en} (J10.1)", f"{j10.title_ru} (J10.1)", RESPIRATORY],
        "J99.8": ["J99.8", "J99.8", RESPIRATORY],
    }


def test_diagnoses_file_gives_titles_and_the_project_fills_gaps(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diagnoses = write_csv(
        tmp_path / "diagnoses.csv",
        ["chapter", "icd10_code", "title_ru", "title_en", "source"],
        [
            ["Respiratory", " j101", "Грипп A", "Influenza A", "hospital"],
            ["", "J06", "ОРВИ", "", "hospital"],
            ["Other", "Z99", "Прочее", "Other", "hospital"],
        ],
    )
    out = tmp_path / "warehouse.duckdb"

    status, stdout, _ = run(
        capsys, files["visits"], files["patients"], out, "--diagnoses", str(diagnoses)
    )

    assert status == 0
    assert "5 diagnoses" in stdout
    j06 = DIAGNOSES_BY_CODE["J06"]
    assert rows(out, "SELECT * FROM diagnoses ORDER BY 1") == [
        (
            "I10",
            DIAGNOSES_BY_CODE["I10"].title_en,
            DIAGNOSES_BY_CODE["I10"].title_ru,
            "IX. Diseases of the circulatory system",
        ),
        ("J06", j06.title_en, "ОРВИ", RESPIRATORY),
        ("J10.1", "Influenza A", "Грипп A", "Respiratory"),
        ("J99.8", "J99.8", "J99.8", RESPIRATORY),
        ("Z99", "Other", "Прочее", "Other"),
    ]


def test_parquet_import_stores_the_same_as_csv(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from_csv, from_parquet = tmp_path / "csv.duckdb", tmp_path / "parquet.duckdb"
    visits = to_parquet(files["visits"], tmp_path / "visits.parquet")
    patients = to_parquet(files["patients"], tmp_path / "patients.parquet", typed=False)

    assert run(capsys, files["visits"], files["patients"], from_csv)[0] == 0
    status, stdout, _ = run(capsys, visits, patients, from_parquet)

    assert status == 0
    assert "imported 5 visits, 3 patients, 4 diagnoses" in stdout
    for table in ("visits", "patients", "diagnoses"):
        query = f"SELECT * FROM {table} ORDER BY ALL"
        assert rows(from_parquet, query) == rows(from_csv, query), table


def test_semicolon_csv_with_bom_and_odd_header_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visits = tmp_path / "visits.csv"
    visits.write_text(
        "\ufeff"
        + ";".join(name.upper() for name in VISITS_HEADER)
        + "\n"
        + "\n".join(";".join(row) for row in VISITS)
        + "\n",
        encoding="utf-8",
    )
    patients = write_csv(tmp_path / "patients.csv", PATIENTS_HEADER, PATIENTS)

    status, _, stderr = run(capsys, visits, patients, tmp_path / "w.duckdb")

    assert (status, stderr) == (0, "")


@pytest.mark.parametrize(
    ("name", "content"), [("aliases.yaml", ALIASES_YAML), ("aliases.csv", ALIASES_CSV)]
)
def test_aliases_fill_the_names_table(
    name: str,
    content: str,
    files: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    aliases = tmp_path / name
    aliases.write_text(content, encoding="utf-8")
    out = tmp_path / "warehouse.duckdb"

    status, _, stderr = run(
        capsys, files["visits"], files["patients"], out, "--aliases", str(aliases)
    )

    assert (status, stderr) == (0, "")
    assert rows(out, "SELECT * FROM names ORDER BY kind") == EXPECTED_NAMES


def test_reimport_replaces_the_warehouse(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "warehouse.duckdb"
    run(capsys, files["visits"], files["patients"], out)
    fewer = write_csv(tmp_path / "fewer.csv", VISITS_HEADER, VISITS[:2])

    status, stdout, _ = run(capsys, fewer, files["patients"], out)

    assert status == 0
    assert "imported 2 visits" in stdout
    assert rows(out, "SELECT count(*) FROM visits") == [(2,)]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".duckdb") == [
        "warehouse.duckdb"
    ]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# --- bad input ------------------------------------------------------------------------------

VISIT_CASES = [
    ("visit_date", "2024-13-01", "'2024-13-01' is not a date (expected YYYY-MM-DD)"),
    ("visit_date", "05.01.2024", "'05.01.2024' is not a date (expected YYYY-MM-DD)"),
    ("visit_id", "12a", "'12a' is not a whole number"),
    ("visit_id", "0x10", "'0x10' is not a whole number"),
    ("patient_id", "two", "'two' is not a whole number"),
    ("age_at_visit", "forty", "'forty' is not a whole number"),
    ("age_at_visit", "4.5", "'4.5' is not a whole number"),
    ("age_at_visit", "131", "'131' is outside 0..130"),
    ("age_at_visit", "-1", "'-1' is outside 0..130"),
    ("cost_rub", "-0.01", "'-0.01' is negative"),
    ("cost_rub", "1 200,50", "'1 200,50' is not a number"),
    ("cost_rub", "1e3", "'1e3' is not a number"),
    ("cost_rub", "99999999999", "'99999999999' is too large (at most 9999999999.99)"),
    (
        "visit_type",
        "walk-in",
        "'walk-in' is not a visit type (expected outpatient, inpatient or emergency)",
    ),
    ("city", "", "value is empty"),
    ("district", "   ", "value is empty"),
    ("department", "", "value is empty"),
    ("icd10_code", "", "value is empty"),
    (
        "icd10_code",
        "J1",
        "'J1' is not an ICD-10 code (expected a letter, two digits and an optional subcode, "
        "like J10.1)",
    ),
    (
        "icd10_code",
        "J10.12345",
        "'J10.12345' is not an ICD-10 code (expected a letter, two digits and an optional "
        "subcode, like J10.1)",
    ),
    (
        "icd10_code",
        "J10.",
        "'J10.' is not an ICD-10 code (expected a letter, two digits and an optional subcode, "
        "like J10.1)",
    ),
    ("visit_id", "2", "'2' is a duplicate visit_id (first at line 3)"),
    ("visit_id", "002", "'002' is a duplicate visit_id (first at line 3)"),
]


@pytest.mark.parametrize(("column", "value", "problem"), VISIT_CASES)
def test_bad_visit_value_names_file_line_column_and_value(
    column: str,
    value: str,
    problem: str,
    files: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    visits = write_csv(
        tmp_path / "bad.csv", VISITS_HEADER, with_value(VISITS, VISITS_HEADER, 3, column, value)
    )

    assert_fails_with(
        capsys,
        visits,
        files["patients"],
        tmp_path / "out.duckdb",
        f"{visits} line 5, column {column}: {problem}",
    )


PATIENT_CASES = [
    ("sex", "X", "'X' is not a sex (expected M or F)"),
    ("sex", "", "value is empty"),
    ("birth_date", "1980-02-30", "'1980-02-30' is not a date (expected YYYY-MM-DD)"),
    ("patient_id", "1.5", "'1.5' is not a whole number"),
    ("patient_id", "1", "'1' is a duplicate patient_id (first at line 2)"),
    ("city", "", "value is empty"),
    ("district", "", "value is empty"),
]


@pytest.mark.parametrize(("column", "value", "problem"), PATIENT_CASES)
def test_bad_patient_value_names_file_line_column_and_value(
    column: str,
    value: str,
    problem: str,
    files: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    unused = ["4", "F", "1990-01-01", "Moscow", "Tverskoy"]  # no visit refers to it
    patients = write_csv(
        tmp_path / "bad.csv",
        PATIENTS_HEADER,
        with_value([*PATIENTS, unused], PATIENTS_HEADER, 3, column, value),
    )

    assert_fails_with(
        capsys,
        files["visits"],
        patients,
        tmp_path / "out.duckdb",
        f"{patients} line 5, column {column}: {problem}",
    )


def test_visit_of_an_unknown_patient(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visits = write_csv(
        tmp_path / "bad.csv", VISITS_HEADER, with_value(VISITS, VISITS_HEADER, 1, "patient_id", "9")
    )

    assert_fails_with(
        capsys,
        visits,
        files["patients"],
        tmp_path / "out.duckdb",
        f"{visits} line 3, column patient_id: '9' is not a patient in {files['patients']}",
    )


def test_missing_column_in_csv(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visits = write_csv(tmp_path / "bad.csv", VISITS_HEADER[:-1], [row[:-1] for row in VISITS])

    assert_fails_with(
        capsys,
        visits,
        files["patients"],
        tmp_path / "out.duckdb",
        f"{visits} line 1, column cost_rub: the column is missing (the file has: "
        + ", ".join(VISITS_HEADER[:-1])
        + ")",
    )


def test_missing_column_in_parquet(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    short = write_csv(
        tmp_path / "short.csv",
        PATIENTS_HEADER[:1] + PATIENTS_HEADER[2:],
        [row[:1] + row[2:] for row in PATIENTS],
    )
    patients = to_parquet(short, tmp_path / "patients.parquet")

    assert_fails_with(
        capsys,
        files["visits"],
        patients,
        tmp_path / "out.duckdb",
        f"{patients}, column sex: the column is missing "
        "(the file has: patient_id, birth_date, city, district)",
    )


def test_bad_value_in_parquet_is_located_by_row(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write_csv(
        tmp_path / "bad.csv",
        VISITS_HEADER,
        with_value(VISITS, VISITS_HEADER, 3, "visit_date", "2024-02-30"),
    )
    visits = to_parquet(bad, tmp_path / "visits.parquet", typed=False)

    assert_fails_with(
        capsys,
        visits,
        files["patients"],
        tmp_path / "out.duckdb",
        f"{visits} row 4, column visit_date: '2024-02-30' is not a date (expected YYYY-MM-DD)",
    )


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("visits.txt", "has an unsupported type '.txt'; expected .csv or .parquet"),
        ("absent.csv", "does not exist"),
    ],
)
def test_unusable_file(
    name: str,
    problem: str,
    files: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    visits = tmp_path / name
    if name.endswith(".txt"):
        visits.write_text("visit_id\n1\n")

    assert_fails_with(
        capsys, visits, files["patients"], tmp_path / "out.duckdb", f"{visits}: {problem}"
    )


def test_malformed_csv_row(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visits = tmp_path / "bad.csv"
    lines = files["visits"].read_text().splitlines()
    lines[2] += ",extra"
    visits.write_text("\n".join(lines) + "\n")

    assert_fails_with(
        capsys,
        visits,
        files["patients"],
        tmp_path / "out.duckdb",
        f"{visits} line 3: is not a valid CSV row: Expected Number of Columns: 10 Found: 11",
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", ": has no header line (the first line is empty)"),
        (
            ",".join(VISITS_HEADER).encode("cp1251")
            + b"\n"
            + "\n".join(",".join(row) for row in VISITS).encode("cp1251"),
            " line 2: is not a valid CSV row: Invalid unicode (byte sequence mismatch) "
            "detected. This file is not utf-8 encoded.",
        ),
        (
            ",".join([*VISITS_HEADER, "City"]).encode() + b"\n",
            " line 1, column city: the column appears more than once",
        ),
    ],
)
def test_unreadable_csv(
    content: bytes,
    problem: str,
    files: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    visits = tmp_path / "odd.csv"
    visits.write_bytes(content)

    assert_fails_with(
        capsys, visits, files["patients"], tmp_path / "out.duckdb", f"{visits}{problem}"
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (
            "- kind: town\n  value: Москва\n",
            "entry 1, column kind: 'town' is not one of city, district, department",
        ),
        ("- kind: city\n  value: Москва\n- kind: city\n", "entry 2, column value: value is empty"),
        (
            "- kind: district\n  value: Арбат\n",
            "entry 1, column city: value is empty (a district needs the city it is in)",
        ),
        (
            "- kind: city\n  value: Москва\n  unit: okrug\n",
            "entry 1, column unit: 'okrug' is only for districts, not for a city",
        ),
        (
            "- kind: city\n  value: Москва\n  alias: [Мск]\n",
            "entry 1, column alias: is not a known key "
            "(expected kind, value, city, name_en, name_ru, aliases, unit)",
        ),
        (
            "- kind: city\n  value: Москва\n- kind: city\n  value: ' Москва'\n",
            "entry 2, column value: 'Москва' is given twice for the same kind and city "
            "(also entry 1)",
        ),
        ("kind: city\n", ": must be a list of entries (mappings with kind, value)"),
        (
            "- [unclosed\n",
            ": is not valid YAML at line 2: expected ',' or ']', but got '<stream end>'",
        ),
    ],
)
def test_bad_yaml_aliases(
    content: str,
    problem: str,
    files: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(content, encoding="utf-8")

    sep = "" if problem.startswith(":") else " "
    assert_fails_with(
        capsys,
        files["visits"],
        files["patients"],
        tmp_path / "out.duckdb",
        f"{aliases}{sep}{problem}",
        "--aliases",
        str(aliases),
    )


def test_bad_csv_aliases(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("kind,value,city\ncity,Москва,\ntown,Казань,\n", encoding="utf-8")

    assert_fails_with(
        capsys,
        files["visits"],
        files["patients"],
        tmp_path / "out.duckdb",
        f"{aliases} line 3, column kind: 'town' is not one of city, district, department",
        "--aliases",
        str(aliases),
    )


# --- atomicity and reports ------------------------------------------------------------------


def test_failed_import_leaves_the_warehouse_byte_for_byte(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "warehouse.duckdb"
    assert run(capsys, files["visits"], files["patients"], out)[0] == 0
    before = digest(out)
    bad = write_csv(
        tmp_path / "bad.csv", VISITS_HEADER, with_value(VISITS, VISITS_HEADER, 4, "cost_rub", "-1")
    )

    status, _, stderr = run(capsys, bad, files["patients"], out)

    assert status == 1
    assert stderr == f"error: {bad} line 6, column cost_rub: '-1' is negative\n"
    assert digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bad.csv",
        "patients.csv",
        "visits.csv",
        "warehouse.duckdb",
    ]


def test_report_lists_every_problem(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = with_value(VISITS, VISITS_HEADER, 0, "visit_date", "2024-13-01")
    changed = with_value(changed, VISITS_HEADER, 0, "cost_rub", "-5")
    changed = with_value(changed, VISITS_HEADER, 2, "visit_type", "walk-in")
    changed = with_value(changed, VISITS_HEADER, 4, "visit_id", "1")
    visits = write_csv(tmp_path / "bad.csv", VISITS_HEADER, changed)
    patients = write_csv(
        tmp_path / "bad_patients.csv",
        PATIENTS_HEADER,
        with_value(PATIENTS, PATIENTS_HEADER, 1, "sex", "?"),
    )
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("- kind: town\n  value: X\n", encoding="utf-8")
    report, out = tmp_path / "report.csv", tmp_path / "out.duckdb"

    status, stdout, stderr = run(
        capsys, visits, patients, out, "--aliases", str(aliases), "--report", str(report)
    )

    assert (status, stdout) == (1, "")
    assert stderr == f"error: 6 problems found; listed in {report}\n"
    with report.open(encoding="utf-8", newline="") as handle:
        listed = list(csv.reader(handle))
    assert listed == [
        ["file", "line", "column", "value", "problem"],
        [str(visits), "2", "visit_date", "2024-13-01", "is not a date (expected YYYY-MM-DD)"],
        [str(visits), "2", "cost_rub", "-5", "is negative"],
        [
            str(visits),
            "4",
            "visit_type",
            "walk-in",
            "is not a visit type (expected outpatient, inpatient or emergency)",
        ],
        [str(visits), "6", "visit_id", "1", "is a duplicate visit_id (first at line 2)"],
        [str(patients), "3", "sex", "?", "is not a sex (expected M or F)"],
        [str(aliases), "1", "kind", "town", "is not one of city, district, department"],
    ]
    assert not out.exists()


def test_report_of_a_clean_import_is_empty(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.csv"

    status, stdout, _ = run(
        capsys, files["visits"], files["patients"], tmp_path / "w.duckdb", "--report", str(report)
    )

    assert status == 0
    assert stdout.startswith("imported 5 visits")
    assert report.read_text() == "file,line,column,value,problem\n"


def test_report_continues_past_a_missing_column(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visits = write_csv(tmp_path / "bad.csv", VISITS_HEADER[1:], [row[1:] for row in VISITS])
    patients = write_csv(
        tmp_path / "p.csv", PATIENTS_HEADER, with_value(PATIENTS, PATIENTS_HEADER, 0, "sex", "")
    )
    report = tmp_path / "report.csv"

    status, _, stderr = run(
        capsys, visits, patients, tmp_path / "w.duckdb", "--report", str(report)
    )

    assert status == 1
    assert stderr == f"error: 2 problems found; listed in {report}\n"
    assert [row[:3] for row in csv.reader(report.open(encoding="utf-8"))][1:] == [
        [str(visits), "1", "visit_id"],
        [str(patients), "2", "sex"],
    ]


# --- line numbers ---------------------------------------------------------------------------


def big_visits(count: int) -> list[list[str]]:
    return [
        [
            str(n),
            str(1 + n % 3),
            "2024-01-05",
            "Moscow",
            "Tverskoy",
            "J06",
            "therapy",
            "outpatient",
            "30",
            "100",
        ]
        for n in range(1, count + 1)
    ]


def test_line_of_a_bad_row_deep_in_the_file(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visits = write_csv(
        tmp_path / "big.csv",
        VISITS_HEADER,
        with_value(big_visits(6000), VISITS_HEADER, 4999, "visit_date", "2024-01-32"),
    )

    assert_fails_with(
        capsys,
        visits,
        files["patients"],
        tmp_path / "out.duckdb",
        f"{visits} line 5001, column visit_date: '2024-01-32' is not a date (expected YYYY-MM-DD)",
    )


def test_lines_count_quoted_newlines_and_blank_lines(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = [*VISITS_HEADER, "comment"]
    good = [[*row, "fine"] for row in big_visits(6000)]
    good[10][-1] = 'two\nlines, "quoted"'
    good[4999][2] = "2024-01-32"
    visits = tmp_path / "big.csv"
    with visits.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerows([header, *good[:3000]])
        handle.write("\r\n\r\n")
        writer.writerows(good[3000:])

    assert_fails_with(
        capsys,
        visits,
        files["patients"],
        tmp_path / "out.duckdb",
        f"{visits} line 5004, column visit_date: '2024-01-32' is not a date (expected YYYY-MM-DD)",
    )


def test_mixed_line_endings_are_refused_clearly(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visits = tmp_path / "mixed.csv"
    text = files["visits"].read_text()
    visits.write_bytes(text.replace("\n", "\r\n", 2).encode())

    assert_fails_with(
        capsys,
        visits,
        files["patients"],
        tmp_path / "out.duckdb",
        f"{visits}: cannot be read as CSV: its lines end differently (both LF and CRLF)",
    )


def test_rows_stay_in_file_order_when_read_in_parallel(tmp_path: Path) -> None:
    """Far past DuckDB's parallel chunks: a bad row deep in CSV and in many row groups."""
    patients = write_csv(tmp_path / "patients.csv", PATIENTS_HEADER, PATIENTS)
    visits = tmp_path / "visits.csv"
    with duckdb.connect() as con:
        con.execute(
            "CREATE TABLE v AS SELECT i AS visit_id, 1 + i % 3 AS patient_id, "
            "CASE WHEN i = 287654 THEN '2024-00-01' ELSE '2024-01-05' END AS visit_date, "
            "'Moscow' AS city, 'Tverskoy' AS district, 'J06' AS icd10_code, "
            "'therapy' AS department, 'outpatient' AS visit_type, 30 AS age_at_visit, "
            "100.5 AS cost_rub FROM range(1, 400001) t(i)"
        )
        con.execute(f"COPY v TO '{visits}' (HEADER)")
        con.execute(
            f"COPY v TO '{tmp_path / 'visits.parquet'}' (FORMAT parquet, ROW_GROUP_SIZE 10000)"
        )
    for path, where in ((visits, "line 287655"), (tmp_path / "visits.parquet", "row 287654")):
        with pytest.raises(ImportProblem) as raised:
            import_warehouse(tmp_path / "out.duckdb", visits=path, patients=patients)
        assert str(raised.value) == (
            f"{path} {where}, column visit_date: '2024-00-01' is not a date (expected YYYY-MM-DD)"
        )


# --- the real command -----------------------------------------------------------------------


def console_script() -> list[str]:
    """The installed ``medstream-analytics`` script, else the module it runs."""
    script = Path(sys.executable).with_name("medstream-analytics")
    return [str(script)] if script.exists() else [sys.executable, "-m", "medstream_analytics"]


def test_console_script_imports_and_reports_errors(files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "warehouse.duckdb"
    command = [
        *console_script(),
        "dataset",
        "import",
        "--patients",
        str(files["patients"]),
        "--out",
        str(out),
    ]

    good = subprocess.run(
        [*command, "--visits", str(files["visits"])], capture_output=True, text=True, timeout=60
    )
    bad_visits = write_csv(
        tmp_path / "bad.csv", VISITS_HEADER, with_value(VISITS, VISITS_HEADER, 0, "visit_date", "x")
    )
    bad = subprocess.run(
        [*command, "--visits", str(bad_visits)], capture_output=True, text=True, timeout=60
    )

    assert good.returncode == 0, good.stderr
    assert good.stdout.startswith(f"imported 5 visits, 3 patients, 4 diagnoses into {out} in ")
    assert bad.returncode == 1
    assert bad.stderr == (
        f"error: {bad_visits} line 2, column visit_date: 'x' is not a date (expected YYYY-MM-DD)\n"
    )


def test_a_generated_warehouse_survives_export_and_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    generated, imported = tmp_path / "generated.duckdb", tmp_path / "imported.duckdb"
    generate(generated, rows=4000, seed=7)
    with duckdb.connect(str(generated), read_only=True) as con:
        for table in ("visits", "patients"):
            con.execute(f"COPY {table} TO '{tmp_path / table}.csv' (HEADER)")

    status, stdout, _ = run(capsys, tmp_path / "visits.csv", tmp_path / "patients.csv", imported)

    assert status == 0
    assert stdout.startswith("imported 4,000 visits, 1,000 patients")
    for table in ("visits", "patients"):
        query = f"SELECT * FROM {table} ORDER BY ALL"
        assert rows(imported, query) == rows(generated, query), table
    assert rows(imported, "SELECT * FROM diagnoses ORDER BY ALL") == rows(
        generated,
        "SELECT * FROM diagnoses WHERE icd10_code IN (SELECT icd10_code FROM visits) ORDER BY ALL",
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["dataset", "import", "--visits", "v.csv", "--patients", "p.csv"],
        ["dataset", "import", "--patients", "p.csv", "--out", "w.duckdb"],
        ["dataset", "import", "--visits", "v.csv", "--out", "w.duckdb"],
    ],
)
def test_cli_requires_visits_patients_and_out(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert "error: the following arguments are required" in capsys.readouterr().err
