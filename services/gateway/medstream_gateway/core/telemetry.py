"""The gateway's HTTP metrics and traces.

Every HTTP request is measured and traced by :class:`HttpTelemetry`. Its labels are route
templates (``/api/v1/sessions/{session_id}``), never raw paths, so the number of series is
fixed by the API rather than by how many sessions exist. Its server span continues a
caller's ``traceparent`` header, and the event a request publishes carries that span's
trace on through Kafka: ``POST /api/v1/queries`` starts the trace of the whole session.

The read model's own metrics (sessions by status, time to a final answer) are in
``medstream_gateway.readmodel.metrics``.
"""

import time

from fastapi import FastAPI
from medstream_shared.metrics import HTTP_REQUESTS, HTTP_SECONDS
from medstream_shared.telemetry import configure_tracing, tracer
from opentelemetry import propagate, trace
from starlette.routing import BaseRoute, Match, Mount, Router
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from medstream_gateway.core.config import GatewaySettings

UNMATCHED = "unmatched"
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def instrument(app: FastAPI, settings: GatewaySettings) -> None:
    """Trace and measure every HTTP request of ``app``."""
    configure_tracing(settings.service_name)
    app.add_middleware(HttpTelemetry, router=app.router)


def route_of(scope: Scope, routes: list[BaseRoute]) -> str:
    """The template of the route that answered ``scope`` (call once the app has routed it).

    FastAPI's router records the matched route in the scope; requests it did not route
    (a mount such as /metrics, a 404) are matched against the top-level routes here.
    """
    routed = getattr(scope.get("route"), "path", None)
    if isinstance(routed, str):
        return routed
    partial: BaseRoute | None = None
    for candidate in routes:
        match, _ = candidate.matches(scope)
        if match == Match.FULL:
            return str(getattr(candidate, "path", UNMATCHED))
        if match == Match.PARTIAL and partial is None:
            partial = candidate  # the path exists, the method does not: answered 405
        if partial is None and isinstance(candidate, Mount) and scope["path"] == candidate.path:
            partial = candidate  # "/metrics" without its slash: redirected to the mount
    return str(getattr(partial, "path", UNMATCHED))


class HttpTelemetry:
    """ASGI middleware: a server span, a request counter and a latency histogram.

    Latency is measured to the response headers, the moment a client starts getting its
    answer. That keeps the live-update streams (SSE), which stay open for minutes, from
    reading as minutes-long requests in the latency histogram and its p95 alert. The route
    is known only once the app has routed the request, so the span is renamed then.
    """

    def __init__(self, app: ASGIApp, router: Router) -> None:
        self.app = app
        self.router = router

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"] if scope["method"] in KNOWN_METHODS else "other"
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        started = time.perf_counter()
        answered: tuple[str, int] | None = None  # route and status, once the headers went

        with tracer.start_as_current_span(
            method,
            context=propagate.extract(headers),
            kind=trace.SpanKind.SERVER,
            attributes={"http.request.method": method, "url.path": scope["path"]},
        ) as span:

            def answer(status: int) -> tuple[str, int]:
                route = route_of(scope, self.router.routes)
                HTTP_SECONDS.labels(method=method, route=route).observe(
                    time.perf_counter() - started
                )
                span.update_name(f"{method} {route}")
                span.set_attributes({"http.route": route, "http.response.status_code": status})
                if status >= 500:
                    span.set_status(trace.StatusCode.ERROR)
                return route, status

            async def send_measured(message: Message) -> None:
                nonlocal answered
                if message["type"] == "http.response.start" and answered is None:
                    answered = answer(int(message["status"]))
                await send(message)

            try:
                await self.app(scope, receive, send_measured)
            finally:
                if answered is None:  # an exception escaped: the server answers 500
                    answered = answer(500)
                route, status = answered
                HTTP_REQUESTS.labels(method=method, route=route, status=str(status)).inc()
