"""Compiles a :class:`QueryPlan` to one DuckDB SELECT with sqlglot's builder.

Values reach the SQL only as literals built by sqlglot, and only after the plan has checked
them against the vocabulary; no text of the question is ever pasted into SQL. The router
compiles a plan to show it for approval and analytics compiles the same plan to run it, so
what a person approves is exactly what runs.
"""

from sqlglot import exp, select

from medstream_questions.plan import (
    RANKED_DIMENSIONS,
    AgeGroup,
    Dimension,
    Filters,
    Measure,
    Period,
    QueryPlan,
)

DIALECT = "duckdb"


def _v(name: str) -> exp.Column:
    return exp.column(name, "v")


def _string(value: str) -> exp.Literal:
    return exp.Literal.string(value)


def _number(value: int) -> exp.Expr:
    return exp.Literal.number(value)


def _count() -> exp.Expr:
    return exp.Count(this=exp.Star())


def _age_condition(group: AgeGroup) -> exp.Expr:
    first, last = group.ages
    age = _v("age_at_visit")
    if last is None:
        return age >= _number(first)
    return exp.Between(this=age, low=_number(first), high=_number(last))


def _age_group() -> exp.Expr:
    case = exp.Case()
    for group in AgeGroup:
        case = case.when(_age_condition(group), _string(group.value))
    return case


def _dimension(dimension: Dimension, language: str) -> list[exp.Expr]:
    """The key columns of a dimension, each aliased to its column name in the result."""
    date = _v("visit_date")
    keys: dict[Dimension, list[tuple[str, exp.Expr]]] = {
        Dimension.DIAGNOSIS: [
            ("icd10_code", _v("icd10_code")),
            ("diagnosis", exp.column("title_ru" if language == "ru" else "title_en", "d")),
        ],
        Dimension.CHAPTER: [("chapter", exp.column("chapter", "d"))],
        Dimension.DEPARTMENT: [("department", _v("department"))],
        Dimension.CITY: [("city", _v("city"))],
        Dimension.DISTRICT: [("city", _v("city")), ("district", _v("district"))],
        Dimension.MONTH: [("month", exp.func("strftime", date, _string("%Y-%m")))],
        Dimension.QUARTER: [
            (
                "quarter",
                exp.func(
                    "concat", exp.func("year", date), _string("-Q"), exp.func("quarter", date)
                ),
            )
        ],
        Dimension.YEAR: [("year", exp.func("year", date))],
        Dimension.SEX: [("sex", exp.column("sex", "p"))],
        Dimension.AGE_GROUP: [("age_group", _age_group())],
    }
    return [exp.alias_(expression, name) for name, expression in keys[dimension]]


def _diagnosis_condition(filters: Filters) -> exp.Expr | None:
    conditions: list[exp.Expr] = []
    if filters.codes:
        conditions.append(_v("icd10_code").isin(*(_string(code) for code in filters.codes)))
    if filters.chapter is not None:
        conditions.append(exp.column("chapter", "d").eq(_string(filters.chapter)))
    return exp.and_(*conditions) if conditions else None


def _measures(plan: QueryPlan) -> list[exp.Expr]:
    measure = plan.measure
    if measure is Measure.VISITS:
        return [exp.alias_(_count(), "visits")]
    if measure is Measure.PATIENTS:
        distinct = exp.Count(this=exp.Distinct(expressions=[_v("patient_id")]))
        return [exp.alias_(distinct, "patients")]
    if measure is Measure.AVERAGE_COST:
        average = exp.func("round", exp.func("avg", _v("cost_rub")), _number(2))
        return [exp.alias_(average, "average_cost_rub")]
    if measure is Measure.TOTAL_COST:
        return [exp.alias_(exp.func("sum", _v("cost_rub")), "total_cost_rub")]
    condition = _diagnosis_condition(plan.filters)
    assert condition is not None, "QueryPlan guarantees a diagnosis for a share"
    matching = exp.Filter(this=_count(), expression=exp.Where(this=condition))
    ratio = exp.Div(
        this=exp.Mul(this=exp.Literal.number("100.0"), expression=matching.copy()),
        expression=exp.func("nullif", _count(), _number(0)),
    )
    return [
        exp.alias_(matching, "diagnosis_visits"),
        exp.alias_(_count(), "all_visits"),
        exp.alias_(exp.func("round", ratio, _number(2)), "share_percent"),
    ]


def _conditions(plan: QueryPlan) -> list[exp.Expr]:
    filters = plan.filters
    conditions: list[exp.Expr] = []
    if filters.places:
        alternatives = [
            exp.and_(
                _v("city").eq(_string(place.city)),
                *([_v("district").eq(_string(place.district))] if place.district else []),
            )
            for place in filters.places
        ]
        conditions.append(
            exp.paren(exp.or_(*alternatives)) if len(alternatives) > 1 else alternatives[0]
        )
    if filters.periods:
        conditions.append(exp.paren(exp.or_(*(_within(period) for period in filters.periods))))
    elif filters.period is not None:
        conditions.append(_within(filters.period))
    diagnosis = _diagnosis_condition(filters)
    if diagnosis is not None and plan.measure is not Measure.SHARE:
        conditions.append(diagnosis)
    if filters.visit_type is not None:
        conditions.append(_v("visit_type").eq(_string(filters.visit_type)))
    if filters.department is not None:
        conditions.append(_v("department").eq(_string(filters.department)))
    if filters.sex is not None:
        conditions.append(exp.column("sex", "p").eq(_string(filters.sex)))
    if filters.age_group is not None:
        conditions.append(_age_condition(filters.age_group))
    return conditions


def _within(period: Period) -> exp.Expr:
    return exp.Between(
        this=_v("visit_date"),
        low=exp.cast(_string(period.start.isoformat()), "DATE"),
        high=exp.cast(_string(period.end.isoformat()), "DATE"),
    )


def compile_plan(plan: QueryPlan) -> str:
    keys = _dimension(plan.group_by, plan.language) if plan.group_by is not None else []
    measures = _measures(plan)
    query = select(*keys, *measures).from_("visits AS v")
    filters = plan.filters
    if plan.group_by in (Dimension.DIAGNOSIS, Dimension.CHAPTER) or filters.chapter is not None:
        query = query.join("diagnoses AS d", on="v.icd10_code = d.icd10_code")
    if plan.group_by is Dimension.SEX or filters.sex is not None:
        query = query.join("patients AS p", on="v.patient_id = p.patient_id")
    conditions = _conditions(plan)
    if conditions:
        query = query.where(exp.and_(*conditions))
    key_names = [exp.column(key.alias) for key in keys]
    if keys:
        query = query.group_by(*(key.this.copy() for key in keys))
    ranked = plan.group_by in RANKED_DIMENSIONS
    if ranked:
        headline = exp.column(measures[-1].alias)
        query = query.order_by(exp.Ordered(this=headline, desc=True), *key_names)
    elif keys:
        query = query.order_by(*key_names)
    if plan.limit is not None:
        query = query.limit(plan.limit)
    return query.sql(dialect=DIALECT)
