"""W3C trace context across Kafka hops (OpenTelemetry API).

With no OpenTelemetry SDK configured the API is a no-op and no ``traceparent`` is sent;
when ``OTEL_*`` variables configure an exporter, each hop continues the same trace.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from opentelemetry import context, propagate, trace

tracer = trace.get_tracer("medstream")


def current_traceparent() -> str | None:
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return carrier.get("traceparent")


@contextmanager
def continue_trace(traceparent: str | None, span_name: str) -> Iterator[None]:
    """Run the block in a span that is a child of the incoming event's trace."""
    parent = propagate.extract({"traceparent": traceparent}) if traceparent else None
    token = context.attach(parent) if parent is not None else None
    try:
        with tracer.start_as_current_span(span_name, kind=trace.SpanKind.CONSUMER):
            yield
    finally:
        if token is not None:
            context.detach(token)
