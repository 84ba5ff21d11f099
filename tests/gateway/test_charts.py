"""Charts in the gateway: the PNG drawn from the spec once and kept, the spec on request,
old PNG-only charts as they were, and a renderer that never blocks the event loop."""

import asyncio
import base64
import json
import struct
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from medstream_analytics.charts import ChartSpec, vega_lite
from medstream_gateway.api.deps import get_charts, get_store, rate_limited
from medstream_gateway.api.routes import charts
from medstream_gateway.api.routes.charts import prefers_vega_lite
from medstream_gateway.charts.images import ChartImages
from medstream_gateway.charts.render import ChartRenderer, RenderFailed
from medstream_gateway.charts.worker import newest_v5
from medstream_gateway.core.errors import install_error_handlers
from medstream_gateway.core.security import Principal
from medstream_gateway.readmodel.documents import SessionDocument
from medstream_gateway.readmodel.projector import SessionProjector
from medstream_gateway.readmodel.views import session_view
from medstream_shared.events import models
from pymongo.errors import AutoReconnect

from tests.bus import envelope

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DRAWN = PNG_SIGNATURE + b"drawn"
OLD_PNG = PNG_SIGNATURE + b"sent by analytics before specs"
VEGA_LITE = "application/vnd.vegalite.v5+json"
SPEC = vega_lite(ChartSpec("bar", "Визиты по городам", ["Казань", "Москва"], [3.0, 5.0]))


def png_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(PNG_SIGNATURE) and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


class FakeStore:
    """The read model's charts, as the route and ChartImages use them."""

    def __init__(self, *, failing: bool = False) -> None:
        self.charts: dict[str, dict[str, Any]] = {}
        self.failing = failing

    def add(self, chart_id: str, *, user: str = "alice", **fields: Any) -> dict[str, Any]:
        doc = {"_id": chart_id, "user_id": user, "media_type": "image/png", "data": None}
        self.charts[chart_id] = doc | fields
        return self.charts[chart_id]

    async def get_chart(self, chart_id: str, user_id: str) -> dict[str, Any] | None:
        chart = self.charts.get(chart_id)
        return dict(chart) if chart is not None and chart["user_id"] == user_id else None

    async def save_chart_png(self, chart_id: str, png: bytes) -> None:
        if self.failing:
            raise AutoReconnect("MongoDB went away")
        self.charts[chart_id]["data"] = png


class FakeRenderer:
    def __init__(self, *, delay: float = 0.0, error: RenderFailed | None = None) -> None:
        self.specs: list[dict[str, Any]] = []
        self.delay = delay
        self.error = error
        self.closed = False

    async def png(self, spec: dict[str, Any]) -> bytes:
        self.specs.append(spec)
        await asyncio.sleep(self.delay)
        if self.error is not None:
            raise self.error
        return DRAWN

    async def close(self) -> None:
        self.closed = True


def client(store: FakeStore, renderer: FakeRenderer) -> TestClient:
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(charts.router)
    images = ChartImages(store, renderer)
    app.dependency_overrides[rate_limited] = lambda: Principal(user_id="alice", auth="api_key")
    app.dependency_overrides[get_store] = lambda: store
    app.dependency_overrides[get_charts] = lambda: images
    return TestClient(app)


# Content negotiation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "spec"),
    [
        (None, False),
        ("", False),
        ("*/*", False),
        ("image/png", False),
        ("image/*", False),
        ("application/json", False),
        ("application/*", False),
        (VEGA_LITE, True),
        ("application/vnd.vegalite+json", True),
        (f"{VEGA_LITE}, */*", True),
        (f"{VEGA_LITE}, image/*", True),
        (f"{VEGA_LITE}, image/png", False),
        (f"{VEGA_LITE};q=0.5, image/png", False),
        (f"{VEGA_LITE}, image/png;q=0.9", True),
        (f"{VEGA_LITE};q=0", False),
        (f"{VEGA_LITE};q=nonsense", False),
        ("APPLICATION/VND.VEGALITE.V5+JSON ; q=1", True),
        (";;,,=;q", False),
    ],
)
def test_only_the_vega_lite_type_asks_for_the_spec(accept: str | None, spec: bool) -> None:
    assert prefers_vega_lite(accept) is spec


# The route -----------------------------------------------------------------------------------


def test_a_spec_is_drawn_on_the_first_request_and_then_served_as_stored() -> None:
    store, renderer = FakeStore(), FakeRenderer()
    store.add("c-1", vega_lite_json=json.dumps(SPEC))
    http = client(store, renderer)

    first = http.get("/api/v1/charts/c-1")
    second = http.get("/api/v1/charts/c-1", headers={"Accept": "image/png"})

    assert first.status_code == second.status_code == 200
    assert first.content == second.content == DRAWN
    assert first.headers["content-type"] == "image/png"
    assert first.headers["vary"] == "Accept"
    assert renderer.specs == [SPEC]  # drawn once, then read back from the store
    assert store.charts["c-1"]["data"] == DRAWN


@pytest.mark.parametrize(
    ("query", "headers"),
    [
        ("?format=vega-lite", {}),
        ("", {"Accept": VEGA_LITE}),
        ("?format=vega-lite", {"Accept": "*/*"}),
    ],
)
def test_the_spec_is_served_on_request(query: str, headers: dict[str, str]) -> None:
    store, renderer = FakeStore(), FakeRenderer()
    store.add("c-1", vega_lite_json=json.dumps(SPEC, ensure_ascii=False))

    response = client(store, renderer).get(f"/api/v1/charts/c-1{query}", headers=headers)

    assert response.status_code == 200
    assert response.headers["content-type"] == VEGA_LITE
    assert response.json() == SPEC
    assert response.json()["title"]["text"] == ["Визиты по городам"]
    assert renderer.specs == []  # nothing drawn for a spec


def test_format_png_wins_over_accept() -> None:
    store = FakeStore()
    store.add("c-1", vega_lite_json=json.dumps(SPEC))

    response = client(store, FakeRenderer()).get(
        "/api/v1/charts/c-1?format=png", headers={"Accept": VEGA_LITE}
    )

    assert (response.status_code, response.content) == (200, DRAWN)


def test_an_old_png_only_chart_is_served_as_it_is_and_has_no_spec() -> None:
    store, renderer = FakeStore(), FakeRenderer()
    store.add("c-old", data=OLD_PNG)
    http = client(store, renderer)

    picture = http.get("/api/v1/charts/c-old", headers={"Accept": VEGA_LITE + ", image/png"})
    spec = http.get("/api/v1/charts/c-old?format=vega-lite")

    assert (picture.status_code, picture.content) == (200, OLD_PNG)
    assert spec.status_code == 406
    assert spec.headers["content-type"] == "application/problem+json"
    assert "image/png" in spec.json()["detail"]
    assert renderer.specs == []


def test_anyone_elses_chart_or_an_unknown_one_is_a_404() -> None:
    store = FakeStore()
    store.add("c-bob", user="bob", vega_lite_json=json.dumps(SPEC))
    http = client(store, FakeRenderer())

    assert http.get("/api/v1/charts/c-bob").status_code == 404
    assert http.get("/api/v1/charts/c-bob?format=vega-lite").status_code == 404
    assert http.get("/api/v1/charts/nope").status_code == 404


def test_a_bad_format_is_a_422() -> None:
    assert client(FakeStore(), FakeRenderer()).get("/api/v1/charts/c?format=svg").status_code == 422


@pytest.mark.parametrize(("busy", "status"), [(True, 503), (False, 500)])
def test_a_chart_that_cannot_be_drawn_is_a_problem(busy: bool, status: int) -> None:
    store = FakeStore()
    store.add("c-1", vega_lite_json=json.dumps(SPEC))
    renderer = FakeRenderer(error=RenderFailed("no picture", busy=busy))

    response = client(store, renderer).get("/api/v1/charts/c-1")

    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert ("retry-after" in response.headers) is busy
    assert store.charts["c-1"]["data"] is None


# Drawing once --------------------------------------------------------------------------------


async def test_requests_for_a_chart_being_drawn_wait_for_that_one_drawing() -> None:
    store, renderer = FakeStore(), FakeRenderer(delay=0.05)
    chart = store.add("c-1", vega_lite_json=json.dumps(SPEC))
    images = ChartImages(store, renderer)

    pictures = await asyncio.gather(*(images.png(dict(chart)) for _ in range(5)))

    assert pictures == [DRAWN] * 5
    assert len(renderer.specs) == 1
    assert await images.png(store.charts["c-1"]) == DRAWN
    assert len(renderer.specs) == 1


async def test_a_client_that_leaves_does_not_stop_the_drawing() -> None:
    store, renderer = FakeStore(), FakeRenderer(delay=0.05)
    chart = store.add("c-1", vega_lite_json=json.dumps(SPEC))
    images = ChartImages(store, renderer)

    with pytest.raises(TimeoutError):
        await asyncio.wait_for(images.png(dict(chart)), 0.01)
    await asyncio.sleep(0.1)

    assert store.charts["c-1"]["data"] == DRAWN


async def test_a_picture_is_served_even_when_it_cannot_be_stored() -> None:
    store, renderer = FakeStore(failing=True), FakeRenderer()
    chart = store.add("c-1", vega_lite_json=json.dumps(SPEC))

    assert await ChartImages(store, renderer).png(chart) == DRAWN
    assert store.charts["c-1"]["data"] is None


async def test_a_chart_with_neither_picture_nor_spec_fails_clearly() -> None:
    store = FakeStore()
    chart = store.add("c-1")

    with pytest.raises(RenderFailed, match="neither"):
        await ChartImages(store, FakeRenderer()).png(chart)


# The projector and the session view ---------------------------------------------------------


class ProjectionStore:
    def __init__(self) -> None:
        self.charts: list[dict[str, Any]] = []
        self.changes: dict[str, Any] = {}

    async def save_chart(self, chart: dict[str, Any]) -> None:
        self.charts.append(chart)

    async def project(self, session_id: str, **kwargs: Any) -> None:
        self.changes = kwargs["changes"]


async def test_the_projector_stores_the_spec_and_keeps_old_pngs() -> None:
    store = ProjectionStore()
    event = models.QueryCompleted(
        session_id="s-1",
        user_id="alice",
        answer="Москва.",
        charts=[
            models.ChartData(id="c-new", title="Визиты", vega_lite=SPEC),
            models.ChartData(id="c-old", png_base64=base64.b64encode(OLD_PNG).decode()),
        ],
    )

    await SessionProjector(store).on_completed(envelope(event))  # type: ignore[arg-type]

    new, old = store.charts
    assert new["data"] is None and json.loads(new["vega_lite_json"]) == SPEC
    assert "Визиты по городам" in new["vega_lite_json"]  # stored as written, not escaped
    assert old["data"] == OLD_PNG and old["vega_lite_json"] is None
    assert (new["user_id"], new["session_id"]) == ("alice", "s-1")
    result = store.changes["result"]
    assert result["charts"] == [
        {"id": "c-new", "media_type": "image/png", "vega_lite": True},
        {"id": "c-old", "media_type": "image/png", "vega_lite": False},
    ]
    at = datetime(2026, 1, 1, tzinfo=UTC)
    session = SessionDocument.model_validate(
        {"_id": "s-1", "user_id": "alice", "status": "completed", "question": "q"}
        | {"result": result, "created_at": at, "updated_at": at}
    )
    links = session_view(session).result.charts  # type: ignore[union-attr]
    assert [(link.url, link.vega_lite_url) for link in links] == [
        ("/api/v1/charts/c-new", "/api/v1/charts/c-new?format=vega-lite"),
        ("/api/v1/charts/c-old", None),
    ]


# The renderer process ------------------------------------------------------------------------


@pytest.fixture(scope="module")
async def renderer() -> AsyncIterator[ChartRenderer]:
    drawing = ChartRenderer()
    yield drawing
    await drawing.close()


CASES = {
    "bar-ru": ChartSpec(
        "bar",
        "Топ-3 диагнозов в Санкт-Петербурге за 2025 год",
        ["Острая инфекция верхних дыхательных путей", "Гипертензия", "Грипп"],
        [48213.0, 35120.0, 20877.0],
        "Диагноз",
        "Визиты",
    ),
    "line-ru": ChartSpec(
        "line",
        "Средняя стоимость по месяцам",
        [f"2025-{m:02d}" for m in range(1, 13)],
        [1800.0 + 25 * m for m in range(12)],
        "Месяц",
        "Средняя стоимость, ₽",
    ),
    "pie-en": ChartSpec("pie", "Visits by type", ["outpatient", "inpatient"], [71.5, 28.5]),
    "bar-en": ChartSpec("bar", "Visits by city", ["Kazan", "Moscow"], [3.0, 5.0], "City", "Visits"),
}


@pytest.mark.parametrize("case", CASES)
async def test_every_kind_is_drawn_at_twice_the_spec_size(
    renderer: ChartRenderer, case: str
) -> None:
    png = await renderer.png(vega_lite(CASES[case]))

    assert png_size(png) == (1600, 900)
    assert 10_000 < len(png) < 400_000


async def test_a_bad_spec_says_why_and_the_renderer_carries_on(renderer: ChartRenderer) -> None:
    with pytest.raises(RenderFailed, match="conversion failed") as failed:
        await renderer.png({"mark": "bar", "data": {"url": "http://127.0.0.1:9/data.json"}})

    assert not failed.value.busy
    assert (await renderer.png(vega_lite(CASES["bar-en"]))).startswith(PNG_SIGNATURE)


async def test_the_event_loop_keeps_running_while_charts_are_drawn(renderer: ChartRenderer) -> None:
    await renderer.png(SPEC)  # started and warm
    ticks = 0
    done = asyncio.Event()

    async def tick() -> None:
        nonlocal ticks
        while not done.is_set():
            await asyncio.sleep(0.005)
            ticks += 1

    ticker = asyncio.create_task(tick())
    started = time.perf_counter()
    for _ in range(4):
        await renderer.png(SPEC)
    elapsed = time.perf_counter() - started
    done.set()
    await ticker

    # a render in this process (vl-convert holds the GIL) would leave about one tick each
    assert ticks >= elapsed / 0.005 / 4, (ticks, elapsed)


async def test_a_stuck_renderer_is_killed_and_the_next_chart_starts_a_new_one() -> None:
    slow = ChartRenderer(
        timeout_seconds=0.5, command=[sys.executable, "-c", "import time; time.sleep(60)"]
    )
    with pytest.raises(RenderFailed, match="no picture within") as failed:
        await slow.png(SPEC)
    assert failed.value.busy and not slow.running

    slow.command = ChartRenderer().command
    slow.timeout_seconds = 60
    assert (await slow.png(SPEC)).startswith(PNG_SIGNATURE)
    await slow.close()
    assert not slow.running


async def test_a_renderer_that_dies_is_a_failure_not_a_hang() -> None:
    dead = ChartRenderer(command=[sys.executable, "-c", "import sys; sys.exit(3)"])

    with pytest.raises(RenderFailed, match="exited with code 3"):
        await dead.png(SPEC)
    await dead.close()


async def test_an_idle_renderer_stops_and_starts_again_when_needed() -> None:
    idle = ChartRenderer(idle_seconds=0.2)
    await idle.png(SPEC)
    assert idle.running

    for _ in range(50):
        await asyncio.sleep(0.1)
        if not idle.running:
            break
    assert not idle.running
    assert (await idle.png(SPEC)).startswith(PNG_SIGNATURE)
    await idle.close()


def test_the_gateway_process_never_imports_the_renderer() -> None:
    probe = (
        "import sys, medstream_gateway.main, medstream_gateway.state;"
        "print('vl_convert' in sys.modules, 'matplotlib' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )

    assert result.stdout.split() == ["False", "False"]


def test_the_newest_vega_lite_5_is_used() -> None:
    assert newest_v5(["5.8", "5.21", "5.9", "6.4"]) == "5.21"
