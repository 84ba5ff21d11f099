"""The Helm chart lints cleanly and refuses values that would deploy something broken."""

from pathlib import Path

import pytest

from tests.deploy.tooling import CHART, HELM_VALUES, KUBE_VERSIONS, run


@pytest.mark.parametrize("values", HELM_VALUES, ids=str)
def test_helm_lint_passes(helm: Path, values: str) -> None:
    files = [arg for path in HELM_VALUES[values] for arg in ("--values", str(path))]

    output = run([helm, "lint", CHART, "--strict", "--kube-version", KUBE_VERSIONS[0], *files])

    assert "0 chart(s) failed" in output


@pytest.mark.parametrize(
    ("override", "complaint"),
    [
        ("gateway.replcas=3", "additional properties 'replcas' not allowed"),
        ("router.autoscaling.maxReplicas=7", "exceeds kafka.topics.partitions"),
        ("shutdown.preStopSleepSeconds=10", "preStopSleepSeconds must be below"),
        ("secrets.existingSecret=", "secrets.existingSecret is required"),
    ],
)
def test_helm_refuses_values_that_would_break_the_deployment(
    helm: Path, override: str, complaint: str
) -> None:
    with pytest.raises(AssertionError, match=complaint):
        run([helm, "template", "medstream", CHART, "--kube-version", KUBE_VERSIONS[0],
             "--set", override])  # fmt: skip
