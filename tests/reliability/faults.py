"""The faults themselves: kill -9 a service, restart or stop a piece of infrastructure.

Each leaves the shared session stack as it found it (every service running and ready, the
infrastructure up), in ``finally`` blocks, because the tests after it use the same stack. A
service that died on its own during a fault is restarted too, and reported as a crash.
"""

import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

from tests.reliability.ledger import Ledger
from tests.reliability.load import LoadGenerator
from tests.stack import SERVICES, Stack

REPO = Path(__file__).resolve().parents[2]
INFRA = REPO / "deploy/local/infra.sh"
BUSY_WAIT_SECONDS = 30.0
"""Answers take milliseconds now (charts are drawn later): a victim is seldom caught busy."""
STREAMS_AT_KILL = 3


@dataclass
class FaultContext:
    """What a fault may use and what it reports back."""

    stack: Stack
    rng: Random
    load: LoadGenerator
    ledger: Ledger
    notes: list[str] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    outage: tuple[float, float] | None = None  # monotonic start and end of an infra outage

    def note(self, text: str) -> None:
        self.notes.append(f"+{time.monotonic() - self.started:.1f} s {text}")


def kill_and_restart(ctx: FaultContext, name: str, busy: Callable[[], int]) -> None:
    """kill -9 ``name`` while it has work in hand, leave it down a moment, start it again."""
    in_hand = _wait_until(busy, BUSY_WAIT_SECONDS)
    if not in_hand:
        raise AssertionError(
            f"{name} never held work in hand within {BUSY_WAIT_SECONDS:.0f} s: killing it "
            "idle would prove nothing"
        )
    code = ctx.stack.stop(name, sig=signal.SIGKILL)
    ctx.note(f"kill -9 {name} (exit {code}) with {in_hand} request(s) in its hands")
    try:
        time.sleep(ctx.rng.uniform(2.0, 4.0))
    finally:
        began = time.monotonic()
        ctx.stack.start(name)
        ctx.stack.wait_ready(name, timeout=90)
        ctx.note(f"{name} restarted, ready in {time.monotonic() - began:.1f} s")


def stop_infra(
    ctx: FaultContext,
    component: str,
    down_seconds: float,
    during: Callable[[], None] | None = None,
) -> None:
    """Stop ``component`` (kafka, mongo, redis) for ``down_seconds``; always start it again.

    ``during`` runs once the component is down (a probe of what clients see meanwhile).
    """
    began = time.monotonic()
    try:
        _infra("stop", component)
        stopped = time.monotonic()
        ctx.note(f"{component} stopped ({stopped - began:.1f} s to stop)")
        if during is not None:
            during()
        time.sleep(max(0.0, down_seconds - (time.monotonic() - stopped)))
    finally:
        restarting = time.monotonic()
        _infra("start", component)
        ctx.outage = (began, time.monotonic())
        ctx.note(f"{component} started again ({time.monotonic() - restarting:.1f} s to start)")
    recover_services(ctx)


def kill_replica_while_streaming(ctx: FaultContext, name: str) -> None:
    """kill -9 the gateway replica ``name`` while clients stream session updates from it."""
    url = ctx.stack.services[name].url

    def open_streams() -> int:
        return sum(
            1
            for r in list(ctx.load.record.streams)
            if r.events and not r.final and r.urls and r.urls[-1] == url
        )

    _wait_until(lambda: open_streams() >= STREAMS_AT_KILL, BUSY_WAIT_SECONDS)
    streaming = open_streams()
    code = ctx.stack.stop(name, sig=signal.SIGKILL)
    ctx.note(f"kill -9 {name} (exit {code}) while {streaming} client(s) streamed from it")


def recover_services(ctx: FaultContext, timeout: float = 120.0) -> None:
    """Wait until every service is ready again on its own; restart any that died."""
    began = time.monotonic()
    for name in SERVICES:
        process = ctx.stack.services[name].process
        assert process is not None
        if process.poll() is not None:
            ctx.crashed.append(f"{name} exited with {process.returncode}")
            ctx.stack.start(name)
        ctx.stack.wait_ready(name, timeout=max(timeout - (time.monotonic() - began), 5.0))
    ctx.note(f"all services ready ({time.monotonic() - began:.1f} s)")


def _infra(action: str, component: str) -> None:
    subprocess.run(["bash", str(INFRA), action, component], check=True, timeout=180)


def _wait_until(count: Callable[[], int], timeout: float) -> int:
    """Poll ``count`` until it is non-zero (returned) or ``timeout`` passes (0 or last value)."""
    deadline = time.monotonic() + timeout
    while True:
        found = int(count())
        if found or time.monotonic() >= deadline:
            return found
        time.sleep(0.1)
