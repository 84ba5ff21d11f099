"""Compiles a :class:`QueryPlan` to one DuckDB SELECT with sqlglot's builder.

Table and column names come from the warehouse contract (``medstream_shared.warehouse``),
never from here. Values reach the SQL only as literals built by sqlglot, and only after
the plan has checked them against the vocabulary; no text of the question is ever pasted
into SQL. The router
compiles a plan to show it for approval and analytics compiles the same plan to run it, so
what a person approves is exactly what runs.
"""

from collections.abc import Callable, Sequence

from medstream_shared.language import Language, pick
from medstream_shared.warehouse import WAREHOUSE
from sqlglot import exp, select

from medstream_questions.labels import period_label
from medstream_questions.plan import (
    RANKED_DIMENSIONS,
    AgeGroup,
    Dimension,
    Family,
    Filters,
    Measure,
    Period,
    Place,
    QueryPlan,
    Subset,
)

DIALECT = "duckdb"
CATEGORY_LENGTH = 3
"""An ICD-10 category's code length ("J10"); longer codes name a subcode ("J10.1")."""


VISITS, PATIENTS, DIAGNOSES = WAREHOUSE.visits, WAREHOUSE.patients, WAREHOUSE.diagnoses


def _v(name: str) -> exp.Column:
    return exp.column(name, "v")


def _p(name: str) -> exp.Column:
    return exp.column(name, "p")


def _d(name: str) -> exp.Column:
    return exp.column(name, "d")


def _string(value: str) -> exp.Literal:
    return exp.Literal.string(value)


def _number(value: int) -> exp.Expr:
    return exp.Literal.number(value)


def _count() -> exp.Expr:
    return exp.Count(this=exp.Star())


def _age_condition(group: AgeGroup) -> exp.Expr:
    first, last = group.ages
    age = _v(VISITS.age)
    if last is None:
        return age >= _number(first)
    return exp.Between(this=age, low=_number(first), high=_number(last))


def _age_group() -> exp.Expr:
    case = exp.Case()
    for group in AgeGroup:
        case = case.when(_age_condition(group), _string(group.value))
    return case


def age_band_labels(bands: Sequence[int]) -> list[str]:
    """ "0-17", "18-64", "65+": each band's label, from the first age of each band."""
    ends = [*(start - 1 for start in bands[1:]), None]
    return [
        f"{start}-{end}" if end is not None else f"{start}+"
        for start, end in zip(bands, ends, strict=True)
    ]


def _age_bands(bands: Sequence[int]) -> exp.Expr:
    """The bands asked for ("under 18, 18–64, 65 and over") instead of the standard groups."""
    case = exp.Case()
    age = _v(VISITS.age)
    for start, label in zip(bands, age_band_labels(bands), strict=True):
        end = label.split("-")[1] if "-" in label else None
        condition = (
            exp.Between(this=age.copy(), low=_number(start), high=_number(int(end)))
            if end is not None
            else age.copy() >= _number(start)
        )
        case = case.when(condition, _string(label))
    return case


def _dimension(
    dimension: Dimension, language: Language, age_bands: Sequence[int] = ()
) -> list[exp.Expr]:
    """The key columns of a dimension, each aliased to its column name in the result."""
    if dimension is Dimension.AGE_GROUP and age_bands:
        return [exp.alias_(_age_bands(age_bands), "age_group", copy=False)]
    return [exp.alias_(column, name, copy=False) for name, column in _KEYS[dimension](language)]


def _date() -> exp.Column:
    return _v(VISITS.visit_date)


_KEYS: dict[Dimension, Callable[[Language], list[tuple[str, exp.Expr]]]] = {
    Dimension.DIAGNOSIS: lambda language: [
        ("icd10_code", _v(VISITS.code)),
        ("diagnosis", _d(pick((DIAGNOSES.title_en, DIAGNOSES.title_ru), language))),
    ],
    Dimension.CHAPTER: lambda _: [("chapter", _d(DIAGNOSES.chapter))],
    Dimension.DEPARTMENT: lambda _: [("department", _v(VISITS.department))],
    Dimension.CITY: lambda _: [("city", _v(VISITS.city))],
    Dimension.DISTRICT: lambda _: [("city", _v(VISITS.city)), ("district", _v(VISITS.district))],
    Dimension.MONTH: lambda _: [("month", exp.func("strftime", _date(), _string("%Y-%m")))],
    Dimension.QUARTER: lambda _: [
        (
            "quarter",
            exp.func(
                "concat", exp.func("year", _date()), _string("-Q"), exp.func("quarter", _date())
            ),
        )
    ],
    Dimension.YEAR: lambda _: [("year", exp.func("year", _date()))],
    Dimension.SEX: lambda _: [("sex", _p(PATIENTS.sex))],
    Dimension.AGE_GROUP: lambda _: [("age_group", _age_group())],
    Dimension.VISIT_TYPE: lambda _: [("visit_type", _v(VISITS.visit_type))],
}
"""Each dimension's key columns, built only for the dimension asked for."""


def _table(name: str, alias: str) -> exp.Table:
    """A table with its alias, built directly (a string would go through sqlglot's parser)."""
    return exp.Table(
        this=exp.to_identifier(name), alias=exp.TableAlias(this=exp.to_identifier(alias))
    )


def _diagnosis_condition(filters: Filters) -> exp.Expr | None:
    conditions: list[exp.Expr] = []
    if filters.codes:
        conditions.append(_codes(filters.codes))
    if filters.chapter is not None:
        conditions.append(_chapter(filters))
    return exp.and_(*conditions) if conditions else None


def _chapter(filters: Filters) -> exp.Expr:
    assert filters.chapter is not None
    return _d(DIAGNOSES.chapter).eq(_string(filters.chapter))


def _age_range(first: int | None, last: int | None) -> exp.Expr | None:
    age = _v(VISITS.age)
    if first is not None and last is not None:
        return exp.Between(this=age, low=_number(first), high=_number(last))
    if first is not None:
        return age >= _number(first)
    if last is not None:
        return age <= _number(last)
    return None


def _places(places: list[Place]) -> exp.Expr:
    alternatives = [
        exp.and_(
            _v(VISITS.city).eq(_string(place.city)),
            *([_v(VISITS.district).eq(_string(place.district))] if place.district else []),
        )
        for place in places
    ]
    return exp.paren(exp.or_(*alternatives)) if len(alternatives) > 1 else alternatives[0]


def _subset_condition(subset: Subset) -> exp.Expr:
    conditions: list[exp.Expr] = []
    if subset.places:
        conditions.append(_places(subset.places))
    if subset.visit_type is not None:
        conditions.append(_v(VISITS.visit_type).eq(_string(subset.visit_type)))
    if subset.department is not None:
        conditions.append(_v(VISITS.department).eq(_string(subset.department)))
    if subset.sex is not None:
        conditions.append(_p(PATIENTS.sex).eq(_string(subset.sex)))
    age = _age_range(subset.age_min, subset.age_max)
    if age is not None:
        conditions.append(age)
    if subset.period is not None:
        conditions.append(_within(subset.period))
    return exp.and_(*conditions)


def _side_label(side: Subset, language: Language) -> str:
    """A side's name in the rows: the city, district, department, visit type or period."""
    if side.places:
        return " / ".join(place.district or place.city for place in side.places)
    if side.department is not None:
        return side.department
    if side.visit_type is not None:
        return side.visit_type
    if side.sex is not None:
        return side.sex
    if side.period is not None:
        return period_label(side.period, language)
    return "-".join(str(age) for age in (side.age_min, side.age_max) if age is not None)


def _measure_of(measure: Measure, condition: exp.Expr | None) -> tuple[exp.Expr, str]:
    """One measure's aggregate over the visits that meet ``condition`` (all when None)."""

    def only(aggregate: exp.Expr) -> exp.Expr:
        if condition is None:
            return aggregate
        return exp.Filter(this=aggregate, expression=exp.Where(this=condition.copy()))

    patient, cost = _v(VISITS.patient), _v(VISITS.cost)
    found: dict[Measure, tuple[exp.Expr, str]] = {
        Measure.VISITS: (only(_count()), "visits"),
        Measure.PATIENTS: (only(exp.Count(this=exp.Distinct(expressions=[patient]))), "patients"),
        Measure.AVERAGE_COST: (
            exp.func("round", only(exp.func("avg", cost)), _number(2)),
            "average_cost_rub",
        ),
        Measure.MEDIAN_COST: (
            exp.func("round", only(exp.func("median", cost)), _number(2)),
            "median_cost_rub",
        ),
        Measure.TOTAL_COST: (only(exp.func("sum", cost.copy())), "total_cost_rub"),
        Measure.AVERAGE_AGE: (
            exp.func("round", only(exp.func("avg", _v(VISITS.age))), _number(1)),
            "average_age",
        ),
        Measure.MEDIAN_AGE: (
            exp.func("round", only(exp.func("median", _v(VISITS.age))), _number(1)),
            "median_age",
        ),
        Measure.MAX_COST: (only(exp.func("max", cost.copy())), "max_cost_rub"),
        Measure.MIN_COST: (only(exp.func("min", cost.copy())), "min_cost_rub"),
    }
    return found[measure]


GAP_MEASURES = frozenset(
    {
        Measure.VISITS,
        Measure.PATIENTS,
        Measure.AVERAGE_COST,
        Measure.MEDIAN_COST,
        Measure.TOTAL_COST,
        Measure.AVERAGE_AGE,
        Measure.MEDIAN_AGE,
    }
)
"""Measures a comparison can put side by side in one row."""


def _gap(plan: QueryPlan) -> list[exp.Expr]:
    """Each side and its value, the difference, the ratio and the growth in %, in one row."""
    first, second = plan.sides
    (a, name), (b, _) = (
        _measure_of(plan.measure, _subset_condition(side)) for side in (first, second)
    )
    difference = exp.paren(exp.Sub(this=a.copy(), expression=b.copy()))
    base = exp.func("nullif", b.copy(), _number(0))
    ratio = exp.Div(this=exp.cast(a.copy(), "DOUBLE"), expression=base)
    growth = exp.Div(
        this=exp.Mul(this=exp.Literal.number("100.0"), expression=difference.copy()),
        expression=base.copy(),
    )
    return [
        exp.alias_(_string(_side_label(first, plan.language)), "first_side"),
        exp.alias_(a, f"first_{name}"),
        exp.alias_(_string(_side_label(second, plan.language)), "second_side"),
        exp.alias_(b, f"second_{name}"),
        exp.alias_(difference, "difference"),
        exp.alias_(exp.func("round", ratio, _number(2)), "ratio"),
        exp.alias_(exp.func("round", growth, _number(2)), "growth_percent"),
    ]


def _side_key(plan: QueryPlan) -> exp.Expr:
    """The side a visit belongs to, by name: a row per side."""
    case = exp.Case()
    for side in plan.sides:
        case = case.when(_subset_condition(side), _string(_side_label(side, plan.language)))
    return exp.alias_(case, "side")


def _distribution(plan: QueryPlan) -> list[exp.Expr]:
    """Each group's visits (or spending), all of them (a window over the groups) and the
    group's percentage of them."""
    part: exp.Expr
    if plan.share_base is Measure.TOTAL_COST:
        part, names = exp.func("sum", _v(VISITS.cost)), ("cost_rub", "all_cost_rub")
    else:
        part, names = _count(), ("visits", "all_visits")
    return _part_whole_percent(part, exp.Window(this=exp.func("sum", part.copy())), names)


def _part_whole_percent(part: exp.Expr, whole: exp.Expr, names: tuple[str, str]) -> list[exp.Expr]:
    """The part, the whole and the part's percentage of it, rounded to 0.01."""
    ratio = exp.Div(
        this=exp.Mul(this=exp.Literal.number("100.0"), expression=part.copy()),
        expression=exp.func("nullif", whole.copy(), _number(0)),
    )
    return [
        exp.alias_(part, names[0]),
        exp.alias_(whole, names[1]),
        exp.alias_(exp.func("round", ratio, _number(2)), "share_percent"),
    ]


def _share(plan: QueryPlan) -> list[exp.Expr]:
    """The part, the whole and the percentage: visits (or distinct patients) of the subset."""
    if plan.is_distribution:
        return _distribution(plan)
    if plan.share_of is not None and not plan.share_of.empty:
        condition = _subset_condition(plan.share_of)
    elif plan.codes_within_chapter:
        condition = _codes(plan.filters.codes)
    else:
        diagnosis = _diagnosis_condition(plan.filters)
        assert diagnosis is not None, "QueryPlan guarantees a numerator for a share"
        condition = diagnosis
    whole: exp.Expr
    part: exp.Expr
    if plan.share_base is Measure.TOTAL_COST:
        cost = _v(VISITS.cost)
        whole = exp.func("sum", cost)
        part = exp.Filter(this=exp.func("sum", cost.copy()), expression=exp.Where(this=condition))
        names = ("matching_cost_rub", "all_cost_rub")
    elif plan.share_base is Measure.PATIENTS:
        patient = _v(VISITS.patient)
        whole = exp.Count(this=exp.Distinct(expressions=[patient]))
        part = exp.Count(
            this=exp.Distinct(expressions=[exp.If(this=condition, true=patient.copy())])
        )
        names = ("matching_patients", "all_patients")
    else:  # visits
        whole = _count()
        part = exp.Filter(this=_count(), expression=exp.Where(this=condition))
        names = ("matching_visits" if plan.share_of else "diagnosis_visits", "all_visits")
    return _part_whole_percent(part, whole, names)


def _measures(plan: QueryPlan) -> list[exp.Expr]:
    measure = plan.measure
    if measure is Measure.AVERAGE_AGE:
        average = exp.func("round", exp.func("avg", _v(VISITS.age)), _number(1))
        return [exp.alias_(average, "average_age")]
    if measure is Measure.SHARE:
        return _share(plan)
    if plan.gap:
        return _gap(plan)
    if measure in (Measure.MEDIAN_COST, Measure.MEDIAN_AGE, Measure.MAX_COST, Measure.MIN_COST):
        median, name = _measure_of(measure, None)
        return [exp.alias_(median, name)]
    if measure in (Measure.VISITS_PER_PATIENT, Measure.COST_PER_PATIENT):
        patients = exp.Count(this=exp.Distinct(expressions=[_v(VISITS.patient)]))
        total = (
            _count() if measure is Measure.VISITS_PER_PATIENT else exp.func("sum", _v(VISITS.cost))
        )
        rate = exp.Div(
            this=exp.cast(total, "DOUBLE"), expression=exp.func("nullif", patients, _number(0))
        )
        name = (
            "visits_per_patient"
            if measure is Measure.VISITS_PER_PATIENT
            else "cost_per_patient_rub"
        )
        return [exp.alias_(exp.func("round", rate, _number(2)), name)]
    if measure is Measure.VISITS:
        return [exp.alias_(_count(), "visits")]
    if measure is Measure.PATIENTS:
        distinct = exp.Count(this=exp.Distinct(expressions=[_v(VISITS.patient)]))
        return [exp.alias_(distinct, "patients")]
    if measure is Measure.AVERAGE_COST:
        average = exp.func("round", exp.func("avg", _v(VISITS.cost)), _number(2))
        return [exp.alias_(average, "average_cost_rub")]
    return [exp.alias_(exp.func("sum", _v(VISITS.cost)), "total_cost_rub")]


def _conditions(plan: QueryPlan) -> list[exp.Expr]:
    filters = plan.filters
    conditions: list[exp.Expr] = []
    if filters.places:
        conditions.append(_places(filters.places))
    if filters.periods:
        conditions.append(exp.paren(exp.or_(*(_within(period) for period in filters.periods))))
    elif filters.period is not None:
        conditions.append(_within(filters.period))
    diagnosis = _diagnosis_condition(filters)
    diagnosis_is_the_part = plan.measure is Measure.SHARE and (
        plan.share_of is None or plan.share_of.empty
    )
    if diagnosis is not None and not diagnosis_is_the_part:
        conditions.append(diagnosis)
    elif plan.codes_within_chapter:
        conditions.append(_chapter(filters))  # the whole: the chapter
    if filters.visit_type is not None:
        conditions.append(_v(VISITS.visit_type).eq(_string(filters.visit_type)))
    if filters.department is not None:
        conditions.append(_v(VISITS.department).eq(_string(filters.department)))
    if filters.sex is not None:
        conditions.append(_p(PATIENTS.sex).eq(_string(filters.sex)))
    if filters.age_group is not None:
        conditions.append(_age_condition(filters.age_group))
    age = _age_range(filters.age_min, filters.age_max)
    if age is not None:
        conditions.append(age)
    conditions += _exclusions(filters)
    return conditions


def _exclusions(filters: Filters) -> list[exp.Expr]:
    """``NOT`` of each excluded place, ``NOT IN`` of excluded codes, types and departments."""
    excluded: list[exp.Expr] = []
    if filters.exclude_places:
        excluded.append(exp.not_(exp.paren(_places(filters.exclude_places))))
    if filters.exclude_codes:
        excluded.append(exp.not_(exp.paren(_codes(filters.exclude_codes))))
    for column, values in (
        ("visit_type", filters.exclude_visit_types),
        ("department", filters.exclude_departments),
    ):
        if values:
            excluded.append(exp.not_(_v(column).isin(*(_string(value) for value in values))))
    if filters.exclude_chapters:
        chapters = (_string(chapter) for chapter in filters.exclude_chapters)
        excluded.append(exp.not_(_d(DIAGNOSES.chapter).isin(*chapters)))
    return excluded


def _patients_in_scope(filters: Filters, conditions: Sequence[exp.Expr]) -> exp.Select:
    """``SELECT v.patient_id FROM visits v … WHERE <the scope>``, joined as the scope needs,
    to be grouped by patient and cut by a HAVING."""
    inner = select(_v(VISITS.patient)).from_(_table(VISITS.table, "v"), copy=False)
    if filters.chapter is not None or filters.exclude_chapters:
        inner = inner.join(
            _table(DIAGNOSES.table, "d"), on=_v(VISITS.code).eq(_d(DIAGNOSES.code)), copy=False
        )
    if filters.sex is not None:
        inner = inner.join(
            _table(PATIENTS.table, "p"),
            on=_v(VISITS.patient).eq(_p(PATIENTS.patient)),
            copy=False,
        )
    if conditions:
        inner = inner.where(exp.and_(*(condition.copy() for condition in conditions)))
    return inner.group_by(_v(VISITS.patient))


def _frequent_patients(filters: Filters, conditions: list[exp.Expr]) -> exp.Expr:
    """``v.patient_id IN (…)``: the patients with at least ``min_visits`` (at most
    ``max_visits``) visits in the same scope ("patients who came more than once in 2024"
    counts their 2024 visits only)."""
    bounds: list[exp.Expr] = []
    if filters.min_visits is not None:
        bounds.append(exp.GTE(this=_count(), expression=_number(filters.min_visits)))
    if filters.max_visits is not None:
        bounds.append(exp.LTE(this=_count(), expression=_number(filters.max_visits)))
    inner = _patients_in_scope(filters, conditions).having(exp.and_(*bounds))
    return _v(VISITS.patient).isin(query=inner)


def _patients_of_every_department(filters: Filters, conditions: list[exp.Expr]) -> list[exp.Expr]:
    """The visits to those departments of the patients seen by every one of them in the same
    scope: ``department IN (…) AND patient_id IN (… HAVING COUNT(DISTINCT department) = n)``."""
    departments = filters.seen_by_every_department
    in_them = _v(VISITS.department).isin(*(_string(name) for name in departments))
    distinct = exp.Count(this=exp.Distinct(expressions=[_v(VISITS.department)]))
    inner = _patients_in_scope(filters, [*conditions, in_them]).having(
        exp.EQ(this=distinct, expression=_number(len(departments)))
    )
    return [in_them, _v(VISITS.patient).isin(query=inner)]


def _codes(codes: Sequence[str]) -> exp.Expr:
    """Visits with one of ``codes``; a three-character category takes its subcodes too.

    "J10" means the category, so a warehouse that records "J10.1" counts under it, as in
    ICD-10 itself; a code with a subcode ("U07.1") means exactly that code.
    """
    categories = [code for code in codes if len(code) == CATEGORY_LENGTH]
    exact = [code for code in codes if len(code) != CATEGORY_LENGTH]
    conditions: list[exp.Expr] = []
    if categories:
        category = exp.Left(this=_v(VISITS.code), expression=_number(CATEGORY_LENGTH))
        conditions.append(category.isin(*(_string(code) for code in categories)))
    if exact:
        conditions.append(_v(VISITS.code).isin(*(_string(code) for code in exact)))
    return exp.or_(*conditions) if len(conditions) > 1 else conditions[0]


def _within(period: Period) -> exp.Expr:
    return exp.Between(
        this=_v(VISITS.visit_date),
        low=exp.cast(_string(period.start.isoformat()), "DATE"),
        high=exp.cast(_string(period.end.isoformat()), "DATE"),
    )


def _register(plan: QueryPlan) -> str:
    """Patients on the register (every patient, with or without a visit): a count, by sex,
    or the share of one sex."""
    sex = _p(PATIENTS.sex)
    if plan.measure is Measure.SHARE:
        assert plan.share_of is not None and plan.share_of.sex is not None
        part = exp.Filter(
            this=_count(), expression=exp.Where(this=sex.eq(_string(plan.share_of.sex)))
        )
        ratio = exp.Div(
            this=exp.Mul(this=exp.Literal.number("100.0"), expression=part.copy()),
            expression=exp.func("nullif", _count(), _number(0)),
        )
        columns = [
            exp.alias_(part, "matching_patients"),
            exp.alias_(_count(), "all_patients"),
            exp.alias_(exp.func("round", ratio, _number(2)), "share_percent"),
        ]
        return select(*columns).from_(_table(PATIENTS.table, "p")).sql(dialect=DIALECT)
    query = select(*([exp.alias_(sex, "sex")] if plan.group_by is Dimension.SEX else []),
                   exp.alias_(_count(), "patients")).from_(_table(PATIENTS.table, "p"))  # fmt: skip
    if plan.group_by is Dimension.SEX:
        query = query.group_by(sex.copy()).order_by(exp.column("sex"))
    return query.sql(dialect=DIALECT)


def _top_in_each_group(
    plan: QueryPlan, query: exp.Select, keys: list[exp.Expr], measures: list[exp.Expr]
) -> exp.Select:
    """ "The top 3 diagnoses in each city": the first N rows of every group (the second
    grouping), ranked by the measure within it, not N rows in all."""
    assert plan.then_by is not None and plan.limit is not None
    group_keys = keys[len(keys) - len(_dimension(plan.then_by, plan.language, plan.age_bands)) :]
    headline = measures[-1]
    aggregate = headline.this if isinstance(headline, exp.Alias) else headline
    descending = plan.order == "desc"
    rank = exp.Window(
        this=exp.RowNumber(),
        partition_by=[key.this.copy() for key in group_keys],
        order=exp.Order(expressions=[exp.Ordered(this=aggregate.copy(), desc=descending)]),
    )
    query = query.qualify(exp.LTE(this=rank, expression=_number(plan.limit)), copy=False)
    return query.order_by(
        *(exp.column(key.alias) for key in group_keys),
        exp.Ordered(this=exp.column(headline.alias_or_name), desc=descending),
        *(exp.column(key.alias) for key in keys if key not in group_keys),
        copy=False,
    )


def compile_plan(plan: QueryPlan) -> str:
    if plan.filters.registered:
        return _register(plan)
    keys = (
        _dimension(plan.group_by, plan.language, plan.age_bands)
        if plan.group_by is not None
        else []
    )
    if plan.then_by is not None:
        keys += _dimension(plan.then_by, plan.language, plan.age_bands)
    if plan.sides and not plan.gap:
        keys = [_side_key(plan)]
    measures = _measures(plan)
    query = select(*keys, *measures).from_(_table(VISITS.table, "v"), copy=False)
    filters = plan.filters
    groupings = (plan.group_by, plan.then_by)
    by_diagnosis = Dimension.DIAGNOSIS in groupings or Dimension.CHAPTER in groupings
    if by_diagnosis or filters.chapter is not None or filters.exclude_chapters:
        query = query.join(
            _table(DIAGNOSES.table, "d"), on=_v(VISITS.code).eq(_d(DIAGNOSES.code)), copy=False
        )
    share_by_sex = plan.share_of is not None and plan.share_of.sex is not None
    side_by_sex = any(side.sex is not None for side in plan.sides)
    by_sex = Dimension.SEX in groupings
    if by_sex or filters.sex is not None or share_by_sex or side_by_sex:
        query = query.join(
            _table(PATIENTS.table, "p"),
            on=_v(VISITS.patient).eq(_p(PATIENTS.patient)),
            copy=False,
        )
    conditions = _conditions(plan)
    if plan.sides:
        conditions.append(exp.paren(exp.or_(*(_subset_condition(s) for s in plan.sides))))
    if filters.min_visits is not None or filters.max_visits is not None:
        conditions.append(_frequent_patients(filters, conditions))
    if filters.seen_by_every_department:
        conditions.extend(_patients_of_every_department(filters, conditions))
    if conditions:
        query = query.where(exp.and_(*conditions, copy=False), copy=False)
    key_names = [exp.column(key.alias) for key in keys]
    if keys:
        query = query.group_by(*(key.this.copy() for key in keys), copy=False)
    ranked = plan.then_by is None and (
        plan.group_by in RANKED_DIMENSIONS
        or plan.family is Family.TOP
        or (plan.limit is not None and bool(keys))  # a cut of rows is a cut of a ranking
    )
    if plan.top_in_each_group:
        return _top_in_each_group(plan, query, keys, measures).sql(dialect=DIALECT)
    if ranked:
        headline = exp.column(measures[-1].alias)
        descending = plan.order == "desc"
        query = query.order_by(exp.Ordered(this=headline, desc=descending), *key_names, copy=False)
    elif plan.sides and not plan.gap:
        query = query.order_by(
            exp.Ordered(this=exp.column(measures[-1].alias), desc=True), copy=False
        )
    elif keys and plan.age_bands:  # "5-9" before "10-17": the bands in order of age
        in_age_order = [
            exp.func("min", _v(VISITS.age)) if name.name == "age_group" else name
            for name in key_names
        ]
        query = query.order_by(*in_age_order, copy=False)
    elif keys:
        query = query.order_by(*key_names, copy=False)
    if plan.limit is not None:
        query = query.limit(plan.limit, copy=False)
    return query.sql(dialect=DIALECT)
