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
from medstream_shared.events.catalog import Catalog
from medstream_shared.metrics import SQL_SECONDS

from medstream_analytics.catalog import read_catalog


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


def _identity(path: Path) -> tuple[int, int, int]:
    """What changes when a new warehouse file is swapped in (``os.replace`` gives a new inode)."""
    stat = path.stat()
    return stat.st_ino, stat.st_mtime_ns, stat.st_size


def _open(path: Path) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(str(path), read_only=True)
    connection.execute("SET enable_external_access = false")
    connection.execute("SET lock_configuration = true")
    return connection


class Warehouse:
    """The served warehouse file and its catalog; a swapped file replaces both.

    A query holds a cursor of the connection it started on, so a swap never cuts one short:
    the connection it replaces is closed only at the swap after (the old file stays readable
    through its open handle meanwhile).
    """

    def __init__(self, path: Path, *, timeout_seconds: float, max_rows: int) -> None:
        if not path.exists():
            raise WarehouseMissing(
                f"warehouse {path} not found: run `medstream-analytics dataset generate "
                f"--out {path}` or `medstream-analytics dataset import ... --out {path}`"
            )
        self.path = path
        self._identity = _identity(path)
        self._connection = _open(path)
        self._retired: duckdb.DuckDBPyConnection | None = None
        self._lock = threading.Lock()
        self.timeout_seconds = timeout_seconds
        self.max_rows = max_rows
        self.catalog = read_catalog(self._connection)

    def reload_if_changed(self) -> Catalog | None:
        """Open the file anew when it was replaced; returns the new catalog, or None."""
        try:
            identity = _identity(self.path)
        except FileNotFoundError:
            return None  # mid-swap or removed: keep serving what is open
        if identity == self._identity:
            return None
        connection = _open(self.path)
        catalog = read_catalog(connection)
        with self._lock:
            if self._retired is not None:
                self._retired.close()
            self._retired, self._connection = self._connection, connection
            self._identity = identity
            self.catalog = catalog
        return catalog

    def close(self) -> None:
        self._connection.close()
        if self._retired is not None:
            self._retired.close()

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
