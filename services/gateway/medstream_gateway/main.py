"""Builds the gateway's FastAPI application."""

import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from medstream_shared.cli import explain
from medstream_shared.metrics import metrics_endpoint

from medstream_gateway.api.routes import (
    alerts,
    catalog,
    charts,
    console,
    health,
    live,
    queries,
    reports,
    sessions,
    v2,
)
from medstream_gateway.core.body_limit import BodyLimit
from medstream_gateway.core.config import GatewaySettings, get_settings
from medstream_gateway.core.errors import install_error_handlers
from medstream_gateway.core.openapi import install_problem_openapi
from medstream_gateway.core.telemetry import instrument
from medstream_gateway.readmodel.metrics import background_samplers
from medstream_gateway.state import GatewayState


def stop_on_unreachable_dependency(exc: Exception, settings: GatewaySettings) -> None:
    """Exit with one line when Kafka, MongoDB or Redis cannot be reached at start-up.

    uvicorn turns any failure of the lifespan into a logged traceback and exit code 3; the
    process holds nothing to drain yet, so it ends here as the workers do
    (``medstream_shared.cli``).
    """
    explained = explain(exc, settings=settings)
    if explained is not None:
        print(f"error: {explained}", file=sys.stderr, flush=True)
        os._exit(1)


def create_app(settings: GatewaySettings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state = GatewayState.build(settings)
        try:
            await state.start()
        except Exception as exc:
            stop_on_unreachable_dependency(exc, settings)
            raise
        app.state.gateway = state
        try:
            async with background_samplers(state):
                yield
        finally:
            await state.close()

    app = FastAPI(
        title="medstream gateway",
        version="0.1.0",
        summary="Medical analytics questions and medical reports over an event-streamed backend",
        lifespan=lifespan,
        # A path is served at one spelling: a trailing slash is a 404, never a redirect that
        # scrapers, curl and some HTTP clients do not follow (docs/api.md).
        redirect_slashes=False,
    )
    install_error_handlers(app)
    install_problem_openapi(app)
    app.add_middleware(BodyLimit, max_body_size=settings.max_body_bytes)
    instrument(app, settings)
    for module in (queries, sessions, live, charts, reports, catalog, alerts, health, v2):
        app.include_router(module.router)
    app.include_router(console.router)
    app.add_route("/metrics", metrics_endpoint, include_in_schema=False)
    return app
