"""Draws Vega-Lite specs as PNGs in a child process (``worker``), one at a time.

The process starts on the first chart (~1 s: Python, vl-convert and its V8 engine), is
reused while charts keep coming, and is stopped after ``idle_seconds`` without one, which
gives its memory back. A render that fails says why; one that takes longer than
``timeout_seconds`` or kills the process is a ``RenderFailed`` too, and the next chart
starts a fresh process.
"""

import asyncio
import contextlib
import json
import sys
import time
from collections.abc import Sequence
from typing import Any, Final

from medstream_shared.logging import get_logger

log = get_logger(__name__)

WORKER: Final = (sys.executable, "-m", "medstream_gateway.charts.worker")
# Twice the spec's pixels: sharp on high-density screens, and a size the console scales.
SCALE: Final = 2.0
MAX_PNG_BYTES: Final = 16 * 1024 * 1024


class RenderFailed(Exception):
    """The chart could not be drawn; ``busy`` when it ran out of time rather than failed."""

    def __init__(self, reason: str, *, busy: bool = False) -> None:
        super().__init__(reason)
        self.busy = busy


class ChartRenderer:
    def __init__(
        self,
        *,
        scale: float = SCALE,
        timeout_seconds: float = 30.0,
        idle_seconds: float = 300.0,
        command: Sequence[str] = WORKER,
    ) -> None:
        self.scale = scale
        self.timeout_seconds = timeout_seconds
        self.idle_seconds = idle_seconds
        self.command = tuple(command)
        self._process: asyncio.subprocess.Process | None = None
        self._lock = asyncio.Lock()
        self._idle: asyncio.TimerHandle | None = None
        self._reaping: set[asyncio.Future[Any]] = set()

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    async def png(self, spec: dict[str, Any]) -> bytes:
        request = json.dumps({"spec": spec, "scale": self.scale}, ensure_ascii=False)
        async with self._lock:
            started = time.perf_counter()
            try:
                png = await asyncio.wait_for(
                    self._exchange(request.encode() + b"\n"), self.timeout_seconds
                )
            except TimeoutError:
                self._kill()
                raise RenderFailed(
                    f"no picture within {self.timeout_seconds:g} s", busy=True
                ) from None
            except (OSError, EOFError, KeyError, ValueError) as exc:  # died, or spoke nonsense
                self._kill()
                raise RenderFailed(f"the renderer stopped: {type(exc).__name__}: {exc}") from exc
            except asyncio.CancelledError:  # an answer may still come: never read it as the next
                self._kill()
                raise
            finally:
                self._arm_idle_stop()
            log.info("chart drawn", ms=round((time.perf_counter() - started) * 1000, 1))
            return png

    async def close(self) -> None:
        if self._idle is not None:
            self._idle.cancel()
        async with self._lock:
            await self._stop()

    async def _exchange(self, request: bytes) -> bytes:
        process = await self._started()
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write(request)
            await process.stdin.drain()
        except ConnectionError:
            pass  # it is gone: the read below says how
        line = await process.stdout.readline()
        if not line:
            raise EOFError(f"the renderer exited with code {await process.wait()}")
        header = json.loads(line)
        if "error" in header:
            raise RenderFailed(str(header["error"]))
        size = int(header["size"])
        if not 0 < size <= MAX_PNG_BYTES:
            raise ValueError(f"a picture of {size} bytes")
        return await process.stdout.readexactly(size)

    async def _started(self) -> asyncio.subprocess.Process:
        if self._process is None or self._process.returncode is not None:
            self._process = await asyncio.create_subprocess_exec(
                *self.command,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                limit=MAX_PNG_BYTES,
            )
            log.info("chart renderer started", pid=self._process.pid)
        return self._process

    async def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.returncode is not None:
            return
        if process.stdin is not None:
            process.stdin.close()
        try:
            await asyncio.wait_for(process.wait(), 2)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()
        log.info("chart renderer stopped", pid=process.pid)

    def _kill(self) -> None:
        """Stop the process now, without waiting (asyncio reaps it)."""
        process, self._process = self._process, None
        if process is not None and process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            waiting = asyncio.ensure_future(process.wait())
            self._reaping.add(waiting)
            waiting.add_done_callback(self._reaping.discard)
            log.warning("chart renderer killed", pid=process.pid)

    def _arm_idle_stop(self) -> None:
        if self._idle is not None:
            self._idle.cancel()
        self._idle = asyncio.get_running_loop().call_later(self.idle_seconds, self._reap)

    def _reap(self) -> None:
        task = asyncio.ensure_future(self._stop_when_idle())
        self._reaping.add(task)
        task.add_done_callback(self._reaping.discard)

    async def _stop_when_idle(self) -> None:
        if self._lock.locked():  # a render is under way; it re-arms the timer
            return
        async with self._lock:
            await self._stop()
