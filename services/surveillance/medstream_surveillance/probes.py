"""``/health/live``, ``/health/ready`` and ``/metrics`` on ``MEDSTREAM_HTTP_PORT``.

Faust's own web server is off (``web_enabled=False``): the service serves the shared probe
app (``medstream_shared.probes``), like every medstream worker, so probes, Prometheus and the
deploy checks treat it like the others. It runs as a ``mode`` service beside the faust app,
in the worker's event loop; the faust worker owns SIGTERM and stops it.
"""

import asyncio
from collections.abc import Callable
from typing import Any

import mode
from medstream_shared.probes import Readiness, probe_server
from medstream_shared.probes import probe_app as shared_probe_app
from starlette.applications import Starlette

from medstream_surveillance.config import SurveillanceSettings


def kafka_readiness(consuming: Callable[[], bool]) -> Readiness:
    """Ready while faust consumes its topics (its state lives in Kafka, not in a store)."""

    async def readiness() -> tuple[bool, dict[str, Any]]:
        ok = consuming()
        return ok, {"kafka": {"status": "up" if ok else "down"}}

    return readiness


def probe_app(settings: SurveillanceSettings, consuming: Callable[[], bool]) -> Starlette:
    return shared_probe_app(settings.service_name, kafka_readiness(consuming))


class ProbeServer(mode.Service):
    def __init__(self, settings: SurveillanceSettings, consuming: Callable[[], bool]) -> None:
        super().__init__()
        self.server = probe_server(settings, kafka_readiness(consuming))
        self._task: asyncio.Task[None] | None = None

    async def on_start(self) -> None:
        self._task = asyncio.create_task(self.server.serve())

    async def on_stop(self) -> None:
        self.server.should_exit = True
        if self._task is not None:
            await self._task
