"""The probe and metrics endpoints every worker serves: ``/health/live``, ``/health/ready``
and ``/metrics`` on ``MEDSTREAM_HTTP_PORT``, from a small Starlette app on uvicorn.

One app for every worker, so Kubernetes probes, Prometheus and the deploy checks treat the
services alike; what "ready" means is the worker's own (``Readiness``).
"""

import contextlib
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from medstream_shared.config import ServiceSettings
from medstream_shared.metrics import metrics_endpoint

Readiness = Callable[[], Awaitable[tuple[bool, dict[str, Any]]]]
"""Whether the worker is ready, and the status of each component it depends on."""


class ProbeServer(uvicorn.Server):
    """uvicorn without its own signal handling: the worker owns SIGTERM and stops us."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def probe_app(service_name: str, readiness: Readiness) -> Starlette:
    async def live(_: Request) -> JSONResponse:
        return JSONResponse({"status": "up", "service": service_name})

    async def ready(_: Request) -> JSONResponse:
        ok, components = await readiness()
        body = {"status": "ready" if ok else "not ready", "components": components}
        return JSONResponse(body, status_code=200 if ok else 503)

    return Starlette(
        routes=[
            Route("/health/live", live),
            Route("/health/ready", ready),
            Route("/metrics", metrics_endpoint),
        ]
    )


def probe_server(settings: ServiceSettings, readiness: Readiness) -> ProbeServer:
    config = uvicorn.Config(
        probe_app(settings.service_name, readiness),
        host=settings.http_host,
        port=settings.http_port,
        log_config=None,
        access_log=False,
        lifespan="off",
    )
    return ProbeServer(config)
