"""Model-written SQL runs in a child process: a runaway query is killed with it, and the
next query gets a fresh child. These queries bypass the guard on purpose (the guard would
refuse them): the sandbox is the line behind it."""

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from medstream_analytics.executor import Limits, QueryAborted, QueryTimeout, Warehouse
from medstream_analytics.sandbox import SandboxSettings, SqlSandbox
from prometheus_client import REGISTRY

RUNAWAY = "SELECT length(lpad('x', 2000000000, 'y')) AS n"


@pytest.fixture(scope="module")
def sandbox(eval_warehouse_path: Path) -> Iterator[SqlSandbox]:
    settings = SandboxSettings(
        eval_warehouse_path,
        timeout_seconds=1.0,
        max_rows=100,
        limits=Limits(memory="1GB", threads=1),
        grace_seconds=1.0,
    )
    pool = SqlSandbox(settings)
    yield pool
    pool.close()


def killed() -> float:
    return REGISTRY.get_sample_value("medstream_sql_killed_total") or 0.0


def test_a_query_runs_as_in_process(sandbox: SqlSandbox, eval_warehouse: Warehouse) -> None:
    sql = "SELECT city, count(*) AS visits FROM visits GROUP BY city ORDER BY city"

    assert sandbox.run_sync(sql) == eval_warehouse.run_sync(sql)


def test_a_runaway_scalar_call_is_killed_and_the_next_query_answered(
    sandbox: SqlSandbox,
) -> None:
    sandbox.run_sync("SELECT 1 AS warm")  # the child is up
    before, began = killed(), time.monotonic()

    with pytest.raises(QueryTimeout, match="was stopped"):
        sandbox.run_sync(RUNAWAY)

    assert time.monotonic() - began < 5, "killed at the limit plus grace, not at the end"
    assert killed() == before + 1
    assert sandbox.run_sync("SELECT 2 AS next") == (["next"], [[2]])


def test_a_failing_query_is_a_clear_abort_and_the_child_lives_on(sandbox: SqlSandbox) -> None:
    with pytest.raises(QueryAborted, match=r"the query failed: .*no_such_table"):
        sandbox.run_sync("SELECT * FROM no_such_table")

    assert sandbox.run_sync("SELECT 3 AS alive") == (["alive"], [[3]])
