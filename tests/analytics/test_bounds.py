"""SQL whose cost the time limit cannot bound is refused, and the warehouse caps memory."""

from pathlib import Path

import pytest
from medstream_analytics.executor import Limits, QueryTooLarge, Warehouse
from medstream_analytics.guard import SqlGuard, UnsafeSql

GUARD = SqlGuard()


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("SELECT lpad('x', 2000000000, 'y')", "lpad/rpad width 2000000000 is above 1000"),
        ("SELECT rpad(city, age_at_visit * 1000000, '*') FROM visits", "need a literal width"),
        ("SELECT printf('%0999999999d', 1)", "a field of 999999999 characters"),
        ("SELECT printf('%.99999f', 1.0)", "a field of 99999 characters"),
        ("SELECT printf(city, 1) FROM visits", "needs a literal format string"),
        ("SELECT string_agg(a.city, ',') FROM visits a, visits b", "without a join condition"),
        ("SELECT count(*) FROM visits a CROSS JOIN patients b", "without a join condition"),
        ("SELECT count(*) FROM visits a JOIN visits b ON true", "without a join condition"),
        ("SELECT count(*) FROM visits a JOIN visits b ON 1 = 1", "without a join condition"),
    ],
)
def test_runaway_sql_is_refused_before_it_runs(sql: str, reason: str) -> None:
    with pytest.raises(UnsafeSql, match=reason):
        GUARD.validate(sql)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT lpad(city, 20, ' ') FROM visits",
        "SELECT printf('%.2f %%', avg(cost_rub)) FROM visits",
        "SELECT count(*) FROM visits v JOIN patients p ON v.patient_id = p.patient_id",
        "SELECT count(*) FROM visits v JOIN patients p USING (patient_id)",
        "SELECT v.city, count(*) * 100.0 / t.total FROM visits v, "
        "(SELECT count(*) AS total FROM visits) t GROUP BY v.city, t.total",
        "WITH t AS (SELECT count(*) AS total FROM visits) "
        "SELECT v.city, count(*) / any_value(t.total) FROM visits v CROSS JOIN t GROUP BY v.city",
    ],
)
def test_bounded_sql_passes(sql: str) -> None:
    assert GUARD.validate(sql)


def test_a_query_beyond_the_memory_limit_fails_fast_and_clearly(warehouse_path: Path) -> None:
    warehouse = Warehouse(
        warehouse_path, timeout_seconds=30, max_rows=10, limits=Limits(memory="64MB", threads=1)
    )
    try:
        with pytest.raises(QueryTooLarge, match="more than the 64MB of memory"):
            warehouse.run_sync("SELECT string_agg(a.city || b.city, ',') FROM visits a, visits b")
        assert warehouse.run_sync("SELECT count(*) FROM visits")[1] == [[2_000]]
    finally:
        warehouse.close()


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    from medstream_analytics.warehouse.generate import generate

    path = tmp_path / "warehouse.duckdb"
    generate(path, rows=2_000, seed=1)
    return path


def test_repeat_visitors_run_through_the_guard_and_count_right(warehouse_path: Path) -> None:
    from medstream_questions.compile import compile_plan
    from medstream_questions.understanding import Understanding

    from tests.catalog import synthetic_catalog

    plan = Understanding(synthetic_catalog()).plan("How many patients came at least 2 times?")
    warehouse = Warehouse(warehouse_path, timeout_seconds=10, max_rows=10)
    try:
        _, rows = warehouse.run_sync(GUARD.validate(compile_plan(plan)))
        _, truth = warehouse.run_sync(
            "SELECT count(*) FROM (SELECT patient_id FROM visits GROUP BY patient_id "
            "HAVING count(*) >= 2)"
        )
    finally:
        warehouse.close()

    assert rows == truth and rows[0][0] > 0
