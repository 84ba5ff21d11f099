"""Dependency checks with latency, shared by the gateway's /health/ready and the workers."""

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # not imported at run time: workers without them never load these clients
    from pymongo import AsyncMongoClient
    from redis.asyncio import Redis

Check = Callable[[], Awaitable[Any]]


async def run_check(check: Check, limit_seconds: float = 2.0) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        await asyncio.wait_for(check(), limit_seconds)
        status, error = "up", None
    except Exception as exc:
        status, error = "down", f"{type(exc).__name__}: {exc}"[:300]
    result: dict[str, Any] = {
        "status": status,
        "latency_ms": round((time.perf_counter() - started) * 1000, 2),
    }
    if error:
        result["error"] = error
    return result


async def run_checks(checks: dict[str, Check]) -> tuple[bool, dict[str, dict[str, Any]]]:
    names = list(checks)
    results = await asyncio.gather(*(run_check(checks[n]) for n in names))
    components = dict(zip(names, results, strict=True))
    return all(r["status"] == "up" for r in results), components


def mongo_check(client: "AsyncMongoClient") -> Check:
    async def ping() -> None:
        await client.admin.command("ping")

    return ping


def redis_check(redis: "Redis") -> Check:
    async def ping() -> None:
        await redis.ping()

    return ping
