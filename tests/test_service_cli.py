"""Every service's console script, through its real entry point: ``--help`` and ``--version``
start nothing, and a start-up that cannot succeed ends with one line and exit status 1."""

import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
SERVICES = ("gateway", "router", "analytics", "reports")


def run(
    service: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / f"medstream-{service}"), *args],
        capture_output=True,
        text=True,
        timeout=90,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.mark.parametrize("service", SERVICES)
def test_help_and_version_start_nothing(service: str) -> None:
    helped = run(service, "--help")
    versioned = run(service, "--version")

    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith(f"usage: medstream-{service}")
    assert "MEDSTREAM_*" in helped.stdout
    assert versioned.returncode == 0
    assert versioned.stdout.strip() == f"medstream-{service} 0.1.0"


@pytest.fixture
def taken_port() -> Iterator[int]:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield listener.getsockname()[1]


@pytest.mark.parametrize("service", SERVICES)
def test_a_port_in_use_is_one_line_naming_the_setting(service: str, taken_port: int) -> None:
    done = run(service, env={"MEDSTREAM_HTTP_PORT": str(taken_port)})

    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"error: port {taken_port} on 127.0.0.1 is already in use: stop what listens there "
        "or set MEDSTREAM_HTTP_PORT"
    )


def test_an_invalid_setting_is_one_line_naming_it() -> None:
    done = run("reports", env={"MEDSTREAM_HTTP_PORT": "eighty"})

    assert done.returncode == 1
    assert done.stderr.startswith("error: invalid setting MEDSTREAM_HTTP_PORT: ")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "service",
    # The gateway reaches MongoDB at start-up too: with MongoDB down as well, which of the
    # two it names first is a race, so its case runs with the real infrastructure up.
    [pytest.param(s, marks=pytest.mark.integration) if s == "gateway" else s for s in SERVICES],
)
def test_an_unreachable_broker_is_one_line_naming_the_setting(
    service: str, request: pytest.FixtureRequest
) -> None:
    if service == "gateway":
        request.getfixturevalue("infrastructure")
    env = {"MEDSTREAM_HTTP_PORT": "0", "MEDSTREAM_KAFKA_BOOTSTRAP": "127.0.0.1:1"}
    if service == "analytics":
        env["MEDSTREAM_WAREHOUSE_PATH"] = str(_warehouse())
    done = run(service, env=env)

    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "error: cannot reach Kafka at 127.0.0.1:1: start it or set MEDSTREAM_KAFKA_BOOTSTRAP"
    )
    assert "Traceback" not in done.stderr


@pytest.mark.integration
def test_an_unreachable_mongodb_is_one_line_without_its_credentials(infrastructure: None) -> None:
    done = run(
        "router",
        env={
            "MEDSTREAM_HTTP_PORT": "0",
            "MEDSTREAM_TOPIC_PREFIX": f"test-cli-{uuid.uuid4().hex[:8]}.",
            "MEDSTREAM_MONGO_URL": "mongodb://admin:s3cret@127.0.0.1:1/",
        },
    )

    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "error: cannot reach MongoDB at 127.0.0.1:1: start it or set MEDSTREAM_MONGO_URL"
    )
    assert "s3cret" not in done.stderr + done.stdout


def _warehouse() -> Path:
    from medstream_analytics.warehouse.generate import generate

    from tests.catalog import synthetic_catalog  # noqa: F401  (generates nothing here)

    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"medstream-cli-{os.getpid()}.duckdb"
    if not path.exists():
        generate(path, rows=1_000, seed=1)
    return path


@pytest.mark.parametrize(
    "command",
    [
        "medstream --version",
        "medstream --help",
        "medstream ask --help",
        "medstream keys --help",
        "medstream dlq --help",
        "medstream replay --help",
        "medstream-analytics dataset --help",
        "medstream-analytics dataset generate --help",
        "medstream-analytics dataset import --help",
    ],
)
def test_every_command_and_subcommand_answers_help(command: str) -> None:
    script, *args = command.split()
    done = subprocess.run(
        [str(BIN / script), *args], capture_output=True, text=True, timeout=60, check=False
    )

    assert done.returncode == 0, done.stderr
    assert ("Usage" in done.stdout or "usage" in done.stdout) or done.stdout.startswith(
        "medstream "
    )
