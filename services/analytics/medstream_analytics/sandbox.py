"""Runs model-written SQL in child processes that can be killed and replaced.

The executor's timer interrupts DuckDB between vectors; work inside one scalar call (a
function the guard did not foresee) runs on regardless, holding a thread and memory of the
analytics process. SQL from a language model therefore runs in a child process with its own
read-only connection: when the answer is not back ``grace_seconds`` after the time limit,
the child is killed (``SIGKILL``, which stops anything) and a fresh one takes its place. The
offline engine's SQL, compiled from a typed plan, keeps running in-process.

Children are started with ``spawn`` (the parent runs threads: a forked child could inherit a
held lock) and lazily, on the first model-written query, so an analytics process without an
LLM never starts one.
"""

import asyncio
import multiprocessing
import queue
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from medstream_shared.logging import get_logger
from medstream_shared.metrics import SQL_KILLED, SQL_SECONDS

from medstream_analytics.executor import (
    Limits,
    QueryAborted,
    QueryTimeout,
    QueryTooLarge,
    Warehouse,
)

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


def _serve(connection: Connection, settings: SandboxSettings) -> None:
    """The child: open the warehouse read-only, then answer one query at a time."""
    warehouse = Warehouse(
        settings.path,
        timeout_seconds=settings.timeout_seconds,
        max_rows=settings.max_rows,
        limits=settings.limits,
    )
    connection.send(("ready",))
    while True:
        try:
            sql = connection.recv()
        except EOFError:
            return
        warehouse.reload_if_changed()
        try:
            connection.send(("ok", warehouse.run_sync(sql)))
        except QueryAborted as exc:
            connection.send(("aborted", type(exc).__name__, str(exc)))
        except Exception as exc:  # a DuckDB error: the query failed, the child lives on
            connection.send(("failed", f"{type(exc).__name__}: {exc}"))


class _Child:
    def __init__(self, settings: SandboxSettings) -> None:
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

    def __init__(self, settings: SandboxSettings, *, processes: int = 1) -> None:
        self.settings = settings
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
            if child is None or not child.process.is_alive():
                child = _Child(self.settings)
            child.connection.send(sql)
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

    def close(self) -> None:
        while not self._idle.empty():
            child = self._idle.get_nowait()
            if child is not None:
                child.kill()
