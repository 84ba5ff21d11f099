"""Client factories for MongoDB (PyMongo's async API) and Redis (redis-py asyncio).

Motor is deprecated; ``pymongo.AsyncMongoClient`` is the supported async driver. Only
features that both MongoDB and FerretDB v1 support are used by the services.
"""

from typing import TYPE_CHECKING

from medstream_shared.config import ServiceSettings

if TYPE_CHECKING:
    from pymongo import AsyncMongoClient
    from redis.asyncio import Redis


def create_mongo_client(settings: ServiceSettings) -> "AsyncMongoClient":
    """A MongoDB client; pymongo (~7 MB of RSS) is imported here, by the services that use it."""
    from pymongo import AsyncMongoClient

    return AsyncMongoClient(
        settings.mongo_url.get_secret_value(),
        tz_aware=True,
        serverSelectionTimeoutMS=5_000,
        connectTimeoutMS=5_000,
        appname=f"medstream-{settings.service_name}",
    )


def create_redis(settings: ServiceSettings) -> "Redis":
    """A Redis client; redis-py (~20 MB of RSS) is imported here, by the services that use it."""
    from redis.asyncio import Redis

    return Redis.from_url(
        settings.redis_url.get_secret_value(),
        socket_timeout=2.0,
        socket_connect_timeout=2.0,
        health_check_interval=30,
        decode_responses=False,
    )
