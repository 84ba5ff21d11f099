"""The Grafana dashboards: generated, current, provisioned, and every query valid PromQL."""

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from tests.observability.catalogue import (
    DASHBOARDS,
    REPO,
    dashboard_expressions,
    dashboards,
    metric_names,
    panels,
)

PROVISIONING = REPO / "deploy/grafana/provisioning"
REQUIRED = {
    "overview.json": "medstream / Overview",
    "pipeline.json": "medstream / Pipeline",
    "llm-and-caches.json": "medstream / LLM and caches",
    "infrastructure.json": "medstream / Infrastructure",
}


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "grafana_generate", DASHBOARDS.parent / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_dashboards_equal_a_fresh_generation() -> None:
    fresh = load_generator().render_all()
    committed = {path.name: path.read_text() for path in DASHBOARDS.glob("*.json")}
    assert committed.keys() == fresh.keys()
    stale = [name for name, text in fresh.items() if committed[name] != text]
    assert not stale, f"run `uv run python deploy/grafana/generate.py`; stale: {stale}"


def test_the_four_dashboards_exist_with_unique_uids() -> None:
    boards = dashboards()
    assert {name: board["title"] for name, board in boards.items()} == REQUIRED
    uids = [board["uid"] for board in boards.values()]
    assert len(set(uids)) == len(uids)


def test_every_panel_queries_the_provisioned_prometheus() -> None:
    datasources = yaml.safe_load((PROVISIONING / "datasources/prometheus.yml").read_text())
    [source] = datasources["datasources"]
    assert source["type"] == "prometheus"
    for name, board in dashboards().items():
        for panel in panels(board):
            if panel["type"] == "row":
                continue
            where = f"{name}: {panel['title']}"
            assert panel["datasource"] == {"type": "prometheus", "uid": source["uid"]}, where
            assert panel["targets"], f"{where} has no query"
            assert panel.get("description"), f"{where} has no description for the operator"
            refs = [target["refId"] for target in panel["targets"]]
            assert len(set(refs)) == len(refs) and all(refs), where


def test_provisioning_loads_the_dashboards_folder() -> None:
    provider = yaml.safe_load((PROVISIONING / "dashboards/medstream.yml").read_text())
    [entry] = provider["providers"]
    assert entry["type"] == "file"
    assert entry["options"]["path"] == "/var/lib/grafana/dashboards"


def test_every_query_is_valid_promql(promtool: str, tmp_path: Path) -> None:
    """promtool parses each expression as a recording rule (Prometheus has no parse-only CLI)."""
    expressions = dashboard_expressions()
    rules = {
        "groups": [
            {
                "name": "dashboards",
                "rules": [
                    {"record": f"dashboard:query_{i}", "expr": e.promql}
                    for i, e in enumerate(expressions)
                ],
            }
        ]
    }
    path = tmp_path / "dashboard-queries.yml"
    path.write_text(yaml.safe_dump(rules))
    result = subprocess.run(
        [promtool, "check", "rules", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("promql", "names"),
    [
        (
            'sum by (job) (rate(medstream_http_requests_total{status=~"5.."}[5m]))',
            {"medstream_http_requests_total"},
        ),
        (
            "histogram_quantile(0.95, sum by (le) (rate(a_seconds_bucket[1m]))) > 2 and b > 0",
            {"a_seconds_bucket", "b"},
        ),
        (
            "process_resident_memory_bytes / on (job) group_left medstream_limit_bytes",
            {"process_resident_memory_bytes", "medstream_limit_bytes"},
        ),
        ('absent(up{job="x"}) or deriv(x:y:sum[5m]) offset 1m', {"up", "x:y:sum"}),
    ],
)
def test_metric_names_are_read_from_promql(promql: str, names: set[str]) -> None:
    assert metric_names(promql) == names
