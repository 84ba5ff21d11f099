"""The Prometheus configuration and alert rules: valid, unit-tested alert by alert, documented."""

import re
import subprocess
from pathlib import Path

import yaml

from tests.observability.catalogue import OPERATIONS, REPO, RULE_TESTS, RULES, alerts

LOCAL_CONFIG = REPO / "deploy/prometheus/prometheus.local.yml"
REQUIRED_ALERTS = {
    "MedstreamHttpErrorRateHigh",  # error rate > 5 %
    "MedstreamHandlerErrorRateHigh",
    "MedstreamHttpLatencyHigh",  # p95 latency > 2 s
    "MedstreamConsumerLagGrowing",  # consumer lag growing for 5 minutes
    "MedstreamDeadLetters",  # any dead letter
    "MedstreamServiceDown",  # a service down
    "MedstreamMemoryHigh",  # memory > 80 % of its limit
    "MedstreamLlmBreakerOpen",  # LLM breaker open
}


def run(command: list[str], cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"{' '.join(command)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_rules_are_valid(promtool: str) -> None:
    files = sorted(str(path) for path in RULES.glob("*.yml"))
    assert files, "no rule files under deploy/prometheus/rules"
    run([promtool, "check", "rules", *files], REPO)


def test_local_config_is_valid_and_scrapes_every_service(promtool: str) -> None:
    run([promtool, "check", "config", str(LOCAL_CONFIG)], LOCAL_CONFIG.parent)
    config = yaml.safe_load(LOCAL_CONFIG.read_text())
    targets = {
        job["job_name"]: [t for c in job["static_configs"] for t in c["targets"]]
        for job in config["scrape_configs"]
    }
    assert targets["gateway"] == ["127.0.0.1:8000"]
    assert targets["router"] == ["127.0.0.1:8001"]
    assert targets["analytics"] == ["127.0.0.1:8002"]
    assert targets["reports"] == ["127.0.0.1:8003"]


def test_alert_unit_tests_pass(promtool: str) -> None:
    files = sorted(path.name for path in RULE_TESTS.glob("*.test.yml"))
    assert files
    output = run([promtool, "test", "rules", *files], RULE_TESTS)
    assert "SUCCESS" in output


def test_the_issue_s_alerts_exist() -> None:
    assert {rule["alert"] for rule in alerts()} >= REQUIRED_ALERTS


def test_every_alert_fires_in_a_unit_test_and_is_silent_in_another() -> None:
    fired: set[str] = set()
    silent: set[str] = set()
    for path in RULE_TESTS.glob("*.test.yml"):
        for case in yaml.safe_load(path.read_text())["tests"]:
            for check in case.get("alert_rule_test", []):
                (fired if check.get("exp_alerts") else silent).add(check["alertname"])
    names = {rule["alert"] for rule in alerts()}
    assert names - fired == set(), "alerts never shown firing"
    assert names - silent == set(), "alerts never shown staying silent"


def test_every_alert_is_labelled_and_has_a_runbook_section() -> None:
    anchors = {
        re.sub(r"[^a-z0-9 -]", "", heading.lower()).replace(" ", "-")
        for heading in re.findall(r"^#+ (.+)$", OPERATIONS.read_text(), re.MULTILINE)
    }
    for rule in alerts():
        assert rule["labels"]["severity"] in {"page", "ticket"}, rule["alert"]
        annotations = rule["annotations"]
        assert annotations["summary"] and annotations["description"], rule["alert"]
        assert annotations["runbook_url"] == f"docs/operations.md#{rule['alert'].lower()}"
        assert rule["alert"].lower() in anchors, f"docs/operations.md has no {rule['alert']}"
