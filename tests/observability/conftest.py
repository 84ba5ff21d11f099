"""Fixtures of the observability tests: promtool, the running stack and a traced stack."""

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

# The session stack of tests/e2e (one stack for all integration tests of a run).
from tests.harness import USERS, running
from tests.observability.otlp import OtlpReceiver
from tests.stack import Stack, build_stack

REPO = Path(__file__).resolve().parents[2]
TRACED_SERVICES = ("gateway", "router", "analytics")


@pytest.fixture(scope="session")
def promtool() -> str:
    """Debian's promtool, installed with the local Prometheus when it is missing."""
    if shutil.which("promtool") is None:
        subprocess.run(
            ["bash", str(REPO / "deploy/local/infra.sh"), "install", "prometheus"],
            check=True,
            timeout=600,
        )
    path = shutil.which("promtool")
    assert path is not None, "promtool not found after installing Debian's prometheus"
    return path


@pytest.fixture(scope="session")
def prometheus_binary(promtool: str) -> str:
    path = shutil.which("prometheus")
    assert path is not None, "prometheus not found after installing Debian's prometheus"
    return path


@pytest.fixture(scope="module")
def otlp_receiver() -> Iterator[OtlpReceiver]:
    with OtlpReceiver() as receiver:
        yield receiver


@pytest.fixture(scope="module")
def traced_stack(
    infrastructure: None,
    warehouse: Path,
    otlp_receiver: OtlpReceiver,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Stack]:
    """Gateway, router and analytics exporting their spans to ``otlp_receiver``.

    Separate from the session ``stack`` so that one stays as operators run it by default:
    no exporter configured.
    """
    log_dir = tmp_path_factory.mktemp("traced-logs")
    keys = ",".join(f"{user}:{key}" for user, key in USERS.items())
    otel = {
        "OTEL_EXPORTER_OTLP_ENDPOINT": otlp_receiver.endpoint,
        "OTEL_BSP_SCHEDULE_DELAY": "100",  # milliseconds: spans arrive while the test waits
        "OTEL_TRACES_SAMPLER": "parentbased_always_on",
    }
    for name in list(os.environ):
        if name.startswith("OTEL_"):
            otel.setdefault(name, "")  # nothing from the outer environment leaks in
    traced = build_stack(log_dir, warehouse=warehouse, api_keys=keys, extra_env=otel)
    with running(traced, TRACED_SERVICES):
        yield traced
