"""What the dashboards and alert rules query: their PromQL expressions and metric names.

Grafana and Prometheus fail quietly on a wrong metric name (an empty panel, an alert that
can never fire), so the tests read every expression from the committed files and check it
against promtool and against what the running services export.
"""

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
DASHBOARDS = REPO / "deploy/grafana/dashboards"
RULES = REPO / "deploy/prometheus/rules"
RULE_TESTS = REPO / "deploy/prometheus/tests"
OPERATIONS = REPO / "docs/operations.md"

# Grafana's variables, replaced by what Grafana would put there before PromQL sees them.
GRAFANA_VARIABLES = {"$__rate_interval": "1m", "$__interval": "15s", "$__range": "1h"}

# Series that Prometheus itself writes for every target, not exported by the services.
SCRAPE_SERIES = frozenset(
    {"up", "scrape_duration_seconds", "scrape_samples_scraped", "scrape_series_added"}
)

_KEYWORDS = frozenset(
    {
        "and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring",
        "group_left", "group_right", "atan2", "inf", "nan", "start", "end",
    }
)  # fmt: skip
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_MATCHERS = re.compile(r"\{[^}]*\}")
_RANGES = re.compile(r"\[[^\]]*\]")
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_IDENTIFIER = re.compile(r"(?<![\w.:$])([A-Za-z_:][A-Za-z0-9_:]*)\s*(\()?")


@dataclass(frozen=True)
class Expression:
    where: str  # "overview.json: Requests by route" or "rules: MedstreamServiceDown"
    promql: str


def metric_names(promql: str) -> set[str]:
    """The metric names a PromQL expression selects (not functions, labels or keywords)."""
    text = _STRING.sub('""', promql)
    text = _MATCHERS.sub("", text)
    text = _RANGES.sub("", text)
    text = _GROUPING.sub("", text)
    names = set()
    for match in _IDENTIFIER.finditer(text):
        name, call = match.groups()
        if not call and name not in _KEYWORDS:
            names.add(name)
    return names


def grafana_to_promql(expr: str) -> str:
    for variable, value in GRAFANA_VARIABLES.items():
        expr = expr.replace(variable, value)
    return expr


def dashboards() -> dict[str, dict[str, Any]]:
    return {path.name: json.loads(path.read_text()) for path in sorted(DASHBOARDS.glob("*.json"))}


def panels(dashboard: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for panel in dashboard["panels"]:
        yield panel
        yield from panel.get("panels", [])  # panels inside collapsed rows


def dashboard_expressions() -> list[Expression]:
    return [
        Expression(f"{name}: {panel['title']}", grafana_to_promql(target["expr"]))
        for name, board in dashboards().items()
        for panel in panels(board)
        for target in panel.get("targets", [])
    ]


def rule_groups() -> list[dict[str, Any]]:
    groups: list[dict[str, Any]] = []
    for path in sorted(RULES.glob("*.yml")):
        groups.extend(yaml.safe_load(path.read_text())["groups"])
    return groups


def rules() -> list[dict[str, Any]]:
    return [rule for group in rule_groups() for rule in group["rules"]]


def alerts() -> list[dict[str, Any]]:
    return [rule for rule in rules() if "alert" in rule]


def rule_expressions() -> list[Expression]:
    return [
        Expression(f"rules: {rule.get('alert') or rule.get('record')}", rule["expr"])
        for rule in rules()
    ]


def recorded_names() -> set[str]:
    return {rule["record"] for rule in rules() if "record" in rule}


def used_metric_names() -> dict[str, list[str]]:
    """Every metric a panel or rule reads, with where it is read; scrape series excluded."""
    used: dict[str, list[str]] = {}
    for expression in dashboard_expressions() + rule_expressions():
        for name in metric_names(expression.promql) - SCRAPE_SERIES - recorded_names():
            used.setdefault(name, []).append(expression.where)
    return used
