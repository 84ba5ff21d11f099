"""Turns stored session documents into the API's ``SessionView``."""

import json
from typing import Any

from medstream_gateway.models import ChartLink, Clarification, Result, SessionView

API = "/api/v1"


def session_view(doc: dict[str, Any]) -> SessionView:
    result = doc.get("result")
    return SessionView(
        session_id=doc["_id"],
        status=doc["status"],
        question=doc["question"],
        iteration=doc.get("iteration", 0),
        clarification=Clarification(**doc["clarification"]) if doc.get("clarification") else None,
        result=_result(result) if result else None,
        error=doc.get("error"),
        created_at=doc["created_at"],
        updated_at=doc["updated_at"],
    )


def _result(result: dict[str, Any]) -> Result:
    charts = [
        ChartLink(id=c["id"], url=f"{API}/charts/{c['id']}", media_type=c["media_type"])
        for c in result.get("charts", [])
    ]
    return Result(
        answer=result["answer"],
        sql=result.get("sql"),
        columns=result.get("columns", []),
        rows=json.loads(result.get("rows_json", "[]")),
        charts=charts,
        engine=result.get("engine", "offline"),
        llm_usage=result.get("llm_usage"),
    )
