"""Answers a routed question with LLM-written SQL, when an LLM endpoint is configured.

The model writes the SQL (checked by the same guard as the offline engine's) and a short
answer template; the numbers always come from the warehouse, never from the model. Any
failure — endpoint down, breaker open, SQL refused twice, query too slow — raises, and
the handler answers with the offline engine instead, saying so.
"""

from typing import Any

from medstream_questions.text import Language
from medstream_shared.events import models
from medstream_shared.events.models import LlmUsage

from medstream_analytics.chart_choice import ChartKind, choose_chart
from medstream_analytics.charts import chart_data
from medstream_analytics.executor import SqlRunner
from medstream_analytics.llm_sql import LlmSqlWriter, fill_answer_template

FALLBACK_NOTE: dict[Language, str] = {
    "en": "The LLM was unavailable, so the offline engine answered.",
    "ru": "Языковая модель недоступна, поэтому ответил офлайн-движок.",
}
ROWS_FOUND: dict[Language, str] = {
    "en": "The query returned {count} row(s); see the table.",
    "ru": "Запрос вернул строк: {count}; см. таблицу.",
}


class LlmAnswerer:
    def __init__(self, writer: LlmSqlWriter, warehouse: SqlRunner) -> None:
        self.writer = writer
        self.warehouse = warehouse

    async def answer(self, event: models.QueryRouted, chart_id: str) -> models.QueryCompleted:
        generated = await self.writer.write(event.question, event.language, event.roles)
        columns, rows = await self.warehouse.run(generated.sql)
        privacy = self.writer.privacy
        shown = privacy.suppress(rows, generated.kinds, event.roles)
        text = _answer_text(generated.answer_template, columns, shown.rows, event)
        if shown.cells:
            text = f"{text} {privacy.note(event.language)}"
        chart = _chart(
            columns, shown.for_chart, event.question, generated.chart_kind, chart_id, event.language
        )
        return models.QueryCompleted(
            session_id=event.session_id,
            user_id=event.user_id,
            iteration=event.iteration,
            answer=text,
            sql=generated.sql,
            columns=columns,
            rows=shown.rows,
            charts=[chart] if chart is not None else [],
            engine=f"llm:{generated.model}",
            llm_usage=LlmUsage(
                model=generated.model,
                prompt_tokens=generated.usage.prompt_tokens,
                completion_tokens=generated.usage.completion_tokens,
            ),
        )


def _answer_text(
    template: str | None, columns: list[str], rows: list[list[Any]], event: models.QueryRouted
) -> str:
    filled = fill_answer_template(template, columns, rows, event.question) if template else None
    return filled or ROWS_FOUND[event.language].format(count=len(rows))


def _chart(
    columns: list[str],
    rows: list[list[Any]],
    title: str,
    suggested: ChartKind | None,
    chart_id: str,
    language: Language,
) -> models.ChartData | None:
    spec = choose_chart(columns, rows, title=title[:120], language=language)
    if spec is None:
        return None
    if suggested is not None and suggested != spec.kind and suggested != "pie":
        spec = type(spec)(
            suggested, spec.title, spec.labels, spec.values, spec.x_label, spec.y_label
        )
    return chart_data(spec, chart_id=chart_id)
