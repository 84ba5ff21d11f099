"""Plans compile to one SELECT with user values as literals, never as SQL text."""

import sqlglot
from medstream_analytics.plan import QueryPlan
from medstream_analytics.planner import Planner
from medstream_analytics.sql import compile_plan
from sqlglot import exp

CITIES = ["Saint Petersburg", "Moscow", "Kazan", "Novosibirsk", "Yekaterinburg"]


def test_top_plan_compiles_to_a_grouped_limited_select() -> None:
    sql = compile_plan(QueryPlan(limit=3, city="Saint Petersburg", year=2025))

    tree = sqlglot.parse_one(sql, dialect="duckdb")
    assert isinstance(tree, exp.Select)
    assert tree.args["limit"].expression.this == "3"
    assert "'Saint Petersburg'" in sql
    assert "YEAR(v.visit_date) = 2025" in sql


def test_a_quote_in_a_value_stays_inside_the_literal() -> None:
    sql = compile_plan(QueryPlan(city="x'; DROP TABLE visits; --"))

    statements = sqlglot.parse(sql, dialect="duckdb")
    assert len(statements) == 1
    assert not list(statements[0].find_all(exp.Drop))


def test_planner_reads_top_n_city_and_year_in_both_languages() -> None:
    planner = Planner(CITIES)

    en = planner.plan("Top-7 diagnoses in St. Petersburg in 2024", "en")
    ru = planner.plan("Топ-5 заболеваний в СПб за 2025 год", "ru")
    count = planner.plan("Сколько визитов в Казани?", "ru")

    assert (en.intent, en.limit, en.city, en.year) == ("top_diagnoses", 7, "Saint Petersburg", 2024)
    assert (ru.limit, ru.city, ru.year) == (5, "Saint Petersburg", 2025)
    assert (count.intent, count.city) == ("count_visits", "Kazan")
