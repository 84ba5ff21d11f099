"""The running suite's metrics, health, probes and logs, read as operators and Prometheus do.

Traffic goes through the real stack first (a question answered, a report written and read
twice, a few client errors); then every service's real ``/metrics`` is scraped and checked
against the names the dashboards and alert rules use, and a real Prometheus scrapes the
stack with the committed configuration and rules.
"""

import json
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from tests.alerts import make_alert
from tests.e2e.test_alerts import publish_alerts, wait_for_alerts
from tests.harness import USERS, client_for, wait_for_status
from tests.observability.catalogue import REPO, RULES, rules, used_metric_names
from tests.stack import SERVICES, Stack, free_port

pytestmark = pytest.mark.integration

REPORT = {
    "language": "en",
    "patient": {"age": 67, "sex": "M", "height_cm": 178, "weight_kg": 92},
    "complaints": ["shortness of breath"],
    "vitals": {"systolic_bp": 190, "diastolic_bp": 120, "heart_rate": 118, "spo2": 88},
}
# The test stack has no LLM endpoint (the offline engines answer), so no LLM call happens:
# these must be declared by the services that call the LLM, not necessarily have samples.
LLM_METRICS = {
    "medstream_llm_requests_total",
    "medstream_llm_request_duration_seconds_bucket",
    "medstream_llm_errors_total",
    "medstream_llm_token_usage_total",
    "medstream_llm_breaker_state",
}
LLM_SERVICES = ("router", "analytics", "reports")
# What each service checks: Redis and MongoDB only where used (uses_redis, uses_mongo, #21).
DEPENDENCIES = {
    "gateway": ("kafka", "mongodb", "redis"),
    "router": ("kafka", "mongodb"),
    "analytics": ("kafka",),  # keeps nothing in MongoDB (WorkerSpec.uses_mongo, #21)
    "reports": ("kafka", "mongodb", "redis"),
}
# Metrics whose call sites belong to other modules and are wired separately.


@dataclass(frozen=True)
class Scrape:
    """One service's /metrics: the families it declares and the samples it has."""

    families: dict[str, str]  # family name -> type
    samples: dict[str, list[tuple[dict[str, str], float]]]

    def has(self, name: str) -> bool:
        return bool(self.samples.get(name))

    def declares(self, name: str) -> bool:
        base = name
        for suffix in ("_bucket", "_count", "_sum", "_total"):
            base = base.removesuffix(suffix)
        return name in self.families or base in self.families

    def value(self, name: str, **labels: str) -> float | None:
        for sample_labels, value in self.samples.get(name, []):
            if all(sample_labels.get(k) == v for k, v in labels.items()):
                return value
        return None


def scrape(url: str) -> Scrape:
    response = httpx.get(f"{url}/metrics", follow_redirects=True, timeout=10)
    response.raise_for_status()
    families: dict[str, str] = {}
    samples: dict[str, list[tuple[dict[str, str], float]]] = {}
    for family in text_string_to_metric_families(response.text):
        families[family.name] = family.type
        for s in family.samples:
            samples.setdefault(s.name, []).append((dict(s.labels), s.value))
    return Scrape(families, samples)


@pytest.fixture(scope="module")
def traffic(stack: Stack) -> dict[str, Any]:
    """What a short working day looks like, through the real gateway."""
    with client_for(stack, "alice") as alice, client_for(stack, None) as anonymous:
        accepted = alice.post(
            "/api/v1/queries", json={"question": "Top-3 diagnoses in Saint Petersburg in 2025"}
        )
        assert accepted.status_code == 202, accepted.text
        session_id = accepted.json()["session_id"]
        session = wait_for_status(alice, session_id, {"completed", "error"})
        assert session["status"] == "completed", session

        report_id = alice.post("/api/v1/reports", json=REPORT).json()["report_id"]
        deadline = time.monotonic() + 30
        while alice.get(f"/api/v1/reports/{report_id}").json().get("status") == "pending":
            assert time.monotonic() < deadline, "report not generated"
            time.sleep(0.1)
        assert alice.get(f"/api/v1/reports/{report_id}").status_code == 200  # from the cache

        assert alice.get("/api/v1/sessions/no-such-session").status_code == 404
        city = f"Metrics-{uuid.uuid4().hex[:6]}"  # a surveillance alert: the open-alerts gauge
        publish_alerts(stack, make_alert(city))
        wait_for_alerts(alice, city, 1)
        assert anonymous.get(f"/api/v1/sessions/{session_id}").status_code == 401
        health = anonymous.get("/health")
    return {"session_id": session_id, "health": health}


@pytest.fixture(scope="module")
def scrapes(stack: Stack, traffic: dict[str, Any]) -> dict[str, Scrape]:
    return {name: scrape(stack.services[name].url) for name in SERVICES}


def test_every_metric_of_the_dashboards_and_alerts_is_exported(
    scrapes: dict[str, Scrape],
) -> None:
    used = used_metric_names()
    missing = {
        name: where
        for name, where in used.items()
        if name not in LLM_METRICS and not any(s.has(name) for s in scrapes.values())
    }
    assert not missing, "used by panels or alerts but exported by no service:\n" + "\n".join(
        f"  {name}  (in {', '.join(sorted(set(where)))})" for name, where in sorted(missing.items())
    )


def test_llm_metrics_are_declared_by_the_services_that_call_the_llm(
    scrapes: dict[str, Scrape],
) -> None:
    used = used_metric_names().keys() & LLM_METRICS
    assert used, "the LLM dashboard should use the LLM metrics"
    for service in LLM_SERVICES:
        undeclared = sorted(name for name in used if not scrapes[service].declares(name))
        assert not undeclared, f"{service} does not declare {undeclared}"


def test_analytics_times_every_sql_query(scrapes: dict[str, Scrape]) -> None:
    for name in (
        "medstream_sql_query_duration_seconds_bucket",
        "medstream_sql_query_duration_seconds_count",
    ):
        assert scrapes["analytics"].has(name), f"analytics exports no {name}"


def test_http_metrics_are_labelled_by_route_template(
    scrapes: dict[str, Scrape], traffic: dict[str, Any]
) -> None:
    gateway = scrapes["gateway"]
    routes = {labels["route"] for labels, _ in gateway.samples["medstream_http_requests_total"]}
    assert "/api/v1/queries" in routes
    assert "/api/v1/sessions/{session_id}" in routes
    assert not any(traffic["session_id"] in route for route in routes), routes
    assert gateway.value(
        "medstream_http_requests_total", route="/api/v1/sessions/{session_id}", status="401"
    )
    assert gateway.value(
        "medstream_http_request_duration_seconds_count", route="/api/v1/queries", method="POST"
    )


def test_the_answered_question_is_timed_and_sessions_are_counted(
    scrapes: dict[str, Scrape],
) -> None:
    gateway = scrapes["gateway"]
    answered = gateway.value("medstream_session_time_to_final_seconds_count", status="completed")
    assert answered is not None and answered >= 1
    statuses = {labels["status"] for labels, _ in gateway.samples["medstream_sessions"]}
    assert statuses == {"created", "router_processing", "waiting_feedback", "query_processing"}


def test_every_service_reports_its_kafka_dependencies_and_process(
    scrapes: dict[str, Scrape],
) -> None:
    for service, metrics in scrapes.items():
        for dependency in DEPENDENCIES[service]:
            assert metrics.value("medstream_dependency_up", dependency=dependency) == 1, service
        assert metrics.has("medstream_kafka_consumer_lag_messages"), service
        assert metrics.has("medstream_kafka_dead_letters_total"), service
        resident = metrics.value("process_resident_memory_bytes")
        limit = metrics.value("medstream_process_memory_limit_bytes")
        assert resident and limit and 0 < resident < limit, service
    consumed = scrapes["analytics"].value(
        "medstream_kafka_messages_consumed_total", event_type="medstream.query.routed"
    )
    assert consumed is not None and consumed >= 1


def test_consumer_lag_is_per_partition_and_drains_to_zero(
    stack: Stack, traffic: dict[str, Any]
) -> None:
    """Every owned partition gets a lag series (sampled every 5 s), at 0 once caught up."""
    deadline = time.monotonic() + 15
    while True:
        lags = {
            name: scrape(stack.services[name].url).samples.get(
                "medstream_kafka_consumer_lag_messages", []
            )
            for name in SERVICES
        }
        behind = {name: [s for s in series if s[1] > 0] for name, series in lags.items()}
        behind = {name: series for name, series in behind.items() if series}
        partitions = {labels["partition"] for labels, _ in lags["analytics"]}
        if (not behind and partitions == {"0", "1", "2"}) or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert not behind, behind
    assert partitions == {"0", "1", "2"}  # the test topics have three partitions


def test_gateway_health_summarises_components_and_every_group_s_lag(
    traffic: dict[str, Any],
) -> None:
    health = traffic["health"]
    assert health.status_code == 200, health.text
    body = health.json()
    assert {name: c["status"] for name, c in body["components"].items()} == {
        "kafka": "up",
        "mongodb": "up",
        "redis": "up",
    }
    assert set(body["consumer_lag"]) == set(SERVICES)
    for service, topics in body["consumer_lag"].items():
        assert all(isinstance(lag, int) and lag >= 0 for lag in topics.values()), service


def test_workers_answer_kubernetes_probes(stack: Stack) -> None:
    for name in ("router", "analytics", "reports"):
        url = stack.services[name].url
        assert httpx.get(f"{url}/health/live", timeout=5).json()["status"] == "up"
        ready = httpx.get(f"{url}/health/ready", timeout=5)
        assert ready.status_code == 200, ready.text
        assert set(ready.json()["components"]) == set(DEPENDENCIES[name])


def log_lines(stack: Stack, name: str) -> list[str]:
    return stack.services[name].log_path.read_text(errors="replace").splitlines()


def test_logs_are_json_with_context_and_without_secrets(
    stack: Stack, traffic: dict[str, Any]
) -> None:
    handled: dict[str, int] = {}
    for name in SERVICES:
        for line in log_lines(stack, name):
            for key in USERS.values():
                assert key not in line, f"{name} logged an API key: {line}"
            assert "Bearer " not in line, f"{name} logged a bearer token: {line}"
            record = json.loads(line)  # nothing but JSON, tracebacks included
            assert record["service"] == name, line
            if "event_type" in record:
                handled[name] = handled.get(name, 0) + 1
                assert record.get("session_id") and record.get("trace_id"), line
    assert handled.keys() == set(SERVICES), handled  # each logs every event it handles


def test_the_question_s_log_lines_share_one_trace_across_services(
    stack: Stack, traffic: dict[str, Any]
) -> None:
    """Even with no tracing backend, one trace id ties a session's lines together."""
    traces: dict[str, set[str]] = {}
    for name in SERVICES:
        for line in log_lines(stack, name):
            record = json.loads(line)
            if record.get("session_id") == traffic["session_id"] and "trace_id" in record:
                traces.setdefault(record["trace_id"], set()).add(name)
    assert len(traces) == 1, traces
    assert traces.popitem()[1] == {"gateway", "router", "analytics"}


@pytest.fixture(scope="module")
def prometheus(
    stack: Stack, traffic: dict[str, Any], prometheus_binary: str, tmp_path_factory: Any
) -> Iterator[str]:
    """Debian's Prometheus with the committed local configuration, pointed at this stack."""
    workdir: Path = tmp_path_factory.mktemp("prometheus")
    config = yaml.safe_load((REPO / "deploy/prometheus/prometheus.local.yml").read_text())
    config["global"].update(scrape_interval="1s", evaluation_interval="1s")
    config["rule_files"] = [str(RULES / "*.yml")]
    port = free_port()
    for job in config["scrape_configs"]:
        name = job["job_name"]
        target = stack.services[name].url.removeprefix("http://") if name in SERVICES else None
        job["static_configs"] = [{"targets": [target or f"127.0.0.1:{port}"]}]
    (workdir / "prometheus.yml").write_text(yaml.safe_dump(config))
    log = (workdir / "prometheus.log").open("wb")
    process = subprocess.Popen(
        [
            prometheus_binary,
            f"--config.file={workdir / 'prometheus.yml'}",
            f"--storage.tsdb.path={workdir / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
        ],
        stdout=log,
        stderr=log,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        yield url
    finally:
        process.terminate()
        process.wait(30)
        log.close()
        shutil.rmtree(workdir / "data", ignore_errors=True)


def query(url: str, promql: str) -> list[dict[str, Any]]:
    response = httpx.get(f"{url}/api/v1/query", params={"query": promql}, timeout=5)
    response.raise_for_status()
    return list(response.json()["data"]["result"])


def test_a_real_prometheus_scrapes_every_service_and_loads_the_rules(prometheus: str) -> None:
    deadline = time.monotonic() + 30
    up: dict[str, str] = {}
    while time.monotonic() < deadline:
        try:
            up = {r["metric"]["job"]: r["value"][1] for r in query(prometheus, "up")}
        except httpx.HTTPError:
            up = {}
        if all(up.get(name) == "1" for name in SERVICES):
            break
        time.sleep(0.5)
    assert all(up.get(name) == "1" for name in SERVICES), up

    jobs = {
        r["metric"]["job"]
        for r in query(prometheus, "medstream_kafka_handler_duration_seconds_count")
    }
    assert set(SERVICES) <= jobs
    assert query(prometheus, "medstream_http_requests_total")

    evaluated: list[dict[str, Any]] = []
    while time.monotonic() < deadline + 10:
        groups = httpx.get(f"{prometheus}/api/v1/rules", timeout=5).json()["data"]["groups"]
        evaluated = [rule for group in groups for rule in group["rules"]]
        if evaluated and all(rule["health"] != "unknown" for rule in evaluated):
            break
        time.sleep(0.5)
    assert {rule["name"] for rule in evaluated} == {
        rule.get("alert") or rule["record"] for rule in rules()
    }
    assert all(rule["health"] == "ok" for rule in evaluated), evaluated
