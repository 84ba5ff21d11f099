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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

import duckdb
from medstream_shared.events.catalog import Catalog
from medstream_shared.metrics import SQL_SECONDS

from medstream_analytics.catalog import read_catalog
from medstream_analytics.live_store import attach_union

T = TypeVar("T")


class QueryAborted(RuntimeError):
    """The warehouse stopped a query that exceeded a limit; the reason is fit for an answer."""


class QueryTimeout(QueryAborted):
    pass


class QueryTooLarge(QueryAborted):
    pass


class WarehouseMissing(RuntimeError):
    pass


class LiveStoreInUse(RuntimeError):
    """Two replicas were given the same live store (DuckDB allows one writer per file)."""


class SqlRunner(Protocol):
    """What runs checked SQL: the in-process ``Warehouse`` or the killable ``SqlSandbox``."""

    async def run(self, sql: str) -> tuple[list[str], list[list[Any]]]: ...


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


@dataclass(frozen=True)
class Limits:
    """What one analytics process lets DuckDB use: memory, threads, and no spilling to disk,
    so a query that outgrows the memory fails in a second instead of filling the disk."""

    memory: str = "1GB"
    threads: int = 2
    temp_directory_size: str = "0B"


def _open(path: Path, limits: Limits, live: str | None = None) -> duckdb.DuckDBPyConnection:
    """The base file read-only; or, with ``live`` (a file or ``:memory:``), the live store
    read-write with the base attached read-only under it (``live_store``)."""
    if live is None:
        connection = duckdb.connect(str(path), read_only=True)
    else:
        try:
            connection = duckdb.connect(live)
        except duckdb.IOException as exc:
            raise LiveStoreInUse(
                f"the live store {live} is open in another process; give each replica its "
                "own MEDSTREAM_REPLICA_ID or MEDSTREAM_LIVE_STORE_PATH"
            ) from exc
        attach_union(connection, path)
    connection.execute(f"SET memory_limit = '{limits.memory}'")
    connection.execute(f"SET threads = {int(limits.threads)}")
    connection.execute(f"SET max_temp_directory_size = '{limits.temp_directory_size}'")
    connection.execute("SET enable_external_access = false")
    # DuckDB's allocator (jemalloc) keeps the pages a query freed until it allocates again;
    # its background threads hand them back to the OS after a few seconds, so an idle
    # process does not hold what reading the catalog needed (~12 MB with 1M visits).
    connection.execute("SET allocator_background_threads = true")
    connection.execute("SET lock_configuration = true")
    return connection


class Warehouse:
    """The served warehouse file and its catalog; a swapped file replaces both.

    DuckDB keeps one database instance per path while any connection to it is open, so the
    new file at the same path is only read once the old connection is closed. A swap
    therefore holds new queries back, lets the running ones finish (the old file stays
    readable through its open handle), closes the old connection and opens the new file:
    a question is answered wholly from the old data or wholly from the new.

    With ``live`` (a live store's path, or ``:memory:`` in a sandbox child) the tables are the
    base plus the visits that came in over Kafka (``live_store``); :meth:`write` runs the
    ingest's transactions on the same database, so a committed batch is seen by the next
    query.
    """

    def __init__(
        self,
        path: Path,
        *,
        timeout_seconds: float,
        max_rows: int,
        limits: Limits = Limits(),
        live: str | None = None,
    ) -> None:
        if not path.exists():
            raise WarehouseMissing(
                f"warehouse {path} not found: run `medstream-analytics dataset generate "
                f"--out {path}` or `medstream-analytics dataset import ... --out {path}`"
            )
        self.path = path
        self._identity = _identity(path)
        self.limits = limits
        self.live = live
        self._connection = _open(path, limits, live)
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._running = 0
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
        with self._idle:
            self._idle.wait_for(lambda: self._running == 0)
            self._connection.close()
            self._connection = _open(self.path, self.limits, self.live)
            self._identity = _identity(self.path)
            self.catalog = read_catalog(self._connection)
            return self.catalog

    def close(self) -> None:
        self._connection.close()

    @contextlib.contextmanager
    def session(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for several steps (the ingest's check, then its write); a
        swap waits until it is released, so both steps see the same base."""
        with self._lock:
            cursor = self._connection.cursor()
            self._running += 1
        try:
            yield cursor
        finally:
            cursor.close()
            with self._idle:
                self._running -= 1
                self._idle.notify_all()

    def write(self, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Run ``work`` on a cursor of its own; a swap waits for it as for a query."""
        with self.session() as cursor:
            return work(cursor)

    def refresh_catalog(self) -> Catalog:
        """Read the catalog again (after live visits changed what can be asked about)."""
        self.catalog = self.write(read_catalog)
        return self.catalog

    async def run(self, sql: str) -> tuple[list[str], list[list[Any]]]:
        return await asyncio.to_thread(self.run_sync, sql)

    def run_sync(self, sql: str) -> tuple[list[str], list[list[Any]]]:
        """Run one query on its own cursor, so queries from several threads run side by side."""
        with self._lock:
            cursor = self._connection.cursor()
            self._running += 1
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
        except duckdb.OutOfMemoryException as exc:
            outcome = "too_large"
            raise QueryTooLarge(
                f"the query needed more than the {self.limits.memory} of memory it may use"
            ) from exc
        finally:
            timer.cancel()
            cursor.close()
            with self._idle:
                self._running -= 1
                self._idle.notify_all()
            SQL_SECONDS.labels(outcome=outcome).observe(time.perf_counter() - started)
        return columns, [[to_json_value(v) for v in row] for row in rows]

    def distinct(self, sql: str) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._connection.execute(sql).fetchall()
