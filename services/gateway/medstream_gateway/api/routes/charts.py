"""GET /api/v1/charts/{chart_id}: the PNG of a chart, for its owner only."""

from fastapi import APIRouter, HTTPException, Response, status

from medstream_gateway.api.deps import CurrentUser, SessionsDep

router = APIRouter(prefix="/api/v1/charts", tags=["charts"])


@router.get(
    "/{chart_id}",
    response_class=Response,
    responses={200: {"content": {"image/png": {}}, "description": "the chart as PNG"}},
)
async def get_chart(chart_id: str, user: CurrentUser, store: SessionsDep) -> Response:
    chart = await store.get_chart(chart_id, user.user_id)
    if chart is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "chart not found")
    return Response(
        content=bytes(chart["data"]),
        media_type=chart["media_type"],
        headers={"Cache-Control": "private, max-age=86400"},
    )
