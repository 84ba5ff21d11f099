"""Charts render small, readable PNGs (Cyrillic included) and are chosen only when they help."""

import asyncio
import base64
import struct
import warnings

import pytest
from medstream_analytics.charts import (
    HEIGHT_PX,
    WIDTH_PX,
    ChartSpec,
    chart_data,
    choose_chart,
    render_chart,
    render_spec,
)
from medstream_analytics.numbers import format_number

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_BYTES = 100_000


def png_size(png: bytes) -> tuple[int, int]:
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


@pytest.mark.parametrize(
    ("kind", "labels", "values"),
    [
        ("bar", ["Moscow", "Kazan", "Novosibirsk"], [1200.0, 800.5, 300.0]),
        (
            "bar",
            [f"J{n:02d} Acute respiratory infection, type {n}" for n in range(15)],
            [float(1000 - 50 * n) for n in range(15)],
        ),
        (
            "line",
            [f"2025-{m:02d}" for m in range(1, 13)],
            [float(9000 + 300 * m) for m in range(12)],
        ),
        (
            "line",
            [f"{y}-{m:02d}" for y in range(2021, 2026) for m in range(1, 13)],
            [float(n % 12) for n in range(60)],
        ),
        ("pie", ["outpatient", "inpatient", "emergency"], [71.5, 18.2, 10.3]),
    ],
)
def test_each_kind_renders_a_small_png_of_the_fixed_size(
    kind: str, labels: list[str], values: list[float]
) -> None:
    png = render_chart(kind, title="Visits", labels=labels, values=values)  # type: ignore[arg-type]

    assert png.startswith(PNG_SIGNATURE)
    assert png_size(png) == (WIDTH_PX, HEIGHT_PX)
    assert 2_000 < len(png) < MAX_BYTES


def test_cyrillic_text_renders_without_missing_glyph_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        png = render_chart(
            "bar",
            title="Топ-5 диагнозов в Санкт-Петербурге за 2025 год",
            labels=["Острая инфекция верхних дыхательных путей", "Гипертензия", "Грипп"],
            values=[48213, 35120, 20877],
            y_label="Визиты, ёмкость «шт.»",
        )

    assert png.startswith(PNG_SIGNATURE)


def test_dollar_signs_and_long_titles_are_plain_text() -> None:
    png = render_chart(
        "line",
        title="Cost in $ per visit " * 12,
        labels=["2024", "2025"],
        values=[1.5, 2.5],
        y_label="$ cost $",
    )

    assert png.startswith(PNG_SIGNATURE)


@pytest.mark.parametrize(
    ("kind", "labels", "values", "problem"),
    [
        ("bar", [], [], "at least one"),
        ("bar", ["a"], [1.0, 2.0], "as many labels"),
        ("line", ["a", "b"], [1.0, float("nan")], "finite"),
        ("pie", ["a", "b"], [-1.0, 5.0], "non-negative"),
        ("scatter", ["a"], [1.0], "unknown chart kind"),
    ],
)
def test_bad_data_is_refused(
    kind: str, labels: list[str], values: list[float], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        render_chart(kind, title="t", labels=labels, values=values)  # type: ignore[arg-type]


async def test_concurrent_renders_from_worker_threads_all_succeed() -> None:
    specs = [
        ChartSpec("bar", f"Chart {n}", ["a", "b", "c"], [1.0, 2.0, float(n + 1)]) for n in range(6)
    ]

    pngs = await asyncio.gather(*(asyncio.to_thread(render_spec, spec) for spec in specs))

    assert all(png.startswith(PNG_SIGNATURE) for png in pngs)
    assert len(set(pngs)) == len(specs)


def test_numbers_are_grouped_and_short() -> None:
    assert format_number(1234567) == "1 234 567"
    assert format_number(42.0) == "42"
    assert format_number(3.14159) == "3.14"
    assert format_number(12.345) == "12.3"


# Choosing a chart -----------------------------------------------------------------------------


def test_a_ranking_of_labels_is_a_bar_chart_on_the_most_specific_label() -> None:
    columns = ["icd10_code", "diagnosis", "visits"]
    rows = [["J06.9", "Acute URI", 500], ["I10", "Hypertension", 400], ["J11", "Influenza", 90]]

    spec = choose_chart(columns, rows, title="Top diagnoses")

    assert spec == ChartSpec(
        "bar",
        "Top diagnoses",
        ["Acute URI", "Hypertension", "Influenza"],
        [500.0, 400.0, 90.0],
        "Diagnosis",
        "Visits",
    )


def test_axis_titles_are_in_the_language_of_the_question() -> None:
    columns = ["month", "average_cost_rub"]
    rows = [["2025-01", 1200.5], ["2025-02", 1300.0], ["2025-03", 1250.0]]

    russian = choose_chart(columns, rows, title="Средняя стоимость", language="ru")
    english = choose_chart(columns, rows, title="Average cost", language="en")

    assert russian is not None and english is not None
    assert (russian.x_label, russian.y_label) == ("Месяц", "Средняя стоимость, ₽")
    assert (english.x_label, english.y_label) == ("Month", "Average cost, RUB")


def test_long_rankings_are_cut_to_the_first_bars() -> None:
    rows = [[f"district {n}", 100 - n] for n in range(40)]

    spec = choose_chart(["district", "visits"], rows)

    assert spec is not None and spec.kind == "bar" and len(spec.labels) == 15


@pytest.mark.parametrize(
    ("columns", "rows", "labels"),
    [
        (
            ["month", "visits"],
            [["2025-02", 5], ["2025-01", 7], ["2025-03", 6]],
            ["2025-01", "2025-02", "2025-03"],
        ),
        (["quarter", "visits"], [["2025-Q1", 5], ["2025-Q2", 7]], ["2025-Q1", "2025-Q2"]),
        (["year", "visits"], [[2024, 5], [2023, 3], [2025, 7]], ["2023", "2024", "2025"]),
        (["y", "cost"], [[2021, 1.5], [2022, 2.5]], ["2021", "2022"]),
        (["month", "visits"], [["2025-01-01", 5], ["2025-02-01", 7]], ["2025-01", "2025-02"]),
        (
            ["day", "visits"],
            [["2025-01-05T00:00:00", 5], ["2025-01-06T00:00:00", 7]],
            [
                "2025-01-05",
                "2025-01-06",
            ],
        ),
        (["месяц", "визиты"], [[1, 5], [2, 7], [3, 9]], ["1", "2", "3"]),
    ],
)
def test_periods_are_a_line_chart_in_time_order(
    columns: list[str], rows: list[list[object]], labels: list[str]
) -> None:
    spec = choose_chart(columns, rows)

    assert spec is not None
    assert spec.kind == "line"
    assert spec.labels == labels


def test_shares_of_a_few_parts_summing_to_100_are_a_pie() -> None:
    rows = [["outpatient", 71.5], ["inpatient", 18.2], ["emergency", 10.3]]

    spec = choose_chart(["visit_type", "share_pct"], rows)

    assert spec is not None and spec.kind == "pie"
    assert spec.labels == ["outpatient", "inpatient", "emergency"]


@pytest.mark.parametrize(
    ("columns", "rows"),
    [
        (["sex", "visits"], [["F", 60], ["M", 40]]),
        (["sex", "share"], [["F", 60.0], ["M", 30.0]]),
        (["group", "share"], [[f"g{n}", 100 / 7] for n in range(7)]),
    ],
)
def test_counts_totalling_100_other_totals_and_many_parts_are_not_pies(
    columns: list[str], rows: list[list[object]]
) -> None:
    spec = choose_chart(columns, rows)

    assert spec is not None and spec.kind == "bar"


@pytest.mark.parametrize(
    ("columns", "rows"),
    [
        (["visits"], [[12345]]),
        (["city", "visits"], [["Moscow", 12345]]),
        (["count", "avg_cost"], [[10, 2.5], [20, 3.5]]),
        (["city", "district"], [["Moscow", "Arbat"], ["Kazan", "Vakhitovsky"]]),
        (["city", "visits"], []),
        (["city", "visits"], [["Moscow", None], ["Kazan", 5]]),
    ],
)
def test_no_chart_when_it_would_not_help(columns: list[str], rows: list[list[object]]) -> None:
    assert choose_chart(columns, rows) is None


def test_a_chosen_chart_renders() -> None:
    spec = choose_chart(["city", "visits"], [["Moscow", 10], ["Kazan", 4]])

    assert spec is not None
    assert render_spec(spec).startswith(PNG_SIGNATURE)


def test_a_chart_travels_as_event_data() -> None:
    spec = ChartSpec("line", "Visits per year", ["2024", "2025"], [10.0, 12.0])

    data = chart_data(spec, chart_id="chart-1")

    assert (data.id, data.media_type, data.title) == ("chart-1", "image/png", "Visits per year")
    assert base64.b64decode(data.png_base64).startswith(PNG_SIGNATURE)
