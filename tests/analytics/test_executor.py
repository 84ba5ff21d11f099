"""The warehouse connection's settings: limits, lock-down, and memory handed back when idle."""

from pathlib import Path

import duckdb
import pytest
from medstream_analytics.executor import Limits, Warehouse
from medstream_analytics.warehouse.generate import generate


@pytest.fixture(scope="module")
def small_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file of its own: DuckDB shares one instance, and its settings, per open path."""
    path = tmp_path_factory.mktemp("executor") / "warehouse.duckdb"
    generate(path, rows=2_000, seed=7)
    return path


@pytest.mark.parametrize("live", [None, ":memory:"])
def test_the_connection_returns_freed_memory_and_is_locked(
    small_warehouse: Path, live: str | None
) -> None:
    warehouse = Warehouse(
        small_warehouse,
        timeout_seconds=10,
        max_rows=10,
        limits=Limits(memory="512MB", threads=1),
        live=live,
    )
    try:
        with warehouse.session() as cursor:
            setting = "SELECT current_setting('allocator_background_threads')"
            assert cursor.execute(setting).fetchone() == (True,)
            with pytest.raises(duckdb.Error, match="lock"):
                cursor.execute("SET allocator_background_threads = false")
    finally:
        warehouse.close()
