"""The short text of an answer, in the plan's language, that states the numbers.

The wording follows the question's family ("Top 5 diagnoses by visits", «Число визитов
по месяцам»), names the scope in the same words the router used, and ends with the
assumptions made on the way, so a reader can tell what exactly was counted.
"""

from collections.abc import Sequence
from typing import Any

from medstream_questions.labels import (
    GROUPED_BY,
    SEXES,
    age_group_label,
    chapter_label,
    city_name,
    department_label,
    diagnosis_label,
    district_name,
    scope_labels,
)
from medstream_questions.plan import (
    Dimension,
    Family,
    Filters,
    Measure,
    QueryPlan,
    Subset,
)
from medstream_questions.text import Language
from medstream_questions.vocabulary.care import VISIT_TYPES_BY_NAME
from medstream_shared.language import pick

MAX_LISTED = 12
Row = Sequence[Any]

TOP_NOUNS: dict[Dimension, tuple[str, str]] = {
    Dimension.DIAGNOSIS: ("diagnoses", "диагнозов"),
    Dimension.CHAPTER: ("ICD-10 chapters", "классов МКБ-10"),
    Dimension.DEPARTMENT: ("departments", "отделений"),
    Dimension.CITY: ("cities", "городов"),
    Dimension.DISTRICT: ("districts", "районов"),
}
MEASURE_NAMES: dict[Measure, tuple[str, str]] = {
    Measure.VISITS: ("Visits", "Число визитов"),
    Measure.PATIENTS: ("Patients", "Число пациентов"),
    Measure.AVERAGE_COST: ("Average cost of a visit", "Средняя стоимость визита"),
    Measure.TOTAL_COST: ("Total cost of visits", "Общая стоимость визитов"),
    Measure.VISITS_PER_PATIENT: ("Visits per patient", "Визитов на одного пациента"),
    Measure.COST_PER_PATIENT: ("Cost per patient", "Стоимость на одного пациента"),
    Measure.SHARE: ("Share of visits", "Доля визитов"),
    Measure.AVERAGE_AGE: ("Average age at the visit", "Средний возраст на момент визита"),
    Measure.MEDIAN_COST: ("Median cost of a visit", "Медианная стоимость визита"),
    Measure.MEDIAN_AGE: ("Median age at the visit", "Медианный возраст на момент визита"),
    Measure.MAX_COST: ("Highest cost of a single visit", "Максимальная стоимость одного визита"),
    Measure.MIN_COST: ("Lowest cost of a single visit", "Минимальная стоимость одного визита"),
}
BY_MEASURE: dict[Measure, tuple[str, str]] = {
    Measure.VISITS: ("by visits", "по числу визитов"),
    Measure.PATIENTS: ("by patients", "по числу пациентов"),
    Measure.AVERAGE_COST: ("by average cost of a visit", "по средней стоимости визита"),
    Measure.TOTAL_COST: ("by total cost", "по общей стоимости"),
    Measure.VISITS_PER_PATIENT: ("by visits per patient", "по числу визитов на пациента"),
    Measure.COST_PER_PATIENT: ("by cost per patient", "по стоимости на пациента"),
    Measure.AVERAGE_AGE: ("by average age", "по среднему возрасту"),
    Measure.SHARE: ("by share of visits", "по доле визитов"),
    Measure.MEDIAN_COST: ("by median cost of a visit", "по медианной стоимости визита"),
    Measure.MEDIAN_AGE: ("by median age", "по медианному возрасту"),
    Measure.MAX_COST: ("by highest cost of a visit", "по максимальной стоимости визита"),
    Measure.MIN_COST: ("by lowest cost of a visit", "по минимальной стоимости визита"),
}
MONEY = (
    Measure.AVERAGE_COST,
    Measure.TOTAL_COST,
    Measure.COST_PER_PATIENT,
    Measure.MEDIAN_COST,
    Measure.MAX_COST,
    Measure.MIN_COST,
)
NO_DATA = ("No visits match this question.", "Нет визитов, подходящих под этот вопрос.")


def number(value: float, language: Language, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    if language == "ru":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text


def _amount(value: Any) -> float:
    """A cell as a number for sorting and sums: a suppressed ("<5") or missing one is 0."""
    return 0.0 if value is None or isinstance(value, str) else float(value)


def _value(value: Any, measure: Measure, language: Language) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):  # a count suppressed for privacy, shown as the marker ("<5")
        return value
    if measure in MONEY:
        return f"{number(float(value), language, 2)} {'₽' if language == 'ru' else 'RUB'}"
    if measure is Measure.SHARE:
        return f"{number(float(value), language, 2)}\u00a0%"
    if measure in (Measure.AVERAGE_AGE, Measure.MEDIAN_AGE):
        return number(float(value), language, 1)
    if measure is Measure.VISITS_PER_PATIENT:
        return number(float(value), language, 2)
    return number(int(value), language)


def _key(plan: QueryPlan, row: Row, language: Language) -> str:
    """The row's label: its key columns in words (everything but the measure columns)."""
    dimension = plan.group_by
    if plan.then_by is not None:  # two groupings: each key of the pair, as stored
        return ", ".join(str(value) for value in row[:-1])
    if dimension is Dimension.DIAGNOSIS:
        return f"{row[0]} {row[1]}"
    if dimension is Dimension.CHAPTER:
        return chapter_label(str(row[0]), language)
    if dimension is Dimension.DEPARTMENT:
        return department_label(str(row[0]), language)
    if dimension is Dimension.CITY:
        return city_name(str(row[0]), language)
    if dimension is Dimension.DISTRICT:
        district = district_name(str(row[0]), str(row[1]), language)
        one_city = len(plan.filters.places) == 1 and plan.filters.places[0].district is None
        return district if one_city else f"{district} ({city_name(str(row[0]), language)})"
    if dimension is Dimension.SEX:
        return pick(SEXES[str(row[0])], language)
    if dimension is Dimension.AGE_GROUP:
        return age_group_label(str(row[0]), language)
    if dimension is Dimension.VISIT_TYPE:
        entry = VISIT_TYPES_BY_NAME.get(str(row[0]))
        return pick((entry.name, entry.name_ru), language) if entry else str(row[0])
    return str(row[0])


def headline(plan: QueryPlan, rows: Sequence[Row], language: Language) -> str:
    family, measure, dimension = plan.family, plan.measure, plan.group_by
    if family is Family.TOP and dimension in TOP_NOUNS and plan.order == "asc":
        noun = pick(TOP_NOUNS[dimension], language)
        count = len(rows)
        head = pick(
            (f"The {count} {noun} with the fewest", f"{count} {noun} с наименьшим значением"),
            language,
        )
        return f"{head} {pick(BY_MEASURE[measure], language)}"
    if plan.top_in_each_group and dimension in TOP_NOUNS and plan.then_by is not None:
        noun = pick(TOP_NOUNS[dimension], language)
        each = pick(GROUPED_BY[plan.then_by], language)
        head = pick((f"Top {plan.limit} {noun}", f"Топ-{plan.limit} {noun}"), language)
        return f"{head} {pick(BY_MEASURE[measure], language)}, {each}"
    if family is Family.TOP and dimension in TOP_NOUNS:
        noun = pick(TOP_NOUNS[dimension], language)
        count = len(rows)
        head = pick((f"Top {count} {noun}", f"Топ-{count} {noun}"), language)
        return f"{head} {pick(BY_MEASURE[measure], language)}"
    if family is Family.RANKING and dimension in TOP_NOUNS:
        noun = pick(TOP_NOUNS[dimension], language)
        fewest = plan.order == "asc"
        if language == "ru":
            way = " (от меньшего к большему)" if fewest else ""
            return f"Рейтинг {noun} {pick(BY_MEASURE[measure], language)}{way}"
        way = ", fewest first" if fewest else ""
        return f"{noun.capitalize()} ranked {pick(BY_MEASURE[measure], language)}{way}"
    if measure is Measure.SHARE and plan.share_of is not None:
        part = "; ".join(scope_labels(Filters(**_subset_filters(plan)), language))
        whole = {
            Measure.PATIENTS: pick(("patients", "пациентов"), language),
            Measure.TOTAL_COST: pick(("spending", "расходов"), language),
        }.get(plan.share_base, pick(("visits", "визитов"), language))
        head = pick(
            (f"Share of {part} among all {whole}", f"Доля «{part}» среди всех {whole}"),
            language,
        )
    elif measure is Measure.SHARE and plan.is_distribution:
        spending = plan.share_base is Measure.TOTAL_COST
        head = pick(
            ("Share of all spending", "Доля от всех расходов")
            if spending
            else ("Share of all visits", "Доля от всех визитов"),
            language,
        )
    elif measure is Measure.SHARE and plan.codes_within_chapter:
        assert plan.filters.chapter is not None
        label = diagnosis_label(plan.filters.codes, None, language)
        chapter = chapter_label(plan.filters.chapter, language)
        head = pick(
            (
                f"Share of {label} among visits with {chapter}",
                f"Доля визитов с диагнозом «{label}» среди визитов с «{chapter}»",
            ),
            language,
        )
    elif measure is Measure.SHARE:
        label = diagnosis_label(plan.filters.codes, plan.filters.chapter, language)
        head = pick(
            (
                f"Share of {label} among all visits",
                f"Доля визитов с диагнозом «{label}» среди всех визитов",
            ),
            language,
        )
    else:
        head = pick(MEASURE_NAMES[measure], language)
    if dimension is not None:
        head = f"{head} {pick(GROUPED_BY[dimension], language)}"
    if plan.then_by is not None:
        head = f"{head} {pick(('and', 'и'), language)} {pick(GROUPED_BY[plan.then_by], language)}"
    if family is Family.TOP and dimension not in TOP_NOUNS:  # «в каком месяце больше всего…»
        most = ("the fewest", "наименьшее") if plan.order == "asc" else ("the most", "наибольшее")
        head = f"{head}, {pick(most, language)}"
    return head


def _subset_filters(plan: QueryPlan) -> dict[str, Any]:
    subset = plan.share_of
    assert subset is not None
    return subset.model_dump(exclude_defaults=True)


def _listing(plan: QueryPlan, rows: Sequence[Row], language: Language) -> str:
    measure = plan.measure
    values = [row[-1] for row in rows]
    shown = [
        f"{_key(plan, row, language)} — {_value(row[-1], measure, language)}"
        for row in rows[:MAX_LISTED]
    ]
    if plan.family is Family.BREAKDOWN and measure in (Measure.VISITS, Measure.PATIENTS):
        total = sum(_amount(v) for v in values) or 1
        shown = [item if isinstance(v, str) else
                 f"{item} ({number(100 * _amount(v) / total, language, 1)}\u00a0%)"
                 for item, v in zip(shown, values, strict=False)]  # fmt: skip
    text = "; ".join(shown)
    if len(rows) > MAX_LISTED:
        numeric = [_amount(v) for v in values]
        peak = max(range(len(rows)), key=lambda i: _amount(rows[i][-1]))
        more = len(rows) - MAX_LISTED
        if language == "ru":
            text += f"; … и ещё {more}. Максимум — {_key(plan, rows[peak], language)}: "
        else:
            text += f"; … and {more} more. The highest is {_key(plan, rows[peak], language)}: "
        text += _value(max(numeric), measure, language)
    return text


def _single(plan: QueryPlan, row: Row, language: Language) -> str:
    if plan.measure is not Measure.SHARE:
        return _value(row[0], plan.measure, language)
    counted = Measure.TOTAL_COST if plan.share_base is Measure.TOTAL_COST else Measure.VISITS
    matching, total = (_value(value, counted, language) for value in row[:2])
    share_text = _value(row[2], Measure.SHARE, language)
    if language == "ru":
        return f"{share_text} ({matching} из {total})"
    return f"{share_text} ({matching} of {total})"


def title(plan: QueryPlan, rows: Sequence[Row]) -> str:
    """A one-line title of the result (for its chart): the headline and the scope."""
    scope = ", ".join(scope_labels(plan.filters, plan.language))
    head = headline(plan, rows, plan.language)
    return f"{head} — {scope}" if scope else head


def write_answer(plan: QueryPlan, columns: Sequence[str], rows: Sequence[Row]) -> str:
    language = plan.language
    with_diagnosis = plan.measure is not Measure.SHARE or plan.share_of is not None
    scope = "; ".join(scope_labels(plan.filters, language, with_diagnosis=with_diagnosis))
    head = headline(plan, rows, language)
    if scope:
        head = f"{head} ({scope})"
    if not rows or (plan.group_by is None and rows[0][0] is None):
        body = f"{head}: {pick(NO_DATA, language)}"
    elif plan.gap:
        body = f"{head}: {_side_by_side(plan, rows[0], language)}."
    elif plan.sides:
        body = f"{head}: {_listing(plan, rows, language)}."
        gap = _gap(plan, rows, language) if len(rows) == 2 else ""
        body = f"{body} {gap}" if gap else body
    elif plan.group_by is None:
        body = f"{head}: {_single(plan, rows[0], language)}."
    else:
        body = f"{head}: {_listing(plan, rows, language)}."
        gap = _gap(plan, rows, language) if plan.compare and len(rows) == 2 else ""
        body = f"{body} {gap}" if gap else body
    return " ".join([body, *plan.assumptions])


def _side_name(side: Subset, language: Language) -> str:
    """A side compared, named in the answer's language."""
    return ", ".join(scope_labels(Filters(**side.model_dump(exclude_defaults=True)), language))


def _side_by_side(plan: QueryPlan, row: Row, language: Language) -> str:
    """One row compared: each side, the difference, the ratio and the growth in %."""
    _, a, _, b, difference, ratio, growth = row
    first, second = (_side_name(side, language) for side in plan.sides)
    if any(isinstance(value, str) or value is None for value in (a, b)):
        return f"{first} — {_value(a, plan.measure, language)}; {second} — " + _value(
            b, plan.measure, language
        )
    sides = f"{first} — {_value(a, plan.measure, language)}; {second} — " + _value(
        b, plan.measure, language
    )
    gap = _value(difference, plan.measure, language)
    sign = "+" if float(difference) > 0 else ""
    times = "—" if ratio is None else f"×{number(float(ratio), language, 2)}"
    change = "—" if growth is None else f"{sign}{number(float(growth), language, 2)}\u00a0%"
    if language == "ru":
        return f"{sides}; разница {sign}{gap}, в {times[1:]} раза ({change})"
    return f"{sides}; difference {sign}{gap}, ratio {times} ({change})"


def _gap(plan: QueryPlan, rows: Sequence[Row], language: Language) -> str:
    """Two sides compared: how far apart they are, in the measure's units and as a ratio."""
    (high, low) = sorted(rows, key=lambda row: _amount(row[-1]), reverse=True)
    if isinstance(low[-1], str):  # a suppressed side: its gap would disclose it
        return ""
    high_value, low_value = _amount(high[-1]), _amount(low[-1])
    difference = _value(high_value - low_value, plan.measure, language)
    high_key, low_key = _key(plan, high, language), _key(plan, low, language)
    ratio = f" (×{number(high_value / low_value, language, 2)})" if low_value else ""
    if language == "ru":
        return f"{high_key} больше, чем {low_key}, на {difference}{ratio}."
    return f"{high_key} is higher than {low_key} by {difference}{ratio}."
