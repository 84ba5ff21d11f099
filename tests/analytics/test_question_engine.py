"""Analytics builds the question engine on the first question that arrives without a plan."""

import json
import subprocess
import sys
from pathlib import Path

from medstream_analytics.executor import Warehouse
from medstream_analytics.handlers import AnalyticsHandlers
from medstream_analytics.question_engine import UnderstandingOnDemand
from medstream_questions.capabilities import capabilities
from medstream_questions.catalog import active_catalog
from medstream_questions.understanding import Understanding
from medstream_shared.events import models

from tests.bus import envelope
from tests.catalog import synthetic_catalog

QUESTION = "How many flu visits in Moscow in 2024?"


def test_the_catalog_is_active_before_any_question_is_read() -> None:
    catalog = synthetic_catalog()
    engine = UnderstandingOnDemand(catalog)

    assert active_catalog() is catalog
    assert not engine.built


def test_the_first_question_builds_the_engine_and_plans_as_understanding_does() -> None:
    catalog = synthetic_catalog()
    engine = UnderstandingOnDemand(catalog)

    assert engine.plan(QUESTION) == Understanding(catalog).plan(QUESTION)
    assert engine.built


def test_a_new_catalog_replaces_the_active_one_built_or_not() -> None:
    catalog = synthetic_catalog()
    newer = catalog.model_copy(update={"version": "newer"})
    idle, asked = UnderstandingOnDemand(catalog), UnderstandingOnDemand(catalog)
    asked.plan(QUESTION)

    idle.use(newer)
    assert active_catalog() is newer and idle.catalog is newer and not idle.built
    asked.use(newer)
    assert active_catalog() is newer and asked.catalog is newer
    assert asked.plan(QUESTION) == Understanding(newer).plan(QUESTION)


ANSWER_PLANNED = """
import asyncio, json, sys
from pathlib import Path

from medstream_analytics.charts import result_chart
from medstream_analytics.executor import Warehouse
from medstream_analytics.guard import SqlGuard
from medstream_analytics.executor import Warehouse
from medstream_analytics.handlers import AnalyticsHandlers
from medstream_analytics.question_engine import UnderstandingOnDemand
from medstream_questions.text import _morphology
from medstream_shared.events import models
from tests.bus import envelope

warehouse = Warehouse(Path(sys.argv[1]), timeout_seconds=10, max_rows=100)
handlers = AnalyticsHandlers(
    warehouse,
    UnderstandingOnDemand(warehouse.catalog),
    validate_sql=SqlGuard().check,
    make_chart=result_chart,
)
for question, plan in json.loads(sys.argv[2]):
    event = models.QueryRouted(
        session_id="s", user_id="u", question=question, language=plan["language"], plan=plan
    )
    [answer] = asyncio.run(handlers.on_routed(envelope(event)))
    assert isinstance(answer, models.QueryCompleted), answer
engine = ("medstream_questions.understanding", "medstream_questions.parse", "rapidfuzz",
          "snowballstemmer")
print(sorted(m for m in sys.modules if m.startswith(engine)))
print(_morphology.cache_info().currsize)
"""


def test_answering_planned_questions_loads_no_russian_dictionaries(
    eval_warehouse_path: Path,
) -> None:
    """pymorphy3's dictionaries (~14 MB) load with the first Russian word stemmed: not when
    analytics starts, nor when it answers the router's planned questions, Russian or not;
    nor are the question engine's modules imported (the parser, rapidfuzz, the Snowball
    stemmers: ~5 MB)."""
    understanding = Understanding(synthetic_catalog())
    planned = [
        (question, understanding.plan(question).model_dump(mode="json"))
        for question in (QUESTION, "Топ-5 заболеваний в СПб за 2025 год")
    ]
    done = subprocess.run(
        [sys.executable, "-c", ANSWER_PLANNED, str(eval_warehouse_path), json.dumps(planned)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    modules, dictionaries = done.stdout.splitlines()[-2:]
    assert modules == "[]"
    assert dictionaries == "0"


SERVICE_IMPORTS = """
import sys
import medstream_analytics.__main__, medstream_analytics.service
unused = ("openai", "pymongo", "rapidfuzz", "snowballstemmer",
          "medstream_questions.understanding", "medstream_questions.parse")
print(sorted(m for m in sys.modules if m.startswith(unused)))
"""


def test_the_service_imports_nothing_only_some_questions_need() -> None:
    """The service's modules import neither the openai SDK (loaded with an LLM endpoint),
    nor the question engine (a question without a plan), nor pymongo (#21: idle RSS)."""
    done = subprocess.run(
        [sys.executable, "-c", SERVICE_IMPORTS],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[]"


async def test_a_question_without_a_plan_out_of_scope_is_answered_with_what_can_be_asked(
    eval_warehouse: Warehouse,
) -> None:
    handlers = AnalyticsHandlers(
        eval_warehouse,
        UnderstandingOnDemand(synthetic_catalog()),
        validate_sql=lambda sql: sql,
    )
    event = models.QueryRouted(
        session_id="s", user_id="u", question="Tell me a joke", language="en", plan=None
    )

    [answer] = await handlers.on_routed(envelope(event))

    assert isinstance(answer, models.QueryCompleted)
    assert answer.answer == capabilities("en")
