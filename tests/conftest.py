"""Test-wide fixtures: the real local infrastructure, started when it is not running."""

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def infrastructure() -> Iterator[None]:
    """Kafka, the MongoDB-wire server and Redis on loopback (idempotent start, left running)."""
    subprocess.run(
        ["bash", str(REPO / "deploy/local/infra.sh"), "start", "kafka", "mongo", "redis"],
        check=True,
        timeout=900,
    )
    yield
