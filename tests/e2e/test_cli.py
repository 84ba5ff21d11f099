"""The ``medstream`` console script against the real stack."""

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.harness import USERS
from tests.stack import Stack

pytestmark = pytest.mark.integration

MEDSTREAM = Path(sys.executable).parent / "medstream"


def test_ask_prints_the_answer_table_and_sql(stack: Stack, warehouse: Path, tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "160", "MEDSTREAM_API_KEY": ""}
    command = [
        str(MEDSTREAM),
        "ask",
        "Top-3 diagnoses in Moscow in 2024",
        "--key",
        USERS["alice"],
        "--url",
        stack.gateway_url,
        "--charts-dir",
        str(tmp_path),
    ]

    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=90)

    assert result.returncode == 0, result.stdout + result.stderr
    output = result.stdout
    assert "completed" in output
    assert "icd10_code" in output and "visits" in output
    assert "SELECT" in output and "Moscow" in output
    top = (
        duckdb.connect(str(warehouse), read_only=True)
        .execute(
            """SELECT icd10_code, count(*) AS n FROM visits
               WHERE city = 'Moscow' AND year(visit_date) = 2024
               GROUP BY icd10_code ORDER BY n DESC, icd10_code LIMIT 3"""
        )
        .fetchall()
    )
    table_lines = [line for line in output.splitlines() if line.startswith("│")]
    for code, visits in top:
        assert any(code in line and str(visits) in line for line in table_lines), output
    assert result.stderr == ""
