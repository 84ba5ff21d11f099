"""What a chart costs, and where: the answer's critical path against the gateway's first GET.

For a bar, a line and a pie chart, each with English and Russian titles, it times (median
of ``--rounds`` after one warm-up):

- ``spec``: what analytics does now for every answer with a chart, ``charts.chart_data``
  (the Vega-Lite spec and the event's ``ChartData``, validation included);
- ``vl-convert``: what the gateway does on a chart's first ``GET /api/v1/charts/{id}``,
  drawing the PNG through ``ChartRenderer`` (its worker process, the exchange included;
  the process's start is timed separately);
- ``matplotlib`` (with ``--matplotlib REV``): what analytics did for every answer until
  REV, ``render_spec`` of that revision's ``charts.py`` (needs matplotlib, which is no
  longer a dependency: ``uv run --with matplotlib``).

The pictures go to ``--out`` (``<case>-vega.png``, ``<case>-matplotlib.png``) to compare
by eye.

    uv run --frozen --with matplotlib python bench/charts.py --matplotlib 02a4be6
"""

import argparse
import asyncio
import base64
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from medstream_analytics.charts import ChartSpec, chart_data, choose_chart
from medstream_gateway.charts.render import SCALE, ChartRenderer
from medstream_shared.logging import configure_logging

REPO = Path(__file__).resolve().parents[1]
OLD_CHARTS = "services/analytics/medstream_analytics/charts.py"

DIAGNOSES = {
    "en": [
        "Acute upper respiratory infection, unspecified",
        "Essential (primary) hypertension",
        "Influenza with other respiratory manifestations",
        "Low back pain",
        "Gastritis, unspecified",
    ],
    "ru": [
        "Острая инфекция верхних дыхательных путей неуточнённая",
        "Эссенциальная (первичная) гипертензия",
        "Грипп с другими респираторными проявлениями",
        "Боль внизу спины",
        "Гастрит неуточнённый",
    ],
}
VISIT_TYPES = {
    "en": ["outpatient", "inpatient", "emergency"],
    "ru": ["амбулаторный", "стационарный", "скорая помощь"],
}
TITLES = {
    "bar": {
        "en": "Top-5 diagnoses in Saint Petersburg in 2025",
        "ru": "Топ-5 диагнозов в Санкт-Петербурге за 2025 год",
    },
    "line": {
        "en": "Average cost of a visit per month in 2025",
        "ru": "Средняя стоимость визита по месяцам в 2025 году",
    },
    "pie": {"en": "Share of visits by visit type", "ru": "Доля визитов по типу визита"},
}


def cases() -> dict[str, ChartSpec]:
    """The charts analytics chooses for three typical results, in both languages."""
    chosen: dict[str, ChartSpec | None] = {}
    for language in ("en", "ru"):
        tables: dict[str, tuple[list[str], list[list[Any]]]] = {
            "bar": (
                ["icd10_code", "diagnosis", "visits"],
                [
                    [f"X{n}", name, visits]
                    for n, (name, visits) in enumerate(
                        zip(DIAGNOSES[language], [48213, 35120, 20877, 15034, 9876], strict=True)
                    )
                ],
            ),
            "line": (
                ["month", "average_cost_rub"],
                [[f"2025-{m:02d}", 1800.5 + 30 * m - (m % 4) * 45] for m in range(1, 13)],
            ),
            "pie": (
                ["visit_type", "share_percent"],
                [
                    list(part)
                    for part in zip(VISIT_TYPES[language], [71.5, 18.2, 10.3], strict=True)
                ],
            ),
        }
        for kind, (columns, rows) in tables.items():
            chosen[f"{kind}-{language}"] = choose_chart(
                columns, rows, title=TITLES[kind][language], language=language
            )
    assert all(spec is not None for spec in chosen.values())
    return {name: spec for name, spec in chosen.items() if spec is not None}


def median_ms(action: Callable[[], object], rounds: int) -> float:
    action()
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def old_charts(revision: str) -> ModuleType:
    """``charts.py`` as it was at ``revision`` (the matplotlib renderer), as a module."""
    source = subprocess.run(
        ["git", "show", f"{revision}:{OLD_CHARTS}"], cwd=REPO, check=True, capture_output=True
    ).stdout
    path = Path(f"/tmp/medstream-charts-{revision}.py")
    path.write_bytes(source)
    spec = importlib.util.spec_from_file_location("medstream_charts_matplotlib", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def vl_convert(
    specs: dict[str, ChartSpec], rounds: int, out: Path, scale: float
) -> dict[str, float]:
    renderer = ChartRenderer(scale=scale)
    started = time.perf_counter()
    first = await renderer.png(chart_data(next(iter(specs.values())), chart_id="c").vega_lite or {})
    print(f"vl-convert: worker start and first picture {time.perf_counter() - started:.2f} s")
    assert first.startswith(b"\x89PNG")
    medians = {}
    try:
        for name, spec in specs.items():
            vega = chart_data(spec, chart_id="c").vega_lite or {}
            png = await renderer.png(vega)
            (out / f"{name}-vega.png").write_bytes(png)
            timings = []
            for _ in range(rounds):
                started = time.perf_counter()
                await renderer.png(vega)
                timings.append((time.perf_counter() - started) * 1000)
            medians[name] = statistics.median(timings)
            print(f"  {name}: {len(png) / 1024:.0f} KB PNG")
    finally:
        await renderer.close()
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--out", type=Path, default=Path("/tmp/charts"))
    parser.add_argument("--matplotlib", metavar="REV", help="also time charts.py of REV")
    parser.add_argument("--scale", type=float, default=SCALE, help="vl-convert's scale factor")
    args = parser.parse_args()
    configure_logging("bench", "WARNING")
    args.out.mkdir(parents=True, exist_ok=True)
    specs = cases()
    table: dict[str, dict[str, float]] = {name: {} for name in specs}
    sizes: dict[str, dict[str, int]] = {name: {} for name in specs}
    for name, spec in specs.items():
        table[name]["spec"] = median_ms(lambda spec=spec: chart_data(spec, chart_id="c"), 200)
        data = chart_data(spec, chart_id="c")
        sizes[name]["spec"] = len(json.dumps(data.vega_lite, ensure_ascii=False).encode())
    if args.matplotlib:
        old = old_charts(args.matplotlib)
        for name, spec in specs.items():
            table[name]["matplotlib"] = median_ms(
                lambda spec=spec: old.render_spec(spec), args.rounds
            )
            png = old.render_spec(spec)
            (args.out / f"{name}-matplotlib.png").write_bytes(png)
            sizes[name]["matplotlib"] = len(base64.b64encode(png))
    for name, ms in asyncio.run(vl_convert(specs, args.rounds, args.out, args.scale)).items():
        table[name]["vl-convert"] = ms
    columns = [c for c in ("matplotlib", "spec", "vl-convert") if c in next(iter(table.values()))]
    print(
        f"\nmedian ms of {args.rounds} renders (spec: of 200), vl-convert at scale {args.scale:g}, "
        f"Python {sys.version.split()[0]}"
    )
    print("| chart | " + " | ".join(columns) + " | in the event |")
    print("| --- | " + " | ".join("---:" for _ in columns) + " | ---: |")
    for name, row in table.items():
        cells = " | ".join(f"{row[c]:.3f}" if c == "spec" else f"{row[c]:.1f}" for c in columns)
        event = f"{sizes[name]['spec'] / 1024:.1f} KB spec"
        if "matplotlib" in sizes[name]:
            event += f" (was {sizes[name]['matplotlib'] / 1024:.0f} KB base64 PNG)"
        print(f"| {name} | {cells} | {event} |")
    overall = {c: statistics.median(row[c] for row in table.values()) for c in columns}
    print("| all | " + " | ".join(f"{overall[c]:.3f}" for c in columns) + " | |")
    if "matplotlib" in overall:
        print(
            f"critical path: {overall['matplotlib'] / overall['spec']:.0f}× faster; "
            f"vl-convert / matplotlib: {overall['vl-convert'] / overall['matplotlib']:.2f}"
        )


if __name__ == "__main__":
    main()
