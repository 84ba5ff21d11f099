"""Opaque cursors for newest-first lists keyed by (created_at, _id)."""

import base64
import json
from datetime import datetime
from typing import Any

from pymongo import DESCENDING

NEWEST_FIRST = [("created_at", DESCENDING), ("_id", DESCENDING)]


class InvalidCursor(ValueError):
    pass


def encode_cursor(doc: dict[str, Any]) -> str:
    payload = json.dumps([doc["created_at"].isoformat(), doc["_id"]])
    return base64.urlsafe_b64encode(payload.encode()).decode()


def after_cursor(cursor: str) -> dict[str, Any]:
    """The MongoDB filter for the items that come after ``cursor``."""
    try:
        created_at, item_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        stamp = datetime.fromisoformat(created_at)
    except (ValueError, TypeError) as exc:
        raise InvalidCursor("the cursor is not one this API returned") from exc
    return {
        "$or": [
            {"created_at": {"$lt": stamp}},
            {"created_at": stamp, "_id": {"$lt": str(item_id)}},
        ]
    }


def page_of(docs: list[dict[str, Any]], limit: int) -> tuple[list[dict[str, Any]], str | None]:
    """Split ``limit + 1`` fetched docs into the page and the cursor of the next one."""
    if len(docs) > limit:
        return docs[:limit], encode_cursor(docs[limit - 1])
    return docs, None
