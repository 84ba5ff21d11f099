"""Which chart, if any, shows a result table best.

The rules are deliberately few and predictable: a trend over periods is a line, shares of a
whole with a handful of parts are a pie, a label column with a number is a bar, and a single
number needs no chart at all. Anything less clear-cut gets no chart rather than a misleading
one.
"""

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from medstream_questions.text import Language

ChartKind = Literal["bar", "line", "pie"]

MAX_BARS: Final = 15
MAX_LINE_POINTS: Final = 240
MAX_PIE_PARTS: Final = 6
PIE_TOTAL_TOLERANCE: Final = 1.5

_PERIOD: Final = re.compile(
    r"^\d{4}(-\d{2}(-\d{2}([ T][\d:.]+)?)?|-?Q[1-4]|-?W\d{2}|-H[12])?$", re.IGNORECASE
)
_PERIOD_HINTS: Final = ("year", "год", "month", "quarter", "week", "месяц", "квартал", "недел")
_SHARE_HINTS: Final = ("share", "percent", "pct", "%", "доля", "процент")

# Axis titles for the columns the offline engine names (questions.sql); an LLM's own
# column names are shown as written.
AXIS_NAMES: Final[dict[Language, dict[str, str]]] = {
    "en": {
        "icd10_code": "ICD-10 code",
        "average_cost_rub": "Average cost, RUB",
        "total_cost_rub": "Total cost, RUB",
        "share_percent": "Share, %",
        "age_group": "Age group",
        "average_age": "Average age",
        "visit_type": "Visit type",
        "visits_per_patient": "Visits per patient",
        "cost_per_patient_rub": "Cost per patient, RUB",
    },
    "ru": {
        "icd10_code": "Код МКБ-10",
        "diagnosis": "Диагноз",
        "chapter": "Класс болезней",
        "department": "Отделение",
        "city": "Город",
        "district": "Район",
        "month": "Месяц",
        "quarter": "Квартал",
        "year": "Год",
        "sex": "Пол",
        "age_group": "Возрастная группа",
        "visits": "Визиты",
        "patients": "Пациенты",
        "average_cost_rub": "Средняя стоимость, ₽",
        "total_cost_rub": "Общая стоимость, ₽",
        "diagnosis_visits": "Визиты с диагнозом",
        "all_visits": "Все визиты",
        "matching_visits": "Визиты в доле",
        "matching_patients": "Пациенты в доле",
        "all_patients": "Все пациенты",
        "average_age": "Средний возраст",
        "visit_type": "Тип визита",
        "visits_per_patient": "Визитов на пациента",
        "cost_per_patient_rub": "Стоимость на пациента, ₽",
        "share_percent": "Доля, %",
    },
}


@dataclass(frozen=True, slots=True)
class ChartSpec:
    kind: ChartKind
    title: str
    labels: list[str]
    values: list[float]
    x_label: str = ""
    y_label: str = ""


def choose_chart(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    title: str | None = None,
    language: Language = "en",
) -> ChartSpec | None:
    """The chart for a result table, or None when a chart would not help.

    ``title`` defaults to the value column's name; callers usually pass the question.
    Axis titles are in ``language``, the question's.
    """
    if len(columns) < 2 or len(rows) < 2:
        return None
    numeric = [i for i in range(len(columns)) if _is_numeric(rows, i)]
    period = _period_column(columns, rows, numeric)
    label = period if period is not None else _label_column(columns, rows, numeric)
    value = next((i for i in numeric if i != label), None)
    if label is None or value is None:
        return None
    pairs = [(row[label], float(row[value])) for row in rows if row[value] is not None]
    if len(pairs) < 2:
        return None
    names = (axis_name(columns[label], language), axis_name(columns[value], language))
    chart_title = title or names[1]
    if period is not None:
        return _line(pairs, chart_title, names)
    if _is_share(columns[value], [v for _, v in pairs]):
        return ChartSpec("pie", chart_title, [str(k) for k, _ in pairs], [v for _, v in pairs])
    shown = pairs[:MAX_BARS]
    return ChartSpec("bar", chart_title, [str(k) for k, _ in shown], [v for _, v in shown], *names)


def _line(pairs: list[tuple[Any, float]], title: str, names: tuple[str, str]) -> ChartSpec | None:
    if len(pairs) > MAX_LINE_POINTS:
        return None
    ordered = sorted(pairs, key=lambda pair: str(pair[0]).zfill(12))
    labels = _period_labels([str(k) for k, _ in ordered])
    return ChartSpec("line", title, labels, [v for _, v in ordered], *names)


def _period_labels(labels: list[str]) -> list[str]:
    """Month starts (``date_trunc('month')``) read as months; midnight times are dropped."""
    if all(re.fullmatch(r"\d{4}-\d{2}-01([ T][\d:.]+)?", label) for label in labels):
        return [label[:7] for label in labels]
    return [label[:10] if re.match(r"\d{4}-\d{2}-\d{2}[ T]", label) else label for label in labels]


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_numeric(rows: Sequence[Sequence[Any]], index: int) -> bool:
    values = [row[index] for row in rows if row[index] is not None]
    return bool(values) and all(_is_number(value) for value in values)


def _period_column(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], numeric: list[int]
) -> int | None:
    """A column of periods: ``2025-01``, ``2025-Q1``, dates, or whole years / months.

    Integers count as periods only beside another number: named like a period (year, month),
    or years in the first column (``SELECT year, count(*)``).
    """
    for index, name in enumerate(columns):
        values = [row[index] for row in rows]
        if all(isinstance(v, str) and _PERIOD.match(v.strip()) for v in values):
            return index
        if index not in numeric or len(numeric) < 2 or not all(isinstance(v, int) for v in values):
            continue
        hinted = any(hint in name.lower() for hint in _PERIOD_HINTS)
        years = all(1900 <= v <= 2100 for v in values)
        if hinted or (years and index == 0):
            return index
    return None


def _label_column(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], numeric: list[int]
) -> int | None:
    """The most specific text column: the last one (``city, district`` → district)."""
    text = [
        i
        for i in range(len(columns))
        if i not in numeric and all(isinstance(row[i], str) for row in rows)
    ]
    return text[-1] if text else None


def _is_share(column: str, values: list[float]) -> bool:
    """Shares of a whole: a few non-negative parts summing to ~100 %.

    Counts that happen to total 100 are not shares, so the column must be named like one
    or hold fractional percentages.
    """
    if not 2 <= len(values) <= MAX_PIE_PARTS or min(values) < 0:
        return False
    if abs(sum(values) - 100) > PIE_TOTAL_TOLERANCE:
        return False
    named = any(hint in column.lower() for hint in _SHARE_HINTS)
    return named or any(value != int(value) for value in values)


def axis_name(column: str, language: Language) -> str:
    known = AXIS_NAMES[language].get(column.lower())
    if known is not None:
        return known
    text = column.replace("_", " ").strip()
    return text[:1].upper() + text[1:]
