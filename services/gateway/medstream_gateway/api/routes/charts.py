"""GET /api/v1/charts/{chart_id}: a chart as PNG, or as its Vega-Lite spec, for its owner only.

The PNG is the default, as it always was. A chart that analytics sent as a Vega-Lite spec
is drawn on its first request (``medstream_gateway.charts``) and kept in the read model.
The spec itself is served for ``?format=vega-lite`` or an ``Accept`` header that prefers
``application/vnd.vegalite.v5+json``; ``application/json`` alone still gets the PNG, as
it did before there were specs.
"""

from typing import Annotated, Final, Literal

from fastapi import APIRouter, HTTPException, Query, Request, Response, status
from fastapi.responses import JSONResponse
from medstream_shared.events.models import VEGA_LITE_MEDIA_TYPE
from medstream_shared.logging import get_logger

from medstream_gateway.api.deps import ChartsDep, CurrentUser, SessionsDep
from medstream_gateway.charts.images import vega_lite_of
from medstream_gateway.charts.render import RenderFailed

router = APIRouter(prefix="/api/v1/charts", tags=["charts"])
log = get_logger(__name__)

PNG: Final = "image/png"
VEGA_LITE_TYPES: Final = frozenset({VEGA_LITE_MEDIA_TYPE, "application/vnd.vegalite+json"})
# PNG ranges, most specific first
PNG_RANGES: Final = (PNG, "image/*", "*/*")
HEADERS: Final = {"Cache-Control": "private, max-age=86400", "Vary": "Accept"}

ChartFormat = Literal["png", "vega-lite"]


@router.get(
    "/{chart_id}",
    response_class=Response,
    responses={
        200: {
            "content": {
                PNG: {"schema": {"type": "string", "format": "binary"}},
                VEGA_LITE_MEDIA_TYPE: {
                    "schema": {
                        "type": "object",
                        "description": "a Vega-Lite v5 spec, its data inline",
                        "additionalProperties": True,
                    }
                },
            },
            "description": (
                "the chart as PNG (drawn on the first request when it came as a spec), or its "
                "Vega-Lite spec for ?format=vega-lite or Accept: application/vnd.vegalite.v5+json"
            ),
        },
        406: {"description": "the spec was asked for, and the chart came as a picture only"},
        503: {"description": "the chart could not be drawn in time; see Retry-After"},
    },
)
async def get_chart(
    chart_id: str,
    user: CurrentUser,
    store: SessionsDep,
    images: ChartsDep,
    request: Request,
    format: Annotated[
        ChartFormat | None,
        Query(description=f"png or vega-lite; overrides Accept ({VEGA_LITE_MEDIA_TYPE})"),
    ] = None,
) -> Response:
    chart = await store.get_chart(chart_id, user.user_id)
    if chart is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "chart not found")
    wanted = format or ("vega-lite" if prefers_vega_lite(request.headers.get("accept")) else "png")
    if wanted == "vega-lite":
        spec = vega_lite_of(chart)
        if spec is None:
            raise HTTPException(
                status.HTTP_406_NOT_ACCEPTABLE,
                "this chart came as a picture only, without a Vega-Lite spec; get it as image/png",
            )
        return JSONResponse(spec, media_type=VEGA_LITE_MEDIA_TYPE, headers=HEADERS)
    try:
        png = await images.png(chart)
    except RenderFailed as exc:
        log.error("a chart could not be drawn", chart_id=chart_id, error=str(exc))
        if exc.busy:
            raise HTTPException(
                status.HTTP_503_SERVICE_UNAVAILABLE,
                "the chart could not be drawn in time; try again shortly",
                {"Retry-After": "5"},
            ) from exc
        raise HTTPException(
            status.HTTP_500_INTERNAL_SERVER_ERROR, "the chart could not be drawn"
        ) from exc
    return Response(content=png, media_type=chart["media_type"], headers=HEADERS)


def prefers_vega_lite(accept: str | None) -> bool:
    """Whether ``Accept`` names the Vega-Lite type and likes it better than the PNG.

    Only the Vega-Lite type itself asks for the spec (``application/json`` or ``*/*`` do
    not). At equal quality the spec wins over ``image/*`` or ``*/*``, the PNG over the
    spec when both are named.
    """
    spec_q = 0.0
    png: tuple[int, float] | None = None  # (specificity, q) of the most specific PNG range
    for part in (accept or "").split(","):
        media, *params = (item.strip() for item in part.split(";"))
        media = media.lower()
        q = _quality(params)
        if media in VEGA_LITE_TYPES:
            spec_q = max(spec_q, q)
        elif media in PNG_RANGES:
            specificity = len(PNG_RANGES) - PNG_RANGES.index(media)
            if png is None or specificity > png[0]:
                png = (specificity, q)
    if spec_q <= 0:
        return False
    if png is None:
        return True
    png_specificity, png_q = png
    return spec_q > png_q or (spec_q == png_q and png_specificity < len(PNG_RANGES))


def _quality(params: list[str]) -> float:
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                q = float(value)
            except ValueError:
                return 0.0
            return q if 0 <= q <= 1 else 0.0
    return 1.0
