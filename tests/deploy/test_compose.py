"""docker-compose.yml is a valid Compose file that starts the stack in a safe order."""

import shutil
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from tests.deploy.compose import (
    REQUIRED_FOR_TESTS,
    MissingVariable,
    load_compose,
    required_variables,
)
from tests.deploy.schemas import compose_errors
from tests.deploy.service_facts import SERVICES, default_port
from tests.deploy.tooling import REPO, run

ONE_SHOT = {"kafka-topics", "analytics-warehouse"}


def test_the_compose_file_matches_the_compose_specification() -> None:
    assert compose_errors(load_compose()) == []


def test_required_secrets_stop_compose_with_a_message() -> None:
    assert required_variables() == set(REQUIRED_FOR_TESTS)
    for name in REQUIRED_FOR_TESTS:
        environ = {key: value for key, value in REQUIRED_FOR_TESTS.items() if key != name}
        with pytest.raises(MissingVariable, match=name):
            load_compose(environ)


def test_every_long_running_container_has_a_healthcheck() -> None:
    services = load_compose()["services"]

    assert {name for name, s in services.items() if "healthcheck" not in s} == ONE_SHOT


def test_services_start_after_what_they_need_is_ready() -> None:
    services = load_compose()["services"]
    for name in SERVICES:
        depends = services[name]["depends_on"]

        assert depends["mongo"] == {"condition": "service_healthy"}, name
        assert depends["redis"] == {"condition": "service_healthy"}, name
        assert depends["kafka-topics"] == {"condition": "service_completed_successfully"}, name
    assert services["kafka-topics"]["depends_on"]["kafka"] == {"condition": "service_healthy"}
    assert services["analytics"]["depends_on"]["analytics-warehouse"] == {
        "condition": "service_completed_successfully"
    }


def test_replicas_are_configurable_per_service() -> None:
    environ = {**REQUIRED_FOR_TESTS, **{f"{name.upper()}_REPLICAS": "3" for name in SERVICES}}
    default, scaled = load_compose()["services"], load_compose(environ)["services"]
    for name in SERVICES:
        assert default[name]["deploy"]["replicas"] == "1", name
        assert scaled[name]["deploy"]["replicas"] == "3", name


def test_images_are_pinned() -> None:
    for name, service in load_compose()["services"].items():
        image = service["image"]
        tag = image.rsplit(":", 1)[-1] if ":" in image.rsplit("/", 1)[-1] else ""

        assert tag and tag != "latest", f"{name}: {image} is not pinned"


def test_services_run_locked_down() -> None:
    services = load_compose()["services"]
    for name in (*SERVICES, *ONE_SHOT):
        service = services[name]

        assert service["read_only"] is True, name
        assert service["cap_drop"] == ["ALL"], name
        assert "no-new-privileges:true" in service["security_opt"], name


def _mounts(service: dict[str, Any]) -> dict[str, Path]:
    """Bind mounts from this repository: container path -> repository path."""
    mounts = {}
    for volume in service.get("volumes", []):
        source, target, *_ = volume.split(":")
        if source.startswith("."):
            mounts[target] = REPO / source
    return mounts


def test_files_mounted_from_this_repository_exist() -> None:
    for name, service in load_compose()["services"].items():
        for source in _mounts(service).values():
            assert source.exists(), f"{name}: {source.relative_to(REPO)} is missing"
        if "build" in service:
            assert (REPO / service["build"]["dockerfile"]).is_file(), name


def test_prometheus_and_grafana_use_the_observability_artefacts() -> None:
    """One source for each: Grafana's provisioning and dashboards and Prometheus's config
    and rules come from deploy/grafana/ and deploy/prometheus/; compose keeps no copy."""
    services = load_compose()["services"]
    for name in ("prometheus", "grafana"):
        for source in _mounts(services[name]).values():
            assert source.is_relative_to(REPO / "deploy" / name), source
    assert not [p for p in (REPO / "deploy/compose").rglob("*") if p.suffix in {".yml", ".yaml"}]


def test_grafana_is_provisioned_with_the_compose_prometheus_and_the_dashboards() -> None:
    services = load_compose()["services"]
    mounts = _mounts(services["grafana"])
    provisioning = mounts["/etc/grafana/provisioning"]
    [provider] = yaml.safe_load((provisioning / "dashboards/medstream.yml").read_text())[
        "providers"
    ]
    [source] = yaml.safe_load((provisioning / "datasources/prometheus.yml").read_text())[
        "datasources"
    ]
    url = urlsplit(source["url"])
    published = {port.rsplit(":", 1)[-1] for port in services["prometheus"]["ports"]}

    assert mounts[provider["options"]["path"]] == REPO / "deploy/grafana/dashboards"
    assert list(mounts[provider["options"]["path"]].glob("*.json"))
    assert url.hostname == "prometheus" and str(url.port) in published


def test_prometheus_scrapes_every_replica_of_every_service_and_loads_the_rules() -> None:
    prometheus = load_compose()["services"]["prometheus"]
    mounts = _mounts(prometheus)
    [flag] = [arg for arg in prometheus["command"] if arg.startswith("--config.file=")]
    config_path = PurePosixPath(flag.split("=", 1)[1])
    config = yaml.safe_load(mounts[str(config_path)].read_text())
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}

    for pattern in config["rule_files"]:  # relative to the config file, as Prometheus reads it
        directory = str(PurePosixPath(config_path.parent, pattern).parent)
        assert list(mounts[directory].glob(PurePosixPath(pattern).name)), pattern
    for service in SERVICES:
        [discovery] = jobs[service]["dns_sd_configs"]
        assert discovery["names"] == [service]
        assert discovery["port"] == default_port(service)


def test_the_compose_prometheus_config_is_valid() -> None:
    promtool = shutil.which("promtool")
    if promtool is None:
        pytest.skip("promtool not installed (deploy/local/infra.sh install prometheus)")
    [config] = [
        source
        for target, source in _mounts(load_compose()["services"]["prometheus"]).items()
        if target == "/etc/prometheus/prometheus.yml"
    ]
    run([promtool, "check", "config", config], cwd=config.parent)


def test_the_compose_schema_rejects_a_misspelt_key() -> None:
    """Guards the guard: Compose would refuse this file, so must the test."""
    model = load_compose()
    model["services"]["gateway"]["helthcheck"] = model["services"]["gateway"].pop("healthcheck")

    assert any("helthcheck" in error for error in compose_errors(model))
