"""Patient privacy on the SQL that runs: identifying columns need a role, small counts hide."""

import pytest
import sqlglot
from medstream_analytics.executor import Warehouse
from medstream_analytics.guard import CheckedSql, SqlGuard, UnsafeSql
from medstream_analytics.handlers import AnalyticsHandlers
from medstream_analytics.llm_answer import LlmAnswerer
from medstream_analytics.llm_sql import LlmSqlRejected, LlmSqlWriter
from medstream_analytics.privacy import OutputKinds, PrivacyPolicy
from medstream_questions.compile import compile_plan
from medstream_questions.decide import Planned
from medstream_questions.understanding import Understanding
from medstream_shared.constants import Role
from medstream_shared.events import models
from medstream_shared.warehouse import WAREHOUSE_TABLES
from sqlglot.optimizer.qualify import qualify
from sqlglot.schema import MappingSchema

from tests.analytics.eval.questions import CASES as EVAL_CASES
from tests.analytics.test_guard import LEGIT
from tests.bus import envelope
from tests.catalog import synthetic_catalog
from tests.fake_openai import FakeOpenAI

GUARD = SqlGuard()
POLICY = PrivacyPolicy()
NO_ROLES: list[Role] = []
DATA_ROLE = [Role.PATIENT_DATA]


def kinds(sql: str, roles: list[Role] = NO_ROLES) -> OutputKinds:
    return POLICY.check(GUARD.validate(sql), roles)


IDENTIFYING = [
    "SELECT patient_id, count(*) AS visits FROM visits GROUP BY patient_id",
    "SELECT * FROM patients",
    "SELECT p.birth_date, v.city FROM visits v JOIN patients p USING (patient_id)",
    "WITH people AS (SELECT birth_date AS born FROM patients) SELECT born FROM people",
    "SELECT city FROM visits UNION ALL SELECT CAST(patient_id AS VARCHAR) FROM visits",
    "SELECT strftime(birth_date, '%Y-%m') AS born FROM patients",
]
AGGREGATED = [
    "SELECT city, count(DISTINCT patient_id) AS patients FROM visits GROUP BY city",
    "SELECT avg(date_diff('year', birth_date, DATE '2025-01-01')) AS age FROM patients",
    "SELECT count(*) AS visits FROM visits WHERE patient_id = 42",
]
COUNTING = [
    "WITH t AS (SELECT city, count(*) AS n, avg(cost_rub) AS cost FROM visits GROUP BY city)"
    " SELECT city, n, cost, round(100.0 * n / sum(n) OVER (), 1) AS share FROM t",
    "SELECT city, count(*) FILTER (WHERE visit_type = 'emergency') AS emergency,"
    " count(*) OVER () AS cities FROM visits GROUP BY city",
]


@pytest.mark.parametrize("sql", IDENTIFYING)
def test_identifying_columns_are_refused_without_the_role(sql: str) -> None:
    with pytest.raises(UnsafeSql, match="identify patients and need the patient-data role"):
        kinds(sql)
    assert kinds(sql, DATA_ROLE) is not None


@pytest.mark.parametrize("sql", AGGREGATED)
def test_aggregates_of_identifying_columns_pass(sql: str) -> None:
    found = kinds(sql)

    assert found.counts or found.aggregates


def test_counts_are_found_directly_through_ctes_windows_and_filters() -> None:
    found = kinds(COUNTING[0])
    assert found == OutputKinds(counts=(1,), aggregates=(2, 3))
    windowed = kinds(COUNTING[1])
    assert windowed.counts == (1, 2)


# The guard's tree: the SQL is parsed and qualified once, by the guard -------------------


def verdict(sql: CheckedSql | str, roles: list[Role]) -> OutputKinds | str:
    try:
        return POLICY.check(sql, roles)
    except UnsafeSql as exc:
        return exc.reason


def assert_read_alike(sql: str) -> None:
    """The guard's qualified tree is the one the SQL that runs parses and qualifies to, and
    the privacy check reaches the same verdict on either, with and without the role."""
    checked = GUARD.check(sql)
    reparsed = qualify(
        sqlglot.parse_one(checked.sql, read="duckdb"),
        schema=MappingSchema(
            {table: dict(columns) for table, columns in WAREHOUSE_TABLES.items()},
            dialect="duckdb",
        ),
        dialect="duckdb",
        quote_identifiers=False,
    )
    assert checked.sql == GUARD.validate(sql)
    assert checked.qualified == reparsed
    assert checked.qualified.sql(dialect="duckdb") == reparsed.sql(dialect="duckdb")
    for roles in (NO_ROLES, DATA_ROLE):
        assert verdict(checked, roles) == verdict(checked.sql, roles)


@pytest.mark.parametrize("sql", [*IDENTIFYING, *AGGREGATED, *COUNTING, *LEGIT])
def test_the_guards_tree_reads_as_the_sql_that_runs(sql: str) -> None:
    assert_read_alike(sql)


def test_the_guards_tree_reads_as_the_sql_that_runs_for_every_compiled_question() -> None:
    understanding = Understanding(synthetic_catalog())
    compiled = 0
    for case in EVAL_CASES:
        decision = understanding.decide(understanding.read(case.question))
        if isinstance(decision, Planned):
            assert_read_alike(compile_plan(decision.plan))
            compiled += 1
    assert compiled >= 100


def test_a_small_count_is_shown_as_the_marker_and_its_row_aggregates_withheld() -> None:
    found = OutputKinds(counts=(1,), aggregates=(2,))
    rows = [["Kazan", 3, 1200.5], ["Omsk", 5, 900.0], ["Tver", 0, None]]

    shown = POLICY.suppress(rows, found, NO_ROLES)

    assert shown.rows == [["Kazan", "<5", None], ["Omsk", 5, 900.0], ["Tver", 0, None]]
    assert shown.for_chart[0] == ["Kazan", None, None]
    assert shown.cells == 1
    assert POLICY.suppress(rows, found, DATA_ROLE).rows == rows


def test_the_threshold_is_a_setting() -> None:
    assert PrivacyPolicy(3).suppress([[2], [3]], OutputKinds((0,), ()), NO_ROLES).rows == [
        ["<3"],
        [3],
    ]
    with pytest.raises(ValueError, match="at least 1"):
        PrivacyPolicy(0)


def routed(question: str, roles: list[Role]) -> models.QueryRouted:
    understanding = Understanding(synthetic_catalog())
    return models.QueryRouted(
        session_id="s-privacy",
        user_id="alice",
        question=question,
        plan=understanding.plan(question).model_dump(mode="json"),
        roles=roles,
    )


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_an_offline_answer_suppresses_rows_text_and_chart(
    eval_warehouse: Warehouse, language: str
) -> None:
    """A threshold above every count: nothing real may appear, and the answer says why."""
    question = {
        "en": "Top-5 diagnoses in Saint Petersburg in 2025",
        "ru": "Топ-5 заболеваний в СПб за 2025 год",
    }[language]
    charted: list[list[object]] = []

    def chart(plan: object, columns: object, rows: list[list[object]], chart_id: str) -> None:
        charted.extend(rows)

    handlers = AnalyticsHandlers(
        eval_warehouse,
        Understanding(synthetic_catalog()),
        validate_sql=GUARD.validate,
        make_chart=chart,
        privacy=PrivacyPolicy(10**9),
    )

    [hidden] = await handlers.on_routed(envelope(routed(question, NO_ROLES)))
    [exact] = await handlers.on_routed(envelope(routed(question, DATA_ROLE)))

    assert isinstance(hidden, models.QueryCompleted) and isinstance(exact, models.QueryCompleted)
    assert [row[-1] for row in hidden.rows] == ["<1000000000"] * 5
    assert all(isinstance(row[-1], int) for row in exact.rows)
    assert not any(f"{row[-1]:,}" in hidden.answer for row in exact.rows)
    assert ("privacy" if language == "en" else "частную жизнь") in hidden.answer
    assert all(row[-1] is None for row in charted[:5])


LISTING = {"sql": "SELECT patient_id, birth_date FROM patients", "answer_template": None}
COUNTED = {
    "sql": "SELECT city, count(DISTINCT patient_id) AS patients FROM visits GROUP BY city",
    "answer_template": "{city}: {patients} patients",
}


async def test_a_model_listing_patients_is_told_why_and_refused_twice(llm: FakeOpenAI) -> None:
    llm.script(LISTING, LISTING)
    writer = LlmSqlWriter(llm.client(), GUARD)

    with pytest.raises(LlmSqlRejected, match="patient-data role"):
        await writer.write("list every patient with their birth date", "en")
    assert "patient_id, birth_date identify patients" in llm.requests[1].user_text


async def test_a_model_may_list_patients_for_the_role_and_repairs_to_counts_without(
    llm: FakeOpenAI,
) -> None:
    llm.script(LISTING, LISTING, COUNTED)
    writer = LlmSqlWriter(llm.client(), GUARD)

    granted = await writer.write("list every patient", "en", DATA_ROLE)
    repaired = await writer.write("list every patient", "en", NO_ROLES)

    assert (granted.repaired, repaired.repaired) == (False, True)
    assert "count(DISTINCT patient_id)" in repaired.sql.replace("COUNT", "count")


async def test_an_llm_answer_suppresses_rows_and_the_filled_template(
    llm: FakeOpenAI, eval_warehouse: Warehouse
) -> None:
    llm.script(COUNTED)
    writer = LlmSqlWriter(llm.client(), GUARD, privacy=PrivacyPolicy(10**9))

    answer = await LlmAnswerer(writer, eval_warehouse).answer(routed("by city", NO_ROLES), "c")

    assert {row[1] for row in answer.rows} == {"<1000000000"}
    assert "<1000000000 patients" in answer.answer and "privacy" in answer.answer
