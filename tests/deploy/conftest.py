"""Renders every deployment artefact once per test session.

Each render is a list of manifests: Helm with the default, production-like and development
values, and `kustomize build` of the generated base and of each overlay.
"""

from pathlib import Path

import pytest

from tests.deploy.tooling import (
    HELM_VALUES,
    KUSTOMIZATIONS,
    Manifest,
    helm_template,
    install_tools,
    kustomize_build,
)

RENDERS = [f"helm:{name}" for name in HELM_VALUES] + [
    f"kustomize:{name}" for name in KUSTOMIZATIONS
]


@pytest.fixture(scope="session")
def tools() -> dict[str, Path]:
    return install_tools()


@pytest.fixture(scope="session")
def helm(tools: dict[str, Path]) -> Path:
    return tools["helm"]


@pytest.fixture(scope="session")
def kustomize(tools: dict[str, Path]) -> Path:
    return tools["kustomize"]


@pytest.fixture(scope="session")
def all_renders(helm: Path, kustomize: Path) -> dict[str, list[Manifest]]:
    renders = {f"helm:{name}": helm_template(helm, values) for name, values in HELM_VALUES.items()}
    for name, directory in KUSTOMIZATIONS.items():
        renders[f"kustomize:{name}"] = kustomize_build(kustomize, directory)
    return renders


@pytest.fixture(params=RENDERS)
def render(
    request: pytest.FixtureRequest, all_renders: dict[str, list[Manifest]]
) -> list[Manifest]:
    """Each render in turn: the tests that take it hold for every way of deploying."""
    return all_renders[request.param]
