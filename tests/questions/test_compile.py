"""Plans compile to one SELECT; values are literals checked against the vocabulary."""

from datetime import date

import pytest
import sqlglot
from medstream_questions.compile import compile_plan
from medstream_questions.plan import (
    AgeGroup,
    Dimension,
    Family,
    Filters,
    Measure,
    Period,
    Place,
    QueryPlan,
)
from pydantic import ValidationError
from sqlglot import exp

YEAR_2025 = Period(start=date(2025, 1, 1), end=date(2025, 12, 31))


def tree(plan: QueryPlan) -> exp.Select:
    statements = sqlglot.parse(compile_plan(plan), dialect="duckdb")
    assert len(statements) == 1
    statement = statements[0]
    assert isinstance(statement, exp.Select)
    return statement


def test_top_diagnoses_group_order_and_limit() -> None:
    plan = QueryPlan(
        family=Family.TOP,
        group_by=Dimension.DIAGNOSIS,
        limit=5,
        language="ru",
        filters=Filters(places=[Place(city="Saint Petersburg")], period=YEAR_2025),
    )
    sql = compile_plan(plan)

    assert tree(plan).args["limit"].expression.this == "5"
    assert "d.title_ru AS diagnosis" in sql
    assert "v.city = 'Saint Petersburg'" in sql
    assert "BETWEEN CAST('2025-01-01' AS DATE) AND CAST('2025-12-31' AS DATE)" in sql
    assert sql.endswith("ORDER BY visits DESC, icd10_code, diagnosis LIMIT 5")


@pytest.mark.parametrize("dimension", list(Dimension))
@pytest.mark.parametrize("measure", [m for m in Measure if m is not Measure.SHARE])
def test_every_dimension_and_measure_compiles(dimension: Dimension, measure: Measure) -> None:
    plan = QueryPlan(family=Family.TOP, group_by=dimension, measure=measure)

    columns = [select.alias_or_name for select in tree(plan).selects]

    assert columns[-1] in {
        "visits",
        "patients",
        "average_cost_rub",
        "median_cost_rub",
        "median_age",
        "total_cost_rub",
        "average_age",
        "visits_per_patient",
        "cost_per_patient_rub",
        "max_cost_rub",
        "min_cost_rub",
    }


def test_a_share_counts_the_diagnosis_inside_the_scope_not_in_where() -> None:
    plan = QueryPlan(
        family=Family.SHARE, measure=Measure.SHARE, filters=Filters(codes=["J10"], sex="F")
    )
    sql = compile_plan(plan)

    assert [s.alias for s in tree(plan).selects] == [
        "diagnosis_visits",
        "all_visits",
        "share_percent",
    ]
    assert "WHERE p.sex = 'F'" in sql
    assert "FILTER(WHERE LEFT(v.icd10_code, 3) IN ('J10'))" in sql


def test_a_category_takes_its_subcodes_and_a_subcode_is_exact() -> None:
    plan = QueryPlan(family=Family.COUNT, filters=Filters(codes=["J10", "U07.1"]))

    assert "LEFT(v.icd10_code, 3) IN ('J10') OR v.icd10_code IN ('U07.1')" in compile_plan(plan)


def test_several_places_are_alternatives() -> None:
    plan = QueryPlan(
        family=Family.COUNT,
        filters=Filters(
            places=[Place(city="Moscow"), Place(city="Kazan", district="Sovetsky")],
            age_group=AgeGroup.ELDERLY,
        ),
    )

    assert (
        "WHERE (v.city = 'Moscow' OR (v.city = 'Kazan' AND v.district = 'Sovetsky')) "
        "AND v.age_at_visit >= 65"
    ) in compile_plan(plan)


def test_separate_periods_are_alternatives_without_the_time_between() -> None:
    years = [Period(start=date(y, 1, 1), end=date(y, 12, 31)) for y in (2021, 2024)]
    plan = QueryPlan(
        family=Family.COUNT,
        filters=Filters(period=Period(start=years[0].start, end=years[1].end), periods=years),
    )

    assert (
        "WHERE (v.visit_date BETWEEN CAST('2021-01-01' AS DATE) AND CAST('2021-12-31' AS DATE) "
        "OR v.visit_date BETWEEN CAST('2024-01-01' AS DATE) AND CAST('2024-12-31' AS DATE))"
    ) in compile_plan(plan)


@pytest.mark.parametrize(
    "filters",
    [
        {"places": [{"city": "x'; DROP TABLE visits; --"}]},
        {"codes": ["J10') OR 1=1 --"]},
        {"chapter": "X'; SELECT 1"},
        {"department": "Cardiology' OR '1'='1"},
    ],
)
def test_values_outside_the_vocabulary_never_reach_sql(filters: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        QueryPlan.model_validate({"family": "count", "filters": filters})
