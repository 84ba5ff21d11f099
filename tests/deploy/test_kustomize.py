"""The Kustomize base is the Helm chart's render, committed: it must never drift from it."""

import difflib
import os
import shutil
from pathlib import Path

import pytest
import yaml

from tests.deploy.tooling import K8S, REPO, Manifest, load_documents, run


def _files(directory: Path) -> dict[str, str]:
    return {path.name: path.read_text() for path in sorted(directory.iterdir()) if path.is_file()}


@pytest.mark.parametrize("part", ["base", "components/autoscaling"])
def test_the_committed_base_is_a_fresh_render_of_the_chart(
    helm: Path, tmp_path: Path, part: str
) -> None:
    outputs = {"base": tmp_path / "base", "components/autoscaling": tmp_path / "autoscaling"}
    command: list[str | Path] = ["bash", K8S / "render-base.sh", *outputs.values()]
    run(command, env={**os.environ, "HELM": str(helm)})

    committed, fresh = _files(K8S / part), _files(outputs[part])
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


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="no kubectl on this machine")
@pytest.mark.parametrize("overlay", sorted(p.name for p in (K8S / "overlays").iterdir()))
def test_the_kubectl_people_have_renders_every_overlay_as_the_pinned_kustomize_does(
    kustomize: Path, overlay: str
) -> None:
    """kubectl embeds its own kustomize (v5.5 in kubectl 1.32), which panicked on the
    `$patch: delete` the dev overlay once used; both must build the same objects."""
    directory = K8S / "overlays" / overlay
    embedded = load_documents(run(["kubectl", "kustomize", directory]))
    pinned = load_documents(run([kustomize, "build", directory]))

    assert embedded == pinned


def test_autoscalers_are_a_component_only_production_includes(
    all_renders: dict[str, list[Manifest]],
) -> None:
    scalers = {"HorizontalPodAutoscaler", "ScaledObject"}
    kinds = {name: {doc["kind"] for doc in docs} for name, docs in all_renders.items()}

    assert scalers <= kinds["kustomize:prod"]
    assert not scalers & (kinds["kustomize:base"] | kinds["kustomize:dev"])
    assert scalers <= kinds["helm:default"]  # the chart's default is production's


def test_the_chart_and_kustomize_render_the_same_objects(
    all_renders: dict[str, list[Manifest]],
) -> None:
    """Base plus the autoscaling component is the chart's default render, object for object
    (Kustomize adds the generated ConfigMap's hash to its name)."""

    def objects(docs: list[Manifest]) -> set[tuple[str, str]]:
        return {(d["kind"], d["metadata"]["name"].split("-")[0]) if d["kind"] == "ConfigMap"
                else (d["kind"], d["metadata"]["name"]) for d in docs}  # fmt: skip

    prod_objects = objects(all_renders["kustomize:prod"]) - {("Namespace", "medstream")}
    assert objects(all_renders["helm:default"]) == prod_objects
