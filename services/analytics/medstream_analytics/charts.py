"""Server-side charts: a PNG small enough to travel inside a ``QueryCompleted`` event.

Charts are drawn with matplotlib's object-oriented API on the Agg canvas (no display, no
pyplot global state), so rendering can run in ``asyncio.to_thread``. matplotlib's font cache
and text layout are still process-wide, so rendering is serialised by a lock; a chart takes
tens of milliseconds, which makes the lock cheaper than any doubt about thread safety.
DejaVu Sans, bundled with matplotlib, covers Cyrillic, so Russian labels render as-is.
The service imports this module on its first chart, so an idle analytics process does not
hold matplotlib (about 40 MB).
"""

import base64
import io
import math
import textwrap
import threading
from collections.abc import Sequence
from typing import Any, Final, Literal

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.ticker import FuncFormatter, MaxNLocator
from medstream_questions.plan import QueryPlan
from medstream_shared.events.models import ChartData

from medstream_analytics.answer import title
from medstream_analytics.chart_choice import ChartKind, ChartSpec, choose_chart
from medstream_analytics.numbers import format_number

__all__ = ["ChartKind", "ChartSpec", "chart_data", "choose_chart", "render_chart", "render_spec"]

WIDTH_PX: Final = 800
HEIGHT_PX: Final = 450
DPI: Final = 100
MAX_LABEL_CHARS: Final = 36

_FONT: Final = "DejaVu Sans"
_INK: Final = "#1f2937"
_MUTED: Final = "#6b7280"
_GRID: Final = "#e5e7eb"
_PRIMARY: Final = "#2f6db5"
_PALETTE: Final = ("#2f6db5", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1")
_RENDER_LOCK: Final = threading.Lock()


def render_chart(
    kind: ChartKind,
    *,
    title: str,
    labels: Sequence[str],
    values: Sequence[float],
    x_label: str = "",
    y_label: str = "",
) -> bytes:
    """Render one chart to PNG bytes (800×450 px, white background).

    ``x_label`` names the categories or periods and ``y_label`` the values, whichever way the
    bars run: long category names turn a bar chart horizontal.
    """
    _check_data(kind, labels, values)
    with _RENDER_LOCK:
        figure = Figure(
            figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI),
            dpi=DPI,
            layout=ConstrainedLayoutEngine(w_pad=0.15, h_pad=0.12),
        )
        FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        shown = [_shorten(str(label)) for label in labels]
        numbers = [float(value) for value in values]
        if kind == "bar":
            _draw_bars(axes, shown, numbers, x_label, y_label)
        elif kind == "line":
            _draw_line(axes, shown, numbers, x_label, y_label)
        else:
            _draw_pie(axes, shown, numbers)
        figure.suptitle(
            textwrap.fill(title, 80, max_lines=2, placeholder="…"),
            x=0.02,
            ha="left",
            fontsize=14,
            fontweight="bold",
            color=_INK,
            fontfamily=_FONT,
            parse_math=False,
        )
        buffer = io.BytesIO()
        figure.savefig(
            buffer, format="png", dpi=DPI, facecolor="white", metadata={"Software": None}
        )
    return buffer.getvalue()


def chart_data(spec: ChartSpec, *, chart_id: str) -> ChartData:
    """The rendered chart as it travels in a ``QueryCompleted`` event."""
    png = render_spec(spec)
    return ChartData(id=chart_id, title=spec.title[:500], png_base64=base64.b64encode(png).decode())


def render_spec(spec: ChartSpec) -> bytes:
    return render_chart(
        spec.kind,
        title=spec.title,
        labels=spec.labels,
        values=spec.values,
        x_label=spec.x_label,
        y_label=spec.y_label,
    )


def _check_data(kind: str, labels: Sequence[str], values: Sequence[float]) -> None:
    if kind not in ("bar", "line", "pie"):
        raise ValueError(f"unknown chart kind {kind!r}")
    if not values or len(labels) != len(values):
        raise ValueError("a chart needs as many labels as values, and at least one")
    if not all(math.isfinite(float(value)) for value in values):
        raise ValueError("chart values must be finite numbers")
    if kind == "pie" and (min(values) < 0 or sum(values) <= 0):
        raise ValueError("a pie chart needs non-negative values with a positive total")


def _shorten(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


def _style(axes: Axes, value_axis: Literal["x", "y"]) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(_GRID)
    axes.tick_params(colors=_MUTED, labelcolor=_INK, labelsize=9, length=0, pad=6)
    axes.grid(axis=value_axis, color=_GRID, linewidth=0.8)
    axes.set_axisbelow(True)
    formatter = FuncFormatter(lambda value, _: format_number(value))
    (axes.xaxis if value_axis == "x" else axes.yaxis).set_major_formatter(formatter)


def _axis_labels(axes: Axes, x_label: str, y_label: str) -> None:
    text: dict[str, Any] = {"color": _MUTED, "fontsize": 10, "parse_math": False}
    axes.set_xlabel(x_label, **text)
    axes.set_ylabel(y_label, **text)


def _draw_bars(
    axes: Axes, labels: list[str], values: list[float], x_label: str, y_label: str
) -> None:
    """Horizontal bars for long or many labels (rankings of diagnoses), vertical otherwise."""
    horizontal = len(labels) > 6 or max(len(label) for label in labels) > 12
    positions = range(len(labels))
    if horizontal:
        bars = axes.barh(positions, values, color=_PRIMARY, height=0.66)
        axes.set_yticks(positions, labels, parse_math=False)
        axes.invert_yaxis()
        _style(axes, "x")
        axes.xaxis.set_major_locator(MaxNLocator(5))
        _axis_labels(axes, y_label, x_label)
    else:
        bars = axes.bar(positions, values, color=_PRIMARY, width=0.62)
        axes.set_xticks(positions, labels, parse_math=False)
        _style(axes, "y")
        axes.yaxis.set_major_locator(MaxNLocator(5))
        _axis_labels(axes, x_label, y_label)
    axes.bar_label(
        bars, labels=[format_number(v) for v in values], padding=3, fontsize=9, color=_INK
    )
    axes.margins(x=0.1) if horizontal else axes.margins(y=0.1)


def _draw_line(
    axes: Axes, labels: list[str], values: list[float], x_label: str, y_label: str
) -> None:
    positions = list(range(len(labels)))
    axes.plot(positions, values, color=_PRIMARY, linewidth=2.2, marker="o", markersize=4)
    axes.fill_between(positions, values, min(0.0, min(values)), color=_PRIMARY, alpha=0.08)
    step = max(1, math.ceil(len(labels) / 12))
    axes.set_xticks(positions[::step], labels[::step], parse_math=False)
    if step > 1 or max(len(label) for label in labels) > 7:
        axes.tick_params(axis="x", labelrotation=30)
        for tick in axes.get_xticklabels():
            tick.set_horizontalalignment("right")
    _style(axes, "y")
    axes.yaxis.set_major_locator(MaxNLocator(5))
    if min(values) >= 0:
        axes.set_ylim(bottom=0)
    axes.margins(x=0.02)
    _axis_labels(axes, x_label, y_label)


def _draw_pie(axes: Axes, labels: list[str], values: list[float]) -> None:
    """A donut: shares read better than on a full pie and the centre stays uncluttered."""
    total = sum(values)
    wedges, *_ = axes.pie(
        values,
        colors=_PALETTE[: len(values)],
        startangle=90,
        counterclock=False,
        wedgeprops={"width": 0.42, "edgecolor": "white", "linewidth": 2},
        autopct=lambda share: f"{share:.1f}%" if share >= 4 else "",
        pctdistance=0.79,
        textprops={"color": "white", "fontsize": 10, "fontweight": "bold"},
    )
    axes.legend(
        wedges,
        [
            f"{label} — {100 * value / total:.1f}%"
            for label, value in zip(labels, values, strict=True)
        ],
        loc="center left",
        bbox_to_anchor=(1.0, 0.5),
        frameon=False,
        fontsize=10,
        labelcolor=_INK,
    )
    axes.set_aspect("equal")


def result_chart(
    plan: QueryPlan, columns: list[str], rows: list[list[Any]], chart_id: str
) -> ChartData | None:
    """The chart of an answered question (bar, line or pie), or None for a single number."""
    spec = choose_chart(columns, rows, title=title(plan, rows), language=plan.language)
    return chart_data(spec, chart_id=chart_id) if spec is not None else None
