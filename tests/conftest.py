"""Test-wide fixtures: the real infrastructure, and the whole suite running on it.

One stack serves every integration test of a run (e2e, observability, reliability).
"""

import os
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from medstream_analytics.warehouse.generate import generate
from medstream_questions.catalog import use_catalog

from tests.catalog import synthetic_catalog
from tests.fake_openai import FakeOpenAI
from tests.harness import USERS, client_for, running
from tests.stack import SERVICES, Stack, build_stack

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session", autouse=True)
def catalog() -> None:
    """The synthetic warehouse's catalog is the active one, as in a service that received it."""
    use_catalog(synthetic_catalog())


@pytest.fixture(scope="session")
def infrastructure() -> Iterator[None]:
    """Kafka, the MongoDB-wire server and Redis on loopback (idempotent start, left running)."""
    subprocess.run(
        ["bash", str(REPO / "deploy/local/infra.sh"), "start", "kafka", "mongo", "redis"],
        check=True,
        timeout=900,
    )
    yield


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("warehouse") / "warehouse.duckdb"
    generate(path, rows=40_000, seed=42)
    return path


@pytest.fixture(scope="session")
def stack(
    infrastructure: None, warehouse: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    """The four services as real processes, with their own topics and databases."""
    keys = ",".join(f"{user}:{key}" for user, key in USERS.items())
    stack = build_stack(_log_dir(tmp_path_factory), warehouse=warehouse, api_keys=keys)
    with running(stack, SERVICES):
        yield stack


def _log_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh folder per run, under $MEDSTREAM_TEST_LOG_DIR when set (CI keeps it)."""
    root = os.environ.get("MEDSTREAM_TEST_LOG_DIR")
    if not root:
        return tmp_path_factory.mktemp("logs")
    path = Path(root) / time.strftime("%Y%m%d-%H%M%S")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def alice(stack: Stack) -> Iterator[httpx.Client]:
    with client_for(stack, "alice") as client:
        yield client


@pytest.fixture
def bob(stack: Stack) -> Iterator[httpx.Client]:
    with client_for(stack, "bob") as client:
        yield client


@pytest.fixture
def anonymous(stack: Stack) -> Iterator[httpx.Client]:
    with client_for(stack, None) as client:
        yield client


@pytest.fixture(scope="module")
def llm_server() -> Iterator[FakeOpenAI]:
    """A scripted OpenAI-compatible server on loopback, one per test module."""
    with FakeOpenAI.running() as fake:
        yield fake


@pytest.fixture
async def llm(llm_server: FakeOpenAI) -> AsyncIterator[FakeOpenAI]:
    """The server with no script and no recorded requests; its clients closed afterwards."""
    llm_server.reset()
    yield llm_server
    await llm_server.close_clients()
