"""API keys stored in MongoDB as SHA-256 hashes: created, listed and revoked with the CLI.

Only the hash is stored; the key itself is shown once, when it is created. Look-ups are
cached in-process for ``cache_seconds``, so a revocation takes at most that long to
reach every replica.
"""

import secrets
from datetime import UTC, datetime
from typing import Any

from cachetools import TTLCache
from medstream_shared.constants import Role
from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase

from medstream_gateway.core.security import Principal, hash_key


class ApiKeyStore:
    def __init__(self, db: AsyncDatabase, *, cache_seconds: float = 30.0) -> None:
        self.keys = db["api_keys"]
        self._cache: TTLCache[str, Principal | None] = TTLCache(maxsize=10_000, ttl=cache_seconds)

    async def ensure_indexes(self) -> None:
        await self.keys.create_index("key_hash", unique=True)
        await self.keys.create_index([("user_id", ASCENDING)])

    async def create(
        self, user_id: str, name: str = "", roles: frozenset[Role] = frozenset()
    ) -> tuple[str, str]:
        """Returns (key id, the key itself — shown once)."""
        key = f"msk_{secrets.token_urlsafe(32)}"
        key_id = f"key_{secrets.token_hex(6)}"
        await self.keys.insert_one(
            {
                "_id": key_id,
                "key_hash": hash_key(key),
                "user_id": user_id,
                "name": name,
                "roles": sorted(roles),
                "created_at": datetime.now(UTC),
                "revoked_at": None,
            }
        )
        return key_id, key

    async def revoke(self, key_id: str) -> bool:
        result = await self.keys.update_one(
            {"_id": key_id, "revoked_at": None}, {"$set": {"revoked_at": datetime.now(UTC)}}
        )
        self._cache.clear()
        return result.modified_count == 1

    async def listing(self, user_id: str | None = None) -> list[dict[str, Any]]:
        query = {"user_id": user_id} if user_id else {}
        return await self.keys.find(query, {"key_hash": 0}).sort("created_at", 1).to_list()

    async def principal_for(self, key: str) -> Principal | None:
        digest = hash_key(key)
        if digest in self._cache:
            return self._cache[digest]
        doc = await self.keys.find_one(
            {"key_hash": digest, "revoked_at": None}, {"user_id": 1, "roles": 1}
        )
        principal = (
            Principal(
                user_id=doc["user_id"],
                auth="api_key",
                roles=frozenset(Role(r) for r in doc.get("roles", []) if r in set(Role)),
            )
            if doc
            else None
        )
        self._cache[digest] = principal
        return principal
