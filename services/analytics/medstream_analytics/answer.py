"""The short text that states the numbers, in the question's language."""

from typing import Any

from medstream_analytics.plan import Language, QueryPlan


def number(value: int | float, language: Language) -> str:
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"
    return text.replace(",", "\u00a0") if language == "ru" else text


def _scope(plan: QueryPlan) -> str:
    parts = []
    if plan.city:
        parts.append(("в городе " if plan.language == "ru" else "in ") + plan.city)
    if plan.year:
        parts.append(("за " if plan.language == "ru" else "in ") + str(plan.year))
    return (" " + " ".join(parts)) if parts else ""


def write_answer(plan: QueryPlan, columns: list[str], rows: list[list[Any]]) -> str:
    scope, lang = _scope(plan), plan.language
    if plan.intent == "count_visits":
        total = rows[0][0] if rows else 0
        label = "Число визитов" if lang == "ru" else "Visits"
        return f"{label}{scope}: {number(total, lang)}."
    if not rows:
        return "Нет данных для этого запроса." if lang == "ru" else "No data matches this question."
    listed = "; ".join(f"{r[1]} ({r[0]}) — {number(r[2], lang)}" for r in rows)
    if lang == "ru":
        return f"Топ-{len(rows)} диагнозов по числу визитов{scope}: {listed}."
    return f"Top {len(rows)} diagnoses by visits{scope}: {listed}."
