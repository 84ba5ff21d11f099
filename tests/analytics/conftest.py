"""A warehouse generated once per test session, shared by the analytics tests."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from medstream_analytics.executor import Warehouse
from medstream_analytics.warehouse.generate import generate

EVAL_ROWS = 200_000
EVAL_SEED = 42


@pytest.fixture(scope="session")
def eval_warehouse_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("eval-warehouse") / "warehouse.duckdb"
    generate(path, rows=EVAL_ROWS, seed=EVAL_SEED)
    return path


@pytest.fixture(scope="session")
def eval_warehouse(eval_warehouse_path: Path) -> Iterator[Warehouse]:
    opened = Warehouse(eval_warehouse_path, timeout_seconds=10, max_rows=10_000)
    yield opened
    opened.close()
