"""Generates medstream's Grafana dashboards as code: ``deploy/grafana/dashboards/*.json``.

    uv run python deploy/grafana/generate.py          # rewrite the committed JSON
    uv run python deploy/grafana/generate.py --check  # exit 1 if the JSON is stale

The dashboards are built with grafana-foundation-sdk, Grafana's own typed builders, so a
panel is a few lines of Python instead of hand-edited JSON. The JSON is committed because
Grafana's file provisioning (``provisioning/dashboards/medstream.yml``) loads files, not
Python. tests/observability checks that the committed JSON equals a fresh generation, that
every query parses, and that every metric a query names is exported by the running suite.

Every query uses the Prometheus data source with uid ``prometheus``, the uid the
provisioned data source (``provisioning/datasources/prometheus.yml``) declares. Services are
told apart by the ``job`` label: each scrape job is named after its service.
"""

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from grafana_foundation_sdk.builders import common as common_builders
from grafana_foundation_sdk.builders import dashboard as dash
from grafana_foundation_sdk.builders import prometheus, stat, timeseries
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import common
from grafana_foundation_sdk.models.dashboard import (
    Dashboard,
    DashboardLinkType,
    DataSourceRef,
    Threshold,
    ThresholdsMode,
    ValueMap,
    ValueMappingResult,
)

OUT_DIR = Path(__file__).resolve().parent / "dashboards"
DATASOURCE = DataSourceRef(type_val="prometheus", uid="prometheus")
SERVICES = 'job=~"gateway|router|analytics|reports"'
RATE = "$__rate_interval"
TAG = "medstream"

Panel = timeseries.Panel | stat.Panel
P = TypeVar("P", timeseries.Panel, stat.Panel)


@dataclass(frozen=True)
class Query:
    expr: str
    legend: str = ""


def graph(
    title: str,
    description: str,
    unit: str,
    *queries: Query,
    width: int = 12,
    stacked: bool = False,
) -> timeseries.Panel:
    """A time series panel; its legend shows the last value, so a glance reads the state."""
    panel = (
        timeseries.Panel()
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .unit(unit)
        .height(8)
        .span(width)
        .line_width(1)
        .fill_opacity(10 if not stacked else 40)
        .legend(
            common_builders.VizLegendOptions()
            .display_mode(common.LegendDisplayMode.LIST)
            .placement(common.LegendPlacement.BOTTOM)
            .show_legend(True)
            .calcs(["lastNotNull"])
        )
        .tooltip(
            common_builders.VizTooltipOptions()
            .mode(common.TooltipDisplayMode.MULTI)
            .sort(common.SortOrder.DESCENDING)
        )
    )
    if stacked:
        panel = panel.stacking(common_builders.StackingConfig().mode(common.StackingMode.NORMAL))
    return _with_queries(panel, queries)


def single(
    title: str,
    description: str,
    unit: str,
    *queries: Query,
    width: int = 6,
    mappings: dict[str, tuple[str, str]] | None = None,
    red_from: float | None = None,
) -> stat.Panel:
    """A stat panel: red from ``red_from`` on, or ``mappings`` from codes to words and colours."""
    panel = (
        stat.Panel()
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .unit(unit)
        .height(5)
        .span(width)
        .graph_mode(common.BigValueGraphMode.NONE)
        .color_mode(common.BigValueColorMode.BACKGROUND)
        .text_mode(common.BigValueTextMode.VALUE_AND_NAME)
        .reduce_options(common_builders.ReduceDataOptions().calcs(["lastNotNull"]).values(False))
    )
    if red_from is not None:
        panel = panel.thresholds(
            dash.ThresholdsConfig()
            .mode(ThresholdsMode.ABSOLUTE)
            .steps([Threshold(None, "green"), Threshold(red_from, "red")])
        )
    if mappings:
        options = {
            value: ValueMappingResult(text=text, color=color, index=index)
            for index, (value, (text, color)) in enumerate(mappings.items())
        }
        panel = panel.mappings([ValueMap(options=options)])
    return _with_queries(panel, queries)


def _with_queries(panel: P, queries: tuple[Query, ...]) -> P:
    for index, query in enumerate(queries):
        target = prometheus.Dataquery().expr(query.expr).ref_id(chr(ord("A") + index))
        panel = panel.with_target(target.legend_format(query.legend or "__auto"))
    return panel


def quantiles(metric: str, by: str, legend: str, where: str = "") -> tuple[Query, ...]:
    """p50, p95 and p99 of a histogram, per ``by`` (add ``le``)."""
    selector = f"{metric}_bucket{{{where}}}" if where else f"{metric}_bucket"
    return tuple(
        Query(
            f"histogram_quantile({q}, sum by ({by}le) (rate({selector}[{RATE}])))",
            f"p{int(q * 100)} {legend}".strip(),
        )
        for q in (0.5, 0.95, 0.99)
    )


def build(uid: str, title: str, description: str, rows: list[tuple[str, list[Panel]]]) -> Dashboard:
    """One dashboard of titled rows; the shared header links every medstream dashboard."""
    board = (
        dash.Dashboard(title)
        .uid(uid)
        .description(description)
        .tags([TAG])
        .editable()
        .refresh("30s")
        .time("now-1h", "now")
        .timezone("browser")
        .link(
            dash.DashboardLink("medstream")
            .type(DashboardLinkType.DASHBOARDS)
            .tags([TAG])
            .as_dropdown(True)
            .include_vars(False)
            .keep_time(True)
        )
    )
    for row_title, panels in rows:
        board = board.with_row(dash.Row(row_title))
        for panel in panels:
            board = board.with_panel(panel)
    return board.build()


# ---------------------------------------------------------------- the dashboards


def overview() -> Dashboard:
    http = "medstream_http_requests_total"
    return build(
        "medstream-overview",
        "medstream / Overview",
        "Traffic, errors and latency of every service: HTTP for the gateway, events for all.",
        [
            (
                "Services",
                [
                    single(
                        "Scrape target up",
                        "1 when Prometheus could scrape the service in the last interval. "
                        "Alert MedstreamServiceDown fires after a minute at 0.",
                        "none",
                        Query(f"min by (job) (up{{{SERVICES}}})", "{{job}}"),
                        width=12,
                        mappings={"0": ("DOWN", "red"), "1": ("UP", "green")},
                    ),
                    single(
                        "HTTP 5xx ratio (5m)",
                        "Share of gateway responses that were server errors. "
                        "Alert MedstreamHttpErrorRateHigh fires above 5 % for 5 minutes.",
                        "percentunit",
                        Query(
                            f'sum(rate({http}{{status=~"5.."}}[5m])) / sum(rate({http}[5m]))',
                            "5xx",
                        ),
                        width=6,
                        red_from=0.05,
                    ),
                    single(
                        "Handler failure ratio (5m)",
                        "Share of event-handler attempts that failed, all services.",
                        "percentunit",
                        Query(
                            "sum(rate(medstream_kafka_handler_errors_total[5m])) / "
                            "(sum(rate(medstream_kafka_handler_errors_total[5m])) + "
                            "sum(rate(medstream_kafka_handler_duration_seconds_count[5m])))",
                            "failed",
                        ),
                        width=6,
                        red_from=0.05,
                    ),
                ],
            ),
            (
                "HTTP (gateway)",
                [
                    graph(
                        "Requests by route",
                        "Requests per second by route template and method.",
                        "reqps",
                        Query(
                            f"sum by (method, route) (rate({http}[{RATE}]))",
                            "{{method}} {{route}}",
                        ),
                        stacked=True,
                    ),
                    graph(
                        "Responses by status",
                        "Responses per second by status code; 5xx are the gateway's errors, "
                        "4xx are callers' (bad input, auth, 404, 409, 429).",
                        "reqps",
                        Query(f"sum by (status) (rate({http}[{RATE}]))", "{{status}}"),
                        stacked=True,
                    ),
                    graph(
                        "Latency to response headers",
                        "p50/p95/p99 over all routes. Alert MedstreamHttpLatencyHigh fires "
                        "when p95 stays above 2 s for 10 minutes.",
                        "s",
                        *quantiles("medstream_http_request_duration_seconds", "", ""),
                    ),
                    graph(
                        "p95 latency by route",
                        "Which route is slow.",
                        "s",
                        Query(
                            "histogram_quantile(0.95, sum by (route, le) "
                            f"(rate(medstream_http_request_duration_seconds_bucket[{RATE}])))",
                            "{{route}}",
                        ),
                    ),
                ],
            ),
            (
                "Events (every service)",
                [
                    graph(
                        "Events handled per service",
                        "Events each service handled successfully, per second.",
                        "ops",
                        Query(
                            "sum by (job) "
                            f"(rate(medstream_kafka_handler_duration_seconds_count[{RATE}]))",
                            "{{job}}",
                        ),
                    ),
                    graph(
                        "Handler failures per service",
                        "Failed handler attempts per second (retried or dead-lettered).",
                        "ops",
                        Query(
                            f"sum by (job) (rate(medstream_kafka_handler_errors_total[{RATE}]))",
                            "{{job}}",
                        ),
                    ),
                    graph(
                        "Handler latency p95 per service",
                        "Time to handle one event with its outputs acknowledged.",
                        "s",
                        Query(
                            "histogram_quantile(0.95, sum by (job, le) "
                            f"(rate(medstream_kafka_handler_duration_seconds_bucket[{RATE}])))",
                            "{{job}}",
                        ),
                    ),
                    graph(
                        "CPU per service",
                        "CPU seconds per second (1 = one core).",
                        "percentunit",
                        Query(
                            f"sum by (job) (rate(process_cpu_seconds_total{{{SERVICES}}}[{RATE}]))",
                            "{{job}}",
                        ),
                    ),
                    graph(
                        "Memory per service (share of limit)",
                        "Resident memory over the process's memory limit. Alert "
                        "MedstreamMemoryHigh fires above 80 % for 5 minutes.",
                        "percentunit",
                        Query(
                            f"max by (job) (process_resident_memory_bytes{{{SERVICES}}} "
                            "/ medstream_process_memory_limit_bytes)",
                            "{{job}}",
                        ),
                        width=24,
                    ),
                ],
            ),
        ],
    )


def pipeline() -> Dashboard:
    lag = "medstream_kafka_consumer_lag_messages"
    return build(
        "medstream-pipeline",
        "medstream / Pipeline",
        "Sessions from question to answer, the Kafka topics between the services, and "
        "surveillance alerts.",
        [
            (
                "Sessions",
                [
                    graph(
                        "Sessions in progress by status",
                        "Sessions in each non-final status in the gateway's read model. "
                        "waiting_feedback waits for a person; a growing query_processing "
                        "or router_processing means a stage is stuck or slow.",
                        "short",
                        Query("max by (status) (medstream_sessions)", "{{status}}"),
                        stacked=True,
                    ),
                    graph(
                        "Sessions finished by status",
                        "Sessions reaching completed or error, per minute.",
                        "short",
                        Query(
                            "sum by (status) "
                            f"(rate(medstream_session_time_to_final_seconds_count[{RATE}])) * 60",
                            "{{status}}",
                        ),
                        stacked=True,
                    ),
                    graph(
                        "Time to answer",
                        "From the question's submission to its completed answer, p50/p95/p99 "
                        "(includes the time a person took to answer a clarification).",
                        "s",
                        *quantiles(
                            "medstream_session_time_to_final_seconds", "", "", 'status="completed"'
                        ),
                        width=24,
                    ),
                ],
            ),
            (
                "Kafka",
                [
                    graph(
                        "Consumer lag per service",
                        "Messages each service's consumers are behind, summed over its "
                        "partitions. Alert MedstreamConsumerLagGrowing fires when it grows "
                        "for 5 minutes.",
                        "short",
                        Query(f"sum by (job) ({lag})", "{{job}}"),
                    ),
                    graph(
                        "Consumer lag per partition",
                        "Which partition is behind, as computed by the consumer that owns it.",
                        "short",
                        Query(
                            f"sum by (job, topic, partition) ({lag})",
                            "{{job}} {{topic}}/{{partition}}",
                        ),
                    ),
                    graph(
                        "Events consumed by type",
                        "Messages consumed per second by service and CloudEvents type.",
                        "ops",
                        Query(
                            "sum by (job, event_type) "
                            f"(rate(medstream_kafka_messages_consumed_total[{RATE}]))",
                            "{{job}} {{event_type}}",
                        ),
                    ),
                    graph(
                        "Events produced by topic",
                        "Messages produced per second by service and topic.",
                        "ops",
                        Query(
                            "sum by (job, topic) "
                            f"(rate(medstream_kafka_messages_produced_total[{RATE}]))",
                            "{{job}} {{topic}}",
                        ),
                    ),
                    graph(
                        "Retries",
                        "Handler retries per second; a steady rate means a flaky dependency.",
                        "ops",
                        Query(
                            "sum by (job, event_type) "
                            f"(rate(medstream_kafka_retries_total[{RATE}]))",
                            "{{job}} {{event_type}}",
                        ),
                    ),
                    single(
                        "Dead letters (last hour)",
                        "Messages sent to a .dlq topic in the last hour, by source topic. "
                        "Alert MedstreamDeadLetters fires on any.",
                        "short",
                        Query(
                            "sum by (topic) (increase(medstream_kafka_dead_letters_total[1h]))",
                            "{{topic}}",
                        ),
                        width=12,
                        red_from=1,
                    ),
                ],
            ),
            (
                "Surveillance",
                [
                    graph(
                        "Open surveillance alerts",
                        "Open alerts per city and diagnosis group in the gateway's read model "
                        "(open: the window ends within the last 7 days of data). Every gateway "
                        "replica reports the same count, hence max. Alert "
                        "MedstreamSurveillanceAlertOpen fires while any is above 0; the "
                        "console's Alerts view and GET /api/v1/alerts show each one.",
                        "short",
                        Query(
                            "max by (city, group) (medstream_surveillance_open_alerts)",
                            "{{city}} {{group}}",
                        ),
                        width=16,
                    ),
                    single(
                        "Open alerts now",
                        "All open surveillance alerts, over every city and group.",
                        "short",
                        Query(
                            "sum(max by (city, group) (medstream_surveillance_open_alerts))"
                            " or vector(0)",
                            "open",
                        ),
                        width=8,
                        red_from=1,
                    ),
                ],
            ),
        ],
    )


def llm_and_caches() -> Dashboard:
    llm = "medstream_llm_requests_total"
    cache = "medstream_cache_requests_total"
    return build(
        "medstream-llm-caches",
        "medstream / LLM and caches",
        "LLM calls, tokens, latency and circuit breakers; cache hit ratios; warehouse SQL.",
        [
            (
                "LLM",
                [
                    single(
                        "Circuit breaker",
                        "State of each LLM circuit breaker. Open: calls are not sent and "
                        "the offline engines answer. Alert MedstreamLlmBreakerOpen fires "
                        "after a minute not closed.",
                        "none",
                        Query(
                            'max by (job, model) (medstream_llm_breaker_state{state="open"}) * 2 '
                            "+ max by (job, model) "
                            '(medstream_llm_breaker_state{state="half_open"})',
                            "{{job}} {{model}}",
                        ),
                        width=24,
                        mappings={
                            "0": ("closed", "green"),
                            "1": ("half-open", "orange"),
                            "2": ("open", "red"),
                        },
                    ),
                    graph(
                        "Calls by outcome",
                        "LLM calls per second: ok, error, or short_circuited by an open breaker.",
                        "ops",
                        Query(
                            f"sum by (job, outcome) (rate({llm}[{RATE}]))", "{{job}} {{outcome}}"
                        ),
                        stacked=True,
                    ),
                    graph(
                        "Errors by kind",
                        "Failed calls per second by model and error class.",
                        "ops",
                        Query(
                            f"sum by (model, error) (rate(medstream_llm_errors_total[{RATE}]))",
                            "{{model}} {{error}}",
                        ),
                    ),
                    graph(
                        "Latency by model",
                        "p50/p95/p99 of sent calls, retries included.",
                        "s",
                        *quantiles(
                            "medstream_llm_request_duration_seconds", "model, ", "{{model}}"
                        ),
                    ),
                    graph(
                        "Tokens per minute",
                        "Tokens by model and kind; the cost driver.",
                        "short",
                        Query(
                            "sum by (model, kind) "
                            f"(rate(medstream_llm_token_usage_total[{RATE}])) * 60",
                            "{{model}} {{kind}}",
                        ),
                        stacked=True,
                    ),
                ],
            ),
            (
                "Caches",
                [
                    graph(
                        "Hit ratio by cache",
                        "Hits over look-ups, per cache.",
                        "percentunit",
                        Query(
                            f'sum by (cache) (rate({cache}{{result="hit"}}[{RATE}])) '
                            f"/ sum by (cache) (rate({cache}[{RATE}]))",
                            "{{cache}}",
                        ),
                    ),
                    graph(
                        "Look-ups by result",
                        "Cache look-ups per second by cache and result.",
                        "ops",
                        Query(
                            f"sum by (cache, result) (rate({cache}[{RATE}]))",
                            "{{cache}} {{result}}",
                        ),
                        stacked=True,
                    ),
                ],
            ),
            (
                "Warehouse SQL",
                [
                    graph(
                        "SQL execution time",
                        "p50/p95/p99 of validated warehouse queries (DuckDB).",
                        "s",
                        *quantiles("medstream_sql_query_duration_seconds", "", ""),
                    ),
                    graph(
                        "SQL queries by outcome",
                        "Queries per second: ok, timeout (hit the time limit) or error.",
                        "ops",
                        Query(
                            "sum by (outcome) "
                            f"(rate(medstream_sql_query_duration_seconds_count[{RATE}]))",
                            "{{outcome}}",
                        ),
                        stacked=True,
                    ),
                ],
            ),
        ],
    )


def infrastructure() -> Dashboard:
    return build(
        "medstream-infrastructure",
        "medstream / Infrastructure",
        "Kafka, MongoDB and Redis as the services see them, checked every 15 s by each one.",
        [
            (
                "Dependencies",
                [
                    single(
                        "Dependency up, per service",
                        "1 when the service's last check of the dependency succeeded. "
                        "Alert MedstreamDependencyDown fires after 2 minutes at 0.",
                        "none",
                        Query(
                            "min by (job, dependency) (medstream_dependency_up)",
                            "{{job}} → {{dependency}}",
                        ),
                        width=24,
                        mappings={"0": ("DOWN", "red"), "1": ("UP", "green")},
                    ),
                    graph(
                        "Check round trip p95",
                        "Round-trip time of the dependency checks (ping, metadata request).",
                        "s",
                        Query(
                            "histogram_quantile(0.95, sum by (dependency, le) "
                            f"(rate(medstream_dependency_check_duration_seconds_bucket[{RATE}])))",
                            "{{dependency}}",
                        ),
                    ),
                    graph(
                        "Check round trip p95 per service",
                        "The same, per service: one slow client points at that service's host.",
                        "s",
                        Query(
                            "histogram_quantile(0.95, sum by (job, dependency, le) "
                            f"(rate(medstream_dependency_check_duration_seconds_bucket[{RATE}])))",
                            "{{job}} → {{dependency}}",
                        ),
                    ),
                ],
            ),
            (
                "Kafka",
                [
                    graph(
                        "Produce latency to ack, p95 by topic",
                        "Time from send to the broker's acknowledgement (acks=all).",
                        "s",
                        Query(
                            "histogram_quantile(0.95, sum by (topic, le) "
                            f"(rate(medstream_kafka_produce_duration_seconds_bucket[{RATE}])))",
                            "{{topic}}",
                        ),
                    ),
                    graph(
                        "Produce errors",
                        "Sends the broker did not acknowledge, per second.",
                        "ops",
                        Query(
                            "sum by (job, topic) "
                            f"(rate(medstream_kafka_produce_errors_total[{RATE}]))",
                            "{{job}} {{topic}}",
                        ),
                    ),
                ],
            ),
            (
                "Processes",
                [
                    graph(
                        "Resident memory",
                        "Resident memory per process against its limit.",
                        "bytes",
                        Query(
                            f"process_resident_memory_bytes{{{SERVICES}}}", "{{job}} {{instance}}"
                        ),
                        Query(
                            "max by (job) (medstream_process_memory_limit_bytes)", "limit {{job}}"
                        ),
                    ),
                    graph(
                        "Open file descriptors",
                        "Sockets and files per process; a steady climb is a leak.",
                        "short",
                        Query(f"process_open_fds{{{SERVICES}}}", "{{job}} {{instance}}"),
                    ),
                ],
            ),
        ],
    )


DASHBOARDS = {
    "overview.json": overview,
    "pipeline.json": pipeline,
    "llm-and-caches.json": llm_and_caches,
    "infrastructure.json": infrastructure,
}


def render(board: Dashboard) -> str:
    """Stable JSON: sorted keys and panel ids numbered in layout order."""
    data = json.loads(JSONEncoder(sort_keys=True, indent=2).encode(board))
    for number, panel in enumerate(data["panels"], start=1):
        panel["id"] = number
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render_all() -> dict[str, str]:
    return {name: render(make()) for name, make in DASHBOARDS.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the JSON is stale")
    args = parser.parse_args()
    stale = []
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in render_all().items():
        path = OUT_DIR / name
        if path.exists() and path.read_text() == text:
            continue
        stale.append(name)
        if not args.check:
            path.write_text(text)
    if args.check and stale:
        print(f"stale dashboards (run deploy/grafana/generate.py): {', '.join(stale)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
