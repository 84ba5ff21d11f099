"""Runs model-written SQL in child processes that can be killed and replaced.

The executor's timer interrupts DuckDB between vectors; work inside one scalar call (a
function the guard did not foresee) runs on regardless, holding a thread and memory of the
analytics process. SQL from a language model therefore runs in a child process with its own
read-only connection: when the answer is not back ``grace_seconds`` after the time limit,
the child is killed (``SIGKILL``, which stops anything) and a fresh one takes its place. The
offline engine's SQL, compiled from a typed plan, keeps running in-process.

With live visits (``live_store``) a child cannot open its replica's live store (the replica
holds it read-write), so it keeps an in-memory copy: before each query the parent sends the
live rows written since the child's last query (``rows_since``), the child applies them, then
runs the SQL, and sees what in-process SQL sees.

Children are started with ``spawn`` (the parent runs threads: a forked child could inherit a
held lock) and lazily, on the first model-written query, so an analytics process without an
LLM never starts one.
"""

import asyncio
import multiprocessing
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

import duckdb
from medstream_shared.logging import get_logger
from medstream_shared.metrics import SQL_KILLED, SQL_SECONDS

from medstream_analytics.executor import (
    Limits,
    QueryAborted,
    QueryTimeout,
    QueryTooLarge,
    Warehouse,
)
from medstream_analytics.live_store import LivePush, apply_push

log = get_logger(__name__)

START_SECONDS = 60.0
"""How long a new child may take to open the warehouse and say it is ready."""

_ABORTS: dict[str, type[QueryAborted]] = {
    "QueryTimeout": QueryTimeout,
    "QueryTooLarge": QueryTooLarge,
}


@dataclass(frozen=True)
class SandboxSettings:
    path: Path
    timeout_seconds: float
    max_rows: int
    limits: Limits
    grace_seconds: float = 2.0
    live: bool = False
    """Keep an in-memory live store that the parent fills before each query."""


def _apply(push: LivePush, connection: duckdb.DuckDBPyConnection) -> None:
    apply_push(connection, push)


def _serve(connection: Connection, settings: SandboxSettings) -> None:
    """The child: open the warehouse read-only, then answer one query at a time."""
    warehouse = Warehouse(
        settings.path,
        timeout_seconds=settings.timeout_seconds,
        max_rows=settings.max_rows,
        limits=settings.limits,
        live=":memory:" if settings.live else None,
    )
    connection.send(("ready",))
    while True:
        try:
            kind, payload = connection.recv()
        except EOFError:
            return
        if kind == "push":
            warehouse.write(partial(_apply, payload))
            connection.send(("pushed",))
            continue
        sql = payload
        if not settings.live:
            warehouse.reload_if_changed()  # with live rows the parent restarts us on a swap
        try:
            connection.send(("ok", warehouse.run_sync(sql)))
        except QueryAborted as exc:
            connection.send(("aborted", type(exc).__name__, str(exc)))
        except Exception as exc:  # a DuckDB error: the query failed, the child lives on
            connection.send(("failed", f"{type(exc).__name__}: {exc}"))


class _Child:
    def __init__(self, settings: SandboxSettings, generation: int = 0) -> None:
        self.generation = generation
        self.seq = 0
        """The newest live batch this child holds."""
        context = multiprocessing.get_context("spawn")
        self.connection, child_end = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_serve, args=(child_end, settings), name="medstream-sql", daemon=True
        )
        self.process.start()
        child_end.close()
        if not self.connection.poll(START_SECONDS):
            self.kill()
            raise QueryAborted("the SQL sandbox did not start")
        self.connection.recv()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class SqlSandbox:
    """A pool of ``processes`` children, each running one query at a time."""

    def __init__(
        self,
        settings: SandboxSettings,
        *,
        processes: int = 1,
        rows_since: Callable[[int], LivePush] | None = None,
    ) -> None:
        self.settings = settings
        self._rows_since = rows_since
        self._generation = 0
        self._generation_lock = threading.Lock()
        self._idle: queue.Queue[_Child | None] = queue.Queue()
        for _ in range(processes):
            self._idle.put(None)  # started on first use

    async def run(self, sql: str) -> tuple[list[str], list[list[Any]]]:
        return await asyncio.to_thread(self.run_sync, sql)

    def run_sync(self, sql: str) -> tuple[list[str], list[list[Any]]]:
        started, outcome = time.perf_counter(), "error"
        try:
            columns, rows = self._run(sql)
            outcome = "ok"
            return columns, rows
        except QueryTimeout:
            outcome = "timeout"
            raise
        except QueryTooLarge:
            outcome = "too_large"
            raise
        finally:
            SQL_SECONDS.labels(outcome=outcome).observe(time.perf_counter() - started)

    def _run(self, sql: str) -> tuple[list[str], list[list[Any]]]:
        child = self._idle.get()
        try:
            if child is not None and child.generation != self._generation:
                child.kill()  # started before a swap: its live copy is of the old warehouse
                child = None
            if child is None or not child.process.is_alive():
                child = _Child(self.settings, self._generation)
            if self._rows_since is not None:
                self._top_up(child)
            child.connection.send(("sql", sql))
            limit = self.settings.timeout_seconds + self.settings.grace_seconds
            if not child.connection.poll(limit):
                child.kill()
                child = None
                SQL_KILLED.inc()
                log.warning("runaway query killed with its process", seconds=limit)
                raise QueryTimeout(
                    f"the query ran longer than {self.settings.timeout_seconds:g}s and was stopped"
                )
            reply = child.connection.recv()
        except (EOFError, OSError) as exc:  # the child died under the query
            child = None
            raise QueryAborted("the query stopped its process") from exc
        finally:
            self._idle.put(child)
        kind = reply[0]
        if kind == "ok":
            columns, rows = reply[1]
            return columns, rows
        if kind == "aborted":
            raise _ABORTS.get(reply[1], QueryAborted)(reply[2])
        raise QueryAborted(f"the query failed: {reply[1]}")

    def _top_up(self, child: _Child) -> None:
        """Send the child the live rows it lacks, before (not within) the query's time limit:
        a fresh child's first copy of a large live store may take seconds."""
        assert self._rows_since is not None
        push = self._rows_since(child.seq)
        if push[1] or push[2]:
            child.connection.send(("push", push))
            if not child.connection.poll(START_SECONDS):
                child.kill()
                raise QueryAborted("the SQL sandbox could not take the live visits")
            child.connection.recv()
        child.seq = push[0]

    def reset(self) -> None:
        """Replace every child before its next query (after a swap of the base warehouse)."""
        with self._generation_lock:
            self._generation += 1

    def close(self) -> None:
        while not self._idle.empty():
            child = self._idle.get_nowait()
            if child is not None:
                child.kill()
