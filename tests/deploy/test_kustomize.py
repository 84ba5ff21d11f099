"""The Kustomize base is the Helm chart's render, committed: it must never drift from it."""

import difflib
import os
from pathlib import Path

import yaml

from tests.deploy.tooling import K8S, REPO, run


def _files(directory: Path) -> dict[str, str]:
    return {path.name: path.read_text() for path in sorted(directory.iterdir()) if path.is_file()}


def test_the_committed_base_is_a_fresh_render_of_the_chart(helm: Path, tmp_path: Path) -> None:
    run(["bash", K8S / "render-base.sh", tmp_path], env={**os.environ, "HELM": str(helm)})

    committed, fresh = _files(K8S / "base"), _files(tmp_path)
    diff = [
        line
        for name in sorted(committed.keys() | fresh.keys())
        for line in difflib.unified_diff(
            committed.get(name, "").splitlines(),
            fresh.get(name, "").splitlines(),
            f"committed/{name}",
            f"rendered/{name}",
            lineterm="",
        )
    ]

    assert not diff, (
        "deploy/k8s/base differs from the chart: run deploy/k8s/render-base.sh and commit.\n"
        + "\n".join(diff[:40])
    )


def test_overlays_patch_the_base_and_add_only_their_namespace() -> None:
    """Whatever a cluster runs comes from the chart; an overlay only adjusts it."""
    for overlay in sorted((K8S / "overlays").iterdir()):
        kustomization = yaml.safe_load((overlay / "kustomization.yaml").read_text())

        assert kustomization["resources"] == ["namespace.yaml", "../../base"], overlay.relative_to(
            REPO
        )
