"""Runs validated SQL on a read-only DuckDB connection, with a row cap and a time limit.

DuckDB is embedded and synchronous, so queries run in a worker thread; a timer calls
``interrupt()`` on the connection when the time limit passes. External access is switched off
and the configuration locked right after opening, so no statement that slips past the SQL
guard can read files, attach databases or undo those settings.
"""

import asyncio
import contextlib
import datetime as dt
import decimal
import threading
import time
from pathlib import Path
from typing import Any

import duckdb
from medstream_shared.metrics import SQL_SECONDS


class QueryTimeout(RuntimeError):
    pass


class WarehouseMissing(RuntimeError):
    pass


def to_json_value(value: Any) -> Any:
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _interrupt(cursor: duckdb.DuckDBPyConnection) -> None:
    """Interrupt a running query; the timer may fire just as the cursor is being closed."""
    with contextlib.suppress(duckdb.Error):
        cursor.interrupt()


class Warehouse:
    def __init__(self, path: Path, *, timeout_seconds: float, max_rows: int) -> None:
        if not path.exists():
            raise WarehouseMissing(
                f"warehouse {path} not found: "
                f"run `medstream-analytics dataset generate --out {path}`"
            )
        self._connection = duckdb.connect(str(path), read_only=True)
        self._connection.execute("SET enable_external_access = false")
        self._connection.execute("SET lock_configuration = true")
        self._lock = threading.Lock()
        self.timeout_seconds = timeout_seconds
        self.max_rows = max_rows

    def close(self) -> None:
        self._connection.close()

    async def run(self, sql: str) -> tuple[list[str], list[list[Any]]]:
        return await asyncio.to_thread(self.run_sync, sql)

    def run_sync(self, sql: str) -> tuple[list[str], list[list[Any]]]:
        """Run one query on its own cursor, so queries from several threads run side by side."""
        with self._lock:
            cursor = self._connection.cursor()
        timer = threading.Timer(self.timeout_seconds, _interrupt, (cursor,))
        started = time.perf_counter()
        outcome = "error"
        timer.start()
        try:
            relation = cursor.execute(sql)
            rows = relation.fetchmany(self.max_rows)
            columns = [d[0] for d in relation.description or []]
            outcome = "ok"
        except duckdb.InterruptException as exc:
            outcome = "timeout"
            raise QueryTimeout(f"the query ran longer than {self.timeout_seconds:g}s") from exc
        finally:
            timer.cancel()
            cursor.close()
            SQL_SECONDS.labels(outcome=outcome).observe(time.perf_counter() - started)
        return columns, [[to_json_value(v) for v in row] for row in rows]

    def distinct(self, sql: str) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._connection.execute(sql).fetchall()
