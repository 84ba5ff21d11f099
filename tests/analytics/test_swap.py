"""A replaced warehouse file is served without a restart, with its own catalog."""

import os
import threading
import time
from pathlib import Path

from medstream_analytics.executor import Warehouse
from medstream_analytics.warehouse.generate import generate


def test_a_replaced_file_is_opened_anew_with_its_catalog(tmp_path: Path) -> None:
    served = tmp_path / "warehouse.duckdb"
    generate(served, rows=2_000, seed=1)
    warehouse = Warehouse(served, timeout_seconds=5, max_rows=10)
    try:
        before = warehouse.catalog
        assert warehouse.reload_if_changed() is None  # nothing changed

        generate(tmp_path / "next.duckdb", rows=3_000, seed=2)
        os.replace(tmp_path / "next.duckdb", served)
        after = warehouse.reload_if_changed()

        assert after is not None and after.version != before.version
        assert (before.visits, after.visits) == (2_000, 3_000)
        assert warehouse.run_sync("SELECT count(*) FROM visits")[1] == [[3_000]]
        assert warehouse.reload_if_changed() is None
    finally:
        warehouse.close()


def test_a_swap_waits_for_the_running_query(tmp_path: Path) -> None:
    served = tmp_path / "warehouse.duckdb"
    generate(served, rows=2_000, seed=1)
    warehouse = Warehouse(served, timeout_seconds=20, max_rows=10)
    slow = "SELECT count(*) FROM range(1000000000) a"  # runs for a moment on the old file
    results: list[object] = []
    try:
        running = threading.Thread(target=lambda: results.append(warehouse.run_sync(slow)))
        running.start()
        while warehouse._running == 0:  # the query has its cursor on the old file
            time.sleep(0.001)
        generate(tmp_path / "next.duckdb", rows=3_000, seed=2)
        os.replace(tmp_path / "next.duckdb", served)
        catalog = warehouse.reload_if_changed()
        running.join()

        assert results == [(["count_star()"], [[1_000_000_000]])]
        assert catalog is not None and catalog.visits == 3_000
    finally:
        warehouse.close()
