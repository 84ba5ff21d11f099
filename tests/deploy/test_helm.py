"""The Helm chart lints cleanly and refuses values that would deploy something broken."""

from pathlib import Path

import pytest

from tests.deploy.tooling import CHART, HELM_VALUES, KUBE_VERSIONS, load_documents, run


@pytest.mark.parametrize("values", HELM_VALUES, ids=str)
def test_helm_lint_passes(helm: Path, values: str) -> None:
    files = [arg for path in HELM_VALUES[values] for arg in ("--values", str(path))]

    output = run([helm, "lint", CHART, "--strict", "--kube-version", KUBE_VERSIONS[0], *files])

    assert "0 chart(s) failed" in output


def test_development_may_use_loopback_addresses(helm: Path) -> None:
    """Only production refuses them, as the services do (e.g. Kafka through a local proxy)."""
    run([helm, "template", "medstream", CHART, "--kube-version", KUBE_VERSIONS[0],
         "--set", "environment=development,kafka.bootstrap=127.0.0.1:9092"])  # fmt: skip


@pytest.mark.parametrize(
    ("override", "complaint"),
    [
        ("gateway.replcas=3", "additional properties 'replcas' not allowed"),
        ("router.autoscaling.maxReplicas=7", "exceeds kafka.topics.partitions"),
        ("shutdown.preStopSleepSeconds=10", "preStopSleepSeconds must be below"),
        ("secrets.existingSecret=", "secrets.existingSecret is required"),
        ("gateway.ingress.paths[0]=/", "would expose /metrics or /health"),
        (
            "gateway.ingress.paths[0].path=/health,gateway.ingress.paths[0].pathType=Prefix",
            "would expose /metrics or /health",
        ),
        ("gateway.ingress.paths[0].pathType=ImplementationSpecific", "one of 'Exact', 'Prefix'"),
        ("kafka.bootstrap=127.0.0.1:9092", "refuse in production .MEDSTREAM_KAFKA_BOOTSTRAP"),
        (
            "secrets.create=true,redis.url=redis://127.0.0.1:6379/0",
            "refuse in production .MEDSTREAM_REDIS_URL",
        ),
    ],
)
def test_helm_refuses_values_that_would_break_the_deployment(
    helm: Path, override: str, complaint: str
) -> None:
    with pytest.raises(AssertionError, match=complaint):
        run([helm, "template", "medstream", CHART, "--kube-version", KUBE_VERSIONS[0],
             "--set", override])  # fmt: skip


def test_an_own_warehouse_comes_from_a_claim_and_nothing_is_generated(helm: Path) -> None:
    own = "environment=development,analytics.warehouse.existingClaim=own"
    output = run([helm, "template", "medstream", CHART, "--kube-version", KUBE_VERSIONS[0],
                  "--set", own])  # fmt: skip
    [analytics] = [
        doc
        for doc in load_documents(output)
        if doc["kind"] == "Deployment" and doc["metadata"]["name"].endswith("analytics")
    ]
    pod = analytics["spec"]["template"]["spec"]

    assert "initContainers" not in pod
    [volume] = [v for v in pod["volumes"] if v["name"] == "warehouse"]
    assert volume == {
        "name": "warehouse",
        "persistentVolumeClaim": {"claimName": "own", "readOnly": True},
    }
