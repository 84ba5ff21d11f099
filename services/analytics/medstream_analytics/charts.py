"""Charts as Vega-Lite specs: what travels in a ``QueryCompleted`` event instead of a picture.

Analytics used to draw each chart as a PNG with matplotlib, 65–110 ms of every answer and
35 MB of resident memory, and shipped the picture base64-encoded in the event. Now it
describes the chart: a Vega-Lite v5 spec built from the ``ChartSpec`` that ``chart_choice``
picks, with the data inline, in microseconds and a few kilobytes. The gateway draws the PNG
when someone first fetches the chart (``medstream_gateway.charts``) and keeps it, and
clients that draw charts themselves can take the spec as it is (``bench/charts.py``
measures both). So the answer (rows, SQL, text) never waits for a picture.

The look is the one the matplotlib charts had: 800×450 px, the same colours and font
(DejaVu Sans, which the gateway ships to its renderer: Cyrillic and ``₽`` included), horizontal
bars for long or many labels, a donut for shares, thousands grouped by spaces.
"""

import math
import textwrap
from collections.abc import Sequence
from typing import Any, Final

from medstream_questions.plan import QueryPlan
from medstream_shared.events.models import ChartData

from medstream_analytics.answer import title
from medstream_analytics.chart_choice import ChartKind, ChartSpec, choose_chart
from medstream_analytics.numbers import format_number

__all__ = ["ChartKind", "ChartSpec", "chart_data", "choose_chart", "result_chart", "vega_lite"]

SCHEMA: Final = "https://vega.github.io/schema/vega-lite/v5.json"
WIDTH_PX: Final = 800
HEIGHT_PX: Final = 450
MAX_LABEL_CHARS: Final = 36
MAX_TITLE_CHARS: Final = 60  # a line of the bold title across the chart
MAX_LEGEND_CHARS: Final = 22  # a legend entry keeps its share in view
MAX_LINE_TICKS: Final = 12

# Shipped with the gateway's renderer (medstream_gateway/charts/fonts); clients that draw
# the spec themselves fall back to a wide sans-serif like it.
FONT: Final = "DejaVu Sans, Verdana, sans-serif"
INK: Final = "#1f2937"
MUTED: Final = "#6b7280"
GRID: Final = "#e5e7eb"
PRIMARY: Final = "#2f6db5"
PALETTE: Final = ("#2f6db5", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1")

# Vega's sizes are pixels; these are the matplotlib charts' points at 100 dpi.
_CONFIG: Final[dict[str, Any]] = {
    "font": FONT,
    "view": {"stroke": None},
    "title": {
        "anchor": "start",
        "fontSize": 19,
        "fontWeight": "bold",
        "color": INK,
        "offset": 16,
        "lineHeight": 24,
        "limit": WIDTH_PX - 40,
    },
    "axis": {
        "labelColor": INK,
        "labelFontSize": 12,
        "labelPadding": 6,
        "labelLimit": 300,
        "maxExtent": 320,  # Vega's default (200) caps the title's offset: it hid long labels
        "titleColor": MUTED,
        "titleFontSize": 14,
        "titleFontWeight": "normal",
        "titlePadding": 10,
        "domainColor": GRID,
        "ticks": False,
        "gridColor": GRID,
    },
    "legend": {
        "labelColor": INK,
        "labelFontSize": 14,
        "labelLimit": 360,
        "symbolType": "square",
        "symbolSize": 200,
        "symbolStrokeWidth": 0,
        "rowPadding": 8,
    },
    # Thousands grouped by spaces, as format_number writes them (and as read in Russian).
    "locale": {"number": {"decimal": ".", "thousands": " ", "grouping": [3], "currency": ["", ""]}},
}


def vega_lite(spec: ChartSpec) -> dict[str, Any]:
    """The chart as a Vega-Lite v5 spec: 800×450 px, white, the data inline.

    ``x_label`` names the categories or periods and ``y_label`` the values, whichever way the
    bars run: long category names turn a bar chart horizontal.
    """
    _check_data(spec.kind, spec.labels, spec.values)
    labels = _distinct([_shorten(str(label)) for label in spec.labels])
    values = [float(value) for value in spec.values]
    if spec.kind == "bar":
        body = _bars(labels, values, spec.x_label, spec.y_label)
    elif spec.kind == "line":
        body = _line(labels, values, spec.x_label, spec.y_label)
    else:
        body = _pie(labels, values)
    lines = textwrap.wrap(
        " ".join(spec.title.split()), MAX_TITLE_CHARS, max_lines=2, placeholder=" …"
    )
    return {
        "$schema": SCHEMA,
        "description": spec.title,
        "title": {"text": lines or [""]},
        "width": WIDTH_PX,
        "height": HEIGHT_PX,
        "autosize": {"type": "fit", "contains": "padding"},
        "padding": {"left": 16, "top": 14, "right": 24, "bottom": 12},
        "background": "white",
        "config": _CONFIG,
        **body,
    }


def chart_data(spec: ChartSpec, *, chart_id: str) -> ChartData:
    """The chart as it travels in a ``QueryCompleted`` event."""
    return ChartData(id=chart_id, title=spec.title[:500], vega_lite=vega_lite(spec))


def result_chart(
    plan: QueryPlan, columns: list[str], rows: list[list[Any]], chart_id: str
) -> ChartData | None:
    """The chart of an answered question (bar, line or pie), or None for a single number."""
    spec = choose_chart(columns, rows, title=title(plan, rows), language=plan.language)
    return chart_data(spec, chart_id=chart_id) if spec is not None else None


def _check_data(kind: str, labels: Sequence[str], values: Sequence[float]) -> None:
    if kind not in ("bar", "line", "pie"):
        raise ValueError(f"unknown chart kind {kind!r}")
    if not values or len(labels) != len(values):
        raise ValueError("a chart needs as many labels as values, and at least one")
    if not all(math.isfinite(float(value)) for value in values):
        raise ValueError("chart values must be finite numbers")
    if kind == "pie" and (min(values) < 0 or sum(values) <= 0):
        raise ValueError("a pie chart needs non-negative values with a positive total")


def _shorten(label: str, limit: int = MAX_LABEL_CHARS) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _distinct(labels: list[str]) -> list[str]:
    """Labels made unique with trailing zero-width spaces: Vega-Lite puts equal categories in
    one band (two districts named "Central" in two cities), and the spaces do not show."""
    seen: set[str] = set()
    unique = []
    for label in labels:
        while label in seen:
            label += "\u200b"
        seen.add(label)
        unique.append(label)
    return unique


def _axis_title(text: str) -> str | None:
    return text or None


def _bars(labels: list[str], values: list[float], x_label: str, y_label: str) -> dict[str, Any]:
    """Horizontal bars for long or many labels (rankings of diagnoses), vertical otherwise;
    each bar is labelled with its value."""
    horizontal = len(labels) > 6 or max(len(label) for label in labels) > 12
    category = {
        "field": "label",
        "type": "nominal",
        "sort": None,
        "title": _axis_title(x_label),
        "scale": {"paddingInner": 0.34, "paddingOuter": 0.2},
        "axis": {"grid": False, "labelAngle": 0},
    }
    measure: dict[str, Any] = {
        "field": "value",
        "type": "quantitative",
        "title": _axis_title(y_label),
        "axis": {"tickCount": 5, "domain": False},
    }
    if max(values) > 0:  # room for the value labels beyond the longest bar
        measure["scale"] = {"domainMax": max(values) * 1.1}
    label_mark = (
        {"align": "left", "baseline": "middle", "dx": 4}
        if horizontal
        else {"align": "center", "baseline": "bottom", "dy": -4}
    )
    return {
        "data": {
            "values": [
                {"label": label, "value": value, "text": format_number(value)}
                for label, value in zip(labels, values, strict=True)
            ]
        },
        "encoding": {"y": category, "x": measure} if horizontal else {"x": category, "y": measure},
        "layer": [
            {"mark": {"type": "bar", "color": PRIMARY}},
            {
                "mark": {"type": "text", "color": INK, "fontSize": 12, **label_mark},
                "encoding": {"text": {"field": "text", "type": "nominal"}},
            },
        ],
    }


def _line(labels: list[str], values: list[float], x_label: str, y_label: str) -> dict[str, Any]:
    """Periods in order, evenly spaced; at most a dozen of them labelled, slanted when long."""
    step = max(1, math.ceil(len(labels) / MAX_LINE_TICKS))
    slanted = step > 1 or max(len(label) for label in labels) > 7
    axis: dict[str, Any] = {"grid": False, "labelAngle": -30 if slanted else 0}
    if slanted:
        axis["labelAlign"] = "right"
    if step > 1:
        axis["values"] = labels[::step]
    return {
        "data": {
            "values": [
                {"label": label, "value": value}
                for label, value in zip(labels, values, strict=True)
            ]
        },
        "encoding": {
            "x": {
                "field": "label",
                "type": "ordinal",
                "sort": None,
                "title": _axis_title(x_label),
                "scale": {"padding": 0.2},
                "axis": axis,
            },
            "y": {
                "field": "value",
                "type": "quantitative",
                "title": _axis_title(y_label),
                "scale": {"zero": min(values) >= 0},
                "axis": {"tickCount": 5, "domain": False},
            },
        },
        "layer": [
            {"mark": {"type": "area", "color": PRIMARY, "opacity": 0.08}},
            {
                "mark": {
                    "type": "line",
                    "color": PRIMARY,
                    "strokeWidth": 2.5,
                    "point": {"filled": True, "color": PRIMARY, "size": 36},
                }
            },
        ],
    }


_PIE_RADIUS: Final = 165
_PIE_CENTRE: Final = "width * 0.34"  # the legend to its right, as on the matplotlib charts


def _pie(labels: list[str], values: list[float]) -> dict[str, Any]:
    """A donut: shares read better than on a full pie and the centre stays uncluttered.
    Parts run clockwise from twelve o'clock in the given order; the legend gives each share."""
    total = sum(values)
    shares = [100 * value / total for value in values]
    legend = _distinct(
        [
            f"{_shorten(label, MAX_LEGEND_CHARS)} — {share:.1f}%"
            for label, share in zip(labels, shares, strict=True)
        ]
    )
    return {
        "data": {
            "values": [
                {
                    "label": label,
                    "value": value,
                    "order": index,
                    "legend": legend[index],
                    "share": f"{share:.1f}%" if share >= 4 else "",
                }
                for index, (label, value, share) in enumerate(
                    zip(labels, values, shares, strict=True)
                )
            ]
        },
        "encoding": {
            "theta": {"field": "value", "type": "quantitative", "stack": True},
            "order": {"field": "order", "type": "quantitative"},
            "color": {
                "field": "legend",
                "type": "nominal",
                "sort": None,
                "scale": {"domain": legend, "range": list(PALETTE[: len(labels)])},
                "legend": {
                    "title": None,
                    "orient": "none",
                    "legendX": {"expr": f"{_PIE_CENTRE} + {_PIE_RADIUS + 48}"},
                    "legendY": {"expr": f"height / 2 - {11 * len(labels)}"},
                    "labelLimit": 280,
                },
            },
        },
        "layer": [
            {
                "mark": {
                    "type": "arc",
                    "x": {"expr": _PIE_CENTRE},
                    "outerRadius": _PIE_RADIUS,
                    "innerRadius": _PIE_RADIUS * 0.58,
                    "stroke": "white",
                    "strokeWidth": 2,
                }
            },
            {
                "mark": {
                    "type": "text",
                    "x": {"expr": _PIE_CENTRE},
                    "radius": _PIE_RADIUS * 0.79,
                    "fill": "white",
                    "fontSize": 14,
                    "fontWeight": "bold",
                },
                "encoding": {"text": {"field": "share", "type": "nominal"}},
            },
        ],
    }
