"""OpenTelemetry tracing: one trace per session, across the HTTP request and every Kafka hop.

The gateway opens a server span for each request; each produced event carries the current
span's W3C ``traceparent`` as a CloudEvents extension (a ``ce_traceparent`` header); each
consumer continues that trace in a consumer span, and whatever it publishes carries the
trace on. So a question's HTTP request, routing, SQL and answer are one trace.

:func:`configure_tracing` installs the SDK in every process (unless ``OTEL_SDK_DISABLED``
is true), so requests and events get real trace ids even with no tracing backend: the JSON
logs carry them (see ``medstream_shared.logging``) and correlate across services. Spans
leave the process only when the standard variables ask for it: ``OTEL_TRACES_EXPORTER``
(``otlp`` or ``none``) or an OTLP endpoint (``OTEL_EXPORTER_OTLP_ENDPOINT`` or
``OTEL_EXPORTER_OTLP_TRACES_ENDPOINT``). Export is OTLP over HTTP/protobuf; the SDK reads
the rest itself (``OTEL_EXPORTER_OTLP_HEADERS``, ``OTEL_BSP_*``, ``OTEL_TRACES_SAMPLER``,
``OTEL_SERVICE_NAME``, ``OTEL_RESOURCE_ATTRIBUTES``). These are the OpenTelemetry
specification's variables, read from the environment because every OpenTelemetry SDK and
operator tooling expects them there, not through the service settings.
"""

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from opentelemetry import context, propagate, trace
from opentelemetry.sdk.resources import OTELResourceDetector, Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.util.types import AttributeValue

tracer = trace.get_tracer("medstream")

_ENDPOINT_VARIABLES = ("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
_provider: TracerProvider | None = None


def exporters_requested(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The span exporters the standard variables ask for; none unless one is configured."""
    named = environ.get("OTEL_TRACES_EXPORTER", "").strip()
    if named:
        return [e.strip().lower() for e in named.split(",") if e.strip().lower() != "none"]
    return ["otlp"] if any(environ.get(v, "").strip() for v in _ENDPOINT_VARIABLES) else []


def configure_tracing(
    service: str, environ: Mapping[str, str] = os.environ
) -> TracerProvider | None:
    """Install the tracer provider of this process once; returns it (None when disabled).

    The provider flushes its exporters at interpreter exit, so a service stopped with
    SIGTERM still sends the spans it finished.
    """
    global _provider
    if _provider is not None:
        return _provider
    if environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return None
    resource = Resource.create({"service.namespace": "medstream", "service.name": service})
    provider = TracerProvider(resource=resource.merge(OTELResourceDetector().detect()))
    for name in exporters_requested(environ):
        if name != "otlp":
            # A console exporter would write non-JSON lines into the JSON logs.
            raise ValueError(f"OTEL_TRACES_EXPORTER={name!r} is not supported: use otlp or none")
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    _provider = provider
    return provider


def current_traceparent() -> str | None:
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return carrier.get("traceparent")


def current_trace_ids() -> tuple[str, str] | None:
    """The current trace and span id in the W3C hex form, or None outside any trace."""
    span_context = trace.get_current_span().get_span_context()
    if not span_context.is_valid:
        return None
    return format(span_context.trace_id, "032x"), format(span_context.span_id, "016x")


@contextmanager
def continue_trace(
    traceparent: str | None,
    span_name: str,
    attributes: Mapping[str, AttributeValue] | None = None,
) -> Iterator[trace.Span]:
    """Run the block in a consumer span that is a child of the incoming event's trace."""
    parent = propagate.extract({"traceparent": traceparent}) if traceparent else None
    token = context.attach(parent) if parent is not None else None
    try:
        with tracer.start_as_current_span(
            span_name, kind=trace.SpanKind.CONSUMER, attributes=attributes
        ) as span:
            yield span
    finally:
        if token is not None:
            context.detach(token)


@contextmanager
def producer_span(topic: str, event_type: str) -> Iterator[trace.Span]:
    """A span for publishing one event; the event's ``traceparent`` names this span."""
    attributes: dict[str, AttributeValue] = {
        "messaging.system": "kafka",
        "messaging.operation.type": "send",
        "messaging.destination.name": topic,
        "cloudevents.event_type": event_type,
    }
    with tracer.start_as_current_span(
        f"send {topic}", kind=trace.SpanKind.PRODUCER, attributes=attributes
    ) as span:
        yield span
