"""docker-compose.yml is a valid Compose file that starts the stack in a safe order."""

import pytest

from tests.deploy.compose import (
    REQUIRED_FOR_TESTS,
    MissingVariable,
    load_compose,
    required_variables,
)
from tests.deploy.schemas import compose_errors
from tests.deploy.service_facts import SERVICES
from tests.deploy.tooling import REPO

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


def test_files_mounted_from_this_repository_exist() -> None:
    """Paths this deployment owns must exist; dashboards and rules may still be empty."""
    provided_elsewhere = {"./deploy/grafana/dashboards", "./deploy/prometheus/rules"}
    for name, service in load_compose()["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith(".") and source not in provided_elsewhere:
                assert (REPO / source).exists(), f"{name}: {source} is missing"
        if "build" in service:
            assert (REPO / service["build"]["dockerfile"]).is_file(), name


def test_the_compose_schema_rejects_a_misspelt_key() -> None:
    """Guards the guard: Compose would refuse this file, so must the test."""
    model = load_compose()
    model["services"]["gateway"]["helthcheck"] = model["services"]["gateway"].pop("healthcheck")

    assert any("helthcheck" in error for error in compose_errors(model))
