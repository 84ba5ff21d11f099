"""``/health/live``, ``/health/ready`` and ``/metrics`` on ``MEDSTREAM_HTTP_PORT``.

Faust's own web server is off (``web_enabled=False``): the service answers the same routes
as every medstream worker, from the same kind of small Starlette app, so probes, Prometheus
and the deploy checks treat it like the others. It runs as a ``mode`` service beside the
faust app, in the worker's event loop; the faust worker owns SIGTERM and stops it.
"""

import asyncio
import contextlib
from collections.abc import Callable, Iterator

import mode
import uvicorn
from medstream_shared.metrics import metrics_endpoint
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from medstream_surveillance.config import SurveillanceSettings


def probe_app(settings: SurveillanceSettings, consuming: Callable[[], bool]) -> Starlette:
    async def live(_: Request) -> JSONResponse:
        return JSONResponse({"status": "up", "service": settings.service_name})

    async def ready(_: Request) -> JSONResponse:
        ok = consuming()
        body = {
            "status": "ready" if ok else "not ready",
            "components": {"kafka": {"status": "up" if ok else "down"}},
        }
        return JSONResponse(body, status_code=200 if ok else 503)

    return Starlette(
        routes=[
            Route("/health/live", live),
            Route("/health/ready", ready),
            Route("/metrics", metrics_endpoint),
        ]
    )


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling: the faust worker owns SIGTERM."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


class ProbeServer(mode.Service):
    def __init__(self, settings: SurveillanceSettings, consuming: Callable[[], bool]) -> None:
        super().__init__()
        config = uvicorn.Config(
            probe_app(settings, consuming),
            host=settings.http_host,
            port=settings.http_port,
            log_config=None,
            access_log=False,
            lifespan="off",
        )
        self.server = _Server(config)
        self._task: asyncio.Task[None] | None = None

    async def on_start(self) -> None:
        self._task = asyncio.create_task(self.server.serve())

    async def on_stop(self) -> None:
        self.server.should_exit = True
        if self._task is not None:
            await self._task
