"""Every rendered manifest is valid for the cluster it would be applied to."""

import copy
import hashlib
from pathlib import Path
from typing import Any

import pytest

from tests.deploy.schemas import (
    CRD_SCHEMAS,
    UPSTREAM_CRDS,
    VENDOR_MARKER,
    schema_errors,
    upstream_errors,
    upstream_validators,
)
from tests.deploy.tooling import KUBE_VERSIONS, Manifest, by_kind


@pytest.mark.parametrize("kube_version", KUBE_VERSIONS)
def test_every_manifest_matches_its_schema(render: list[Manifest], kube_version: str) -> None:
    errors = [line for m in render for line in schema_errors(m, kube_version)]

    assert errors == []


def test_the_kubernetes_schemas_reject_unknown_fields(
    all_renders: dict[str, list[Manifest]],
) -> None:
    """Guards the guard: a misspelt field must fail, not be ignored as the API server would."""
    deployment = copy.deepcopy(
        next(iter(by_kind(all_renders["helm:default"], "Deployment").values()))
    )
    deployment["spec"]["replcas"] = 2

    assert schema_errors(deployment, KUBE_VERSIONS[0])


def test_the_crd_schemas_reject_what_keda_and_strimzi_would(
    all_renders: dict[str, list[Manifest]],
) -> None:
    render = all_renders["helm:default"]
    scaled = copy.deepcopy(next(iter(by_kind(render, "ScaledObject").values())))
    del scaled["spec"]["triggers"][0]["metadata"]["consumerGroup"]
    topic = copy.deepcopy(next(iter(by_kind(render, "KafkaTopic").values())))
    del topic["metadata"]["labels"]["strimzi.io/cluster"]
    topic["spec"]["partitons"] = 3

    assert any("consumerGroup" in line for line in schema_errors(scaled, KUBE_VERSIONS[0]))
    topic_errors = schema_errors(topic, KUBE_VERSIONS[0])
    assert any("strimzi.io/cluster" in line for line in topic_errors)
    assert any("partitons" in line for line in topic_errors)


def test_every_custom_resource_passes_its_upstream_crd(render: list[Manifest]) -> None:
    custom = [m for m in render if (m["apiVersion"], m["kind"]) in CRD_SCHEMAS]

    assert [line for m in custom for line in upstream_errors(m)] == []


def test_the_renders_use_every_kind_with_a_crd_schema(
    all_renders: dict[str, list[Manifest]],
) -> None:
    """So that the test above checks ScaledObjects and KafkaTopics, not nothing."""
    used = {(m["apiVersion"], m["kind"]) for render in all_renders.values() for m in render}

    assert set(CRD_SCHEMAS) <= used


def test_every_hand_written_schema_has_its_upstream_crd() -> None:
    assert set(CRD_SCHEMAS) <= set(upstream_validators())


@pytest.mark.parametrize("path", sorted(UPSTREAM_CRDS.glob("*.yaml")), ids=lambda p: p.name)
def test_the_vendored_crds_are_the_upstream_files_unchanged(path: Path) -> None:
    header, body = path.read_bytes().split(VENDOR_MARKER.encode(), 1)

    assert f"upstream file: {hashlib.sha256(body).hexdigest()}\n".encode() in header


def _edited(render: list[Manifest], kind: str, path: str, value: Any) -> Manifest:
    """A copy of the first manifest of a kind with the field at a /-separated path set."""
    manifest = copy.deepcopy(next(iter(by_kind(render, kind).values())))
    *parents, last = [int(key) if key.isdigit() else key for key in path.split("/")]
    node: Any = manifest
    for key in parents:
        node = node[key]
    node[last] = value
    return manifest


def _cases(*cases: tuple[Any, ...]) -> list[Any]:
    return [pytest.param(*case, id=f"{case[0]}:{case[1]}={case[2]!r}") for case in cases]


HPA_BEHAVIOR = "spec/advanced/horizontalPodAutoscalerConfig/behavior"


@pytest.mark.parametrize(
    ("kind", "path", "value", "expected"),
    _cases(
        # What the API server refuses (unknown fields: with kubectl's default strict validation).
        ("ScaledObject", "spec/minReplicaCount", "two", "minReplicaCount: 'two' is not of type"),
        ("ScaledObject", "spec/pollingInterval", 0, "pollingInterval: 0 is less than the minimum"),
        ("ScaledObject", "spec/minReplicaCont", 1, "'minReplicaCont' was unexpected"),
        ("ScaledObject", "spec/triggers/0/metadata/lagThreshold", 50, "50 is not of type 'string'"),
        ("ScaledObject", "spec/triggers", [], "spec/triggers: [] should be non-empty"),
        ("ScaledObject", "spec/fallback", {"replicas": 1}, "'failureThreshold' is a required"),
        ("ScaledObject", f"{HPA_BEHAVIOR}/scaleDown", {"tolerance": "a lot"}, "does not match"),
        ("ScaledObject", f"{HPA_BEHAVIOR}/scaleDown", {"tolerance": True}, "True is not of type"),
        ("ScaledObject", "apiVersion", "keda.sh/v1", "no CRD in crd-schemas/upstream serves"),
        ("KafkaTopic", "spec/partitions", -1, "partitions: -1 is less than the minimum of 1"),
        ("KafkaTopic", "spec/partitions", "3", "partitions: '3' is not of type 'integer'"),
        ("KafkaTopic", "spec/replicas", 40000, "replicas: 40000 is greater than the maximum"),
        ("KafkaTopic", "spec/partitons", 3, "'partitons' was unexpected"),
        ("KafkaTopic", "metadata/name", "Patient_Events", "name: 'Patient_Events' does not match"),
        ("KafkaTopic", "metadata/labels/version", "1.0+build", "'1.0+build' does not match"),
        ("KafkaTopic", "kind", "KafkaTopics", "no CRD in crd-schemas/upstream serves"),
    ),
)
def test_the_upstream_crds_reject_what_the_api_server_would(
    all_renders: dict[str, list[Manifest]], kind: str, path: str, value: Any, expected: str
) -> None:
    manifest = _edited(all_renders["helm:default"], kind, path, value)

    errors = upstream_errors(manifest)

    assert any(expected in line for line in errors), errors
    assert schema_errors(manifest, KUBE_VERSIONS[0])


@pytest.mark.parametrize(
    ("kind", "path", "value"),
    _cases(
        # x-kubernetes-int-or-string, x-kubernetes-preserve-unknown-fields, loose metadata
        ("ScaledObject", f"{HPA_BEHAVIOR}/scaleDown", {"tolerance": 1}),
        ("ScaledObject", f"{HPA_BEHAVIOR}/scaleDown", {"tolerance": "0.05"}),
        ("ScaledObject", "metadata/finalizers", ["medstream.dev/keep"]),
        ("KafkaTopic", "spec/config/x.any.setting", {"nested": [1, "two"]}),
        ("KafkaTopic", "spec/config/retention.ms", 604800000),
    ),
)
def test_the_upstream_crds_accept_what_the_api_server_would(
    all_renders: dict[str, list[Manifest]], kind: str, path: str, value: Any
) -> None:
    manifest = _edited(all_renders["helm:default"], kind, path, value)

    assert upstream_errors(manifest) == []
