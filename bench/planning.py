"""How long planning takes: question text → validated plan → compiled SQL, per question.

The router parses and plans every question and answer, and compiles the plan when it asks
for approval; analytics compiles it again. This measures exactly that path (parse, decide,
compile with sqlglot) over the public evaluation questions, after one warm-up pass (the
lexicon is built once per process). No warehouse is touched: running the SQL is not
planning.

usage: uv run python bench/planning.py [--repeats 20]
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from medstream_questions.compile import compile_plan  # noqa: E402
from medstream_questions.decide import Planned  # noqa: E402
from medstream_questions.understanding import Understanding  # noqa: E402

from tests.analytics.eval.questions import CASES  # noqa: E402
from tests.catalog import synthetic_catalog  # noqa: E402


def plan_once(understanding: Understanding, question: str) -> str | None:
    decision = understanding.decide(understanding.read(question))
    return compile_plan(decision.plan) if isinstance(decision, Planned) else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=20, help="passes over the questions")
    args = parser.parse_args()
    understanding = Understanding(synthetic_catalog())
    questions = [case.question for case in CASES]
    started = time.perf_counter()
    for question in questions:
        plan_once(understanding, question)
    warm_up = time.perf_counter() - started
    timings: list[float] = []
    compiled: list[float] = []
    for _ in range(args.repeats):
        for question in questions:
            started = time.perf_counter()
            sql = plan_once(understanding, question)
            elapsed = (time.perf_counter() - started) * 1000
            timings.append(elapsed)
            if sql is not None:
                compiled.append(elapsed)
    print(f"questions: {len(questions)} × {args.repeats} repeats; first pass {warm_up:.2f} s")
    report("every question", timings)
    report("questions that compile to SQL", compiled)


def report(label: str, timings: list[float]) -> None:
    timings = sorted(timings)
    p95 = timings[int(len(timings) * 0.95)]
    print(
        f"{label}: median {statistics.median(timings):.2f} ms, "
        f"p95 {p95:.2f} ms, max {timings[-1]:.2f} ms (n={len(timings)})"
    )


if __name__ == "__main__":
    main()
