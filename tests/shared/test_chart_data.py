"""A chart in ``medstream.query.completed``: a Vega-Lite spec now, a PNG in older events.

Both must keep validating (against the model and the committed JSON Schema), so that old
events still replay and other backends can send either.
"""

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from medstream_shared.events.envelope import decode, encode
from medstream_shared.events.models import MAX_VEGA_LITE_BYTES, ChartData, QueryCompleted
from pydantic import ValidationError

SCHEMA = Path(__file__).resolve().parents[2] / "schemas/events/medstream.query.completed.v1.json"
SPEC = {
    "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
    "data": {"values": [{"label": "Казань", "value": 3}, {"label": "Москва", "value": 5}]},
    "mark": "bar",
    "encoding": {"x": {"field": "label"}, "y": {"field": "value", "type": "quantitative"}},
}
# What analytics sent before specs: a PNG and no spec.
OLD_CHART = {
    "id": "c-1",
    "media_type": "image/png",
    "title": "Visits",
    "png_base64": "iVBORw0KGgo=",
}


def completed(chart: dict[str, Any]) -> dict[str, Any]:
    return {"session_id": "s-1", "user_id": "alice", "answer": "Москва.", "charts": [chart]}


@pytest.mark.parametrize(
    "chart",
    [
        {"id": "c-1", "title": "Визиты", "vega_lite": SPEC},
        OLD_CHART,
        {**OLD_CHART, "vega_lite": SPEC},
    ],
    ids=["spec", "png-only", "both"],
)
def test_a_spec_a_png_or_both_travel_and_match_the_committed_schema(chart: dict[str, Any]) -> None:
    event = QueryCompleted.model_validate(completed(chart))

    message = encode(event, source="/medstream/analytics")
    data = json.loads(message.value)
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    again = decode(message.headers, message.key.encode(), message.value).data
    assert isinstance(again, QueryCompleted)
    assert again.charts[0].vega_lite == chart.get("vega_lite")
    assert again.charts[0].png_base64 == chart.get("png_base64")
    assert again.charts[0].media_type == "image/png"


def test_a_chart_with_neither_is_refused_by_the_model_and_the_schema() -> None:
    chart = {"id": "c-1", "title": "Visits"}

    with pytest.raises(ValidationError, match="vega_lite or png_base64"):
        ChartData.model_validate(chart)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(completed(chart), json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_an_oversized_spec_is_refused() -> None:
    values = [{"label": f"row {n}", "value": n} for n in range(MAX_VEGA_LITE_BYTES // 20)]

    with pytest.raises(ValidationError, match="over 65536"):
        ChartData(id="c-1", vega_lite={**SPEC, "data": {"values": values}})
