"""``Idempotency-Key`` on POST: the same key and body within 24 h returns the first answer.

The first request with a key claims it (a unique insert); its response is stored when it
completes. A repeat with the same body gets the stored response and creates nothing; a
repeat with a different body is refused (422), as is a repeat while the first is still in
flight (409). Expiry is checked on read because FerretDB v1 has no TTL indexes.
"""

import hashlib
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import HTTPException, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

TTL = timedelta(hours=24)


def body_hash(body: BaseModel, scope: str) -> str:
    canonical = json.dumps([scope, body.model_dump(mode="json")], sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


class IdempotencyKeys:
    def __init__(self, db: AsyncDatabase) -> None:
        self.keys = db["idempotency_keys"]

    async def run(
        self,
        *,
        user_id: str,
        key: str | None,
        scope: str,
        body: BaseModel,
        status_code: int,
        action: Callable[[], Awaitable[BaseModel]],
    ) -> JSONResponse:
        if key is None:
            return JSONResponse((await action()).model_dump(mode="json"), status_code)
        doc_id, fingerprint = f"{user_id}:{key}", body_hash(body, scope)
        stored = await self._claim(doc_id, fingerprint)
        if stored is not None:
            return self._replay(stored, fingerprint)
        try:
            result = (await action()).model_dump(mode="json")
        except BaseException:
            await self.keys.delete_one({"_id": doc_id, "state": "in_flight"})
            raise
        await self.keys.update_one(
            {"_id": doc_id},
            {"$set": {"state": "done", "status_code": status_code, "response": result}},
        )
        return JSONResponse(result, status_code)

    async def _claim(self, doc_id: str, fingerprint: str) -> dict[str, Any] | None:
        """Claim the key; returns the earlier record when the key is already taken."""
        now = datetime.now(UTC)
        earlier = await self.keys.find_one({"_id": doc_id})
        if earlier is not None and earlier["created_at"] < now - TTL:
            await self.keys.delete_one({"_id": doc_id, "created_at": earlier["created_at"]})
        elif earlier is not None:
            return earlier
        try:
            await self.keys.insert_one(
                {"_id": doc_id, "fingerprint": fingerprint, "state": "in_flight", "created_at": now}
            )
        except DuplicateKeyError:
            return await self.keys.find_one({"_id": doc_id})
        return None

    @staticmethod
    def _replay(stored: dict[str, Any], fingerprint: str) -> JSONResponse:
        if stored["fingerprint"] != fingerprint:
            raise HTTPException(
                status.HTTP_422_UNPROCESSABLE_CONTENT,
                "this Idempotency-Key was used with a different request body",
            )
        if stored["state"] != "done":
            raise HTTPException(
                status.HTTP_409_CONFLICT,
                "a request with this Idempotency-Key is still in progress",
                {"Retry-After": "1"},
            )
        return JSONResponse(
            stored["response"], stored["status_code"], headers={"Idempotent-Replayed": "true"}
        )
