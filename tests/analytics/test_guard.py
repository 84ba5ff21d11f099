"""The SQL guard refuses hostile SQL with a specific reason and lets analytics SQL through;
the executor behind it is read-only, locked down and interrupts long queries."""

import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
import sqlglot
from medstream_analytics.executor import QueryTimeout, Warehouse
from medstream_analytics.guard import MAX_LIMIT, SqlGuard, UnsafeSql
from medstream_analytics.warehouse.contract import describe_warehouse
from medstream_analytics.warehouse.generate import generate
from medstream_shared.warehouse import WAREHOUSE_TABLES
from sqlglot import exp

from tests.catalog import synthetic_catalog

GUARD = SqlGuard()

HOSTILE: list[tuple[str, str, str]] = [
    # (id, sql, a fragment of the reason)
    ("stacked-drop", "SELECT 1; DROP TABLE visits", "stacked statements"),
    (
        "stacked-after-or-1-1",
        "SELECT * FROM visits WHERE city = '' OR 1=1; ATTACH 'http://evil/x.db' AS x; --'",
        "stacked statements",
    ),
    (
        "stacked-hidden-by-newlines",
        "SELECT count(*) FROM visits\n;\n\nDELETE FROM visits",
        "stacked statements",
    ),
    (
        "comment-then-statement",
        "SELECT 1 -- harmless\n; COPY visits TO '/tmp/leak.csv'",
        "stacked statements",
    ),
    ("drop", "DROP TABLE visits", "DROP statements are not allowed"),
    ("describe-in-subquery", "SELECT * FROM (DESCRIBE visits)", "DESCRIBE is not allowed inside"),
    (
        "lateral-file-reader",
        "SELECT * FROM visits v JOIN LATERAL read_csv(v.city) ON true",
        "function read_csv",
    ),
    ("getenv-in-values", "SELECT x FROM (VALUES (getenv('HOME'))) t(x)", "function getenv"),
    ("delete", "DELETE FROM visits WHERE 1=1", "DELETE statements are not allowed"),
    ("insert", "INSERT INTO diagnoses VALUES ('X', 'x', 'x', 'x')", "INSERT statements"),
    ("update", "UPDATE visits SET cost_rub = 0", "UPDATE statements are not allowed"),
    ("create-table-as", "CREATE TABLE t AS SELECT * FROM visits", "CREATE statements"),
    ("create-macro", "CREATE MACRO leak(x) AS getenv(x)", "CREATE statements"),
    ("alter", "ALTER TABLE visits ADD COLUMN x INT", "ALTER statements"),
    ("select-into", "SELECT * INTO stolen FROM visits", "SELECT ... INTO"),
    (
        "dml-in-cte",
        "WITH gone AS (DELETE FROM visits RETURNING *) SELECT count(*) FROM gone",
        "DELETE is not allowed inside a query",
    ),
    ("read-csv", "SELECT * FROM read_csv('/etc/passwd')", "table function read_csv"),
    ("read-csv-auto", "SELECT * FROM read_csv_auto('/etc/passwd')", "reads files"),
    ("read-parquet", "SELECT * FROM read_parquet('s3://bucket/*.parquet')", "read_parquet"),
    ("read-json", "SELECT * FROM read_json_auto('/tmp/x.json')", "read_json_auto"),
    ("read-text", "SELECT content FROM read_text('/etc/shadow')", "read_text"),
    ("glob", "SELECT * FROM glob('/home/*')", "table function glob"),
    ("replacement-scan", "SELECT * FROM 'file.csv'", "reading files or URLs"),
    ("replacement-scan-url", "SELECT * FROM 'https://evil.example/x.parquet'", "files or URLs"),
    (
        "file-in-subquery",
        "SELECT city FROM visits WHERE city IN (SELECT * FROM '/etc/passwd')",
        "reading files or URLs",
    ),
    (
        "file-in-union",
        "SELECT city FROM visits UNION ALL SELECT * FROM read_csv('/etc/hosts')",
        "read_csv",
    ),
    ("attach", "ATTACH '/tmp/other.duckdb' AS other", "ATTACH statements are not allowed"),
    ("detach", "DETACH warehouse", "DETACH statements are not allowed"),
    ("install", "INSTALL httpfs", "INSTALL statements are not allowed"),
    ("load", "LOAD httpfs", "LOAD statements are not allowed"),
    ("pragma", "PRAGMA database_list", "PRAGMA statements are not allowed"),
    ("set", "SET enable_external_access = true", "SET statements are not allowed"),
    ("reset", "RESET lock_configuration", "RESET statements are not allowed"),
    ("call", "CALL duckdb_settings()", "CALL statements are not allowed"),
    ("copy", "COPY visits TO '/tmp/visits.csv' (HEADER)", "COPY statements are not allowed"),
    ("export", "EXPORT DATABASE '/tmp/dump'", "EXPORT statements are not allowed"),
    ("import", "IMPORT DATABASE '/tmp/dump'", "IMPORT statements are not allowed"),
    ("explain", "EXPLAIN ANALYZE SELECT * FROM visits", "EXPLAIN statements"),
    ("describe", "DESCRIBE visits", "DESCRIBE statements are not allowed"),
    ("summarize", "SUMMARIZE visits", "SUMMARIZE statements are not allowed"),
    ("transaction", "BEGIN TRANSACTION", "BEGIN statements are not allowed"),
    ("duckdb-table-function", "SELECT * FROM duckdb_settings()", "system catalog"),
    ("duckdb-view", "SELECT * FROM duckdb_tables", "system catalog duckdb_tables"),
    ("information-schema", "SELECT * FROM information_schema.tables", "system catalog"),
    ("sqlite-master", "SELECT sql FROM sqlite_master", "system catalog sqlite_master"),
    ("pg-catalog", "SELECT * FROM pg_catalog.pg_class", "system catalog"),
    ("getenv", "SELECT getenv('OPENAI_API_KEY') AS k", "settings or the environment"),
    ("current-setting", "SELECT current_setting('home_directory')", "function current_setting"),
    ("query-table", "SELECT * FROM query_table('visits')", "dynamically built SQL"),
    ("load-extension-fn", "SELECT load_extension('/tmp/evil.so')", "function load_extension"),
    ("unlisted-function", "SELECT nextval('seq')", "not on the allow-list"),
    ("other-database", "SELECT * FROM other.main.visits", "outside the warehouse"),
    ("unknown-table", "SELECT * FROM users", "unknown table users"),
    ("unknown-column", "SELECT password FROM patients", "unknown or ambiguous column"),
    ("unknown-column-alias", "SELECT v.ssn FROM visits AS v", "unknown or ambiguous column"),
    (
        "column-of-other-table",
        "SELECT title_en FROM visits",
        "Column 'title_en' could not be resolved",
    ),
    ("unknown-column-in-where", "SELECT count(*) FROM visits WHERE salary > 0", "salary"),
    ("limit-subquery", "SELECT * FROM visits LIMIT (SELECT 10)", "LIMIT must be"),
    ("limit-float", "SELECT * FROM visits LIMIT 1e9", "LIMIT must be"),
    ("limit-percent", "SELECT * FROM visits LIMIT 50%", "percentage LIMIT"),
    (
        "recursive-cte",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r",
        "recursive CTEs",
    ),
    ("parameter", "SELECT * FROM visits WHERE city = ?", "query parameters"),
    ("markdown-fence", "```sql\nSELECT count(*) FROM visits\n```", "starts with '`'"),
    ("prose", "Here is the query: SELECT count(*) FROM visits", "starts with 'Here'"),
    ("only-comment", "-- SELECT * FROM visits", "no statement"),
    ("empty", "   ", "the SQL is empty"),
    ("too-long", "SELECT " + " + ".join(["1"] * 8000), "longer than"),
]


@pytest.mark.parametrize(("sql", "reason"), [c[1:] for c in HOSTILE], ids=[c[0] for c in HOSTILE])
def test_hostile_sql_is_refused_with_a_specific_reason(sql: str, reason: str) -> None:
    with pytest.raises(UnsafeSql) as refused:
        GUARD.validate(sql)

    assert reason in refused.value.reason
    assert str(refused.value) == refused.value.reason


def test_the_adversarial_list_is_long_and_distinct() -> None:
    assert len(HOSTILE) >= 30
    assert len({sql for _, sql, _ in HOSTILE}) == len(HOSTILE)


LEGIT = [
    "SELECT d.title_en AS diagnosis, count(*) AS visits FROM visits AS v "
    "JOIN diagnoses AS d ON v.icd10_code = d.icd10_code "
    "WHERE v.city = 'Saint Petersburg' AND year(v.visit_date) = 2025 "
    "GROUP BY diagnosis ORDER BY visits DESC LIMIT 5",
    "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits "
    "WHERE city = 'Kazan' GROUP BY month ORDER BY month",
    "WITH monthly AS (SELECT date_trunc('month', visit_date) AS month, sum(cost_rub) AS cost "
    "FROM visits GROUP BY 1) SELECT month, cost FROM monthly ORDER BY month",
    "SELECT sex, round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS share FROM patients "
    "GROUP BY sex",
    "SELECT city, district, count(*) AS n, rank() OVER (PARTITION BY city ORDER BY count(*) DESC) "
    "AS place FROM visits GROUP BY ALL QUALIFY place <= 3",
    "SELECT visit_type, avg(cost_rub) AS mean, median(cost_rub) AS median FROM visits "
    "GROUP BY visit_type",
    "SELECT count(DISTINCT patient_id) FROM visits WHERE visit_date BETWEEN DATE '2024-01-01' "
    "AND DATE '2024-12-31' AND department = 'Cardiology'",
    "SELECT CASE WHEN age_at_visit < 18 THEN 'child' ELSE 'adult' END AS age_group, count(*) "
    "FROM visits GROUP BY age_group",
    "SELECT city FROM patients UNION SELECT city FROM visits",
    "SELECT p.sex, count(*) FROM visits v JOIN patients p ON p.patient_id = v.patient_id "
    "WHERE lower(v.city) LIKE '%moscow%' GROUP BY p.sex",
    "SELECT chapter, count(*) FROM diagnoses d WHERE EXISTS "
    "(SELECT 1 FROM visits v WHERE v.icd10_code = d.icd10_code) GROUP BY chapter",
    "SELECT * FROM main.diagnoses",
    "SELECT 1; -- trailing comment",
]


@pytest.mark.parametrize("sql", LEGIT)
def test_analytics_sql_is_accepted_as_one_limited_select(sql: str) -> None:
    checked = GUARD.validate(sql)

    statements = sqlglot.parse(checked, read="duckdb")
    assert len(statements) == 1
    query = statements[0]
    assert isinstance(query, exp.Query)
    assert int(query.args["limit"].expression.name) <= MAX_LIMIT
    assert GUARD.validate(checked) == checked


def test_a_missing_limit_is_added_and_a_huge_one_lowered() -> None:
    assert GUARD.validate("SELECT city FROM visits").endswith("LIMIT 10000")
    assert GUARD.validate("SELECT city FROM visits LIMIT 5000000").endswith("LIMIT 10000")
    assert GUARD.validate("SELECT city FROM visits LIMIT ALL").endswith("LIMIT 10000")
    assert GUARD.validate("SELECT city FROM visits LIMIT 7").endswith("LIMIT 7")
    assert GUARD.validate("SELECT city FROM visits FETCH FIRST 3 ROWS ONLY").endswith("LIMIT 3")
    union = GUARD.validate("SELECT city FROM visits UNION SELECT city FROM patients LIMIT 99999")
    assert union.endswith("LIMIT 10000")
    assert SqlGuard(max_limit=50).validate("SELECT 1").endswith("LIMIT 50")


def test_comments_are_not_carried_into_the_sql_that_runs() -> None:
    checked = GUARD.validate("SELECT /* ; DROP TABLE visits */ count(*) FROM visits -- bye")

    assert "DROP" not in checked
    assert "--" not in checked


def test_the_prompt_schema_is_the_guards_schema() -> None:
    description = describe_warehouse(synthetic_catalog())

    for table, columns in WAREHOUSE_TABLES.items():
        assert f"{table}(" in description
        assert all(f"{column} " in description for column in columns)
    assert "'Saint Petersburg' (Санкт-Петербург)" in description


# The executor: the second line of defence -------------------------------------------------


SLOW_CROSS_JOIN = (  # keyed joins (the guard refuses cross joins) on a key with 5 values
    "SELECT count(*) FROM visits AS a JOIN visits AS b ON a.city = b.city "
    "JOIN visits AS c ON b.city = c.city WHERE a.cost_rub + b.cost_rub > c.cost_rub"
)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    path: Path = tmp_path_factory.mktemp("guarded") / "warehouse.duckdb"
    generate(path, rows=2_000, seed=7)
    store = Warehouse(path, timeout_seconds=0.3, max_rows=100)
    yield store
    store.close()


def test_the_generated_warehouse_has_the_contract_schema(warehouse: Warehouse) -> None:
    rows = warehouse.distinct(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
    )
    actual: dict[str, list[str]] = {}
    for table, column in rows:
        actual.setdefault(table, []).append(column)

    assert actual.pop("names") == ["kind", "value", "city", "name_en", "name_ru", "aliases", "unit"]
    assert actual == {table: list(columns) for table, columns in WAREHOUSE_TABLES.items()}


def test_a_query_past_the_time_limit_is_interrupted(warehouse: Warehouse) -> None:
    sql = GUARD.validate(SLOW_CROSS_JOIN)
    started = time.perf_counter()

    with pytest.raises(QueryTimeout, match=r"longer than 0\.3s"):
        warehouse.run_sync(sql)

    assert time.perf_counter() - started < 3
    assert warehouse.run_sync("SELECT count(*) AS n FROM visits") == (["n"], [[2000]])


async def test_the_time_limit_holds_from_a_worker_thread(warehouse: Warehouse) -> None:
    with pytest.raises(QueryTimeout):
        await warehouse.run(GUARD.validate(SLOW_CROSS_JOIN))


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("CREATE TABLE leak AS SELECT 1", "read-only"),
        ("INSERT INTO diagnoses VALUES ('X', 'x', 'x', 'x')", "read-only"),
        ("SET enable_external_access = true", "locked"),
        ("SET threads = 1", "locked"),
        ("SELECT * FROM read_csv('/etc/passwd')", "disabled by configuration"),
        ("ATTACH '/tmp/medstream-other.duckdb' AS other", "disabled by configuration"),
    ],
)
def test_the_connection_refuses_what_the_guard_would_have_refused(
    warehouse: Warehouse, sql: str, message: str
) -> None:
    with pytest.raises(duckdb.Error, match=message):
        warehouse.run_sync(sql)
