"""Question to SQL through the LLM: the guard gates it, with exactly one repair round."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from medstream_analytics.executor import Warehouse
from medstream_analytics.guard import SqlGuard
from medstream_analytics.llm_sql import LlmSqlRejected, LlmSqlWriter, fill_answer_template
from medstream_analytics.warehouse.generate import generate
from medstream_shared.llm import LlmError, LlmRequestFailed, LlmUnavailable

from tests.fake_openai import FakeOpenAI, Reply

TOP_CITIES = (
    "SELECT city, COUNT(*) AS visits FROM visits GROUP BY city ORDER BY visits DESC LIMIT 3"
)
GOOD = {
    "sql": TOP_CITIES,
    "answer_template": "{city} had the most visits: {visits}.",
    "chart_kind": "bar",
}


def writer_for(llm: FakeOpenAI, **settings: object) -> LlmSqlWriter:
    return LlmSqlWriter(llm.client(**settings), SqlGuard())


async def test_valid_sql_passes_the_guard_and_the_request_carries_the_schema(
    llm: FakeOpenAI,
) -> None:
    llm.script(GOOD)

    generated = await writer_for(llm).write("Which cities have the most visits?", "en")

    assert generated.sql == TOP_CITIES
    assert generated.chart_kind == "bar"
    assert generated.answer_template == "{city} had the most visits: {visits}."
    assert not generated.repaired
    assert generated.model == "medstream-test-model"
    [request] = llm.requests
    assert request.body["model"] == "medstream-test-model"
    assert request.body["response_format"]["type"] == "json_schema"
    assert request.body["response_format"]["json_schema"]["name"] == "SqlDraft"
    system = request.messages[0]["content"]
    assert "visits(visit_id BIGINT" in system and "'Saint Petersburg'" in system
    assert "at most 10000 rows" in system
    assert "Which cities have the most visits?" in request.user_text
    assert "Language: en" in request.user_text


async def test_a_fenced_query_without_a_limit_is_unwrapped_and_capped(llm: FakeOpenAI) -> None:
    llm.script(
        {
            "sql": "```sql\nSELECT count(*) AS n FROM visits\n```",
            "answer_template": None,
            "chart_kind": None,
        }
    )

    generated = await writer_for(llm).write("how many visits?", "en")

    assert generated.sql == "SELECT COUNT(*) AS n FROM visits LIMIT 10000"
    assert generated.chart_kind is None and generated.answer_template is None


async def test_a_refused_query_gets_one_repair_round_with_the_reason(llm: FakeOpenAI) -> None:
    llm.script({**GOOD, "sql": "SELECT * FROM read_csv('/etc/passwd')"}, GOOD)

    generated = await writer_for(llm).write("Топ городов по визитам", "ru")

    assert generated.repaired
    assert generated.sql == TOP_CITIES
    assert generated.usage.total_tokens == 140
    first, repair = llm.requests
    assert [m["role"] for m in repair.messages] == ["system", "user", "assistant", "user"]
    assert repair.messages[1]["content"] == first.user_text
    assert "read_csv('/etc/passwd')" in repair.messages[2]["content"]
    assert "table function read_csv is not allowed" in repair.user_text


async def test_a_second_refusal_is_final(llm: FakeOpenAI) -> None:
    llm.script(
        {**GOOD, "sql": "SELECT password FROM patients"},
        {**GOOD, "sql": "SELECT 1; DROP TABLE visits"},
        GOOD,
    )

    with pytest.raises(LlmSqlRejected) as rejected:
        await writer_for(llm).write("show me the passwords", "en")

    assert "stacked statements" in rejected.value.reason
    assert rejected.value.sql == "SELECT 1; DROP TABLE visits"
    assert isinstance(rejected.value, LlmError)
    assert len(llm.requests) == 2


async def test_an_open_breaker_means_falling_back_without_calling(llm: FakeOpenAI) -> None:
    llm.script(Reply(status=500), GOOD)
    writer = writer_for(llm, retries=0, breaker_failures=1)

    with pytest.raises(LlmRequestFailed):
        await writer.write("q", "en")
    with pytest.raises(LlmUnavailable, match="offline engine answers instead"):
        await writer.write("q", "en")

    assert len(llm.requests) == 1


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    path: Path = tmp_path_factory.mktemp("llm-sql") / "warehouse.duckdb"
    generate(path, rows=1_000, seed=3)
    store = Warehouse(path, timeout_seconds=5, max_rows=100)
    yield store
    store.close()


async def test_the_generated_sql_runs_and_fills_the_answer(
    llm: FakeOpenAI, warehouse: Warehouse
) -> None:
    llm.script(GOOD)

    generated = await writer_for(llm).write("Which cities have the most visits?", "en")
    columns, rows = await warehouse.run(generated.sql)

    assert columns == ["city", "visits"] and len(rows) == 3
    assert generated.answer_template is not None
    answer = fill_answer_template(generated.answer_template, columns, rows)
    assert answer is not None and answer.startswith(str(rows[0][0]))


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("{diagnosis}: {visits} visits", "Influenza: 12 345 visits"),
        ("{ diagnosis } leads", "Influenza leads"),
        ("{unknown} leads", None),
        ("{visits.__class__}", None),
        ("{0}", None),
        ("No placeholders.", "No placeholders."),
    ],
)
def test_answer_templates_fill_only_known_columns(template: str, expected: str | None) -> None:
    columns, rows = ["diagnosis", "visits"], [["Influenza", 12345], ["Cold", 9]]

    assert fill_answer_template(template, columns, rows) == expected


@pytest.mark.parametrize(
    ("template", "question", "usable"),
    [
        ("Influenza led with 1,000,000 visits.", "Top diagnoses?", False),
        ("{diagnosis} led with {visits} visits in 2023.", "Top diagnoses in 2023?", True),
        ("{diagnosis} led in 2021.", "Top diagnoses in 2023?", False),
        ("Top 5: {diagnosis} first.", "Top 5 diagnoses", True),
    ],
)
def test_a_template_may_not_state_numbers_the_question_did_not(
    template: str, question: str, usable: bool
) -> None:
    filled = fill_answer_template(template, ["diagnosis", "visits"], [["Influenza", 12]], question)

    assert (filled is not None) is usable


def test_an_empty_result_fills_no_template() -> None:
    assert fill_answer_template("{visits}", ["visits"], []) is None
