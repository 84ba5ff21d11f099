"""Charts are Vega-Lite specs (the gateway draws them): the chosen kind, the data, titles
in the question's language, the matplotlib charts' look, and only when a chart helps."""

import json
from typing import Any

import pytest
from medstream_analytics.charts import (
    FONT,
    HEIGHT_PX,
    MAX_LABEL_CHARS,
    PALETTE,
    PRIMARY,
    WIDTH_PX,
    ChartSpec,
    chart_data,
    choose_chart,
    result_chart,
    vega_lite,
)
from medstream_analytics.numbers import format_number
from medstream_questions.understanding import Understanding

from tests.catalog import synthetic_catalog

DIAGNOSES_RU = ["Острая инфекция верхних дыхательных путей неуточнённая", "Гипертензия", "Грипп"]


def marks(spec: dict[str, Any]) -> list[str]:
    return [layer["mark"]["type"] for layer in spec["layer"]]


def rows(spec: dict[str, Any]) -> list[dict[str, Any]]:
    values: list[dict[str, Any]] = spec["data"]["values"]
    return values


def keys(node: object) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {k for value in node.values() for k in keys(value)}
    if isinstance(node, list):
        return {k for item in node for k in keys(item)}
    return set()


@pytest.mark.parametrize(
    ("kind", "layers"),
    [("bar", ["bar", "text"]), ("line", ["area", "line"]), ("pie", ["arc", "text"])],
)
def test_each_kind_is_a_self_contained_vega_lite_v5_spec(kind: str, layers: list[str]) -> None:
    spec = vega_lite(ChartSpec(kind, "Visits", ["a", "b", "c"], [50.0, 30.0, 20.0]))  # type: ignore[arg-type]

    assert spec["$schema"] == "https://vega.github.io/schema/vega-lite/v5.json"
    assert (spec["width"], spec["height"]) == (WIDTH_PX, HEIGHT_PX) == (800, 450)
    assert spec["autosize"] == {"type": "fit", "contains": "padding"}
    assert marks(spec) == layers
    assert [(row["label"], row["value"]) for row in rows(spec)] == [
        ("a", 50.0),
        ("b", 30.0),
        ("c", 20.0),
    ]
    assert "url" not in keys(spec)  # the data travel inline; nothing is fetched
    assert json.loads(json.dumps(spec)) == spec


def test_a_russian_chart_has_its_title_and_axis_titles_in_russian() -> None:
    columns = ["icd10_code", "diagnosis", "visits"]
    table = [
        ["J06.9", DIAGNOSES_RU[0], 48213],
        ["I10", DIAGNOSES_RU[1], 35120],
        ["J11", "Грипп", 90],
    ]
    chosen = choose_chart(columns, table, title="Топ-3 диагнозов в Санкт-Петербурге", language="ru")
    assert chosen is not None

    spec = vega_lite(chosen)

    assert spec["title"] == {"text": ["Топ-3 диагнозов в Санкт-Петербурге"]}
    assert spec["encoding"]["y"]["title"] == "Диагноз"  # long names: horizontal bars
    assert spec["encoding"]["x"]["title"] == "Визиты"
    assert [row["text"] for row in rows(spec)] == ["48 213", "35 120", "90"]


def test_an_english_line_has_english_axis_titles() -> None:
    table = [["2025-01", 1200.5], ["2025-02", 1300.0], ["2025-03", 1250.0]]
    chosen = choose_chart(["month", "average_cost_rub"], table, title="Average cost")
    assert chosen is not None

    spec = vega_lite(chosen)

    assert spec["encoding"]["x"]["title"] == "Month"
    assert spec["encoding"]["y"]["title"] == "Average cost, RUB"
    assert [row["label"] for row in rows(spec)] == ["2025-01", "2025-02", "2025-03"]


def test_the_look_is_the_matplotlib_charts_one() -> None:
    bar = vega_lite(ChartSpec("bar", "t", ["a", "b"], [1.0, 2.0]))
    line = vega_lite(ChartSpec("line", "t", ["2024", "2025"], [1.0, 2.0]))
    pie = vega_lite(ChartSpec("pie", "t", ["a", "b", "c"], [50.0, 30.0, 20.0]))

    assert bar["layer"][0]["mark"]["color"] == PRIMARY == "#2f6db5"
    assert {layer["mark"]["color"] for layer in line["layer"]} == {PRIMARY}
    assert pie["encoding"]["color"]["scale"]["range"] == list(PALETTE[:3])
    assert bar["config"]["font"] == FONT and FONT.startswith("DejaVu Sans")
    assert bar["config"]["locale"]["number"]["thousands"] == " "  # as format_number writes
    assert bar["background"] == "white"


def test_long_or_many_labels_turn_the_bars_horizontal() -> None:
    short = vega_lite(ChartSpec("bar", "t", ["Kazan", "Moscow"], [1.0, 2.0], "City", "Visits"))
    long = vega_lite(ChartSpec("bar", "t", DIAGNOSES_RU, [3.0, 2.0, 1.0], "Диагноз", "Визиты"))
    many = vega_lite(ChartSpec("bar", "t", list("abcdefg"), [1.0] * 7))

    assert short["encoding"]["x"]["field"] == "label"
    assert short["encoding"]["x"]["title"] == "City" and short["encoding"]["y"]["title"] == "Visits"
    assert long["encoding"]["y"]["field"] == "label" and many["encoding"]["y"]["field"] == "label"
    assert (
        long["encoding"]["y"]["title"] == "Диагноз" and long["encoding"]["x"]["title"] == "Визиты"
    )
    assert long["encoding"]["y"]["sort"] is None  # first row on top, as ranked


def test_long_labels_are_shortened_and_equal_ones_kept_apart() -> None:
    labels = ["x" * 50, "Central", "Central"]

    spec = vega_lite(ChartSpec("bar", "t", labels, [3.0, 2.0, 1.0]))

    shown = [row["label"] for row in rows(spec)]
    assert shown[0] == "x" * (MAX_LABEL_CHARS - 1) + "…"
    assert len(set(shown)) == 3 and [s.rstrip("\u200b") for s in shown[1:]] == ["Central"] * 2


def test_a_long_title_wraps_to_two_lines_at_most() -> None:
    spec = vega_lite(ChartSpec("line", "Cost in $ per visit " * 12, ["2024", "2025"], [1.5, 2.5]))

    lines = spec["title"]["text"]
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(len(line) <= 60 for line in lines)
    assert spec["description"] == "Cost in $ per visit " * 12


def test_a_long_line_labels_a_dozen_periods_slanted() -> None:
    labels = [f"{y}-{m:02d}" for y in range(2021, 2026) for m in range(1, 13)]

    spec = vega_lite(ChartSpec("line", "t", labels, [float(n % 12) for n in range(60)]))

    axis = spec["encoding"]["x"]["axis"]
    assert axis["values"] == labels[::5] and axis["labelAngle"] == -30
    assert spec["encoding"]["y"]["scale"] == {"zero": True}


def test_a_line_below_zero_is_not_pinned_to_zero() -> None:
    spec = vega_lite(ChartSpec("line", "t", ["2024", "2025"], [-1.0, 2.0]))

    assert spec["encoding"]["y"]["scale"] == {"zero": False}
    assert "values" not in spec["encoding"]["x"]["axis"]


def test_a_pie_gives_each_share_in_its_legend_and_large_ones_on_the_ring() -> None:
    spec = vega_lite(
        ChartSpec("pie", "Visit types", ["outpatient", "inpatient", "a" * 40], [96.5, 2.0, 1.5])
    )

    legend = [row["legend"] for row in rows(spec)]
    assert legend == ["outpatient — 96.5%", "inpatient — 2.0%", "a" * 21 + "… — 1.5%"]
    assert [row["share"] for row in rows(spec)] == ["96.5%", "", ""]
    assert [row["order"] for row in rows(spec)] == [0, 1, 2]
    assert spec["encoding"]["color"]["scale"]["domain"] == legend


def test_numbers_are_grouped_and_short() -> None:
    assert format_number(1234567) == "1 234 567"
    assert format_number(42.0) == "42"
    assert format_number(3.14159) == "3.14"
    assert format_number(12.345) == "12.3"


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
        vega_lite(ChartSpec(kind, "t", labels, values))  # type: ignore[arg-type]


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


def test_a_chart_travels_as_event_data_with_its_spec() -> None:
    spec = ChartSpec("line", "Visits per year", ["2024", "2025"], [10.0, 12.0])

    data = chart_data(spec, chart_id="chart-1")

    assert (data.id, data.media_type, data.title) == ("chart-1", "image/png", "Visits per year")
    assert data.png_base64 is None
    assert data.vega_lite == vega_lite(spec)
    assert len(json.dumps(data.vega_lite).encode()) < 4_000


def test_the_services_chart_of_a_russian_question_is_in_russian() -> None:
    plan = Understanding(synthetic_catalog()).plan("Топ-3 заболеваний в Казани за 2025 год")
    columns = ["icd10_code", "diagnosis", "visits"]
    table = [["J06.9", DIAGNOSES_RU[0], 500], ["I10", DIAGNOSES_RU[1], 400], ["J11", "Грипп", 90]]

    data = result_chart(plan, columns, table, "chart-1")

    assert data is not None and data.vega_lite is not None
    assert data.title.startswith("Топ-3") and "Казань" in data.title
    assert data.vega_lite["title"]["text"][0].startswith("Топ-3")
    assert data.vega_lite["encoding"]["y"]["title"] == "Диагноз"
    assert result_chart(plan, ["visits"], [[12345]], "chart-2") is None
