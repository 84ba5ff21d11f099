"""Compiles a :class:`QueryPlan` to DuckDB SQL with sqlglot's builder.

User-derived values only ever enter the SQL as typed literals built by sqlglot.
"""

from sqlglot import exp, select

from medstream_analytics.plan import QueryPlan


def _filters(plan: QueryPlan) -> list[exp.Expression]:
    conditions: list[exp.Expression] = []
    if plan.city:
        conditions.append(exp.column("city", "v").eq(exp.Literal.string(plan.city)))
    if plan.year:
        conditions.append(
            exp.func("year", exp.column("visit_date", "v")).eq(exp.Literal.number(plan.year))
        )
    return conditions


def compile_plan(plan: QueryPlan) -> str:
    title = "title_ru" if plan.language == "ru" else "title_en"
    if plan.intent == "count_visits":
        query = select(exp.func("count", exp.Star()).as_("visits")).from_("visits AS v")
    else:
        query = (
            select(
                exp.column("icd10_code", "d"),
                exp.column(title, "d").as_("diagnosis"),
                exp.func("count", exp.Star()).as_("visits"),
            )
            .from_("visits AS v")
            .join("diagnoses AS d", on="v.icd10_code = d.icd10_code")
            .group_by(exp.column("icd10_code", "d"), exp.column(title, "d"))
            .order_by("visits DESC", "d.icd10_code")
            .limit(plan.limit)
        )
    for condition in _filters(plan):
        query = query.where(condition)
    return query.sql(dialect="duckdb")
