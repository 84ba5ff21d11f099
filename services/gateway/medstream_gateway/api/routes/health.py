"""Liveness, readiness (Kafka, MongoDB, Redis with latency) and a summary with consumer lag."""

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from medstream_shared.health import mongo_check, redis_check, run_checks

from medstream_gateway.api.deps import StateDep

router = APIRouter(tags=["health"])

SERVICE_GROUPS = ("gateway", "router", "analytics", "reports")
OPTIONAL = frozenset({"redis", "mongodb"})


@router.get("/health/live")
@router.head("/health/live", include_in_schema=True)
async def live() -> dict[str, str]:
    return {"status": "up", "service": "gateway"}


async def _components(state: StateDep) -> tuple[bool, dict[str, Any]]:
    async def kafka() -> None:
        await state.lag.admin.describe_cluster()

    return await run_checks(
        {"kafka": kafka, "mongodb": mongo_check(state.mongo), "redis": redis_check(state.redis)}
    )


@router.get("/health/ready")
@router.head("/health/ready", include_in_schema=True)
async def ready(state: StateDep) -> JSONResponse:
    # Not ready without Kafka. MongoDB down only degrades the gateway (new questions and
    # report requests are still accepted into Kafka; reads answer 202/503), Redis down too
    # (rate limits, caches and live streams, see docs/reliability.md). A 503 for either would
    # make Kubernetes take every replica out of the Service at once: a degraded API would
    # become no API.
    _, components = await _components(state)
    ok = all(c["status"] == "up" for name, c in components.items() if name not in OPTIONAL)
    body = {"status": "ready" if ok else "not ready", "components": components}
    return JSONResponse(body, status_code=200 if ok else 503)


@router.get("/health")
@router.head("/health", include_in_schema=True)
async def summary(state: StateDep) -> JSONResponse:
    ok, components = await _components(state)
    lag: dict[str, Any] = {}
    if components["kafka"]["status"] == "up":
        lag = await state.lag.services_lag(SERVICE_GROUPS)
    body = {"status": "up" if ok else "degraded", "components": components, "consumer_lag": lag}
    return JSONResponse(body, status_code=200 if ok else 503)
