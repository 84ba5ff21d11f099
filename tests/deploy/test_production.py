"""In production the services refuse development defaults (ServiceSettings: no loopback
Kafka, MongoDB or Redis address): every production render, and compose started with
MEDSTREAM_ENVIRONMENT=production, gives each service settings it accepts.

The settings are built the way a pod builds them: from the render's ConfigMap and container
entries, with Secret references resolved from the render's own Secret (development) or from
stand-ins shaped like an operator's Secret (docs/deploy.md).
"""

import re

import pytest
from pydantic import ValidationError

from tests.deploy.compose import REQUIRED_FOR_TESTS
from tests.deploy.environments import compose_env, config_map, kube_env, resolve, settings_from
from tests.deploy.service_facts import SERVICES
from tests.deploy.tooling import Manifest

ADDRESSES = ("MEDSTREAM_KAFKA_BOOTSTRAP", "MEDSTREAM_MONGO_URL", "MEDSTREAM_REDIS_URL")
# Stricter than the services' own check (127.0.0.1): no loopback of any spelling.
LOOPBACK = re.compile(r"(^|[/@,])(127(\.\d{1,3}){3}|localhost|\[::1\])(:|/|,|$)", re.IGNORECASE)


def _production(render: list[Manifest]) -> bool:
    return config_map(render)["MEDSTREAM_ENVIRONMENT"] == "production"


def test_the_production_renders_run_in_production(
    all_renders: dict[str, list[Manifest]],
) -> None:
    production = {name for name, render in all_renders.items() if _production(render)}

    assert production >= {"helm:default", "helm:prod", "kustomize:base", "kustomize:prod"}
    assert not production & {"helm:dev", "kustomize:dev"}


def test_every_service_gets_real_addresses_and_accepts_its_settings(
    render: list[Manifest], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each address is set (none left on its loopback default) and not loopback; the
    settings class validates, in production with its refusal of development defaults."""
    for service in SERVICES:
        values = resolve(render, kube_env(render, service))
        for name in ADDRESSES:
            value = values.get(name)

            assert value, f"{service}: {name} is left on its development default"
            assert not LOOPBACK.search(value), f"{service}: {name}={value} is loopback"
        settings = settings_from(service, values, monkeypatch)

        assert settings.environment == config_map(render)["MEDSTREAM_ENVIRONMENT"], service


def test_compose_runs_in_production_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    environ = {**REQUIRED_FOR_TESTS, "MEDSTREAM_ENVIRONMENT": "production"}
    for service in SERVICES:
        values = resolve(None, compose_env(service, environ=environ))
        for name in ADDRESSES:
            value = values.get(name)

            assert value and not LOOPBACK.search(value), (service, name, value)
        assert settings_from(service, values, monkeypatch).environment == "production"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("MEDSTREAM_KAFKA_BOOTSTRAP", None),
        ("MEDSTREAM_MONGO_URL", None),
        ("MEDSTREAM_REDIS_URL", "redis://127.0.0.1:6379/0"),
    ],
)
def test_a_production_service_left_on_a_default_address_refuses_to_start(
    all_renders: dict[str, list[Manifest]],
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    value: str | None,
) -> None:
    """Guards the guard: the same production environment with one address missing (so on
    its default) or loopback fails validation, in every service."""
    render = all_renders["helm:prod"]
    for service in SERVICES:
        values = resolve(render, kube_env(render, service)) | {variable: value}

        with pytest.raises(ValidationError, match=variable):
            settings_from(service, values, monkeypatch)
