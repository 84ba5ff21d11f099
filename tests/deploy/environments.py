"""What a service's process sees as its environment when deployed, and the settings it builds.

Kubernetes: the image's ENV, then the ConfigMap (envFrom), then the container's own entries;
Secret references resolve to the render's Secret when the render makes it (development), else
to a stand-in of the right shape (an operator's Secret holds real credentials). Compose: the
image's ENV, then the service's `environment`.
"""

import base64
import os
from collections.abc import Mapping
from typing import Any

import pytest
from pydantic_settings import BaseSettings

from tests.deploy.compose import load_compose
from tests.deploy.service_facts import dockerfile, llm_settings, settings_class, uses_llm
from tests.deploy.tooling import Manifest, by_kind
from tests.deploy.workloads import Variable, container_env, deployments, main_container

PLACEHOLDER_SECRET = "placeholder-secret-0123456789abcdef0123456789"
# Stand-ins for the keys of an operator-managed Secret (docs/deploy.md), shaped like real
# values: what matters to the services is where the addresses point, not the credentials.
DUMMY_SECRETS = {
    "mongo-url": "mongodb://medstream:dummy@mongodb.medstream.svc:27017/?authSource=admin",
    "redis-url": "redis://:dummy@redis.medstream.svc:6379/0",
    "api-keys": "ops:dummy-key-0123456789abcdef",
    "jwt-secret": PLACEHOLDER_SECRET,
    "openai-api-key": "sk-dummy",
}
# The variables settings classes read: cleared from the test's own environment first.
SETTINGS_PREFIXES = ("MEDSTREAM_", "OPENAI_")


def image_env(service: str, *, settings_only: bool = True) -> dict[str, Variable]:
    env = dockerfile(service).env()
    return {
        key: Variable(value)
        for key, value in env.items()
        if key.startswith("MEDSTREAM_") or not settings_only
    }


def kube_env(
    render: list[Manifest], service: str, *, settings_only: bool = True
) -> dict[str, Variable]:
    """What the service's container sees: the image's ENV, overridden by the manifests."""
    container = main_container(service, deployments(render)[service])
    return image_env(service, settings_only=settings_only) | container_env(render, container)


def compose_env(
    service: str, *, settings_only: bool = True, environ: Mapping[str, str] | None = None
) -> dict[str, Variable]:
    """The service's environment in compose, interpolated from ``environ`` (default: the
    required variables only, as in load_compose)."""
    environment = load_compose(environ)["services"][service]["environment"]
    declared = {k: Variable(None if v is None else str(v)) for k, v in environment.items()}
    return image_env(service, settings_only=settings_only) | declared


def secret_value(render: list[Manifest], name: str, key: str) -> str | None:
    """A Secret's value: from the render when it makes that Secret (``None`` for a key it
    lacks: the kubelet leaves an optional one unset), else a stand-in."""
    secret = by_kind(render, "Secret").get(name)
    if secret is None:
        return DUMMY_SECRETS.get(key, PLACEHOLDER_SECRET)
    if key in secret.get("stringData", {}):
        return str(secret["stringData"][key])
    if key in secret.get("data", {}):
        return base64.b64decode(secret["data"][key]).decode()
    return None


def resolve(render: list[Manifest] | None, env: dict[str, Variable]) -> dict[str, str | None]:
    """Literal values, Secret references resolved (``None``: declared without a value)."""
    values: dict[str, str | None] = {}
    for name, variable in env.items():
        if variable.secret is None:
            values[name] = variable.value
        elif render is None:
            values[name] = DUMMY_SECRETS.get(variable.secret[1], PLACEHOLDER_SECRET)
        else:
            values[name] = secret_value(render, *variable.secret)
    return values


def build_settings(
    settings: type[BaseSettings],
    values: Mapping[str, str | None],
    monkeypatch: pytest.MonkeyPatch,
    *,
    also: type[BaseSettings] | None = None,
) -> Any:
    """``settings`` built from these environment variables only (and ``also``, first), as a
    process started with exactly this environment would build them."""
    with monkeypatch.context() as patch:
        for name in [name for name in os.environ if name.startswith(SETTINGS_PREFIXES)]:
            patch.delenv(name)
        for name, value in values.items():
            if value is not None:
                patch.setenv(name, value)
        if also is not None:
            also()
        return settings()


def settings_from(
    service: str, values: Mapping[str, str | None], monkeypatch: pytest.MonkeyPatch
) -> Any:
    """The service's settings built from a deployed environment, exactly as the service
    builds them at start-up: from environment variables. The LLM settings too, for a
    service that calls a model."""
    also = llm_settings() if uses_llm(service) else None
    return build_settings(settings_class(service), values, monkeypatch, also=also)


def config_map(render: list[Manifest]) -> dict[str, str]:
    (config,) = by_kind(render, "ConfigMap").values()
    return {key: str(value) for key, value in config["data"].items()}
