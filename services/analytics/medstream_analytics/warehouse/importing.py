"""Imports a hospital's own visits and patients (CSV or Parquet) into a warehouse file.

DuckDB does all the work on rows, so a million visits take seconds. Each file is read as
text (every column VARCHAR, in file order) into a temporary table that also holds each
column parsed once into its typed, normalised value (NULL when it does not parse). One query
per column then finds the rows whose value is empty, did not parse or is out of range, a few
more find repeated keys and visits of unknown patients, and one ``INSERT ... SELECT`` per
table writes the parsed values: the warehouse only ever sees values that passed every check.

Problems are collected in a temporary ``problems`` table with the row they came from. Only
when they are shown is a row turned into a line number: for CSV that is the physical line
(header = line 1), found from the file's text because quoted newlines and blank lines make
it differ from the row number; for Parquet it is the row number itself.

The file is written next to ``out`` under a temporary name and moved over ``out`` only when
everything passed, so a failed import leaves ``out`` exactly as it was.
"""

import csv
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
from medstream_questions.vocabulary.diagnoses import DIAGNOSES_BY_CODE
from medstream_questions.vocabulary.icd10 import chapter_of

from medstream_analytics.warehouse.aliases import AliasesRead, NameRow, read_aliases
from medstream_analytics.warehouse.schema import TABLES

MAX_AGE = 130
VISIT_TYPES = ("outpatient", "inpatient", "emergency")
ICD10_PATTERN = r"[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?"
_INTEGER = r"[+-]?[0-9]+(\.0+)?"
"""A whole number; ``42.0`` too, which is how a Parquet DOUBLE column reads as text."""
_NUMBER = r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)"
_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}( 00:00:00)?"
"""``YYYY-MM-DD``; a midnight time is how a Parquet TIMESTAMP column reads as text."""
_DELIMITERS = (",", ";", "\t", "|")
_ALIASES_ORDER = 3
"""Problems are reported file by file: visits, patients, diagnoses, then aliases."""


class ImportFailed(Exception):
    """The input cannot be imported; ``str()`` is the message for the user."""


@dataclass(eq=False)
class ImportProblem(ImportFailed):
    """One problem in the input, located well enough for a person to fix it.

    ``line`` counts in ``unit``: the physical ``line`` of a CSV file (header = 1), the
    ``row`` of a Parquet file (1-based), the ``entry`` of a YAML list; None for the whole file.
    """

    file: str
    line: int | None
    column: str | None
    value: str | None
    problem: str
    unit: str = "line"

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file} {self.unit} {self.line}"
        if self.column is not None:
            where += f", column {self.column}"
        what = self.problem if self.value is None else f"{self.value!r} {self.problem}"
        return f"{where}: {what}"


class ProblemsFound(ImportFailed):
    """With ``--report``: every problem was written to the report instead of raised."""

    def __init__(self, count: int, report: Path) -> None:
        super().__init__(f"{count:,} problem{'s' if count != 1 else ''} found; listed in {report}")
        self.count = count
        self.report = report


@dataclass(frozen=True, slots=True)
class ImportStats:
    """What one import wrote, and how long it took."""

    path: Path
    visits: int
    patients: int
    diagnoses: int
    names: int
    seconds: float


@dataclass(frozen=True, slots=True)
class _Kind:
    """How a column's text becomes its value, and what is wrong when it does not.

    ``parse`` is SQL over ``{t}`` (the trimmed text) giving the typed value, NULL when it
    does not parse; ``out_of_range`` is SQL over ``{p}`` (the parsed value) that holds when it
    parsed but must not be stored. Only rows where either holds are explained: ``checks``
    are (condition, problem) pairs over ``{t}`` and ``{p}``, tried in order, the first that
    holds being the row's problem. So valid rows cost one test on a parsed column.
    """

    parse: str
    checks: tuple[tuple[str, str], ...] = ()
    out_of_range: str | None = None


_TEXT = _Kind("nullif({t}, '')")
_ID = _Kind(
    f"CASE WHEN regexp_full_match({{t}}, '{_INTEGER}') THEN TRY_CAST({{t}} AS BIGINT) END",
    (
        (f"NOT regexp_full_match({{t}}, '{_INTEGER}')", "is not a whole number"),
        ("{p} IS NULL", "is too large for an id"),
    ),
)
_DATE_KIND = _Kind(
    f"CASE WHEN regexp_full_match({{t}}, '{_DATE}') THEN TRY_CAST(left({{t}}, 10) AS DATE) END",
    (("{p} IS NULL", "is not a date (expected YYYY-MM-DD)"),),
)
_SEX = _Kind(
    "CASE WHEN upper({t}) IN ('M', 'F') THEN upper({t}) END",
    (("{p} IS NULL", "is not a sex (expected M or F)"),),
)
_VISIT_TYPE = _Kind(
    f"CASE WHEN lower({{t}}) IN {VISIT_TYPES} THEN lower({{t}}) END",
    (("{p} IS NULL", "is not a visit type (expected outpatient, inpatient or emergency)"),),
)
_AGE = _Kind(
    f"CASE WHEN regexp_full_match({{t}}, '{_INTEGER}') THEN TRY_CAST({{t}} AS INTEGER) END",
    (
        (f"NOT regexp_full_match({{t}}, '{_INTEGER}')", "is not a whole number"),
        ("true", f"is outside 0..{MAX_AGE}"),
    ),
    out_of_range=f"{{p}} NOT BETWEEN 0 AND {MAX_AGE}",
)
_MONEY = _Kind(
    f"CASE WHEN regexp_full_match({{t}}, '{_NUMBER}') THEN TRY_CAST({{t}} AS DECIMAL(12, 2)) END",
    (
        (f"NOT regexp_full_match({{t}}, '{_NUMBER}')", "is not a number"),
        ("{p} IS NULL", "is too large (at most 9999999999.99)"),
        ("true", "is negative"),
    ),
    out_of_range="{p} < 0",
)
_ICD10_NORMALISED = r"regexp_replace(upper({t}), '^(.{3})([^.])', '\1.\2')"
"""Upper case, and a dot after the category when a subcode follows (``j101`` → ``J10.1``)."""
_ICD10 = _Kind(
    f"CASE WHEN regexp_full_match({_ICD10_NORMALISED}, '{ICD10_PATTERN}') "
    f"THEN {_ICD10_NORMALISED} END",
    (
        (
            "{p} IS NULL",
            "is not an ICD-10 code (expected a letter, two digits and an "
            "optional subcode, like J10.1)",
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class _Column:
    name: str
    kind: _Kind
    required: bool = True


VISIT_COLUMNS = (
    _Column("visit_id", _ID),
    _Column("patient_id", _ID),
    _Column("visit_date", _DATE_KIND),
    _Column("city", _TEXT),
    _Column("district", _TEXT),
    _Column("icd10_code", _ICD10),
    _Column("department", _TEXT),
    _Column("visit_type", _VISIT_TYPE),
    _Column("age_at_visit", _AGE),
    _Column("cost_rub", _MONEY),
)
PATIENT_COLUMNS = (
    _Column("patient_id", _ID),
    _Column("sex", _SEX),
    _Column("birth_date", _DATE_KIND),
    _Column("city", _TEXT),
    _Column("district", _TEXT),
)
DIAGNOSIS_COLUMNS = (
    _Column("icd10_code", _ICD10),
    _Column("title_en", _TEXT, required=False),
    _Column("title_ru", _TEXT, required=False),
    _Column("chapter", _TEXT, required=False),
)
"""An empty title or chapter is taken from the project's ICD-10 table, like a missing code."""


@dataclass(frozen=True, slots=True)
class _Source:
    """One input file: ``name`` is its table's (``visits``), ``order`` its place in reports."""

    name: str
    path: Path
    columns: tuple[_Column, ...]
    order: int
    key: str

    @property
    def file(self) -> str:
        return str(self.path)

    @property
    def is_csv(self) -> bool:
        return self.path.suffix.lower() == ".csv"

    @property
    def unit(self) -> str:
        return "line" if self.is_csv else "row"


class _Unreadable(Exception):
    """The file cannot be checked row by row; its problems are already recorded."""


def import_warehouse(
    out: Path,
    *,
    visits: Path,
    patients: Path,
    diagnoses: Path | None = None,
    aliases: Path | None = None,
    report: Path | None = None,
) -> ImportStats:
    """Validate the files and write them as the warehouse ``out``, or leave ``out`` alone.

    Raises ``ImportProblem`` for the first problem, or with ``report`` writes every problem
    there (CSV: file,line,column,value,problem) and raises ``ProblemsFound``.
    """
    started = time.perf_counter()
    sources = [
        _Source("visits", visits, VISIT_COLUMNS, 0, "visit_id"),
        _Source("patients", patients, PATIENT_COLUMNS, 1, "patient_id"),
    ]
    if diagnoses is not None:
        sources.append(_Source("diagnoses", diagnoses, DIAGNOSIS_COLUMNS, 2, "icd10_code"))
    names = read_aliases(aliases) if aliases is not None else AliasesRead("line")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    _remove_database(staging)
    try:
        with duckdb.connect(str(staging)) as con:
            counts = _build(con, sources, names, aliases, report)
            con.execute("CHECKPOINT")
        os.replace(staging, out)
    finally:
        _remove_database(staging)
    return ImportStats(out, *counts, len(names.rows), time.perf_counter() - started)


def _build(
    con: duckdb.DuckDBPyConnection,
    sources: list[_Source],
    names: AliasesRead,
    aliases: Path | None,
    report: Path | None,
) -> tuple[int, int, int]:
    """Check everything into ``problems``; only when there are none, fill the tables."""
    # Row numbers are the staging tables' insertion order: it must be the files' order.
    con.execute("SET preserve_insertion_order = true")
    con.execute(TABLES)
    con.execute(_PROBLEMS)
    if aliases is not None:
        _record_alias_problems(con, aliases, names)
    loaded = [source for source in sources if _load(con, source)]
    for source in loaded:
        _check_values(con, source)
        _check_unique(con, source)
    by_name = {source.name: source for source in loaded}
    if "visits" in by_name and "patients" in by_name:
        _check_patients_exist(con, by_name["visits"], by_name["patients"])
    _settle(con, sources, report)
    _insert(con, "diagnoses" in by_name, names.rows)
    return _count(con, "visits"), _count(con, "patients"), _count(con, "diagnoses")


_PROBLEMS = """
CREATE TEMP TABLE problems (
    source INTEGER,      -- the file's place: visits, patients, diagnoses, aliases
    file VARCHAR,
    unit VARCHAR,        -- what line counts: line (CSV), row (Parquet), entry (YAML)
    data_row BIGINT,     -- the row of a value, 1-based, in file order
    logical BIGINT,      -- DuckDB's line of a malformed CSV row (blank lines count, quoted
                         -- newlines do not)
    related_row BIGINT,  -- the other row of a duplicate
    line BIGINT,         -- what is shown
    related_line BIGINT,
    check_no INTEGER,
    "column" VARCHAR,
    value VARCHAR,
    problem VARCHAR      -- '{at}' stands for where related_row is
)
"""


def _add_problem(con: duckdb.DuckDBPyConnection, order: int, problem: ImportProblem) -> None:
    con.execute(
        'INSERT INTO problems (source, file, unit, line, check_no, "column", value, problem) '
        "VALUES (?, ?, ?, ?, 0, ?, ?, ?)",
        [
            order,
            problem.file,
            problem.unit,
            problem.line,
            problem.column,
            problem.value,
            problem.problem,
        ],
    )


def _record_alias_problems(con: duckdb.DuckDBPyConnection, path: Path, names: AliasesRead) -> None:
    for found in names.problems:
        _add_problem(
            con,
            _ALIASES_ORDER,
            ImportProblem(
                str(path), found.number, found.column, found.value, found.problem, names.unit
            ),
        )


# --- loading ------------------------------------------------------------------------------


def _load(con: duckdb.DuckDBPyConnection, source: _Source) -> bool:
    """Load ``source`` into ``{name}_data`` (text and parsed values), seen as ``{name}_in``.

    False when it cannot be checked row by row (missing file or column, malformed CSV rows);
    the reasons are recorded in ``problems``.
    """
    suffix = source.path.suffix.lower()
    try:
        if suffix not in (".csv", ".parquet"):
            raise _file_problem(
                source,
                f"has an unsupported type {suffix or '(no extension)'!r}; "
                "expected .csv or .parquet",
            )
        if not source.path.is_file():
            raise _file_problem(source, "does not exist")
        row = _load_csv(con, source) if source.is_csv else _load_parquet(con, source)
    except ImportProblem as problem:
        _add_problem(con, source.order, problem)
        return False
    except _Unreadable:
        return False
    _create_view(con, source, row)
    return True


def _file_problem(source: _Source, problem: str) -> ImportProblem:
    return ImportProblem(source.file, None, None, None, problem, source.unit)


def _load_csv(con: duckdb.DuckDBPyConnection, source: _Source) -> str:
    """Read the CSV as text and parse it; returns the SQL of a row's number.

    The row number is the order of insertion (``rowid``), which is the file's order because
    ``preserve_insertion_order`` is on.

    The dialect is fixed rather than sniffed: the delimiter is the one the header uses, and
    quoting is standard (``"``, doubled to escape), which the line numbering relies on.
    Malformed rows (too few or many fields, bad quoting or UTF-8) are recorded, not loaded.
    """
    delimiter, header = _csv_header(source)
    _check_columns(con, source, header, line=1)
    columns = ", ".join(
        f"{_literal(name if name in _names(source) else f'extra_{i}')}: 'VARCHAR'"
        for i, name in enumerate(header)
    )
    try:
        con.execute(
            f"CREATE TEMP TABLE {source.name}_data AS SELECT {_select_parsed(source)} "
            f"FROM read_csv({_literal(source.file)}, auto_detect = false, header = true, "
            f"delim = {_literal(delimiter)}, quote = '\"', escape = '\"', "
            f"columns = {{{columns}}}, store_rejects = true, "
            f"rejects_table = '{source.name}_rejects', rejects_scan = '{source.name}_scans')"
        )
    except duckdb.Error as exc:
        reason = _first_line(exc)
        if "reached an invalid state" in reason:  # what DuckDB says about mixed line endings
            reason = "its lines end differently (both LF and CRLF)"
        raise _file_problem(source, f"cannot be read as CSV: {reason}") from None
    rejected = con.execute(
        f"INSERT INTO problems (source, file, unit, logical, check_no, problem) "
        f"SELECT ?, ?, 'line', line, 0, 'is not a valid CSV row: ' || error_message "
        f"FROM {source.name}_rejects",
        [source.order, source.file],
    ).fetchone()
    if rejected and rejected[0]:
        raise _Unreadable
    return "rowid + 1"


def _csv_header(source: _Source) -> tuple[str, list[str]]:
    """The delimiter (the candidate the header uses most) and the header's column names.

    Only the first line is decoded: a bad byte further down is DuckDB's to find, by line.
    """
    try:
        with source.path.open("rb") as handle:
            first = handle.readline().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportProblem(source.file, 1, None, None, "is not UTF-8 text", "line") from None
    except OSError as exc:
        raise _file_problem(source, f"cannot be read: {exc.strerror or exc}") from None
    if not first.strip():
        raise _file_problem(source, "has no header line (the first line is empty)")
    delimiter = max(_DELIMITERS, key=first.count)
    header = next(csv.reader([first.rstrip("\r\n")], delimiter=delimiter))
    return delimiter, [name.strip().lower() for name in header]


def _load_parquet(con: duckdb.DuckDBPyConnection, source: _Source) -> str:
    """Read the Parquet file with every column cast to text, and parse it like CSV.

    The row numbers are the file's own (``file_row_number``), whatever the reading order.
    """
    scan = f"read_parquet({_literal(source.file)}, file_row_number = true)"
    try:
        described = con.execute(f"DESCRIBE SELECT * FROM {scan}").fetchall()
    except duckdb.Error as exc:
        raise _file_problem(source, f"cannot be read as Parquet: {_first_line(exc)}") from None
    actual = {str(name).strip().lower(): str(name) for name, *_ in described}
    actual.pop("file_row_number", None)
    _check_columns(con, source, list(actual), line=None)
    casts = ", ".join(
        f"CAST({_identifier(actual[column.name])} AS VARCHAR) AS {column.name}"
        for column in source.columns
    )
    try:
        con.execute(
            f"CREATE TEMP TABLE {source.name}_data AS SELECT _row, {_select_parsed(source)} "
            f"FROM (SELECT file_row_number + 1 AS _row, {casts} FROM {scan})"
        )
    except duckdb.Error as exc:
        raise _file_problem(source, f"cannot be read as Parquet: {_first_line(exc)}") from None
    return "_row"


def _check_columns(
    con: duckdb.DuckDBPyConnection, source: _Source, found: list[str], line: int | None
) -> None:
    """Every contract column present exactly once; extra columns are ignored."""
    problems = [
        ImportProblem(
            source.file, line, name, None, "the column appears more than once", source.unit
        )
        for name in _names(source)
        if found.count(name) > 1
    ]
    shown = ", ".join(name for name in found if name) or "none"
    problems += [
        ImportProblem(
            source.file,
            line,
            name,
            None,
            f"the column is missing (the file has: {shown})",
            source.unit,
        )
        for name in _names(source)
        if name not in found
    ]
    for problem in problems:
        _add_problem(con, source.order, problem)
    if problems:
        raise _Unreadable


def _create_view(con: duckdb.DuckDBPyConnection, source: _Source, row: str) -> None:
    """``{name}_in``: the row number, each column's text and its parsed value ``{column}__p``."""
    con.execute(
        f"CREATE TEMP VIEW {source.name}_in AS SELECT {row} AS _row, * FROM {source.name}_data"
    )


def _select_parsed(source: _Source) -> str:
    """Each column's text, then its parsed value: computed once, when the file is read."""
    parsed = ", ".join(
        f"{_fill(column.kind.parse, column)} AS {column.name}__p" for column in source.columns
    )
    return f"{_select_names(source)}, {parsed}"


# --- checks -------------------------------------------------------------------------------


def _check_values(con: duckdb.DuckDBPyConnection, source: _Source) -> None:
    """One query per column: every row whose value is empty, malformed or out of range."""
    for number, column in enumerate(source.columns, start=1):
        empty = f"nullif({_trimmed(column)}, '') IS NULL"
        parsed = f"{column.name}__p"
        bad = f"{parsed} IS NULL" if column.required else f"{parsed} IS NULL AND NOT ({empty})"
        if column.kind.out_of_range is not None:
            bad += f" OR {_fill(column.kind.out_of_range, column)}"
        cases = [(empty, "value is empty")] + [
            (_fill(condition, column), problem) for condition, problem in column.kind.checks
        ]
        whens = " ".join(f"WHEN {when} THEN {_literal(problem)}" for when, problem in cases)
        con.execute(
            f'INSERT INTO problems (source, file, unit, data_row, check_no, "column", value, '
            f"problem) SELECT ?, ?, ?, _row, ?, ?, CASE WHEN NOT ({empty}) THEN {column.name} END, "
            f"CASE {whens} ELSE 'is not valid' END FROM {source.name}_in WHERE {bad}",
            [source.order, source.file, source.unit, number, column.name],
        )


def _check_unique(con: duckdb.DuckDBPyConnection, source: _Source) -> None:
    """Each key once (compared as parsed: ``07`` and ``7``, ``j10.1`` and ``J101`` repeat)."""
    con.execute(
        f"""
        INSERT INTO problems (source, file, unit, data_row, related_row, check_no, "column",
                              value, problem)
        SELECT ?, ?, ?, d._row, f.first_row, 100, ?, d.{source.key}, ?
        FROM {source.name}_in d
        JOIN (SELECT {source.key}__p AS key, min(_row) AS first_row FROM {source.name}_in
              WHERE {source.key}__p IS NOT NULL GROUP BY ALL HAVING count(*) > 1) f
          ON d.{source.key}__p = f.key
        WHERE d._row > f.first_row
        """,
        [
            source.order,
            source.file,
            source.unit,
            source.key,
            f"is a duplicate {source.key} (first at {{at}})",
        ],
    )


def _check_patients_exist(
    con: duckdb.DuckDBPyConnection, visits: _Source, patients: _Source
) -> None:
    con.execute(
        """
        INSERT INTO problems (source, file, unit, data_row, check_no, "column", value, problem)
        SELECT ?, ?, ?, v._row, 101, 'patient_id', v.patient_id, ?
        FROM visits_in v ANTI JOIN patients_in p ON v.patient_id__p = p.patient_id__p
        WHERE v.patient_id__p IS NOT NULL
        """,
        [visits.order, visits.file, visits.unit, f"is not a patient in {patients.file}"],
    )


# --- reporting ------------------------------------------------------------------------------


_PROBLEM_ORDER = "source, coalesce(data_row, logical, line, 0), check_no"


def _settle(con: duckdb.DuckDBPyConnection, sources: list[_Source], report: Path | None) -> None:
    """Raise the first problem, or write them all to ``report`` and raise the count.

    Without a report only the first problem is located: finding CSV lines reads the file.
    """
    first = con.execute(f"SELECT rowid FROM problems ORDER BY {_PROBLEM_ORDER} LIMIT 1").fetchone()
    if report is None and first is not None:
        con.execute("DELETE FROM problems WHERE rowid <> ?", [first[0]])
    _locate(con, sources)
    if report is not None:
        _write_report(con, report)
    if first is None:
        return
    if report is not None:
        count = con.execute("SELECT count(*) FROM problems").fetchone()
        raise ProblemsFound(count[0] if count else 0, report)
    row = con.execute('SELECT file, line, "column", value, problem, unit FROM problems').fetchone()
    assert row is not None
    raise ImportProblem(*row)


def _write_report(con: duckdb.DuckDBPyConnection, report: Path) -> None:
    try:
        con.execute(
            f'COPY (SELECT file, line, "column", value, problem FROM problems '
            f"ORDER BY {_PROBLEM_ORDER}) TO {_literal(str(report))} (FORMAT csv, HEADER)"
        )
    except duckdb.Error as exc:
        raise ImportFailed(f"cannot write the report {report}: {_first_line(exc)}") from None


def _locate(con: duckdb.DuckDBPyConnection, sources: list[_Source]) -> None:
    """Turn the rows of the problems into lines, and ``{at}`` into the related row's line."""
    for source in sources:
        has_rows = con.execute(
            "SELECT count(*) FROM problems WHERE source = ? AND "
            "(data_row IS NOT NULL OR logical IS NOT NULL)",
            [source.order],
        ).fetchone()
        if not has_rows or not has_rows[0]:
            continue
        if source.is_csv:
            _locate_csv_lines(con, source)
        con.execute(
            "UPDATE problems SET line = coalesce(line, data_row + ?, logical), "
            "related_line = coalesce(related_line, related_row + ?) WHERE source = ?",
            [int(source.is_csv), int(source.is_csv), source.order],
        )
    con.execute(
        "UPDATE problems SET problem = "
        "replace(problem, '{at}', unit || ' ' || related_line::VARCHAR) "
        "WHERE related_line IS NOT NULL"
    )


_LINE_MAP = """
CREATE OR REPLACE TEMP TABLE line_map AS
WITH split AS (SELECT string_split(content, chr(10)) AS lines FROM read_text(?)),
numbered AS (SELECT unnest(lines) AS text, generate_subscripts(lines, 1) AS line FROM split),
quoted AS (
    SELECT line, text,
           coalesce(sum(length(text) - length(replace(text, '"', ''))) OVER (
               ORDER BY line ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS quotes
    FROM numbered
),
starts AS (SELECT line, rtrim(text, chr(13)) = '' AS blank FROM quoted WHERE quotes % 2 = 0)
SELECT line, row_number() OVER (ORDER BY line) AS logical,
       CASE WHEN NOT blank THEN row_number() OVER (PARTITION BY blank ORDER BY line) - 1 END
           AS data_row
FROM starts
"""
"""Where each CSV record starts: a line outside any quoted value (an even number of quotes
before it), numbered twice: among the non-blank ones (the header is 0) as the reader skips
blank lines, and among all, as DuckDB counts the line of a malformed row."""


def _locate_csv_lines(con: duckdb.DuckDBPyConnection, source: _Source) -> None:
    try:
        con.execute(_LINE_MAP, [source.file])
    except duckdb.Error:
        return  # e.g. not UTF-8: ``_locate`` falls back to the row number + 1
    for key, target, mapped in (
        ("data_row", "line", "data_row"),
        ("logical", "line", "logical"),
        ("related_row", "related_line", "data_row"),
    ):
        con.execute(
            f"UPDATE problems SET {target} = m.line FROM line_map m "
            f"WHERE problems.source = ? AND problems.{key} = m.{mapped}",
            [source.order],
        )


# --- writing --------------------------------------------------------------------------------


def _insert(con: duckdb.DuckDBPyConnection, with_diagnoses: bool, names: list[NameRow]) -> None:
    """Fill the warehouse from the parsed values of data that passed every check."""
    con.execute(
        "INSERT INTO patients (patient_id, sex, birth_date, city, district) "
        "SELECT patient_id__p, sex__p, birth_date__p, city__p, district__p FROM patients_in"
    )
    con.execute(
        "INSERT INTO visits (visit_id, patient_id, visit_date, city, district, icd10_code, "
        "department, visit_type, age_at_visit, cost_rub) "
        "SELECT visit_id__p, patient_id__p, visit_date__p, city__p, district__p, icd10_code__p, "
        "department__p, visit_type__p, age_at_visit__p, cost_rub__p FROM visits_in"
    )
    _insert_diagnoses(con, with_diagnoses)
    _insert_names(con, names)


def _insert_diagnoses(con: duckdb.DuckDBPyConnection, with_diagnoses: bool) -> None:
    """Every code of the visits (and of ``--diagnoses``); titles from the file, else known."""
    codes_sql = "SELECT DISTINCT icd10_code__p FROM visits_in"
    if with_diagnoses:
        codes_sql += " UNION SELECT icd10_code__p FROM diagnoses_in"
    codes = sorted(code for (code,) in con.execute(codes_sql).fetchall())
    known = [_titles(code) for code in codes]
    con.execute(
        "CREATE TEMP TABLE known_titles AS SELECT unnest(?::VARCHAR[]) AS code, "
        "unnest(?::VARCHAR[]) AS title_en, unnest(?::VARCHAR[]) AS title_ru, "
        "unnest(?::VARCHAR[]) AS chapter",
        [codes, [t[0] for t in known], [t[1] for t in known], [t[2] for t in known]],
    )
    if with_diagnoses:  # a title the file leaves empty is the known one
        titles = ", ".join(
            f"coalesce(f.{c}__p, k.{c})" for c in ("title_en", "title_ru", "chapter")
        )
        scan = "known_titles k LEFT JOIN diagnoses_in f ON f.icd10_code__p = k.code"
    else:
        titles, scan = "k.title_en, k.title_ru, k.chapter", "known_titles k"
    con.execute(
        "INSERT INTO diagnoses (icd10_code, title_en, title_ru, chapter) "
        f"SELECT k.code, {titles} FROM {scan} ORDER BY k.code"
    )


def _titles(code: str) -> tuple[str, str, str | None]:
    """The project's titles and chapter label for a code.

    A code the project does not list takes its category's titles marked with the code
    (``J10.8`` → ``Influenza ... (J10.8)``), else the code itself; the chapter follows from
    the code's letter and digits when it falls in one.
    """
    entry = DIAGNOSES_BY_CODE.get(code)
    if entry is not None:
        return entry.title_en, entry.title_ru, entry.chapter.label
    category = DIAGNOSES_BY_CODE.get(code[:3])
    if category is not None:
        title_en, title_ru = f"{category.title_en} ({code})", f"{category.title_ru} ({code})"
    else:
        title_en = title_ru = code
    try:
        chapter: str | None = chapter_of(code).label
    except ValueError:
        chapter = None
    return title_en, title_ru, chapter


def _insert_names(con: duckdb.DuckDBPyConnection, names: Sequence[NameRow]) -> None:
    if not names:
        return
    con.executemany(
        "INSERT INTO names (kind, value, city, name_en, name_ru, aliases, unit) "
        "VALUES (?, ?, ?, ?, ?, ?::VARCHAR[], ?)",
        [[n.kind, n.value, n.city, n.name_en, n.name_ru, list(n.aliases), n.unit] for n in names],
    )


# --- helpers --------------------------------------------------------------------------------


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def _names(source: _Source) -> list[str]:
    return [column.name for column in source.columns]


def _select_names(source: _Source) -> str:
    return ", ".join(_names(source))


def _trimmed(column: _Column) -> str:
    return f"trim({column.name})"


def _fill(template: str, column: _Column) -> str:
    """A ``_Kind`` template for ``column`` (not ``str.format``: regexes hold braces)."""
    return template.replace("{t}", _trimmed(column)).replace("{p}", f"{column.name}__p")


def _literal(text: str) -> str:
    """A SQL string literal (table functions take their file names as constants)."""
    return "'" + text.replace("'", "''") + "'"


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _remove_database(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".wal")):
        leftover.unlink(missing_ok=True)
