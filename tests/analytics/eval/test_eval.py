"""The evaluation set, run end to end: question → plan → SQL → rows, against oracle SQL.

Accuracy counts exact rows for lists (top-N, trends, rankings, breakdowns, shares), equal
numbers for counts and costs, the right clarification for unclear questions and a polite
refusal for out-of-scope ones. It is printed and must be at least 95 %.
"""

import decimal
from pathlib import Path
from typing import Any

import duckdb
import pytest
from medstream_analytics.executor import Warehouse
from medstream_questions.compile import compile_plan
from medstream_questions.decide import Clarify, OutOfScope, Planned
from medstream_questions.understanding import Understanding

from tests.analytics.eval.questions import CASES, Case
from tests.catalog import synthetic_catalog

REQUIRED_ACCURACY = 0.95
UNDERSTANDING = Understanding(synthetic_catalog())


def _plain(value: Any) -> Any:
    if isinstance(value, decimal.Decimal | float):
        return round(float(value), 2)
    return value


def _rows(rows: list[Any]) -> list[tuple[Any, ...]]:
    return [tuple(_plain(value) for value in row) for row in rows]


def judge(case: Case, warehouse: Warehouse, oracle: duckdb.DuckDBPyConnection) -> str | None:
    """None when the suite answers ``case`` correctly, else what went wrong."""
    decision = UNDERSTANDING.decide(UNDERSTANDING.read(case.question))
    if case.expect == "out_of_scope":
        return None if isinstance(decision, OutOfScope) else f"answered {decision}"
    if case.expect == "clarify":
        if isinstance(decision, Clarify) and decision.issue.slot == case.oracle:
            return None
        return f"expected a clarification about {case.oracle}, got {decision}"
    if not isinstance(decision, Planned):
        return f"expected an answer, got {decision}"
    _, rows = warehouse.run_sync(compile_plan(decision.plan))
    expected = _rows(oracle.execute(case.oracle).fetchall())
    actual = _rows(rows)
    if case.expect == "number":
        actual, expected = [(row[-1],) for row in actual], [(row[-1],) for row in expected]
    return None if actual == expected else f"rows {actual[:5]} != expected {expected[:5]}"


def test_the_set_is_big_enough_and_mostly_russian() -> None:
    russian = sum(case.language == "ru" for case in CASES)
    families = {case.family for case in CASES if case.family}
    kinds = {case.oracle for case in CASES if case.expect == "clarify"}

    assert len(CASES) >= 60
    assert russian >= len(CASES) / 2
    assert families == {"top", "count", "trend", "ranking", "breakdown", "cost", "share"}
    assert kinds == {"intent", "place", "diagnosis", "period", "dimension"}
    for family in families:
        languages = {case.language for case in CASES if case.family == family}
        assert languages == {"en", "ru"}, family


def test_accuracy_is_at_least_95_percent(
    eval_warehouse: Warehouse, eval_warehouse_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with duckdb.connect(str(eval_warehouse_path), read_only=True) as oracle:
        failures = {
            case.question: problem
            for case in CASES
            if (problem := judge(case, eval_warehouse, oracle)) is not None
        }
    correct = len(CASES) - len(failures)
    accuracy = correct / len(CASES)
    with capsys.disabled():
        print(f"\nevaluation: {correct}/{len(CASES)} questions correct ({accuracy:.1%})")
        for question, problem in failures.items():
            print(f"  FAIL {question}: {problem}")
    assert accuracy >= REQUIRED_ACCURACY, failures
