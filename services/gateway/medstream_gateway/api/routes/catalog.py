"""GET /api/v1/catalog: what the served warehouse holds, so clients know what can be asked.

The gateway follows ``medstream.catalog`` (analytics publishes the catalog it reads from the
warehouse), so the answer is the catalog of the warehouse that answers questions now.
"""

from fastapi import APIRouter, HTTPException, status
from medstream_shared.events.catalog import Catalog

from medstream_gateway.api.deps import CurrentUser, StateDep

router = APIRouter(prefix="/api/v1/catalog", tags=["catalog"])


@router.get(
    "",
    response_model=Catalog,
    responses={503: {"description": "analytics has not published a catalog yet"}},
)
async def get_catalog(_: CurrentUser, state: StateDep) -> Catalog:
    """Places (with their names in English and Russian), departments, visit types, the date
    range and the diagnoses present, with visit counts; ``version`` changes with the data."""
    catalog = state.catalog.latest
    if catalog is None:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "no warehouse catalog yet: analytics publishes it when it starts",
        )
    return catalog
