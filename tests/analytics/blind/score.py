"""Scores the question engine on the blind set, the way a client reads an answer.

For each question: the engine reads and decides it (a follow-up is read against the
question before it, as the router does in one session); a plan is compiled and run on the
warehouse; the answer's rows are compared with the rows of the case's oracle SQL. A row of
the oracle matches a row of the answer when each of its values appears in that answer row
(numbers within 0.051, so 12.3 % matches 12.34 %; text case-insensitively). ``number``
cases need a one-row answer holding the number. Clarify and out-of-scope cases need that
decision (any clarification counts: the set says what is missing in words, not as a slot).

    uv run --frozen python -m tests.analytics.blind.score [--set blind|seen|original] [-v]

Prints the score per language and per kind; it is a measure, not a test: the blind set is
never tuned against (a fixed item moves to the training set, see README.md beside this).
"""

import argparse
import decimal
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
from medstream_analytics.warehouse.generate import generate
from medstream_questions.compile import compile_plan
from medstream_questions.decide import Clarify, OutOfScope, Planned
from medstream_questions.understanding import Understanding

from tests.analytics.blind.cases import CASES, RESERVE, BlindCase
from tests.analytics.blind.moved import SEEN_WHILE_CHANGING
from tests.catalog import synthetic_catalog

WAREHOUSE = Path(".state/blind-warehouse.duckdb")
ROWS, SEED = 200_000, 42
TOLERANCE = 0.051


def _plain(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, decimal.Decimal | float | int):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip().lower() if value is not None else None


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, float) and isinstance(actual, float):
        return abs(expected - actual) <= TOLERANCE
    return expected == actual


def _row_matches(expected: Sequence[Any], actual: Sequence[Any]) -> bool:
    pool = list(actual)
    for value in expected:
        hit = next((i for i, candidate in enumerate(pool) if _same(value, candidate)), None)
        if hit is None:
            return False
        pool.pop(hit)
    return True


def rows_match(
    expected: list[tuple[Any, ...]], actual: list[tuple[Any, ...]], ordered: bool
) -> bool:
    if len(expected) != len(actual):
        return False
    if ordered:
        return all(_row_matches(e, a) for e, a in zip(expected, actual, strict=True))
    remaining = list(actual)
    for row in expected:
        hit = next((i for i, a in enumerate(remaining) if _row_matches(row, a)), None)
        if hit is None:
            return False
        remaining.pop(hit)
    return True


def _plain_rows(rows: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    return [tuple(_plain(value) for value in row) for row in rows]


def decide(understanding: Understanding, case: BlindCase) -> Any:
    if case.follow_up_of and hasattr(understanding, "follow_up"):
        return understanding.follow_up(case.follow_up_of, case.question)
    return understanding.decide(understanding.read(case.question))


def judge(
    case: BlindCase, understanding: Understanding, db: duckdb.DuckDBPyConnection
) -> str | None:
    """None when the engine answers ``case`` right, else what it did instead."""
    try:
        decision = decide(understanding, case)
    except Exception as exc:  # a crash is a wrong answer, reported like one
        return f"crashed: {exc!r}"
    if case.expect == "out_of_scope":
        return None if isinstance(decision, OutOfScope) else f"answered: {_what(decision)}"
    if case.expect == "clarify":
        return None if isinstance(decision, Clarify) else f"did not ask: {_what(decision)}"
    if not isinstance(decision, Planned):
        return f"no answer: {_what(decision)}"
    sql = compile_plan(decision.plan)
    try:
        actual = _plain_rows(db.execute(sql).fetchall())
    except duckdb.Error as exc:
        return f"SQL failed: {exc}"
    expected = _plain_rows(db.execute(case.oracle).fetchall())
    if case.expect == "number":
        ok = len(actual) == 1 and _row_matches(expected[0], actual[0])
    else:
        ok = rows_match(expected, actual, case.ordered)
    return None if ok else f"rows {actual[:4]} != {expected[:4]}  [{sql}]"


def _what(decision: Any) -> str:
    if isinstance(decision, Clarify):
        return f"asked about {decision.issue.slot}"
    if isinstance(decision, OutOfScope):
        return "out of scope"
    return compile_plan(decision.plan) if isinstance(decision, Planned) else repr(decision)


def language(case: BlindCase) -> str:
    return "ru" if any("а" <= ch.lower() <= "я" for ch in case.question) else "en"


def score(cases: Sequence[BlindCase], verbose: bool) -> float:
    if not WAREHOUSE.exists():
        WAREHOUSE.parent.mkdir(parents=True, exist_ok=True)
        generate(WAREHOUSE, rows=ROWS, seed=SEED)
    understanding = Understanding(synthetic_catalog())
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    with duckdb.connect(str(WAREHOUSE), read_only=True) as db:
        for case in cases:
            problem = judge(case, understanding, db)
            for key in ("all", language(case), f"kind:{case.kind}"):
                total[key] += 1
                right[key] += problem is None
            if problem is not None and verbose:
                print(f"FAIL [{case.kind}] {case.question}\n     {problem}")
    for key in sorted(total, key=lambda k: (k.startswith("kind:"), k)):
        print(f"{key:28s} {right[key]:4d}/{total[key]:<4d} {right[key] / total[key]:6.1%}")
    return right["all"] / total["all"]


def current_sets() -> tuple[list[BlindCase], list[BlindCase]]:
    """(blind, training): seen questions leave the blind set and the reserve refills it."""
    seen = [case for case in (*CASES, *RESERVE) if case.question in SEEN_WHILE_CHANGING]
    blind = [case for case in CASES if case.question not in SEEN_WHILE_CHANGING]
    unseen_reserve = [case for case in RESERVE if case.question not in SEEN_WHILE_CHANGING]
    return blind + unseen_reserve[: len(CASES) - len(blind)], seen


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        choices=("blind", "seen", "original"),
        default="blind",
        help="blind: unseen questions (the reserve replaces the seen ones); seen: the ones "
        "moved to training; original: the 190 as first written",
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    blind, seen = current_sets()
    chosen = {"blind": blind, "seen": seen, "original": list(CASES)}[args.set]
    score(chosen, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
