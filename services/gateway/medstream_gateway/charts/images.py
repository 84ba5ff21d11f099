"""A chart's PNG: from the read model when it is there, else drawn once and stored back.

A chart document holds ``vega_lite_json`` (the spec analytics sent, as a JSON string: a
spec has keys such as ``$schema`` that MongoDB field names cannot start with) and ``data``,
the PNG: sent by analytics before specs, or drawn here on the chart's first request and
written back, so the next request and every other replica serve it without drawing.
Requests for a chart that is being drawn on this replica wait for that drawing.
"""

import asyncio
import json
from typing import Any, Final, Protocol

from medstream_shared.logging import get_logger
from medstream_shared.metrics import CACHE_REQUESTS
from pymongo.errors import PyMongoError

from medstream_gateway.charts.render import RenderFailed

log = get_logger(__name__)

CACHE: Final = "gateway_chart_png"


class Renderer(Protocol):
    async def png(self, spec: dict[str, Any]) -> bytes: ...

    async def close(self) -> None: ...


class ChartPictures(Protocol):
    async def save_chart_png(self, chart_id: str, png: bytes) -> None: ...


def vega_lite_of(chart: dict[str, Any]) -> dict[str, Any] | None:
    """The chart's Vega-Lite spec, or None for a chart that came as a PNG only."""
    raw = chart.get("vega_lite_json")
    return json.loads(raw) if raw else None


class ChartImages:
    def __init__(self, store: ChartPictures, renderer: Renderer) -> None:
        self.store = store
        self.renderer = renderer
        self._drawing: dict[str, asyncio.Task[bytes]] = {}

    async def png(self, chart: dict[str, Any]) -> bytes:
        """The chart's PNG; raises ``RenderFailed`` when it has to be drawn and cannot be."""
        data = chart.get("data")
        CACHE_REQUESTS.labels(cache=CACHE, result="miss" if data is None else "hit").inc()
        if data is not None:
            return bytes(data)
        spec = vega_lite_of(chart)
        if spec is None:
            raise RenderFailed("the chart has neither a picture nor a Vega-Lite spec")
        chart_id = str(chart["_id"])
        drawing = self._drawing.get(chart_id)
        if drawing is None:
            drawing = asyncio.create_task(self._draw(chart_id, spec))
            self._drawing[chart_id] = drawing
            drawing.add_done_callback(lambda done: self._finished(chart_id, done))
        # A client that goes away does not stop the drawing the others (and the cache) await.
        return await asyncio.shield(drawing)

    async def close(self) -> None:
        await self.renderer.close()

    async def _draw(self, chart_id: str, spec: dict[str, Any]) -> bytes:
        png = await self.renderer.png(spec)
        try:
            await self.store.save_chart_png(chart_id, png)
        except PyMongoError as exc:  # served all the same; the next request draws it again
            log.warning("a drawn chart was not stored", chart_id=chart_id, error=str(exc))
        return png

    def _finished(self, chart_id: str, done: asyncio.Task[bytes]) -> None:
        if self._drawing.get(chart_id) is done:
            del self._drawing[chart_id]
        if not done.cancelled():
            done.exception()  # retrieved, so that no waiter left is no warning
