"""Every rendered manifest is valid for the cluster it would be applied to."""

import copy

import pytest

from tests.deploy.schemas import schema_errors
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
