"""Model-written SQL in a sandbox child sees the live visits that in-process SQL sees."""

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from medstream_analytics import live_store
from medstream_analytics.executor import Limits, Warehouse
from medstream_analytics.sandbox import SandboxSettings, SqlSandbox
from medstream_analytics.visit_batch import apply, prepare

from tests.analytics.live_visits import FIRST_LIVE_ID, TOPIC, records, small_warehouse, visit

SQL = (
    "SELECT city, count(*) AS visits, sum(cost_rub) AS cost FROM visits "
    "WHERE visit_date >= DATE '2026-01-01' GROUP BY city ORDER BY city"
)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_warehouse(tmp_path_factory.mktemp("live-sandbox"))


@pytest.fixture
def replica(base: Path, tmp_path: Path) -> Iterator[tuple[Warehouse, SqlSandbox]]:
    warehouse = Warehouse(base, timeout_seconds=5, max_rows=100, live=str(tmp_path / "l.duckdb"))
    sandbox = SqlSandbox(
        SandboxSettings(base, timeout_seconds=5, max_rows=100, limits=Limits(threads=1), live=True),
        rows_since=lambda seq: warehouse.write(lambda c: live_store.rows_since(c, seq)),
    )
    yield warehouse, sandbox
    sandbox.close()
    warehouse.close()


def ingest(warehouse: Warehouse, batch: list, seq: int) -> None:
    prepared = warehouse.write(lambda c: prepare(c, batch))
    warehouse.write(lambda c: apply(c, prepared, topic=TOPIC, seq=seq))


def test_each_query_sees_the_batches_written_before_it(
    replica: tuple[Warehouse, SqlSandbox],
) -> None:
    warehouse, sandbox = replica
    assert sandbox.run_sync(SQL) == warehouse.run_sync(SQL) == (["city", "visits", "cost"], [])

    ingest(warehouse, records(visit(FIRST_LIVE_ID), visit(FIRST_LIVE_ID + 1, city="Tver")), 1)
    assert sandbox.run_sync(SQL) == warehouse.run_sync(SQL)
    assert len(sandbox.run_sync(SQL)[1]) == 2

    changed = visit(FIRST_LIVE_ID, cost_rub=Decimal("7.00"), visit_date=dt.date(2026, 2, 1))
    ingest(warehouse, records(changed, visit(FIRST_LIVE_ID + 2)), 2)
    assert sandbox.run_sync(SQL) == warehouse.run_sync(SQL)
    assert sandbox.run_sync(SQL)[1][0][1] == 2  # Moscow: the replaced visit once, and the new


def test_after_a_reset_a_fresh_child_gets_every_live_row(
    replica: tuple[Warehouse, SqlSandbox],
) -> None:
    warehouse, sandbox = replica
    ingest(warehouse, records(visit(FIRST_LIVE_ID)), 1)
    sandbox.run_sync(SQL)

    sandbox.reset()

    assert sandbox.run_sync(SQL) == warehouse.run_sync(SQL)
    assert sandbox.run_sync(SQL)[1] == [["Moscow", 1, 1500.0]]


def test_a_fresh_childs_copy_is_not_counted_against_the_query_time_limit(
    base: Path, tmp_path: Path
) -> None:
    warehouse = Warehouse(base, timeout_seconds=5, max_rows=10, live=str(tmp_path / "big.duckdb"))
    rows = [
        (
            FIRST_LIVE_ID + i,
            1,
            dt.date(2026, 1, 3),
            "Moscow",
            "Western",
            "J06",
            "Therapy",
            "outpatient",
            30,
            Decimal("1.00"),
        )
        for i in range(50_000)
    ]

    def write(connection: duckdb.DuckDBPyConnection) -> None:
        connection.execute("BEGIN")
        live_store.upsert_live(connection, rows, [], seq=1)
        connection.execute("COMMIT")

    warehouse.write(write)
    sandbox = SqlSandbox(
        SandboxSettings(
            base,
            timeout_seconds=0.2,
            max_rows=10,
            limits=Limits(threads=1),
            live=True,
            grace_seconds=0.2,
        ),
        rows_since=lambda seq: warehouse.write(lambda c: live_store.rows_since(c, seq)),
    )
    try:
        sql = "SELECT count(*) FROM visits WHERE visit_date = DATE '2026-01-03'"
        assert sandbox.run_sync(sql) == (["count_star()"], [[50_000]])
    finally:
        sandbox.close()
        warehouse.close()
