"""Paths of the deployment artefacts and the commands that render them (helm, kustomize).

The tools are built from source by deploy/tools/install.sh (cached), so the tests run on
machines with Go but no Docker engine, cluster or prebuilt binaries.
"""

import subprocess
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
K8S = REPO / "deploy/k8s"
CHART = K8S / "helm/medstream"
COMPOSE_FILE = REPO / "docker-compose.yml"
# The oldest Kubernetes the chart declares (Chart.yaml kubeVersion) and the newest one whose
# schemas kubernetes-validate ships: the manifests must be valid on both.
KUBE_VERSIONS = ("1.30.0", "1.37.0")

# Helm renders: values files on top of the chart's defaults.
HELM_VALUES = {
    "default": [],
    "prod": [CHART / "ci/prod-values.yaml"],
    "dev": [CHART / "ci/dev-values.yaml"],
}
KUSTOMIZATIONS = {
    "base": K8S / "base",
    "dev": K8S / "overlays/dev",
    "prod": K8S / "overlays/prod",
}

Manifest = dict[str, Any]


def install_tools() -> dict[str, Path]:
    """helm and kustomize, built on first use: ``{"helm": path, "kustomize": path}``."""
    out = subprocess.run(
        ["bash", str(REPO / "deploy/tools/install.sh"), "helm", "kustomize"],
        check=True,
        capture_output=True,
        text=True,
        timeout=1200,
    ).stdout
    tools = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    return {name: Path(path) for name, path in tools.items()}


def run(command: list[str | Path], **kwargs: Any) -> str:
    """Runs a tool, failing with its stderr (the useful part of a helm or kustomize error)."""
    result = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=120, **kwargs
    )
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, command))} failed:\n{result.stderr}")
    return result.stdout


def load_documents(text: str) -> list[Manifest]:
    return [doc for doc in yaml.safe_load_all(text) if doc]


def helm_template(helm: Path, values: list[Path], release: str = "medstream") -> list[Manifest]:
    command: list[str | Path] = ["template", release, CHART, "--kube-version", KUBE_VERSIONS[0]]
    for path in values:
        command += ["--values", path]
    return load_documents(run([helm, *command]))


def kustomize_build(kustomize: Path, directory: Path) -> list[Manifest]:
    return load_documents(run([kustomize, "build", directory]))


def by_kind(manifests: list[Manifest], kind: str) -> dict[str, Manifest]:
    """The manifests of one kind, by name."""
    return {m["metadata"]["name"]: m for m in manifests if m["kind"] == kind}
