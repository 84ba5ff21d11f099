"""Fixtures of the reliability suite: the scenario runner and the report of its figures."""

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.report import write_report
from tests.reliability.scenarios import ScenarioResult, ScenarioRunner
from tests.stack import Stack


@pytest.fixture(scope="session")
def reliability_results() -> Iterator[list[ScenarioResult]]:
    """Every scenario's figures; written as markdown when MEDSTREAM_RELIABILITY_REPORT is set."""
    results: list[ScenarioResult] = []
    began = time.monotonic()
    yield results
    target = os.environ.get("MEDSTREAM_RELIABILITY_REPORT")
    if target and results:
        write_report(Path(target), results, time.monotonic() - began)


@pytest.fixture
def scenarios(stack: Stack, reliability_results: list[ScenarioResult]) -> ScenarioRunner:
    return ScenarioRunner(stack, reliability_results)
